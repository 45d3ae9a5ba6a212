import { fold, foldTerm } from '../text/fold.js';
import { Matcher } from '../text/matcher.js';
import { isLatinLetterAt, pinyinVariants, SUBSTITUTED_CATEGORIES } from '../text/substitutions.js';
import { type Lexicon, type LexiconEntry, type LexiconHit, PATTERN_FLAGS } from './entry.js';
import { type CompiledPattern, compilePattern, matchPatterns } from './patterns.js';

/** Owner of a global allowed phrase; entry-specific ones are owned by their entry's index. */
const GLOBAL = -1;

/**
 * One scanner for all entries: terms and allowed phrases share one Matcher over the folded text, patterns run as
 * regular expressions on it. Gambling and drug terms are also matched in their pinyin spellings (bai家乐, du场). A hit inside an allowed phrase (global, or the entry's own) is dropped; among
 * overlapping hits of the same rule the longest wins; spans are mapped back to the original text.
 */
export function compileLexicon(
  entries: readonly LexiconEntry[],
  allow: readonly { term: string }[],
): Lexicon {
  const terms: string[] = [];
  /** For each matcher term: the entry it blocks (>= 0), or the allow scope: GLOBAL or -(entry + 2). */
  const meaning: number[] = [];
  const patterns: CompiledPattern[] = [];
  /** The entry of each pattern. */
  const patternEntry: number[] = [];
  /** Matcher terms that are pinyin spellings: a Latin end must not run on into a Latin word (du场 in kudu场). */
  const spelled = new Set<number>();
  entries.forEach((entry, i) => {
    if (entry.term !== undefined) {
      const folded = foldTerm(entry.term);
      terms.push(folded);
      meaning.push(i);
      if (SUBSTITUTED_CATEGORIES.has(entry.category)) {
        for (const variant of pinyinVariants(folded)) {
          spelled.add(terms.length);
          terms.push(variant);
          meaning.push(i);
        }
      }
    } else {
      patterns.push(compilePattern(entry.pattern!, PATTERN_FLAGS));
      patternEntry.push(i);
    }
    for (const context of entry.allow) {
      terms.push(foldTerm(context));
      meaning.push(-(i + 2));
    }
  });
  for (const phrase of allow) {
    terms.push(foldTerm(phrase.term));
    meaning.push(GLOBAL);
  }
  const matcher = new Matcher(terms);

  const scanAll = (texts: readonly string[]): LexiconHit[][] => {
    const folded = texts.map(fold);
    const byPattern = matchPatterns(
      patterns,
      folded.map((f) => f.text),
    );
    return folded.map(({ text, map }, s) => {
      const hits: Span[] = byPattern[s]!.map((p) => ({
        owner: patternEntry[p.pattern]!,
        start: p.start,
        end: p.end,
      }));
      const allowed: Span[] = [];
      matcher.scan(text, (t, start, end) => {
        const m = meaning[t]!;
        if (spelled.has(t) && (isLatinLetterAt(text, start - 1) || isLatinLetterAt(text, end))) return;
        if (m >= 0) hits.push({ owner: m, start, end });
        else allowed.push({ owner: m === GLOBAL ? GLOBAL : -m - 2, start, end });
      });
      if (hits.length === 0) return [];
      return longestPerRule(withoutAllowed(hits, allowed), entries).map((h) => ({
        entry: entries[h.owner]!,
        start: map[h.start]!,
        end: map[h.end - 1]! + 1,
      }));
    });
  };
  return { entries, scanAll, scan: (text) => scanAll([text])[0]! };
}

/** A span of the folded text; owner = entry index (or GLOBAL for a global allowed phrase). */
interface Span {
  owner: number;
  start: number;
  end: number;
}

/**
 * Drops hits inside an allowed phrase in one sweep: a hit [s, e) lies inside one iff the furthest end of the
 * allowed phrases (global, or the hit's entry's own) starting at or before s is at least e.
 */
function withoutAllowed(hits: Span[], allowed: Span[]): Span[] {
  if (allowed.length === 0) return hits;
  hits.sort((a, b) => a.start - b.start);
  allowed.sort((a, b) => a.start - b.start);
  let globalEnd = -1;
  const entryEnd = new Map<number, number>();
  let next = 0;
  return hits.filter((hit) => {
    for (; next < allowed.length && allowed[next]!.start <= hit.start; next++) {
      const a = allowed[next]!;
      if (a.owner === GLOBAL) globalEnd = Math.max(globalEnd, a.end);
      else entryEnd.set(a.owner, Math.max(entryEnd.get(a.owner) ?? -1, a.end));
    }
    return globalEnd < hit.end && (entryEnd.get(hit.owner) ?? -1) < hit.end;
  });
}

/**
 * Among overlapping hits of one rule the longest wins (ties: the earlier, then the entry listed first), so 线上赌场
 * is one hit, not also 赌场. Hits of different rules may overlap: each rule reports its own concern.
 */
function longestPerRule(hits: Span[], entries: readonly LexiconEntry[]): Span[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end || a.owner - b.owner);
  const lastKept = new Map<string, number>();
  const kept: (Span | undefined)[] = [];
  for (const hit of hits) {
    const rule = entries[hit.owner]!.rule;
    const at = lastKept.get(rule);
    const last = at === undefined ? undefined : kept[at]!;
    if (last && hit.start < last.end) {
      if (hit.end - hit.start <= last.end - last.start) continue;
      kept[at!] = undefined;
    }
    lastKept.set(rule, kept.length);
    kept.push(hit);
  }
  return kept.filter((h): h is Span => h !== undefined);
}
