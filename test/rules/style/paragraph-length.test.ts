import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../../src/lexicon/entry.js';
import rule from '../../../src/rules/style/paragraph-length.js';
import { EMPTY_LEXICON, FRONT_MATTER, messagesOf } from '../../helpers.js';

const S = '（依据：000 四(一)4（合理分段））';
// This rule reads no word lists: an empty lexicon keeps the tests independent of policies/lexicons.
const lexicon: Lexicon = EMPTY_LEXICON;
const check = (body: string, options: Parameters<typeof messagesOf>[2] = {}) =>
  messagesOf(rule, FRONT_MATTER + body, { lexicon, ...options });
/** Ten Han characters and a full stop, which does not count. */
const SENTENCE = '本段用于测试段落长度。';
const TOO_LONG = '手机上一屏读不完，请分段。';

describe('style/paragraph-length', () => {
  it('reports a paragraph over the limit with its length; exactly at the limit is fine', () => {
    expect(check(`${SENTENCE.repeat(35)}\n\n${SENTENCE.repeat(30)}\n`)).toEqual([
      `7:1-7:386 warning 段落过长（350 字，上限 300）：「本段用于测试段落长度。本…」。${TOO_LONG}${S}`,
    ]);
  });

  it('counts Latin words, numbers and inline code as one, punctuation as nothing', () => {
    const words = 'React、Vue、Angular、Svelte 与 Node.js 3.14 以及 `const answer = 42`，';
    const head = '我们今天讨论的是内容，'.repeat(28);
    // 280 + 10 + 10 = 300: at the limit although the paragraph is 380 characters long.
    expect(check(`${head}${words}再加十个汉字凑数的句。\n`)).toEqual([]);
    expect(check(`${head}${words}再加十个汉字凑数的句子。\n`)).toEqual([
      `7:1-7:384 warning 段落过长（301 字，上限 300）：「我们今天讨论的是内容，我…」。${TOO_LONG}${S}`,
    ]);
  });

  it('checks paragraphs only: not headings, table cells or code', () => {
    const long = SENTENCE.repeat(35);
    expect(check(`# ${long}\n\n| 表 |\n| - |\n| ${long} |\n\n\`\`\`\n${long}\n\`\`\`\n`)).toEqual([]);
  });

  it('spans a paragraph over several lines in a block quote, and one in a list item', () => {
    const body = `> ${SENTENCE.repeat(20)}\n> ${SENTENCE.repeat(15)}\n\n- 列表\n\n  ${SENTENCE.repeat(31)}\n`;
    expect(check(body)).toEqual([
      `7:3-8:168 warning 段落过长（350 字，上限 300）：「本段用于测试段落长度。本…」。${TOO_LONG}${S}`,
      `12:3-12:344 warning 段落过长（310 字，上限 300）：「本段用于测试段落长度。本…」。${TOO_LONG}${S}`,
    ]);
  });

  it('takes its limit from the policy', () => {
    const policy = 'rules:\n  style/paragraph-length:\n    max: 20\n';
    expect(check(`${SENTENCE.repeat(2)}\n\n${SENTENCE.repeat(3)}\n`, { policy })).toEqual([
      `9:1-9:34 warning 段落过长（30 字，上限 20）：「本段用于测试段落长度。本…」。${TOO_LONG}${S}`,
    ]);
  });

  it('speaks English with --locale en', () => {
    expect(check(`${SENTENCE.repeat(35)}\n`, { locale: 'en' })).toEqual([
      '7:1-7:386 warning Paragraph too long (350 characters, limit 300): 「本段用于测试段落长度。本…」. It does not fit a phone screen; split it. (Source: 000 四(一)4（合理分段）)',
    ]);
  });
});
