import type { Article } from '../article/article.js';
import type { Segment } from '../article/prose.js';
import type { SuppressionScan } from '../article/suppressions.js';
import type { LexiconEntry } from '../lexicon/entry.js';
import type { LocalizedText, Severity, SeveritySetting } from '../text/vocabulary.js';

/** Options a policy may set for a rule: flat values only, so they validate against the defaults' types. */
export type RuleOptions = Record<string, number | string | boolean | readonly string[]>;

export interface RuleMeta<O extends RuleOptions = RuleOptions> {
  /** `<family>/<name>`, part of the public interface (policies, suppressions, JSON output). */
  id: string;
  description: LocalizedText;
  defaultSeverity: SeveritySetting;
  /** Law, platform rule or rule-book clause the rule enforces; appended to every message. */
  source: string;
  defaults: O;
  /**
   * Its reports may carry a fix (`Report.fix`) that `wxgate check --fix` applies. Only typography rules are: a
   * compliance finding needs a person's judgement, and the runner drops the fixes of a rule that is not fixable.
   */
  fixable?: boolean;
}

/** A lexicon hit already mapped to source offsets, with the segment it was found in. */
export interface SourceHit {
  entry: LexiconEntry;
  segment: Segment;
  /** Indices into `segment.text`. */
  start: number;
  end: number;
}

export interface Report {
  /** Source offsets into `article.text`, end exclusive. */
  start: number;
  end: number;
  /** What is wrong and what to do instead; the runner adds the source clause. */
  message: LocalizedText;
  /** The offending text; defaults to the source slice. */
  actual?: string;
  /** Overrides the rule's source (a lexicon entry cites its own). */
  source?: string;
  /** A lexicon entry's own severity; a severity set in the policy still wins. */
  severity?: Severity;
  /**
   * The most this finding can be, given its context (a claim not tied to the publisher's own offering is `info`):
   * caps the severity, whatever the entry or the policy says, so a policy that makes a rule stricter keeps its
   * context judgement.
   */
  atMost?: Severity;
  /**
   * The safe correction, when there is one: edits of the source that together fix this finding. The rule only
   * proposes them; `wxgate check --fix` applies them (src/lint/fix.ts). Typography only: a compliance finding
   * needs a person's judgement and never carries a fix.
   */
  fix?: readonly Edit[] | undefined;
}

/** Replace source `[start, end)` (offsets into `article.text`) with `text`; start === end inserts. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** How strict claims are judged for an account (policies/accounts.yml `content_profile`). */
export type ContentProfile = 'news' | 'corporate' | 'marketing';

/** A name that is the publisher's own: its account name, a brand, a product. */
export interface OwnName {
  text: string;
  kind: 'account' | 'brand' | 'product';
}

/** Who speaks in the article being checked, as the policies declare it. */
export interface Publisher {
  profile: ContentProfile;
  names: readonly OwnName[];
}

/** Names the policies declare, for rules that check an article names one of them. */
export interface PolicyNames {
  /** Account ids of policies/accounts.yml; undefined when the repository has no account matrix. */
  accounts: readonly string[] | undefined;
  /** Front-matter values an approval rule has owners for, by field (`department` → its departments). */
  fieldValues: ReadonlyMap<string, readonly string[]>;
}

export interface RuleContext<O extends RuleOptions> {
  options: O;
  /** This rule's lexicon hits in the article (entries whose `rule` is this rule's id). */
  hits: readonly SourceHit[];
  /** Ids of every rule in this run (for rules that validate references to rules). */
  ruleIds: ReadonlySet<string>;
  /** The account the article belongs to, its strictness and its own names (policies/publisher.ts). */
  publisher: Publisher;
  /** The article's suppression comments, scanned once per article against `ruleIds` by the runner. */
  suppressions: SuppressionScan;
  /** Names the policies declare that an article must use exactly (accounts, approval-rule values). */
  known: PolicyNames;
  report(report: Report): void;
}

export interface Rule<O extends RuleOptions = RuleOptions> {
  meta: RuleMeta<O>;
  /** Pure: reads the article and options, reports; never reads the clock, the network or the disk. */
  check(article: Article, context: RuleContext<O>): void;
}

/** Declares a rule: its options are typed from `meta.defaults` inside the definition. */
export function defineRule<O extends RuleOptions>(rule: Rule<O>): Rule {
  // The runner hands every rule the options it validated against that rule's own defaults, so a rule typed with
  // its own options can stand in a list of rules with options in general.
  return rule as unknown as Rule;
}

/** Source span `[start, end)` of segment text `[start, end)`, covering escapes and entities written in the source. */
export function spanOf(
  source: string,
  segment: Segment,
  start: number,
  end: number,
): { start: number; end: number } {
  const from = segment.offsets[start]!;
  if (end <= start) return { start: from, end: from };
  const last = segment.offsets[end - 1]!;
  let to = last + 1;
  if (source[last] === '\\') to = last + 2;
  else if (source[last] === '&') {
    const semicolon = source.indexOf(';', last);
    if (semicolon !== -1 && semicolon - last < 40) to = semicolon + 1;
  }
  return { start: from, end: to };
}
