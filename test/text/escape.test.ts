import { describe, expect, it } from 'vitest';
import {
  codeSpan,
  escapeHtml,
  escapeRegExp,
  linkUrl,
  login,
  markdownLink,
  markdownText,
  plainText,
  tableCell,
  tableCode,
  terminalText,
} from '../../src/text/escape.js';
import { HOSTILE, liveConstructs, parseMarkdown, visibleText } from '../github/markdown-probe.js';

/** What a reader should still see of a hostile string: its text, controls shown as symbols, on one line. */
const readable = (s: string) => terminalText(s).trim();

function onlyNode(markdown: string) {
  const root = parseMarkdown(markdown);
  expect(root.children).toHaveLength(1);
  return root.children[0]!;
}

describe('terminalText', () => {
  it('shows control characters as symbols and never starts a new line', () => {
    expect(terminalText('\u001b[31m红\u001b[0m')).toBe('␛[31m红␛[0m');
    expect(terminalText('a\nb\r\nc\rd\u2028e')).toBe('a b c d e');
    expect(terminalText('bell\u0007 del\u007f c1\u0085 rlo\u202e')).toBe('bell␇ del␡ c1\uFFFD rlo\uFFFD');
    expect(terminalText('a\tb')).toBe('a b');
    expect(terminalText('a\nb\r\n\u001b', { multiline: true })).toBe('a\nb\n␛');
    for (const s of HOSTILE) expect(terminalText(s)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
  });
});

describe('plainText', () => {
  it('breaks mentions, references and autolinks invisibly', () => {
    const out = plainText('@alice @acme/gm #12 GH-3 gh-4 https://x.example www.y.example a@b.example');
    expect(out).not.toMatch(/@[A-Za-z0-9]|#\d|GH-\d|:\/\/|www\./i);
    expect(out.replace(/\u200B/g, '')).toBe(
      '@alice @acme/gm #12 GH-3 gh-4 https://x.example www.y.example a@b.example',
    );
  });
});

describe('markdownText', () => {
  for (const hostile of HOSTILE) {
    it(`renders ${JSON.stringify(hostile)} as plain text in a paragraph, a list item and a table cell`, () => {
      const text = markdownText(hostile);
      expect(text).not.toMatch(/[\n\r]/);
      expect(liveConstructs(text)).toEqual([]);
      expect(visibleText(text).trim()).toBe(readable(hostile));
      const paragraph = onlyNode(text);
      expect(paragraph.type).toBe('paragraph');
      // Only plain text inside: no emphasis, code, HTML, link or break of any kind.
      expect('children' in paragraph && paragraph.children.every((c) => c.type === 'text')).toBe(true);

      const item = onlyNode(`- ${text}`);
      expect(item.type).toBe('list');
      expect(liveConstructs(`- ${text}`)).toEqual([]);

      const table = `| 列 |\n| --- |\n| ${tableCell(hostile)} |`;
      const node = onlyNode(table);
      expect(node.type).toBe('table');
      if (node.type !== 'table') return;
      expect(node.children).toHaveLength(2);
      expect(node.children[1]!.children).toHaveLength(1);
      expect(liveConstructs(table)).toEqual([]);
      expect(visibleText(table).slice('列'.length).trim()).toBe(readable(hostile));
    });
  }

  it('escapes what GitHub renders beyond CommonMark: math and entities', () => {
    expect(markdownText('$x$ &amp;')).toBe('\\$x\\$ \\&amp;');
  });
});

describe('codeSpan and tableCode', () => {
  for (const hostile of [...HOSTILE, '`', '``a``', ' a ', '   ', '', '` a `', 'x|y']) {
    it(`keeps ${JSON.stringify(hostile)} inside one code span`, () => {
      const node = onlyNode(codeSpan(hostile));
      expect(node.type).toBe('paragraph');
      if (node.type !== 'paragraph') return;
      expect(node.children).toHaveLength(1);
      expect(node.children[0]).toMatchObject({
        type: 'inlineCode',
        value: hostile === '' ? ' ' : terminalText(hostile),
      });

      const table = onlyNode(`| 列 | 二 |\n| --- | --- |\n| ${tableCode(hostile)} | 尾 |`);
      expect(table.type).toBe('table');
      if (table.type !== 'table') return;
      const [cell, tail] = table.children[1]!.children;
      expect(cell!.children).toMatchObject([
        { type: 'inlineCode', value: hostile === '' ? ' ' : terminalText(hostile) },
      ]);
      expect(tail!.children).toMatchObject([{ type: 'text', value: '尾' }]);
    });
  }

  it('shows a login as code, never as a mention', () => {
    expect(login('alice')).toBe('`@alice`');
    expect(login('@dave')).toBe('`@dave`');
    expect(liveConstructs(`已批准：${login('dave')}`)).toEqual([]);
  });
});

describe('links', () => {
  it('accepts only http(s) destinations and encodes what would end them', () => {
    expect(linkUrl('https://github.example/o/r/actions/runs/1')).toBe(
      'https://github.example/o/r/actions/runs/1',
    );
    expect(linkUrl('https://x.example/a(b) "c"')).toBe('https://x.example/a%28b%29%20%22c%22');
    expect(linkUrl('javascript:alert(1)')).toBeUndefined();
    expect(linkUrl('data:image/png;base64,AAAA')).toBeUndefined();
    expect(linkUrl('not a url')).toBeUndefined();
  });

  it('writes one link whose text cannot break out of it', () => {
    const md = markdownLink('运行记录](https://evil.example) ![x](y)', 'https://ok.example/run(1)');
    const node = onlyNode(md);
    expect(node.type).toBe('paragraph');
    if (node.type !== 'paragraph') return;
    expect(node.children).toHaveLength(1);
    expect(node.children[0]).toMatchObject({ type: 'link', url: 'https://ok.example/run%281%29' });
    expect(liveConstructs(md, { links: ['https://ok.example/run%281%29'] })).toEqual([]);
    expect(liveConstructs(markdownLink('点我', 'javascript:alert(1)'))).toEqual([]);
  });
});

describe('escapeHtml', () => {
  it('turns every character that could open a tag, a reference or end a quoted attribute into a reference', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')"> & co`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&apos;1&apos;)&quot;&gt; &amp; co',
    );
    expect(escapeHtml('澜川集团 2026')).toBe('澜川集团 2026');
  });
});

describe('escapeRegExp', () => {
  it('makes a string match only itself', () => {
    const special = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';
    const regex = new RegExp(`^${escapeRegExp(special)}$`);
    expect(regex.test(special)).toBe(true);
    expect(regex.test(special.replace('.', 'X'))).toBe(false);
  });
});
