import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_ARTICLE_BYTES, tooLarge } from '../article/decode.js';
import { IMAGE_HEAD_BYTES, type ImageFacts, readImageFacts } from '../article/image-header.js';
import { loadPolicies } from '../config/load.js';
import { type FileResult, fileError, type LintSetup, lintBytes } from '../lint/runner.js';
import {
  collectMarkdownFiles,
  describeRefusal,
  type FileRead,
  readArticleFile,
  readArticleFileHead,
  siblingFiles,
} from '../platform/files.js';
import { RULES } from '../rules/index.js';
import { type CheckCache, openCheckCache } from './check-cache.js';
import { DEFAULT_FILE_BUDGET_MS, startWorkerPool } from './worker-pool.js';

export interface CheckRequest {
  paths: readonly string[];
  cwd: string;
  policiesDir: string;
  /**
   * Processes to use. 1 checks in the calling process, except that a file too large for it to be safe there
   * (see planWorkers) is still checked in one worker, under the time budget.
   */
  jobs: number;
  /** The time budget of one file checked in a worker (default DEFAULT_FILE_BUDGET_MS). */
  fileBudgetMs?: number;
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
  /** Worker processes the files were checked in (0: all in this process). */
  workers: number;
}

/** Reading one article from disk (through the shared reader): its bytes and the names of the files beside it. */
export function checkFile(cwd: string, path: string, setup: LintSetup): FileResult {
  const full = join(cwd, path);
  const read = readArticle(full);
  if (!read.ok) {
    if (read.reason === 'too-large') return fileError(path, 1, tooLarge(read.size));
    const why = describeRefusal(read);
    const advice =
      read.reason === 'missing'
        ? { zh: '请检查路径和权限。', en: 'check the path and permissions.' }
        : { zh: '请提交文件本身。', en: 'commit the file itself.' };
    return fileError(path, 1, { zh: `文件${why.zh}，${advice.zh}`, en: `The file ${why.en}; ${advice.en}` });
  }
  const siblings = siblingFiles(dirname(full));
  return lintBytes(path, read.bytes, setup, siblings, imagesBeside(dirname(full), siblings));
}

/**
 * What the files beside an article really are, read through the shared safe reader (first bytes and size only),
 * so the rules can judge images the way WeChat will at upload. A file that cannot be read is left out here:
 * the rules that need it report it missing.
 */
export function imagesBeside(folder: string, names: ReadonlySet<string>): Map<string, ImageFacts> {
  const facts = new Map<string, ImageFacts>();
  for (const name of names) {
    if (name.toLowerCase().endsWith('.md')) continue;
    const read = readArticleFileHead(folder, name, IMAGE_HEAD_BYTES);
    if (read.ok) facts.set(name, readImageFacts(read.head, read.size));
  }
  return facts;
}

/** An article file is read within its own folder: a symlink out of it, a FIFO or a device is refused. */
function readArticle(full: string): FileRead {
  return readArticleFile(dirname(full), basename(full), MAX_ARTICLE_BYTES);
}

/**
 * The `wxgate check` use case. Policies are loaded (and validated) before any result is given, so a broken policy
 * fails the run instead of checking against half a configuration. With a cache, files whose content key matches
 * an earlier run are served from it and only the others are checked. A large run is checked by one worker process
 * per core (src/app/worker-pool.ts), started before the policies are validated here so that both happen at once,
 * and so is any file too large to be safe without a time budget; a small run of small files is checked in this
 * process (see planWorkers).
 */
export async function runCheck(request: CheckRequest): Promise<CheckOutcome> {
  const { files, missing } = collectMarkdownFiles(request.paths, request.cwd);
  const cache =
    request.cacheFile !== undefined && existsSync(request.policiesDir)
      ? openCheckCache(request.cacheFile, request.policiesDir)
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
  const { results: checked, workers } = await checkFiles(request, toCheck);
  const outcome: CheckOutcome = {
    files: sortByPath([...fromCache, ...checked]),
    missing,
    cached: fromCache.length,
    workers,
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
  const read = readArticle(full);
  if (!read.ok) return undefined;
  const siblings = siblingFiles(dirname(full));
  return cache.key(path, read.bytes, siblings, imagesBeside(dirname(full), siblings));
}

async function checkFiles(
  request: CheckRequest,
  files: readonly string[],
): Promise<{ results: FileResult[]; workers: number }> {
  const sizes = new Map(files.map((f) => [f, sizeOf(request.cwd, f)]));
  const workerFile = findWorkerFile();
  const workers = planWorkers([...sizes.values()], request.jobs);
  // Run from the TypeScript sources (tests, development) there is no worker bundle: everything is checked here.
  const pool =
    workers > 0 && existsSync(workerFile)
      ? startWorkerPool(workerFile, { cwd: request.cwd, policiesDir: request.policiesDir }, workers, {
          fileBudgetMs: request.fileBudgetMs ?? DEFAULT_FILE_BUDGET_MS,
        })
      : undefined;
  let loaded: Awaited<ReturnType<typeof loadPolicies>>;
  try {
    loaded = await loadPolicies(request.policiesDir, RULES);
  } catch (error) {
    pool?.stop();
    throw error;
  }
  if (!pool) {
    const setup: LintSetup = { rules: RULES, ...loaded };
    return { results: files.map((f) => checkFile(request.cwd, f, setup)), workers: 0 };
  }
  return { results: await pool.check([...files].sort((a, b) => sizes.get(b)! - sizes.get(a)!)), workers };
}

function sortByPath(results: FileResult[]): FileResult[] {
  return results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Below this much Markdown, starting worker processes (Node, the bundle and the policies, ~0.1–0.2 s) costs more
 * than it saves.
 */
const PARALLEL_MIN_BYTES = 256 * 1024;

/**
 * The largest file checked in the calling process, where no time budget can stop it. The limits measured before
 * parsing (src/article/limits.ts) keep what is left of the parser's super-linear cases small: the slowest 64 KB
 * article we could build within them (16,000 links in one paragraph, nested images, 1,000 block quotes) checks in
 * 1–5 s on a busy 2-core machine, against minutes without the limits. Past 64 KB the worst case grows with the
 * size, so a larger file is checked in a worker under the per-file budget even when one process was asked for.
 * Typical articles (5–20 KB) stay in process: a single article is checked without starting a worker.
 */
export const IN_PROCESS_MAX_FILE_BYTES = 64 * 1024;

/** How many workers a run needs: 0 to check in the calling process. */
export function planWorkers(sizes: readonly number[], jobs: number): number {
  if (sizes.length === 0) return 0;
  const anyLarge = sizes.some((size) => size > IN_PROCESS_MAX_FILE_BYTES);
  const total = sizes.reduce((a, b) => a + b, 0);
  const parallel = jobs >= 2 && sizes.length >= 2 && total >= PARALLEL_MIN_BYTES;
  if (!anyLarge && !parallel) return 0;
  return Math.max(1, Math.min(jobs, sizes.length));
}

function sizeOf(cwd: string, path: string): number {
  try {
    return statSync(join(cwd, path)).size;
  } catch {
    return 0;
  }
}

export const DEFAULT_JOBS = Math.max(1, availableParallelism());

/**
 * The check worker's loader (dist/worker.js), beside the script this code runs in (dist/wxgate.cjs). From the
 * TypeScript sources there is no worker file, and small or large runs alike are checked in process.
 */
function findWorkerFile(): string {
  return fileURLToPath(new URL('./worker.js', import.meta.url));
}
