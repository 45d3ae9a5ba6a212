/**
 * What every emulated endpoint shares: the context a handler gets (the caller's account, the parsed body, the
 * emulator's time and store), WeChat's error answer, ids shaped like WeChat's, and WeChat's paging and flags.
 */
import { randomBytes } from 'node:crypto';
import { ApiError } from '../api-error.js';
import type { AccountConfig } from '../config.js';
import type { JobScript } from '../jobs.js';
import { ERRMSG } from '../messages.js';
import type { Part } from '../multipart.js';
import type { Store } from '../store.js';

/** What a handler is given, after authentication, the IP allow-list, quotas and faults. */
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

export const OK = { errcode: 0, errmsg: 'ok' };

/** Ids shaped like WeChat's: url-safe base64 of random bytes. */
export function randomId(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

/** publish_id, msg_id, msg_data_id: numbers above 2^31, like WeChat's. */
export function nextNumber(store: Store): number {
  store.data.seq += 1;
  return 2_247_483_647 + store.data.seq;
}

/** Length in Unicode code points, as WeChat's limits count. */
export function chars(s: string): number {
  return [...s].length;
}

/** A string field, absent as empty; anything else is 47001. */
export function str(value: unknown, field: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string')
    throw new ApiError(47001, `${ERRMSG[47001]} hint: [${field} must be a string]`);
  return value;
}

/** WeChat's 0/1 flags. */
export function flag(value: unknown): number {
  return value === 1 || value === '1' || value === true ? 1 : 0;
}

/** offset/count/no_content of the batchget endpoints (count 1..20). */
export function page(ctx: Ctx): { offset: number; count: number; noContent: boolean } {
  const offset = ctx.body.offset ?? 0;
  const count = ctx.body.count ?? 20;
  if (typeof offset !== 'number' || typeof count !== 'number' || offset < 0 || count < 1 || count > 20) {
    throw new ApiError(40002, 'invalid argument');
  }
  return { offset, count, noContent: flag(ctx.body.no_content) === 1 };
}

/**
 * One item of a batchget answer: its id field, its articles, and its times where the config says WeChat puts
 * them (`listTimeIn`: inside `content`, as real answers have been seen, or on the item, as documented).
 */
export function listItem(
  ctx: Ctx,
  id: Record<string, unknown>,
  newsItem: Record<string, unknown>[],
  times: { created: number; updated: number },
): Record<string, unknown> {
  const updateTime = Math.floor(times.updated / 1000);
  if (ctx.store.config.listTimeIn === 'item') {
    return { ...id, content: { news_item: newsItem }, update_time: updateTime };
  }
  return {
    ...id,
    content: { news_item: newsItem, create_time: Math.floor(times.created / 1000), update_time: updateTime },
  };
}
