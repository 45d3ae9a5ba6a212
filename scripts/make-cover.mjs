#!/usr/bin/env node
// Writes a 900×383 PNG cover (the 2.35:1 ratio WeChat crops covers to) for an article.
// Usage: node scripts/make-cover.mjs <out.png> "<title>"
//
// The design (two-colour gradient, soft diagonal bands, a few rings and a stripe of blocks) is seeded by the
// title, so every article gets a different, reproducible cover without any image library: the PNG encoder below
// uses only node:zlib. Colours are quantised so smooth areas compress well and each file stays well under 60 KB.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';

export const WIDTH = 900;
export const HEIGHT = 383;

// ---------------------------------------------------------------------------------------------------------------
// PNG encoding (RFC 2083 / ISO 15948): signature, IHDR, IDAT (zlib of filtered scanlines), IEND.

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes) {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

/**
 * Encodes 8-bit RGB pixels (width × height × 3 bytes, row-major) as a PNG.
 * Each scanline gets the filter with the smallest sum of absolute values (the libpng heuristic).
 */
export function encodePng(width, height, rgb) {
  const stride = width * 3;
  const raw = Buffer.alloc((stride + 1) * height);
  const candidate = Buffer.alloc(stride);
  const best = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const row = y * stride;
    const prev = row - stride;
    let bestFilter = 0;
    let bestScore = Number.POSITIVE_INFINITY;
    for (let filter = 0; filter <= 4; filter++) {
      let score = 0;
      for (let x = 0; x < stride; x++) {
        const cur = rgb[row + x];
        const a = x >= 3 ? rgb[row + x - 3] : 0;
        const b = y > 0 ? rgb[prev + x] : 0;
        const c = x >= 3 && y > 0 ? rgb[prev + x - 3] : 0;
        let v;
        if (filter === 0) v = cur;
        else if (filter === 1) v = cur - a;
        else if (filter === 2) v = cur - b;
        else if (filter === 3) v = cur - ((a + b) >> 1);
        else v = cur - paeth(a, b, c);
        v &= 0xff;
        candidate[x] = v;
        score += v < 128 ? v : 256 - v;
      }
      if (score < bestScore) {
        bestScore = score;
        bestFilter = filter;
        candidate.copy(best);
      }
    }
    const at = y * (stride + 1);
    raw[at] = bestFilter;
    best.copy(raw, at + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: truecolour RGB
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method: adaptive
  ihdr[12] = 0; // no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9, memLevel: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------------------------------------------
// Design, seeded by the title.

/** FNV-1a over the UTF-8 bytes of the title. */
function hashTitle(title) {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(title, 'utf8')) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** mulberry32: a small deterministic PRNG returning floats in [0, 1). */
function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hslToRgb(h, s, l) {
  const hue = ((h % 360) + 360) % 360;
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((hue / 60) % 2) - 1));
  const m = l - c / 2;
  const [r, g, b] =
    hue < 60
      ? [c, x, 0]
      : hue < 120
        ? [x, c, 0]
        : hue < 180
          ? [0, c, x]
          : hue < 240
            ? [0, x, c]
            : hue < 300
              ? [x, 0, c]
              : [c, 0, x];
  return [(r + m) * 255, (g + m) * 255, (b + m) * 255];
}

const clamp01 = (v) => Math.max(0, Math.min(1, v));
const quantise = (v, step) => Math.max(0, Math.min(255, Math.round(v / step) * step));
const smooth = (edge0, edge1, v) => {
  const t = clamp01((v - edge0) / (edge1 - edge0));
  return t * t * (3 - 2 * t);
};

const GRADIENT_LEVELS = 48;

/**
 * Renders the cover for `title` and returns RGB bytes. Every channel is rounded to a multiple of `step`: a step of
 * 4 is invisible on a phone screen but cuts the file size by about a third.
 */
export function renderCover(title, step = 4, width = WIDTH, height = HEIGHT) {
  const rand = prng(hashTitle(title));
  const hue = rand() * 360;
  const from = hslToRgb(hue, 0.55 + rand() * 0.25, 0.3 + rand() * 0.1);
  const to = hslToRgb(hue + 35 + rand() * 90, 0.5 + rand() * 0.3, 0.55 + rand() * 0.12);
  const accent = hslToRgb(hue + 180 + rand() * 40, 0.65, 0.82);

  // Gradient direction.
  const angle = rand() * Math.PI;
  const gx = Math.cos(angle);
  const gy = Math.sin(angle);
  const span = Math.abs(gx) * width + Math.abs(gy) * height;
  const g0 = Math.min(0, gx * width) + Math.min(0, gy * height);

  // Diagonal bands: position along a second direction, width and opacity.
  const bandAngle = Math.PI / 6 + rand() * (Math.PI / 3);
  const bx = Math.cos(bandAngle);
  const by = Math.sin(bandAngle);
  const bands = [];
  const bandCount = 3 + Math.floor(rand() * 3);
  for (let i = 0; i < bandCount; i++) {
    bands.push({
      at: (rand() - 0.1) * (width + height),
      half: 14 + rand() * 60,
      alpha: 0.08 + rand() * 0.14,
    });
  }

  // Rings.
  const rings = [];
  const ringCount = 2 + Math.floor(rand() * 2);
  for (let i = 0; i < ringCount; i++) {
    rings.push({
      cx: width * (0.55 + rand() * 0.4),
      cy: height * rand(),
      r: 40 + rand() * 130,
      w: 3 + rand() * 8,
      alpha: 0.18 + rand() * 0.2,
    });
  }

  // A stripe of blocks along the bottom left, its pattern taken from the title's hash bits.
  const bits = hashTitle(`${title}#blocks`);
  const blockSize = 18;
  const blockGap = 6;
  const blockTop = height - 62;
  const blockLeft = 56;

  const rgb = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const t = Math.round(clamp01((gx * x + gy * y - g0) / span) * GRADIENT_LEVELS) / GRADIENT_LEVELS;
      let r = from[0] + (to[0] - from[0]) * t;
      let g = from[1] + (to[1] - from[1]) * t;
      let b = from[2] + (to[2] - from[2]) * t;

      const along = bx * x + by * y;
      for (const band of bands) {
        const d = Math.abs(along - band.at);
        const a = band.alpha * (1 - smooth(band.half - 1.5, band.half + 1.5, d));
        if (a > 0) {
          r += (255 - r) * a;
          g += (255 - g) * a;
          b += (255 - b) * a;
        }
      }
      for (const ring of rings) {
        const d = Math.abs(Math.hypot(x - ring.cx, y - ring.cy) - ring.r);
        const a = ring.alpha * (1 - smooth(ring.w - 1, ring.w + 1, d));
        if (a > 0) {
          r += (accent[0] - r) * a;
          g += (accent[1] - g) * a;
          b += (accent[2] - b) * a;
        }
      }
      // Title bar: a darker translucent strip across the lower third, then the block pattern on it.
      if (y >= height - 96 && y < height - 24) {
        r *= 0.72;
        g *= 0.72;
        b *= 0.72;
        const col = Math.floor((x - blockLeft) / (blockSize + blockGap));
        const inX = (x - blockLeft) % (blockSize + blockGap);
        const inY = y - blockTop;
        if (col >= 0 && col < 16 && inX < blockSize && inY >= 0 && inY < blockSize) {
          const on = (bits >>> (col * 2)) & 3;
          const a = on === 0 ? 0.25 : on === 3 ? 0.95 : 0.6;
          r += (accent[0] - r) * a;
          g += (accent[1] - g) * a;
          b += (accent[2] - b) * a;
        }
      }
      const i = (y * width + x) * 3;
      rgb[i] = quantise(r, step);
      rgb[i + 1] = quantise(g, step);
      rgb[i + 2] = quantise(b, step);
    }
  }
  return rgb;
}

/** Files above this size are re-rendered with coarser colour steps (we keep covers under 60 KB). */
export const MAX_BYTES = 58 * 1024;

export function makeCover(outPath, title) {
  let png;
  for (const step of [4, 6, 8, 12]) {
    png = encodePng(WIDTH, HEIGHT, renderCover(title, step));
    if (png.length <= MAX_BYTES) break;
  }
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, png);
  return png.length;
}

const isMain =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const [outPath, title] = process.argv.slice(2);
  if (!outPath || !title) {
    process.stderr.write('usage: node scripts/make-cover.mjs <out.png> "<title>"\n');
    process.exit(2);
  }
  const bytes = makeCover(outPath, title);
  process.stdout.write(`${outPath}: ${WIDTH}×${HEIGHT} PNG, ${bytes} bytes\n`);
}
