/**
 * A local WeChat API for tests and the demo (reference §13): a node:http server on loopback. A call goes through
 * the same stages as at WeChat: faults a test scripted (faults.ts), the access token and the IP allow-list
 * (auth.ts), the quotas (quotas.ts), the account's rights, then the endpoint's handler (api.ts, endpoints/) over
 * the store (store.ts). Publish jobs end on the emulator's clock (jobs.ts, clock.ts). `/__emulator/` (admin.ts)
 * inspects and steers it; the articles and images it serves are in pages.ts.
 *
 * In process: `const emu = await startEmulator({ port: 0 })` → `emu.url`, `emu.state` (control and inspection),
 * `emu.close()`. From the shell: `wxgate emulator`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type Clock, systemClock } from '../../platform/clock.js';
import { ConfigurationError } from '../../platform/errors.js';
import { handleAdmin } from './admin.js';
import { ApiError, ENDPOINTS } from './api.js';
import { authenticate, issueToken, TOKEN_PATHS } from './auth.js';
import { defaultConfig, type EmulatorConfig, mergeConfig } from './config.js';
import { describeFault } from './faults.js';
import { callerIp, type JsonResult, parseJson, readBody, sendJson } from './http.js';
import type { JobScript } from './jobs.js';
import { ERRMSG, errorBody } from './messages.js';
import { parseMultipart } from './multipart.js';
import { serveImage, servePage } from './pages.js';
import { countQuota } from './quotas.js';
import { type CallRecord, EmulatorState } from './state.js';
import { Store } from './store.js';

export type { Fault } from './faults.js';
export type { CallRecord, CallWatch, DraftView, EmulatorState, PublicationView } from './state.js';

export interface StartEmulatorOptions {
  /** 0 picks a free port. Default 0. */
  port?: number;
  /** Default 127.0.0.1 (loopback only). */
  host?: string;
  /** Persist state here (state.json + media/); a config.json here is read too. In memory when absent. */
  stateDir?: string;
  /** Settings over the defaults (and over stateDir/config.json): see EmulatorConfig. */
  config?: unknown;
  /**
   * The emulator's base clock; its own offset, moved by `advanceClock` and `POST /__emulator/clock`, is added.
   * Default: the system clock. A test's ManualClock makes time stand still until the test moves it.
   */
  clock?: Clock;
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

interface Call {
  method: string;
  endpoint: string;
  appid: string | null;
  ip: string;
  fault: string | null;
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
  const state = new EmulatorState(store, options.clock ?? systemClock);
  const log = options.log;
  /** Aborted on close: every fault delay still waiting ends, and its call is not answered. */
  const closing = new AbortController();

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
    if (path === '/__emulator' || path.startsWith('/__emulator/'))
      return handleAdmin(req, res, path, body, state);
    if (req.method === 'GET' || req.method === 'HEAD') {
      const image = /^\/(?:sz_)?mmbiz_[a-z]+\/([A-Za-z0-9_-]+)\/0$/.exec(path);
      if (image) return serveImage(res, store, image[1] as string);
      if (path.startsWith('/s/'))
        return servePage(res, state, decodeURIComponent(path.slice(3)), url.searchParams);
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

  /** One API call: faults, then the token or business endpoint, then the answer (or a dropped connection). */
  async function api(
    req: IncomingMessage,
    res: ServerResponse,
    endpoint: string,
    query: URLSearchParams,
    raw: Buffer,
  ): Promise<void> {
    const method = req.method ?? 'GET';
    const call: Call = {
      method,
      endpoint,
      appid: null,
      ip: callerIp(req, store.config.trustForwardedFor),
      fault: null,
    };
    const watch = state.claimWatch(endpoint);
    const record = (errcode: number | null, httpStatus: number | null) => {
      const done: CallRecord = state.recordCall({ ...call, errcode, http_status: httpStatus });
      watch?.answer(done);
    };
    const answer = (errcode: number, bodyObj: Record<string, unknown>) => {
      record(errcode, 200);
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
    const dropConnection = (what: string) => {
      record(null, null);
      log?.(`${method} ${endpoint} → ${what}`);
      req.socket.destroy();
    };

    const spec = ENDPOINTS[endpoint];
    if (!spec && !TOKEN_PATHS.has(endpoint)) {
      watch?.arrive();
      if (store.config.unknownEndpoint === '404') {
        record(null, 404);
        res.writeHead(404, { 'content-type': 'text/html' }).end('<html><body>404 Not Found</body></html>');
        return;
      }
      return fail(new ApiError(40066));
    }

    // Whose call is it, for faults that target one account? (Validated properly below.)
    const token = query.get('access_token');
    const jsonBody = parseJson(raw);
    const claimedAppid =
      (token ? store.data.tokens[token]?.appid : undefined) ??
      query.get('appid') ??
      (jsonBody.ok && typeof jsonBody.value.appid === 'string' ? jsonBody.value.appid : undefined);
    call.appid = claimedAppid ?? null;

    const fault = state.takeFault(endpoint, claimedAppid);
    if (fault) call.fault = describeFault(fault);
    watch?.arrive();
    if (fault?.delayMs !== undefined) {
      await state.clock.sleep(fault.delayMs, closing.signal);
      if (closing.signal.aborted) return;
    }
    if (fault?.drop === 'before') return dropConnection('connection dropped (fault)');
    if (fault?.httpStatus !== undefined) {
      record(null, fault.httpStatus);
      res
        .writeHead(fault.httpStatus, { 'content-type': 'text/html' })
        .end(`<html><body><h1>${fault.httpStatus}</h1>nginx</body></html>`);
      return;
    }
    if (fault?.errcode !== undefined) return fail(new ApiError(fault.errcode, fault.errmsg));
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
        ? issueToken(store, endpoint, method, query, jsonBody, raw, call.ip, now, call)
        : business(endpoint, method, query, jsonBody, raw, req, call, now, job);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      store.save();
      return fail(error);
    }
    store.save();
    if (fault?.drop === 'after') return dropConnection('handled, then connection dropped (fault)');
    answer(0, result);
  }

  function business(
    endpoint: string,
    method: string,
    query: URLSearchParams,
    json: JsonResult,
    raw: Buffer,
    req: IncomingMessage,
    call: Call,
    now: number,
    job: JobScript | undefined,
  ): Record<string, unknown> {
    const spec = ENDPOINTS[endpoint] as (typeof ENDPOINTS)[string];
    if (spec.method === 'POST' && method !== 'POST') throw new ApiError(43002);
    const account = authenticate(store, query, call.ip, now, call);
    countQuota(store, account.appid, endpoint, now);
    if (spec.verifiedOnly && account.verified === false) throw new ApiError(48001);
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
    return spec.handler({ store, now, account, query, body, parts, baseUrl: state.baseUrl, job });
  }

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
      if (closing.signal.aborted) return;
      closing.abort();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      store.save();
    },
  };
}
