import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../../src/lexicon/entry.js';
import rule from '../../../src/rules/style/sentence-length.js';
import { EMPTY_LEXICON, FRONT_MATTER, messagesOf } from '../../helpers.js';

const S = '（依据：000 四(一)3（避免过于复杂的句子结构）；中文技术文档的写作规范（避免长句））';
// This rule reads no word lists: an empty lexicon keeps the tests independent of policies/lexicons.
const lexicon: Lexicon = EMPTY_LEXICON;
const check = (body: string, options: Parameters<typeof messagesOf>[2] = {}) =>
  messagesOf(rule, FRONT_MATTER + body, { lexicon, ...options });
/** Ten Han characters. */
const TEN = '我们今天讨论的是内容';
const HEAD = '「我们今天讨论的是内容我们…」';

describe('style/sentence-length', () => {
  it('reports a sentence over the limit with its length; exactly at the limit is fine', () => {
    expect(check(`${TEN.repeat(8)}。${TEN.repeat(8)}好。\n`)).toEqual([
      `7:82-7:164 warning 句子过长（81 字，上限 80）：${HEAD}。请拆成几个短句。${S}`,
    ]);
  });

  it('counts a Latin word, a number, inline code or a URL as one', () => {
    const tail =
      '，使用 React 和 Node.js 以及 `const x = 1` 与 https://example.com/a.b 版本 3.14 共计九个词。\n';
    // 70 + 18 = 88 over the limit; 60 + 18 = 78 is not, although it is well over 80 characters long.
    expect(check(`${TEN.repeat(7)}${tail}`)).toEqual([
      `7:1-7:148 warning 句子过长（88 字，上限 80）：${HEAD}。请拆成几个短句。${S}`,
    ]);
    expect(check(`${TEN.repeat(6)}${tail}`)).toEqual([]);
  });

  it('splits at ！？；…, at !?;. used as stops, and at line breaks', () => {
    const t = TEN.repeat(5);
    expect(check(`${t}！${t}？${t}；${t}……${t}! ${t}? ${t}; ${t}. ${t}\n`)).toEqual([]);
    expect(check(`${t}\n${t}\n`)).toEqual([]);
    // Not at the dots of 3.14 or Node.js: this is one sentence of 90.
    expect(check(`${TEN.repeat(4)}3.14${TEN.repeat(4)}Node.js${TEN}\n`)).toEqual([
      `7:1-7:102 warning 句子过长（92 字，上限 80）：${HEAD}。请拆成几个短句。${S}`,
    ]);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(check(`他说：“${TEN.repeat(9)}。”然后走了。\n`)).toEqual([
      `7:1-7:97 warning 句子过长（92 字，上限 80）：「他说：“我们今天讨论的是…」。请拆成几个短句。${S}`,
    ]);
  });

  it('maps positions through block quotes, list items, tables, escapes and references', () => {
    const n = TEN.repeat(9);
    const body = `> ${n}。\n\n- 列表项\n\n  ${n}。\n\n| 表 |\n| - |\n| ${n} |\n\n\\*${n}&lt;\n`;
    expect(check(body)).toEqual([
      `7:3-7:94 warning 句子过长（90 字，上限 80）：${HEAD}。请拆成几个短句。${S}`,
      `11:3-11:94 warning 句子过长（90 字，上限 80）：${HEAD}。请拆成几个短句。${S}`,
      `15:3-15:93 warning 句子过长（90 字，上限 80）：${HEAD}。请拆成几个短句。${S}`,
      `17:1-17:97 warning 句子过长（90 字，上限 80）：「*我们今天讨论的是内容我…」。请拆成几个短句。${S}`,
    ]);
  });

  it('checks the digest, never code', () => {
    const fm = FRONT_MATTER.replace('author: 集团市场部', `author: 集团市场部\ndigest: ${TEN.repeat(9)}`);
    expect(messagesOf(rule, `${fm}正文。\n\n\`\`\`\n${TEN.repeat(9)}\n\`\`\`\n`, { lexicon })).toEqual([
      `4:9-4:99 warning 句子过长（90 字，上限 80）：${HEAD}。请拆成几个短句。${S}`,
    ]);
  });

  it('takes its limit from the policy', () => {
    const policy = 'rules:\n  style/sentence-length:\n    max: 20\n';
    expect(
      check('这句话有二十个字吗我们来数一数看看吧好吧。这句话有二十一个字吗我们来数一数看看吧好的。\n', {
        policy,
      }),
    ).toEqual([
      '7:22-7:44 warning 句子过长（21 字，上限 20）：「这句话有二十一个字吗我们…」。请拆成几个短句。（依据：000 四(一)3（避免过于复杂的句子结构）；中文技术文档的写作规范（避免长句））',
    ]);
  });

  it('speaks English with --locale en', () => {
    expect(check(`${TEN.repeat(9)}。\n`, { locale: 'en' })).toEqual([
      '7:1-7:92 warning Sentence too long (90 characters, limit 80): 「我们今天讨论的是内容我们…」. Split it into shorter sentences. (Source: 000 四(一)3（避免过于复杂的句子结构）；中文技术文档的写作规范（避免长句）)',
    ]);
  });
});
