import { deflateSync } from 'node:zlib';

/**
 * A real PNG (RFC 2083) without an image library: the cover placeholder `wxgate new` puts beside an article. It is
 * 900×383, the 2.35:1 ratio WeChat crops covers to, a light grey field with a darker frame, so nobody mistakes it
 * for a finished cover, and it is a few hundred bytes because flat colour compresses to almost nothing.
 */
export const COVER_WIDTH = 900;
export const COVER_HEIGHT = 383;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An RGB PNG of the given size, each pixel coloured by `colour(x, y)`. */
export function encodePng(width: number, height: number, colour: (x: number, y: number) => number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, truecolour, deflate, adaptive filtering, no interlace
  const row = 1 + width * 3;
  const raw = Buffer.alloc(row * height);
  for (let y = 0; y < height; y++) {
    raw[y * row] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const rgb = colour(x, y);
      raw.set([(rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff], y * row + 1 + x * 3);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** The placeholder cover: grey with a 12-pixel frame. */
export function placeholderCover(): Buffer {
  const frame = 12;
  return encodePng(COVER_WIDTH, COVER_HEIGHT, (x, y) =>
    x < frame || y < frame || x >= COVER_WIDTH - frame || y >= COVER_HEIGHT - frame ? 0xb0b4ba : 0xe6e8eb,
  );
}
