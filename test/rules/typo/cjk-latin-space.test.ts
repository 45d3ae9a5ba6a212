import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../../src/lexicon/entry.js';
import rule from '../../../src/rules/typo/cjk-latin-space.js';
import { EMPTY_LEXICON, FRONT_MATTER, messagesOf } from '../../helpers.js';

const S = '（依据：中文文案排版指北：中英文之间需要增加空格）';
// This rule reads no word lists: an empty lexicon keeps the tests independent of policies/lexicons.
const lexicon: Lexicon = EMPTY_LEXICON;
const check = (body: string, options: Parameters<typeof messagesOf>[2] = {}) =>
  messagesOf(rule, FRONT_MATTER + body, { lexicon, ...options });

describe('typo/cjk-latin-space', () => {
  it('reports a Latin word glued to Chinese, both sides in one message', () => {
    expect(check('我们使用VPN访问内网。\n')).toEqual([
      `7:4-7:9 warning 中文与英文之间缺少空格：「用VPN访」应写作「用 VPN 访」。${S}`,
    ]);
  });

  it('reports one side at a time, and words with dots, digits, ++ and #', () => {
    expect(check('React框架很好用。我们用iPhone\n\n用Node.js开发C++和C#项目，5G网络。\n')).toEqual([
      `7:1-7:7 warning 中文与英文之间缺少空格：「React框」应写作「React 框」。${S}`,
      `7:14-7:21 warning 中文与英文之间缺少空格：「用iPhone」应写作「用 iPhone」。${S}`,
      `9:1-9:10 warning 中文与英文之间缺少空格：「用Node.js开」应写作「用 Node.js 开」。${S}`,
      `9:10-9:15 warning 中文与英文之间缺少空格：「发C++和」应写作「发 C++ 和」。${S}`,
      `9:14-9:18 warning 中文与英文之间缺少空格：「和C#项」应写作「和 C# 项」。${S}`,
      `9:20-9:23 warning 中文与英文之间缺少空格：「5G网」应写作「5G 网」。${S}`,
    ]);
  });

  it('reports across emphasis and link markup, because the rendered text shows no space', () => {
    expect(check('这是中文**English**文字，参见[官网Docs](https://example.com)。\n')).toEqual([
      `7:4-7:17 warning 中文与英文之间缺少空格：「文English文」应写作「文 English 文」。${S}`,
      `7:23-7:28 warning 中文与英文之间缺少空格：「网Docs」应写作「网 Docs」。${S}`,
    ]);
  });

  it('maps positions through block quotes, list continuations, tables, escapes and entities', () => {
    const body = [
      '> 引用里用VPN。',
      '',
      '- 列表项',
      '  续行里用VPN。',
      '',
      '| 列 | 说明 |',
      '| --- | --- |',
      '| 一 | 表格里用VPN |',
      '',
      '\\*注意\\*用VPN，&lt;标签&gt;用VPN，中&#x6587;VPN。',
      '',
    ].join('\n');
    expect(check(body)).toEqual([
      `7:6-7:10 warning 中文与英文之间缺少空格：「用VPN」应写作「用 VPN」。${S}`,
      `10:6-10:10 warning 中文与英文之间缺少空格：「用VPN」应写作「用 VPN」。${S}`,
      `14:10-14:14 warning 中文与英文之间缺少空格：「用VPN」应写作「用 VPN」。${S}`,
      `16:7-16:11 warning 中文与英文之间缺少空格：「用VPN」应写作「用 VPN」。${S}`,
      `16:22-16:26 warning 中文与英文之间缺少空格：「用VPN」应写作「用 VPN」。${S}`,
      `16:28-16:39 warning 中文与英文之间缺少空格：「文VPN」应写作「文 VPN」。${S}`,
    ]);
  });

  it('checks the front-matter title and digest but not the author', () => {
    const fm = FRONT_MATTER.replace('title: 澜川集团发布第三季度经营简报', 'title: 澜川用AI写简报').replace(
      'author: 集团市场部',
      'author: 市场部Tom\ndigest: 本期介绍GPT工具',
    );
    expect(messagesOf(rule, `${fm}正文。\n`, { lexicon })).toEqual([
      `2:10-2:14 warning 中文与英文之间缺少空格：「用AI写」应写作「用 AI 写」。${S}`,
      `4:12-4:17 warning 中文与英文之间缺少空格：「绍GPT工」应写作「绍 GPT 工」。${S}`,
    ]);
  });

  it('handles characters outside the BMP', () => {
    expect(check('𠀾VPN\n')).toEqual([
      `7:1-7:6 warning 中文与英文之间缺少空格：「𠀾VPN」应写作「𠀾 VPN」。${S}`,
    ]);
  });

  it('leaves digits, spaced text, code, URLs, e-mail addresses and full-width letters alone', () => {
    const body = [
      '共3天，2026年第3季度，x86架构，iPhone15发布。',
      '',
      '使用 VPN 访问，用 `npm`安装，访问https://example.com 吧。',
      '',
      '联系me@example.com咨询，或写信到admin@example.com。',
      '',
      '使用ＶＰＮ访问（全角字母另有规则）。![图片](图a.png)',
      '',
      '```',
      '代码里用VPN',
      '```',
      '',
      '    缩进代码用VPN',
      '',
      '<!-- 注释里用VPN -->',
      '',
    ].join('\n');
    expect(check(body)).toEqual([]);
  });

  it('accepts words the dictionary writes without spaces, and more words through the allow option', () => {
    expect(
      check(
        '买了A股，穿T恤，唱卡拉OK，补维生素C和维生素D，拍X光，阿Q正传，说阿Q。完成A轮融资，服务B端客户，O型血。\n',
      ),
    ).toEqual([]);
    expect(
      check('参加PK赛，用微信Pay付款，穿T恤。\n', {
        policy: 'rules:\n  typo/cjk-latin-space:\n    allow: [PK赛]\n',
      }),
    ).toEqual([`7:9-7:14 warning 中文与英文之间缺少空格：「信Pay付」应写作「信 Pay 付」。${S}`]);
    expect(check('参加PK赛。\n')).toEqual([
      `7:2-7:6 warning 中文与英文之间缺少空格：「加PK赛」应写作「加 PK 赛」。${S}`,
    ]);
  });

  it('speaks English with --locale en', () => {
    expect(check('使用VPN。\n', { locale: 'en' })).toEqual([
      '7:2-7:6 warning Missing space between Chinese and Latin text: write 「用 VPN」 instead of 「用VPN」. (Source: 中文文案排版指北：中英文之间需要增加空格)',
    ]);
  });
});
