import type { ElementContent } from 'hast';
import { el, text } from './hast.js';
import type { Theme, TokenKind } from './theme.js';

/**
 * A fenced or indented code block as WeChat keeps it. WeChat collapses white space and re-saves `<pre>` without
 * `white-space` (reference §7, wenyan-core wechatPostRender), so nothing relies on CSS to keep it: every space is
 * a no-break space, tabs are expanded to 4-column stops, and each line break is a `<br>`. Colours are inline
 * `<span style>` from the theme's `syntax` section, from a small tokenizer (comments, strings, numbers, keywords)
 * that knows the common language families; an unknown language is plain text. Deterministic by construction.
 */
export function renderCode(value: string, lang: string | null | undefined, theme: Theme): ElementContent {
  const source = value.split('\n').map(expandTabs).join('\n');
  const family = familyOf(lang);
  const tokens = family ? tokenize(source, family) : [{ kind: undefined, text: source }];
  const children: ElementContent[] = [];
  let first = true;
  for (const line of splitLines(tokens)) {
    if (!first) children.push(el('br', ''));
    first = false;
    for (const token of line) {
      const shown = text(token.text.replace(/ /g, '\u00a0'));
      const style = token.kind ? theme.syntax[token.kind] : '';
      children.push(style === '' ? shown : el('span', style, [shown]));
    }
  }
  return el('pre', theme.styles.pre, [el('code', theme.styles.code_block, children)]);
}

function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const ch of line) out += ch === '\t' ? ' '.repeat(4 - (out.length % 4)) : ch;
  return out;
}

interface Token {
  kind: TokenKind | undefined;
  text: string;
}

/** Tokens cut at line ends, so each line can be followed by a `<br>`. */
function splitLines(tokens: Token[]): Token[][] {
  const lines: Token[][] = [[]];
  for (const token of tokens) {
    const parts = token.text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part !== '') lines[lines.length - 1]!.push({ kind: token.kind, text: part });
    });
  }
  return lines;
}

interface Family {
  lineComments: string[];
  blockComment?: [string, string];
  quotes: string[];
  keywords: ReadonlySet<string>;
  literals: ReadonlySet<string>;
  caseInsensitive?: boolean;
  /** `key:` at the start of a line (YAML) or `"key":` (JSON) is a property. */
  properties?: 'yaml' | 'json';
  /** `@decorator`, `#include`, `#!shebang`. */
  meta?: RegExp;
}

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

const C_LIKE_KEYWORDS = words(`
  abstract as async await break case catch class const continue debugger default defer delete do else enum export
  extends final finally fn for from func function go goto if impl implements import in instanceof interface let
  match mod module mut namespace new override package private protected pub public readonly return static struct
  super switch this throw throws trait try type typeof use var void where while with yield chan map range select
  val fun object when is sealed data internal lateinit int long short byte char float double bool boolean string
  unsigned signed sizeof typedef extern union volatile register auto inline template typename virtual operator
  friend using`);
const C_LIKE_LITERALS = words('true false null undefined nil None NaN Infinity self');
const PYTHON_KEYWORDS = words(`
  and as assert async await break class continue def del elif else except finally for from global if import in is
  lambda nonlocal not or pass raise return try while with yield match case print`);
const PYTHON_LITERALS = words('True False None self');
const SHELL_KEYWORDS = words(`
  if then else elif fi for while until do done case esac in function return local export readonly declare set
  unset shift source exit echo cd sudo`);
const SQL_KEYWORDS = words(`
  select from where and or not insert into values update set delete create table drop alter add column index
  primary key foreign references join inner left right outer full on as group by order having limit offset union
  all distinct case when then else end is in like between exists view default unique check constraint begin
  commit rollback transaction grant revoke with returning asc desc count sum avg min max`);
const SQL_LITERALS = words('null true false');

const FAMILIES: Record<string, Family> = {
  c: {
    lineComments: ['//'],
    blockComment: ['/*', '*/'],
    quotes: ['"', "'", '`'],
    keywords: C_LIKE_KEYWORDS,
    literals: C_LIKE_LITERALS,
    meta: /^(?:@[A-Za-z_][\w.]*|#\s*[a-z]+\b)/,
  },
  python: {
    lineComments: ['#'],
    quotes: ['"""', "'''", '"', "'"],
    keywords: PYTHON_KEYWORDS,
    literals: PYTHON_LITERALS,
    meta: /^@[A-Za-z_][\w.]*/,
  },
  shell: {
    lineComments: ['#'],
    quotes: ['"', "'"],
    keywords: SHELL_KEYWORDS,
    literals: words('true false'),
    meta: /^#!.*/,
  },
  sql: {
    lineComments: ['--'],
    blockComment: ['/*', '*/'],
    quotes: ["'", '"'],
    keywords: SQL_KEYWORDS,
    literals: SQL_LITERALS,
    caseInsensitive: true,
  },
  json: {
    lineComments: [],
    quotes: ['"'],
    keywords: new Set(),
    literals: words('true false null'),
    properties: 'json',
  },
  yaml: {
    lineComments: ['#'],
    quotes: ['"', "'"],
    keywords: new Set(),
    literals: words('true false null yes no on off ~'),
    properties: 'yaml',
  },
};

const ALIASES: Record<string, keyof typeof FAMILIES> = {
  c: 'c',
  h: 'c',
  cpp: 'c',
  'c++': 'c',
  cc: 'c',
  cs: 'c',
  csharp: 'c',
  java: 'c',
  kotlin: 'c',
  kt: 'c',
  scala: 'c',
  swift: 'c',
  go: 'c',
  golang: 'c',
  rust: 'c',
  rs: 'c',
  js: 'c',
  javascript: 'c',
  jsx: 'c',
  mjs: 'c',
  cjs: 'c',
  ts: 'c',
  typescript: 'c',
  tsx: 'c',
  php: 'c',
  dart: 'c',
  python: 'python',
  py: 'python',
  ruby: 'python',
  rb: 'python',
  sh: 'shell',
  bash: 'shell',
  zsh: 'shell',
  shell: 'shell',
  console: 'shell',
  dockerfile: 'shell',
  makefile: 'shell',
  sql: 'sql',
  mysql: 'sql',
  postgresql: 'sql',
  json: 'json',
  jsonc: 'c',
  yaml: 'yaml',
  yml: 'yaml',
  toml: 'yaml',
  ini: 'yaml',
};

function familyOf(lang: string | null | undefined): Family | undefined {
  if (!lang) return undefined;
  const name = ALIASES[lang.toLowerCase()];
  return name ? FAMILIES[name] : undefined;
}

const NUMBER = /^(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|(?:\d[\d_]*\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)[a-zA-Z]*/;
const WORD = /^[A-Za-z_$][\w$]*/;

function tokenize(source: string, family: Family): Token[] {
  const tokens: Token[] = [];
  let plain = '';
  const push = (kind: TokenKind, value: string) => {
    if (plain !== '') tokens.push({ kind: undefined, text: plain });
    plain = '';
    tokens.push({ kind, text: value });
  };
  let i = 0;
  let lineStart = true;
  while (i < source.length) {
    const rest = source.slice(i, i + 200);
    const ch = source[i]!;
    if (ch === '\n') {
      plain += ch;
      i++;
      lineStart = true;
      continue;
    }
    if (ch === ' ') {
      plain += ch;
      i++;
      continue;
    }
    const atLineStart = lineStart;
    lineStart = false;
    if (family.meta && (atLineStart || ch === '@')) {
      const m = family.meta.exec(rest);
      if (m && (ch === '@' || atLineStart)) {
        push('meta', m[0]);
        i += m[0].length;
        continue;
      }
    }
    const line = family.lineComments.find((c) => source.startsWith(c, i));
    if (line) {
      const end = source.indexOf('\n', i);
      const stop = end === -1 ? source.length : end;
      push('comment', source.slice(i, stop));
      i = stop;
      continue;
    }
    if (family.blockComment && source.startsWith(family.blockComment[0], i)) {
      const end = source.indexOf(family.blockComment[1], i + family.blockComment[0].length);
      const stop = end === -1 ? source.length : end + family.blockComment[1].length;
      push('comment', source.slice(i, stop));
      i = stop;
      continue;
    }
    const quote = family.quotes.find((q) => source.startsWith(q, i));
    if (quote) {
      const stop = stringEnd(source, i, quote);
      const value = source.slice(i, stop);
      const isKey =
        (family.properties === 'json' && /^\s*:/.test(source.slice(stop, stop + 20))) ||
        (family.properties === 'yaml' && atLineStart && /^:(?:\s|$)/.test(source.slice(stop, stop + 2)));
      push(isKey ? 'property' : 'string', value);
      i = stop;
      continue;
    }
    if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(source[i + 1] ?? ''))) {
      const before = source[i - 1] ?? ' ';
      const m = NUMBER.exec(rest);
      if (m && !/[\w$]/.test(before)) {
        push('number', m[0]);
        i += m[0].length;
        continue;
      }
    }
    const word = WORD.exec(rest)?.[0];
    if (word) {
      const key = family.caseInsensitive ? word.toLowerCase() : word;
      if (
        family.properties === 'yaml' &&
        atLineStart &&
        /^\s*:(?:\s|$)/.test(source.slice(i + word.length))
      ) {
        push('property', word);
      } else if (family.keywords.has(key)) push('keyword', word);
      else if (family.literals.has(key)) push('literal', word);
      else plain += word;
      i += word.length;
      continue;
    }
    if (family.properties === 'yaml' && atLineStart && ch === '-' && source[i + 1] === ' ') lineStart = true;
    plain += ch;
    i++;
  }
  if (plain !== '') tokens.push({ kind: undefined, text: plain });
  return tokens;
}

/** End (exclusive) of a string literal opened at `start`; single-character quotes stop at the line end. */
function stringEnd(source: string, start: number, quote: string): number {
  let i = start + quote.length;
  while (i < source.length) {
    if (source[i] === '\\') {
      i += 2;
      continue;
    }
    if (source.startsWith(quote, i)) return i + quote.length;
    if (source[i] === '\n' && quote.length === 1 && quote !== '`') return i;
    i++;
  }
  return source.length;
}
