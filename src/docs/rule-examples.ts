import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '../platform/yaml.js';

/**
 * A rule's examples, written once and used twice: the test suite runs each one and compares the messages exactly
 * (test/rules/examples.test.ts), and `npm run docs` shows them in docs/rules.md. So the documentation shows what
 * the rule really says, and a change in behaviour shows up in both. Files: test/fixtures/rules/<rule id>.yml.
 *
 *     policy: |                      # optional policies/wxgate.yml text (publisher, rule options)
 *       publisher: {brands: [澜川]}
 *     examples:
 *       - name: 与本公司品牌同句        # what the example shows
 *         markdown: |                 # the article body; a standard front matter is put before it
 *           澜川是全球领先的医药供应商。
 *         zh: ['1:3 error 广告绝对化用语「全球领先」：…']    # line:column severity message, lines of the body
 *         en: ['1:3 error Absolute advertising term …']
 *       - name: 标题超长
 *         front_matter: |             # optional: the article's own front matter instead of the standard one
 *           title: …
 *         path: content/group/…/index.md   # optional: where the article is (default: a group article)
 *         markdown: …
 */
export interface RuleExample {
  name: string;
  markdown: string;
  /** The YAML between the `---` lines, when the example is about the front matter. */
  frontMatter?: string;
  /** The article's path, when the example is about where it is. */
  path?: string;
  zh: string[];
  en: string[];
}

export interface RuleExamples {
  rule: string;
  policy: string;
  examples: RuleExample[];
}

/** Reads one fixture file; a malformed one throws naming the file and what is wrong. */
export function parseRuleExamples(rule: string, file: string, text: string): RuleExamples {
  const fail = (what: string): never => {
    throw new Error(`${file}: ${what}`);
  };
  const parsed = parseYaml(text);
  if (!parsed.ok) return fail(`line ${parsed.line}: ${parsed.message}`);
  const doc = parsed.value as Record<string, unknown> | null;
  if (!doc || typeof doc !== 'object') return fail('must be a mapping with examples');
  for (const key of Object.keys(doc)) {
    if (key !== 'policy' && key !== 'examples') fail(`unknown key ${key}; allowed: policy, examples`);
  }
  const policy = doc.policy ?? '';
  if (typeof policy !== 'string') fail('policy must be YAML text (a block scalar)');
  if (!Array.isArray(doc.examples) || doc.examples.length === 0) fail('examples must be a non-empty list');
  const examples = (doc.examples as unknown[]).map((raw, i) => {
    const at = `examples[${i}]`;
    if (!raw || typeof raw !== 'object') return fail(`${at} must be a mapping`);
    const e = raw as Record<string, unknown>;
    for (const key of Object.keys(e)) {
      if (!['name', 'markdown', 'front_matter', 'path', 'zh', 'en'].includes(key))
        fail(`${at}: unknown key ${key}`);
    }
    const list = (key: 'zh' | 'en') => {
      const v = e[key] ?? [];
      if (!Array.isArray(v) || v.some((m) => typeof m !== 'string'))
        fail(`${at}.${key} must be a list of text`);
      return v as string[];
    };
    if (typeof e.name !== 'string' || e.name.trim() === '') fail(`${at}.name is required`);
    if (typeof e.markdown !== 'string' || e.markdown.trim() === '') fail(`${at}.markdown is required`);
    const optional = (key: 'front_matter' | 'path') => {
      const v = e[key];
      if (v !== undefined && (typeof v !== 'string' || v.trim() === '')) fail(`${at}.${key} must be text`);
      return v as string | undefined;
    };
    const frontMatter = optional('front_matter');
    const path = optional('path');
    return {
      name: e.name as string,
      markdown: e.markdown as string,
      ...(frontMatter === undefined ? {} : { frontMatter }),
      ...(path === undefined ? {} : { path }),
      zh: list('zh'),
      en: list('en'),
    };
  });
  return { rule, policy: policy as string, examples };
}

/** The examples section of a rule in docs/rules.md. */
export function renderExamples(examples: RuleExamples): string[] {
  const parts = ['', '### Examples', ''];
  if (examples.policy.trim() !== '') {
    parts.push('With this in `policies/wxgate.yml`:', '', '```yaml', examples.policy.trimEnd(), '```', '');
  }
  for (const example of examples.examples) {
    parts.push(`#### ${example.name}`, '');
    if (example.path !== undefined) parts.push(`Article: \`${example.path}\``, '');
    const frontMatter =
      example.frontMatter === undefined ? [] : ['---', example.frontMatter.trimEnd(), '---'];
    parts.push('```markdown', ...frontMatter, example.markdown.trimEnd(), '```', '');
    if (example.zh.length === 0) parts.push('No finding.', '');
    else parts.push('```text', ...example.zh, '```', '');
  }
  return parts;
}

/** The examples of every rule that has a fixture file under `dir` (test/fixtures/rules), by rule id. */
export function loadRuleExamples(dir: string, ruleIds: readonly string[]): Map<string, RuleExamples> {
  const found = new Map<string, RuleExamples>();
  for (const id of ruleIds) {
    const file = join(dir, `${id}.yml`);
    if (existsSync(file)) found.set(id, parseRuleExamples(id, file, readFileSync(file, 'utf8')));
  }
  return found;
}
