import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { CloneBusyError, CloneLock, holderAlive, LOCK_REF } from '../../src/ledger/lock.js';
import { ManualClock } from '../../src/platform/clock.js';
import { Git } from '../../src/platform/git.js';
import { ENV, remote, sh } from './repos.js';

const START = Date.parse('2026-11-21T04:00:00Z');
const me = (run: string, pid = process.pid) => ({ run, host: hostname(), pid });

describe('one run at a time in one clone', () => {
  it('a second run answers busy at once, naming the run that holds the clone; after release it gets it', async () => {
    const dir = remote().clone();
    const git = new Git(dir, ENV);
    const clock = new ManualClock(START).selfAdvancing();
    const first = await CloneLock.acquire(git, me('run-a'), { clock, waitMs: 0 });
    expect(first.tookOverFrom).toBeUndefined();
    const busy = await CloneLock.acquire(git, me('run-b'), { clock, waitMs: 0 }).catch((e: unknown) => e);
    expect(busy).toBeInstanceOf(CloneBusyError);
    expect((busy as Error).message).toBe(
      `another run holds this clone: run run-a (host ${hostname()}, pid ${process.pid}, since 2026-11-21T04:00:00.000Z)`,
    );
    await first.release();
    expect(sh(dir, 'for-each-ref', LOCK_REF)).toBe('');
    const second = await CloneLock.acquire(git, me('run-b'), { clock, waitMs: 0 });
    await second.release();
  });

  it('waits up to --wait on the run clock, then says how long it waited; a holder that lets go lets it in', async () => {
    const dir = remote().clone();
    const git = new Git(dir, ENV);
    const manual = new ManualClock(START);
    const clock = manual.selfAdvancing();
    const held = await CloneLock.acquire(git, me('run-a'), { clock, waitMs: 0 });
    const busy = await CloneLock.acquire(git, me('run-b'), { clock, waitMs: 10_000 }).catch(
      (e: unknown) => e,
    );
    expect((busy as CloneBusyError).waitedMs).toBe(10_000);
    expect((busy as Error).message).toMatch(/; waited 10 s$/);
    // The holder finishes while the third run waits (during its second wait): the third run gets the clone.
    let waits = 0;
    const waiting = await CloneLock.acquire(git, me('run-c'), {
      clock: {
        now: () => clock.now(),
        async sleep(ms) {
          waits += 1;
          if (waits === 2) await held.release();
          await clock.sleep(ms);
        },
      },
      waitMs: 60_000,
    });
    expect(waiting.tookOverFrom).toBeUndefined();
    expect(waits).toBe(2);
  });

  it('a lock whose holder is gone (its process ended, or another host 6 h ago) is taken over, once', async () => {
    const dir = remote().clone();
    const git = new Git(dir, ENV);
    const clock = new ManualClock(START).selfAdvancing();
    await CloneLock.acquire(git, me('run-dead', 2 ** 22 + 17), { clock, waitMs: 0 });
    const next = await CloneLock.acquire(git, me('run-b'), { clock, waitMs: 0 });
    expect(next.tookOverFrom).toMatchObject({ run: 'run-dead', pid: 2 ** 22 + 17 });
    const other = { run: 'x', host: 'elsewhere', pid: 1, since: new Date(START).toISOString() };
    expect(holderAlive(other, START + 60_000)).toBe(true);
    expect(holderAlive(other, START + 6 * 3600_000)).toBe(false);
  });
});
