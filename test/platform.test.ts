import { describe, expect, it } from 'vitest';
import {
  isoIn,
  localDate,
  nextLocalDate,
  parseDateTime,
  parseIso,
  startOfLocalDay,
} from '../src/platform/time.js';
import { fieldOf, parseYaml, type YamlPath } from '../src/platform/yaml.js';

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

describe('parseYaml: data only, with the exact line of every key and item', () => {
  /** The line `lineOf` gives for each path of a document that must parse. */
  const lines = (text: string, paths: YamlPath[]) => {
    const parsed = parseYaml(text);
    if (!parsed.ok) throw new Error(parsed.message);
    return paths.map((p) => parsed.lineOf(p));
  };

  it('finds the line of nested keys and list items, and of the deepest part that exists', () => {
    const text =
      '# 词表\nrule: law/x\nentries:\n  - term: 甲\n    note: n\n  - term: 乙\n    severity: bad\nallow:\n  - term: 丙\n';
    expect(
      lines(text, [
        ['rule'],
        ['entries'],
        ['entries', 0],
        ['entries', 1, 'severity'],
        ['entries', 1, 'term'],
        ['allow', 0, 'term'],
        ['entries', 1, 'missing'],
        ['entries', 5],
        // Not even the first part: the document's first line after the heading comment.
        ['missing'],
        [],
      ]),
    ).toEqual([2, 3, 4, 7, 6, 9, 6, 3, 2, 2]);
  });

  it('points into flow style, where no line starts with the key', () => {
    const text =
      'rules:\n  law/a: {severity: erorr}\n  law/b:\n    severity: erorr\n  law/c: {source: x,\n    severity: erorr}\n';
    expect(
      lines(text, [
        ['rules', 'law/a', 'severity'],
        ['rules', 'law/b', 'severity'],
        ['rules', 'law/c', 'severity'],
      ]),
    ).toEqual([2, 4, 6]);
    expect(
      lines('x: {a: 1, b}\ny: [p,\n  {q: 2}]\n', [
        ['x', 'b'],
        ['y', 1, 'q'],
      ]),
    ).toEqual([1, 3]);
  });

  it('is not misled by the same key deeper in an earlier sibling or inside a block of text', () => {
    const text =
      'rules:\n  law/x:\n    options:\n      severity: 1\n    source: |\n      severity: 见第 5 条\n    severity: erorr\n';
    expect(
      lines(text, [
        ['rules', 'law/x', 'severity'],
        ['rules', 'law/x', 'options', 'severity'],
      ]),
    ).toEqual([7, 4]);
  });

  it('keeps timestamps and yes/no as text and rejects custom tags', () => {
    const parsed = parseYaml(
      't: 2026-11-20T10:00:00+08:00\nanswer: yes\nswitch: on\nversion: 1.0\nok: true\n',
    );
    expect(parsed.ok && parsed.value).toEqual({
      t: '2026-11-20T10:00:00+08:00',
      answer: 'yes',
      switch: 'on',
      version: 1,
      ok: true,
    });
    expect(parseYaml('x: !!js/function "function(){}"\n').ok).toBe(false);
    expect(parseYaml('a: 1\n<<: {b: 2}\n')).toMatchObject({ ok: true, value: { a: 1, '<<': { b: 2 } } });
  });

  it('refuses an anchor at its own line, before an alias bomb can expand', () => {
    const bomb = `a: 1\nb: &b [x, x]\n${Array.from({ length: 40 }, (_, i) => `c${i}: &c${i} [*${i === 0 ? 'b' : `c${i - 1}`}, *${i === 0 ? 'b' : `c${i - 1}`}]`).join('\n')}\n`;
    expect(parseYaml(bomb)).toEqual({
      ok: false,
      line: 2,
      message: 'anchors and aliases (&name, *name) are not allowed',
    });
  });

  it('places a syntax error on a line the file has', () => {
    expect(parseYaml('rule: a/b\nentries: [\n')).toEqual({
      ok: false,
      line: 2,
      message: 'unexpected end of the stream within a flow collection',
    });
    expect(parseYaml('a: 1\na: 2\n')).toMatchObject({
      ok: false,
      line: 2,
      message: 'duplicated mapping key',
    });
  });

  it('names a field the way errors show it', () => {
    expect(fieldOf(['entries', 3, 'allow', 0])).toBe('entries[3].allow[0]');
    expect(fieldOf(['rules', 'law/x', 'severity'])).toBe('rules.law/x.severity');
    expect(fieldOf([])).toBe('');
  });
});
