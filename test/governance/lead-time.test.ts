import { describe, expect, it } from 'vitest';
import { CALENDAR_YEARS, chinaDay } from '../../src/governance/calendar.js';
import { earliestPublish, hours } from '../../src/governance/lead-time.js';
import { parseDateTime } from '../../src/platform/time.js';

const ZONE = 'Asia/Shanghai';
const at = (s: string) => {
  const t = parseDateTime(s, ZONE);
  if (!t.ok) throw new Error(s);
  return t.epochMs;
};
const iso = (ms: number) => new Date(ms).toISOString();

describe('the mainland China calendar (chinese-days data)', () => {
  it('knows the 2026 National Day week and its make-up days', () => {
    expect(CALENDAR_YEARS).toContain(2026);
    expect(chinaDay('2026-10-01')).toEqual({ working: false, kind: 'holiday', known: true });
    expect(chinaDay('2026-10-07')).toEqual({ working: false, kind: 'holiday', known: true });
    // 调休: Sunday 20 September and Saturday 10 October are working days.
    expect(chinaDay('2026-09-20')).toEqual({ working: true, kind: 'make-up', known: true });
    expect(chinaDay('2026-10-10')).toEqual({ working: true, kind: 'make-up', known: true });
    expect(chinaDay('2026-10-11')).toEqual({ working: false, kind: 'weekend', known: true });
    expect(chinaDay('2026-10-08')).toEqual({ working: true, kind: 'weekday', known: true });
    // Mid-Autumn Festival, Friday 25 September.
    expect(chinaDay('2026-09-25')).toEqual({ working: false, kind: 'holiday', known: true });
  });

  it('says when a year is not in the data', () => {
    expect(chinaDay('2099-01-05').known).toBe(false);
    expect(chinaDay('2099-01-05').working).toBe(true);
    expect(chinaDay('2099-01-04').working).toBe(false);
  });
});

describe('lead time in hours', () => {
  const lead = { kind: 'hours', hours: 72 } as const;
  it('is submission + N hours, in instants', () => {
    expect(iso(earliestPublish(at('2026-11-16T09:00:00+08:00'), lead, ZONE).at)).toBe(
      '2026-11-19T01:00:00.000Z',
    );
  });
  it('accepts fractional hours', () => {
    const r = earliestPublish(at('2026-11-16T09:00:00+08:00'), { kind: 'hours', hours: 1.5 }, ZONE);
    expect(iso(r.at)).toBe('2026-11-16T02:30:00.000Z');
  });
  it('rounds hours to two decimals for display', () => {
    expect(hours(72 * 3_600_000 - 60_000)).toBe(71.98);
    expect(hours(72 * 3_600_000 + 60_000)).toBe(72.02);
  });
});

describe('lead time in working days', () => {
  const lead = { kind: 'working-days', days: 3 } as const;
  const earliest = (submitted: string) => earliestPublish(at(submitted), lead, ZONE);

  it('counts working-day time: Friday 15:00 → Wednesday 15:00', () => {
    expect(earliest('2026-11-13T15:00:00+08:00')).toEqual({
      at: at('2026-11-18T15:00:00+08:00'),
      unknownYears: [],
    });
  });

  it('a weekend submission starts counting on Monday: Saturday → Thursday 00:00', () => {
    expect(earliest('2026-11-14T10:00:00+08:00').at).toBe(at('2026-11-19T00:00:00+08:00'));
  });

  it('across the 2026 National Day week, the make-up Saturday (10 October) counts', () => {
    // Wed 30 Sep 10:00: 14 h that day, 1–7 Oct off, Thu 8 and Fri 9 (48 h), then 10 h of Saturday 10 Oct.
    expect(earliest('2026-09-30T10:00:00+08:00').at).toBe(at('2026-10-10T10:00:00+08:00'));
  });

  it('the make-up Sunday (20 September) counts; the Mid-Autumn Friday does not', () => {
    expect(earliest('2026-09-18T15:00:00+08:00').at).toBe(at('2026-09-22T15:00:00+08:00'));
    // Thu 24 Sep 09:00: 15 h, Fri 25 holiday + weekend, Mon 28 and Tue 29 (48 h), 9 h of Wed 30.
    expect(earliest('2026-09-24T09:00:00+08:00').at).toBe(at('2026-09-30T09:00:00+08:00'));
  });

  it('days are calendar days in the policy zone, not in UTC (across midnight in Shanghai)', () => {
    // Fri 23:30 in Shanghai is Fri 15:30 UTC: half an hour of Friday counts, then Mon, Tue and 23.5 h of Wed.
    const fromOffset = earliest('2026-11-13T23:30:00+08:00');
    const fromUtc = earliest('2026-11-13T15:30:00Z');
    expect(fromOffset).toEqual(fromUtc);
    expect(fromOffset.at).toBe(at('2026-11-18T23:30:00+08:00'));
    // Saturday 00:30 in Shanghai (still Friday in UTC) is a rest day: counting starts on Monday.
    expect(earliest('2026-11-13T16:30:00Z').at).toBe(at('2026-11-19T00:00:00+08:00'));
  });

  it('a window reaching a year without data uses weekends only and says so', () => {
    const r = earliestPublish(at('2099-12-30T10:00:00+08:00'), lead, ZONE);
    expect(r.unknownYears).toEqual([2099, 2100]);
    // Wed 30 Dec 2099: 14 h, Thu 31: 24 h, Fri 1 Jan 2100: 24 h, weekend, 10 h of Mon 4 Jan.
    expect(r.at).toBe(at('2100-01-04T10:00:00+08:00'));
  });

  it('one working day from a working-day morning is the next morning', () => {
    expect(earliestPublish(at('2026-11-16T09:00:00+08:00'), { kind: 'working-days', days: 1 }, ZONE).at).toBe(
      at('2026-11-17T09:00:00+08:00'),
    );
  });
});
