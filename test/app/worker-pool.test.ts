import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { type FileWatch, startWorkerPool } from '../../src/app/worker-pool.js';

const SETUP = { cwd: '.', policiesDir: 'policies' } as const;

/** A stand-in worker speaking the pool's protocol; `onCheck` is the body of its reply to one chunk (`m.paths`). */
function worker(onCheck: string, imports = ''): string {
  const file = join(mkdtempSync(join(tmpdir(), 'wxgate-pool-')), 'worker.mjs');
  writeFileSync(
    file,
    `${imports}
    process.on('message', (m) => {
      if (m.type !== 'check') return;
      ${onCheck}
    });`,
  );
  return file;
}

const echo = worker(
  "for (const path of m.paths) process.send({ type: 'result', result: { path, messages: [{ pid: process.pid }], suppressed: [] } });",
);

describe('startWorkerPool', () => {
  it('checks every path exactly once, spread over the workers, and lets them exit', async () => {
    const pool = startWorkerPool(echo, SETUP, 2);
    const paths = Array.from({ length: 40 }, (_, i) => `content/a/${i}/index.md`);
    const results = await pool.check(paths);
    expect(results.map((r) => r.path).sort()).toEqual([...paths].sort());
    const pids = new Set(results.map((r) => (r.messages[0] as unknown as { pid: number }).pid));
    expect(pids.size).toBe(2);
  });

  it('hands out shrinking chunks, so the last messages are small', async () => {
    const log = join(mkdtempSync(join(tmpdir(), 'wxgate-pool-')), 'chunks.txt');
    const logging = worker(
      `appendFileSync(${JSON.stringify(log)}, m.paths.length + '\\n');
      for (const path of m.paths) process.send({ type: 'result', result: { path, messages: [], suppressed: [] } });`,
      "import { appendFileSync } from 'node:fs';",
    );
    await startWorkerPool(logging, SETUP, 2).check(Array.from({ length: 100 }, (_, i) => `p${i}`));
    // Each chunk is the remaining paths / (2 × workers), rounded up: 100 → 25, 75 → 19, 56 → 14 … down to one.
    // The two workers log in their own order, so the sizes are compared sorted.
    const chunks = readFileSync(log, 'utf8').trim().split('\n').map(Number);
    expect(chunks.sort((a, b) => b - a)).toEqual([25, 19, 14, 11, 8, 6, 5, 3, 3, 2, 1, 1, 1, 1]);
  });

  it('fails, naming the exit code and what was left unchecked, when a worker dies', async () => {
    const pool = startWorkerPool(worker('process.exit(3);'), SETUP, 2);
    await expect(pool.check(['a', 'b', 'c', 'd'])).rejects.toThrow(
      /^check worker stopped \(exit code 3\) with \d+ file\(s\) unchecked$/,
    );
  });

  it('fails with the reason a worker gives when it cannot check', async () => {
    const pool = startWorkerPool(
      worker("process.send({ type: 'failed', message: 'policies/wxgate.yml:2: bad' });"),
      SETUP,
      2,
    );
    await expect(pool.check(['a', 'b'])).rejects.toThrow('check worker: policies/wxgate.yml:2: bad');
  });

  it('fails, naming what was left unchecked, when a worker cannot start (its file is missing)', async () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'wxgate-pool-')), 'no-such-worker.mjs');
    await expect(startWorkerPool(missing, SETUP, 2).check(['a'])).rejects.toThrow(
      /^check worker stopped \(exit code 1\) with 1 file\(s\) unchecked$/,
    );
  });

  describe('per-file time budget', () => {
    /**
     * A worker that hangs on `slow` (a busy loop: it cannot even read a disconnect) and echoes every other path
     * with its pid. The budget's clock is the test's: `slow` runs out of time as soon as it is started, every other
     * file never does, so no test waits for a real timer and none can race one.
     */
    const hangsOnSlow = worker(
      `for (const path of m.paths) {
        if (path === 'slow') for (;;) {}
        process.send({ type: 'result', result: { path, messages: [{ pid: process.pid }], suppressed: [] } });
      }`,
    );
    const slowRunsOut: FileWatch = (path, _ms, expire) => {
      if (path === 'slow') queueMicrotask(expire);
      return () => {};
    };

    it('kills the worker stuck on a file, reports that file, and checks the rest of its chunk with a fresh worker', async () => {
      const pool = startWorkerPool(hangsOnSlow, SETUP, 1, {
        fileBudgetMs: 1500,
        watch: slowRunsOut,
      });
      // One worker, so the first chunk (a, b, slow, c, d… by shrinking chunk sizes) holds `slow` with work after it.
      const paths = ['a', 'b', 'slow', 'c', 'd', 'e', 'f'];
      const results = await pool.check(paths);
      expect(results.map((r) => r.path).sort()).toEqual([...paths].sort());
      const slow = results.find((r) => r.path === 'slow')!;
      expect(slow.messages).toEqual([
        expect.objectContaining({
          ruleId: 'format/file',
          severity: 'error',
          line: 1,
          message: {
            zh: expect.stringMatching(/^检查本文件超过了每个文件 1\.5 秒的时间上限，已中止。/),
            en: expect.stringMatching(
              /^Checking this file took longer than the 1\.5-second limit per file and was stopped\./,
            ),
          },
        }),
      ]);
      const pid = (path: string) =>
        (results.find((r) => r.path === path)!.messages[0] as unknown as { pid: number }).pid;
      expect(pid('a')).toBe(pid('b'));
      expect(pid('c')).not.toBe(pid('a'));
      // Killed, not left spinning: the stuck worker ignores everything but SIGKILL.
      await vi.waitFor(() => expect(() => process.kill(pid('a'), 0)).toThrow(), { timeout: 10_000 });
    });

    it('cancels the budget of every file that finishes in time', async () => {
      const started: string[] = [];
      const cancelled: string[] = [];
      const watch: FileWatch = (path) => {
        started.push(path);
        return () => cancelled.push(path);
      };
      await startWorkerPool(echo, SETUP, 2, { fileBudgetMs: 1000, watch }).check(['a', 'b', 'c']);
      expect(started.sort()).toEqual(['a', 'b', 'c']);
      expect(cancelled.sort()).toEqual(['a', 'b', 'c']);
    });
  });

  it('resolves at once with nothing to check, and stop() ends idle workers', async () => {
    const pool = startWorkerPool(echo, SETUP, 2);
    await expect(pool.check([])).resolves.toEqual([]);
    pool.stop();
  });
});
