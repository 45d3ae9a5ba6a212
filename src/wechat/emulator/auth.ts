/**
 * Access tokens: stable_token and token issue them (with expiry, rotation and force_refresh as WeChat does), and
 * every business call is authenticated with one (41001, 40001, 42001) and checked against the account's
 * IP allow-list (40164).
 */
import { randomBytes } from 'node:crypto';
import { beijingDate } from '../errcodes.js';
import { ApiError } from './api.js';
import type { AccountConfig } from './config.js';
import type { JsonResult } from './http.js';
import { ipAllowed, notInWhitelist } from './ip.js';
import { ERRMSG } from './messages.js';
import { countQuota } from './quotas.js';
import type { Store, TokenRecord } from './store.js';

export const TOKEN_PATHS: ReadonlySet<string> = new Set(['/cgi-bin/stable_token', '/cgi-bin/token']);

/** A forced stable_token refresh within this long of the previous one is silently not done. */
const FORCE_REFRESH_SPACING_MS = 30_000;
/** Tokens that died longer ago than this are forgotten. */
const FORGET_DEAD_TOKENS_MS = 86_400_000;

export function accountOf(store: Store, appid: string): AccountConfig | undefined {
  return store.config.accounts.find((a) => a.appid === appid);
}

export function checkIp(acc: AccountConfig, ip: string): void {
  if (acc.allowedIps !== undefined && !ipAllowed(ip, acc.allowedIps)) {
    throw new ApiError(40164, notInWhitelist(ip));
  }
}

/** The account of a business call's access_token, once the token is known, live and used from an allowed IP. */
export function authenticate(
  store: Store,
  query: URLSearchParams,
  ip: string,
  now: number,
  call: { appid: string | null },
): AccountConfig {
  const token = query.get('access_token');
  if (!token) throw new ApiError(41001);
  const record = store.data.tokens[token];
  const acc = record ? accountOf(store, record.appid) : undefined;
  // A token WeChat never issued (made up, or from another environment) answers 40001, as production does.
  if (!record || !acc) throw new ApiError(40001);
  call.appid = acc.appid;
  checkIp(acc, ip);
  if (record.revokedAt !== undefined && now >= record.revokedAt) throw new ApiError(40001);
  if (
    record.supersededAt !== undefined &&
    now >= record.supersededAt + store.config.tokenGraceSeconds * 1000
  ) {
    throw new ApiError(40001);
  }
  if (now >= record.expiresAt) throw new ApiError(42001);
  return acc;
}

export function issueToken(
  store: Store,
  endpoint: string,
  method: string,
  query: URLSearchParams,
  json: JsonResult,
  raw: Buffer,
  ip: string,
  now: number,
  call: { appid: string | null },
): Record<string, unknown> {
  let params: Record<string, unknown>;
  if (endpoint === '/cgi-bin/stable_token') {
    if (method !== 'POST') throw new ApiError(43002);
    if (raw.length === 0) throw new ApiError(44002);
    if (!json.ok) throw new ApiError(47001, `${ERRMSG[47001]} hint: [${json.hint}]`);
    params = json.value;
  } else {
    params = Object.fromEntries(query);
  }
  if (params.grant_type !== 'client_credential') throw new ApiError(40002);
  const appid = params.appid;
  if (typeof appid !== 'string' || appid === '') throw new ApiError(41002);
  if (typeof params.secret !== 'string' || params.secret === '') throw new ApiError(41004);
  const acc = accountOf(store, appid);
  if (!acc) throw new ApiError(40013);
  call.appid = appid;
  checkIp(acc, ip);
  countQuota(store, appid, endpoint, now);
  if (acc.secretFrozen) throw new ApiError(40243);
  // A wrong secret is 40125 "invalid appsecret" on both token endpoints (recorded answers: test/wechat/fixtures).
  if (params.secret !== acc.secret) throw new ApiError(40125);
  const ttl = store.config.tokenTtlSeconds * 1000;
  const grace = store.config.tokenGraceSeconds * 1000;
  const current = store.data.currentTokens[appid] ?? {};
  store.data.currentTokens[appid] = current;
  const mint = (kind: TokenRecord['kind']): string => {
    const value = `${Math.floor(now / 1000) % 100}_${randomBytes(96).toString('base64url')}`;
    store.data.tokens[value] = { appid, kind, issuedAt: now, expiresAt: now + ttl };
    // Forget tokens that died more than a day ago.
    for (const [key, t] of Object.entries(store.data.tokens)) {
      if (t.expiresAt < now - FORGET_DEAD_TOKENS_MS) delete store.data.tokens[key];
    }
    return value;
  };

  if (endpoint === '/cgi-bin/token') {
    const previous = current.classic ? store.data.tokens[current.classic] : undefined;
    if (previous && previous.supersededAt === undefined) previous.supersededAt = now;
    current.classic = mint('classic');
    return { access_token: current.classic, expires_in: store.config.tokenTtlSeconds };
  }

  let record = current.stable ? store.data.tokens[current.stable] : undefined;
  const usable = (t: TokenRecord | undefined) =>
    t !== undefined && t.revokedAt === undefined && now < t.expiresAt;
  if (params.force_refresh === true) {
    const day = beijingDate(now);
    const fr = store.data.forceRefreshes[appid];
    const count = fr?.day === day ? fr.count : 0;
    // Over the limit or within 30 s of the previous forced refresh: silently no refresh.
    if (
      count < store.config.forceRefreshPerDay &&
      (fr === undefined || now - fr.last >= FORCE_REFRESH_SPACING_MS)
    ) {
      if (record) record.revokedAt = now;
      current.stable = mint('stable');
      record = store.data.tokens[current.stable];
      store.data.forceRefreshes[appid] = { day, count: count + 1, last: now };
    }
  }
  if (!usable(record) || (record as TokenRecord).expiresAt - now <= grace) {
    // Rotation: a new token; the old one stays valid until its own expiry.
    current.stable = mint('stable');
    record = store.data.tokens[current.stable];
  }
  const live = record as TokenRecord;
  return { access_token: current.stable, expires_in: Math.floor((live.expiresAt - now) / 1000) };
}
