/**
 * How the client reads WeChat's answers where their shape varies: a publish job's status, and the items of the
 * batchget lists (where `update_time` has been seen in two places).
 */
import { PUBLISH_STATUS, type PublishStatus, type PublishStatusCode } from './port.js';
import { type Body, optionalId, protocolError } from './transport.js';

/** A freepublish/get answer as a PublishStatus. */
export function publishStatusOf(body: Body, publishId: string, endpoint: string): PublishStatus {
  const status = body.publish_status;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 0 || status > 6) {
    throw protocolError(endpoint, `publish_status is ${JSON.stringify(status)}`);
  }
  const code = status as PublishStatusCode;
  const result: PublishStatus = {
    publishId: optionalId(body.publish_id) ?? publishId,
    status: code,
    name: PUBLISH_STATUS[code],
    pending: code === 1,
  };
  if (typeof body.article_id === 'string' && body.article_id !== '') result.articleId = body.article_id;
  const detail = body.article_detail as { item?: unknown } | undefined;
  if (detail && Array.isArray(detail.item)) {
    result.articleUrls = (detail.item as { idx?: unknown; article_url?: unknown }[])
      .filter((i) => typeof i.article_url === 'string')
      .sort((a, b) => Number(a.idx ?? 0) - Number(b.idx ?? 0))
      .map((i) => i.article_url as string);
  }
  if (Array.isArray(body.fail_idx) && body.fail_idx.length > 0) {
    result.failIdx = body.fail_idx.filter((n): n is number => typeof n === 'number');
  }
  return result;
}

/**
 * The items of a batchget answer (freepublish or draft), with their articles and their time. WeChat documents
 * `update_time` on the item, and has been seen sending it inside `content` (next to `create_time`) instead: the
 * item's value when it is a positive number, else the content's, else 0.
 */
export function listedItems(body: Body): { item: Body; news: Body[]; updateTime: number }[] {
  const raw = Array.isArray(body.item) ? (body.item as unknown[]) : [];
  return raw
    .filter((item): item is Body => item !== null && typeof item === 'object')
    .map((item) => {
      const content = (item.content ?? {}) as Body;
      const news = Array.isArray(content.news_item)
        ? (content.news_item as unknown[]).filter((n): n is Body => n !== null && typeof n === 'object')
        : [];
      return { item, news, updateTime: unixSeconds(item.update_time) || unixSeconds(content.update_time) };
    });
}

function unixSeconds(value: unknown): number {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}
