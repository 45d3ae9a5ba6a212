import { describe, expect, it } from 'vitest';
import { fold, foldTerm } from '../../src/text/fold.js';

/** The original span of folded [start, end), as the lexicon reports it. */
function originalSpan(input: string, start: number, end: number): string {
  const { map } = fold(input);
  return input.slice(map[start]!, map[end - 1]! + 1);
}

describe('fold', () => {
  it.each([
    ['法*轮*功', '法轮功'],
    ['百 家 乐', '百家乐'],
    ['赌\n场', '赌场'],
    ['赌\r\n场', '赌场'],
    ['賭　場', '赌场'],
    ['赌 * - _ | / \\ ~ ^ # + = @ . 场', '赌场'],
    ['赌＊－＿｜／＼～＾＃＋＝＠．场', '赌场'],
    ['赌·场•网・站', '赌场网站'],
    ['赌\u200b场', '赌场'],
    ['赌 \u200b * 场', '赌场'],
    ['\ufeff赌场\u200d', '赌场'],
    ['赌\u00ad场\ufe0f', '赌场'],
    ['ＮＯ．１', 'no.1'],
    ['NO.1', 'no.1'],
    ['ＴＯＰ１', 'top1'],
    ['Ａｂｃ ABC', 'abc abc'],
    ['ÀÉÎ', 'àéî'],
    ['a\u3000b', 'a b'],
    ['賭場', '赌场'],
    ['bai 家 乐', 'bai家乐'],
    ['赌 abc', '赌abc'],
    ['du * 场', 'du场'],
    ['線上博彩', '线上博彩'],
    ['為裡衞', '为里卫'],
  ])('%j folds to %j', (input, expected) => {
    expect(fold(input).text).toBe(expected);
  });

  it.each([
    ['著作与显著', 'simplified 著 is not the Taiwan variant of 着'],
    ['什么', 'simplified 么 stays'],
    ['第一，最好。', 'Chinese punctuation'],
    ['最、佳', 'enumeration comma'],
    ['a * b', 'fillers between Latin letters'],
    ['赌 1 场', 'a digit between ideographs'],
    ['赌😀场', 'an emoji between ideographs'],
    ['赌 * ', 'trailing fillers'],
    [' * 赌', 'leading fillers'],
  ])('removes nothing from %j (%s)', (input) => {
    const folded = fold(input).text;
    expect(folded.length).toBe(input.length);
  });

  it('folds full-width punctuation to ASCII without dropping it', () => {
    expect(fold('最，佳！').text).toBe('最,佳!');
    expect(fold('最。佳、好').text).toBe('最。佳、好');
  });

  it('returns the input itself when nothing folds', () => {
    const input = '我们首先介绍第一季度的情况。';
    expect(fold(input).text).toBe(input);
    expect(Array.from(fold(input).map)).toEqual([...Array(input.length + 1).keys()]);
  });

  it('maps each folded unit to the original unit it came from', () => {
    expect(Array.from(fold('赌*场').map)).toEqual([0, 2, 3]);
    expect(Array.from(fold('百 家 乐').map)).toEqual([0, 2, 4, 5]);
    expect(Array.from(fold('\ufeff赌场\u200d').map)).toEqual([1, 2, 4]);
    expect(Array.from(fold('😀赌 *\u200b 场。').map)).toEqual([0, 1, 2, 7, 8, 9]);
  });

  it('gives original spans that cover the whole evasion', () => {
    expect(originalSpan('他说法*轮*功不好', 2, 5)).toBe('法*轮*功');
    expect(originalSpan('去百 家 乐玩', 1, 4)).toBe('百 家 乐');
    expect(originalSpan('賭　場', 0, 2)).toBe('賭　場');
    expect(originalSpan('进赌\u200b场了', 1, 3)).toBe('赌\u200b场');
    expect(originalSpan('全网ＮＯ．１', 2, 6)).toBe('ＮＯ．１');
  });

  it('leaves surrogate pairs intact with a correct map', () => {
    const input = '👍𠀋赌场🎉';
    const { text, map } = fold(input);
    expect(text).toBe(input);
    expect(map.length).toBe(input.length + 1);
    expect(map[input.length]).toBe(input.length);
    const withFiller = fold('🎉 * 赌*场 * 🎉');
    expect(withFiller.text).toBe('🎉 * 赌场 * 🎉');
    expect(withFiller.text.codePointAt(0)).toBe(0x1f389);
  });

  it('satisfies the map invariants on random input', () => {
    const alphabet = [...'赌场賭場 *·\n\u200b\ufeffＡa，。😀𠀋-_ＮＯ．１ab\u3000'];
    let seed = 7;
    const rand = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    for (let run = 0; run < 500; run++) {
      let input = '';
      const length = Math.floor(rand() * 20);
      for (let i = 0; i < length; i++) input += alphabet[Math.floor(rand() * alphabet.length)];
      const { text, map } = fold(input);
      expect(map.length).toBe(text.length + 1);
      expect(map[text.length]).toBe(input.length);
      for (let i = 0; i < text.length; i++) {
        expect(map[i]!).toBeLessThan(map[i + 1]!);
        // every folded unit is the fold of the original unit it maps to
        expect(foldTerm(input[map[i]!]!)).toBe(text[i]);
      }
    }
  });
});

describe('foldTerm', () => {
  it('folds dictionary terms the same way as text', () => {
    expect(foldTerm('賭 場')).toBe('赌场');
    expect(foldTerm('NO.1')).toBe('no.1');
    expect(foldTerm('ＮＯ．１')).toBe(fold('ＮＯ．１').text);
  });
});
