import { describe, expect, it } from 'vitest';
import { decodeArticle, MAX_ARTICLE_BYTES } from '../../src/article/decode.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeArticle', () => {
  it('decodes UTF-8 text and drops a leading BOM', () => {
    expect(decodeArticle(bytes('\uFEFF---\ntitle: 标题\n---\n'))).toEqual({
      ok: true,
      text: '---\ntitle: 标题\n---\n',
    });
  });

  it('rejects an empty or blank file', () => {
    for (const input of ['', '  \n\n\t']) {
      const r = decodeArticle(bytes(input));
      expect(r).toMatchObject({ ok: false, line: 1 });
      if (!r.ok) expect(r.problem.zh).toContain('文件为空');
    }
  });

  it('rejects a binary file, pointing at the line of the first NUL byte', () => {
    const r = decodeArticle(Uint8Array.from([0x61, 0x0a, 0x62, 0x0a, 0x00, 0x01]));
    expect(r).toMatchObject({ ok: false, line: 3 });
    if (!r.ok)
      expect(r.problem.en).toBe(
        'This is a binary file (NUL byte at offset 4), not a Markdown article. Keep images beside index.md and reference them.',
      );
  });

  it('rejects invalid UTF-8 (a GBK file) with the byte offset and line', () => {
    // "标题" in GBK is B1 EA CC E2.
    const r = decodeArticle(Uint8Array.from([...bytes('---\ntitle: '), 0xb1, 0xea, 0xcc, 0xe2, 0x0a]));
    expect(r).toMatchObject({ ok: false, line: 2 });
    if (!r.ok)
      expect(r.problem.zh).toBe(
        '文件不是有效的 UTF-8 编码（第 11 字节起）。请用 UTF-8 重新保存（GBK 等编码的文件需先转换）。',
      );
  });

  it('rejects overlong encodings and UTF-16 surrogates encoded as UTF-8', () => {
    expect(decodeArticle(Uint8Array.from([0x61, 0xc0, 0xaf])).ok).toBe(false);
    expect(decodeArticle(Uint8Array.from([0x61, 0xed, 0xa0, 0x80])).ok).toBe(false);
  });

  it('rejects a file over 1 MB and accepts one at exactly 1 MB', () => {
    const big = new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61);
    const r = decodeArticle(big);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.en).toContain('over the 1 MB limit');
    expect(decodeArticle(new Uint8Array(MAX_ARTICLE_BYTES).fill(0x61)).ok).toBe(true);
  });
});

describe('decodeArticle: UTF-16', () => {
  const article = '---\ntitle: 标题\nauthor: 作者\n---\n\n正文。\n';
  const utf16 = (text: string, order: 'le' | 'be', bom: boolean) => {
    const units = [...(bom ? '\uFEFF' : ''), ...text].flatMap((ch) => {
      const code = ch.charCodeAt(0);
      return order === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
    });
    return Uint8Array.from(units);
  };

  it.each([
    ['le', true, '小端序', 'little-endian'],
    ['le', false, '小端序', 'little-endian'],
    ['be', true, '大端序', 'big-endian'],
    ['be', false, '大端序', 'big-endian'],
  ] as const)('reports UTF-16 %s (BOM: %s) as UTF-16, not as binary', (order, bom, zh, en) => {
    const r = decodeArticle(utf16(article, order, bom));
    expect(r).toEqual({
      ok: false,
      line: 1,
      problem: {
        zh: `文件是 UTF-16 编码（${zh}），不是 UTF-8。请另存为 UTF-8。`,
        en: `File is UTF-16 (${en}), not UTF-8. Save it as UTF-8.`,
      },
    });
  });

  it('still reports a binary file with NUL bytes on both sides of a pair as binary', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const r = decodeArticle(png);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.en).toMatch(/^This is a binary file/);
  });
});
