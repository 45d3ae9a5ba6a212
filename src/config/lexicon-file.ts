import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { compileLexicon } from '../lexicon/compile.js';
import {
  type AllowPhrase,
  type Lexicon,
  type LexiconEntry,
  type LexiconTier,
  PATTERN_FLAGS,
  type ParsedLexicon,
  type PatternSafety,
  TIERS,
} from '../lexicon/entry.js';
import { ConfigurationError } from '../platform/errors.js';
import { foldTerm } from '../text/fold.js';
import type { Severity } from '../text/vocabulary.js';

const MAX_FILE_BYTES = 1024 * 1024;
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const FILE_KEYS = ['rule', 'category', 'severity', 'tier', 'source', 'entries', 'allow'];
const ENTRY_KEYS = ['term', 'pattern', 'note', 'note_en', 'category', 'severity', 'tier', 'source', 'allow'];
const ALLOW_KEYS = ['term', 'note'];
const RULE_ID = /^[a-z]+\/[a-z0-9-]+$/;
const CATEGORY = /^[a-z][a-z0-9-]*$/;
const HAN = /\p{Script=Han}/u;

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
