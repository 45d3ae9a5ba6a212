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
import type { Clock } from '../../src/platform/clock.js';
import type { AccountConfig } from '../../src/wechat/emulator/config.js';
import { type Fault, FaultQueue } from '../../src/wechat/emulator/faults.js';
import { ipAllowed, notInWhitelist } from '../../src/wechat/emulator/ip.js';
import { ERRMSG } from '../../src/wechat/emulator/messages.js';
import { beijingDate } from '../../src/wechat/errcodes.js';
import { formatOfName, type ImageFormat, sniffImage, uploadName } from '../../src/wechat/image-type.js';
import { WeChatError, type WeChatPort } from '../../src/wechat/port.js';
import { errcodeError } from '../../src/wechat/transport.js';
import { MemoryPublications } from './memory-publications.js';

/**
 * The emulator's faults, with these meanings here: `errcode` fails the operation as the client reports it once its
 * retries are spent; `drop` loses the answer (`before` WeChat saw the request, or `after` it acted) — only a call
 * the client cannot retry safely (freepublish/submit, draft/add) then fails, as ambiguous, any other is retried and succeeds
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

const PUBLISH_ENDPOINTS = new Set([
  '/cgi-bin/freepublish/submit',
  '/cgi-bin/freepublish/get',
  '/cgi-bin/freepublish/batchget',
  '/cgi-bin/freepublish/delete',
  '/cgi-bin/message/mass/sendall',
  '/cgi-bin/message/mass/delete',
]);
const CONTENT_IMAGE_LIMIT = 1024 * 1024;
const COVER_LIMIT = 10 * 1024 * 1024;

export class MemoryWeChat {
  private readonly accounts = new Map<string, AccountConfig>();
  private readonly faults = new FaultQueue();
  private readonly crashes = new Map<string, { acted: boolean; reach: () => void }>();
  private readonly holds = new Map<string, { reach: () => void; released: Promise<void> }>();
  private readonly callLog: MemoryCall[] = [];
  private readonly tokens = new Map<string, 'live' | 'expired'>();
  private readonly published: MemoryPublications;
  private readonly daily = new Map<string, number>();

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
    this.published = new MemoryPublications(clock, options, (endpoint, errcode, errmsg) =>
      this.error(endpoint, errcode, errmsg),
    );
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

  /**
   * The next call of `endpoint` waits, untouched, until the test calls `release()`; WeChat then handles it as
   * usual. `reached` resolves once the call was made. Lets a test act while a run is inside WeChat (another run
   * takes its article over) without waiting for any clock.
   */
  holdOn(endpoint: string): { reached: Promise<void>; release: () => void } {
    let reach = () => {};
    const reached = new Promise<void>((resolve) => {
      reach = resolve;
    });
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.holds.set(endpoint, { reach, released });
    return { reached, release };
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
    return this.published.publications();
  }

  drafts() {
    return this.published.drafts();
  }

  /**
   * What the client and the emulator make of an upload together: the client names it after its bytes (uploadName),
   * WeChat judges that name's extension (40113) and whether the bytes are that type (40137).
   */
  private namedUpload(
    endpoint: string,
    bytes: Uint8Array,
    filename: string,
    allowed: readonly ImageFormat[],
  ): ImageFormat | undefined {
    const format = sniffImage(bytes);
    const named = formatOfName(uploadName(bytes, filename).name);
    if (named === undefined || !allowed.includes(named)) throw this.error(endpoint, 40113);
    if (format !== named) throw this.error(endpoint, 40137);
    return format;
  }

  /** The port of one account, as WeChatClient would be with this app id and secret. */
  portFor(appid: string, secret: string): WeChatPort {
    const call = <T>(endpoint: string, work: (fault: MemoryFault | undefined) => T, retrySafe = true) =>
      this.call(appid, secret, endpoint, work, retrySafe);
    const published = this.published;
    return {
      uploadContentImage: async (bytes, filename) =>
        call('/cgi-bin/media/uploadimg', () => {
          const format = this.namedUpload('/cgi-bin/media/uploadimg', bytes, filename, ['png', 'jpeg']);
          if (format !== 'png' && format !== 'jpeg') throw this.error('/cgi-bin/media/uploadimg', 40005);
          if (bytes.length >= CONTENT_IMAGE_LIMIT) throw this.error('/cgi-bin/media/uploadimg', 40009);
          return { url: published.contentImageUrl(format) };
        }),
      addCoverMaterial: async (bytes, filename) =>
        call('/cgi-bin/material/add_material', () => {
          const all: ImageFormat[] = ['png', 'jpeg', 'gif', 'bmp'];
          if (this.namedUpload('/cgi-bin/material/add_material', bytes, filename, all) === undefined)
            throw this.error('/cgi-bin/material/add_material', 40005);
          if (bytes.length > COVER_LIMIT) throw this.error('/cgi-bin/material/add_material', 40009);
          return published.addCover(appid);
        }),
      addDraft: async (article) =>
        call('/cgi-bin/draft/add', () => published.addDraft(appid, article), false),
      submitPublish: async (mediaId) =>
        call('/cgi-bin/freepublish/submit', (fault) => published.submit(appid, mediaId, fault), false),
      getPublishStatus: async (publishId) =>
        call('/cgi-bin/freepublish/get', () => published.status(appid, publishId)),
      listPublished: async (offset, count, options) =>
        call('/cgi-bin/freepublish/batchget', () =>
          published.listPublished(appid, offset, count, options?.withContent === true),
        ),
      listDrafts: async (offset, count) =>
        call('/cgi-bin/draft/batchget', () => published.listDrafts(appid, offset, count)),
      deletePublication: async (articleId) =>
        call('/cgi-bin/freepublish/delete', () => published.deletePublication(appid, articleId)),
      massSend: async (mediaId, options) =>
        call('/cgi-bin/message/mass/sendall', () =>
          published.massSend(this.accounts.get(appid) as AccountConfig, mediaId, options.clientMsgId),
        ),
      deleteMassSend: async (msgId) =>
        call('/cgi-bin/message/mass/delete', () => published.deleteMassSend(appid, msgId)),
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
    const hold = this.holds.get(endpoint);
    if (hold) {
      this.holds.delete(endpoint);
      hold.reach();
      await hold.released;
    }
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
}
