import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
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
import {
  ALIASES_NOT_ALLOWED,
  fieldOf,
  parseYaml,
  type YamlDocument,
  type YamlPath,
} from '../platform/yaml.js';
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
  const parsed = parseYaml(yamlText);
  if (!parsed.ok) {
    const message =
      parsed.message === ALIASES_NOT_ALLOWED ? parsed.message : `is not valid YAML: ${parsed.message}`;
    throw new ConfigurationError(message, { file, line: parsed.line });
  }
  const check = new FieldCheck(file, parsed, safety);
  const root = parsed.value ?? {};
  if (!isMapping(root)) return check.fail([], 'a lexicon must be a mapping of rule, entries, allow');
  check.keys(root, [], FILE_KEYS);
  const defaults: Defaults = {
    rule: check.string(root, ['rule']),
    category: check.category(root, []),
    severity: check.severity(root, []),
    tier: check.tier(root, []),
    source: check.string(root, ['source']),
  };
  if (defaults.rule !== undefined && !RULE_ID.test(defaults.rule)) {
    check.fail(['rule'], 'must be a rule id like law/prohibited-content');
  }
  const rawEntries = check.list(root, ['entries'], 'must be a list');
  if (rawEntries.length > 0 && defaults.rule === undefined) {
    // Named as the field that is missing, at the top of the file where it belongs.
    check.fail([], 'is required when there are entries', 'rule');
  }
  const entries = rawEntries.map((raw, i) => parseEntry(check, raw, ['entries', i], defaults));
  const rawAllow = check.list(root, ['allow'], 'must be a list');
  const allow = rawAllow.map((raw, i) => parseAllowPhrase(check, raw, ['allow', i]));
  return { entries, allow };
}

interface Defaults {
  rule: string | undefined;
  category: string | undefined;
  severity: Severity | undefined;
  tier: LexiconTier | undefined;
  source: string | undefined;
}

function parseEntry(check: FieldCheck, raw: unknown, at: YamlPath, defaults: Defaults): LexiconEntry {
  const line = check.doc.lineOf(at);
  if (!isMapping(raw)) return check.fail(at, 'must be a mapping with term (or pattern) and note');
  check.keys(raw, at, ENTRY_KEYS);
  const term = check.string(raw, [...at, 'term']);
  const pattern = check.string(raw, [...at, 'pattern']);
  if (term !== undefined && pattern !== undefined) check.fail(at, 'has both term and pattern; use one');
  if (term !== undefined) check.term(term, [...at, 'term']);
  const regex = pattern === undefined ? undefined : check.pattern(pattern, [...at, 'pattern']);
  if (term === undefined && regex === undefined) return check.fail(at, 'needs a term or a pattern');

  // A missing field is reported at the entry's first line: it has no line of its own.
  const note = check.string(raw, [...at, 'note']);
  if (note === undefined) {
    return check.fail(at, 'is required: say why this is a problem and what to write instead', 'note');
  }
  if (!HAN.test(note)) check.fail([...at, 'note'], 'must be written in Chinese: it is shown to authors');
  const noteEn = check.string(raw, [...at, 'note_en'])?.trim();
  if (noteEn !== undefined && !/[A-Za-z]/.test(noteEn))
    check.fail([...at, 'note_en'], 'must be the note in English');
  const category = check.category(raw, at) ?? defaults.category;
  if (category === undefined) return check.fail(at, 'is required (here or as the file default)', 'category');
  const source = check.string(raw, [...at, 'source']) ?? defaults.source;
  if (source === undefined) return check.fail(at, 'is required (here or as the file default)', 'source');

  const contexts = check.list(raw, [...at, 'allow'], 'must be a list of phrases');
  const allow = contexts.map((context, k) => {
    const where = [...at, 'allow', k];
    const folded = typeof context === 'string' ? foldTerm(context.trim()) : '';
    if (folded === '') return check.fail(where, 'must be a non-empty phrase');
    if (regex ? !regex.test(folded) : !folded.includes(foldTerm(term!.trim()))) {
      check.fail(where, `must contain the entry's ${regex ? 'pattern' : `term "${term}"`}`);
    }
    return (context as string).trim();
  });

  return {
    ...(regex ? { pattern: pattern! } : { term: term!.trim() }),
    rule: defaults.rule!,
    category,
    severity: check.severity(raw, at) ?? defaults.severity ?? 'error',
    tier: check.tier(raw, at) ?? defaults.tier ?? 'always',
    note: note.trim(),
    ...(noteEn ? { noteEn } : {}),
    source: source.trim(),
    allow,
    file: check.file,
    line,
  };
}

function parseAllowPhrase(check: FieldCheck, raw: unknown, at: YamlPath): AllowPhrase {
  if (!isMapping(raw)) return check.fail(at, 'must be a mapping with term and note');
  check.keys(raw, at, ALLOW_KEYS);
  const term = check.string(raw, [...at, 'term']);
  if (term === undefined) return check.fail(at, 'is required', 'term');
  check.term(term, [...at, 'term']);
  const note = check.string(raw, [...at, 'note']);
  if (note === undefined) return check.fail(at, 'is required: say why this phrase is fine', 'note');
  return { term: term.trim(), note: note.trim() };
}

/**
 * Field-level checks of one file; every failure names the file, the line and the field. A field is given by its
 * path in the file (`['entries', 3, 'term']`), which is both how the error names it (`entries[3].term`) and where
 * the reader finds its line.
 */
class FieldCheck {
  constructor(
    readonly file: string,
    readonly doc: YamlDocument,
    readonly safety: PatternSafety,
  ) {}

  /** Fails at the line of `path`; `missing` names a field under it that is absent (so has no line of its own). */
  fail(path: YamlPath, message: string, missing?: string): never {
    const field = missing === undefined ? fieldOf(path) : fieldOf([...path, missing]);
    throw new ConfigurationError(message, {
      file: this.file,
      line: this.doc.lineOf(path),
      ...(field === '' ? {} : { field }),
    });
  }

  keys(value: Record<string, unknown>, at: YamlPath, allowed: readonly string[]): void {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) this.fail([...at, key], `unknown key; allowed: ${allowed.join(', ')}`);
    }
  }

  /** The string at `path` (its last part is a key of `value`). */
  string(value: Record<string, unknown>, path: YamlPath): string | undefined {
    const v = value[path.at(-1) as string];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') return this.fail(path, 'must be a string');
    if (v.trim() === '') return this.fail(path, 'must not be empty');
    return v;
  }

  list(value: Record<string, unknown>, path: YamlPath, message: string): unknown[] {
    const v = value[path.at(-1) as string] ?? [];
    if (!Array.isArray(v)) return this.fail(path, message);
    return v;
  }

  severity(value: Record<string, unknown>, at: YamlPath): Severity | undefined {
    return this.oneOf(value, [...at, 'severity'], SEVERITIES);
  }

  tier(value: Record<string, unknown>, at: YamlPath): LexiconTier | undefined {
    return this.oneOf(value, [...at, 'tier'], TIERS);
  }

  private oneOf<T extends string>(value: Record<string, unknown>, path: YamlPath, allowed: readonly T[]) {
    const v = value[path.at(-1) as string];
    if (v === undefined || v === null) return undefined;
    if (!allowed.includes(v as T)) this.fail(path, `must be one of ${allowed.join(', ')}`);
    return v as T;
  }

  category(value: Record<string, unknown>, at: YamlPath): string | undefined {
    const path = [...at, 'category'];
    const v = this.string(value, path);
    if (v !== undefined && !CATEGORY.test(v)) {
      this.fail(path, 'must be lower-case words joined by "-", e.g. gambling');
    }
    return v;
  }

  term(term: string, path: YamlPath): void {
    const folded = foldTerm(term.trim());
    if (folded === '') this.fail(path, 'must not be empty');
    if ([...folded].length < 2) {
      this.fail(path, 'must be at least 2 characters: single characters match everyday words');
    }
  }

  /**
   * Patterns run on folded text with our flags ('giu': case does not matter), so a traditional or full-width
   * character in a pattern could never match; and a pattern that matches empty text would report empty spans.
   */
  pattern(pattern: string, path: YamlPath): RegExp {
    let regex: RegExp;
    try {
      regex = new RegExp(pattern, PATTERN_FLAGS);
    } catch (error) {
      return this.fail(path, `is not a valid regular expression: ${(error as Error).message}`);
    }
    // Checked before the pattern ever runs (the allow phrases below are matched against it).
    const risk = this.safety(pattern, PATTERN_FLAGS);
    if (risk) {
      this.fail(
        path,
        `could take minutes on some texts (${risk}); bound the repetition (e.g. [^。]{0,20}) or factor out what the alternatives share`,
      );
    }
    if (regex.test('')) this.fail(path, 'must not match empty text');
    for (const unit of pattern) {
      const folded = foldTerm(unit);
      if (unit.charCodeAt(0) >= 0x80 && folded !== unit) {
        const hint = folded ? `, write "${folded}"` : '';
        this.fail(path, `must be written as folded text: "${unit}" never occurs after folding${hint}`);
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
