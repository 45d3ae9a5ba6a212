import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTheme, resolveTheme } from '../../src/config/theme-file.js';
import { ConfigurationError } from '../../src/platform/errors.js';
import { defaultTheme, parseTheme, THEME_ELEMENTS } from '../../src/render/theme.js';
import { render } from './helpers.js';

const SHIPPED = resolve(import.meta.dirname, '../../policies/themes/default.yml');

function problem(yaml: string): string {
  try {
    parseTheme(yaml, 'policies/themes/x.yml');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as ConfigurationError).describe();
  }
  throw new Error('expected a configuration error');
}

describe('themes', () => {
  it('policies/themes/default.yml is the built-in default theme, and names every element', () => {
    const text = readFileSync(SHIPPED, 'utf8');
    expect(parseTheme(text, SHIPPED)).toEqual(defaultTheme);
    for (const element of Object.keys(THEME_ELEMENTS))
      expect(text).toMatch(new RegExp(`^  ${element}: `, 'm'));
  });

  it('a company theme changes only what it lists; declarations are written canonically', () => {
    const theme = parseTheme(
      'name: festive\nstyles:\n  h2: "COLOR:#c00 ;  font-size:20px;"\n  hr: ""\nlabels:\n  footnotes: 延伸阅读\n',
      'x.yml',
    );
    expect(theme.name).toBe('festive');
    expect(theme.styles.h2).toBe('color: #c00; font-size: 20px');
    expect(theme.styles.p).toBe(defaultTheme.styles.p);
    const html = render('## 标题\n\n---\n\n[链接](https://example.com)', { theme }).html;
    expect(html).toContain('<h2 style="color: #c00; font-size: 20px">标题</h2>');
    expect(html).toContain('<hr>');
    expect(html).toContain('>延伸阅读</p>');
  });

  it.each([
    ['styles:\n  h2: [unclosed\n', 'policies/themes/x.yml:2: theme is not valid YAML'],
    [
      'styles:\n  p: "margin: 0"\n  h7: "color: red"\n',
      'policies/themes/x.yml:3: field "styles.h7": unknown element "h7" (did you mean h1?)',
    ],
    [
      'styles:\n  p: "margin: 0"\n  blockqoute: "color: red"\n',
      'field "styles.blockqoute": unknown element "blockqoute" (did you mean blockquote?)',
    ],
    [
      'styles:\n  p: 12\n',
      'policies/themes/x.yml:2: field "styles.p": must be a string of CSS declarations, got a number (12); quote it',
    ],
    [
      'styles:\n  p:\n    color: red\n',
      'policies/themes/x.yml:2: field "styles.p": must be a string of CSS declarations, got a mapping',
    ],
    [
      'styles:\n\n  img: "background: url(https://evil.example/t.png)"\n',
      'policies/themes/x.yml:3: field "styles.img": CSS "background: url(https://evil.example/t.png)": url(…) would load a resource',
    ],
    ['styles:\n  p: "width: expression(alert(1))"\n', 'expression(…) is script'],
    ['styles:\n  p: "color red"\n', '"color red" is not a CSS declaration'],
    ['styles:\n  p: "color: red} body {color: blue"\n', '< > { } are not allowed'],
    [
      'syntax:\n  keywrod: "color: red"\n',
      'field "syntax.keywrod": unknown token kind "keywrod" (did you mean keyword?)',
    ],
    [
      'labels:\n  footnotes: "<b>x</b>"\n',
      'field "labels.footnotes": must be one line of text without < or >',
    ],
    [
      'stiles:\n  p: "color: red"\n',
      'policies/themes/x.yml:1: field "stiles": unknown key (allowed: name, styles, syntax, labels)',
    ],
    ['- a\n- b\n', 'a theme is a mapping'],
  ])('%j → %s', (yaml, message) => {
    expect(problem(yaml)).toContain(message);
  });

  it('loadTheme reads a file or a directory holding default.yml; resolveTheme prefers --theme, then the repo', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wxgate-theme-'));
    mkdirSync(join(dir, 'policies/themes'), { recursive: true });
    writeFileSync(join(dir, 'policies/themes/default.yml'), 'name: company\n');
    writeFileSync(join(dir, 'red.yml'), 'name: red\nstyles:\n  p: "color: red"\n');
    expect(loadTheme(join(dir, 'policies/themes')).name).toBe('company');
    expect(loadTheme(join(dir, 'red.yml')).styles.p).toBe('color: red');
    expect(resolveTheme(dir).name).toBe('company');
    expect(resolveTheme(dir, 'red.yml').name).toBe('red');
    expect(resolveTheme(tmpdir(), join(dir, 'red.yml')).name).toBe('red');
    expect(resolveTheme(`${tmpdir()}/nonexistent-wxgate-repo`)).toBe(defaultTheme);
    expect(() => loadTheme(join(dir, 'nope.yml'))).toThrow(
      expect.objectContaining({ file: join(dir, 'nope.yml'), message: 'theme file cannot be read (ENOENT)' }),
    );
  });
});
