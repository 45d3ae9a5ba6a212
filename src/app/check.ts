import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
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
  /** Threads to use; 1 checks everything on the calling thread. */
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
 * any file is read. Large runs spread files over worker threads, biggest first, so a few large articles do not
 * leave a core idle at the end.
 */
export async function runCheck(request: CheckRequest): Promise<CheckOutcome> {
  const { files, missing } = collectMarkdownFiles(request.paths, request.cwd);
  const { policy, lexicon } = loadPolicies(request.policiesDir, RULES);
  const setup: LintSetup = { rules: RULES, policy, lexicon, locale: request.locale };
  const workerUrl = new URL('./worker.js', import.meta.url);
  const workers = Math.min(request.jobs, files.length) - 1;
  if (workers < 1 || files.length < 8 || !existsSync(fileURLToPath(workerUrl))) {
    return { files: files.map((f) => checkFile(request.cwd, f, setup)), missing };
  }
  const bySize = [...files].sort((a, b) => sizeOf(request.cwd, b) - sizeOf(request.cwd, a));
  const results = await checkInPool(bySize, workers, workerUrl, request, setup);
  return { files: results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), missing };
}

function sizeOf(cwd: string, path: string): number {
  try {
    return readFileSync(join(cwd, path)).length;
  } catch {
    return 0;
  }
}

async function checkInPool(
  queue: string[],
  workerCount: number,
  workerUrl: URL,
  request: CheckRequest,
  setup: LintSetup,
): Promise<FileResult[]> {
  const results: FileResult[] = [];
  const pending = [...queue];
  const workers = Array.from(
    { length: workerCount },
    () =>
      new Worker(workerUrl, {
        workerData: { cwd: request.cwd, policiesDir: request.policiesDir, locale: request.locale },
      }),
  );
  const runWorker = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const next = () => {
        const path = pending.shift();
        if (path === undefined) {
          resolve();
          return;
        }
        worker.postMessage(path);
      };
      worker.on('message', (result: FileResult) => {
        results.push(result);
        next();
      });
      worker.on('error', reject);
      next();
    });
  // The calling thread takes files from the same queue, yielding between files so worker replies are handled.
  const runHere = async () => {
    for (let path = pending.shift(); path !== undefined; path = pending.shift()) {
      results.push(checkFile(request.cwd, path, setup));
      await new Promise((r) => setImmediate(r));
    }
  };
  try {
    await Promise.all([...workers.map(runWorker), runHere()]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

export const DEFAULT_JOBS = Math.max(1, availableParallelism());
