import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArticle } from '../src/article/article.js';
import { loadLexicons } from '../src/config/lexicon-file.js';
import { parseCheckPolicy } from '../src/config/wxgate-yml.js';
import { compileLexicon } from '../src/lexicon/compile.js';
import type { Lexicon } from '../src/lexicon/entry.js';
import { backtrackingRisk } from '../src/lexicon/regex-safety.js';
import { type FileResult, type LintMessage, lintArticle } from '../src/lint/runner.js';
import { RULES } from '../src/rules/index.js';
import type { Rule } from '../src/rules/types.js';
import { compose, type Locale } from '../src/text/vocabulary.js';

/** The lexicon readers with the full pattern analysis, as policies load them for patterns wxgate did not ship. */
const loadLexiconsChecked = (dir: string) => loadLexicons(dir, backtrackingRisk);

let shippedLexicon: Lexicon | undefined;
/** The word lists shipped in policies/lexicons, loaded once per test file. */
export function shippedLexicons(): Lexicon {
  shippedLexicon ??= loadLexiconsChecked(resolve(import.meta.dirname, '../policies/lexicons'));
  return shippedLexicon;
}

/** A real PNG (100×100) for article folders a test writes: check reads what a cover really is. */
/** A lexicon with no entries, for rules that do not use one. */
export const EMPTY_LEXICON: Lexicon = compileLexicon([], []);

export const COVER_PNG = readFileSync(resolve(import.meta.dirname, 'fixtures/images/square-100x100.png'));
/** Another real PNG, for a cover that changes. */
export const OTHER_COVER_PNG = readFileSync(resolve(import.meta.dirname, 'fixtures/images/tall-60x200.png'));

export const FRONT_MATTER = `---
title: 澜川集团发布第三季度经营简报
author: 集团市场部
publish_at: 2026-11-25T09:00:00+08:00
cover: cover.png
---
`;

export interface LintOptions {
  /** Rules to run (default: all shipped rules). */
  rules?: readonly Rule[];
  /** `rules:` section of a policy, as YAML text. */
  policy?: string;
  path?: string;
  lexicon?: Lexicon;
  assets?: string[];
}

/** Lints Markdown text as an article at `content/group/2026-11-25-sample/index.md`. */
export function lint(markdown: string, options: LintOptions = {}): FileResult {
  const rules = options.rules ?? RULES;
  const policy = parseCheckPolicy('policies/wxgate.yml', options.policy ?? '', rules);
  const path = options.path ?? 'content/group/2026-11-25-sample/index.md';
  const article = parseArticle(path, markdown, {
    timeZone: policy.timeZone,
    assets: new Set(options.assets ?? ['cover.png']),
  });
  return lintArticle(article, {
    rules,
    policy,
    lexicon: options.lexicon ?? shippedLexicons(),
  });
}

/** A finding's message as every reporter shows it in `locale` (Chinese unless told): the sentence, then its source. */
export function said(message: LintMessage, locale: Locale = 'zh-CN'): string {
  return compose(message.message, message.source, locale);
}

/** How `messagesOf` lints, and the language its strings are shown in (Chinese unless told). */
export type MessageOptions = Omit<LintOptions, 'rules'> & { locale?: Locale };

/** Runs one rule and returns `line:column-endLine:endColumn message` strings, the form fixtures assert on. */
export function messagesOf(rule: Rule, markdown: string, options: MessageOptions = {}): string[] {
  return lint(markdown, { ...options, rules: [rule] }).messages.map(
    (m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity} ${said(m, options.locale)}`,
  );
}
