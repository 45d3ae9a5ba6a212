/**
 * What an image file really is, read from its first bytes (magic numbers), never from its name: WeChat sniffs the
 * bytes too, so `photo.jpg` holding a WebP or a text file is refused at upload (errcode 40005) whatever it is
 * called. Pure: the loader reads the first bytes and the size through the shared safe reader
 * (src/platform/files.ts) and hands them here. A minimal reader of five header layouts is kept instead of an
 * image library because wxgate needs only the format and the pixel size, never the pixels.
 */

/** Formats WeChat accepts somewhere (body images: jpeg, png; covers: also gif and bmp). */
export type AcceptedFormat = 'jpeg' | 'png' | 'gif' | 'bmp';
/** Recognised formats WeChat refuses everywhere, and what is not an image at all. */
export type RefusedFormat = 'webp' | 'svg' | 'tiff' | 'heic' | 'avif' | 'ico' | 'pdf' | 'text' | 'unknown';
export type ImageFormat = AcceptedFormat | RefusedFormat;

export interface ImageFacts {
  /** The file's full size in bytes. */
  bytes: number;
  format: ImageFormat;
  /** Pixel size of an accepted format; absent when the header is broken (`corrupt`) or was not in the head read. */
  width?: number;
  height?: number;
  /** An accepted format whose header is broken or cut short: WeChat cannot decode it. */
  corrupt?: boolean;
}

/**
 * How many leading bytes the loader reads. JPEG puts its size after the metadata segments (EXIF, ICC profile,
 * XMP: up to 64 KB each), so the head is generous; a JPEG whose size lies beyond it is reported without one.
 */
export const IMAGE_HEAD_BYTES = 256 * 1024;

export function readImageFacts(head: Uint8Array, bytes: number): ImageFacts {
  const format = imageFormatOf(head);
  const complete = head.length >= bytes;
  const size = sizeOf(format, head, complete);
  if (size === 'unknown') return { bytes, format };
  if (size === undefined) return isAccepted(format) ? { bytes, format, corrupt: true } : { bytes, format };
  return { bytes, format, width: size.width, height: size.height };
}

export function isAccepted(format: ImageFormat): format is AcceptedFormat {
  return format === 'jpeg' || format === 'png' || format === 'gif' || format === 'bmp';
}

/** What the first bytes say the file is (magic numbers; SVG and text by their first kilobyte). */
export function imageFormatOf(b: Uint8Array): ImageFormat {
  const at = (offset: number, ...values: number[]) => values.every((v, i) => b[offset + i] === v);
  const ascii = (offset: number, text: string) => at(offset, ...[...text].map((c) => c.charCodeAt(0)));
  if (at(0, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (ascii(0, 'GIF87a') || ascii(0, 'GIF89a')) return 'gif';
  if (ascii(0, 'BM')) return 'bmp';
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'webp';
  if (at(0, 0x49, 0x49, 0x2a, 0x00) || at(0, 0x4d, 0x4d, 0x00, 0x2a)) return 'tiff';
  if (ascii(4, 'ftyp')) {
    const brand = String.fromCharCode(...b.subarray(8, 12));
    if (brand === 'avif' || brand === 'avis') return 'avif';
    if (/^(heic|heix|hevc|mif1|msf1)$/.test(brand)) return 'heic';
  }
  if (at(0, 0x00, 0x00, 0x01, 0x00)) return 'ico';
  if (ascii(0, '%PDF')) return 'pdf';
  const start = new TextDecoder('utf-8', { fatal: false }).decode(b.subarray(0, 1024)).trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(start)) return 'svg';
  if (looksLikeText(b.subarray(0, 1024))) return 'text';
  return 'unknown';
}

function looksLikeText(b: Uint8Array): boolean {
  if (b.length === 0) return true;
  for (const byte of b) if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) return false;
  return new TextDecoder('utf-8', { fatal: false }).decode(b).includes('\uFFFD') === false;
}

type Size = { width: number; height: number };

/** undefined: the header is broken; 'unknown': fine so far, but the size is past the bytes read. */
function sizeOf(format: ImageFormat, b: Uint8Array, complete: boolean): Size | undefined | 'unknown' {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const valid = (width: number, height: number) => (width > 0 && height > 0 ? { width, height } : undefined);
  switch (format) {
    case 'png':
      // The IHDR chunk must come first: length 13, type "IHDR", then width and height (big-endian).
      if (b.length < 24 || String.fromCharCode(...b.subarray(12, 16)) !== 'IHDR') return undefined;
      return valid(view.getUint32(16), view.getUint32(20));
    case 'gif':
      return b.length < 10 ? undefined : valid(view.getUint16(6, true), view.getUint16(8, true));
    case 'bmp':
      // BITMAPINFOHEADER (or later): a negative height is a top-down bitmap.
      if (b.length < 26 || view.getUint32(14, true) < 40) return undefined;
      return valid(view.getInt32(18, true), Math.abs(view.getInt32(22, true)));
    case 'jpeg':
      return jpegSize(b, view, complete);
    default:
      return 'unknown';
  }
}

/** Walks the marker segments to the first start-of-frame (baseline, progressive, lossless…), which holds the size. */
function jpegSize(b: Uint8Array, view: DataView, complete: boolean): Size | undefined | 'unknown' {
  let offset = 2;
  while (offset + 4 <= b.length) {
    if (b[offset] !== 0xff) return undefined;
    const marker = b[offset + 1]!;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return undefined; // end of image or scan data before any frame header
    const length = view.getUint16(offset + 2);
    if (length < 2) return undefined;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      if (offset + 9 > b.length) break;
      const height = view.getUint16(offset + 5);
      const width = view.getUint16(offset + 7);
      return width > 0 && height > 0 ? { width, height } : undefined;
    }
    offset += 2 + length;
  }
  return complete ? undefined : 'unknown';
}
