import { existsSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type FileResult, fileError, type LintSetup, lintBytes } from '../lint/runner.js';
import type { Locale } from '../lint/types.js';
import { collectMarkdownFiles, siblingFiles } from '../platform/files.js';
import { loadPolicies } from '../policy/load.js';
import { RULES } from '../rules/index.js';
import { type CheckCache, openCheckCache } from './check-cache.js';
import { startWorkerPool } from './worker-pool.js';

export interface CheckRequest {
  paths: readonly string[];
  cwd: string;
  policiesDir: string;
  locale: Locale;
  /** Processes to use; 1 checks everything in the calling process. */
  jobs: number;
  /** A results cache file (`--cache`); undefined checks every file. */
  cacheFile?: string;
}

export interface CheckOutcome {
  files: FileResult[];
  /** Paths the user named that do not exist. */
  missing: string[];
  /** Files served from the cache. */
  cached: number;
  /** Why the cache could not be written, when it could not; the results are complete either way. */
  cacheProblem?: string;
}

/** Reading one article from disk: its bytes and the names of the files beside it. */
export function checkFile(cwd: string, path: string, setup: LintSetup): FileResult {
  const full = join(cwd, path);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(full);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return fileError(
      path,
      1,
      {
        zh: `文件无法读取（${code}），请检查路径和权限。`,
        en: `File cannot be read (${code}); check the path and permissions.`,
      },
      setup.locale,
    );
  }
  return lintBytes(path, bytes, setup, siblingFiles(dirname(full)));
}

/**
 * The `wxgate check` use case. Policies are loaded (and validated) before any result is given, so a broken policy
 * fails the run instead of checking against half a configuration. With a cache, files whose content key matches
 * an earlier run are served from it and only the others are checked. A large run is checked by one worker process
 * per core (src/app/worker-pool.ts), started before the policies are validated here so that both happen at once;
 * a small run is checked in this process.
 */
export async function runCheck(request: CheckRequest): Promise<CheckOutcome> {
  const { files, missing } = collectMarkdownFiles(request.paths, request.cwd);
  const cache =
    request.cacheFile !== undefined && existsSync(request.policiesDir)
      ? openCheckCache(request.cacheFile, request.policiesDir, request.locale)
      : undefined;
  const keys = new Map<string, string>();
  const fromCache: FileResult[] = [];
  const toCheck: string[] = [];
  for (const path of files) {
    const key = cache && contentKey(cache, request.cwd, path);
    const hit = key === undefined ? undefined : cache?.get(path, key);
    if (key !== undefined) keys.set(path, key);
    if (hit) fromCache.push(hit);
    else toCheck.push(path);
  }
  const checked = await checkFiles(request, toCheck);
  const outcome: CheckOutcome = {
    files: sortByPath([...fromCache, ...checked]),
    missing,
    cached: fromCache.length,
  };
  if (cache && checked.length > 0) {
    for (const result of checked) {
      const key = keys.get(result.path);
      if (key !== undefined) cache.set(result.path, key, result);
    }
    try {
      cache.save();
    } catch (error) {
      outcome.cacheProblem = `${request.cacheFile}: ${(error as Error).message}`;
    }
  }
  return outcome;
}

/** The cache key of a readable file; undefined when it cannot be read (checking it reports why). */
function contentKey(cache: CheckCache, cwd: string, path: string): string | undefined {
  const full = join(cwd, path);
  try {
    return cache.key(path, readFileSync(full), siblingFiles(dirname(full)));
  } catch {
    return undefined;
  }
}

async function checkFiles(request: CheckRequest, files: readonly string[]): Promise<FileResult[]> {
  const sizes = new Map(files.map((f) => [f, sizeOf(request.cwd, f)]));
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  const workerFile = fileURLToPath(new URL('./worker.js', import.meta.url));
  const workers = Math.min(request.jobs, files.length);
  const pool =
    workers >= 2 && total >= PARALLEL_MIN_BYTES && existsSync(workerFile)
      ? startWorkerPool(
          workerFile,
          { cwd: request.cwd, policiesDir: request.policiesDir, locale: request.locale },
          workers,
        )
      : undefined;
  let loaded: ReturnType<typeof loadPolicies>;
  try {
    loaded = loadPolicies(request.policiesDir, RULES);
  } catch (error) {
    pool?.stop();
    throw error;
  }
  if (!pool) {
    const setup: LintSetup = { rules: RULES, ...loaded, locale: request.locale };
    return files.map((f) => checkFile(request.cwd, f, setup));
  }
  return pool.check([...files].sort((a, b) => sizes.get(b)! - sizes.get(a)!));
}

function sortByPath(results: FileResult[]): FileResult[] {
  return results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Below this much Markdown, starting worker processes (Node, the bundle and the policies, ~0.1–0.2 s) costs more
 * than it saves.
 */
const PARALLEL_MIN_BYTES = 256 * 1024;

function sizeOf(cwd: string, path: string): number {
  try {
    return statSync(join(cwd, path)).size;
  } catch {
    return 0;
  }
}

export const DEFAULT_JOBS = Math.max(1, availableParallelism());
