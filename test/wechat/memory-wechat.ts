/**
 * An in-memory WeChat behind the `WeChatPort`: what the publisher sees of the real client talking to WeChat (or to
 * the emulator), without HTTP. It keeps the emulator's behaviours that the publisher relies on — access tokens
 * refreshed when they expire, the IP allow-list, daily quotas, the draft box, freepublish jobs that end when the
 * test's clock passes their end, batchget, deletion, mass sends deduplicated by clientmsgid, the rule that
 * unverified accounts cannot publish — and errcodes a test injects. Errors are the client's own (errcodeError),
 * as the client reports them once its retries are spent. test/wechat/port.test.ts runs one contract suite against
 * this and against the real client over the emulator.
 *
 * Its control and inspection methods carry the emulator's names (`addFault`, `calls`, `publications`, `drafts`,
 * `expireTokens`, `upsertAccount`), so a test reads the same whichever WeChat it runs against.
 */
import { randomBytes } from 'node:crypto';
import type { Clock } from '../../src/platform/clock.js';
import type { AccountConfig } from '../../src/wechat/emulator/config.js';
import { type Fault, FaultQueue } from '../../src/wechat/emulator/faults.js';
import { ipAllowed, notInWhitelist } from '../../src/wechat/emulator/ip.js';
import { ERRMSG } from '../../src/wechat/emulator/messages.js';
import { sniffImage } from '../../src/wechat/emulator/multipart.js';
import type { PublicationRecord } from '../../src/wechat/emulator/store.js';
import { beijingDate } from '../../src/wechat/errcodes.js';
import {
  type DraftArticle,
  PUBLISH_STATUS,
  type PublishedItem,
  type PublishStatus,
  type PublishStatusCode,
  WeChatError,
  type WeChatPort,
} from '../../src/wechat/port.js';
import { errcodeError } from '../../src/wechat/transport.js';

/**
 * The emulator's faults, with these meanings here: `errcode` fails the operation as the client reports it once its
 * retries are spent; `drop` loses the answer (`before` WeChat saw the request, or `after` it acted) — only a call
 * the client cannot retry safely (freepublish/submit) then fails, as ambiguous, any other is retried and succeeds
 * (after `after`, having acted twice); `publishStatus`, `failIdx`, `publishSeconds` script the job a submit starts.
 * `httpStatus` and `delayMs` are the emulator's alone.
 */
export type MemoryFault = Omit<Fault, 'httpStatus' | 'delayMs'>;

export interface MemoryCall {
  endpoint: string;
  appid: string | null;
  /** 0 on success; null when no answer came back. */
  errcode: number | null;
}

/** A publish job or a mass send: the emulator's publication record, without the article bodies. */
type Job = Omit<PublicationRecord, 'msg_data_id' | 'articles' | 'failIdx' | 'finishedAt' | 'clientmsgid'> & {
  finishedAt: number | null;
  fail_idx: number[];
};

interface Draft {
  media_id: string;
  appid: string;
  state: 'draft' | 'publishing' | 'published';
  titles: string[];
  articles: { title: string; author: string; content: string; thumb_media_id: string }[];
}

const PUBLISH_ENDPOINTS = new Set([
  '/cgi-bin/freepublish/submit',
  '/cgi-bin/freepublish/get',
  '/cgi-bin/freepublish/batchget',
  '/cgi-bin/freepublish/delete',
  '/cgi-bin/message/mass/sendall',
  '/cgi-bin/message/mass/delete',
]);
const DAY_MS = 86_400_000;
const CONTENT_IMAGE_LIMIT = 1024 * 1024;
const COVER_LIMIT = 10 * 1024 * 1024;
const TITLE_LIMIT = 32;

export class MemoryWeChat {
  private readonly accounts = new Map<string, AccountConfig>();
  private readonly faults = new FaultQueue();
  private readonly crashes = new Map<string, { acted: boolean; reach: () => void }>();
  private readonly callLog: MemoryCall[] = [];
  private readonly tokens = new Map<string, 'live' | 'expired'>();
  private readonly covers = new Map<string, string>();
  private readonly draftBox = new Map<string, Draft>();
  private readonly jobs: Job[] = [];
  private readonly sends = new Map<string, { msgId: string; at: number }>();
  private readonly massSendDays = new Map<
    string,
    { day: string; month: string; dayCount: number; monthCount: number }
  >();
  private readonly daily = new Map<string, number>();
  private seq = 0;

  constructor(
    private readonly clock: Clock,
    private readonly options: {
      accounts: AccountConfig[];
      publishSeconds?: number;
      dailyQuotas?: Record<string, number>;
      /** The caller's IP as WeChat sees it. */
      callerIp?: string;
      baseUrl?: string;
    },
  ) {
    for (const a of options.accounts) this.upsertAccount(a);
  }

  // ── control and inspection (the emulator's names) ───────────────────────────────────────────────────────

  upsertAccount(account: AccountConfig): AccountConfig {
    this.accounts.set(account.appid, { ...account });
    return account;
  }

  account(appid: string): AccountConfig | undefined {
    const a = this.accounts.get(appid);
    return a ? { ...a } : undefined;
  }

  /**
   * The next call of `endpoint` never returns, as when the run that made it is killed while WeChat holds the
   * answer; `acted` says whether WeChat handled the call first. `reached` resolves once the call was made.
   */
  crashOn(endpoint: string, options: { acted: boolean }): { reached: Promise<void> } {
    let reach = () => {};
    const reached = new Promise<void>((resolve) => {
      reach = resolve;
    });
    this.crashes.set(endpoint, { acted: options.acted, reach });
    return { reached };
  }

  /** Settings changed at run time, as the emulator's `configure`. */
  configure(settings: { dailyQuotas?: Record<string, number>; publishSeconds?: number }): void {
    Object.assign(this.options, settings);
  }

  addFault(fault: MemoryFault): void {
    this.faults.add(fault);
  }

  /** Every token dies: the next call of each account gets 42001, and the client fetches a new one. */
  expireTokens(appid?: string): void {
    for (const key of this.tokens.keys())
      if (appid === undefined || key === appid) this.tokens.set(key, 'expired');
  }

  calls(): MemoryCall[] {
    return this.callLog.map((c) => ({ ...c }));
  }

  publications() {
    this.settleAll();
    return this.jobs.map((j) => ({
      ...j,
      finished_at: j.finishedAt === null ? null : new Date(j.finishedAt).toISOString(),
    }));
  }

  drafts() {
    return [...this.draftBox.values()].map((d) => ({ ...d, articles: d.articles.map((a) => ({ ...a })) }));
  }

  /** The port of one account, as WeChatClient would be with this app id and secret. */
  portFor(appid: string, secret: string): WeChatPort {
    const call = <T>(endpoint: string, work: (fault: MemoryFault | undefined) => T, retrySafe = true) =>
      this.call(appid, secret, endpoint, work, retrySafe);
    return {
      uploadContentImage: async (bytes) =>
        call('/cgi-bin/media/uploadimg', () => {
          const format = sniffImage(Buffer.from(bytes));
          if (format !== 'png' && format !== 'jpeg') throw this.error('/cgi-bin/media/uploadimg', 40005);
          if (bytes.length >= CONTENT_IMAGE_LIMIT) throw this.error('/cgi-bin/media/uploadimg', 40009);
          return {
            url: `${this.baseUrl}/mmbiz_${format === 'jpeg' ? 'jpg' : format}/${this.id(24)}/0?wx_fmt=${format}`,
          };
        }),
      addCoverMaterial: async (bytes) =>
        call('/cgi-bin/material/add_material', () => {
          if (sniffImage(Buffer.from(bytes)) === undefined)
            throw this.error('/cgi-bin/material/add_material', 40005);
          if (bytes.length > COVER_LIMIT) throw this.error('/cgi-bin/material/add_material', 40009);
          const mediaId = this.id(48);
          const url = `${this.baseUrl}/mmbiz_png/${this.id(24)}/0?wx_fmt=png`;
          this.covers.set(mediaId, appid);
          return { mediaId, url };
        }),
      addDraft: async (article) => call('/cgi-bin/draft/add', () => this.addDraft(appid, article)),
      submitPublish: async (mediaId) =>
        call('/cgi-bin/freepublish/submit', (fault) => this.submit(appid, mediaId, fault), false),
      getPublishStatus: async (publishId) =>
        call('/cgi-bin/freepublish/get', () => this.status(appid, publishId)),
      listPublished: async (offset, count) =>
        call('/cgi-bin/freepublish/batchget', () => this.listPublished(appid, offset, count)),
      deletePublication: async (articleId) =>
        call('/cgi-bin/freepublish/delete', () => {
          const job = this.jobs.find(
            (j) => j.method === 'freepublish' && j.appid === appid && j.article_id === articleId,
          );
          if (!job) throw this.error('/cgi-bin/freepublish/delete', 53600);
          this.markDeleted(job);
        }),
      massSend: async (mediaId, options) =>
        call('/cgi-bin/message/mass/sendall', () => this.massSend(appid, mediaId, options.clientMsgId), true),
      deleteMassSend: async (msgId) =>
        call('/cgi-bin/message/mass/delete', () => {
          const job = this.jobs.find(
            (j) => j.method === 'sendall' && j.appid === appid && j.msg_id === msgId,
          );
          if (!job) throw this.error('/cgi-bin/message/mass/delete', 40002, 'invalid msg_id');
          this.markDeleted(job);
        }),
    };
  }

  // ── one call, as the client and WeChat handle it ────────────────────────────────────────────────────────

  private async call<T>(
    appid: string,
    secret: string,
    endpoint: string,
    work: (fault: MemoryFault | undefined) => T,
    retrySafe: boolean,
  ): Promise<T> {
    try {
      const account = this.ensureToken(appid, secret, endpoint);
      const crash = this.crashes.get(endpoint);
      if (crash) {
        // The run dies waiting for the answer: it never comes back to this call.
        this.crashes.delete(endpoint);
        if (crash.acted) {
          this.checkAccount(account, endpoint);
          work(undefined);
          this.callLog.push({ endpoint, appid, errcode: 0 });
        }
        crash.reach();
        return new Promise<never>(() => {});
      }
      const fault = this.faults.take(endpoint, appid);
      if (fault?.errcode !== undefined) throw this.error(endpoint, fault.errcode, fault.errmsg);
      if (fault?.drop !== undefined) {
        // The request went out and no answer came back.
        if (fault.drop === 'after') {
          this.checkAccount(account, endpoint);
          work(fault);
        }
        this.callLog.push({ endpoint, appid, errcode: null });
        if (!retrySafe) {
          throw new WeChatError({
            kind: 'transient',
            endpoint,
            ambiguous: true,
            hint: {
              zh: '请求可能已被微信受理，须先核对',
              en: 'WeChat may have accepted the request; reconcile first',
            },
          });
        }
        // The client asks again; this time the answer comes back.
      }
      this.checkAccount(account, endpoint);
      const result = work(fault);
      this.callLog.push({ endpoint, appid, errcode: 0 });
      return result;
    } catch (error) {
      if (error instanceof WeChatError && error.errcode !== undefined) {
        this.callLog.push({ endpoint: error.endpoint, appid, errcode: error.errcode });
      }
      throw error;
    }
  }

  /** The client's token: fetched on first use, and again after WeChat says it expired (42001). */
  private ensureToken(appid: string, secret: string, endpoint: string): AccountConfig {
    const tokenEndpoint = '/cgi-bin/stable_token';
    const account = this.accounts.get(appid);
    const state = this.tokens.get(appid);
    if (account && state === 'live') return account;
    if (state === 'expired') this.callLog.push({ endpoint, appid, errcode: 42001 });
    if (!account) throw this.error(tokenEndpoint, 40013);
    this.checkIp(account, tokenEndpoint);
    if (secret !== account.secret) throw this.error(tokenEndpoint, 40125);
    this.callLog.push({ endpoint: tokenEndpoint, appid, errcode: 0 });
    this.tokens.set(appid, 'live');
    return account;
  }

  private checkIp(account: AccountConfig, endpoint: string): void {
    const ip = this.options.callerIp ?? '127.0.0.1';
    if (account.allowedIps !== undefined && !ipAllowed(ip, account.allowedIps)) {
      throw this.error(endpoint, 40164, notInWhitelist(ip));
    }
  }

  /** The IP allow-list, the daily quota and the unverified-account rule, as WeChat checks every call. */
  private checkAccount(account: AccountConfig, endpoint: string): void {
    this.checkIp(account, endpoint);
    const limit = this.options.dailyQuotas?.[endpoint];
    const key = `${account.appid} ${endpoint} ${beijingDate(this.clock.now())}`;
    const used = this.daily.get(key) ?? 0;
    if (limit !== undefined && used >= limit) throw this.error(endpoint, 45009);
    this.daily.set(key, used + 1);
    if (PUBLISH_ENDPOINTS.has(endpoint) && account.verified === false) throw this.error(endpoint, 48001);
  }

  private error(endpoint: string, errcode: number, errmsg?: string): WeChatError {
    return errcodeError(
      endpoint,
      errcode,
      errmsg ?? ERRMSG[errcode] ?? `errcode ${errcode}`,
      this.clock.now(),
    );
  }

  // ── the draft box and publishing ────────────────────────────────────────────────────────────────────────

  private addDraft(appid: string, article: DraftArticle): { mediaId: string } {
    const endpoint = '/cgi-bin/draft/add';
    if (article.title === '' || article.content === '') throw this.error(endpoint, 44003);
    if ([...article.title].length > TITLE_LIMIT) throw this.error(endpoint, 45003);
    if (this.covers.get(article.thumbMediaId) !== appid) throw this.error(endpoint, 40007);
    const mediaId = this.id(32);
    this.draftBox.set(mediaId, {
      media_id: mediaId,
      appid,
      state: 'draft',
      titles: [article.title],
      articles: [
        {
          title: article.title,
          author: article.author ?? '',
          content: article.content,
          thumb_media_id: article.thumbMediaId,
        },
      ],
    });
    return { mediaId };
  }

  private submit(appid: string, mediaId: string, fault: MemoryFault | undefined) {
    const draft = this.draftBox.get(mediaId);
    if (!draft || draft.appid !== appid || draft.state !== 'draft') {
      throw this.error('/cgi-bin/freepublish/submit', 40007);
    }
    const now = this.clock.now();
    const status = fault?.publishStatus ?? 0;
    const seconds = fault?.publishSeconds ?? this.options.publishSeconds ?? 0;
    draft.state = 'publishing';
    const publishId = String(2_247_483_647 + ++this.seq);
    this.jobs.push({
      method: 'freepublish',
      appid,
      media_id: mediaId,
      publish_id: publishId,
      msg_id: null,
      article_id: null,
      title: draft.titles[0] ?? '',
      titles: draft.titles,
      status: 1,
      deleted: false,
      submittedAt: now,
      readyAt: now + seconds * 1000,
      finishedAt: null,
      outcome: { status, failIdx: fault?.failIdx ?? (status === 0 ? [] : [1]) },
      fail_idx: [],
      urls: [],
    });
    this.settleAll();
    return { publishId, msgDataId: String(2_247_483_647 + ++this.seq) };
  }

  /** A job whose end has come on the clock ends: success publishes the draft, failure returns it to the box. */
  private settleAll(): void {
    const now = this.clock.now();
    for (const job of this.jobs) {
      if (job.status !== 1 || now < job.readyAt) continue;
      const draft = this.draftBox.get(job.media_id);
      job.status = job.outcome.status;
      job.finishedAt = job.readyAt;
      if (job.status === 0) {
        job.article_id = this.id(32);
        job.urls = [`${this.baseUrl}/s/${job.article_id}`];
        if (draft) draft.state = 'published';
      } else {
        job.fail_idx = job.outcome.failIdx;
        if (draft) draft.state = 'draft';
      }
    }
  }

  private status(appid: string, publishId: string): PublishStatus {
    this.settleAll();
    const job = this.jobs.find(
      (j) => j.method === 'freepublish' && j.appid === appid && j.publish_id === publishId,
    );
    if (!job) throw this.error('/cgi-bin/freepublish/get', 53502);
    const code = job.status as PublishStatusCode;
    const status: PublishStatus = {
      publishId,
      status: code,
      name: PUBLISH_STATUS[code],
      pending: code === 1,
    };
    if (job.article_id !== null && [0, 5, 6].includes(code)) {
      status.articleId = job.article_id;
      status.articleUrls = job.urls;
    }
    if (job.fail_idx.length > 0) status.failIdx = job.fail_idx;
    return status;
  }

  private listPublished(appid: string, offset: number, count: number) {
    this.settleAll();
    const live = this.jobs
      .filter((j) => j.method === 'freepublish' && j.appid === appid && j.status === 0 && !j.deleted)
      .reverse();
    const items: PublishedItem[] = live.slice(offset, offset + count).map((j) => ({
      articleId: j.article_id as string,
      updateTime: Math.floor((j.finishedAt ?? j.submittedAt) / 1000),
      titles: j.titles,
      urls: j.urls,
    }));
    return { totalCount: live.length, items };
  }

  private markDeleted(job: Job): void {
    this.settleAll();
    job.deleted = true;
    if (job.status === 0) job.status = 5;
  }

  private massSend(appid: string, mediaId: string, clientMsgId: string) {
    const endpoint = '/cgi-bin/message/mass/sendall';
    const now = this.clock.now();
    const key = `${appid}\n${clientMsgId}`;
    const seen = this.sends.get(key);
    if (seen && now - seen.at < DAY_MS) return { msgId: seen.msgId, duplicate: true };
    const draft = this.draftBox.get(mediaId);
    if (!draft || draft.appid !== appid || draft.state !== 'draft') throw this.error(endpoint, 40007);
    const account = this.accounts.get(appid) as AccountConfig;
    const day = beijingDate(now);
    const quota = this.massSendDays.get(appid) ?? { day, month: day.slice(0, 7), dayCount: 0, monthCount: 0 };
    if (quota.day !== day) Object.assign(quota, { day, dayCount: 0 });
    if (quota.month !== day.slice(0, 7)) Object.assign(quota, { month: day.slice(0, 7), monthCount: 0 });
    if (account.type === 'service' ? quota.monthCount >= 4 : quota.dayCount >= 1)
      throw this.error(endpoint, 45028);
    quota.dayCount += 1;
    quota.monthCount += 1;
    this.massSendDays.set(appid, quota);
    const msgId = String(3_147_483_647 + ++this.seq);
    const articleId = this.id(32);
    draft.state = 'published';
    this.jobs.push({
      method: 'sendall',
      appid,
      media_id: mediaId,
      publish_id: null,
      msg_id: msgId,
      article_id: articleId,
      title: draft.titles[0] ?? '',
      titles: draft.titles,
      status: 0,
      deleted: false,
      submittedAt: now,
      readyAt: now,
      finishedAt: now,
      outcome: { status: 0, failIdx: [] },
      fail_idx: [],
      urls: [`${this.baseUrl}/s/${articleId}`],
    });
    this.sends.set(key, { msgId, at: now });
    return { msgId, msgDataId: String(2_247_483_647 + ++this.seq), duplicate: false };
  }

  private get baseUrl(): string {
    return this.options.baseUrl ?? 'http://wechat.memory';
  }

  /** Ids shaped like WeChat's. */
  private id(bytes: number): string {
    return randomBytes(bytes).toString('base64url');
  }
}
