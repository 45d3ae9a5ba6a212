/** The draft box: draft/add validates an article the way WeChat does and keeps what WeChat keeps of it. */

import { ApiError } from '../api-error.js';
import { ERRMSG } from '../messages.js';
import { isExternalLink, sanitizeWeChatContentWithReport } from '../sanitize.js';
import type { DraftRecord, StoredArticle } from '../store.js';
import { type Ctx, chars, flag, type Handler, listItem, OK, page, randomId, str } from './common.js';

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

export const draftAdd: Handler = (ctx) => {
  const articles = ctx.body.articles;
  if (!Array.isArray(articles) || articles.length === 0) throw new ApiError(44003);
  if (articles.length > ctx.store.config.limits.articles) throw new ApiError(45008);
  const stored = articles.map((a) => article(ctx, a, articles.length === 1));
  const mediaId = randomId(32); // 43 characters, like real draft ids
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
export function draftInBox(ctx: Ctx, mediaId: unknown, allowPublishing = false): DraftRecord {
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

export const draftGet: Handler = (ctx) => ({
  news_item: newsItems(ctx, draftInBox(ctx, ctx.body.media_id, true)),
});

export const draftDelete: Handler = (ctx) => {
  const draft = draftInBox(ctx, ctx.body.media_id);
  draft.state = 'deleted';
  draft.updatedAt = ctx.now;
  return OK;
};

export const draftUpdate: Handler = (ctx) => {
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

export const draftBatchget: Handler = (ctx) => {
  const { offset, count, noContent } = page(ctx);
  const all = Object.values(ctx.store.data.drafts)
    .filter((d) => d.appid === ctx.account.appid && d.state === 'draft')
    .sort((a, b) => b.updatedAt - a.updatedAt);
  const items = all.slice(offset, offset + count).map((d) =>
    listItem(ctx, { media_id: d.media_id }, newsItems(ctx, d, !noContent), {
      created: d.createdAt,
      updated: d.updatedAt,
    }),
  );
  return { total_count: all.length, item_count: items.length, item: items };
};

export const draftCount: Handler = (ctx) => ({
  total_count: Object.values(ctx.store.data.drafts).filter(
    (d) => d.appid === ctx.account.appid && d.state === 'draft',
  ).length,
});
