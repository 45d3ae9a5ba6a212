import { describe, expect, it } from 'vitest';
import { readableTime } from '../../src/platform/time.js';

describe('readableTime: one time format for the PR comment, the check runs and explain', () => {
  const noonInBeijing = Date.parse('2026-11-16T12:00:00+08:00');

  it('says Beijing time for the default zone', () => {
    expect(readableTime(noonInBeijing, 'Asia/Shanghai')).toEqual({
      zh: '2026-11-16 12:00（北京时间）',
      en: '2026-11-16 12:00 (Beijing time)',
    });
  });

  it('names any other policy zone, with the wall-clock time there', () => {
    expect(readableTime(noonInBeijing, 'Europe/Berlin')).toEqual({
      zh: '2026-11-16 05:00（Europe/Berlin 时间）',
      en: '2026-11-16 05:00 (Europe/Berlin time)',
    });
    expect(readableTime(noonInBeijing, 'Asia/Tokyo').zh).toBe('2026-11-16 13:00（Asia/Tokyo 时间）');
  });
});
