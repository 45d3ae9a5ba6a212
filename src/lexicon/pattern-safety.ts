import { createHash } from 'node:crypto';
import type { ParsedLexicon, PatternSafety } from './entry.js';
import { loadRegexSafety } from './regex-safety-loader.js';
import { SHIPPED_LEXICONS, VERIFIED_PATTERNS } from './shipped-lexicons.js';

/**
 * Checking that a lexicon pattern cannot backtrack catastrophically (./regex-safety.ts) needs a megabyte
 * of regular-expression analysis and ~60 ms from a cold process — more than checking an article. The patterns
 * wxgate ships were checked when they were written: their SHA-256 digests are in shipped-lexicons.ts, generated
 * by `npm run docs` and compared with the shipped lexicons by a test. A pattern a company adds or edits is not
 * there, so the analysis is loaded (a separate chunk of the bundle) and runs on every pattern.
 */
export function digestOf(pattern: string): string {
  return createHash('sha256').update(pattern).digest('hex');
}

/** A pattern that is not known to be safe: the analysis must be loaded. */
export class UnverifiedPattern extends Error {}

/** Passes the verified patterns, and stops at the first other one. */
export const verifiedOnly: PatternSafety = (pattern) => {
  if (VERIFIED_PATTERNS.has(digestOf(pattern))) return undefined;
  throw new UnverifiedPattern(pattern);
};

/** The full analysis, loaded on demand. */
export async function fullAnalysis(): Promise<PatternSafety> {
  const { backtrackingRisk } = await loadRegexSafety();
  return backtrackingRisk;
}

/** A lexicon file wxgate ships, byte for byte: its entries as validated when generated (no YAML to parse). */
export function shippedLexicon(text: string): ParsedLexicon | undefined {
  const shipped = SHIPPED_LEXICONS.get(digestOf(text));
  return shipped && { entries: shipped.entries.map((e) => ({ ...e, file: '' })), allow: shipped.allow };
}
