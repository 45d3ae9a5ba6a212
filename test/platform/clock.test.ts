import { describe, expect, it } from 'vitest';
import { clockStartingAt, ManualClock, systemClock } from '../../src/platform/clock.js';

const T = Date.parse('2026-11-21T12:00:00+08:00');

describe('ManualClock', () => {
  it('stands still until advanced, and never runs backwards', () => {
    const clock = new ManualClock(T);
    expect(clock.now()).toBe(T);
    clock.advance(1500);
    expect(clock.now()).toBe(T + 1500);
    clock.advanceTo(T);
    expect(clock.now()).toBe(T + 1500);
    expect(() => clock.advance(-1)).toThrow(RangeError);
  });

  it('wakes each sleep when the clock passes its deadline, in deadline order, and not before', async () => {
    const clock = new ManualClock(T);
    const woke: string[] = [];
    const long = clock.sleep(3000).then(() => woke.push('3 s'));
    const short = clock.sleep(1000).then(() => woke.push('1 s'));
    clock.advance(999);
    await Promise.resolve();
    expect(woke).toEqual([]);
    expect(clock.waiting).toBe(2);
    clock.advance(5000);
    await Promise.all([long, short]);
    expect(woke).toEqual(['1 s', '3 s']);
    expect(clock.waiting).toBe(0);
  });

  it('a sleep of nothing, or an aborted one, ends at once without moving the clock', async () => {
    const clock = new ManualClock(T);
    await clock.sleep(0);
    const controller = new AbortController();
    const pending = clock.sleep(60_000, controller.signal);
    controller.abort();
    await pending;
    expect(clock.now()).toBe(T);
    expect(clock.waiting).toBe(0);
  });

  it('selfAdvancing(): the waits of the program under test move the clock, and wake what waits on it', async () => {
    const clock = new ManualClock(T);
    const server = clock.sleep(5000);
    const program = clock.selfAdvancing();
    await program.sleep(2000);
    await program.sleep(4000);
    await server;
    expect(program.now()).toBe(T + 6000);
  });
});

describe('clockStartingAt', () => {
  it('reads the given start now and runs on with the base clock', () => {
    const base = new ManualClock(T);
    const clock = clockStartingAt(T - 86_400_000, base);
    expect(clock.now()).toBe(T - 86_400_000);
    base.advance(1000);
    expect(clock.now()).toBe(T - 86_400_000 + 1000);
  });
});

describe('systemClock', () => {
  it('an aborted sleep ends at once', async () => {
    const controller = new AbortController();
    const pending = systemClock.sleep(3_600_000, controller.signal);
    controller.abort();
    await pending;
    expect(
      await Promise.race([systemClock.sleep(0).then(() => 'slept'), pending.then(() => 'aborted')]),
    ).toBe('aborted');
  });
});
