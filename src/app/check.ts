import { fork } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type FileResult, fileError, type LintSetup, lintBytes } from '../lint/runner.js';
import type { Locale } from '../lint/types.js';
import { collectMarkdownFiles, siblingFiles } from '../platform/files.js';
import { loadPolicies } from '../policy/load.js';
import { RULES } from '../rules/index.js';

export interface CheckRequest {
  paths: readonly string[];
  cwd: string;
  policiesDir: string;
  locale: Locale;
  /** Processes to use; 1 checks everything in the calling process. */
  jobs: number;
}

export interface CheckOutcome {
  files: FileResult[];
  /** Paths the user named that do not exist. */
  missing: string[];
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
 * The `wxgate check` use case. Policies are loaded (and validated) once up front, so a broken policy fails before
 * any file is read. A large run is split into one share per core, balanced by file size, and each share is checked
 * by a child process that replies once when its share is done; the calling process only waits.
 */
export async function runCheck(request: CheckRequest): Promise<CheckOutcome> {
  const { files, missing } = collectMarkdownFiles(request.paths, request.cwd);
  const { policy, lexicon } = loadPolicies(request.policiesDir, RULES);
  const setup: LintSetup = { rules: RULES, policy, lexicon, locale: request.locale };
  const workerUrl = new URL('./worker.js', import.meta.url);
  const sizes = new Map(files.map((f) => [f, sizeOf(request.cwd, f)]));
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  const shares = Math.min(request.jobs, files.length);
  if (shares < 2 || total < PARALLEL_MIN_BYTES || !existsSync(fileURLToPath(workerUrl))) {
    return { files: files.map((f) => checkFile(request.cwd, f, setup)), missing };
  }
  const inWorkers = balance(files, sizes, shares).map((paths) => checkInWorker(workerUrl, request, paths));
  const results = (await Promise.all(inWorkers)).flat();
  return { files: results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), missing };
}

/**
 * Below this much Markdown, starting worker processes (Node, the bundle and the policies, ~0.1–0.2 s) costs more
 * than it saves.
 */
const PARALLEL_MIN_BYTES = 256 * 1024;

/** Longest-processing-time-first: each file, largest first, goes to the share with the least work so far. */
function balance(files: readonly string[], sizes: ReadonlyMap<string, number>, shares: number): string[][] {
  const out = Array.from({ length: shares }, () => [] as string[]);
  const load = Array.from({ length: shares }, () => 0);
  for (const f of [...files].sort((a, b) => sizes.get(b)! - sizes.get(a)!)) {
    const i = load.indexOf(Math.min(...load));
    out[i]!.push(f);
    load[i]! += sizes.get(f)!;
  }
  return out;
}

function sizeOf(cwd: string, path: string): number {
  try {
    return statSync(join(cwd, path)).size;
  } catch {
    return 0;
  }
}

/**
 * Checks a share in a child process.
 *
 * Processes, not worker threads: threads of one process share V8's garbage-collection helpers, and on two cores
 * two checking threads were no faster than one. Each child runs V8 `--single-threaded` (no background compiler or
 * GC threads): alone, a checking process keeps about 1.35 cores busy, so with one busy process per core the
 * background threads of each took the core of the other, and the run was no faster than one process. Measured on
 * the bench corpus with 2 cores: 4.1 s with background threads, 3.3 s without (see README, Performance).
 */
function checkInWorker(workerUrl: URL, request: CheckRequest, paths: string[]): Promise<FileResult[]> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(workerUrl), [], {
      execArgv: [...process.execArgv, '--single-threaded'],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    let results: FileResult[] | undefined;
    child.once('message', (message: FileResult[]) => {
      results = message;
      child.disconnect();
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (results) resolve(results);
      else reject(new Error(`check worker stopped (${signal ?? `exit code ${code}`}) before replying`));
    });
    child.send({ cwd: request.cwd, policiesDir: request.policiesDir, locale: request.locale, paths });
  });
}

export const DEFAULT_JOBS = Math.max(1, availableParallelism());
