/** freepublish/*: publish jobs (jobs.ts), their status, the list of what is published, deletion. */

import { ApiError } from '../api-error.js';
import { deleteArticles, settleJob, startPublishJob } from '../jobs.js';
import type { PublicationRecord } from '../store.js';
import { type Ctx, type Handler, listItem, nextNumber, OK, page } from './common.js';
import { draftInBox } from './drafts.js';

function publication(ctx: Ctx, publishId: unknown): PublicationRecord {
  const key = typeof publishId === 'number' || typeof publishId === 'string' ? String(publishId) : '';
  const pub = ctx.store.data.publications.find(
    (p) => p.method === 'freepublish' && p.publish_id === key && p.appid === ctx.account.appid,
  );
  if (!pub) throw new ApiError(53502);
  return pub;
}

export const submit: Handler = (ctx) => {
  const draft = draftInBox(ctx, ctx.body.media_id);
  const publishId = nextNumber(ctx.store);
  const msgDataId = nextNumber(ctx.store);
  const script = ctx.job ?? { status: 0 };
  startPublishJob(ctx.store, draft, { now: ctx.now, publishId, msgDataId, script, baseUrl: ctx.baseUrl });
  return { ...OK, publish_id: publishId, msg_data_id: msgDataId };
};

export const publishGet: Handler = (ctx) => {
  const pub = publication(ctx, ctx.body.publish_id);
  settleJob(ctx.store, pub, ctx.now, ctx.baseUrl);
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

export const getArticle: Handler = (ctx) => ({
  news_item: publishedItems(published(ctx, ctx.body.article_id)),
});

export const publishBatchget: Handler = (ctx) => {
  const { offset, count, noContent } = page(ctx);
  for (const p of ctx.store.data.publications) settleJob(ctx.store, p, ctx.now, ctx.baseUrl);
  const all = ctx.store.data.publications
    .filter(
      (p) => p.method === 'freepublish' && p.appid === ctx.account.appid && p.status === 0 && !p.deleted,
    )
    .reverse();
  const items = all.slice(offset, offset + count).map((p) =>
    listItem(ctx, { article_id: p.article_id }, publishedItems(p, !noContent), {
      created: p.submittedAt,
      updated: p.finishedAt ?? p.submittedAt,
    }),
  );
  return { total_count: all.length, item_count: items.length, item: items };
};

export const publishDelete: Handler = (ctx) => {
  deleteArticles(published(ctx, ctx.body.article_id), ctx.body.index ?? 0);
  return OK;
};
