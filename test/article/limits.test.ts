import { describe, expect, it } from 'vitest';
import { loadArticle } from '../../src/article/article.js';
import { findLimitProblem, LIMITS } from '../../src/article/limits.js';
import { FRONT_MATTER } from '../helpers.js';

/** The line a limit is reported at, and the start of its English message; undefined when within every limit. */
function limitAt(body: string): [number, string] | undefined {
  const p = findLimitProblem(`${FRONT_MATTER}\n${body}`);
  return p && [p.line - FRONT_MATTER.split('\n').length, p.problem.en.split(/[.(;]/)[0]!];
}

describe('limits measured before parsing', () => {
  it('nesting: 3,000 `>` in 3 KB, nested list markers, and lists nested by indentation', () => {
    expect(limitAt(`正文\n\n${'>'.repeat(3000)} 集\n`)).toEqual([
      3,
      'Block quotes and lists are nested too deeply ',
    ]);
    expect(limitAt(`${'- '.repeat(33)}集\n`)?.[1]).toBe('Block quotes and lists are nested too deeply ');
    expect(limitAt(`${'1. '.repeat(33)}集\n`)?.[1]).toBe('Block quotes and lists are nested too deeply ');
    const indented = Array.from({ length: 40 }, (_, i) => `${' '.repeat(2 * i)}- 集`).join('\n');
    expect(limitAt(indented)).toEqual([33, 'Block quotes and lists are nested too deeply ']);
    expect(limitAt(`${'>'.repeat(LIMITS.nestingDepth)} 集\n`)).toBeUndefined();
    expect(limitAt(`${'- '.repeat(LIMITS.nestingDepth)}集\n`)).toBeUndefined();
  });

  it('containers: block quotes and nested list items in the whole article', () => {
    const quotes = (n: number) => '> 引用\n\n'.repeat(n);
    expect(limitAt(quotes(LIMITS.containers))).toBeUndefined();
    expect(limitAt(quotes(LIMITS.containers + 1))).toEqual([
      2 * LIMITS.containers + 1,
      'More than 1000 block quotes and nested list items in the article',
    ]);
    expect(limitAt('- 集\n  - 集\n'.repeat(LIMITS.containers + 1))?.[1]).toBe(
      'More than 1000 block quotes and nested list items in the article',
    );
    // A continued quote is one container, and a long flat list costs no more than its length.
    expect(limitAt('> 集\n'.repeat(5000))).toBeUndefined();
    expect(limitAt('- 集\n'.repeat(5000))).toBeUndefined();
  });

  it('brackets: unclosed `[` and nested images in one paragraph', () => {
    expect(limitAt('['.repeat(100_000))).toEqual([1, 'More than 32 unclosed [ in one paragraph ']);
    expect(limitAt(`${'!['.repeat(33)}x${'](u)'.repeat(33)}`)?.[1]).toBe(
      'More than 32 unclosed [ in one paragraph ',
    );
    expect(limitAt(`${'['.repeat(32)}\n\n${'['.repeat(32)}`)).toBeUndefined();
    expect(limitAt('[链接](https://example.com) '.repeat(2000))).toBeUndefined();
    expect(limitAt('\\['.repeat(100))).toBeUndefined();
  });

  it('emphasis and strikethrough runs in one paragraph, counted per row in a table', () => {
    expect(limitAt('**集'.repeat(62_500))).toEqual([
      1,
      'More than 500 runs of emphasis or strikethrough marks ',
    ]);
    expect(limitAt('~~集'.repeat(501))?.[1]).toBe('More than 500 runs of emphasis or strikethrough marks ');
    expect(limitAt('**集'.repeat(500))).toBeUndefined();
    expect(limitAt(`${'**集**\n\n'.repeat(1000)}`)).toBeUndefined();
    const table = `| 名称 | 说明 |\n| --- | --- |\n${'| **集** | _说明_ |\n'.repeat(1000)}`;
    expect(limitAt(table)).toBeUndefined();
  });

  it('unbroken ASCII: e-mail-like and unclosed-link runs that the parser rescans', () => {
    expect(limitAt(`${'a.'.repeat(30_000)}@`)).toEqual([
      1,
      'More than 2048 ASCII characters in a row without a space',
    ]);
    expect(limitAt('[a]('.repeat(10_000))?.[1]).toBe(
      'More than 2048 ASCII characters in a row without a space',
    );
    expect(limitAt(`https://example.com/${'a'.repeat(2000)} 集`)).toBeUndefined();
  });

  it('skips front matter and fenced code, which are not parsed as Markdown inline', () => {
    const code = `\`\`\`\n${'**x '.repeat(1000)}${'['.repeat(100)}\n\`\`\`\n`;
    expect(limitAt(code)).toBeUndefined();
    const keys = Array.from({ length: 600 }, (_, i) => `key_${i}: x`).join('\n');
    expect(findLimitProblem(`---\n${keys}\n---\n\n正文\n`)).toBeUndefined();
  });
});

describe('loadArticle', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);

  it('turns 3,000 nested quotes into a problem at their line instead of a stack overflow', () => {
    const r = loadArticle('index.md', bytes(`${FRONT_MATTER}\n${'>'.repeat(3000)} 集\n`), {
      timeZone: 'Asia/Shanghai',
    });
    expect(r).toMatchObject({ ok: false, line: FRONT_MATTER.split('\n').length + 1 });
  });

  it('parses an article within the limits', () => {
    const r = loadArticle('index.md', bytes(`${FRONT_MATTER}\n> 引用\n\n- 列表\n`), {
      timeZone: 'Asia/Shanghai',
    });
    expect(r.ok && r.article.frontMatter.problems).toEqual([]);
  });
});
