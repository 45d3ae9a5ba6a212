import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../../src/lexicon/entry.js';
import rule from '../../../src/rules/style/rare-char.js';
import { levelOf } from '../../../src/text/charsets.js';
import tgscc from '../../../src/text/data/tgscc.json' with { type: 'json' };
import { EMPTY_LEXICON, FRONT_MATTER, messagesOf } from '../../helpers.js';

const S = '（依据：《通用规范汉字表》（2013，国发〔2013〕23号）；000 四(一)3（避免生僻词汇））';
const level3 = (ch: string, extra = '', hint = '') =>
  `「${ch}」是《通用规范汉字表》三级字（多用于人名、地名和专业领域）${extra}，不少读者不认识：请换用常用字，或加注音、解释${hint}；人名等确需使用的，可加入 allow。${S}`;
const outside = (ch: string) =>
  `「${ch}」不在《通用规范汉字表》内，多数读者不认识，部分手机字体可能显示不出：请换用规范字；人名等确需使用的，可加入 allow。${S}`;
/** Level of a character in 通用规范汉字表: 1, 2 or 3 as levelOf gives it, or undefined. */
const charLevel = (ch: string): 1 | 2 | 3 | undefined => levelOf(ch.codePointAt(0)!) || undefined;
// This rule reads no word lists: an empty lexicon keeps the tests independent of policies/lexicons.
const lexicon: Lexicon = EMPTY_LEXICON;
const check = (body: string, options: Parameters<typeof messagesOf>[2] = {}) =>
  messagesOf(rule, FRONT_MATTER + body, { lexicon, ...options });

describe('style/rare-char', () => {
  it('has the whole table: 3,500 + 3,000 + 1,605 characters, levels at the printed boundaries', () => {
    expect([[...tgscc.level1].length, [...tgscc.level2].length, [...tgscc.level3].length]).toEqual([
      3500, 3000, 1605,
    ]);
    expect([
      charLevel('一'),
      charLevel('乂'),
      charLevel('亍'),
      charLevel('𬉼'),
      charLevel('𫭟'),
      charLevel('國'),
    ]).toEqual([1, 2, 3, 2, 3, undefined]);
  });

  it('notes level-3 characters and warns about characters outside the table, astral ones included', () => {
    expect(check('我叫王堃，喆是哲的异体，犇字三个牛。今天很囧，𠀾字少见，𫭟字是三级字。\n')).toEqual([
      `7:4-7:5 info ${level3('堃')}`,
      `7:6-7:7 info ${level3('喆')}`,
      `7:13-7:14 info ${level3('犇')}`,
      `7:22-7:23 warning ${outside('囧')}`,
      `7:24-7:26 warning ${outside('𠀾')}`,
      `7:30-7:32 info ${level3('𫭟')}`,
    ]);
  });

  it('reports a character once, at its first place in the file, with the count; the author is a name', () => {
    const fm = FRONT_MATTER.replace('title: 澜川集团发布第三季度经营简报', 'title: 王堃谈发展').replace(
      'author: 集团市场部',
      'author: 王堃',
    );
    expect(messagesOf(rule, `${fm}王堃说，王堃认为，堃字少见。\n`, { lexicon })).toEqual([
      `2:9-2:10 info ${level3('堃', '，全文 4 处')}`,
    ]);
  });

  it('leaves traditional characters to style/traditional-char and standard characters alone', () => {
    // 國 and 發 are style/traditional-char's; 乾 著 里 台 干 are level 1; 於 is level 3 and may stand for 于.
    expect(check('國家發展，於是乾隆著书，里面台上干活，〇号。\n')).toEqual([
      `7:6-7:7 info ${level3('於', '', '；如是「于」的繁体写法，请改为「于」')}`,
    ]);
  });

  it('accepts names and characters listed in allow', () => {
    const policy = 'rules:\n  style/rare-char:\n    allow: [王囧, 喆]\n';
    expect(check('王囧和喆，另一个囧。\n', { policy })).toEqual([`7:9-7:10 warning ${outside('囧')}`]);
  });

  it('skips code; maps positions through block quotes, tables, references and escapes', () => {
    const body =
      '代码`王堃`不算。\n\n```\n犇犇\n```\n\n> 引用里有犇\n\n| 表 |\n| - |\n| 单元格囧 |\n\n实体&#x5803;也算，\\*犇\n';
    expect(check(body)).toEqual([
      `13:7-13:8 info ${level3('犇', '，全文 2 处')}`,
      `17:6-17:7 warning ${outside('囧')}`,
      `19:3-19:11 info ${level3('堃')}`,
    ]);
  });

  it('speaks English with --locale en', () => {
    expect(check('我叫王堃，很囧，於是。\n', { locale: 'en' })).toEqual([
      '7:4-7:5 info 「堃」 is a level-3 character of the General Standard Chinese Characters table (specialist and name use), unknown to many readers: use a common character or add pinyin or a gloss; add names and other necessary uses to allow. (Source: 《通用规范汉字表》（2013，国发〔2013〕23号）；000 四(一)3（避免生僻词汇）)',
      '7:7-7:8 warning 「囧」 is not in the General Standard Chinese Characters table: most readers do not know it and some phone fonts cannot show it. Use a standard character; add names and other necessary uses to allow. (Source: 《通用规范汉字表》（2013，国发〔2013〕23号）；000 四(一)3（避免生僻词汇）)',
      '7:9-7:10 info 「於」 is a level-3 character of the General Standard Chinese Characters table (specialist and name use), unknown to many readers: use a common character or add pinyin or a gloss; if it stands for 「于」, write 「于」; add names and other necessary uses to allow. (Source: 《通用规范汉字表》（2013，国发〔2013〕23号）；000 四(一)3（避免生僻词汇）)',
    ]);
  });
});
