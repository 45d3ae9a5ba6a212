/**
 * The Clock contract (DESIGN §5): what time it is, and a wait. Code that publishes, polls, backs off or times a
 * lease asks a Clock, never `Date.now` or `setTimeout`, so a test can own time: with a `ManualClock` a wait of an
 * hour takes no real time and ends exactly when the test's clock says so.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves once `ms` of this clock's time have passed, or at once when `signal` aborts (a server closing). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Real time. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      const timer = setTimeout(done, Math.max(0, ms));
      signal?.addEventListener('abort', done, { once: true });
      function done() {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      }
    }),
};

/**
 * Real time shifted so that it reads `start` now and runs on from there (`--now`: act as if it were then). Waits
 * are real waits.
 */
export function clockStartingAt(start: number, base: Clock = systemClock): Clock {
  const shift = start - base.now();
  return { now: () => base.now() + shift, sleep: (ms, signal) => base.sleep(ms, signal) };
}

interface Sleeper {
  until: number;
  wake: () => void;
}

/**
 * A clock that moves only when told to: `advance` and `advanceTo` move it forward (never back) and wake, in
 * deadline order, every sleep whose time has come. A server under test (the WeChat emulator, an in-memory WeChat)
 * waits on it; the program under test gets `selfAdvancing()`, whose waits move the clock themselves — a poll loop
 * with doubling waits then runs through them instantly, and the server sees exactly the time they took.
 */
export class ManualClock implements Clock {
  private current: number;
  private readonly sleepers = new Set<Sleeper>();

  constructor(start: number) {
    if (!Number.isFinite(start))
      throw new TypeError(`ManualClock: start must be a time in ms (got ${start})`);
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      const sleeper: Sleeper = {
        until: this.current + Math.max(0, ms),
        wake: () => {
          this.sleepers.delete(sleeper);
          signal?.removeEventListener('abort', sleeper.wake);
          resolve();
        },
      };
      this.sleepers.add(sleeper);
      signal?.addEventListener('abort', sleeper.wake, { once: true });
      this.wakeDue();
    });
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`ManualClock: cannot advance by ${ms} ms`);
    this.advanceTo(this.current + ms);
  }

  /** Moves the clock to `time`; a time already past leaves it where it is (a clock never runs backwards). */
  advanceTo(time: number): void {
    if (time > this.current) this.current = time;
    this.wakeDue();
  }

  /** How many sleeps are waiting for the clock to move. */
  get waiting(): number {
    return this.sleepers.size;
  }

  /** This clock as the program under test uses it: each of its waits moves the clock forward by that long. */
  selfAdvancing(): Clock {
    return {
      now: () => this.now(),
      sleep: async (ms) => {
        this.advance(Math.max(0, ms));
      },
    };
  }

  private wakeDue(): void {
    const due = [...this.sleepers].filter((s) => s.until <= this.current).sort((a, b) => a.until - b.until);
    for (const sleeper of due) sleeper.wake();
  }
}
