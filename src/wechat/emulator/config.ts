import { ConfigurationError } from '../../platform/errors.js';
/**
 * How the emulator behaves: accounts, token lifetimes, quotas, field limits, publish timing. Defaults follow
 * ../shared/reference/wechat-api.md (§2, §4, §6); every figure is configurable because WeChat's real ones vary by
 * account (followers, verification) and some are not documented at all (marked "assumed" below).
 */

export interface AccountConfig {
  appid: string;
  secret: string;
  /** Shown in the emulator's own pages and listings. */
  name?: string;
  /** Service accounts (服务号) may mass-send 4 times a month, subscription accounts (公众号/订阅号) once a day. */
  type?: 'subscription' | 'service';
  /**
   * Verified (认证) accounts may publish and mass-send through the API. Since 2025-07 unverified accounts get 48001
   * on freepublish/* and sendall but can still create drafts.
   */
  verified?: boolean;
  /** API IP allow-list: IPv4/IPv6 addresses and IPv4 CIDR blocks. Absent: every caller is allowed. */
  allowedIps?: string[];
  /** AppSecret frozen (冻结): token calls fail with 40243. */
  secretFrozen?: boolean;
  /** The account may open comments (留言); without it need_open_comment=1 gives 88000. Default true. */
  comments?: boolean;
}

export interface FieldLimits {
  /** Characters (Unicode code points). 32 per the 2025-12 draft/add doc; older SDKs say 64. */
  title: number;
  author: number;
  digest: number;
  /** content must have fewer characters than this and fewer UTF-8 bytes than `contentBytes`. */
  contentChars: number;
  contentBytes: number;
  /** content_source_url, in bytes. */
  sourceUrlBytes: number;
  /** Articles per draft (inferred from SDKs; not on the draft/add page). */
  articles: number;
  /** media/uploadimg: under 1 MB; add_material image 10 MB, thumb 64 KB. */
  contentImageBytes: number;
  materialImageBytes: number;
  thumbBytes: number;
}

export interface EmulatorConfig {
  accounts: AccountConfig[];
  /** `expires_in` of new tokens (WeChat: 7200). */
  tokenTtlSeconds: number;
  /**
   * stable_token rotates this long before expiry (old and new both valid until the old expires); a
   * /cgi-bin/token call leaves the previous token valid this long. WeChat: 300.
   */
  tokenGraceSeconds: number;
  /** Daily call limits per account and endpoint path; an endpoint not listed is unlimited. */
  dailyQuotas: Record<string, number>;
  /** Per-minute call limits (45011). */
  minuteQuotas: Record<string, number>;
  /** A publish job stays at status 1 (publishing) this long on the emulator's clock, then ends. */
  publishSeconds: number;
  /** Trust the first `X-Forwarded-For` address as the caller IP (for tests and a proxy in front). */
  trustForwardedFor: boolean;
  /** An unknown path under the API: WeChat-style errcode 40066 (default) or HTTP 404. */
  unknownEndpoint: 'errcode' | '404';
  /** `<a href>` to a host other than mp.weixin.qq.com in draft content: rejected (40066 or 45166) or stripped. */
  externalLinks: 'reject-40066' | 'reject-45166' | 'strip';
  limits: FieldLimits;
  /** freepublish/delete per day etc. are in dailyQuotas; clear_quota may be used this often per month. */
  clearQuotaPerMonth: number;
  /** force_refresh of stable_token: at most this many per day, and not within 30 s of the previous one. */
  forceRefreshPerDay: number;
  /**
   * Where freepublish/batchget and draft/batchget put each item's `update_time`: inside `content`, next to
   * `create_time` (default: as real answers have been seen), or on the item (as the documentation shows).
   */
  listTimeIn: 'content' | 'item';
}

/**
 * The demo accounts of policies/accounts.yml (`npm run demo` publishes to them): public, fixed secrets, no real
 * credentials anywhere. Like the policy, the pharma account is an unverified subscription account, so it can
 * create drafts but gets 48001 on freepublish and sendall.
 */
export const DEMO_ACCOUNTS: readonly Required<
  Pick<AccountConfig, 'appid' | 'secret' | 'name' | 'type' | 'verified'>
>[] = [
  {
    appid: 'wx-demo-group',
    secret: 'wxgate-demo-secret-group',
    name: '澜川集团',
    type: 'service',
    verified: true,
  },
  {
    appid: 'wx-demo-lanchuan-pharma',
    secret: 'wxgate-demo-secret-lanchuan-pharma',
    name: '澜川医药',
    type: 'subscription',
    verified: false,
  },
];

/** Daily limits of a newly registered account (reference §4). */
export const DEFAULT_DAILY_QUOTAS: Readonly<Record<string, number>> = {
  '/cgi-bin/token': 2000,
  '/cgi-bin/stable_token': 500_000,
  '/cgi-bin/media/upload': 100_000,
  // Not documented for these two; assumed the same as media/upload.
  '/cgi-bin/media/uploadimg': 100_000,
  '/cgi-bin/material/add_material': 100_000,
  '/cgi-bin/draft/add': 1000,
  '/cgi-bin/draft/get': 500,
  '/cgi-bin/draft/delete': 1000,
  '/cgi-bin/draft/update': 1000,
  '/cgi-bin/draft/count': 1000,
  '/cgi-bin/draft/batchget': 1000,
  '/cgi-bin/freepublish/submit': 100,
  '/cgi-bin/freepublish/get': 100,
  '/cgi-bin/freepublish/delete': 10,
  '/cgi-bin/freepublish/getarticle': 100,
  '/cgi-bin/freepublish/batchget': 100,
  '/cgi-bin/message/mass/sendall': 100,
  // Assumed: the limit of mass/delete is not documented.
  '/cgi-bin/message/mass/delete': 100,
};

export const DEFAULT_MINUTE_QUOTAS: Readonly<Record<string, number>> = {
  '/cgi-bin/stable_token': 10_000,
  '/cgi-bin/message/mass/sendall': 60,
};

export const DEFAULT_LIMITS: FieldLimits = {
  title: 32,
  author: 16,
  digest: 128,
  contentChars: 20_000,
  contentBytes: 1024 * 1024,
  sourceUrlBytes: 1024,
  articles: 8,
  contentImageBytes: 1024 * 1024,
  materialImageBytes: 10 * 1024 * 1024,
  thumbBytes: 64 * 1024,
};

export function defaultConfig(): EmulatorConfig {
  return {
    accounts: DEMO_ACCOUNTS.map((a) => ({ ...a })),
    tokenTtlSeconds: 7200,
    tokenGraceSeconds: 300,
    dailyQuotas: { ...DEFAULT_DAILY_QUOTAS },
    minuteQuotas: { ...DEFAULT_MINUTE_QUOTAS },
    publishSeconds: 3,
    trustForwardedFor: false,
    unknownEndpoint: 'errcode',
    externalLinks: 'reject-40066',
    limits: { ...DEFAULT_LIMITS },
    clearQuotaPerMonth: 10,
    forceRefreshPerDay: 20,
    listTimeIn: 'content',
  };
}

/** A config object from a file or an HTTP body, checked; `where` names it in errors. */
export function mergeConfig(base: EmulatorConfig, input: unknown, where: string): EmulatorConfig {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new ConfigurationError(`${where}: expected a JSON object`);
  }
  const raw = input as Record<string, unknown>;
  const out: EmulatorConfig = {
    ...base,
    dailyQuotas: { ...base.dailyQuotas },
    minuteQuotas: { ...base.minuteQuotas },
    limits: { ...base.limits },
  };
  const known = new Set(Object.keys(base));
  for (const key of Object.keys(raw)) {
    if (!known.has(key))
      throw new ConfigurationError(`${where}: unknown setting "${key}" (known: ${[...known].join(', ')})`);
  }
  if (raw.accounts !== undefined) {
    if (!Array.isArray(raw.accounts)) throw new ConfigurationError(`${where}: "accounts" must be a list`);
    out.accounts = raw.accounts.map((a, i) => normalizeAccount(a, `${where}: accounts[${i}]`));
  }
  for (const key of [
    'tokenTtlSeconds',
    'tokenGraceSeconds',
    'publishSeconds',
    'clearQuotaPerMonth',
    'forceRefreshPerDay',
  ] as const) {
    if (raw[key] !== undefined) out[key] = nonNegative(raw[key], `${where}: "${key}"`);
  }
  if (raw.trustForwardedFor !== undefined)
    out.trustForwardedFor = bool(raw.trustForwardedFor, `${where}: "trustForwardedFor"`);
  if (raw.unknownEndpoint !== undefined) {
    out.unknownEndpoint = oneOf(
      raw.unknownEndpoint,
      ['errcode', '404'] as const,
      `${where}: "unknownEndpoint"`,
    );
  }
  if (raw.externalLinks !== undefined) {
    out.externalLinks = oneOf(
      raw.externalLinks,
      ['reject-40066', 'reject-45166', 'strip'] as const,
      `${where}: "externalLinks"`,
    );
  }
  if (raw.listTimeIn !== undefined) {
    out.listTimeIn = oneOf(raw.listTimeIn, ['content', 'item'] as const, `${where}: "listTimeIn"`);
  }
  for (const key of ['dailyQuotas', 'minuteQuotas'] as const) {
    const value = raw[key];
    if (value === undefined) continue;
    if (value === null || typeof value !== 'object')
      throw new ConfigurationError(`${where}: "${key}" must be an object`);
    for (const [path, limit] of Object.entries(value)) {
      if (!path.startsWith('/'))
        throw new ConfigurationError(`${where}: "${key}" keys are endpoint paths such as /cgi-bin/draft/add`);
      out[key][path] = nonNegative(limit, `${where}: "${key}.${path}"`);
    }
  }
  if (raw.limits !== undefined) {
    if (raw.limits === null || typeof raw.limits !== 'object')
      throw new ConfigurationError(`${where}: "limits" must be an object`);
    for (const [name, value] of Object.entries(raw.limits)) {
      if (!(name in out.limits)) throw new ConfigurationError(`${where}: unknown limit "${name}"`);
      out.limits[name as keyof FieldLimits] = nonNegative(value, `${where}: "limits.${name}"`);
    }
  }
  return out;
}

/** Accepts camelCase or snake_case keys (`allowedIps` / `allowed_ips`), as tests or curl users write them. */
export function normalizeAccount(input: unknown, where: string): AccountConfig {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new ConfigurationError(`${where}: expected an object with appid and secret`);
  }
  const raw = input as Record<string, unknown>;
  const pick = (camel: string, snake: string) => raw[camel] ?? raw[snake];
  const appid = raw.appid ?? raw.appId ?? raw.app_id;
  if (typeof appid !== 'string' || appid === '')
    throw new ConfigurationError(`${where}: "appid" is required`);
  if (typeof raw.secret !== 'string' || raw.secret === '')
    throw new ConfigurationError(`${where}: "secret" is required`);
  const account: AccountConfig = { appid, secret: raw.secret };
  if (raw.name !== undefined) account.name = String(raw.name);
  if (raw.type !== undefined)
    account.type = oneOf(raw.type, ['subscription', 'service'] as const, `${where}: "type"`);
  account.verified = raw.verified === undefined ? true : bool(raw.verified, `${where}: "verified"`);
  const ips = pick('allowedIps', 'allowed_ips');
  if (ips !== undefined && ips !== null) {
    if (!Array.isArray(ips) || !ips.every((ip) => typeof ip === 'string')) {
      throw new ConfigurationError(`${where}: "allowedIps" must be a list of addresses`);
    }
    account.allowedIps = ips as string[];
  }
  const frozen = pick('secretFrozen', 'secret_frozen');
  if (frozen !== undefined) account.secretFrozen = bool(frozen, `${where}: "secretFrozen"`);
  if (raw.comments !== undefined) account.comments = bool(raw.comments, `${where}: "comments"`);
  return account;
}

function nonNegative(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new ConfigurationError(`${where} must be a number ≥ 0`);
  }
  return value;
}

function bool(value: unknown, where: string): boolean {
  if (typeof value !== 'boolean') throw new ConfigurationError(`${where} must be true or false`);
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], where: string): T {
  if (!allowed.includes(value as T))
    throw new ConfigurationError(`${where} must be one of ${allowed.join(', ')}`);
  return value as T;
}
