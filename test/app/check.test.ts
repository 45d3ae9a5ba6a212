import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IN_PROCESS_MAX_FILE_BYTES, planWorkers, runCheck } from '../../src/app/check.js';
import { COVER_PNG, FRONT_MATTER, said } from '../helpers.js';
import { ROOT } from '../support/bundle.js';

describe('planWorkers', () => {
  const KB = 1024;
  it('checks a typical article, or a few small ones, in the calling process', () => {
    expect(planWorkers([12 * KB], 2)).toBe(0);
    expect(planWorkers([IN_PROCESS_MAX_FILE_BYTES], 2)).toBe(0);
    expect(planWorkers(Array(10).fill(20 * KB), 2)).toBe(0);
    expect(planWorkers(Array(100).fill(20 * KB), 1)).toBe(0);
  });

  it('checks any file past the in-process size in a worker, under the budget, even with --jobs 1', () => {
    expect(planWorkers([IN_PROCESS_MAX_FILE_BYTES + 1], 1)).toBe(1);
    expect(planWorkers([IN_PROCESS_MAX_FILE_BYTES + 1], 2)).toBe(1);
    expect(planWorkers([1 * KB, 900 * KB], 4)).toBe(2);
  });

  it('spreads a large run over the workers asked for', () => {
    expect(planWorkers(Array(100).fill(20 * KB), 2)).toBe(2);
    expect(planWorkers([], 2)).toBe(0);
  });
});

describe('runCheck reads articles through the shared reader', () => {
  function workspace(): string {
    const dir = mkdtempSync(join(tmpdir(), 'wxgate-check-'));
    cpSync(join(ROOT, 'policies'), join(dir, 'policies'), { recursive: true });
    const good = join(dir, 'content/group/2026-11-25-good');
    mkdirSync(good, { recursive: true });
    writeFileSync(join(good, 'index.md'), `${FRONT_MATTER}\n最近，集团完成了第一季度的目标。\n`);
    writeFileSync(join(good, 'cover.png'), COVER_PNG);
    return dir;
  }
  const article = (dir: string, name: string) => {
    const folder = join(dir, 'content/group', name);
    mkdirSync(folder, { recursive: true });
    return join(folder, 'index.md');
  };

  it('refuses an index.md symlinked to /dev/zero or out of its folder, and a FIFO, without hanging', async () => {
    const dir = workspace();
    symlinkSync('/dev/zero', article(dir, '2026-11-25-zero'));
    symlinkSync(join(dir, 'content/group/2026-11-25-good/index.md'), article(dir, '2026-11-25-link'));
    expect(spawnSync('mkfifo', [article(dir, '2026-11-25-fifo')]).status).toBe(0);
    const outcome = await runCheck({
      // A directory walk skips what is neither a file nor a link; named on the command line, a FIFO is read.
      paths: ['content', 'content/group/2026-11-25-fifo/index.md'],
      cwd: dir,
      policiesDir: join(dir, 'policies'),
      jobs: 1,
    });
    const messages = Object.fromEntries(
      outcome.files.map((f) => [f.path.split('/')[2], f.messages.map((m) => `${m.ruleId} ${said(m, 'en')}`)]),
    );
    const outside =
      'format/file The file is a symbolic link that leads outside the article folder, which wxgate does not follow; commit the file itself.';
    expect(messages['2026-11-25-zero']).toEqual([
      expect.stringMatching(`^${outside.replace(/[.()]/g, '\\$&')}`),
    ]);
    expect(messages['2026-11-25-link']).toEqual([
      expect.stringMatching(`^${outside.replace(/[.()]/g, '\\$&')}`),
    ]);
    expect(messages['2026-11-25-fifo']).toEqual([
      expect.stringMatching(
        /^format\/file The file is not a regular file \(FIFO\), which wxgate does not read; commit the file itself\./,
      ),
    ]);
    expect(messages['2026-11-25-good']).toEqual([]);
  });
});
