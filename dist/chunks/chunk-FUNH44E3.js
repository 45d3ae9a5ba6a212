#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);

// src/article/image-header.ts
var IMAGE_HEAD_BYTES = 256 * 1024;
function readImageFacts(head, bytes) {
  const format = imageFormatOf(head);
  const complete = head.length >= bytes;
  const size = sizeOf(format, head, complete);
  if (size === "unknown") return { bytes, format };
  if (size === void 0) return isAccepted(format) ? { bytes, format, corrupt: true } : { bytes, format };
  return { bytes, format, width: size.width, height: size.height };
}
function isAccepted(format) {
  return format === "jpeg" || format === "png" || format === "gif" || format === "bmp";
}
function imageFormatOf(b) {
  const at = (offset, ...values) => values.every((v, i) => b[offset + i] === v);
  const ascii = (offset, text) => at(offset, ...[...text].map((c) => c.charCodeAt(0)));
  if (at(0, 255, 216, 255)) return "jpeg";
  if (at(0, 137, 80, 78, 71, 13, 10, 26, 10)) return "png";
  if (ascii(0, "GIF87a") || ascii(0, "GIF89a")) return "gif";
  if (ascii(0, "BM")) return "bmp";
  if (ascii(0, "RIFF") && ascii(8, "WEBP")) return "webp";
  if (at(0, 73, 73, 42, 0) || at(0, 77, 77, 0, 42)) return "tiff";
  if (ascii(4, "ftyp")) {
    const brand = String.fromCharCode(...b.subarray(8, 12));
    if (brand === "avif" || brand === "avis") return "avif";
    if (/^(heic|heix|hevc|mif1|msf1)$/.test(brand)) return "heic";
  }
  if (at(0, 0, 0, 1, 0)) return "ico";
  if (ascii(0, "%PDF")) return "pdf";
  const start = new TextDecoder("utf-8", { fatal: false }).decode(b.subarray(0, 1024)).trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(start)) return "svg";
  if (looksLikeText(b.subarray(0, 1024))) return "text";
  return "unknown";
}
function looksLikeText(b) {
  if (b.length === 0) return true;
  for (const byte of b) if (byte < 9 || byte > 13 && byte < 32 && byte !== 27) return false;
  return new TextDecoder("utf-8", { fatal: false }).decode(b).includes("�") === false;
}
function sizeOf(format, b, complete) {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const valid = (width, height) => width > 0 && height > 0 ? { width, height } : void 0;
  switch (format) {
    case "png":
      if (b.length < 24 || String.fromCharCode(...b.subarray(12, 16)) !== "IHDR") return void 0;
      return valid(view.getUint32(16), view.getUint32(20));
    case "gif":
      return b.length < 10 ? void 0 : valid(view.getUint16(6, true), view.getUint16(8, true));
    case "bmp":
      if (b.length < 26 || view.getUint32(14, true) < 40) return void 0;
      return valid(view.getInt32(18, true), Math.abs(view.getInt32(22, true)));
    case "jpeg":
      return jpegSize(b, view, complete);
    default:
      return "unknown";
  }
}
function jpegSize(b, view, complete) {
  let offset = 2;
  while (offset + 4 <= b.length) {
    if (b[offset] !== 255) return void 0;
    const marker = b[offset + 1];
    if (marker === 255) {
      offset += 1;
      continue;
    }
    if (marker === 217 || marker === 218) return void 0;
    const length = view.getUint16(offset + 2);
    if (length < 2) return void 0;
    const isFrame = marker >= 192 && marker <= 207 && marker !== 196 && marker !== 200 && marker !== 204;
    if (isFrame) {
      if (offset + 9 > b.length) break;
      const height = view.getUint16(offset + 5);
      const width = view.getUint16(offset + 7);
      return width > 0 && height > 0 ? { width, height } : void 0;
    }
    offset += 2 + length;
  }
  return complete ? void 0 : "unknown";
}

export {
  IMAGE_HEAD_BYTES,
  readImageFacts,
  isAccepted,
  imageFormatOf
};
