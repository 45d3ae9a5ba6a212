import { describe, expect, it } from 'vitest';
import {
  isoIn,
  localDate,
  nextLocalDate,
  parseDateTime,
  parseIso,
  startOfLocalDay,
} from '../src/platform/time.js';
import { lineOfPath, parseYaml } from '../src/platform/yaml.js';

describe('parseDateTime', () => {
  const cases: Array<[string, string | null]> = [
    ['2026-11-20T10:00:00+08:00', '2026-11-20T02:00:00.000Z'],
    ['2026-11-20T10:00+0800', '2026-11-20T02:00:00.000Z'],
    ['2026-11-20T02:00:00Z', '2026-11-20T02:00:00.000Z'],
    ['2026-11-20T10:00:00-05:00', '2026-11-20T15:00:00.000Z'],
    ['2026-11-20 10:00', '2026-11-20T02:00:00.000Z'],
    ['2026-11-20T10:00:00.500+08:00', '2026-11-20T02:00:00.000Z'],
    ['2024-02-29T00:00:00+08:00', '2024-02-28T16:00:00.000Z'],
    ['2026-02-29T00:00:00+08:00', null],
    ['2026-13-01T00:00:00+08:00', null],
    ['2026-11-20T10:60:00+08:00', null],
    ['2026-11-20', null],
    ['next friday', null],
  ];
  it.each(cases)('%s', (input, expected) => {
    const r = parseDateTime(input, 'Asia/Shanghai');
    expect(r.ok ? new Date(r.epochMs).toISOString() : null).toBe(expected);
  });

  it('reads zone-less times in other zones, across a DST change', () => {
    const r = parseDateTime('2026-07-01T09:00', 'America/New_York');
    expect(r.ok && new Date(r.epochMs).toISOString()).toBe('2026-07-01T13:00:00.000Z');
    const w = parseDateTime('2026-01-01T09:00', 'America/New_York');
    expect(w.ok && new Date(w.epochMs).toISOString()).toBe('2026-01-01T14:00:00.000Z');
  });

  it('gives the local date across midnight in Asia/Shanghai', () => {
    expect(localDate(Date.parse('2026-11-20T15:59:59Z'), 'Asia/Shanghai')).toBe('2026-11-20');
    expect(localDate(Date.parse('2026-11-20T16:00:00Z'), 'Asia/Shanghai')).toBe('2026-11-21');
  });
});

describe('calendar days and ISO instants in a zone', () => {
  it('finds the start of a day in the zone, and none for a date that does not exist', () => {
    expect(startOfLocalDay('2026-10-01', 'Asia/Shanghai')).toBe(Date.parse('2026-09-30T16:00:00Z'));
    expect(startOfLocalDay('2026-02-30', 'Asia/Shanghai')).toBeUndefined();
  });

  it('steps to the next calendar day across months and years', () => {
    expect(nextLocalDate('2026-02-28')).toBe('2026-03-01');
    expect(nextLocalDate('2026-12-31')).toBe('2027-01-01');
  });

  it('writes an instant with the zone offset and reads it back', () => {
    const at = Date.parse('2026-11-21T02:00:05.700Z');
    expect(isoIn(at, 'Asia/Shanghai')).toBe('2026-11-21T10:00:05+08:00');
    expect(parseIso('2026-11-21T10:00:05+08:00')).toBe(Date.parse('2026-11-21T02:00:05Z'));
    expect(parseIso('not a time')).toBeUndefined();
    expect(parseIso(null)).toBeUndefined();
  });
});

describe('parseYaml and lineOfPath', () => {
  const text =
    'rule: law/x\nentries:\n  - term: 甲\n    note: n\n  - term: 乙\n    severity: bad\nallow:\n  - term: 丙\n';
  it('finds the line of nested keys and list items', () => {
    expect(lineOfPath(text, ['rule'])).toBe(1);
    expect(lineOfPath(text, ['entries'])).toBe(2);
    expect(lineOfPath(text, ['entries', 0])).toBe(3);
    expect(lineOfPath(text, ['entries', 1, 'severity'])).toBe(6);
    expect(lineOfPath(text, ['entries', 1, 'term'])).toBe(5);
    expect(lineOfPath(text, ['allow', 0, 'term'])).toBe(8);
    expect(lineOfPath(text, ['missing'])).toBe(1);
  });

  it('keeps timestamps as text and rejects custom tags', () => {
    expect(parseYaml('t: 2026-11-20T10:00:00+08:00\n')).toEqual({
      ok: true,
      value: { t: '2026-11-20T10:00:00+08:00' },
    });
    const tagged = parseYaml('x: !!js/function "function(){}"\n');
    expect(tagged.ok).toBe(false);
  });
});
