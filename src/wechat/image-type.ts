/**
 * Image types by their first bytes. WeChat's production servers judge an upload by its file NAME's extension
 * (40113 "unsupported file type hint" for an extension they do not take, 40137 "invalid image format hint" when
 * the bytes are not what the extension says), so the client names every upload after what its bytes are, never
 * after the article's file name; the emulator checks both, as production does.
 */
import { type AcceptedFormat, imageFormatOf, isAccepted } from '../article/image-header.js';

export type ImageFormat = AcceptedFormat;

/** The type of an upload WeChat takes, by its bytes (the check reads the same magic numbers); else undefined. */
export function sniffImage(data: Uint8Array): ImageFormat | undefined {
  const format = imageFormatOf(data);
  return isAccepted(format) ? format : undefined;
}

export const IMAGE_CONTENT_TYPE: Record<ImageFormat, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  bmp: 'image/bmp',
};

/** The file-name extension WeChat expects for each type. */
export const IMAGE_EXTENSION: Record<ImageFormat, string> = {
  png: 'png',
  jpeg: 'jpg',
  gif: 'gif',
  bmp: 'bmp',
};

/** The image type a file name's extension claims (jpg and jpeg alike); undefined for any other extension. */
export function formatOfName(filename: string): ImageFormat | undefined {
  const ext = /\.([A-Za-z]+)$/.exec(filename)?.[1]?.toLowerCase();
  if (ext === 'jpg' || ext === 'jpeg') return 'jpeg';
  return ext === 'png' || ext === 'gif' || ext === 'bmp' ? ext : undefined;
}

/**
 * The name and type an upload goes under: `image.<ext>` of what the bytes are. Bytes of no known image type keep
 * the caller's name (only its last path segment), so that WeChat's answer names the real problem.
 */
export function uploadName(bytes: Uint8Array, filename: string): { name: string; type: string } {
  const format = sniffImage(bytes);
  if (format) return { name: `image.${IMAGE_EXTENSION[format]}`, type: IMAGE_CONTENT_TYPE[format] };
  return { name: filename.split(/[\\/]/).pop() || 'image', type: 'application/octet-stream' };
}
