#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);

// src/platform/clock.ts
var systemClock = {
  now: () => Date.now(),
  sleep: (ms, signal) => new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, Math.max(0, ms));
    signal?.addEventListener("abort", done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
  })
};
function clockStartingAt(start, base = systemClock) {
  const shift = start - base.now();
  return { now: () => base.now() + shift, sleep: (ms, signal) => base.sleep(ms, signal) };
}
var ManualClock = class {
  current;
  sleepers = /* @__PURE__ */ new Set();
  constructor(start) {
    if (!Number.isFinite(start))
      throw new TypeError(`ManualClock: start must be a time in ms (got ${start})`);
    this.current = start;
  }
  now() {
    return this.current;
  }
  sleep(ms, signal) {
    return new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      const sleeper = {
        until: this.current + Math.max(0, ms),
        wake: () => {
          this.sleepers.delete(sleeper);
          signal?.removeEventListener("abort", sleeper.wake);
          resolve();
        }
      };
      this.sleepers.add(sleeper);
      signal?.addEventListener("abort", sleeper.wake, { once: true });
      this.wakeDue();
    });
  }
  advance(ms) {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`ManualClock: cannot advance by ${ms} ms`);
    this.advanceTo(this.current + ms);
  }
  /** Moves the clock to `time`; a time already past leaves it where it is (a clock never runs backwards). */
  advanceTo(time) {
    if (time > this.current) this.current = time;
    this.wakeDue();
  }
  /** How many sleeps are waiting for the clock to move. */
  get waiting() {
    return this.sleepers.size;
  }
  /** This clock as the program under test uses it: each of its waits moves the clock forward by that long. */
  selfAdvancing() {
    return {
      now: () => this.now(),
      sleep: async (ms) => {
        this.advance(Math.max(0, ms));
      }
    };
  }
  wakeDue() {
    const due = [...this.sleepers].filter((s) => s.until <= this.current).sort((a, b) => a.until - b.until);
    for (const sleeper of due) sleeper.wake();
  }
};

export {
  systemClock,
  clockStartingAt,
  ManualClock
};
