import type { Severity } from '../text/vocabulary.js';

/**
 * `always`: the entry is a problem wherever it is written (unless the sentence negates or reports it).
 * `anchored`: context-dependent (最佳, 世界级): a problem only where the sentence ties it to the publisher's own
 * offering (src/rules/context/judge.ts).
 */
export type LexiconTier = 'always' | 'anchored';
export const TIERS: readonly LexiconTier[] = ['always', 'anchored'];

/** One word-list entry, with the file defaults already applied. */
export interface LexiconEntry {
  /** The literal term as written in the file (it is folded before matching). */
  term?: string;
  /** A regular expression run on the folded text. */
  pattern?: string;
  rule: string;
  category: string;
  severity: Severity;
  tier: LexiconTier;
  /** Why this is a problem and what to write instead, in Chinese: shown to authors. */
  note: string;
  /** The note in English (`note_en`), for --locale en; without it English output shows the Chinese note, marked. */
  noteEn?: string;
  source: string;
  /** Longer phrases containing the term in which it is fine. */
  allow: readonly string[];
  file: string;
  line: number;
}

/** Offsets in the original (unfolded) text, end exclusive; the span covers a whole evasion (赌*场 → 3 chars). */
export interface LexiconHit {
  entry: LexiconEntry;
  start: number;
  end: number;
}

export interface Lexicon {
  readonly entries: readonly LexiconEntry[];
  /** Hits sorted by start. */
  scan(text: string): LexiconHit[];
  /** `scan` of each text, in one pass per pattern over all of them (an article's segments). */
  scanAll(texts: readonly string[]): LexiconHit[][];
}

export interface AllowPhrase {
  term: string;
  note: string;
}
/** Flags every lexicon pattern runs with, on folded text: case does not matter, and it matches code points. */
export const PATTERN_FLAGS = 'iu';

/**
 * Why running a pattern could take time exponential or polynomial in the text's length, or undefined when it
 * cannot (./regex-safety.ts). Passed in rather than imported: the analysis needs a megabyte of
 * libraries, and patterns already known to pass (./pattern-safety.ts) need none of it.
 */
export type PatternSafety = (pattern: string, flags: string) => string | undefined;

/** One lexicon file's entries and allowed phrases, as the reader (src/config/lexicon-file.ts) returns them. */
export interface ParsedLexicon {
  entries: LexiconEntry[];
  allow: AllowPhrase[];
}
