import { hostname } from 'node:os';
import type { Clock } from '../platform/clock.js';
import { type Git, GitError } from '../platform/git.js';

/**
 * One publish or withdraw run at a time in one clone. Runs in separate clones (separate jobs) are safe with each
 * other — their writes are compare-and-swap on the ledger, with a lease per article — but two runs in one clone
 * share its refs: the ledger's tracking branch, its seen branch, the private refs its commits are built on. The
 * second run either waits for the first (`waitMs`) or says plainly which run holds the clone (CloneBusyError,
 * exit code 75 in the CLI) — never a failure record, since nothing about any article went wrong.
 *
 * The lock is a git ref, `refs/wxgate/run-lock`, pointing at a blob that says who holds it; taking it is
 * `git update-ref` with the expected old value (none), so exactly one of two runs gets it, on any file system git
 * works on, and worktrees of one repository share it. A lock whose holder is gone — the same host and its process
 * no longer running, or older than STALE_AFTER_MS anywhere — is taken over by the same compare-and-swap.
 */
export const LOCK_REF = 'refs/wxgate/run-lock';

/** A holder on another host cannot be asked whether it still runs; a publish job ends long before this. */
const STALE_AFTER_MS = 6 * 60 * 60_000;
/** While waiting, how often to look again (on the run's clock). */
const LOOK_AGAIN_MS = 2000;

export interface LockHolder {
  run: string;
  host: string;
  pid: number;
  /** When it took the lock (ISO 8601). */
  since: string;
}

/** Another run holds this clone (and did not let go within the wait). */
export class CloneBusyError extends Error {
  constructor(
    readonly holder: LockHolder,
    readonly waitedMs: number,
  ) {
    super(
      `another run holds this clone: run ${holder.run} (host ${holder.host}, pid ${holder.pid}, since ${holder.since})` +
        (waitedMs > 0 ? `; waited ${Math.round(waitedMs / 1000)} s` : ''),
    );
    this.name = 'CloneBusyError';
  }
}

export interface LockOptions {
  clock: Clock;
  /** How long to wait for a holder to let go; 0 answers at once. */
  waitMs: number;
  /** Whether the holder still runs (default: same host → its process exists; other host → younger than 6 h). */
  isAlive?: (holder: LockHolder, now: number) => boolean;
}

export class CloneLock {
  private constructor(
    private readonly git: Git,
    private readonly blob: string,
    /** The holder this run replaced because it was gone, if any. */
    readonly tookOverFrom: LockHolder | undefined,
  ) {}

  static async acquire(git: Git, me: Omit<LockHolder, 'since'>, options: LockOptions): Promise<CloneLock> {
    const { clock, waitMs } = options;
    const isAlive = options.isAlive ?? holderAlive;
    const started = clock.now();
    const mine: LockHolder = { ...me, since: new Date(started).toISOString() };
    const blob = (
      await git.run(['hash-object', '-w', '--stdin'], { input: `${JSON.stringify(mine)}\n` })
    ).trim();
    const zero = '0'.repeat(40);
    for (;;) {
      if ((await git.exec(['update-ref', LOCK_REF, blob, zero])).code === 0) {
        return new CloneLock(git, blob, undefined);
      }
      const held = (await git.exec(['rev-parse', '--verify', '--quiet', LOCK_REF])).stdout.trim();
      if (!held) continue; // let go in between: try again at once
      const holder = await readHolder(git, held);
      if (!holder || !isAlive(holder, clock.now())) {
        if ((await git.exec(['update-ref', LOCK_REF, blob, held])).code === 0) {
          return new CloneLock(git, blob, holder);
        }
        continue; // another run took it over first
      }
      const waited = clock.now() - started;
      if (waited >= waitMs) throw new CloneBusyError(holder, waited);
      await clock.sleep(Math.min(LOOK_AGAIN_MS, waitMs - waited));
    }
  }

  /** Lets go, if the lock is still this run's (a run that took over a stale lock is left alone). */
  async release(): Promise<void> {
    const r = await this.git.exec(['update-ref', '-d', LOCK_REF, this.blob]);
    if (
      r.code !== 0 &&
      (await this.git.exec(['rev-parse', '--verify', '--quiet', LOCK_REF])).stdout.trim() === this.blob
    ) {
      throw new GitError(['update-ref', '-d', LOCK_REF], r);
    }
  }
}

async function readHolder(git: Git, blob: string): Promise<LockHolder | undefined> {
  const r = await git.exec(['cat-file', 'blob', blob]);
  if (r.code !== 0) return undefined;
  try {
    const h = JSON.parse(r.stdout) as Partial<LockHolder>;
    if (
      typeof h.run === 'string' &&
      typeof h.host === 'string' &&
      typeof h.pid === 'number' &&
      typeof h.since === 'string'
    ) {
      return { run: h.run, host: h.host, pid: h.pid, since: h.since };
    }
  } catch {
    // Not a holder wxgate wrote: treated as gone.
  }
  return undefined;
}

/** Same host: its process still exists. Another host: it took the lock less than STALE_AFTER_MS ago. */
export function holderAlive(holder: LockHolder, now: number): boolean {
  if (holder.host === hostname()) return processAlive(holder.pid);
  const since = Date.parse(holder.since);
  return Number.isFinite(since) && now - since < STALE_AFTER_MS;
}

/** Whether a process of this host still exists (one we may not signal exists too). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
