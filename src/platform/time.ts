/**
 * Time handling without a time-zone library: Node's Intl knows every IANA zone. Front matter times without an
 * offset are wall-clock times in the policy's zone (Asia/Shanghai by default).
 */
import type { LocalizedText } from '../lint/types.js';

const ISO_LOCAL =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d{1,9})?(Z|[+-]\d{2}:?\d{2})?$/;

export type ParsedTime = { ok: true; epochMs: number; hadOffset: boolean } | { ok: false; reason: TimeError };
export type TimeError = 'format' | 'impossible' | 'missing-time' | 'offset';

export function isValidTimeZone(zone: string): boolean {
  if (FIXED_OFFSETS.has(zone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Parses `2026-11-20T10:00:00+08:00`, `2026-11-20 10:00` (zone-local) and friends; rejects 2026-02-30. */
export function parseDateTime(value: string, zone: string): ParsedTime {
  const m = ISO_LOCAL.exec(value.trim());
  if (!m) {
    return { ok: false, reason: /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? 'missing-time' : 'format' };
  }
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(
    Number,
  ) as [number, number, number, number, number, number];
  if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 59) {
    return { ok: false, reason: 'impossible' };
  }
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const offset = m[7];
  if (offset !== undefined && !isRealOffset(offset)) return { ok: false, reason: 'offset' };
  if (offset !== undefined) {
    return { ok: true, epochMs: wall - offsetMinutes(offset) * 60_000, hadOffset: true };
  }
  return { ok: true, epochMs: zonedWallTimeToEpoch(wall, zone), hadOffset: false };
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * Offsets that real time zones use: from −12:00 to +14:00 (Kiribati), in whole quarter hours (+05:45 Nepal,
 * +08:45 Eucla). `+99:99` or `+24:00` is a typo, and `-13:00` no place on earth uses: all are rejected rather than
 * read as a time a day away.
 */
function isRealOffset(offset: string): boolean {
  if (offset === 'Z') return true;
  const minutes = Number(offset.slice(-2));
  const total = offsetMinutes(offset);
  return minutes % 15 === 0 && minutes < 60 && total >= -12 * 60 && total <= 14 * 60;
}

function offsetMinutes(offset: string): number {
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

/**
 * Zones whose offset has not changed since 1992, by that offset in minutes. For them, times are plain arithmetic:
 * the first Intl formatter of a process costs ~20 ms (ICU's zone data), a tenth of checking an article from a
 * cold process. Mainland China has kept +08:00 since daylight saving ended in 1991.
 */
const FIXED_OFFSETS: ReadonlyMap<string, number> = new Map([
  ['Asia/Shanghai', 480],
  ['Asia/Hong_Kong', 480],
  ['Asia/Macau', 480],
  ['Asia/Taipei', 480],
  ['Asia/Singapore', 480],
  ['Asia/Tokyo', 540],
  ['Asia/Seoul', 540],
  ['UTC', 0],
  ['Etc/UTC', 0],
]);
const FIXED_SINCE = Date.UTC(1992, 0, 1);

function fixedOffset(epochMs: number, zone: string): number | undefined {
  return epochMs >= FIXED_SINCE ? FIXED_OFFSETS.get(zone) : undefined;
}

/** The wall time of an instant at a fixed offset, as an ISO string (YYYY-MM-DDTHH:MM:SS…). */
function fixedWall(epochMs: number, offset: number): string {
  return new Date(epochMs + offset * 60_000).toISOString();
}

/** The zone's offset from UTC at an instant, in minutes. */
export function zoneOffsetMinutes(epochMs: number, zone: string): number {
  const fixed = fixedOffset(epochMs, zone);
  if (fixed !== undefined) return fixed;
  const parts = formatter(zone, 'wall').formatToParts(new Date(epochMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60_000);
}

function zonedWallTimeToEpoch(wallAsUtc: number, zone: string): number {
  // Two passes settle the offset even next to a DST change (mainland China has none, other zones may).
  let guess = wallAsUtc - zoneOffsetMinutes(wallAsUtc, zone) * 60_000;
  guess = wallAsUtc - zoneOffsetMinutes(guess, zone) * 60_000;
  return guess;
}

/** `YYYY-MM-DD` of an instant in a zone. */
/** `2026-11-20 10:00 (Asia/Shanghai)` */
export function formatTime(epochMs: number, zone: string): string {
  const fixed = fixedOffset(epochMs, zone);
  if (fixed !== undefined) {
    const wall = fixedWall(epochMs, fixed);
    return `${wall.slice(0, 10)} ${wall.slice(11, 16)} (${zone})`;
  }
  const parts = formatter(zone, 'wall').formatToParts(new Date(epochMs));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')} (${zone})`;
}

/**
 * An instant as people read it in the PR comment, the check runs and `wxgate explain`: wall-clock time in the
 * policy's zone, named as readers say it. Beijing time for Asia/Shanghai (the usual case); any other zone by its
 * IANA name, since no translated name would be as exact.
 */
export function readableTime(epochMs: number, zone: string): LocalizedText {
  const wall = formatTime(epochMs, zone).replace(/ \(.*\)$/, '');
  if (zone === 'Asia/Shanghai') return { zh: `${wall}（北京时间）`, en: `${wall} (Beijing time)` };
  return { zh: `${wall}（${zone} 时间）`, en: `${wall} (${zone} time)` };
}

/** `YYYY-MM-DD` of an instant in a zone. */
export function localDate(epochMs: number, zone: string): string {
  const fixed = fixedOffset(epochMs, zone);
  if (fixed !== undefined) return fixedWall(epochMs, fixed).slice(0, 10);
  return formatter(zone, 'date').format(new Date(epochMs));
}

const FORMATS = {
  date: { locale: 'en-CA', options: { year: 'numeric', month: '2-digit', day: '2-digit' } },
  wall: {
    locale: 'en-US',
    options: {
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    },
  },
} as const;

/** Building an Intl formatter costs far more than using one; keep one per zone and format. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: string, kind: keyof typeof FORMATS): Intl.DateTimeFormat {
  const key = `${kind} ${zone}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(FORMATS[kind].locale, { timeZone: zone, ...FORMATS[kind].options });
    formatters.set(key, f);
  }
  return f;
}
