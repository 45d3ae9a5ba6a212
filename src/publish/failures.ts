import { ConfigurationError } from '../platform/errors.js';
import { RenderError } from '../render/render.js';
import { WeChatError } from '../wechat/port.js';
import type { AccountChange, ArticleRun, Next } from './context.js';
import type { FailureInfo, PublishRecord, PublishState } from './record.js';
import { QUOTA_WAIT_MS, RETRY_BASE_MS, RETRY_MAX_MS } from './timing.js';

/**
 * Every failure record is built here: what went wrong, what a person should do, and whether and when wxgate tries
 * again by itself. A step that fails calls `fail` (a failure it describes itself) or `failOrDefer` (an error thrown
 * by WeChat, the configuration or the renderer, classified here).
 */

interface Classified {
  kind: string;
  errcode: number | null;
  message: string;
  hint: string;
  retry: FailureInfo['retry'];
  /** Quota: wait until then, keeping the state (not a failure). */
  defer?: number;
}

const DRAFT_ONLY_HINT =
  ' — 在 policies/accounts.yml 中把该账号设为 publish_method: draft-only / set publish_method: draft-only for this account in policies/accounts.yml';

/** Errors a person must act on before a retry can help: the content or the account has to change. */
const WAITS_FOR_A_CHANGE: ReadonlySet<WeChatError['kind']> = new Set([
  'unauthorized-api',
  'invalid',
  'manual-action',
  'account-restricted',
  'not-found',
]);

/** What an error means for the record. Anything but a WeChat, configuration or render error is a bug: rethrown. */
export function classify(error: unknown, now: number): Classified {
  if (error instanceof WeChatError) {
    const message =
      error.errmsg !== undefined
        ? `${error.endpoint} errcode ${error.errcode}: ${error.errmsg}`
        : (error.message.split(' — ')[0] ?? error.message);
    let hint = `${error.hint.zh} / ${error.hint.en}`;
    const errcode = error.errcode ?? null;
    if (error.kind === 'quota') {
      const defer = error.resetsAt?.getTime() ?? now + QUOTA_WAIT_MS;
      return { kind: 'quota', errcode, message, hint, retry: 'automatic', defer };
    }
    if (error.kind === 'unauthorized-api') hint += DRAFT_ONLY_HINT;
    if (error.kind === 'ip-not-allowed' && error.ip && !hint.includes(error.ip)) hint += ` (IP ${error.ip})`;
    const retry = WAITS_FOR_A_CHANGE.has(error.kind) ? 'on-change' : 'automatic';
    return { kind: error.kind, errcode, message, hint, retry };
  }
  if (error instanceof ConfigurationError) {
    return {
      kind: 'configuration',
      errcode: null,
      message: error.describe(),
      hint: 'fix the configuration named above',
      retry: 'automatic',
    };
  }
  if (error instanceof RenderError) {
    return {
      kind: 'content',
      errcode: null,
      message: `line ${error.line}: ${error.messages.en}`,
      hint: error.messages.zh,
      retry: 'on-change',
    };
  }
  throw error;
}

interface FailRequest {
  step: string;
  kind: string;
  errcode?: number | null;
  message: string;
  hint: string;
  retry: FailureInfo['retry'];
  /** The state a retry starts from: the last state whose result is still good. */
  resume: PublishState;
  mutate?: (record: PublishRecord) => void;
  account?: AccountChange;
  keepInFlight?: boolean;
}

/** When an automatic retry may start: 5 min after the first failure, doubling, at most 6 h. */
function retryAfter(now: number, attempts: number): number {
  return now + Math.min(RETRY_BASE_MS * 2 ** (attempts - 1), RETRY_MAX_MS);
}

/** Records the failure, gives the article back and stops this run's work on it. */
export async function fail(run: ArticleRun, f: FailRequest): Promise<Next> {
  const now = run.now();
  const attempts = (run.record.retries ?? 0) + 1;
  const after = f.retry === 'automatic' ? retryAfter(now, attempts) : undefined;
  run.failed = true;
  await run.save({
    event: `failed at ${f.step}: ${f.message}`,
    mutate: (rec) => {
      f.mutate?.(rec);
      rec.state = 'failed';
      rec.failure = {
        at: run.iso(now),
        step: f.step,
        kind: f.kind,
        errcode: f.errcode ?? null,
        message: f.message,
        hint: f.hint,
        retry: f.retry,
        retry_after: after === undefined ? null : run.iso(after),
        attempts,
        resume_from: f.resume,
        method: run.account.publishMethod,
      };
      rec.times.failed_at = run.iso(now);
    },
    ...(f.account ? { account: f.account } : {}),
    keepInFlight: f.keepInFlight ?? false,
    release: true,
  });
  return 'stop';
}

/** The article's files cannot be read or rendered: nothing to do until the article changes. */
export function failContent(run: ArticleRun, error: unknown, prefix?: string): Promise<Next> {
  const info =
    error instanceof RenderError
      ? classify(error, run.now())
      : {
          message: (error as Error).message,
          hint: '检查文章目录中的文件 / check the files in the article folder',
        };
  return fail(run, {
    step: 'render',
    kind: 'content',
    message: prefix ? `${prefix}: ${info.message}` : info.message,
    hint: info.hint,
    retry: 'on-change',
    resume: 'claimed',
  });
}

interface ErrorContext {
  keepInFlight?: boolean;
  /** Overrides what the classification says about retrying. */
  retry?: FailureInfo['retry'];
  account?: AccountChange;
  /** freepublish/get calls made so far, to record with the outcome. */
  polls?: number;
}

/**
 * A remote step threw: a quota keeps the state and waits for the reset (not a failure); anything else is a
 * failure record resuming from `resume`.
 */
export async function failOrDefer(
  run: ArticleRun,
  error: unknown,
  step: string,
  resume: PublishState,
  context: ErrorContext = {},
): Promise<Next> {
  const info = classify(error, run.now());
  run.deps.log.warn(`${run.source.key}: ${step}: ${info.message}`);
  const setPolls = (rec: PublishRecord) => {
    if (context.polls !== undefined) rec.polls = { count: context.polls, last_at: run.iso(), next_at: null };
  };
  if (info.defer !== undefined) {
    const until = info.defer;
    await run.save({
      event: `${step}: ${info.message}; state kept, resumed after ${run.iso(until)}`,
      mutate: (rec) => {
        setPolls(rec);
        rec.deferred = { until: run.iso(until), reason: `${info.message} — ${info.hint}` };
      },
      ...(context.account ? { account: context.account } : {}),
      keepInFlight: context.keepInFlight ?? false,
      release: true,
    });
    return 'stop';
  }
  return fail(run, {
    step,
    kind: info.kind,
    errcode: info.errcode,
    message: info.message,
    hint: info.hint,
    retry: context.retry ?? info.retry,
    resume,
    mutate: setPolls,
    ...(context.account ? { account: context.account } : {}),
    keepInFlight: context.keepInFlight ?? false,
  });
}
