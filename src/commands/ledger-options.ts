import { resolve } from 'node:path';
import { parseDateTime } from '../platform/time.js';
import { type Io, UsageError } from './command.js';
import type { PublishEnvironment } from './publish-adapters.js';
import { repositoryOf } from './repository.js';

/** Options `publish` and `withdraw` share: the clock, the WeChat API, the token cache, the policies and the ledger. */
export const LEDGER_OPTIONS = {
  now: { type: 'string' },
  'api-base': { type: 'string' },
  'cache-dir': { type: 'string' },
  policies: { type: 'string' },
  'ledger-branch': { type: 'string' },
  remote: { type: 'string' },
  wait: { type: 'string' },
} as const;

/**
 * The shared part of a publish or withdraw request, from parsed option values. Run from a subfolder, the run is
 * the repository's above it (the content, the policies and the ledger of the whole clone).
 */
export function ledgerRequest(values: Record<string, unknown>, io: Io): PublishEnvironment {
  const repository = repositoryOf(io);
  const request: PublishEnvironment = {
    cwd: repository.root,
    env: io.env,
    policiesDir: repository.policiesDir(values.policies),
    log: { info: (l) => io.err(`${l}\n`), warn: (l) => io.err(`warning: ${l}\n`) },
  };
  if (values.now !== undefined) request.now = parseNow(String(values.now));
  if (values['api-base'] !== undefined) request.apiBase = String(values['api-base']).replace(/\/+$/, '');
  if (values['cache-dir'] !== undefined) request.cacheDir = resolve(io.cwd, String(values['cache-dir']));
  if (values['ledger-branch'] !== undefined) request.ledgerBranch = String(values['ledger-branch']);
  if (values.remote !== undefined) request.remote = String(values.remote);
  if (values.wait !== undefined) {
    const seconds = Number(values.wait);
    if (!Number.isFinite(seconds) || seconds < 0) {
      throw new UsageError(`--wait must be a number of seconds ≥ 0 (got "${values.wait}")`);
    }
    request.lockWaitMs = seconds * 1000;
  }
  return request;
}

function parseNow(text: string): number {
  const t = parseDateTime(text, 'Asia/Shanghai');
  if (!t.ok) {
    throw new UsageError(`--now must be an ISO 8601 time such as 2026-11-21T12:00:00+08:00 (got "${text}")`);
  }
  return t.epochMs;
}
