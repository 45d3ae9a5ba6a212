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
