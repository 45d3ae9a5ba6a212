/**
 * One WeChat call over HTTP, with the retry policy of the client: a non-zero errcode in an HTTP 200 is an error; on
 * 40001/40014/42001 the token is replaced once and the call replayed; -1, HTTP 5xx, timeouts and dropped
 * connections are retried with bounded exponential backoff and jitter on the client's clock — except where a
 * retry could act twice (`retrySafe: false`): those fail at once with `ambiguous: true`.
 */

import type { Clock } from '../platform/clock.js';
import { meaningOf, TOKEN_ERRCODES } from './errcodes.js';
import { uploadName } from './image-type.js';
import { WeChatError } from './port.js';

export interface CallSpec {
  endpoint: string;
  method: 'GET' | 'POST';
  query?: Record<string, string>;
  json?: unknown;
  /** Built again for every attempt (a body stream can be sent once). */
  form?: () => FormData;
  /** Needs `access_token`. */
  auth: boolean;
  /** A retry after an unanswered request cannot act twice. */
  retrySafe: boolean;
  upload?: boolean;
}

export type Body = Record<string, unknown>;

/** Where a call gets its access_token, and what it does when WeChat rejects it. */
export interface TokenSource {
  current(): Promise<string>;
  /** WeChat rejected `token`: get another (the call is then replayed once). */
  rejected(token: string): Promise<void>;
}

export interface TransportOptions {
  apiBase: string;
  clock: Clock;
  random: () => number;
  timeoutMs: number;
  uploadTimeoutMs: number;
  maxAttempts: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** Replaces every secret in a text. */
  mask: (text: string) => string;
  /** Writes a line (masked by the caller). */
  log: (level: 'debug' | 'info' | 'warn', message: string) => void;
}

export class Transport {
  constructor(private readonly o: TransportOptions) {}

  async call(spec: CallSpec, tokens?: TokenSource): Promise<Body> {
    let attempts = 0;
    let transientFailures = 0;
    let refreshed = false;
    for (;;) {
      attempts += 1;
      const token = spec.auth && tokens ? await tokens.current() : undefined;
      const started = this.o.clock.now();
      const outcome = await this.send(spec, token);
      const took = `${this.o.clock.now() - started} ms`;

      if (outcome.type === 'ok') {
        const errcode = typeof outcome.body.errcode === 'number' ? outcome.body.errcode : 0;
        if (errcode === 0) {
          this.o.log('debug', `WeChat ${spec.endpoint} ok (${took}, attempt ${attempts})`);
          return outcome.body;
        }
        const errmsg = typeof outcome.body.errmsg === 'string' ? outcome.body.errmsg : '';
        if (tokens && token !== undefined && TOKEN_ERRCODES.has(errcode) && !refreshed) {
          refreshed = true;
          this.o.log(
            'warn',
            `WeChat ${spec.endpoint} errcode ${errcode} (${errmsg}); fetching a new token once`,
          );
          await tokens.rejected(token);
          continue;
        }
        if (errcode === -1 && transientFailures + 1 < this.o.maxAttempts) {
          transientFailures += 1;
          await this.backoff(spec.endpoint, `errcode -1 (${errmsg})`, transientFailures);
          continue;
        }
        this.o.log(
          'warn',
          `WeChat ${spec.endpoint} errcode ${errcode} (${errmsg}) after ${attempts} request(s)`,
        );
        throw errcodeError(spec.endpoint, errcode, errmsg, this.o.clock.now(), {
          attempts,
          body: outcome.body,
        });
      }

      // No usable answer: HTTP 5xx, a timeout or a dropped connection. The request may have been acted on.
      const what =
        outcome.type === 'http'
          ? `HTTP ${outcome.status}`
          : outcome.type === 'timeout'
            ? `no answer within ${(spec.upload ? this.o.uploadTimeoutMs : this.o.timeoutMs) / 1000} s`
            : `connection failed (${outcome.detail})`;
      if (outcome.type === 'http' && outcome.status < 500) {
        throw new WeChatError({
          kind: 'protocol',
          endpoint: spec.endpoint,
          httpStatus: outcome.status,
          attempts,
          hint: {
            zh: `微信返回 HTTP ${outcome.status}：检查 WECHAT_API_BASE 是否指向微信 API 或其代理`,
            en: `WeChat answered HTTP ${outcome.status}: check that WECHAT_API_BASE points at the WeChat API or its proxy`,
          },
        });
      }
      if (outcome.type === 'unparsable') {
        throw protocolError(spec.endpoint, `the answer is not JSON: ${outcome.detail}`, attempts);
      }
      if (spec.retrySafe && transientFailures + 1 < this.o.maxAttempts) {
        transientFailures += 1;
        await this.backoff(spec.endpoint, what, transientFailures);
        continue;
      }
      const ambiguous = !spec.retrySafe && (outcome.type !== 'network' || outcome.sent);
      this.o.log('warn', `WeChat ${spec.endpoint} failed: ${what} after ${attempts} request(s)`);
      throw new WeChatError({
        kind: 'transient',
        endpoint: spec.endpoint,
        httpStatus: outcome.type === 'http' ? outcome.status : undefined,
        attempts,
        ambiguous,
        hint: ambiguous
          ? {
              zh: `${what}：请求可能已被微信受理，重新提交前须先核对（例如查询已发表列表）`,
              en: `${what}: WeChat may have accepted the request; reconcile (e.g. list what was published) before submitting again`,
            }
          : {
              zh: `${what}：重试 ${attempts} 次后仍失败，请稍后再运行`,
              en: `${what}: still failing after ${attempts} request(s); run again later`,
            },
        cause: outcome.type === 'network' || outcome.type === 'timeout' ? outcome.error : undefined,
      });
    }
  }

  private async send(spec: CallSpec, token: string | undefined): Promise<Outcome> {
    const url = new URL(this.o.apiBase + spec.endpoint);
    if (token !== undefined) url.searchParams.set('access_token', token);
    for (const [k, v] of Object.entries(spec.query ?? {})) url.searchParams.set(k, v);
    const timeout = spec.upload ? this.o.uploadTimeoutMs : this.o.timeoutMs;
    const init: RequestInit = { method: spec.method, signal: AbortSignal.timeout(timeout) };
    if (spec.json !== undefined) {
      // JSON.stringify writes non-ASCII as raw UTF-8, never \uXXXX escapes, which WeChat mis-measures or rejects.
      init.body = JSON.stringify(spec.json);
      init.headers = { 'content-type': 'application/json; charset=utf-8' };
    } else if (spec.form) {
      init.body = spec.form();
    }
    this.o.log('debug', `WeChat → ${spec.method} ${url.toString()}`);
    let response: Response;
    try {
      response = await fetch(url, init);
    } catch (error) {
      return failure(error, false);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      return failure(error, true);
    }
    if (response.status < 200 || response.status > 299) return { type: 'http', status: response.status };
    try {
      const body = JSON.parse(text) as unknown;
      if (body === null || typeof body !== 'object' || Array.isArray(body)) {
        return { type: 'unparsable', detail: text.slice(0, 80) };
      }
      return { type: 'ok', body: body as Body };
    } catch {
      return { type: 'unparsable', detail: this.o.mask(text.slice(0, 80)) };
    }
  }

  private async backoff(endpoint: string, what: string, retry: number): Promise<void> {
    const ceiling = Math.min(this.o.backoffMaxMs, this.o.backoffBaseMs * 2 ** (retry - 1));
    const delay = Math.round(ceiling * (0.5 + 0.5 * this.o.random()));
    this.o.log(
      'warn',
      `WeChat ${endpoint}: ${what}; retry ${retry}/${this.o.maxAttempts - 1} in ${delay} ms`,
    );
    await this.o.clock.sleep(delay);
  }
}

type Outcome =
  | { type: 'ok'; body: Body }
  | { type: 'http'; status: number }
  | { type: 'unparsable'; detail: string }
  | { type: 'timeout'; error: unknown }
  /** `sent`: the request went out (the connection broke while reading the answer). */
  | { type: 'network'; detail: string; sent: boolean; error: unknown };

function failure(error: unknown, sent: boolean): Outcome {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return { type: 'timeout', error };
  const detail = e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(error);
  // A failure after connecting may come after the request was written: treat it as possibly sent unless the
  // connection was never made.
  const neverConnected = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH/.test(String(detail));
  return { type: 'network', detail: String(detail), sent: sent || !neverConnected, error };
}

/** The error an errcode answer of `endpoint` is, for a caller deciding what to do (kind, hint, reset time…). */
export function errcodeError(
  endpoint: string,
  errcode: number,
  errmsg: string,
  now: number,
  answer: { attempts?: number; body?: Body } = {},
): WeChatError {
  return new WeChatError({
    ...meaningOf(errcode, errmsg, endpoint, now),
    errcode,
    errmsg,
    endpoint,
    ...answer,
  });
}

/** An upload's form: named after what its bytes are (image-type.ts), never after the article's file name. */
export function mediaForm(bytes: Uint8Array, filename: string): FormData {
  const { name, type } = uploadName(bytes, filename);
  const form = new FormData();
  form.append('media', new Blob([bytes], { type }), name);
  return form;
}

export function requireString(body: Body, field: string, endpoint: string): string {
  const value = body[field];
  if (typeof value !== 'string' || value === '') {
    throw protocolError(endpoint, `the answer has no ${field}`);
  }
  return value;
}

/** WeChat sends ids such as publish_id and msg_id as numbers or strings; we keep strings. */
export function optionalId(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value !== '') return value;
  return undefined;
}

export function requireId(body: Body, field: string, endpoint: string): string {
  const id = optionalId(body[field]);
  if (id === undefined) throw protocolError(endpoint, `the answer has no ${field}`);
  return id;
}

export function protocolError(endpoint: string, detail: string, attempts = 1): WeChatError {
  return new WeChatError({
    kind: 'protocol',
    endpoint,
    attempts,
    hint: {
      zh: `无法理解微信的回应（${detail}）：检查 WECHAT_API_BASE`,
      en: `could not understand WeChat's answer (${detail}); check WECHAT_API_BASE`,
    },
  });
}
