import { type ChildProcess, fork } from 'node:child_process';
import type { FileResult } from '../lint/runner.js';
import type { Locale } from '../lint/types.js';

/** Parent → worker: first how to check, then chunks of paths. */
export type ToWorker =
  | { type: 'setup'; cwd: string; policiesDir: string; locale: Locale }
  | { type: 'check'; paths: string[] };

/**
 * Worker → parent: the results of one chunk, in order; or why it cannot check at all (its policies failed to load,
 * which the parent's own validation normally reports first).
 */
export type FromWorker = { type: 'results'; results: FileResult[] } | { type: 'failed'; message: string };

export interface WorkerPool {
  /** Checks `paths` in that order of handing out (largest first balances best) and resolves with every result. */
  check(paths: readonly string[]): Promise<FileResult[]>;
  /** Stops every worker, e.g. when the policies turned out to be broken. */
  stop(): void;
}

/**
 * Starts `count` check workers at once, so that they boot and load the policies while the caller still validates
 * them. Paths are handed out in chunks as workers finish, not split up front: articles of the same size differ in
 * how long they take, and the last worker to finish holds up the whole run. Chunks shrink as the run goes (each
 * is the remaining paths divided by twice the workers): few messages, and only small chunks at the end. One path
 * per message was slower on the bench corpus (3.7 s against 3.4 s, with more time in garbage collection), and
 * fixed shares split by size finished up to 0.1 s apart.
 *
 * Each worker runs V8 `--single-threaded` (no background compiler or GC threads). Alone, a checking process keeps
 * about 1.35 cores busy; with one busy process per core, the background threads of each took the core of the
 * other, and two processes on two cores were no faster than one. Measured on the bench corpus with 2 cores: 4.1 s
 * with background threads, 3.4 s without; `npx tsx scripts/bench/parallel-parse.ts` shows the same for parsing.
 * Processes, not worker threads: threads of one process share V8's garbage-collection helpers.
 */
export function startWorkerPool(
  workerFile: string,
  setup: Omit<Extract<ToWorker, { type: 'setup' }>, 'type'>,
  count: number,
): WorkerPool {
  const workers: ChildProcess[] = [];
  for (let i = 0; i < count; i++) {
    const child = fork(workerFile, [], {
      execArgv: [...process.execArgv, '--single-threaded'],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    // check() listens for errors while it runs; before or after (a pool stopped over a broken policy) a worker
    // that failed to start must not crash the run with an unhandled 'error' event.
    child.on('error', () => {});
    child.send({ type: 'setup', ...setup } satisfies ToWorker);
    workers.push(child);
  }
  const stop = () => {
    for (const w of workers) if (w.connected) w.disconnect();
  };
  return {
    stop,
    check: (paths) =>
      new Promise((resolve, reject) => {
        const results: FileResult[] = [];
        let next = 0;
        let failed = false;
        const fail = (error: Error) => {
          if (failed) return;
          failed = true;
          for (const w of workers) w.kill();
          reject(error);
        };
        for (const w of workers) {
          let pending = 0;
          const handOut = () => {
            if (next >= paths.length) return;
            const size = Math.ceil((paths.length - next) / (2 * workers.length));
            pending = size;
            w.send({ type: 'check', paths: paths.slice(next, next + size) } satisfies ToWorker);
            next += size;
          };
          w.on('message', (message: FromWorker) => {
            if (message.type === 'failed') return fail(new Error(`check worker: ${message.message}`));
            pending = 0;
            results.push(...message.results);
            handOut();
            if (results.length === paths.length) {
              stop();
              resolve(results);
            } else if (pending === 0) w.disconnect();
          });
          w.once('error', fail);
          w.once('exit', (code, signal) => {
            if (pending > 0) {
              fail(
                new Error(
                  `check worker stopped (${signal ?? `exit code ${code}`}) with ${pending} file(s) unchecked`,
                ),
              );
            }
          });
          handOut();
        }
        if (paths.length === 0) {
          stop();
          resolve(results);
        }
      }),
  };
}
