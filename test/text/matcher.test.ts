import { describe, expect, it } from 'vitest';
import { Matcher } from '../../src/text/matcher.js';

type Hit = [term: string, start: number, end: number];

function scan(terms: readonly string[], text: string): Hit[] {
  const hits: Hit[] = [];
  new Matcher(terms).scan(text, (t, start, end) => hits.push([terms[t]!, start, end]));
  return hits;
}

/** Every occurrence by indexOf at every position: slow but obviously right. */
function naive(terms: readonly string[], text: string): Hit[] {
  const hits: Hit[] = [];
  for (const term of terms) {
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
      hits.push([term, at, at + term.length]);
    }
  }
  return hits;
}

const sorted = (hits: Hit[]) =>
  [...hits].sort((a, b) => a[2] - b[2] || a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

describe('Matcher', () => {
  it('finds overlapping terms through output links', () => {
    expect(scan(['he', 'she', 'hers', 'his'], 'ushers')).toEqual([
      ['she', 1, 4],
      ['he', 2, 4],
      ['hers', 2, 6],
    ]);
  });

  it('finds a term that ends inside a longer term that fails', () => {
    expect(scan(['abcd', 'bc'], 'abcx')).toEqual([['bc', 1, 3]]);
    expect(scan(['abcd', 'bcx', 'c'], 'abcx')).toEqual([
      ['c', 2, 3],
      ['bcx', 1, 4],
    ]);
  });

  it('reports in text order, end first', () => {
    expect(scan(['赌场', '场地', '赌', '网络赌场'], '网络赌场地')).toEqual([
      ['赌', 2, 3],
      ['网络赌场', 0, 4],
      ['赌场', 2, 4],
      ['场地', 3, 5],
    ]);
  });

  it('reports every index of terms that are equal', () => {
    const hits: number[] = [];
    new Matcher(['赌场', '博彩', '赌场']).scan('去赌场', (t) => hits.push(t));
    expect(hits).toEqual([0, 2]);
  });

  it('finds repeated and adjacent occurrences', () => {
    expect(scan(['aa'], 'aaaa')).toEqual([
      ['aa', 0, 2],
      ['aa', 1, 3],
      ['aa', 2, 4],
    ]);
    expect(scan(['赌场'], '赌场赌场')).toEqual([
      ['赌场', 0, 2],
      ['赌场', 2, 4],
    ]);
  });

  it('handles edge cases', () => {
    expect(scan([], 'anything')).toEqual([]);
    expect(scan(['abc'], '')).toEqual([]);
    expect(scan(['abcdef'], 'abc')).toEqual([]);
    expect(scan(['abc'], 'abc')).toEqual([['abc', 0, 3]]);
    expect(scan(['😀赌'], 'x😀赌')).toEqual([['😀赌', 1, 4]]);
    expect(() => new Matcher(['ok', ''])).toThrow('term 1 is empty');
  });

  it('finds children of a node with many edges (bisection)', () => {
    const units = [...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工'];
    const terms = units.map((u) => `网${u}`);
    const text = units.map((u) => `网${u}`).join('');
    expect(sorted(scan(terms, text))).toEqual(sorted(naive(terms, text)));
    expect(scan(terms, text).length).toBe(units.length);
  });

  it('agrees with a naive scanner on random input', () => {
    let seed = 12345;
    const rand = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    const word = (alphabet: string, max: number) => {
      let s = '';
      const length = 1 + Math.floor(rand() * max);
      for (let i = 0; i < length; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
      return s;
    };
    for (let run = 0; run < 400; run++) {
      const alphabet = run % 2 === 0 ? 'ab' : '赌场网络博彩';
      const terms = Array.from({ length: 1 + Math.floor(rand() * 12) }, () => word(alphabet, 5));
      const text = word(alphabet, 60);
      expect(sorted(scan(terms, text))).toEqual(sorted(naive(terms, text)));
    }
  });
});
