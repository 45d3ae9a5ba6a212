/**
 * CODEOWNERS with GitHub's semantics (docs "About code owners"; reference github-governance.md §1):
 * - location: `.github/CODEOWNERS`, then `CODEOWNERS`, then `docs/CODEOWNERS`; the first found is the only one used;
 * - gitignore-like patterns, except that `!` negation, `[ ]` ranges and escaping a leading `#` do not work;
 *   paths are case sensitive;
 * - the LAST matching line wins, lines are never merged; owners on one line are alternatives (any one suffices);
 *   a pattern with no owners makes the paths it matches unowned;
 * - owners are `@user`, `@org/team` or an e-mail address; an invalid line is reported and skipped (since 2022
 *   GitHub skips the line, not the whole file).
 */
import { escapeRegExp } from '../text/escape.js';

export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;

export type Owner =
  | { kind: 'user'; login: string; text: string }
  | { kind: 'team'; team: string; text: string }
  | { kind: 'email'; email: string; text: string };

export interface CodeownersRule {
  /** 1-based line in the file. */
  line: number;
  pattern: string;
  owners: Owner[];
  matches(path: string): boolean;
}

export interface CodeownersError {
  line: number;
  /** The line as written. */
  source: string;
  message: string;
}

export interface Codeowners {
  /** Which file was used; undefined when none exists (nothing is owned). */
  file: string | undefined;
  rules: CodeownersRule[];
  errors: CodeownersError[];
}

/**
 * Picks the file GitHub would use from the ones that exist (by path) and parses it. A single file under any other
 * path (one chosen explicitly, as with `wxgate explain --codeowners`) is used when none of the three is given.
 */
export function loadCodeowners(files: Readonly<Record<string, string>>): Codeowners {
  for (const location of CODEOWNERS_LOCATIONS) {
    const text = files[location];
    if (text !== undefined) return { file: location, ...parseCodeowners(text) };
  }
  const others = Object.entries(files);
  if (others.length === 1) return { file: others[0]![0], ...parseCodeowners(others[0]![1]) };
  return { file: undefined, rules: [], errors: [] };
}

const USER = /^@[A-Za-z0-9](?:[A-Za-z0-9_]|-(?=[A-Za-z0-9_])){0,38}$/;
const TEAM = /^@([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9][A-Za-z0-9_.-]*)$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export function parseOwner(text: string): Owner | undefined {
  const team = TEAM.exec(text);
  if (team) return { kind: 'team', team: `${team[1]}/${team[2]}`, text };
  if (USER.test(text)) return { kind: 'user', login: text.slice(1), text };
  if (EMAIL.test(text) && !text.startsWith('@')) return { kind: 'email', email: text, text };
  return undefined;
}

export function parseCodeowners(text: string): { rules: CodeownersRule[]; errors: CodeownersError[] } {
  const rules: CodeownersRule[] = [];
  const errors: CodeownersError[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const problem = invalidLine(trimmed);
    if (problem) {
      errors.push({ line, source: raw, message: problem });
      continue;
    }
    const tokens = splitTokens(trimmed);
    const pattern = tokens[0]!;
    const owners: Owner[] = [];
    // Everything from a token that starts with # is an inline comment.
    for (const t of tokens.slice(1)) {
      if (t.startsWith('#')) break;
      owners.push(parseOwner(t)!);
    }
    rules.push({ line, pattern, owners, matches: compilePattern(pattern) });
  }
  return { rules, errors };
}

/** Why GitHub would skip this (non-comment, non-blank) line, or undefined when it is valid. */
function invalidLine(trimmed: string): string | undefined {
  const tokens = splitTokens(trimmed);
  const pattern = tokens[0]!;
  if (pattern.startsWith('\\#')) {
    return 'escaping a leading # with \\ is not supported: GitHub reads this line as a comment';
  }
  if (pattern.startsWith('!')) return 'negation (!) is not supported in CODEOWNERS';
  if (/(?<!\\)[[\]]/.test(pattern)) return 'character ranges ([ ]) are not supported in CODEOWNERS';
  if (pattern.includes('***')) return 'a pattern cannot contain three consecutive asterisks';
  for (const t of tokens.slice(1)) {
    if (t.startsWith('#')) break;
    if (!parseOwner(t)) return `invalid owner "${t}": use @user, @org/team or an e-mail address`;
  }
  return undefined;
}

/** Splits on unescaped whitespace (a `\ ` in a pattern is a literal space). */
function splitTokens(line: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '\\' && i + 1 < line.length) {
      current += ch + line[i + 1]!;
      i++;
    } else if (/\s/.test(ch)) {
      if (current) out.push(current);
      current = '';
    } else current += ch;
  }
  if (current) out.push(current);
  return out;
}

/** The owning line of a path: the last rule that matches, or undefined. */
export function ownerRuleFor(codeowners: Codeowners, path: string): CodeownersRule | undefined {
  for (let i = codeowners.rules.length - 1; i >= 0; i--) {
    const rule = codeowners.rules[i]!;
    if (rule.matches(path)) return rule;
  }
  return undefined;
}

/**
 * Compiles a CODEOWNERS pattern to a predicate over repository paths (no leading slash):
 * - a pattern with no slash except a trailing one matches at any depth (as if it began with `**\/`);
 *   otherwise it is anchored at the root (a leading `/` only makes that explicit);
 * - a trailing `/` matches everything below that directory (but not a file of that name);
 * - a last segment that is a lone `*` matches direct children only (`docs/*` owns `docs/a.md`, not `docs/a/b.md`);
 *   any other last segment also matches everything below a directory of that name (`/apps/github`, `**\/logs`);
 * - `*` matches within a segment, `?` one character, `**` any number of segments; `\` escapes the next character.
 */
export function compilePattern(pattern: string): (path: string) => boolean {
  if (pattern === '/') return () => false;
  let segs = pattern.split('/');
  if (segs[0] === '') segs = segs.slice(1);
  else if (segs.length === 1 || (segs.length === 2 && segs[1] === '')) {
    if (segs[0] !== '**') segs = ['**', ...segs];
  }
  if (segs.length > 1 && segs[segs.length - 1] === '') segs[segs.length - 1] = '**';
  const last = segs.length - 1;
  let re = '^';
  let needSlash = false;
  segs.forEach((seg, i) => {
    if (seg === '**') {
      if (i === 0 && i === last) re += '.+';
      else if (i === 0) {
        re += '(?:.+/)?';
        needSlash = false;
      } else if (i === last) re += '/.*';
      else {
        re += '(?:/.+)?';
        needSlash = true;
      }
      return;
    }
    if (needSlash) re += '/';
    if (seg === '*') {
      re += '[^/]+';
    } else {
      re += segmentRegex(seg);
      if (i === last) re += '(?:/.*)?';
    }
    needSlash = true;
  });
  const regex = new RegExp(`${re}$`, 'u');
  return (path) => regex.test(path);
}

function segmentRegex(seg: string): string {
  let out = '';
  for (let i = 0; i < seg.length; i++) {
    const ch = seg[i]!;
    if (ch === '\\' && i + 1 < seg.length) {
      out += escapeRegExp(seg[++i]!);
    } else if (ch === '*') out += '[^/]*';
    else if (ch === '?') out += '[^/]';
    else out += escapeRegExp(ch);
  }
  return out;
}
