import { ConfigurationError } from '../platform/errors.js';
import { parseYaml } from '../platform/yaml.js';

/**
 * A theme maps each element the renderer emits to CSS declarations that are written into its `style=""`
 * attribute: WeChat keeps only inline styles (reference §7), so there is no style sheet and no class.
 *
 * Theme files are YAML a company edits (`policies/themes/<name>.yml`):
 *
 * ```yaml
 * name: default
 * styles:            # element → CSS declarations
 *   h2: "font-size: 20px; font-weight: bold"
 * syntax:            # code-block token kind → CSS declarations
 *   keyword: "color: #a626a4"
 * labels:            # visible words the renderer writes
 *   footnotes: 参考资料
 * ```
 *
 * Every section and key is optional; a key left out keeps the built-in default theme's value, so a company theme
 * only lists what it changes (write `""` to remove a default style). Unknown keys, non-string values and
 * declarations WeChat would not keep or that could load something (`url(…)`, `expression(…)`, `@import`,
 * comments, backslash escapes) are configuration errors with file and line.
 */
export interface Theme {
  name: string;
  styles: Readonly<Record<ThemeElement, string>>;
  syntax: Readonly<Record<TokenKind, string>>;
  labels: Readonly<Record<ThemeLabel, string>>;
}

/** The elements of rendered HTML a theme styles, with what each one is. Also the documentation of the format. */
export const THEME_ELEMENTS = {
  article: 'the <section> around the whole body (font, colour, line height)',
  h1: 'level-1 heading',
  h2: 'level-2 heading',
  h3: 'level-3 heading',
  h4: 'level-4 heading',
  h5: 'level-5 heading',
  h6: 'level-6 heading',
  p: 'paragraph',
  blockquote: 'block quote',
  ul: 'bulleted list (a <section>: WeChat duplicates bullets of nested <ul>)',
  ol: 'numbered list (a <section>)',
  li: 'one list item (a <section>)',
  li_marker: 'the bullet, number or check box written before an item',
  li_body: 'the content of a list item, beside its marker',
  table_wrapper: 'the <section> around a table that scrolls sideways on a phone',
  table: 'table',
  th: 'header cell',
  td: 'body cell',
  pre: 'code block',
  code_block: 'the <code> inside a code block',
  code: 'inline code',
  a: 'a link that stays clickable (mp.weixin.qq.com)',
  footnote_ref: 'the [n] mark after a link text that became a footnote',
  strong: 'bold',
  em: 'italic',
  del: 'strikethrough',
  hr: 'thematic break',
  figure: 'the <section> around an image that stands alone in its paragraph',
  img: 'image',
  figcaption: 'caption under an image (its title, else its alt text)',
  source: 'the 来源 line of a reprint',
  footnotes: 'the <section> of footnotes (参考资料) at the end',
  footnotes_title: 'the title of the footnotes section',
  footnote: 'one footnote',
  footnote_url: 'the address in a footnote',
} as const;
export type ThemeElement = keyof typeof THEME_ELEMENTS;

export const TOKEN_KINDS = {
  comment: 'comment in a code block',
  keyword: 'keyword (if, return, def, SELECT…)',
  string: 'string literal',
  number: 'number literal',
  literal: 'true, false, null, None…',
  property: 'object key (JSON, YAML)',
  meta: 'decorator, preprocessor line, shebang',
} as const;
export type TokenKind = keyof typeof TOKEN_KINDS;

export const THEME_LABELS = {
  footnotes: 'title of the footnotes section',
  reprint_source: 'words before the source name of a reprint (本文转载自)',
  reprint_link: 'words before the original link of a reprint (原文链接)',
} as const;
export type ThemeLabel = keyof typeof THEME_LABELS;

/** Family names unquoted (valid CSS for names made of identifiers), so no quote needs escaping in style="". */
const FONT =
  '-apple-system, BlinkMacSystemFont, Helvetica Neue, PingFang SC, Hiragino Sans GB, Microsoft YaHei UI, Microsoft YaHei, Arial, sans-serif';
const MONO = 'Menlo, Consolas, Courier New, monospace';

/** The built-in theme; policies/themes/default.yml is the same theme written out for companies to copy. */
export const defaultTheme: Theme = {
  name: 'default',
  styles: {
    article: `font-family: ${FONT}; font-size: 16px; line-height: 1.75; color: #333333; letter-spacing: 0.5px; text-align: justify; word-break: break-word`,
    h1: 'margin: 1.6em 0 0.8em; font-size: 22px; font-weight: bold; line-height: 1.4; color: #1a1a1a',
    h2: 'margin: 1.6em 0 0.8em; padding-left: 10px; border-left: 4px solid #07c160; font-size: 19px; font-weight: bold; line-height: 1.4; color: #1a1a1a',
    h3: 'margin: 1.4em 0 0.7em; font-size: 17px; font-weight: bold; line-height: 1.4; color: #1a1a1a',
    h4: 'margin: 1.2em 0 0.6em; font-size: 16px; font-weight: bold; color: #1a1a1a',
    h5: 'margin: 1.2em 0 0.6em; font-size: 16px; font-weight: bold; color: #555555',
    h6: 'margin: 1.2em 0 0.6em; font-size: 15px; font-weight: bold; color: #777777',
    p: 'margin: 0 0 1em',
    blockquote:
      'margin: 0 0 1em; padding: 10px 14px; border-left: 3px solid #d0d0d0; background-color: #f7f7f7; color: #666666',
    ul: 'margin: 0 0 1em',
    ol: 'margin: 0 0 1em',
    li: 'display: flex; margin: 0 0 0.4em',
    li_marker: 'flex-shrink: 0; width: 1.6em; color: #07c160',
    li_body: 'flex: 1; min-width: 0',
    table_wrapper: 'margin: 0 0 1em; overflow-x: auto',
    table: 'width: 100%; border-collapse: collapse; font-size: 14px; line-height: 1.5',
    th: 'padding: 6px 8px; border: 1px solid #dddddd; background-color: #f2f2f2; font-weight: bold',
    td: 'padding: 6px 8px; border: 1px solid #dddddd',
    pre: 'margin: 0 0 1em; padding: 12px 14px; background-color: #f6f8fa; border-radius: 4px; overflow-x: auto; text-align: left',
    code_block: `display: block; font-family: ${MONO}; font-size: 13px; line-height: 1.6; color: #24292e; white-space: nowrap`,
    code: `padding: 1px 4px; background-color: #f2f2f2; border-radius: 3px; font-family: ${MONO}; font-size: 14px; color: #c7254e`,
    a: 'color: #576b95; text-decoration: none',
    footnote_ref: 'font-size: 12px; line-height: 1; color: #576b95',
    strong: 'font-weight: bold; color: #1a1a1a',
    em: 'font-style: italic',
    del: 'text-decoration: line-through',
    hr: 'margin: 1.5em 0; border: 0; border-top: 1px solid #e5e5e5',
    figure: 'margin: 0 0 1em; text-align: center',
    img: 'display: block; max-width: 100%; height: auto; margin: 0 auto',
    figcaption: 'margin: 6px 0 0; font-size: 13px; line-height: 1.5; color: #999999; text-align: center',
    source:
      'margin: 0 0 1.2em; padding: 8px 12px; background-color: #f7f7f7; font-size: 14px; color: #888888; word-break: break-all',
    footnotes: 'margin: 2em 0 0; padding-top: 1em; border-top: 1px solid #e5e5e5',
    footnotes_title: 'margin: 0 0 0.6em; font-size: 15px; font-weight: bold; color: #555555',
    footnote: 'margin: 0 0 0.4em; font-size: 13px; line-height: 1.6; color: #888888; word-break: break-all',
    footnote_url: 'font-style: italic',
  },
  syntax: {
    comment: 'color: #6a737d; font-style: italic',
    keyword: 'color: #d73a49',
    string: 'color: #032f62',
    number: 'color: #005cc5',
    literal: 'color: #005cc5',
    property: 'color: #6f42c1',
    meta: 'color: #e36209',
  },
  labels: {
    footnotes: '参考资料',
    reprint_source: '本文转载自',
    reprint_link: '原文链接',
  },
};

/** Validates theme YAML text. `file` names the file in error messages. */
export function parseTheme(text: string, file: string): Theme {
  const parsed = parseYaml(text);
  if (!parsed.ok)
    throw new ConfigurationError(`theme is not valid YAML: ${parsed.message}`, { file, line: parsed.line });
  const raw = parsed.value ?? {};
  const fail = (message: string, path: (string | number)[]): never => {
    throw new ConfigurationError(message, { file, line: parsed.lineOf(path), field: path.join('.') });
  };
  if (typeof raw !== 'object' || Array.isArray(raw))
    fail('a theme is a mapping with name, styles, syntax and labels', []);
  const top = raw as Record<string, unknown>;
  for (const key of Object.keys(top)) {
    if (!['name', 'styles', 'syntax', 'labels'].includes(key)) {
      fail(`unknown key (allowed: name, styles, syntax, labels)`, [key]);
    }
  }
  let name = defaultTheme.name;
  if (top.name !== undefined && top.name !== null) {
    if (typeof top.name !== 'string' || top.name.trim() === '') fail('must be a non-empty string', ['name']);
    name = (top.name as string).trim();
  }
  const section = <K extends string>(
    key: 'styles' | 'syntax' | 'labels',
    allowed: Record<K, string>,
    defaults: Readonly<Record<K, string>>,
    check: (value: string, path: (string | number)[]) => string,
  ): Record<K, string> => {
    const out: Record<K, string> = { ...defaults };
    const value = top[key];
    if (value === undefined || value === null) return out;
    if (typeof value !== 'object' || Array.isArray(value)) fail(`must be a mapping of names to text`, [key]);
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (!Object.hasOwn(allowed, k)) {
        const near = closest(k, Object.keys(allowed));
        fail(
          `unknown ${key === 'styles' ? 'element' : key === 'syntax' ? 'token kind' : 'label'} "${k}"${near ? ` (did you mean ${near}?)` : ''}; allowed: ${Object.keys(allowed).join(', ')}`,
          [key, k],
        );
      }
      if (typeof v !== 'string') {
        fail(`must be a string of CSS declarations${key === 'labels' ? ' (text)' : ''}, got ${typeName(v)}`, [
          key,
          k,
        ]);
      }
      out[k as K] = check(v as string, [key, k]);
    }
    return out;
  };
  const css = (value: string, path: (string | number)[]) => {
    const result = normaliseDeclarations(value);
    if (typeof result !== 'string') fail(result.error, path);
    return result as string;
  };
  const styles = section('styles', THEME_ELEMENTS, defaultTheme.styles, css);
  const syntax = section('syntax', TOKEN_KINDS, defaultTheme.syntax, css);
  const labels = section('labels', THEME_LABELS, defaultTheme.labels, (value, path) => {
    const label = value.trim();
    if (label === '' || /[<>\n]/.test(label)) fail('must be one line of text without < or >', path);
    return label;
  });
  return { name, styles, syntax, labels };
}

const PROPERTY = /^-?[a-z][a-z0-9-]*$/;
/** Things that load a resource, run code or hide one declaration inside another. */
const FORBIDDEN: Array<[RegExp, string]> = [
  [/url\s*\(/i, 'url(…) would load a resource from outside the article'],
  [/image-set\s*\(/i, 'image-set(…) would load a resource from outside the article'],
  [/expression\s*\(/i, 'expression(…) is script'],
  [/javascript:/i, 'javascript: is script'],
  [/@import/i, '@import loads a style sheet, which WeChat drops'],
  [/\/\*|\*\//, 'comments are not allowed inside declarations'],
  [/\\/, 'backslash escapes are not allowed'],
  [/[<>{}]/, '< > { } are not allowed in declarations'],
];

/**
 * Checks `prop: value; prop: value` and writes it back in one canonical form (`prop: value; prop: value`), so
 * rendered HTML does not depend on how a theme author spaced the declarations. Empty text is no style.
 */
export function normaliseDeclarations(text: string): string | { error: string } {
  for (const [pattern, why] of FORBIDDEN) {
    if (pattern.test(text)) return { error: `CSS "${text.trim()}": ${why}` };
  }
  const out: string[] = [];
  for (const part of text.split(';')) {
    if (part.trim() === '') continue;
    const colon = part.indexOf(':');
    const property = (colon === -1 ? part : part.slice(0, colon)).trim().toLowerCase();
    const value =
      colon === -1
        ? ''
        : part
            .slice(colon + 1)
            .trim()
            .replace(/\s+/g, ' ');
    if (colon === -1 || !PROPERTY.test(property) || value === '') {
      return { error: `"${part.trim()}" is not a CSS declaration (write property: value; property: value)` };
    }
    out.push(`${property}: ${value}`);
  }
  return out.join('; ');
}

function typeName(v: unknown): string {
  if (v === null) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `a ${typeof v} (${String(v)}); quote it`;
}

function closest(key: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = distance(key, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
