import { describe, expect, it } from 'vitest';
import { maskRuns, wordMask } from '../../src/article/masks.js';

const marked = (mask: Uint8Array) => [...mask].join('');

describe('wordMask', () => {
  it('marks every occurrence of every word, overlapping ones included', () => {
    expect(marked(wordMask('王堃说王堃堃', ['王堃', '堃堃']))).toBe('110111');
    expect(marked(wordMask('aaa', ['aa']))).toBe('111');
  });

  it('ignores empty words and marks nothing without words', () => {
    expect(marked(wordMask('文字', ['']))).toBe('00');
    expect(marked(wordMask('文字', []))).toBe('00');
  });

  it('counts UTF-16 indices, so a character outside the BMP marks two', () => {
    expect(marked(wordMask('a𠀀b', ['𠀀']))).toBe('0110');
  });
});

describe('maskRuns', () => {
  it('gives the maximal marked runs as [start, end) ranges, in order', () => {
    expect(maskRuns(Uint8Array.from([1, 1, 0, 0, 1, 0, 1, 1, 1]))).toEqual([
      [0, 2],
      [4, 5],
      [6, 9],
    ]);
  });

  it('gives nothing for an unmarked or empty mask', () => {
    expect(maskRuns(new Uint8Array(3))).toEqual([]);
    expect(maskRuns(new Uint8Array(0))).toEqual([]);
  });
});
