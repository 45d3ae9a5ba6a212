/**
 * Lead time (001 第四章第2条: 内容创作人员需提前三天提交内容草稿): the earliest instant an article submitted at a given
 * time may be published. Pure: instants in, instant out.
 */
import { localDate, nextLocalDate, startOfLocalDay } from '../platform/time.js';
import { chinaDay } from './calendar.js';
import type { LeadTime } from './pr-policy.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface Earliest {
  /** The earliest allowed publish instant. */
  at: number;
  /** Years the window touched that the holiday calendar has no data for (only weekends were rest days there). */
  unknownYears: number[];
}

/**
 * - `hours`: submission + N hours, whatever the calendar says.
 * - `working-days`: N × 24 hours of working-day time must lie between submission and publication, counting only
 *   the parts of the window that fall on working days of the mainland China calendar (weekends and public
 *   holidays are rest days; 调休 make-up days are working days), in the policy's time zone. Submitted on Friday
 *   15:00 with 3 working days → Wednesday 15:00; submitted on Saturday → Thursday 00:00.
 */
export function earliestPublish(submittedAt: number, lead: LeadTime, zone: string): Earliest {
  if (lead.kind === 'hours') return { at: submittedAt + lead.hours * HOUR, unknownYears: [] };
  let remaining = lead.days * DAY;
  let cursor = submittedAt;
  let date = localDate(submittedAt, zone);
  const unknown = new Set<number>();
  // A year has at most ~120 rest days; two years of days is far more than any lead time needs.
  for (let i = 0; i < 800; i++) {
    const next = nextLocalDate(date);
    const dayEnd = startOfLocalDay(next, zone);
    if (dayEnd === undefined) throw new Error(`bad date ${next}`);
    const day = chinaDay(date);
    if (!day.known) unknown.add(Number(date.slice(0, 4)));
    if (day.working) {
      const available = dayEnd - cursor;
      if (remaining <= available) return { at: cursor + remaining, unknownYears: [...unknown] };
      remaining -= available;
    }
    cursor = dayEnd;
    date = next;
  }
  throw new Error('lead time window did not end within 800 days');
}

/** Hours with two decimals, for display and the JSON contract (comparisons use exact milliseconds). */
export function hours(ms: number): number {
  return Math.round((ms / HOUR) * 100) / 100;
}
