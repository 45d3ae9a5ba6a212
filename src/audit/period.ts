import { ConfigurationError } from '../platform/errors.js';
import { localDate, startOfLocalDay } from '../platform/time.js';

/** The audited period: `[from, until)` in epoch ms, named `2026Q4` or `2026-10-01_2026-12-31`. */
export interface Period {
  label: string;
  from: number;
  until: number;
  timeZone: string;
  /** The first and last day, as people write them (`2026-10-01`, `2026-12-31`). */
  firstDay: string;
  lastDay: string;
}

export type PeriodRequest =
  | { kind: 'quarter'; quarter: string }
  | { kind: 'dates'; from: string; to: string | undefined };

const QUARTER = /^(\d{4})[Qq]([1-4])$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `--quarter 2026Q4`, `--quarter last` (the last whole quarter: what the quarterly review covers), `--quarter
 * current`, or `--from 2026-10-01 [--to 2026-12-31]` (whole days in the policy time zone, both included; without
 * --to, up to now). A day or quarter that does not exist is a ConfigurationError naming the option.
 */
export function resolvePeriod(request: PeriodRequest, now: number, zone: string): Period {
  if (request.kind === 'quarter') {
    const q = request.quarter.trim().toLowerCase();
    if (q === 'last' || q === 'current') {
      const today = localDate(now, zone);
      const year = Number(today.slice(0, 4));
      const index = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
      const shifted = q === 'last' ? index - 1 : index;
      return quarter(shifted < 0 ? year - 1 : year, ((shifted + 4) % 4) + 1, zone);
    }
    const m = QUARTER.exec(request.quarter.trim());
    if (!m) {
      throw new ConfigurationError(
        `--quarter must be a quarter such as 2026Q4, or last or current (got "${request.quarter}")`,
      );
    }
    return quarter(Number(m[1]), Number(m[2]), zone);
  }
  const from = dayStart(request.from, '--from', zone);
  const lastDay = request.to ?? localDate(now, zone);
  const until = nextDay(dayStart(lastDay, '--to', zone), zone);
  if (until <= from) {
    throw new ConfigurationError(`--to ${lastDay} is before --from ${request.from}`);
  }
  return {
    label: `${request.from}_${lastDay}`,
    from,
    until,
    timeZone: zone,
    firstDay: request.from,
    lastDay,
  };
}

function quarter(year: number, q: number, zone: string): Period {
  const month = (q - 1) * 3 + 1;
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const next = q === 4 ? `${year + 1}-01-01` : `${year}-${String(month + 3).padStart(2, '0')}-01`;
  const from = dayStart(first, '--quarter', zone);
  const until = dayStart(next, '--quarter', zone);
  return {
    label: `${year}Q${q}`,
    from,
    until,
    timeZone: zone,
    firstDay: first,
    lastDay: localDate(until - 1, zone),
  };
}

function dayStart(day: string, option: string, zone: string): number {
  const start = DATE.test(day) ? startOfLocalDay(day, zone) : undefined;
  if (start === undefined) {
    throw new ConfigurationError(`${option} must be a date such as 2026-10-01 (got "${day}")`);
  }
  return start;
}

/** The start of the day after the one starting at `start` (days are not always 24 h long in every zone). */
function nextDay(start: number, zone: string): number {
  const day = localDate(start + 36 * 3_600_000, zone);
  return dayStart(day, '--to', zone);
}

export function inPeriod(period: Period, at: number | undefined): boolean {
  return at !== undefined && at >= period.from && at < period.until;
}

/** `2026-10` … `2026-12`: the months the period touches, in the policy time zone. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let [y, m] = period.firstDay.split('-').map(Number) as [number, number];
  const last = period.lastDay.slice(0, 7);
  for (let guard = 0; guard < 1200; guard++) {
    const label = `${y}-${String(m).padStart(2, '0')}`;
    months.push(label);
    if (label >= last) break;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return months;
}
