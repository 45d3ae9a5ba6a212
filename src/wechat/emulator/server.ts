/**
 * A local WeChat API for tests and the demo (reference §13): a node:http server on loopback that authenticates,
 * enforces the IP allow-list, quotas and the unverified-account rule, serves the endpoints in api.ts, injects
 * faults, and exposes its state under `/__emulator/` (loopback callers only).
 *
 * In process: `const emu = await startEmulator({ port: 0 })` → `emu.url`, `emu.state` (control and inspection),
 * `emu.close()`. From the shell: `wxgate emulator`.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ConfigurationError } from '../../platform/errors.js';
import { beijingDate } from '../errcodes.js';
import { ApiError, type Ctx, ENDPOINTS, type JobScript, settle } from './api.js';
import {
  type AccountConfig,
  defaultConfig,
  type EmulatorConfig,
  mergeConfig,
  normalizeAccount,
} from './config.js';
import { ipAllowed, normalizeIp, notInWhitelist } from './ip.js';
import { ERRMSG, errorBody } from './messages.js';
import { parseMultipart } from './multipart.js';
import { type DraftRecord, type PublicationRecord, Store, type TokenRecord } from './store.js';

/** A scripted misbehaviour for the next `times` calls of `endpoint` (`*`: any API endpoint). */
export interface Fault {
  endpoint: string;
  /** How many calls it applies to (default 1). */
  times?: number;
  /** Only calls for this account. */
  appid?: string;
  /** Answer this errcode (with WeChat's errmsg unless `errmsg` is given) instead of handling the call. */
  errcode?: number;
  errmsg?: string;
  /** Answer this HTTP status (e.g. 502) with an HTML body, like a gateway. */
  httpStatus?: number;
  /** Wait this long before answering (a client timeout shorter than this sees a timeout). */
  delayMs?: number;
  /** Drop the connection without an answer: `before` handling the call, or `after` it took effect. */
  drop?: 'before' | 'after';
  /** For freepublish/submit: the job this call starts ends with this status (0, 2, 3 or 4)… */
  publishStatus?: number;
  /** …with these 1-based failed articles (default [1] for a failure)… */
  failIdx?: number[];
  /** …after this long on the emulator's clock (default: config publishSeconds). */
  publishSeconds?: number;
}

export interface CallRecord {
  seq: number;
  at: string;
  method: string;
  endpoint: string;
  appid: string | null;
  /** 0 on success; null when no WeChat answer was sent (dropped connection, HTTP error). */
  errcode: number | null;
  http_status: number | null;
  ip: string;
  /** The fault applied, if any: `errcode 45009`, `drop before`, `delay 500 ms`… */
  fault: string | null;
}

/** One entry per freepublish/submit or sendall accepted. */
export interface PublicationView {
  publish_id: string | null;
  article_id: string | null;
  title: string;
  status: number;
  deleted: boolean;
  method: 'freepublish' | 'sendall';
  appid: string;
  media_id: string;
  msg_id: string | null;
  msg_data_id: string;
  urls: string[];
  fail_idx: number[];
  submitted_at: string;
  finished_at: string | null;
}

export interface DraftView {
  media_id: string;
  appid: string;
  state: DraftRecord['state'];
  titles: string[];
  created_at: string;
  updated_at: string;
  articles: DraftRecord['articles'];
}

export interface StartEmulatorOptions {
  /** 0 picks a free port. Default 0. */
  port?: number;
  /** Default 127.0.0.1 (loopback only). */
  host?: string;
  /** Persist state here (state.json + media/); a config.json here is read too. In memory when absent. */
  stateDir?: string;
  /** Settings over the defaults (and over stateDir/config.json): see EmulatorConfig. */
  config?: unknown;
  /** The emulator's base clock (its own offset, moved by `advanceClock`, is added). Default Date.now. */
  now?: () => number;
  /** Receives one line per API call (never a secret or token). */
  log?: (line: string) => void;
}

export interface RunningEmulator {
  /** http://127.0.0.1:PORT — use as WECHAT_API_BASE. */
  url: string;
  port: number;
  state: EmulatorState;
  close(): Promise<void>;
}

const TOKEN_PATHS = new Set(['/cgi-bin/stable_token', '/cgi-bin/token']);
const MAX_BODY = 32 * 1024 * 1024;

/** Control and inspection of a running emulator, for tests and the `/__emulator/` endpoints. */
export class EmulatorState {
  private readonly faultList: (Fault & { times: number })[] = [];
  private readonly callLog: CallRecord[] = [];
  private callSeq = 0;
  baseUrl = '';

  constructor(
    readonly store: Store,
    private readonly baseNow: () => number,
  ) {}

  now(): number {
    return this.baseNow() + this.store.data.clockOffsetMs;
  }

  get config(): EmulatorConfig {
    return this.store.config;
  }

  /** Moves the emulator's clock forward (token expiry, publish jobs, quota days). */
  advanceClock(ms: number): void {
    this.store.data.clockOffsetMs += ms;
    this.store.save();
  }

  /** Settings changed at run time (partial EmulatorConfig). */
  configure(input: unknown): void {
    this.store.config = mergeConfig(this.store.config, input, 'config');
    this.store.save();
  }

  upsertAccount(input: AccountConfig | Record<string, unknown>): AccountConfig {
    const account = normalizeAccount(input, 'account');
    const accounts = this.store.config.accounts.filter((a) => a.appid !== account.appid);
    this.store.config = { ...this.store.config, accounts: [...accounts, account] };
    this.store.save();
    return account;
  }

  account(appid: string): AccountConfig | undefined {
    return this.store.config.accounts.find((a) => a.appid === appid);
  }

  addFault(fault: Fault | Record<string, unknown>): void {
    this.faultList.push(normalizeFault(fault));
  }

  faults(): (Fault & { times: number })[] {
    return this.faultList.map((f) => ({ ...f }));
  }

  clearFaults(): void {
    this.faultList.length = 0;
  }

  /** The first fault for this call, with one use consumed. */
  takeFault(endpoint: string, appid: string | undefined): (Fault & { times: number }) | undefined {
    const index = this.faultList.findIndex(
      (f) => (f.endpoint === '*' || f.endpoint === endpoint) && (f.appid === undefined || f.appid === appid),
    );
    if (index === -1) return undefined;
    const fault = this.faultList[index] as Fault & { times: number };
    fault.times -= 1;
    if (fault.times <= 0) this.faultList.splice(index, 1);
    return fault;
  }

  /** Every token of the account (all accounts without one) expires now: the next business call gets 42001. */
  expireTokens(appid?: string): void {
    const now = this.now();
    for (const token of Object.values(this.store.data.tokens)) {
      if (appid === undefined || token.appid === appid) token.expiresAt = Math.min(token.expiresAt, now);
    }
    this.store.save();
  }

  /** A published job turns 5 (deleted by the user) or 6 (banned by the platform). */
  setPublicationStatus(publishIdOrArticleId: string, status: number): PublicationView {
    if (![0, 5, 6].includes(status)) throw new Error('status must be 5, 6 (or 0)');
    const pub = this.store.data.publications.find(
      (p) => p.publish_id === publishIdOrArticleId || p.article_id === publishIdOrArticleId,
    );
    if (!pub) throw new Error(`no publication ${publishIdOrArticleId}`);
    this.settleAll();
    if (![0, 5, 6].includes(pub.status))
      throw new Error(`publication ${publishIdOrArticleId} did not succeed`);
    pub.status = status;
    pub.deleted = status === 5 ? true : pub.deleted;
    this.store.save();
    return this.view(pub);
  }

  settleAll(): void {
    for (const pub of this.store.data.publications) settle(this.store, pub, this.now(), this.baseUrl);
  }

  publications(): PublicationView[] {
    this.settleAll();
    return this.store.data.publications.map((p) => this.view(p));
  }

  drafts(): DraftView[] {
    return Object.values(this.store.data.drafts).map((d) => ({
      media_id: d.media_id,
      appid: d.appid,
      state: d.state,
      titles: d.articles.map((a) => a.title),
      created_at: new Date(d.createdAt).toISOString(),
      updated_at: new Date(d.updatedAt).toISOString(),
      articles: d.articles,
    }));
  }

  calls(): CallRecord[] {
    return this.callLog.map((c) => ({ ...c }));
  }

  clearCalls(): void {
    this.callLog.length = 0;
  }

  recordCall(call: Omit<CallRecord, 'seq' | 'at'>): CallRecord {
    this.callSeq += 1;
    const record = { seq: this.callSeq, at: new Date(this.now()).toISOString(), ...call };
    this.callLog.push(record);
    if (this.callLog.length > 10_000) this.callLog.shift();
    return record;
  }

  /** Daily counters of the current (Beijing) day, per account and endpoint. */
  quotas(): Record<string, Record<string, { used: number; limit: number | null }>> {
    const day = beijingDate(this.now());
    const out: Record<string, Record<string, { used: number; limit: number | null }>> = {};
    for (const [appid, counter] of Object.entries(this.store.data.daily)) {
      if (counter.day !== day) continue;
      out[appid] = {};
      for (const [path, used] of Object.entries(counter.calls)) {
        (out[appid] as Record<string, { used: number; limit: number | null }>)[path] = {
          used,
          limit: this.store.config.dailyQuotas[path] ?? null,
        };
      }
    }
    return out;
  }

  reset(): void {
    this.store.reset();
    this.faultList.length = 0;
    this.callLog.length = 0;
    this.store.save();
  }

  private view(p: PublicationRecord): PublicationView {
    return {
      publish_id: p.publish_id,
      article_id: p.article_id,
      title: p.title,
      status: p.status,
      deleted: p.deleted,
      method: p.method,
      appid: p.appid,
      media_id: p.media_id,
      msg_id: p.msg_id,
      msg_data_id: p.msg_data_id,
      urls: p.urls,
      fail_idx: p.failIdx,
      submitted_at: new Date(p.submittedAt).toISOString(),
      finished_at: p.finishedAt === undefined ? null : new Date(p.finishedAt).toISOString(),
    };
  }
}

export function normalizeFault(input: Fault | Record<string, unknown>): Fault & { times: number } {
  const raw = input as Record<string, unknown>;
  const get = (camel: string, snake: string) => raw[camel] ?? raw[snake];
  const endpoint = raw.endpoint;
  if (typeof endpoint !== 'string' || (endpoint !== '*' && !endpoint.startsWith('/'))) {
    throw new Error('fault: "endpoint" must be a path such as /cgi-bin/draft/add, or *');
  }
  const num = (value: unknown, name: string): number | undefined => {
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw new Error(`fault: "${name}" must be a number`);
    return value;
  };
  const fault: Fault & { times: number } = { endpoint, times: num(raw.times, 'times') ?? 1 };
  if (fault.times < 1) throw new Error('fault: "times" must be ≥ 1');
  if (raw.appid !== undefined) fault.appid = String(raw.appid);
  const errcode = num(raw.errcode, 'errcode');
  if (errcode !== undefined) fault.errcode = errcode;
  if (raw.errmsg !== undefined) fault.errmsg = String(raw.errmsg);
  const httpStatus = num(get('httpStatus', 'http_status'), 'httpStatus');
  if (httpStatus !== undefined) {
    if (httpStatus < 400 || httpStatus > 599) throw new Error('fault: "httpStatus" must be 400–599');
    fault.httpStatus = httpStatus;
  }
  const delay = num(get('delayMs', 'delay_ms'), 'delayMs');
  if (delay !== undefined) fault.delayMs = delay;
  const drop = raw.drop;
  if (drop !== undefined) {
    if (drop === true || drop === 'before') fault.drop = 'before';
    else if (drop === 'after') fault.drop = 'after';
    else throw new Error('fault: "drop" must be "before", "after" or true');
  }
  const status = num(get('publishStatus', 'publish_status'), 'publishStatus');
  if (status !== undefined) {
    if (![0, 2, 3, 4].includes(status)) throw new Error('fault: "publishStatus" must be 0, 2, 3 or 4');
    fault.publishStatus = status;
  }
  const failIdx = get('failIdx', 'fail_idx');
  if (failIdx !== undefined) {
    if (!Array.isArray(failIdx) || !failIdx.every((n) => Number.isInteger(n) && n >= 1)) {
      throw new Error('fault: "failIdx" must be a list of 1-based article numbers');
    }
    fault.failIdx = failIdx as number[];
  }
  const seconds = num(get('publishSeconds', 'publish_seconds'), 'publishSeconds');
  if (seconds !== undefined) fault.publishSeconds = seconds;
  return fault;
}

function describeFault(f: Fault): string {
  const parts: string[] = [];
  if (f.delayMs !== undefined) parts.push(`delay ${f.delayMs} ms`);
  if (f.drop) parts.push(`drop ${f.drop}`);
  if (f.httpStatus !== undefined) parts.push(`HTTP ${f.httpStatus}`);
  if (f.errcode !== undefined) parts.push(`errcode ${f.errcode}`);
  if (f.publishStatus !== undefined) parts.push(`publish_status ${f.publishStatus}`);
  return parts.join(', ') || 'none';
}

/** Reads the config: defaults, then stateDir/config.json, then `options.config`. */
function loadConfig(options: StartEmulatorOptions): EmulatorConfig {
  let config = defaultConfig();
  if (options.stateDir !== undefined) {
    const file = join(options.stateDir, 'config.json');
    if (existsSync(file)) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        throw new ConfigurationError(`${file}: not valid JSON (${(error as Error).message})`);
      }
      config = mergeConfig(config, parsed, file);
    }
  }
  if (options.config !== undefined) config = mergeConfig(config, options.config, 'config');
  return config;
}

export async function startEmulator(options: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  const store = new Store(options.stateDir, loadConfig(options));
  const state = new EmulatorState(store, options.now ?? Date.now);
  const log = options.log;
  const waits = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();
  let closed = false;

  const delay = (ms: number) =>
    new Promise<void>((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          waits.delete(entry);
          resolve();
        }, ms),
        resolve,
      };
      waits.add(entry);
    });

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        sendJson(res, 500, { error: `emulator bug: ${(error as Error).message}` });
      } else {
        res.destroy();
      }
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator.invalid');
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
    const body = await readBody(req);
    if (body === undefined) {
      res.writeHead(413, { connection: 'close' }).end('request body too large');
      return;
    }
    if (path === '/__emulator' || path.startsWith('/__emulator/')) return admin(req, res, path, body);
    if (req.method === 'GET' || req.method === 'HEAD') {
      const image = /^\/(?:sz_)?mmbiz_[a-z]+\/([A-Za-z0-9_-]+)\/0$/.exec(path);
      if (image) return serveImage(res, image[1] as string);
      if (path.startsWith('/s/')) return servePage(res, decodeURIComponent(path.slice(3)), url.searchParams);
      if (path === '/') {
        return sendJson(res, 200, {
          name: 'wxgate WeChat API emulator',
          api_base: state.baseUrl,
          accounts: store.config.accounts.map((a) => a.appid),
          inspect: `${state.baseUrl}/__emulator`,
        });
      }
    }
    return api(req, res, path, url.searchParams, body);
  }

  // ── the WeChat API ────────────────────────────────────────────────────────────────────────────────────────

  async function api(
    req: IncomingMessage,
    res: ServerResponse,
    endpoint: string,
    query: URLSearchParams,
    raw: Buffer,
  ): Promise<void> {
    const method = req.method ?? 'GET';
    const ip = callerIp(req, store.config.trustForwardedFor);
    const call = { method, endpoint, appid: null as string | null, ip, fault: null as string | null };
    const answer = (errcode: number, bodyObj: Record<string, unknown>) => {
      state.recordCall({ ...call, errcode, http_status: 200 });
      log?.(
        `${method} ${endpoint}${call.appid ? ` [${call.appid}]` : ''} → ${errcode === 0 ? 'ok' : `errcode ${errcode}`}`,
      );
      sendJson(res, 200, bodyObj);
    };
    const fail = (error: ApiError) => {
      const { noRid, ...extra } = error.extra;
      const bodyObj = noRid
        ? { errcode: error.errcode, errmsg: error.errmsg ?? ERRMSG[error.errcode], ...extra }
        : errorBody(error.errcode, error.errmsg, extra);
      answer(error.errcode, bodyObj);
    };

    const spec = ENDPOINTS[endpoint];
    if (!spec && !TOKEN_PATHS.has(endpoint)) {
      if (store.config.unknownEndpoint === '404') {
        state.recordCall({ ...call, errcode: null, http_status: 404 });
        res.writeHead(404, { 'content-type': 'text/html' }).end('<html><body>404 Not Found</body></html>');
        return;
      }
      return fail(new ApiError(40066));
    }

    // Whose call is it, for faults that target one account? (Validated properly below.)
    const token = query.get('access_token');
    const tokenRecord: TokenRecord | undefined = token ? store.data.tokens[token] : undefined;
    const jsonBody = parseJson(raw);
    const claimedAppid =
      tokenRecord?.appid ??
      query.get('appid') ??
      (jsonBody.ok && typeof jsonBody.value.appid === 'string' ? jsonBody.value.appid : undefined);
    call.appid = claimedAppid ?? null;

    const fault = state.takeFault(endpoint, claimedAppid);
    if (fault) {
      call.fault = describeFault(fault);
      if (fault.delayMs !== undefined) {
        await delay(fault.delayMs);
        if (closed) return;
      }
      if (fault.drop === 'before') {
        state.recordCall({ ...call, errcode: null, http_status: null });
        log?.(`${method} ${endpoint} → connection dropped (fault)`);
        req.socket.destroy();
        return;
      }
      if (fault.httpStatus !== undefined) {
        state.recordCall({ ...call, errcode: null, http_status: fault.httpStatus });
        res
          .writeHead(fault.httpStatus, { 'content-type': 'text/html' })
          .end(`<html><body><h1>${fault.httpStatus}</h1>nginx</body></html>`);
        return;
      }
      if (fault.errcode !== undefined) return fail(new ApiError(fault.errcode, fault.errmsg));
    }
    const job: JobScript | undefined =
      fault?.publishStatus === undefined
        ? undefined
        : {
            status: fault.publishStatus,
            ...(fault.failIdx ? { failIdx: fault.failIdx } : {}),
            ...(fault.publishSeconds !== undefined ? { publishSeconds: fault.publishSeconds } : {}),
          };

    const now = state.now();
    let result: Record<string, unknown>;
    try {
      result = TOKEN_PATHS.has(endpoint)
        ? issueToken(endpoint, method, query, jsonBody, raw, ip, now, call)
        : business(endpoint, method, query, jsonBody, raw, req, ip, now, call, job);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      store.save();
      return fail(error);
    }
    store.save();
    if (fault?.drop === 'after') {
      state.recordCall({ ...call, errcode: null, http_status: null });
      log?.(`${method} ${endpoint} → handled, then connection dropped (fault)`);
      req.socket.destroy();
      return;
    }
    answer(0, result);
  }

  function account(appid: string): AccountConfig | undefined {
    return store.config.accounts.find((a) => a.appid === appid);
  }

  function checkIp(acc: AccountConfig, ip: string): void {
    if (acc.allowedIps !== undefined && !ipAllowed(ip, acc.allowedIps)) {
      throw new ApiError(40164, notInWhitelist(ip));
    }
  }

  /** Counts the call against the daily and per-minute quotas of (account, endpoint). */
  function countQuota(appid: string, endpoint: string, now: number): void {
    const day = beijingDate(now);
    const daily = store.data.daily[appid]?.day === day ? store.data.daily[appid] : { day, calls: {} };
    const limit = store.config.dailyQuotas[endpoint];
    const used = daily.calls[endpoint] ?? 0;
    if (limit !== undefined && used >= limit) throw new ApiError(45009);
    const minute = Math.floor(now / 60_000);
    const perMinute =
      store.data.minute[appid]?.minute === minute ? store.data.minute[appid] : { minute, calls: {} };
    const minuteLimit = store.config.minuteQuotas[endpoint];
    const usedThisMinute = perMinute.calls[endpoint] ?? 0;
    if (minuteLimit !== undefined && usedThisMinute >= minuteLimit) throw new ApiError(45011);
    daily.calls[endpoint] = used + 1;
    perMinute.calls[endpoint] = usedThisMinute + 1;
    store.data.daily[appid] = daily;
    store.data.minute[appid] = perMinute;
  }

  function issueToken(
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
    const acc = account(appid);
    if (!acc) throw new ApiError(40013);
    call.appid = appid;
    checkIp(acc, ip);
    countQuota(appid, endpoint, now);
    if (acc.secretFrozen) throw new ApiError(40243);
    if (params.secret !== acc.secret) {
      throw new ApiError(endpoint === '/cgi-bin/stable_token' ? 40125 : 40001);
    }
    const ttl = store.config.tokenTtlSeconds * 1000;
    const grace = store.config.tokenGraceSeconds * 1000;
    const current = store.data.currentTokens[appid] ?? {};
    store.data.currentTokens[appid] = current;
    const mint = (kind: TokenRecord['kind']): string => {
      const value = `${Math.floor(now / 1000) % 100}_${randomBytes(96).toString('base64url')}`;
      store.data.tokens[value] = { appid, kind, issuedAt: now, expiresAt: now + ttl };
      // Forget tokens that died more than a day ago.
      for (const [key, t] of Object.entries(store.data.tokens)) {
        if (t.expiresAt < now - 86_400_000) delete store.data.tokens[key];
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
      if (count < store.config.forceRefreshPerDay && (fr === undefined || now - fr.last >= 30_000)) {
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

  function business(
    endpoint: string,
    method: string,
    query: URLSearchParams,
    json: JsonResult,
    raw: Buffer,
    req: IncomingMessage,
    ip: string,
    now: number,
    call: { appid: string | null },
    job: JobScript | undefined,
  ): Record<string, unknown> {
    const spec = ENDPOINTS[endpoint] as (typeof ENDPOINTS)[string];
    if (spec.method === 'POST' && method !== 'POST') throw new ApiError(43002);
    const token = query.get('access_token');
    if (!token) throw new ApiError(41001);
    const record = store.data.tokens[token];
    const acc = record ? account(record.appid) : undefined;
    if (!record || !acc) throw new ApiError(40014);
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
    countQuota(acc.appid, endpoint, now);
    if (spec.verifiedOnly && acc.verified === false) throw new ApiError(48001);

    let body: Record<string, unknown> = {};
    let parts: ReturnType<typeof parseMultipart>;
    if (spec.body === 'json') {
      if (raw.length === 0) throw new ApiError(44002);
      if (!json.ok) throw new ApiError(47001, `${ERRMSG[47001]} hint: [${json.hint}]`);
      body = json.value;
    } else if (spec.body === 'multipart') {
      parts = parseMultipart(raw, req.headers['content-type']);
      if (parts === undefined) throw new ApiError(41005);
    }
    const ctx: Ctx = { store, now, account: acc, query, body, parts, baseUrl: state.baseUrl, job };
    return spec.handler(ctx);
  }

  // ── pages and images ──────────────────────────────────────────────────────────────────────────────────────

  function serveImage(res: ServerResponse, key: string): void {
    const blob = store.getBlob(key);
    if (!blob) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('no such image');
      return;
    }
    res
      .writeHead(200, {
        'content-type': blob.contentType,
        'content-length': blob.bytes.length,
        'cache-control': 'public, max-age=31536000, immutable',
      })
      .end(blob.bytes);
  }

  function servePage(res: ServerResponse, id: string, params: URLSearchParams): void {
    state.settleAll();
    const pub = store.data.publications.find((p) => p.article_id === id && p.article_id !== null);
    const draft = pub ? undefined : store.data.drafts[id];
    const idx = Math.max(1, Number(params.get('idx') ?? 1)) - 1;
    const articles = pub?.articles ?? draft?.articles;
    const item = articles?.[idx];
    if (!item) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml('该内容不存在', ''));
      return;
    }
    if (pub && (pub.deleted || item.is_deleted || pub.status === 6)) {
      const why = pub.status === 6 ? '此内容因违规无法查看' : '该内容已被发布者删除';
      res.writeHead(410, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml(why, ''));
      return;
    }
    const meta = `<p style="color:#888;font-size:14px">${escapeHtml(item.author)}${draft ? '（草稿预览）' : ''}</p>`;
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(pageHtml(item.title, `${meta}${item.content}`));
  }

  // ── /__emulator ───────────────────────────────────────────────────────────────────────────────────────────

  function admin(req: IncomingMessage, res: ServerResponse, path: string, raw: Buffer): void {
    const remote = normalizeIp(req.socket.remoteAddress ?? '');
    if (!(remote.startsWith('127.') || remote === '::1')) {
      sendJson(res, 403, { error: '/__emulator/ answers loopback callers only' });
      return;
    }
    const [status, body] = adminRoute(`${req.method ?? 'GET'} ${path}`, raw);
    sendJson(res, status, body);
  }

  function adminRoute(route: string, raw: Buffer): [number, unknown] {
    const parsed = raw.length === 0 ? ({ ok: true, value: {} } as JsonResult) : parseJson(raw, true);
    const input: unknown = parsed.ok ? parsed.value : undefined;
    const bad = (message: string): [number, unknown] => [400, { error: message }];
    if (!parsed.ok) return bad(`body is not JSON: ${parsed.hint}`);
    try {
      switch (route) {
        case 'GET /__emulator':
          return [
            200,
            {
              api_base: state.baseUrl,
              now: new Date(state.now()).toISOString(),
              accounts: store.config.accounts.map(publicAccount),
              endpoints: [...TOKEN_PATHS, ...Object.keys(ENDPOINTS)],
              inspect: [
                'GET /__emulator/publications',
                'GET /__emulator/drafts',
                'GET /__emulator/calls',
                'GET /__emulator/quotas',
                'GET|POST|DELETE /__emulator/faults',
                'GET|POST /__emulator/accounts',
                'GET|POST /__emulator/clock',
                'POST /__emulator/config',
                'POST /__emulator/tokens/expire',
                'POST /__emulator/publications/<publish_id>/status',
                'POST /__emulator/reset',
              ],
            },
          ];
        case 'GET /__emulator/publications':
          return [200, state.publications()];
        case 'GET /__emulator/drafts':
          return [200, state.drafts()];
        case 'GET /__emulator/calls':
          return [200, state.calls()];
        case 'DELETE /__emulator/calls':
          state.clearCalls();
          return [200, { ok: true }];
        case 'GET /__emulator/quotas':
          return [200, state.quotas()];
        case 'GET /__emulator/faults':
          return [200, state.faults()];
        case 'POST /__emulator/faults': {
          const list = Array.isArray(input)
            ? input
            : Array.isArray((input as { faults?: unknown }).faults)
              ? (input as { faults: unknown[] }).faults
              : [input];
          const faults = list.map((f) => normalizeFault(f as Record<string, unknown>));
          for (const f of faults) state.addFault(f);
          return [200, state.faults()];
        }
        case 'DELETE /__emulator/faults':
          state.clearFaults();
          return [200, { ok: true }];
        case 'GET /__emulator/accounts':
          return [200, store.config.accounts.map(publicAccount)];
        case 'POST /__emulator/accounts': {
          const list = Array.isArray(input) ? input : [input];
          for (const a of list) state.upsertAccount(a as Record<string, unknown>);
          return [200, store.config.accounts.map(publicAccount)];
        }
        case 'GET /__emulator/clock':
          return [200, clockView()];
        case 'POST /__emulator/clock': {
          const body = input as { advance_seconds?: unknown; advance_ms?: unknown };
          const ms =
            typeof body.advance_ms === 'number' ? body.advance_ms : Number(body.advance_seconds) * 1000;
          if (!Number.isFinite(ms) || ms < 0) return bad('give advance_seconds or advance_ms (≥ 0)');
          state.advanceClock(ms);
          return [200, clockView()];
        }
        case 'POST /__emulator/config':
          state.configure(input);
          return [200, { ...store.config, accounts: store.config.accounts.map(publicAccount) }];
        case 'POST /__emulator/tokens/expire': {
          const appid = (input as { appid?: unknown }).appid;
          state.expireTokens(typeof appid === 'string' ? appid : undefined);
          return [200, { ok: true }];
        }
        case 'POST /__emulator/reset':
          state.reset();
          return [200, { ok: true }];
      }
      const status = /^POST \/__emulator\/publications\/([^/]+)\/status$/.exec(route);
      if (status) {
        const value = Number((input as { status?: unknown }).status);
        return [200, state.setPublicationStatus(decodeURIComponent(status[1] as string), value)];
      }
      return [404, { error: `no such emulator endpoint: ${route}` }];
    } catch (error) {
      return bad((error as Error).message);
    }
  }

  function clockView() {
    return { now: new Date(state.now()).toISOString(), offset_ms: store.data.clockOffsetMs };
  }

  // ── start and stop ────────────────────────────────────────────────────────────────────────────────────────

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost =
    host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  state.baseUrl = `http://${shownHost}:${port}`;
  store.save();

  return {
    url: state.baseUrl,
    port,
    state,
    close: async () => {
      if (closed) return;
      closed = true;
      for (const w of waits) {
        clearTimeout(w.timer);
        w.resolve();
      }
      waits.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      store.save();
    },
  };
}

type JsonResult = { ok: true; value: Record<string, unknown> } | { ok: false; hint: string };

function parseJson(raw: Buffer, allowArray = false): JsonResult {
  if (raw.length === 0) return { ok: false, hint: 'empty body' };
  try {
    const value = JSON.parse(raw.toString('utf8')) as unknown;
    if (value === null || typeof value !== 'object' || (Array.isArray(value) && !allowArray)) {
      return { ok: false, hint: 'not a JSON object' };
    }
    return { ok: true, value: value as Record<string, unknown> };
  } catch {
    return { ok: false, hint: `bad JSON ${randomBytes(4).toString('hex')}` };
  }
}

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        resolve(undefined);
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function callerIp(req: IncomingMessage, trustForwardedFor: boolean): string {
  if (trustForwardedFor) {
    const header = req.headers['x-forwarded-for'];
    const first = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim();
    if (first) return normalizeIp(first);
  }
  return normalizeIp(req.socket.remoteAddress ?? '');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res
    .writeHead(status, {
      // What WeChat sends.
      'content-type': 'application/json; encoding=utf-8',
      'content-length': Buffer.byteLength(text),
    })
    .end(text);
}

function publicAccount(a: AccountConfig): Omit<AccountConfig, 'secret'> {
  const { secret: _secret, ...rest } = a;
  return rest;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function pageHtml(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title></head><body style="max-width:677px;margin:0 auto;padding:20px 16px;font-family:-apple-system,'PingFang SC','Microsoft YaHei',sans-serif"><h1 style="font-size:22px;line-height:1.4">${escapeHtml(title)}</h1>${body}</body></html>`;
}
