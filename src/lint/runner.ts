import { type Article, cannotProcess, loadArticle } from '../article/article.js';
import type { ImageFacts } from '../article/image-header.js';
import { type Suppression, scanSuppressions } from '../article/suppressions.js';
import { publisherOf } from '../config/publisher.js';
import type { CheckPolicy } from '../config/wxgate-yml.js';
import type { Lexicon } from '../lexicon/entry.js';
import type { Edit, Rule, RuleMeta, SourceHit } from '../rules/types.js';
import { ruleUrl } from '../rules/url.js';
import type { LocalizedText, Severity } from '../text/vocabulary.js';

/** One message of the JSON contract (see README "JSON output"). */
export interface LintMessage {
  ruleId: string;
  severity: Severity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /**
   * What is wrong and what to do, in both languages: a reporter joins it to `source` in the language it shows
   * (`compose` in src/text/vocabulary.ts), so results do not depend on a locale and one cache serves both.
   */
  message: LocalizedText;
  actual: string;
  /** Where the rule is documented. */
  url: string;
  /** The clause, law or platform rule behind the message. */
  source: string;
  /** Source edits that fix it (typography only), applied by `wxgate check --fix`; not part of the JSON contract. */
  fix?: readonly Edit[];
}

export interface SuppressedMessage {
  ruleId: string;
  line: number;
  reason: string;
  /** The finding itself, where it is and what it says (SARIF keeps it so; the JSON contract shows the above). */
  finding?: LintMessage;
}

export interface FileResult {
  path: string;
  messages: LintMessage[];
  suppressed: SuppressedMessage[];
}

export interface LintSetup {
  rules: readonly Rule[];
  policy: CheckPolicy;
  lexicon: Lexicon;
}

/** A file that cannot be read as an article at all; not a rule a policy can switch off. */
export const FILE_RULE: RuleMeta<Record<string, never>> = {
  id: 'format/file',
  description: {
    zh: '文件必须是不超过 1 MB、非空的 UTF-8 文本',
    en: 'The file must be non-empty UTF-8 text of at most 1 MB',
  },
  defaultSeverity: 'error',
  source: '微信草稿接口 draft/add：正文小于 1 MB',
  defaults: {},
};

/**
 * Checks one file's bytes. Never throws for bad input: a file that is not an article, passes a parser limit or
 * fails to parse becomes a `format/file` error, and so does one a rule cannot check (see lintArticle).
 */
export function lintBytes(
  path: string,
  bytes: Uint8Array,
  setup: LintSetup,
  assets?: ReadonlySet<string>,
  images?: ReadonlyMap<string, ImageFacts>,
): FileResult {
  const loaded = loadArticle(path, bytes, {
    timeZone: setup.policy.timeZone,
    ...(assets ? { assets } : {}),
    ...(images ? { images } : {}),
  });
  if (!loaded.ok) return fileError(path, loaded.line, loaded.problem);
  return lintArticle(loaded.article, setup);
}

/** A file that cannot be checked at all: one `format/file` error, so the other files are still checked. */
export function fileError(path: string, line: number, problem: LocalizedText): FileResult {
  return {
    path,
    messages: [
      {
        ruleId: FILE_RULE.id,
        severity: 'error',
        line,
        column: 1,
        endLine: line,
        endColumn: 1,
        message: problem,
        actual: '',
        url: ruleUrl(FILE_RULE.id),
        source: FILE_RULE.source,
      },
    ],
    suppressed: [],
  };
}

/**
 * Runs every enabled rule on an article. A rule that throws on it (a bug met by hostile input) makes the file one
 * `format/file` error instead of ending the run: every other file is still checked, and the publisher still runs.
 */
export function lintArticle(article: Article, setup: LintSetup): FileResult {
  try {
    return runRules(article, setup);
  } catch (error) {
    return fileError(article.path, 1, cannotProcess(error));
  }
}

function runRules(article: Article, setup: LintSetup): FileResult {
  const { rules, policy } = setup;
  const hitsByRule = scanLexicon(article, setup.lexicon);
  const ruleIds = new Set(rules.map((r) => r.meta.id));
  const publisher = publisherOf(policy.publishers, article.account);
  const suppressions = scanSuppressions(article.nodes.ofType('html'), article.text, article.lines, ruleIds);
  const raw: LintMessage[] = [];

  for (const rule of rules) {
    const setting = policy.rules.get(rule.meta.id);
    if (!setting || setting.severity === 'off') continue;
    const configured = setting.severity;
    rule.check(article, {
      options: setting.options,
      hits: hitsByRule.get(rule.meta.id) ?? [],
      ruleIds,
      publisher,
      suppressions,
      known: { accounts: policy.accounts, fieldValues: policy.fieldValues },
      report: (r) => {
        const start = article.lines.point(r.start);
        const end = article.lines.point(Math.max(r.end, r.start));
        // A source the report names (a lexicon entry's) is the most precise; then the company's clause for the rule.
        const source = r.source ?? setting.source ?? rule.meta.source;
        raw.push({
          ruleId: rule.meta.id,
          severity: capped(setting.explicit ? configured : (r.severity ?? configured), r.atMost),
          line: start.line,
          column: start.column,
          endLine: end.line,
          endColumn: end.column,
          message: r.message,
          actual: r.actual ?? article.text.slice(r.start, r.end),
          url: ruleUrl(rule.meta.id),
          source,
          ...(rule.meta.fixable && r.fix && r.fix.length > 0 ? { fix: r.fix } : {}),
        });
      },
    });
  }
  return applySuppressions(article, raw, setup, suppressions.suppressions);
}

function applySuppressions(
  article: Article,
  raw: LintMessage[],
  setup: LintSetup,
  suppressions: readonly Suppression[],
): FileResult {
  const used = new Set<object>();
  const messages: LintMessage[] = [];
  const suppressed: SuppressedMessage[] = [];
  for (const m of raw) {
    // Problems with suppressions themselves can never be silenced.
    const s =
      m.ruleId === 'format/suppression'
        ? undefined
        : suppressions.find(
            (x) => x.ruleIds.includes(m.ruleId) && m.line >= x.fromLine && m.line <= x.toLine,
          );
    if (s) {
      used.add(s);
      suppressed.push({ ruleId: m.ruleId, line: m.line, reason: s.reason, finding: m });
    } else messages.push(m);
  }
  const suppressionRule = setup.policy.rules.get('format/suppression');
  if (suppressionRule && suppressionRule.severity !== 'off') {
    // A suppression that silences nothing is a warning, unless the policy sets the rule's severity: then that,
    // as for any finding that carries its own severity.
    const severity = suppressionRule.explicit ? suppressionRule.severity : 'warning';
    for (const s of suppressions) {
      if (used.has(s)) continue;
      messages.push({
        ruleId: 'format/suppression',
        severity,
        line: s.line,
        column: 1,
        endLine: s.line,
        endColumn: 1,
        message: {
          zh: `这条屏蔽注释（${s.ruleIds.join('、')}）没有屏蔽任何问题，请删除，以免日后掩盖新问题。`,
          en: `This suppression (${s.ruleIds.join(', ')}) silences nothing; remove it so it cannot hide a future problem.`,
        },
        actual: '',
        url: ruleUrl('format/suppression'),
        source: 'wxgate',
      });
    }
  }
  messages.sort((a, b) => a.line - b.line || a.column - b.column || byCodeUnits(a.ruleId, b.ruleId));
  suppressed.sort((a, b) => a.line - b.line || byCodeUnits(a.ruleId, b.ruleId));
  return { path: article.path, messages, suppressed };
}

/**
 * Rule ids are ASCII, so code-unit order is the same on every machine; `localeCompare` would also make a cold run
 * load ICU's collation data (~8 ms) for an order nobody reads as language.
 */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One scan of every prose segment for all lexicon rules at once. */
function scanLexicon(article: Article, lexicon: Lexicon): Map<string, SourceHit[]> {
  const byRule = new Map<string, SourceHit[]>();
  const hits = lexicon.scanAll(article.segments.map((s) => s.text));
  for (const [i, segment] of article.segments.entries()) {
    for (const hit of hits[i]!) {
      const list = byRule.get(hit.entry.rule) ?? [];
      list.push({ entry: hit.entry, segment, start: hit.start, end: hit.end });
      byRule.set(hit.entry.rule, list);
    }
  }
  return byRule;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

function capped(severity: Severity, atMost: Severity | undefined): Severity {
  return atMost !== undefined && RANK[atMost] < RANK[severity] ? atMost : severity;
}
