import { parseArticle } from '../../src/article/article.js';
import { parseCheckPolicy } from '../../src/config/wxgate-yml.js';
import type { RuleExample } from '../../src/docs/rule-examples.js';
import { type LintMessage, lintArticle } from '../../src/lint/runner.js';
import { RULES } from '../../src/rules/index.js';
import type { Locale } from '../../src/text/vocabulary.js';
import { FRONT_MATTER, lint, said, shippedLexicons } from '../helpers.js';

const DEFAULT_PATH = 'content/group/2026-11-25-sample/index.md';

/** The whole article of an example: its own front matter, or the standard one, before its body. */
export function articleOf(example: RuleExample): string {
  return example.frontMatter === undefined
    ? `${FRONT_MATTER}${example.markdown}`
    : `---\n${example.frontMatter}---\n${example.markdown}`;
}

/**
 * `line:column severity message` of the rule's findings on the example. Lines are counted in what the documentation
 * shows: the body, or the whole article (front matter included) when the example gives its own front matter.
 */
export function messagesFor(ruleId: string, policy: string, example: RuleExample, locale: Locale): string[] {
  const text = articleOf(example);
  const offset = example.frontMatter === undefined ? FRONT_MATTER.split('\n').length - 1 : 0;
  // Every rule runs, as in a real check, so a suppression comment meets the rules it names; only this rule's
  // findings are kept.
  return lint(text, {
    rules: RULES,
    policy,
    ...(example.path ? { path: example.path } : {}),
  })
    .messages.filter((m) => m.ruleId === ruleId)
    .map((m) => `${m.line - offset}:${m.column} ${m.severity} ${said(m, locale)}`);
}

/**
 * The rule's findings on the example after every node of the syntax tree lost its position, as a tree built by a
 * plugin rather than parsed from text would be (remark-lint runs its rules the same way). The kernel turns a rule
 * that throws into one `format/file` error, which is what the caller looks for.
 */
export function messagesWithoutPositions(
  ruleId: string,
  policy: string,
  example: RuleExample,
): LintMessage[] {
  const rule = RULES.find((r) => r.meta.id === ruleId)!;
  const parsed = parseCheckPolicy('policies/wxgate.yml', policy, [rule]);
  const article = parseArticle(example.path ?? DEFAULT_PATH, articleOf(example), {
    timeZone: parsed.timeZone,
    assets: new Set(['cover.png']),
  });
  stripPositions(article.tree);
  return lintArticle(article, { rules: [rule], policy: parsed, lexicon: shippedLexicons() }).messages;
}

function stripPositions(node: object): void {
  delete (node as { position?: unknown }).position;
  for (const child of (node as { children?: object[] }).children ?? []) stripPositions(child);
}
