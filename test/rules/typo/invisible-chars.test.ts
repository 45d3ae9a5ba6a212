import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../../src/lexicon/entry.js';
import rule from '../../../src/rules/typo/invisible-chars.js';
import { EMPTY_LEXICON, FRONT_MATTER, messagesOf } from '../../helpers.js';

const S = '（依据：微信公众平台运营规范（对抗审核）；wxgate）';
const HIDES = '读者和审核者都看不到，会隐藏规避审核的写法、妨碍搜索和复制，请删除。';
// This rule reads no word lists: an empty lexicon keeps the tests independent of policies/lexicons.
const lexicon: Lexicon = EMPTY_LEXICON;
const check = (body: string, options: Parameters<typeof messagesOf>[2] = {}) =>
  messagesOf(rule, FRONT_MATTER + body, { lexicon, ...options });

describe('typo/invisible-chars', () => {
  it('reports each run of invisible characters with its code points', () => {
    const body = '赌\u200b博是违法的。控\u0007制\u2060\u200b混合\u00ad软\ufeff中\u202e反转\u007f。\n';
    expect(check(body)).toEqual([
      `7:2-7:3 error 不可见字符 U+200B（零宽空格）：${HIDES}${S}`,
      `7:10-7:11 error 不可见字符 U+0007（控制字符）：${HIDES}${S}`,
      `7:12-7:14 error 2 个不可见字符 U+2060（词连接符）、U+200B（零宽空格）：${HIDES}${S}`,
      `7:16-7:17 error 不可见字符 U+00AD（软连字符）：${HIDES}${S}`,
      `7:18-7:19 error 不可见字符 U+FEFF（零宽不换行空格（BOM））：${HIDES}${S}`,
      `7:20-7:21 error 不可见字符 U+202E（双向文本控制符）：${HIDES}${S}`,
      `7:23-7:24 error 不可见字符 U+007F（控制字符）：${HIDES}${S}`,
    ]);
  });

  it('reports no-break spaces as a warning: they look like spaces and hide nothing', () => {
    expect(check('\u00a0\u00a0缩进的段落，中间\u00a0空格。\n')).toEqual([
      `7:1-7:3 warning 2 个不换行空格 U+00A0：看起来像空格，却会影响换行、搜索和复制，请改为普通空格（确需不换行时写作 &nbsp;）。${S}`,
      `7:11-7:12 warning 不换行空格 U+00A0：看起来像空格，却会影响换行、搜索和复制，请改为普通空格（确需不换行时写作 &nbsp;）。${S}`,
    ]);
  });

  it('checks the whole file: front matter, quotes, tables, code, link targets', () => {
    const fm = FRONT_MATTER.replace('title: 澜川集团', 'title: 澜川\u200b集团');
    const body = [
      '> 引用\u200c里',
      '',
      '| 表 | 格 |',
      '| - | - |',
      '| 单\u200d元 | 好 |',
      '',
      '```js',
      'const a\u200b = 1;',
      '```',
      '',
      '[链接](https://example.com/\u200bpath)',
      '',
    ].join('\n');
    expect(messagesOf(rule, fm + body, { lexicon })).toEqual([
      `2:10-2:11 error 不可见字符 U+200B（零宽空格）：${HIDES}${S}`,
      `7:5-7:6 error 不可见字符 U+200C（零宽非连接符）：${HIDES}${S}`,
      `11:4-11:5 error 不可见字符 U+200D（零宽连接符）：${HIDES}${S}`,
      `14:8-14:9 error 不可见字符 U+200B（零宽空格）：${HIDES}${S}`,
      `17:26-17:27 error 不可见字符 U+200B（零宽空格）：${HIDES}${S}`,
    ]);
  });

  it('reports tag characters that smuggle text, counting astral characters right', () => {
    expect(check('隐\u{e0041}\u{e0042}藏\n')).toEqual([
      `7:2-7:6 error 2 个不可见字符 U+E0041（标签字符）、U+E0042（标签字符）：${HIDES}${S}`,
    ]);
  });

  it('accepts emoji sequences, joiners in scripts that need them, references, tabs and CRLF', () => {
    const body = [
      '程序员👩\u200d💻，彩虹旗🏳\ufe0f\u200d🌈，肤色👋🏽\u200d，苏格兰🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}。',
      '',
      'Persian: می\u200cخواهم, Hindi: क्\u200dष, Hebrew: \u200fשלום',
      '',
      '实体&#8203;和&nbsp;写在源码里看得见。\t制表符',
      '',
    ].join('\r\n');
    expect(check(body)).toEqual([
      // The joiner after 👋🏽 joins nothing: it is reported.
      `7:26-7:27 error 不可见字符 U+200D（零宽连接符）：${HIDES}${S}`,
    ]);
  });

  it('accepts a byte-order mark at the very start of the file only', () => {
    expect(messagesOf(rule, '\ufeff正文\ufeff。\n', { lexicon })).toEqual([
      `1:4-1:5 error 不可见字符 U+FEFF（零宽不换行空格（BOM））：${HIDES}${S}`,
    ]);
  });

  it('speaks English with --locale en', () => {
    expect(check('赌\u200b博，缩\u00a0进，隐\u200b\u200b藏\n', { locale: 'en' })).toEqual([
      '7:2-7:3 error Invisible character U+200B (zero-width space): nobody sees it in review; such characters hide evasions and break search and copying. Delete it. (Source: 微信公众平台运营规范（对抗审核）；wxgate)',
      '7:6-7:7 warning No-break space U+00A0: looks like a space but affects wrapping, search and copying; type an ordinary space (write &nbsp; where a no-break space is intended). (Source: 微信公众平台运营规范（对抗审核）；wxgate)',
      '7:10-7:12 error 2 invisible characters U+200B (zero-width space): nobody sees them in review; such characters hide evasions and break search and copying. Delete them. (Source: 微信公众平台运营规范（对抗审核）；wxgate)',
    ]);
  });
});
