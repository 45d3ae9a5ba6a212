import { type ChildProcess, fork } from 'node:child_process';
import { type FileResult, fileError } from '../lint/runner.js';

/** Parent → worker: first how to check, then chunks of paths. */
export type ToWorker =
  | { type: 'setup'; cwd: string; policiesDir: string }
  | { type: 'check'; paths: string[] };

/**
 * Worker → parent: the result of each file of a chunk as soon as it is done, in order (so the parent knows which
 * file a worker is on, and for how long); or why it cannot check at all (its policies failed to load, which the
 * parent's own validation normally reports first).
 */
export type FromWorker = { type: 'result'; result: FileResult } | { type: 'failed'; message: string };

/**
 * Starts the time budget of one file and calls `expire` when it runs out, unless the returned function cancels it
 * first. The default is a timer; tests pass their own, so no test waits for a real budget to run out.
 */
export type FileWatch = (path: string, budgetMs: number, expire: () => void) => () => void;

export interface PoolOptions {
  /** The longest one file may take. A worker past it is killed; the file gets a `format/file` error. */
  fileBudgetMs: number;
  watch?: FileWatch;
}

/**
 * The default budget per file. A 1 MB article within the parser limits checks in about a second; the budget also
 * covers starting the worker for its first file (0.2 s, more on a busy machine), and leaves room for a slow CI
 * machine, so only a file that would stall the run ever meets it.
 */
export const DEFAULT_FILE_BUDGET_MS = 20_000;

const timer: FileWatch = (_path, budgetMs, expire) => {
  const t = setTimeout(expire, budgetMs);
  return () => clearTimeout(t);
};

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
 * Every file has a time budget, counted from when its worker starts on it. A file that would stall the run (a
 * parser taking minutes over constructs the limits before parsing do not catch) costs its worker: the worker is
 * killed, the file gets a `format/file` error naming the budget, the rest of its chunk goes back to the queue and a
 * fresh worker takes over. A worker that dies by itself still fails the run: that is a bug, not a slow file.
 *
 * Each worker runs V8 `--single-threaded` (no background compiler or GC threads). Alone, a checking process keeps
 * about 1.35 cores busy; with one busy process per core, the background threads of each took the core of the
 * other, and two processes on two cores were no faster than one. Measured on the bench corpus with 2 cores: 4.1 s
 * with background threads, 3.4 s without; `npx tsx scripts/bench/parallel-parse.ts` shows the same for parsing.
 * Processes, not worker threads: threads of one process share V8's garbage-collection helpers.
 *
 * Parsing allocates a great deal that dies young (micromark's events), and with V8's default young generation
 * garbage collection took a fifth of a worker's time; a worker's young generation may grow to SEMI_SPACE_MB, so it
 * collects less often. Measured on the newsletter corpus (407 real articles, one single-threaded process): 15.4–16.0 s
 * of CPU with the default, 13.6–14.1 s with 64 MB.
 */
const SEMI_SPACE_MB = 64;

/**
 * A worker checks a few hundred files and ends, so most of its optimised code is compiled while it works, on its
 * own thread (it is single-threaded). V8 inlines up to 920 bytes of bytecode into each optimised function by
 * default; at 100, functions compile faster and deoptimise less. Measured on the newsletter corpus (half of it in
 * one single-threaded process, four interleaved rounds): 7.1–8.0 s of CPU with the default, 6.2–6.4 s at 100;
 * over the whole corpus in one process 11.7–11.9 s against 10.7–10.9 s; 25 and 50 measured the same as 100.
 * Node refuses to start on a V8 flag it does not know: test/app/worker-pool.test.ts starts workers with these
 * flags, so a Node release whose V8 dropped one fails CI before it reaches a user.
 */
const INLINED_BYTECODE_MAX = 100;

export function startWorkerPool(
  workerFile: string,
  setup: Omit<Extract<ToWorker, { type: 'setup' }>, 'type'>,
  count: number,
  options: PoolOptions = { fileBudgetMs: DEFAULT_FILE_BUDGET_MS },
): WorkerPool {
  const watch = options.watch ?? timer;
  const workers: ChildProcess[] = [];
  const spawn = (): ChildProcess => {
    const child = fork(workerFile, [], {
      execArgv: [
        ...process.execArgv,
        '--single-threaded',
        `--max-semi-space-size=${SEMI_SPACE_MB}`,
        `--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE_MAX}`,
      ],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    // check() listens for errors while it runs; before or after (a pool stopped over a broken policy) a worker
    // that failed to start must not crash the run with an unhandled 'error' event.
    child.on('error', () => {});
    child.send({ type: 'setup', ...setup } satisfies ToWorker);
    workers.push(child);
    return child;
  };
  for (let i = 0; i < count; i++) spawn();
  const stop = () => {
    for (const w of workers) if (w.connected) w.disconnect();
  };
  return {
    stop,
    check: (paths) =>
      new Promise((resolve, reject) => {
        const results: FileResult[] = [];
        let next = 0;
        /** Paths of a killed worker's chunk that it never started: handed out again before the others. */
        const returned: string[] = [];
        let settled = false;
        /** The budgets running: a settled run cancels them all, so no timer keeps the process alive. */
        const budgets = new Set<() => void>();
        const settle = () => {
          settled = true;
          for (const cancel of budgets) cancel();
          budgets.clear();
        };
        const fail = (error: Error) => {
          if (settled) return;
          settle();
          for (const w of workers) w.kill();
          reject(error);
        };
        const finishIfDone = () => {
          if (settled || results.length !== paths.length) return;
          settle();
          stop();
          resolve(results);
        };
        const remaining = () => paths.length - next + returned.length;

        const drive = (w: ChildProcess) => {
          let chunk: string[] = [];
          let done = 0;
          let cancel = () => {};
          let killed = false;
          const startFile = () => {
            const path = chunk[done]!;
            let stopWatch = () => {};
            const entry = () => {
              budgets.delete(entry);
              stopWatch();
            };
            budgets.add(entry);
            cancel = entry;
            stopWatch = watch(path, options.fileBudgetMs, () => {
              budgets.delete(entry);
              if (settled || killed) return;
              killed = true;
              w.kill('SIGKILL');
              results.push(fileError(path, 1, overBudget(options.fileBudgetMs)));
              returned.unshift(...chunk.slice(done + 1));
              chunk = [];
              if (remaining() > 0) drive(spawn());
              finishIfDone();
            });
          };
          const handOut = () => {
            if (remaining() === 0) return;
            const size = Math.ceil(remaining() / (2 * count));
            chunk = takeChunk(size);
            done = 0;
            w.send({ type: 'check', paths: chunk } satisfies ToWorker);
            startFile();
          };
          const takeChunk = (size: number) => {
            const fromReturned = returned.splice(0, size);
            const fresh = paths.slice(next, next + size - fromReturned.length);
            next += fresh.length;
            return [...fromReturned, ...fresh];
          };
          w.on('message', (message: FromWorker) => {
            if (killed || settled) return;
            if (message.type === 'failed') return fail(new Error(`check worker: ${message.message}`));
            cancel();
            results.push(message.result);
            done++;
            if (done < chunk.length) startFile();
            else {
              chunk = [];
              handOut();
              if (chunk.length === 0 && w.connected) w.disconnect();
            }
            finishIfDone();
          });
          w.once('error', (error) => {
            if (!killed) fail(error);
          });
          w.once('exit', (code, signal) => {
            const pending = chunk.length - done;
            if (!killed && pending > 0) {
              fail(
                new Error(
                  `check worker stopped (${signal ?? `exit code ${code}`}) with ${pending} file(s) unchecked`,
                ),
              );
            }
          });
          handOut();
        };
        for (const w of [...workers]) drive(w);
        finishIfDone();
      }),
  };
}

function overBudget(budgetMs: number) {
  const seconds = budgetMs / 1000;
  return {
    zh: `检查本文件超过了每个文件 ${seconds} 秒的时间上限，已中止。文章可能含有让解析器极慢的结构（大量嵌套、未闭合的标记或超长的段落），请简化后再试。`,
    en: `Checking this file took longer than the ${seconds}-second limit per file and was stopped. It may contain structures that make the parser very slow (deep nesting, unclosed marks, very long paragraphs); simplify it.`,
  };
}
