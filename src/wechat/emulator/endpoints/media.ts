/**
 * media/uploadimg (content images), material/add_material (covers and other permanent material), media/upload.
 * As in production, an image upload is judged first by its file name's extension (40113 for one not taken, 40137
 * when the bytes are not that type), then by its bytes and size.
 */
import { formatOfName, IMAGE_CONTENT_TYPE, type ImageFormat, sniffImage } from '../../image-type.js';
import { ApiError } from '../api-error.js';
import type { Part } from '../multipart.js';
import type { MediaRecord } from '../store.js';
import { type Ctx, type Handler, randomId } from './common.js';

function mediaPart(ctx: Ctx): Part {
  const part = ctx.parts?.find((p) => p.name === 'media');
  if (!part || part.data.length === 0) throw new ApiError(41005);
  return part;
}

function storeImage(ctx: Ctx, data: Buffer, format: ImageFormat): { key: string; url: string } {
  const key = randomId(24);
  ctx.store.putBlob(key, data, IMAGE_CONTENT_TYPE[format], format);
  // The shape of mmbiz.qpic.cn URLs (`/mmbiz_png/<id>/0?wx_fmt=png`), served by the emulator itself.
  const fmt = format === 'jpeg' ? 'jpg' : format;
  return { key, url: `${ctx.baseUrl}/mmbiz_${fmt}/${key}/0?wx_fmt=${format}` };
}

/**
 * The image type an upload may be by its name (`allowed`), checked against its bytes: an extension not allowed is
 * 40113, bytes that are not what the extension says 40137. A part without a file name is judged by its bytes.
 */
function namedImage(part: Part, allowed: readonly ImageFormat[]): ImageFormat | undefined {
  const format = sniffImage(part.data);
  if (part.filename === undefined) return format;
  const named = formatOfName(part.filename);
  if (named === undefined || !allowed.includes(named)) throw new ApiError(40113);
  if (format !== named) throw new ApiError(40137);
  return format;
}

export const uploadimg: Handler = (ctx) => {
  const part = mediaPart(ctx);
  const format = namedImage(part, ['png', 'jpeg']);
  if (format !== 'png' && format !== 'jpeg') throw new ApiError(40005);
  if (part.data.length >= ctx.store.config.limits.contentImageBytes) throw new ApiError(40009);
  const { key, url } = storeImage(ctx, part.data, format);
  const record: MediaRecord = {
    appid: ctx.account.appid,
    kind: 'content',
    createdAt: ctx.now,
    url,
    blob: key,
  };
  if (part.filename !== undefined) record.filename = part.filename;
  ctx.store.data.media[`content:${key}`] = record;
  return { url };
};

export const addMaterial: Handler = (ctx) => {
  const type = ctx.query.get('type');
  if (type !== 'image' && type !== 'thumb' && type !== 'voice' && type !== 'video') throw new ApiError(40004);
  const part = mediaPart(ctx);
  const limits = ctx.store.config.limits;
  const mediaId = randomId(48); // 64 characters, like real material ids
  const record: MediaRecord = { appid: ctx.account.appid, kind: type, createdAt: ctx.now };
  if (part.filename !== undefined) record.filename = part.filename;
  let url = '';
  if (type === 'image' || type === 'thumb') {
    const format = namedImage(part, ['png', 'jpeg', 'gif', 'bmp']);
    if (format === undefined || (type === 'thumb' && format !== 'jpeg')) throw new ApiError(40005);
    if (type === 'thumb' && part.data.length > limits.thumbBytes) throw new ApiError(40012);
    if (type === 'image' && part.data.length > limits.materialImageBytes) throw new ApiError(40009);
    const stored = storeImage(ctx, part.data, format);
    record.blob = stored.key;
    record.url = stored.url;
    url = stored.url;
  } else if (part.data.length > (type === 'voice' ? 2 : 10) * 1024 * 1024) {
    throw new ApiError(40006);
  }
  ctx.store.data.media[mediaId] = record;
  return type === 'image' ? { media_id: mediaId, url, item: [] } : { media_id: mediaId, url };
};

export const uploadTemp: Handler = (ctx) => {
  const type = ctx.query.get('type');
  if (type !== 'image' && type !== 'thumb' && type !== 'voice' && type !== 'video') throw new ApiError(40004);
  const part = mediaPart(ctx);
  const mediaId = randomId(48);
  const record: MediaRecord = {
    appid: ctx.account.appid,
    kind: 'temp',
    createdAt: ctx.now,
    expiresAt: ctx.now + 3 * 86_400_000,
  };
  if (type === 'image' || type === 'thumb') {
    const format = sniffImage(part.data);
    if (format === undefined) throw new ApiError(40005);
    const stored = storeImage(ctx, part.data, format);
    record.blob = stored.key;
    record.url = stored.url;
  }
  ctx.store.data.media[mediaId] = record;
  return { type, media_id: mediaId, created_at: Math.floor(ctx.now / 1000) };
};
