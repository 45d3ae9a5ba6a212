/**
 * The WeChat endpoints the emulator serves, after the server has authenticated the caller, checked its IP, its
 * quotas and the account's rights (server.ts). Each handler validates its body the way WeChat does and answers
 * WeChat's JSON shapes (reference §5–§8, §12).
 */
import { randomBytes } from 'node:crypto';
import { beijingDate } from '../errcodes.js';
import type { AccountConfig } from './config.js';
import { ERRMSG } from './messages.js';
import { IMAGE_CONTENT_TYPE, type ImageFormat, type Part, sniffImage } from './multipart.js';
import { isExternalLink, sanitizeWeChatContentWithReport } from './sanitize.js';
import type { DraftRecord, MediaRecord, PublicationRecord, Store, StoredArticle } from './store.js';

/** A WeChat error answer. */
export class ApiError extends Error {
  constructor(
    readonly errcode: number,
    readonly errmsg?: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(errmsg ?? ERRMSG[errcode] ?? `errcode ${errcode}`);
  }
}

/** How the next publish job accepted ends (a fault can script it). */
export interface JobScript {
  status: number;
  failIdx?: number[];
  publishSeconds?: number;
}

export interface Ctx {
  store: Store;
  now: number;
  account: AccountConfig;
  query: URLSearchParams;
  /** Parsed JSON body (POST JSON endpoints). */
  body: Record<string, unknown>;
  parts: Part[] | undefined;
  /** http://127.0.0.1:PORT — where the emulator serves images and article pages. */
  baseUrl: string;
  job: JobScript | undefined;
}

export type Handler = (ctx: Ctx) => Record<string, unknown>;

const OK = { errcode: 0, errmsg: 'ok' };

function id(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

function nextNumber(store: Store): number {
  store.data.seq += 1;
  return 2_247_483_647 + store.data.seq;
}

// ── media ───────────────────────────────────────────────────────────────────────────────────────────────────

function mediaPart(ctx: Ctx): Part {
  const part = ctx.parts?.find((p) => p.name === 'media');
  if (!part || part.data.length === 0) throw new ApiError(41005);
  return part;
}

function storeImage(ctx: Ctx, data: Buffer, format: ImageFormat): { key: string; url: string } {
  const key = id(24);
  ctx.store.putBlob(key, data, IMAGE_CONTENT_TYPE[format], format);
  // The shape of mmbiz.qpic.cn URLs (`/mmbiz_png/<id>/0?wx_fmt=png`), served by the emulator itself.
  const fmt = format === 'jpeg' ? 'jpg' : format;
  return { key, url: `${ctx.baseUrl}/mmbiz_${fmt}/${key}/0?wx_fmt=${format}` };
}

const uploadimg: Handler = (ctx) => {
  const part = mediaPart(ctx);
  const format = sniffImage(part.data);
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

const addMaterial: Handler = (ctx) => {
  const type = ctx.query.get('type');
  if (type !== 'image' && type !== 'thumb' && type !== 'voice' && type !== 'video') throw new ApiError(40004);
  const part = mediaPart(ctx);
  const limits = ctx.store.config.limits;
  const mediaId = id(48); // 64 characters, like real material ids
  const record: MediaRecord = { appid: ctx.account.appid, kind: type, createdAt: ctx.now };
  if (part.filename !== undefined) record.filename = part.filename;
  let url = '';
  if (type === 'image' || type === 'thumb') {
    const format = sniffImage(part.data);
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

const uploadTemp: Handler = (ctx) => {
  const type = ctx.query.get('type');
  if (type !== 'image' && type !== 'thumb' && type !== 'voice' && type !== 'video') throw new ApiError(40004);
  const part = mediaPart(ctx);
  const mediaId = id(48);
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

// ── drafts ──────────────────────────────────────────────────────────────────────────────────────────────────

function chars(s: string): number {
  return [...s].length;
}

function str(value: unknown, field: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string')
    throw new ApiError(47001, `${ERRMSG[47001]} hint: [${field} must be a string]`);
  return value;
}

function flag(value: unknown): number {
  return value === 1 || value === '1' || value === true ? 1 : 0;
}

/** The text of HTML, for the default digest (WeChat: the first 54 characters of the body). */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Validates one draft article like draft/add does and returns what WeChat keeps of it. */
function article(ctx: Ctx, input: unknown, single: boolean): StoredArticle {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) throw new ApiError(47001);
  const a = input as Record<string, unknown>;
  const limits = ctx.store.config.limits;
  const type = str(a.article_type, 'article_type') || 'news';
  if (type !== 'news' && type !== 'newspic')
    throw new ApiError(47001, `${ERRMSG[47001]} hint: [article_type]`);
  const title = str(a.title, 'title');
  const author = str(a.author, 'author');
  const digest = str(a.digest, 'digest');
  const content = str(a.content, 'content');
  const source = str(a.content_source_url, 'content_source_url');
  const thumb = str(a.thumb_media_id, 'thumb_media_id');
  if (title === '') throw new ApiError(44003, `${ERRMSG[44003]} hint: [title is empty]`);
  if (chars(title) > limits.title) throw new ApiError(45003);
  if (chars(author) > limits.author) throw new ApiError(45110);
  if (chars(digest) > limits.digest) throw new ApiError(45004);
  if (type === 'news' && content === '')
    throw new ApiError(44003, `${ERRMSG[44003]} hint: [content is empty]`);
  if (chars(content) >= limits.contentChars || Buffer.byteLength(content) >= limits.contentBytes) {
    throw new ApiError(45002);
  }
  if (Buffer.byteLength(source) > limits.sourceUrlBytes) throw new ApiError(45005);
  if (source !== '' && !/^https?:\/\/[^\s]+$/i.test(source)) throw new ApiError(41039);
  let thumbUrl = '';
  if (type === 'news') {
    const media = ctx.store.data.media[thumb];
    const permanentImage =
      media !== undefined &&
      media.appid === ctx.account.appid &&
      (media.kind === 'image' || media.kind === 'thumb');
    if (!permanentImage) throw new ApiError(40007, `${ERRMSG[40007]} hint: [thumb_media_id]`);
    thumbUrl = media.url ?? '';
  } else {
    const list = (a.image_info as { image_list?: { image_media_id?: unknown }[] } | undefined)?.image_list;
    if (!Array.isArray(list) || list.length === 0 || list.length > 20) throw new ApiError(44003);
    for (const item of list) {
      const media = ctx.store.data.media[String(item?.image_media_id ?? '')];
      if (!media || media.appid !== ctx.account.appid || media.kind !== 'image') throw new ApiError(40007);
    }
  }
  const needComment = flag(a.need_open_comment);
  if (needComment === 1 && ctx.account.comments === false) throw new ApiError(88000);

  const report = sanitizeWeChatContentWithReport(content);
  const external = report.removed.filter(isExternalLink);
  const policy = ctx.store.config.externalLinks;
  if (external.length > 0 && policy !== 'strip') {
    throw new ApiError(policy === 'reject-45166' ? 45166 : 40066);
  }
  const kept = report.html;
  return {
    article_type: type,
    title,
    author,
    // Only single-article drafts have a digest; empty means the first 54 characters of the body.
    digest: single ? digest || [...textOf(kept)].slice(0, 54).join('') : '',
    content: kept,
    content_source_url: source,
    thumb_media_id: thumb,
    thumb_url: thumbUrl,
    need_open_comment: needComment,
    only_fans_can_comment: flag(a.only_fans_can_comment),
  };
}

const draftAdd: Handler = (ctx) => {
  const articles = ctx.body.articles;
  if (!Array.isArray(articles) || articles.length === 0) throw new ApiError(44003);
  if (articles.length > ctx.store.config.limits.articles) throw new ApiError(45008);
  const stored = articles.map((a) => article(ctx, a, articles.length === 1));
  const mediaId = id(32); // 43 characters, like real draft ids
  ctx.store.data.drafts[mediaId] = {
    appid: ctx.account.appid,
    media_id: mediaId,
    articles: stored,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    state: 'draft',
  };
  return { media_id: mediaId };
};

/** A draft still in the draft box (not published, not deleted), or 40007. */
function draftInBox(ctx: Ctx, mediaId: unknown, allowPublishing = false): DraftRecord {
  const draft = typeof mediaId === 'string' ? ctx.store.data.drafts[mediaId] : undefined;
  const visible = draft?.state === 'draft' || (allowPublishing && draft?.state === 'publishing');
  if (!draft || draft.appid !== ctx.account.appid || !visible) throw new ApiError(40007);
  return draft;
}

function newsItems(ctx: Ctx, draft: DraftRecord, withContent = true): Record<string, unknown>[] {
  return draft.articles.map((a) => ({
    ...a,
    content: withContent ? a.content : '',
    show_cover_pic: 0,
    url: `${ctx.baseUrl}/s/${draft.media_id}`,
  }));
}

const draftGet: Handler = (ctx) => ({ news_item: newsItems(ctx, draftInBox(ctx, ctx.body.media_id, true)) });

const draftDelete: Handler = (ctx) => {
  const draft = draftInBox(ctx, ctx.body.media_id);
  draft.state = 'deleted';
  draft.updatedAt = ctx.now;
  return OK;
};

const draftUpdate: Handler = (ctx) => {
  const draft = draftInBox(ctx, ctx.body.media_id);
  const index = ctx.body.index;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= draft.articles.length) {
    throw new ApiError(40114);
  }
  const input = ctx.body.articles;
  if (input === null || typeof input !== 'object' || Array.isArray(input)) throw new ApiError(47001);
  draft.articles[index] = article(ctx, input, draft.articles.length === 1);
  draft.updatedAt = ctx.now;
  return OK;
};

function page(ctx: Ctx): { offset: number; count: number; noContent: boolean } {
  const offset = ctx.body.offset ?? 0;
  const count = ctx.body.count ?? 20;
  if (typeof offset !== 'number' || typeof count !== 'number' || offset < 0 || count < 1 || count > 20) {
    throw new ApiError(40002, 'invalid argument');
  }
  return { offset, count, noContent: flag(ctx.body.no_content) === 1 };
}

const draftBatchget: Handler = (ctx) => {
  const { offset, count, noContent } = page(ctx);
  const all = Object.values(ctx.store.data.drafts)
    .filter((d) => d.appid === ctx.account.appid && d.state === 'draft')
    .sort((a, b) => b.updatedAt - a.updatedAt);
  const items = all.slice(offset, offset + count).map((d) => ({
    media_id: d.media_id,
    content: { news_item: newsItems(ctx, d, !noContent) },
    update_time: Math.floor(d.updatedAt / 1000),
  }));
  return { total_count: all.length, item_count: items.length, item: items };
};

const draftCount: Handler = (ctx) => ({
  total_count: Object.values(ctx.store.data.drafts).filter(
    (d) => d.appid === ctx.account.appid && d.state === 'draft',
  ).length,
});

// ── publishing ──────────────────────────────────────────────────────────────────────────────────────────────

/** Ends a publish job whose time has come: success publishes the draft, failure returns it to the draft box. */
export function settle(store: Store, pub: PublicationRecord, now: number, baseUrl: string): void {
  if (pub.status !== 1 || now < pub.readyAt) return;
  const draft = store.data.drafts[pub.media_id];
  pub.status = pub.outcome.status;
  pub.finishedAt = pub.readyAt;
  if (pub.status === 0) {
    pub.article_id = id(32);
    pub.urls = pub.articles.map((_, i) => `${baseUrl}/s/${pub.article_id}${i === 0 ? '' : `?idx=${i + 1}`}`);
    pub.failIdx = [];
    if (draft) draft.state = 'published';
  } else {
    pub.failIdx = pub.outcome.failIdx;
    if (draft) draft.state = 'draft';
  }
}

function publication(ctx: Ctx, publishId: unknown): PublicationRecord {
  const key = typeof publishId === 'number' || typeof publishId === 'string' ? String(publishId) : '';
  const pub = ctx.store.data.publications.find(
    (p) => p.method === 'freepublish' && p.publish_id === key && p.appid === ctx.account.appid,
  );
  if (!pub) throw new ApiError(53502);
  return pub;
}

const submit: Handler = (ctx) => {
  const draft = draftInBox(ctx, ctx.body.media_id);
  const script = ctx.job ?? { status: 0 };
  const publishId = nextNumber(ctx.store);
  const msgDataId = nextNumber(ctx.store);
  const seconds = script.publishSeconds ?? ctx.store.config.publishSeconds;
  draft.state = 'publishing';
  ctx.store.data.publications.push({
    method: 'freepublish',
    appid: ctx.account.appid,
    media_id: draft.media_id,
    publish_id: String(publishId),
    msg_id: null,
    msg_data_id: String(msgDataId),
    article_id: null,
    title: draft.articles[0]?.title ?? '',
    titles: draft.articles.map((a) => a.title),
    status: 1,
    deleted: false,
    submittedAt: ctx.now,
    readyAt: ctx.now + seconds * 1000,
    outcome: { status: script.status, failIdx: script.failIdx ?? (script.status === 0 ? [] : [1]) },
    failIdx: [],
    articles: draft.articles.map((a) => ({ ...a })),
    urls: [],
  });
  const pub = ctx.store.data.publications[ctx.store.data.publications.length - 1] as PublicationRecord;
  settle(ctx.store, pub, ctx.now, ctx.baseUrl);
  return { ...OK, publish_id: publishId, msg_data_id: msgDataId };
};

const publishGet: Handler = (ctx) => {
  const pub = publication(ctx, ctx.body.publish_id);
  settle(ctx.store, pub, ctx.now, ctx.baseUrl);
  const answer: Record<string, unknown> = { publish_id: Number(pub.publish_id), publish_status: pub.status };
  if (pub.article_id !== null && [0, 5, 6].includes(pub.status)) {
    answer.article_id = pub.article_id;
    answer.article_detail = {
      count: pub.urls.length,
      item: pub.urls.map((url, i) => ({ idx: i + 1, article_url: url })),
    };
  }
  answer.fail_idx = pub.failIdx;
  return answer;
};

function published(ctx: Ctx, articleId: unknown): PublicationRecord {
  const pub = ctx.store.data.publications.find(
    (p) => p.article_id !== null && p.article_id === articleId && p.appid === ctx.account.appid,
  );
  if (pub?.method !== 'freepublish') throw new ApiError(53600);
  return pub;
}

function publishedItems(pub: PublicationRecord, withContent = true): Record<string, unknown>[] {
  return pub.articles.map((a, i) => ({
    title: a.title,
    author: a.author,
    digest: a.digest,
    content: withContent ? a.content : '',
    content_source_url: a.content_source_url,
    thumb_media_id: a.thumb_media_id,
    thumb_url: a.thumb_url,
    need_open_comment: a.need_open_comment,
    only_fans_can_comment: a.only_fans_can_comment,
    url: pub.urls[i] ?? '',
    is_deleted: pub.deleted || a.is_deleted === true,
  }));
}

const getArticle: Handler = (ctx) => ({ news_item: publishedItems(published(ctx, ctx.body.article_id)) });

const publishBatchget: Handler = (ctx) => {
  const { offset, count, noContent } = page(ctx);
  for (const p of ctx.store.data.publications) settle(ctx.store, p, ctx.now, ctx.baseUrl);
  const all = ctx.store.data.publications
    .filter(
      (p) => p.method === 'freepublish' && p.appid === ctx.account.appid && p.status === 0 && !p.deleted,
    )
    .reverse();
  const items = all.slice(offset, offset + count).map((p) => ({
    article_id: p.article_id,
    content: { news_item: publishedItems(p, !noContent) },
    update_time: Math.floor((p.finishedAt ?? p.submittedAt) / 1000),
  }));
  return { total_count: all.length, item_count: items.length, item: items };
};

/** 1-based `index`; 0 = every article. */
function markDeleted(pub: PublicationRecord, index: number): void {
  pub.articles.forEach((a, i) => {
    if (index === 0 || index === i + 1) a.is_deleted = true;
  });
}

const publishDelete: Handler = (ctx) => {
  const pub = published(ctx, ctx.body.article_id);
  const index = ctx.body.index ?? 0;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index > pub.articles.length) {
    throw new ApiError(40114);
  }
  // Assumed: deleting what is already deleted succeeds (WeChat's answer is not documented).
  markDeleted(pub, index);
  if (pub.articles.every((a) => a.is_deleted)) {
    pub.deleted = true;
    if (pub.status === 0) pub.status = 5;
  }
  return OK;
};

// ── mass send ───────────────────────────────────────────────────────────────────────────────────────────────

const sendall: Handler = (ctx) => {
  const { body, store, account, now } = ctx;
  if (body.msgtype !== 'mpnews') throw new ApiError(40008, 'invalid message type');
  const filter = body.filter as { is_to_all?: unknown; tag_id?: unknown } | undefined;
  if (!filter || typeof filter !== 'object') throw new ApiError(47001, `${ERRMSG[47001]} hint: [filter]`);
  const toAll = filter.is_to_all === true;
  if (!toAll && typeof filter.tag_id !== 'number')
    throw new ApiError(47001, `${ERRMSG[47001]} hint: [tag_id]`);
  const mpnews = body.mpnews as { media_id?: unknown } | undefined;
  const clientmsgid =
    typeof body.clientmsgid === 'string' && body.clientmsgid !== '' ? body.clientmsgid : undefined;
  const dedupKey = clientmsgid === undefined ? undefined : `${account.appid}\n${clientmsgid}`;
  if (dedupKey !== undefined) {
    const seen = store.data.clientMsgIds[dedupKey];
    if (seen && now - seen.at < 86_400_000) {
      if (now - seen.at < 60_000) {
        throw new ApiError(45066, `${ERRMSG[45066]} hint: [${id(9)}]`);
      }
      // WeChat's answer carries no rid here (reference §12.8).
      throw new ApiError(45065, ERRMSG[45065], { msg_id: Number(seen.msgId), noRid: true });
    }
  }
  const draft = draftInBox(ctx, mpnews?.media_id);
  const day = beijingDate(now);
  const month = day.slice(0, 7);
  const q = store.data.massSends[account.appid] ?? { day, month, dayCount: 0, monthCount: 0 };
  if (q.day !== day) Object.assign(q, { day, dayCount: 0 });
  if (q.month !== month) Object.assign(q, { month, monthCount: 0 });
  const exhausted = account.type === 'service' ? toAll && q.monthCount >= 4 : q.dayCount >= 1;
  if (exhausted) throw new ApiError(45028);
  q.dayCount += 1;
  q.monthCount += 1;
  store.data.massSends[account.appid] = q;

  store.data.seq += 1;
  const msgId = 3_147_483_647 + store.data.seq;
  const msgDataId = nextNumber(store);
  const articleId = id(32);
  draft.state = 'published';
  store.data.publications.push({
    method: 'sendall',
    appid: account.appid,
    media_id: draft.media_id,
    publish_id: null,
    msg_id: String(msgId),
    msg_data_id: String(msgDataId),
    article_id: articleId,
    title: draft.articles[0]?.title ?? '',
    titles: draft.articles.map((a) => a.title),
    status: 0,
    deleted: false,
    submittedAt: now,
    readyAt: now,
    finishedAt: now,
    outcome: { status: 0, failIdx: [] },
    failIdx: [],
    articles: draft.articles.map((a) => ({ ...a })),
    urls: draft.articles.map((_, i) => `${ctx.baseUrl}/s/${articleId}${i === 0 ? '' : `?idx=${i + 1}`}`),
    ...(clientmsgid === undefined ? {} : { clientmsgid }),
  });
  if (dedupKey !== undefined) store.data.clientMsgIds[dedupKey] = { msgId: String(msgId), at: now };
  return { errcode: 0, errmsg: 'send job submission success', msg_id: msgId, msg_data_id: msgDataId };
};

const massDelete: Handler = (ctx) => {
  const key = ctx.body.msg_id;
  const pub = ctx.store.data.publications.find(
    (p) => p.method === 'sendall' && p.msg_id === String(key) && p.appid === ctx.account.appid,
  );
  // Assumed errcode: the mass/delete page documents none for an unknown msg_id.
  if (!pub || (typeof key !== 'number' && typeof key !== 'string'))
    throw new ApiError(40002, 'invalid msg_id');
  const idx = ctx.body.article_idx ?? 0;
  if (typeof idx !== 'number' || !Number.isInteger(idx) || idx < 0 || idx > pub.articles.length) {
    throw new ApiError(40114);
  }
  markDeleted(pub, idx);
  if (pub.articles.every((a) => a.is_deleted)) {
    pub.deleted = true;
    pub.status = 5;
  }
  return OK;
};

// ── quota management ────────────────────────────────────────────────────────────────────────────────────────

const quotaGet: Handler = (ctx) => {
  const path = ctx.body.cgi_path;
  if (typeof path !== 'string' || !path.startsWith('/')) throw new ApiError(40002, 'invalid argument');
  const limit = ctx.store.config.dailyQuotas[path];
  if (limit === undefined) throw new ApiError(76021, 'cgi_path not found');
  const counter = ctx.store.data.daily[ctx.account.appid];
  const used = counter?.day === beijingDate(ctx.now) ? (counter.calls[path] ?? 0) : 0;
  const perMinute = ctx.store.config.minuteQuotas[path] ?? 0;
  return {
    ...OK,
    quota: { daily_limit: limit, used, remain: Math.max(0, limit - used) },
    rate_limit: { call_count: perMinute, refresh_second: perMinute > 0 ? 60 : 0 },
    component_rate_limit: { call_count: 0, refresh_second: 0 },
  };
};

const clearQuota: Handler = (ctx) => {
  if (ctx.body.appid !== ctx.account.appid) throw new ApiError(40013);
  const month = beijingDate(ctx.now).slice(0, 7);
  const used = ctx.store.data.clearQuota[ctx.account.appid];
  const count = used?.month === month ? used.count : 0;
  if (count >= ctx.store.config.clearQuotaPerMonth) throw new ApiError(48006);
  ctx.store.data.clearQuota[ctx.account.appid] = { month, count: count + 1 };
  delete ctx.store.data.daily[ctx.account.appid];
  return OK;
};

export interface EndpointSpec {
  method: 'GET' | 'POST';
  body: 'json' | 'multipart' | 'none';
  /** Since 2025-07 unverified accounts get 48001 here. */
  verifiedOnly?: boolean;
  handler: Handler;
}

/** Every business endpoint (the token endpoints are in server.ts). */
export const ENDPOINTS: Readonly<Record<string, EndpointSpec>> = {
  '/cgi-bin/media/uploadimg': { method: 'POST', body: 'multipart', handler: uploadimg },
  '/cgi-bin/material/add_material': { method: 'POST', body: 'multipart', handler: addMaterial },
  '/cgi-bin/media/upload': { method: 'POST', body: 'multipart', handler: uploadTemp },
  '/cgi-bin/draft/add': { method: 'POST', body: 'json', handler: draftAdd },
  '/cgi-bin/draft/get': { method: 'POST', body: 'json', handler: draftGet },
  '/cgi-bin/draft/delete': { method: 'POST', body: 'json', handler: draftDelete },
  '/cgi-bin/draft/update': { method: 'POST', body: 'json', handler: draftUpdate },
  '/cgi-bin/draft/batchget': { method: 'POST', body: 'json', handler: draftBatchget },
  '/cgi-bin/draft/count': { method: 'GET', body: 'none', handler: draftCount },
  '/cgi-bin/freepublish/submit': { method: 'POST', body: 'json', verifiedOnly: true, handler: submit },
  '/cgi-bin/freepublish/get': { method: 'POST', body: 'json', verifiedOnly: true, handler: publishGet },
  '/cgi-bin/freepublish/getarticle': {
    method: 'POST',
    body: 'json',
    verifiedOnly: true,
    handler: getArticle,
  },
  '/cgi-bin/freepublish/batchget': {
    method: 'POST',
    body: 'json',
    verifiedOnly: true,
    handler: publishBatchget,
  },
  '/cgi-bin/freepublish/delete': { method: 'POST', body: 'json', verifiedOnly: true, handler: publishDelete },
  '/cgi-bin/message/mass/sendall': { method: 'POST', body: 'json', verifiedOnly: true, handler: sendall },
  '/cgi-bin/message/mass/delete': { method: 'POST', body: 'json', verifiedOnly: true, handler: massDelete },
  '/cgi-bin/openapi/quota/get': { method: 'POST', body: 'json', handler: quotaGet },
  '/cgi-bin/clear_quota': { method: 'POST', body: 'json', handler: clearQuota },
};
