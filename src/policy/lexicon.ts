import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Severity } from '../lint/types.js';
import { ConfigurationError } from '../platform/errors.js';
import { fold, foldTerm } from '../text/fold.js';
import { Matcher } from '../text/matcher.js';
import { isLatinLetterAt, pinyinVariants, SUBSTITUTED_CATEGORIES } from '../text/substitutions.js';

/**
 * `always`: the entry is a problem wherever it is written (unless the sentence negates or reports it).
 * `anchored`: context-dependent (最佳, 世界级): a problem only where the sentence ties it to the publisher's own
 * offering (src/rules/context/judge.ts).
 */
export type LexiconTier = 'always' | 'anchored';
const TIERS: readonly LexiconTier[] = ['always', 'anchored'];

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
}

export interface AllowPhrase {
  term: string;
  note: string;
}

const MAX_FILE_BYTES = 1024 * 1024;
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const FILE_KEYS = ['rule', 'category', 'severity', 'tier', 'source', 'entries', 'allow'];
const ENTRY_KEYS = ['term', 'pattern', 'note', 'note_en', 'category', 'severity', 'tier', 'source', 'allow'];
const ALLOW_KEYS = ['term', 'note'];
const RULE_ID = /^[a-z]+\/[a-z0-9-]+$/;
const CATEGORY = /^[a-z][a-z0-9-]*$/;
const HAN = /\p{Script=Han}/u;
const PATTERN_FLAGS = 'iu';

/**
 * Why running a pattern could take time exponential or polynomial in the text's length, or undefined when it
 * cannot (src/policy/regex-safety.ts). Passed in rather than imported: the analysis needs a megabyte of
 * libraries, and patterns already known to pass (src/policy/pattern-safety.ts) need none of it.
 */
export type PatternSafety = (pattern: string, flags: string) => string | undefined;

/** Every `*.yml` in `dir`, in name order, compiled into one scanner. */
export function loadLexicons(
  dir: string,
  safety: PatternSafety,
  known: (text: string) => ParsedLexicon | undefined = () => undefined,
): Lexicon {
  const entries: LexiconEntry[] = [];
  const allow: AllowPhrase[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.yml'))
    .sort()) {
    const file = join(dir, name);
    if (statSync(file).size > MAX_FILE_BYTES) throw tooLarge(file);
    const text = readFileSync(file, 'utf8');
    // A file wxgate ships, byte for byte, was parsed and validated when it was generated (see load.ts).
    const shipped = known(text);
    const parsed = shipped
      ? { entries: shipped.entries.map((e) => ({ ...e, file })), allow: shipped.allow }
      : parseLexicon(file, text, safety);
    entries.push(...parsed.entries);
    allow.push(...parsed.allow);
  }
  return compileLexicon(entries, allow);
}

/** One file's entries and allowed phrases, as parseLexicon returns them. */
export interface ParsedLexicon {
  entries: LexiconEntry[];
  allow: AllowPhrase[];
}

/**
 * Validates one lexicon file. Anything wrong is a ConfigurationError naming file, line and field: a broken word
 * list fails the check loudly instead of silently matching less.
 */
export function parseLexicon(file: string, yamlText: string, safety: PatternSafety): ParsedLexicon {
  if (Buffer.byteLength(yamlText) > MAX_FILE_BYTES) throw tooLarge(file);
  const doc = readYaml(file, yamlText);
  const check = new FieldCheck(file, doc, safety);
  const root = doc.value ?? {};
  if (!isMapping(root))
    return check.fail(undefined, 1, 'a lexicon must be a mapping of rule, entries, allow');
  check.keys(root, FILE_KEYS, '');
  const defaults: Defaults = {
    rule: check.string(root, 'rule', ''),
    category: check.category(root, ''),
    severity: check.severity(root, ''),
    tier: check.tier(root, ''),
    source: check.string(root, 'source', ''),
  };
  if (defaults.rule !== undefined && !RULE_ID.test(defaults.rule)) {
    check.fail('rule', doc.lineOfKey(root, 'rule'), 'must be a rule id like law/prohibited-content');
  }
  const rawEntries = check.list(root, 'entries', '', 'must be a list');
  if (rawEntries.length > 0 && defaults.rule === undefined) {
    check.fail('rule', doc.lineOf(root), 'is required when there are entries');
  }
  const entries = rawEntries.map((raw, i) =>
    parseEntry(check, raw, `entries[${i}]`, doc.lineOfItem(rawEntries, i), defaults),
  );
  const rawAllow = check.list(root, 'allow', '', 'must be a list');
  const allow = rawAllow.map((raw, i) =>
    parseAllowPhrase(check, raw, `allow[${i}]`, doc.lineOfItem(rawAllow, i)),
  );
  return { entries, allow };
}

interface Defaults {
  rule: string | undefined;
  category: string | undefined;
  severity: Severity | undefined;
  tier: LexiconTier | undefined;
  source: string | undefined;
}

function parseEntry(
  check: FieldCheck,
  raw: unknown,
  at: string,
  line: number,
  defaults: Defaults,
): LexiconEntry {
  if (!isMapping(raw)) return check.fail(at, line, 'must be a mapping with term (or pattern) and note');
  const { doc } = check;
  const prefix = `${at}.`;
  check.keys(raw, ENTRY_KEYS, prefix);
  const term = check.string(raw, 'term', prefix);
  const pattern = check.string(raw, 'pattern', prefix);
  if (term !== undefined && pattern !== undefined) check.fail(at, line, 'has both term and pattern; use one');
  if (term !== undefined) check.term(term, `${prefix}term`, doc.lineOfKey(raw, 'term'));
  const regex =
    pattern === undefined
      ? undefined
      : check.pattern(pattern, `${prefix}pattern`, doc.lineOfKey(raw, 'pattern'));
  if (term === undefined && regex === undefined) return check.fail(at, line, 'needs a term or a pattern');

  const note = check.string(raw, 'note', prefix);
  if (note === undefined) {
    return check.fail(
      `${prefix}note`,
      line,
      'is required: say why this is a problem and what to write instead',
    );
  }
  if (!HAN.test(note))
    check.fail(
      `${prefix}note`,
      doc.lineOfKey(raw, 'note'),
      'must be written in Chinese: it is shown to authors',
    );
  const noteEn = check.string(raw, 'note_en', prefix)?.trim();
  if (noteEn !== undefined && !/[A-Za-z]/.test(noteEn))
    check.fail(`${prefix}note_en`, doc.lineOfKey(raw, 'note_en'), 'must be the note in English');
  const category = check.category(raw, prefix) ?? defaults.category;
  if (category === undefined)
    return check.fail(`${prefix}category`, line, 'is required (here or as the file default)');
  const source = check.string(raw, 'source', prefix) ?? defaults.source;
  if (source === undefined)
    return check.fail(`${prefix}source`, line, 'is required (here or as the file default)');

  const contexts = check.list(raw, 'allow', prefix, 'must be a list of phrases');
  const allow = contexts.map((context, k) => {
    const field = `${prefix}allow[${k}]`;
    const contextLine = doc.lineOfItem(contexts, k);
    const folded = typeof context === 'string' ? foldTerm(context.trim()) : '';
    if (folded === '') return check.fail(field, contextLine, 'must be a non-empty phrase');
    if (regex ? !regex.test(folded) : !folded.includes(foldTerm(term!.trim()))) {
      check.fail(field, contextLine, `must contain the entry's ${regex ? 'pattern' : `term "${term}"`}`);
    }
    return (context as string).trim();
  });

  return {
    ...(regex ? { pattern: pattern! } : { term: term!.trim() }),
    rule: defaults.rule!,
    category,
    severity: check.severity(raw, prefix) ?? defaults.severity ?? 'error',
    tier: check.tier(raw, prefix) ?? defaults.tier ?? 'always',
    note: note.trim(),
    ...(noteEn ? { noteEn } : {}),
    source: source.trim(),
    allow,
    file: check.file,
    line,
  };
}

function parseAllowPhrase(check: FieldCheck, raw: unknown, at: string, line: number): AllowPhrase {
  if (!isMapping(raw)) return check.fail(at, line, 'must be a mapping with term and note');
  const prefix = `${at}.`;
  check.keys(raw, ALLOW_KEYS, prefix);
  const term = check.string(raw, 'term', prefix);
  if (term === undefined) return check.fail(`${prefix}term`, line, 'is required');
  check.term(term, `${prefix}term`, check.doc.lineOfKey(raw, 'term'));
  const note = check.string(raw, 'note', prefix);
  if (note === undefined)
    return check.fail(`${prefix}note`, line, 'is required: say why this phrase is fine');
  return { term: term.trim(), note: note.trim() };
}

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
  const patterns: { entry: number; regex: RegExp }[] = [];
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
      patterns.push({ entry: i, regex: new RegExp(entry.pattern!, `g${PATTERN_FLAGS}`) });
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

  return {
    entries,
    scan(text: string): LexiconHit[] {
      const { text: folded, map } = fold(text);
      const hits: Span[] = [];
      const allowed: Span[] = [];
      matcher.scan(folded, (t, start, end) => {
        const m = meaning[t]!;
        if (spelled.has(t) && (isLatinLetterAt(folded, start - 1) || isLatinLetterAt(folded, end))) return;
        if (m >= 0) hits.push({ owner: m, start, end });
        else allowed.push({ owner: m === GLOBAL ? GLOBAL : -m - 2, start, end });
      });
      for (const { entry, regex } of patterns) {
        regex.lastIndex = 0;
        for (let m = regex.exec(folded); m !== null; m = regex.exec(folded)) {
          if (m[0].length === 0) regex.lastIndex++;
          else hits.push({ owner: entry, start: m.index, end: m.index + m[0].length });
        }
      }
      if (hits.length === 0) return [];
      return longestPerRule(withoutAllowed(hits, allowed), entries).map((h) => ({
        entry: entries[h.owner]!,
        start: map[h.start]!,
        end: map[h.end - 1]! + 1,
      }));
    },
  };
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

/** Field-level checks of one file; every failure names the file, the line and the field path. */
class FieldCheck {
  constructor(
    readonly file: string,
    readonly doc: YamlDoc,
    readonly safety: PatternSafety,
  ) {}

  fail(field: string | undefined, line: number, message: string): never {
    throw new ConfigurationError(message, {
      file: this.file,
      line,
      ...(field === undefined ? {} : { field }),
    });
  }

  keys(value: Record<string, unknown>, allowed: readonly string[], prefix: string): void {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) {
        this.fail(
          `${prefix}${key}`,
          this.doc.lineOfKey(value, key),
          `unknown key; allowed: ${allowed.join(', ')}`,
        );
      }
    }
  }

  string(value: Record<string, unknown>, key: string, prefix: string): string | undefined {
    const v = value[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string')
      return this.fail(`${prefix}${key}`, this.doc.lineOfKey(value, key), 'must be a string');
    if (v.trim() === '')
      return this.fail(`${prefix}${key}`, this.doc.lineOfKey(value, key), 'must not be empty');
    return v;
  }

  list(value: Record<string, unknown>, key: string, prefix: string, message: string): unknown[] {
    const v = value[key] ?? [];
    if (!Array.isArray(v)) return this.fail(`${prefix}${key}`, this.doc.lineOfKey(value, key), message);
    return v;
  }

  severity(value: Record<string, unknown>, prefix: string): Severity | undefined {
    const v = value.severity;
    if (v === undefined || v === null) return undefined;
    if (!SEVERITIES.includes(v as Severity)) {
      this.fail(
        `${prefix}severity`,
        this.doc.lineOfKey(value, 'severity'),
        `must be one of ${SEVERITIES.join(', ')}`,
      );
    }
    return v as Severity;
  }

  tier(value: Record<string, unknown>, prefix: string): LexiconTier | undefined {
    const v = value.tier;
    if (v === undefined || v === null) return undefined;
    if (!TIERS.includes(v as LexiconTier)) {
      this.fail(`${prefix}tier`, this.doc.lineOfKey(value, 'tier'), `must be one of ${TIERS.join(', ')}`);
    }
    return v as LexiconTier;
  }

  category(value: Record<string, unknown>, prefix: string): string | undefined {
    const v = this.string(value, 'category', prefix);
    if (v !== undefined && !CATEGORY.test(v)) {
      this.fail(
        `${prefix}category`,
        this.doc.lineOfKey(value, 'category'),
        'must be lower-case words joined by "-", e.g. gambling',
      );
    }
    return v;
  }

  term(term: string, field: string, line: number): void {
    const folded = foldTerm(term.trim());
    if (folded === '') this.fail(field, line, 'must not be empty');
    if ([...folded].length < 2) {
      this.fail(field, line, 'must be at least 2 characters: single characters match everyday words');
    }
  }

  /**
   * Patterns run on folded text with our flags ('giu': case does not matter), so a traditional or full-width
   * character in a pattern could never match; and a pattern that matches empty text would report empty spans.
   */
  pattern(pattern: string, field: string, line: number): RegExp {
    let regex: RegExp;
    try {
      regex = new RegExp(pattern, PATTERN_FLAGS);
    } catch (error) {
      return this.fail(field, line, `is not a valid regular expression: ${(error as Error).message}`);
    }
    // Checked before the pattern ever runs (the allow phrases below are matched against it).
    const risk = this.safety(pattern, PATTERN_FLAGS);
    if (risk) {
      this.fail(
        field,
        line,
        `could take minutes on some texts (${risk}); bound the repetition (e.g. [^。]{0,20}) or factor out what the alternatives share`,
      );
    }
    if (regex.test('')) this.fail(field, line, 'must not match empty text');
    for (const unit of pattern) {
      const folded = foldTerm(unit);
      if (unit.charCodeAt(0) >= 0x80 && folded !== unit) {
        const hint = folded ? `, write "${folded}"` : '';
        this.fail(field, line, `must be written as folded text: "${unit}" never occurs after folding${hint}`);
      }
    }
    return regex;
  }
}

function tooLarge(file: string): ConfigurationError {
  return new ConfigurationError(`is larger than 1 MB; split it into several files`, { file });
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parsed YAML with the source line of every mapping key and sequence item, for errors that point at the line. */
interface YamlDoc {
  value: unknown;
  lineOf(node: unknown): number;
  lineOfKey(mapping: Record<string, unknown>, key: string): number;
  lineOfItem(list: readonly unknown[], index: number): number;
}

/** Where a node starts and where its children (mapping: key, value, key, value…; sequence: items) start. */
interface NodePlace {
  start: number;
  children: { value: unknown; start: number }[];
}

/** js-yaml's parser state as the listener sees it (the typings omit `anchor`). */
interface ParserState {
  position: number;
  result: unknown;
  anchor?: string | null;
}

function readYaml(file: string, text: string): YamlDoc {
  const places = new WeakMap<object, NodePlace>();
  const stack: NodePlace[] = [];
  const lineAt = lineCounter(text);
  let value: unknown;
  try {
    value = yaml.load(text, {
      schema: yaml.JSON_SCHEMA,
      listener(event, rawState) {
        const state = rawState as unknown as ParserState;
        if (event === 'open') {
          stack.push({ start: state.position, children: [] });
          return;
        }
        let place = stack.pop()!;
        if (state.anchor) {
          // An alias bomb or a shared node would make every later walk over the value explode; lists are flat.
          throw new ConfigurationError('anchors and aliases (&name, *name) are not allowed in lexicons', {
            file,
            line: lineAt(place.start),
          });
        }
        // js-yaml sometimes wraps a node in a second one with the same result: keep the inner, exact place.
        const only = place.children[0];
        if (only && place.children.length === 1 && only.value === state.result) {
          place = places.get(only.value as object) ?? { start: only.start, children: [] };
        }
        if (typeof state.result === 'object' && state.result !== null) places.set(state.result, place);
        stack.at(-1)?.children.push({ value: state.result, start: place.start });
      },
    });
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      throw new ConfigurationError(`is not valid YAML: ${error.reason}`, {
        file,
        line: (error.mark?.line ?? 0) + 1,
      });
    }
    throw error;
  }
  const lineOf = (node: unknown) =>
    typeof node === 'object' && node !== null ? lineAt(places.get(node)?.start ?? 0) : 1;
  return {
    value,
    lineOf,
    lineOfKey(mapping, key) {
      const place = places.get(mapping);
      const index = Object.keys(mapping).indexOf(key);
      const child =
        place?.children.length === Object.keys(mapping).length * 2 ? place.children[index * 2] : undefined;
      return child ? lineAt(child.start) : lineOf(mapping);
    },
    lineOfItem(list, index) {
      const place = places.get(list);
      const child = place?.children.length === list.length ? place.children[index] : undefined;
      return child ? lineAt(child.start) : lineOf(list);
    },
  };
}

/** 1-based line of the first token at or after `position` (skipping blanks and comments). */
function lineCounter(text: string): (position: number) => number {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (position) => {
    let p = position;
    while (p < text.length) {
      const c = text[p]!;
      if (c === '#') while (p < text.length && text[p] !== '\n') p++;
      else if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '-') p++;
      else break;
    }
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid]! <= Math.min(p, text.length)) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
