import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../../src/lexicon/entry.js';
import rule from '../../../src/rules/typo/duplicate-punct.js';
import { EMPTY_LEXICON, FRONT_MATTER, messagesOf } from '../../helpers.js';

const S = '（依据：GB/T 15834-2011《标点符号用法》；中文文案排版指北：不重复使用标点符号）';
// This rule reads no word lists: an empty lexicon keeps the tests independent of policies/lexicons.
const lexicon: Lexicon = EMPTY_LEXICON;
const check = (body: string, options: Parameters<typeof messagesOf>[2] = {}) =>
  messagesOf(rule, FRONT_MATTER + body, { lexicon, ...options });

describe('typo/duplicate-punct', () => {
  it('reports doubled marks, ！？ runs longer than one pair, and 。。。 as a typed ellipsis', () => {
    expect(check('标点重复了，，真的吗？？好！！不错！？很好？！？再见。。。\n')).toEqual([
      `7:6-7:8 warning 标点重复：「，，」，只用一个「，」。${S}`,
      `7:11-7:13 warning 标点重复：「？？」，只用一个「？」。${S}`,
      `7:14-7:16 warning 标点重复：「！！」，只用一个「！」。${S}`,
      `7:22-7:25 warning 标点重复：「？！？」，只用一个「？！」。${S}`,
      `7:27-7:30 warning 标点重复：「。。。」，省略号应写作「……」。${S}`,
    ]);
  });

  it('reports mixed marks and suggests the one to keep', () => {
    expect(check('混合，。结束；。完了！。真的？，是、，的\n')).toEqual([
      `7:3-7:5 warning 标点重复：「，。」，只保留一个标点（如「。」）。${S}`,
      `7:7-7:9 warning 标点重复：「；。」，只保留一个标点（如「。」）。${S}`,
      `7:11-7:13 warning 标点重复：「！。」，只保留一个标点（如「！」）。${S}`,
      `7:15-7:17 warning 标点重复：「？，」，只保留一个标点（如「？」）。${S}`,
      `7:18-7:20 warning 标点重复：「、，」，只保留一个标点（如「，」）。${S}`,
    ]);
  });

  it('maps positions through block quotes, list continuations, tables, escapes and references', () => {
    const body = [
      '> 引用里，，重复',
      '',
      '- 列表',
      '  续行。。',
      '',
      '| 表 | 格 |',
      '| - | - |',
      '| 真的！！ | 好 |',
      '',
      '\\*注意\\*：：&lt;标签&gt;、、',
      '',
    ].join('\n');
    expect(check(body)).toEqual([
      `7:6-7:8 warning 标点重复：「，，」，只用一个「，」。${S}`,
      `10:5-10:7 warning 标点重复：「。。」，只用一个「。」。${S}`,
      `14:5-14:7 warning 标点重复：「！！」，只用一个「！」。${S}`,
      `16:7-16:9 warning 标点重复：「：：」，只用一个「：」。${S}`,
      `16:19-16:21 warning 标点重复：「、、」，只用一个「、」。${S}`,
    ]);
  });

  it('checks the front-matter title and digest but not the author', () => {
    const fm = FRONT_MATTER.replace('title: 澜川集团发布第三季度经营简报', 'title: 震惊！！').replace(
      'author: 集团市场部',
      'author: 市场部，，\ndigest: 快看？？',
    );
    expect(messagesOf(rule, `${fm}正文。\n`, { lexicon })).toEqual([
      `2:10-2:12 warning 标点重复：「！！」，只用一个「！」。${S}`,
      `4:11-4:13 warning 标点重复：「？？」，只用一个「？」。${S}`,
    ]);
  });

  it('accepts a single ？！, ellipses, dashes, code and marks that are not adjacent', () => {
    const body = [
      '他真的来了？！太好了！？',
      '',
      '等等……还有——破折号，“引号”。他说：“好！”。',
      '',
      '代码`，，`里和',
      '',
      '```',
      '。。',
      '```',
      '',
      '好，',
      '，不相邻，真 ！ ！有空格',
      '',
    ].join('\n');
    expect(check(body)).toEqual([]);
  });

  it('speaks English with --locale en', () => {
    expect(check('真的吗？？\n', { locale: 'en' })).toEqual([
      '7:4-7:6 warning Repeated punctuation 「？？」: use a single 「？」. (Source: GB/T 15834-2011《标点符号用法》；中文文案排版指北：不重复使用标点符号)',
    ]);
    expect(check('混合，。\n', { locale: 'en' })).toEqual([
      '7:3-7:5 warning Repeated punctuation 「，。」: keep one mark (e.g. 「。」). (Source: GB/T 15834-2011《标点符号用法》；中文文案排版指北：不重复使用标点符号)',
    ]);
  });
});
