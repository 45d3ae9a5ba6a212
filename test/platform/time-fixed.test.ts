import { describe, expect, it } from 'vitest';
import { formatTime, isValidTimeZone, localDate, zoneOffsetMinutes } from '../../src/platform/time.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** What Intl says, the reference the arithmetic for fixed-offset zones must equal. */
function intlWall(epochMs: number, zone: string): string {
  // One formatter per zone: building one costs a millisecond, and the comparison below makes thousands.
  const f =
    formatters.get(zone) ??
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
  formatters.set(zone, f);
  const p = Object.fromEntries(f.formatToParts(new Date(epochMs)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute} (${zone})`;
}

describe('zones with a fixed offset are computed without Intl, and agree with it', () => {
  const zones = ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Tokyo', 'UTC'];
  it.each(zones)('%s from 1992 to 2040', (zone) => {
    for (let t = Date.UTC(1992, 0, 1); t < Date.UTC(2040, 0, 1); t += 97 * 3_600_000 + 7_000) {
      expect(formatTime(t, zone)).toBe(intlWall(t, zone));
      expect(localDate(t, zone)).toBe(intlWall(t, zone).slice(0, 10));
    }
  });

  it('before 1992 (China kept daylight saving until 1991) Intl still decides', () => {
    const summer1988 = Date.UTC(1988, 6, 1, 12);
    expect(zoneOffsetMinutes(summer1988, 'Asia/Shanghai')).toBe(540);
    expect(zoneOffsetMinutes(Date.UTC(2026, 6, 1), 'Asia/Shanghai')).toBe(480);
  });

  it('names outside the table are still validated by Intl', () => {
    expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Asia/Beijing')).toBe(false);
  });
});
