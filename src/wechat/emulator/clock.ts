import type { Clock } from '../../platform/clock.js';
import type { Store } from './store.js';

interface Sleeper {
  until: number;
  wake: () => void;
}

/**
 * The emulator's time: a base clock (the system clock, or a test's ManualClock) plus an offset that the control
 * endpoint moves (`POST /__emulator/clock {"advance_ms": …}`) and the state file keeps. Token expiry, publish jobs,
 * quota days and fault delays all read it, so a test that moves it makes all of them happen, and none of them
 * happens by itself while a test's base clock stands still.
 */
export class EmulatorClock implements Clock {
  private readonly sleepers = new Set<Sleeper>();

  constructor(
    private readonly base: Clock,
    private readonly store: Store,
  ) {}

  now(): number {
    return this.base.now() + this.store.data.clockOffsetMs;
  }

  get offsetMs(): number {
    return this.store.data.clockOffsetMs;
  }

  /** How many calls are waiting out a delay on this clock. */
  get waiting(): number {
    return this.sleepers.size;
  }

  /** Moves the emulator's time forward and ends every wait whose time has come. */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`the emulator clock cannot move by ${ms} ms`);
    this.store.data.clockOffsetMs += ms;
    this.store.save();
    for (const sleeper of [...this.sleepers]) if (sleeper.until <= this.now()) sleeper.wake();
  }

  /** Ends when the emulator's time passes `ms` from now: moved by `advance`, or by the base clock running on. */
  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      const stopBase = new AbortController();
      const sleeper: Sleeper = {
        until: this.now() + Math.max(0, ms),
        wake: () => {
          if (!this.sleepers.delete(sleeper)) return;
          stopBase.abort();
          signal?.removeEventListener('abort', sleeper.wake);
          resolve();
        },
      };
      this.sleepers.add(sleeper);
      signal?.addEventListener('abort', sleeper.wake, { once: true });
      void this.base.sleep(ms, stopBase.signal).then(sleeper.wake);
    });
  }
}
