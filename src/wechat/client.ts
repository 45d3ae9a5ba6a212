/**
 * `WeChatPort` over HTTP: https://api.weixin.qq.com, or whatever `WECHAT_API_BASE` points at (a fixed-IP egress
 * proxy, or the local emulator).
 *
 * - Token: `POST /cgi-bin/stable_token` in normal mode, cached with its expiry (shared between runs when a cache
 *   directory is given) and fetched again a little before it runs out (./access-token.ts).
 * - A non-zero errcode in an HTTP 200 is an error. On 40001/40014/42001 the token is fetched again once (forced if
 *   WeChat hands back the rejected one) and the request replayed once.
 * - -1, HTTP 5xx, timeouts and dropped connections are retried with bounded exponential backoff and jitter —
 *   except where a retry could act twice (freepublish/submit, sendall without clientmsgid): those fail at once
 *   with `ambiguous: true` so the caller reconciles first.
 * - 45009/45011 stop at once with the reset time; 40164 is never retried and names the IP; 48001 says draft-only.
 * - Every log line goes through `maskSecrets`: neither the app secret nor a token is ever logged.
 */
import { type Clock, systemClock } from '../platform/clock.js';
import { ConfigurationError } from '../platform/errors.js';
import { type Logger, silentLogger } from '../platform/logger.js';
import { AccessTokens } from './access-token.js';
import { listedItems, publishStatusOf } from './answers.js';
import { CLIENTMSGID_ALREADY_SENT, CLIENTMSGID_REPEATED_TOO_SOON } from './errcodes.js';
import { maskSecrets } from './mask.js';
import {
  type DraftArticle,
  type DraftItem,
  type PublishedItem,
  type PublishStatus,
  WeChatError,
  type WeChatPort,
} from './port.js';
import { enclosingGitWorkTree, FileTokenCache, MemoryTokenCache } from './token-cache.js';
import {
  type Body,
  type CallSpec,
  mediaForm,
  optionalId,
  requireId,
  requireString,
  Transport,
} from './transport.js';

export const DEFAULT_API_BASE = 'https://api.weixin.qq.com';

/** `WECHAT_API_BASE` if set (without a trailing slash), else https://api.weixin.qq.com. */
export function apiBaseFromEnv(env: Readonly<Record<string, string | undefined>>): string {
  const value = env.WECHAT_API_BASE?.trim();
  return value ? value.replace(/\/+$/, '') : DEFAULT_API_BASE;
}

export interface WeChatClientOptions {
  appId: string;
  appSecret: string;
  /** Default https://api.weixin.qq.com; see `apiBaseFromEnv`. */
  apiBase?: string;
  /** A directory outside the repository for the shared token cache; without it the token lives in memory. */
  tokenCacheDir?: string;
  /** Where the client writes; every line it passes has been masked. `console` fits. */
  logger?: Logger;
  /** Token lifetimes and the waits between retries (default: the system clock). */
  clock?: Clock;
  /** In [0, 1): jitter of the backoff. */
  random?: () => number;
  /** Per-request timeout of JSON calls (default 30 s) and of uploads (default 120 s). */
  timeoutMs?: number;
  uploadTimeoutMs?: number;
  /** Requests per operation for transient failures, the first included (default 4). */
  maxAttempts?: number;
  /** Backoff before retry n is min(max, base·2ⁿ⁻¹), scaled by a jitter factor in [0.5, 1). */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** A cached token is used while it has more than this left (default 2 min). */
  refreshMarginMs?: number;
}

const DEFAULTS = {
  timeoutMs: 30_000,
  uploadTimeoutMs: 120_000,
  maxAttempts: 4,
  backoffBaseMs: 1000,
  backoffMaxMs: 30_000,
  refreshMarginMs: 120_000,
} as const;

/** How long to wait after 45066 (the same clientmsgid within a minute) before asking again. */
const CLIENTMSGID_REPEAT_WAIT_MS = 60_000;

export class WeChatClient implements WeChatPort {
  readonly apiBase: string;
  private readonly logger: Logger;
  private readonly clock: Clock;
  private readonly transport: Transport;
  private readonly tokens: AccessTokens;
  /** Values to mask wherever they appear: the secret and every token this client has held. */
  private readonly secrets = new Set<string>();

  constructor(options: WeChatClientOptions) {
    if (!options.appId) throw new TypeError('WeChatClient: appId is required');
    if (!options.appSecret) throw new TypeError('WeChatClient: appSecret is required');
    this.apiBase = (options.apiBase ?? DEFAULT_API_BASE).replace(/\/+$/, '');
    this.secrets.add(options.appSecret);
    this.logger = options.logger ?? silentLogger;
    this.clock = options.clock ?? systemClock;
    this.transport = new Transport({
      apiBase: this.apiBase,
      clock: this.clock,
      random: options.random ?? Math.random,
      timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
      uploadTimeoutMs: options.uploadTimeoutMs ?? DEFAULTS.uploadTimeoutMs,
      maxAttempts: Math.max(1, options.maxAttempts ?? DEFAULTS.maxAttempts),
      backoffBaseMs: options.backoffBaseMs ?? DEFAULTS.backoffBaseMs,
      backoffMaxMs: options.backoffMaxMs ?? DEFAULTS.backoffMaxMs,
      mask: (text) => this.mask(text),
      log: (level, message) => this.log(level, message),
    });
    this.tokens = new AccessTokens({
      appId: options.appId,
      appSecret: options.appSecret,
      cache:
        options.tokenCacheDir === undefined
          ? new MemoryTokenCache()
          : new FileTokenCache(options.tokenCacheDir, this.apiBase, options.appId),
      clock: this.clock,
      refreshMarginMs: options.refreshMarginMs ?? DEFAULTS.refreshMarginMs,
      call: (spec) => this.call(spec),
      remember: (secret) => this.secrets.add(secret),
      logger: this.logger,
    });
    const repo =
      options.tokenCacheDir === undefined ? undefined : enclosingGitWorkTree(options.tokenCacheDir);
    if (repo !== undefined) {
      throw new ConfigurationError(
        `WeChat token cache ${options.tokenCacheDir} is inside the git work tree ${repo}: a live access token must never be committed; use a directory outside the repository (e.g. $RUNNER_TEMP)`,
      );
    }
  }

  // ── WeChatPort ────────────────────────────────────────────────────────────────────────────────────────────

  async uploadContentImage(bytes: Uint8Array, filename: string): Promise<{ url: string }> {
    const body = await this.call({
      endpoint: '/cgi-bin/media/uploadimg',
      method: 'POST',
      form: () => mediaForm(bytes, filename),
      auth: true,
      retrySafe: true,
      upload: true,
    });
    return { url: requireString(body, 'url', '/cgi-bin/media/uploadimg') };
  }

  async addCoverMaterial(bytes: Uint8Array, filename: string): Promise<{ mediaId: string; url: string }> {
    const endpoint = '/cgi-bin/material/add_material';
    const body = await this.call({
      endpoint,
      method: 'POST',
      query: { type: 'image' },
      form: () => mediaForm(bytes, filename),
      auth: true,
      retrySafe: true,
      upload: true,
    });
    return {
      mediaId: requireString(body, 'media_id', endpoint),
      url: typeof body.url === 'string' ? body.url : '',
    };
  }

  async addDraft(article: DraftArticle): Promise<{ mediaId: string }> {
    const item: Body = { article_type: 'news', title: article.title };
    if (article.author !== undefined) item.author = article.author;
    if (article.digest !== undefined) item.digest = article.digest;
    item.content = article.content;
    if (article.contentSourceUrl !== undefined) item.content_source_url = article.contentSourceUrl;
    item.thumb_media_id = article.thumbMediaId;
    if (article.needOpenComment !== undefined) item.need_open_comment = article.needOpenComment ? 1 : 0;
    if (article.onlyFansCanComment !== undefined) {
      item.only_fans_can_comment = article.onlyFansCanComment ? 1 : 0;
    }
    // Not retried after a lost answer: a second draft/add could leave an orphan draft; the caller resolves it
    // from the draft box (listDrafts).
    const body = await this.call({
      endpoint: '/cgi-bin/draft/add',
      method: 'POST',
      json: { articles: [item] },
      auth: true,
      retrySafe: false,
    });
    return { mediaId: requireString(body, 'media_id', '/cgi-bin/draft/add') };
  }

  async submitPublish(draftMediaId: string): Promise<{ publishId: string; msgDataId?: string }> {
    const endpoint = '/cgi-bin/freepublish/submit';
    const body = await this.call({
      endpoint,
      method: 'POST',
      json: { media_id: draftMediaId },
      auth: true,
      retrySafe: false,
    });
    const publishId = requireId(body, 'publish_id', endpoint);
    const msgDataId = optionalId(body.msg_data_id);
    return msgDataId === undefined ? { publishId } : { publishId, msgDataId };
  }

  async getPublishStatus(publishId: string): Promise<PublishStatus> {
    const endpoint = '/cgi-bin/freepublish/get';
    const body = await this.call({
      endpoint,
      method: 'POST',
      json: { publish_id: publishId },
      auth: true,
      retrySafe: true,
    });
    return publishStatusOf(body, publishId, endpoint);
  }

  async listPublished(
    offset = 0,
    count = 20,
    options: { withContent?: boolean } = {},
  ): Promise<{ totalCount: number; items: PublishedItem[] }> {
    const body = await this.call({
      endpoint: '/cgi-bin/freepublish/batchget',
      method: 'POST',
      json: { offset, count, no_content: options.withContent ? 0 : 1 },
      auth: true,
      retrySafe: true,
    });
    const items = listedItems(body).map(
      ({ item, news, updateTime }): PublishedItem => ({
        articleId: String(item.article_id ?? ''),
        updateTime,
        titles: news.map((n) => String(n.title ?? '')),
        urls: news.map((n) => String(n.url ?? '')),
        contents: news.map((n) => (typeof n.content === 'string' ? n.content : '')),
      }),
    );
    return { totalCount: Number(body.total_count ?? items.length), items };
  }

  async listDrafts(offset = 0, count = 20): Promise<{ totalCount: number; items: DraftItem[] }> {
    const body = await this.call({
      endpoint: '/cgi-bin/draft/batchget',
      method: 'POST',
      json: { offset, count, no_content: 0 },
      auth: true,
      retrySafe: true,
    });
    const items = listedItems(body).map(
      ({ item, news, updateTime }): DraftItem => ({
        mediaId: String(item.media_id ?? ''),
        updateTime,
        titles: news.map((n) => String(n.title ?? '')),
        contents: news.map((n) => (typeof n.content === 'string' ? n.content : '')),
      }),
    );
    return { totalCount: Number(body.total_count ?? items.length), items };
  }

  async deletePublication(articleId: string, index = 0): Promise<void> {
    await this.call({
      endpoint: '/cgi-bin/freepublish/delete',
      method: 'POST',
      json: { article_id: articleId, index },
      auth: true,
      retrySafe: true,
    });
  }

  massSend(
    draftMediaId: string,
    options: { clientMsgId?: string; sendIgnoreReprint?: boolean } = {},
  ): Promise<{ msgId: string; msgDataId?: string; duplicate: boolean }> {
    return this.sendAll(draftMediaId, options, false);
  }

  private async sendAll(
    draftMediaId: string,
    options: { clientMsgId?: string; sendIgnoreReprint?: boolean },
    waited: boolean,
  ): Promise<{ msgId: string; msgDataId?: string; duplicate: boolean }> {
    const endpoint = '/cgi-bin/message/mass/sendall';
    const json: Body = {
      filter: { is_to_all: true },
      mpnews: { media_id: draftMediaId },
      msgtype: 'mpnews',
      send_ignore_reprint: options.sendIgnoreReprint ? 1 : 0,
    };
    if (options.clientMsgId !== undefined) json.clientmsgid = options.clientMsgId;
    const spec: CallSpec = {
      endpoint,
      method: 'POST',
      json,
      auth: true,
      retrySafe: json.clientmsgid !== undefined,
    };
    let body: Body;
    try {
      body = await this.call(spec);
    } catch (error) {
      if (!(error instanceof WeChatError)) throw error;
      if (
        error.errcode === CLIENTMSGID_ALREADY_SENT &&
        error.body &&
        optionalId(error.body.msg_id) !== undefined
      ) {
        this.log('info', `WeChat ${endpoint}: this clientmsgid was already sent; using that send`);
        return { msgId: optionalId(error.body.msg_id) as string, duplicate: true };
      }
      if (error.errcode !== CLIENTMSGID_REPEATED_TOO_SOON || waited) throw error;
      // The same clientmsgid was sent less than a minute ago (our own lost attempt): wait, then WeChat answers
      // 45065 with the msg_id of that send.
      this.log('warn', `WeChat ${endpoint}: same clientmsgid retried too fast (45066); asking again in 60 s`);
      await this.clock.sleep(CLIENTMSGID_REPEAT_WAIT_MS);
      return this.sendAll(draftMediaId, options, true);
    }
    const msgId = requireId(body, 'msg_id', endpoint);
    const msgDataId = optionalId(body.msg_data_id);
    return msgDataId === undefined ? { msgId, duplicate: false } : { msgId, msgDataId, duplicate: false };
  }

  async deleteMassSend(msgId: string, articleIdx = 0): Promise<void> {
    const numeric = /^\d+$/.test(msgId) && Number.isSafeInteger(Number(msgId));
    await this.call({
      endpoint: '/cgi-bin/message/mass/delete',
      method: 'POST',
      json: { msg_id: numeric ? Number(msgId) : msgId, article_idx: articleIdx },
      auth: true,
      retrySafe: true,
    });
  }

  private call(spec: CallSpec): Promise<Body> {
    return this.transport.call(spec, spec.auth ? this.tokens : undefined);
  }

  // ── transport ─────────────────────────────────────────────────────────────────────────────────────────────

  private mask(text: string): string {
    return maskSecrets(text, this.secrets);
  }

  private log(level: 'debug' | 'info' | 'warn', message: string): void {
    const line = this.mask(message);
    if (level === 'debug') this.logger.debug?.(line);
    else this.logger[level](line);
  }
}
