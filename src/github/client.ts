/**
 * The one Octokit wxgate uses: REST endpoint methods + pagination (from @octokit/rest), GitHub's recommended
 * throttling (writes serialised, primary and secondary rate limits honoured) and bounded retries of 5xx.
 *
 * Tests point `baseUrl` at a local HTTP server that answers like GitHub; `fetch` can be injected as well. Nothing
 * here logs a token: octokit redacts the authorization header in errors, and the log sink only sees
 * `METHOD /path - status` lines.
 */
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { type Logger, silentLogger } from '../platform/logger.js';

export const GitHub = Octokit.plugin(throttling, retry);
export type GitHubClient = InstanceType<typeof GitHub>;

export interface ClientOptions {
  token: string;
  /** REST API root: `https://api.github.com`, or `https://HOST/api/v3` on GitHub Enterprise Server. */
  baseUrl?: string;
  /** Replaces the global fetch (tests). */
  fetch?: typeof fetch;
  /** Where the client reports what it does; `@actions/core` in the Action, a recorder in tests. */
  log?: Logger;
  /** Retries of a 5xx / network failure (exponential back-off 1 s, 4 s, 9 s). Default 3. */
  retries?: number;
  /** Retries after hitting a rate limit. Default 2. */
  rateLimitRetries?: number;
  /** Longest wait (seconds) for a rate limit to reset before giving up. Default 120. */
  maxRateLimitWaitSeconds?: number;
  /** Milliseconds per second of `retry-after` / back-off; tests make waits instant with 1. Default 1000. */
  retryAfterBaseValue?: number;
  /**
   * Serialise writes with GitHub's recommended one-second gap (three for comments and issues). Default true; the
   * tests switch it off to stay fast, except those about rate limits.
   */
  throttle?: boolean;
  userAgent?: string;
}

export function createGitHubClient(options: ClientOptions): GitHubClient {
  const log = options.log ?? silentLogger;
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  const maxWait = options.maxRateLimitWaitSeconds ?? 120;
  const base = options.retryAfterBaseValue ?? 1000;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const where = `${request.method} ${request.url}`;
      if (retryCount < rateLimitRetries && retryAfter <= maxWait) {
        log.warn(`GitHub ${kind} rate limit on ${where}; retrying in ${retryAfter} s`);
        return true;
      }
      log.warn(`GitHub ${kind} rate limit on ${where}; giving up (waited ${retryCount} time(s))`);
      return false;
    };
  return new GitHub({
    auth: options.token,
    baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: options.userAgent ?? 'wxgate',
    request: options.fetch ? { fetch: options.fetch } : {},
    log: {
      debug: (m: string) => log.debug?.(m),
      info: (m: string) => log.debug?.(m),
      warn: (m: string) => log.warn(m),
      error: (m: string) => log.warn(m),
    },
    retry: { retries: options.retries ?? 3, retryAfterBaseValue: base },
    throttle: {
      enabled: options.throttle ?? true,
      retryAfterBaseValue: base,
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
    },
  });
}

/** The HTTP status of an octokit error, or undefined for anything else (network, bugs). */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** A one-line description of a failed call that never contains request headers (and so never a token). */
export function describeError(error: unknown): string {
  const status = httpStatus(error);
  const message = error instanceof Error ? error.message : String(error);
  return status === undefined ? message : `HTTP ${status}: ${message}`;
}
