import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../../src/lexicon/entry.js';
import rule from '../../../src/rules/style/traditional-char.js';
import { EMPTY_LEXICON, FRONT_MATTER, messagesOf } from '../../helpers.js';

const S = '（依据：《国家通用语言文字法》第三条；《通用规范汉字表》（2013））';
const msg = (before: string, after: string) =>
  `简体中文文章中出现繁体字或异体字：「${before}」应写作「${after}」。${S}`;
// This rule reads no word lists: an empty lexicon keeps the tests independent of policies/lexicons.
const lexicon: Lexicon = EMPTY_LEXICON;
const check = (body: string, options: Parameters<typeof messagesOf>[2] = {}) =>
  messagesOf(rule, FRONT_MATTER + body, { lexicon, ...options });

describe('style/traditional-char', () => {
  it('reports traditional characters, one message per run of Chinese, with the simplified form', () => {
    expect(check('這個國家的發展很快，我們要努力。\n')).toEqual([
      `7:1-7:7 warning ${msg('這個國家的發', '这个国家的发')}`,
      `7:12-7:13 warning ${msg('們', '们')}`,
    ]);
  });

  it('accepts characters that are standard simplified characters themselves, and reports variants', () => {
    // 乾 著 干 只 台 里 面 瞭 are in 通用规范汉字表; 於 夥 徵 too (於 is style/rare-char's, level 3).
    expect(check('乾隆著作颇丰，干活只在台里面吃面，於是夥伴们徵收，瞭望，後来頭髮。裡面有什麼？\n')).toEqual(
      [
        `7:29-7:33 warning ${msg('後来頭髮', '后来头发')}`,
        `7:34-7:39 warning ${msg('裡面有什麼', '里面有什么')}`,
      ],
    );
  });

  it('accepts names and characters listed in allow', () => {
    const policy = 'rules:\n  style/traditional-char:\n    allow: [鍾漢良]\n';
    expect(check('鍾先生和鍾漢良，另一个鍾表。\n', { policy })).toEqual([
      `7:1-7:2 warning ${msg('鍾', '钟')}`,
      `7:12-7:13 warning ${msg('鍾', '钟')}`,
    ]);
  });

  it('checks the title and digest but not the author', () => {
    const fm = FRONT_MATTER.replace('title: 澜川集团发布第三季度经营简报', 'title: 集團新聞').replace(
      'author: 集团市场部',
      'author: 陳大文\ndigest: 這是摘要',
    );
    expect(messagesOf(rule, `${fm}正文。\n`, { lexicon })).toEqual([
      `2:9-2:12 warning ${msg('團新聞', '团新闻')}`,
      `4:9-4:10 warning ${msg('這', '这')}`,
    ]);
  });

  it('skips code; maps positions through block quotes, tables, references and escapes', () => {
    const body =
      '代码`國家`不算。\n\n```\n國家\n```\n\n> 引用裡\n\n| 表 |\n| - |\n| 單元格 |\n\n实体&#x570b;也算，\\*國\n';
    expect(check(body)).toEqual([
      `13:5-13:6 warning ${msg('裡', '里')}`,
      `17:3-17:4 warning ${msg('單', '单')}`,
      `19:3-19:11 warning ${msg('國', '国')}`,
      `19:16-19:17 warning ${msg('國', '国')}`,
    ]);
  });

  it('speaks English with --locale en', () => {
    expect(check('這個國家。\n', { locale: 'en' })).toEqual([
      '7:1-7:4 warning Traditional or variant characters in a Simplified Chinese article: write 「这个国」 instead of 「這個國」. (Source: 《国家通用语言文字法》第三条；《通用规范汉字表》（2013）)',
    ]);
  });
});
