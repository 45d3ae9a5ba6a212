import { describe, expect, it } from 'vitest';
import { compilePattern, matchPatterns, type PatternSpan } from '../../src/lexicon/patterns.js';

/** What running each pattern over each text alone gives: the behaviour the joined scan must keep. */
function oneByOne(sources: readonly string[], texts: readonly string[]): PatternSpan[][] {
  return texts.map((text) => {
    const spans: PatternSpan[] = [];
    sources.forEach((source, pattern) => {
      const regex = new RegExp(source, 'giu');
      for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
        if (m[0].length === 0) regex.lastIndex++;
        else spans.push({ pattern, start: m.index, end: m.index + m[0].length });
      }
    });
    return spans;
  });
}

function joined(sources: readonly string[], texts: readonly string[]): PatternSpan[][] {
  const compiled = sources.map((s) => compilePattern(s, 'iu'));
  return matchPatterns(compiled, texts).map((spans) =>
    [...spans].sort((a, b) => a.pattern - b.pattern || a.start - b.start),
  );
}

/** A small deterministic generator (LCG), so a failure replays exactly. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const SOURCES = [
  '(?:全国|全球|世界)第一',
  '[^，。]{0,3}第一',
  '最[^，。]{0,4}佳',
  '第一(?![次批])',
  '^第一',
  '佳$',
  '\\bab\\b',
  '(?<!不)最佳',
  'a\\s*b',
  'x*',
  '(?<name>第)一',
];

describe('lexicon patterns run once over an article’s joined segments', () => {
  it('gives exactly what running each pattern over each segment alone gives', () => {
    const random = generator(20261207);
    const alphabet = ['第', '一', '次', '全', '球', '最', '佳', '不', '，', '。', 'a', 'b', ' ', '\n', 'x'];
    for (let round = 0; round < 400; round++) {
      const texts = Array.from({ length: 1 + Math.floor(random() * 6) }, () =>
        Array.from(
          { length: Math.floor(random() * 12) },
          () => alphabet[Math.floor(random() * alphabet.length)],
        ).join(''),
      );
      expect(joined(SOURCES, texts), JSON.stringify(texts)).toEqual(oneByOne(SOURCES, texts));
    }
  });

  it('a match running over the end of a segment is looked for again in that segment alone', () => {
    // Joined, [^，。]{0,3}第一 would take "bc" + separator + "第一"; alone, the first text has no match.
    expect(joined(['[^，。]{0,3}第一'], ['abc', '第一名'])).toEqual([[], [{ pattern: 0, start: 0, end: 2 }]]);
    expect(joined(['a[^，]*b'], ['a', 'b', 'ab'])).toEqual([[], [], [{ pattern: 0, start: 0, end: 2 }]]);
  });

  it('segments that hold the separator are scanned one by one', () => {
    expect(joined(['a[^，]*b'], ['a\u0000b', 'b'])).toEqual([[{ pattern: 0, start: 0, end: 3 }], []]);
  });

  it('only patterns that look at nothing but what they consume are run joined', () => {
    const joinable = (source: string) => compilePattern(source, 'iu').joinable;
    expect(['最佳', '[^，。]{0,3}第一', '[$^]x', '\\$x', '(?<name>第)一', '\\\\b'].map(joinable)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(
      ['^第一', '佳$', '\\bab', 'a\\B', '第一(?!次)', '(?=第)第', '(?<!不)最', '(?<=不)最'].map(joinable),
    ).toEqual([false, false, false, false, false, false, false, false]);
  });
});
