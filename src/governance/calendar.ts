/**
 * The mainland China working-day calendar: weekends and public holidays are rest days, except the make-up working
 * days (调休) the State Council announces each year. Data from the `chinese-days` package (offline JSON shipped in
 * the package, maintained, 2004 onward); read as plain `YYYY-MM-DD` keys so no Date parsing can shift a day.
 */
import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };

const HOLIDAYS = new Set(Object.keys(data.holidays));
const MAKE_UP_WORKDAYS = new Set(Object.keys(data.workdays));
const YEARS = new Set([...HOLIDAYS].map((d) => Number(d.slice(0, 4))));

/** The years the calendar knows; for other years only weekends are rest days. */
export const CALENDAR_YEARS: readonly number[] = [...YEARS].sort((a, b) => a - b);

export interface DayKind {
  working: boolean;
  /** Why: a weekday, a weekend, a public holiday, or a make-up working day (调休). */
  kind: 'weekday' | 'weekend' | 'holiday' | 'make-up';
  /** False when the year is not in the calendar data (then only weekends are known). */
  known: boolean;
}

/** `date` is `YYYY-MM-DD` (a calendar day in the policy time zone). */
export function chinaDay(date: string): DayKind {
  const known = YEARS.has(Number(date.slice(0, 4)));
  if (HOLIDAYS.has(date)) return { working: false, kind: 'holiday', known };
  if (MAKE_UP_WORKDAYS.has(date)) return { working: true, kind: 'make-up', known };
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  const weekend = weekday === 0 || weekday === 6;
  return { working: !weekend, kind: weekend ? 'weekend' : 'weekday', known };
}
