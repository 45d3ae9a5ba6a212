import type { LocalizedText } from '../text/vocabulary.js';

/** wxgate refuses files WeChat would also choke on, and files that are not articles at all. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

export type Decoded = { ok: true; text: string } | { ok: false; line: number; problem: LocalizedText };

/** Turns raw bytes into article text, or says exactly why the file cannot be an article. */
export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_ARTICLE_BYTES) return { ok: false, line: 1, problem: tooLarge(bytes.length) };
  const utf16 = utf16Order(bytes);
  if (utf16) {
    const order =
      utf16 === 'utf-16le' ? { zh: '小端序', en: 'little-endian' } : { zh: '大端序', en: 'big-endian' };
    return {
      ok: false,
      line: 1,
      problem: {
        zh: `文件是 UTF-16 编码（${order.zh}），不是 UTF-8。请另存为 UTF-8。`,
        en: `File is UTF-16 (${order.en}), not UTF-8. Save it as UTF-8.`,
      },
    };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      ok: false,
      line: lineAtByte(bytes, nul),
      problem: {
        zh: `这是二进制文件（第 ${nul} 字节为 NUL），不是 Markdown 文章。图片等素材请放在文章目录中并在正文引用。`,
        en: `This is a binary file (NUL byte at offset ${nul}), not a Markdown article. Keep images beside index.md and reference them.`,
      },
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      ok: false,
      line: lineAtByte(bytes, at),
      problem: {
        zh: `文件不是有效的 UTF-8 编码（第 ${at} 字节起）。请用 UTF-8 重新保存（GBK 等编码的文件需先转换）。`,
        en: `File is not valid UTF-8 (from byte ${at}). Save it as UTF-8 (convert GBK and other encodings first).`,
      },
    };
  }
  if (text.trim() === '') {
    return {
      ok: false,
      line: 1,
      problem: {
        zh: '文件为空。文章需要 YAML 头信息（title、author、publish_at、cover）和正文。',
        en: 'File is empty. An article needs YAML front matter (title, author, publish_at, cover) and a body.',
      },
    };
  }
  return { ok: true, text };
}

/**
 * Editors on Windows save "Unicode" as UTF-16, with a byte-order mark or without. Without one, UTF-16 shows as NUL
 * bytes (the high byte of every ASCII character: newlines, `---`, `title:`) all on one side of each pair, and the
 * whole file decodes as UTF-16 text; a binary file has NUL bytes on both sides, or does not decode to text.
 */
/** A file of `size` bytes is over MAX_ARTICLE_BYTES. */
export function tooLarge(size: number): LocalizedText {
  return {
    zh: `文件大小 ${size} 字节，超过 1 MB 上限（微信正文须小于 1 MB）。请拆分文章或压缩内容。`,
    en: `File is ${size} bytes, over the 1 MB limit (WeChat bodies must be under 1 MB). Split or shorten the article.`,
  };
}

function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes.length % 2 !== 0) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  // A handful of NULs on one side is chance (a short binary); an article has a line of ASCII front matter at least.
  if ((even === 0) === (odd === 0) || even + odd < 8) return undefined;
  const order = odd > 0 ? 'utf-16le' : 'utf-16be';
  try {
    // Text has lines and no control characters; bytes that merely decode (`a\n\0\x01`) are not an article.
    const text = new TextDecoder(order, { fatal: true }).decode(bytes);
    return text.includes('\n') && !/[\0-\x08\x0b\x0c\x0e-\x1f]/.test(text) ? order : undefined;
  } catch {
    return undefined;
  }
}

function lineAtByte(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Byte offset of the first malformed UTF-8 sequence (overlong forms and surrogates included). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const extra =
      c < 0x80
        ? 0
        : c >= 0xc2 && c <= 0xdf
          ? 1
          : c >= 0xe0 && c <= 0xef
            ? 2
            : c >= 0xf0 && c <= 0xf4
              ? 3
              : -1;
    if (extra < 0) return i;
    for (let k = 1; k <= extra; k++) if (i + k >= b.length || (b[i + k]! & 0xc0) !== 0x80) return i;
    const next = b[i + 1] ?? 0;
    if ((c === 0xe0 && next < 0xa0) || (c === 0xed && next > 0x9f)) return i;
    if ((c === 0xf0 && next < 0x90) || (c === 0xf4 && next > 0x8f)) return i;
    i += extra + 1;
  }
  return b.length;
}
