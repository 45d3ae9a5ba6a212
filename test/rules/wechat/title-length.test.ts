import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/wechat/title-length.js';
import { EMPTY_LEXICON, FRONT_MATTER, type MessageOptions, messagesOf } from '../../helpers.js';

/** This rule reads no word list; an empty one keeps the fixtures independent of policies/lexicons. */
const check = (markdown: string, options: MessageOptions = {}) =>
  messagesOf(rule, markdown, { lexicon: EMPTY_LEXICON, ...options });

const SOURCE = '（依据：微信草稿接口 draft/add 字段限制（title 不超过 32 个字））';
const withTitle = (title: string) => `${FRONT_MATTER.replace(/^title: .*$/m, `title: ${title}`)}正文\n`;
const T32 = `${'一二三四五六七八九十'.repeat(3)}甲乙`;

describe('wechat/title-length', () => {
  it('accepts the shipped sample title and a title of exactly 32 characters', () => {
    expect(check(`${FRONT_MATTER}正文\n`)).toEqual([]);
    expect(check(withTitle(T32))).toEqual([]);
  });

  it('reports 33 characters, pointing at the value', () => {
    expect(check(withTitle(`${T32}丙`))).toEqual([
      `2:8-2:41 error 标题「${T32}丙」有 33 个字，超过上限 32 个字，微信草稿接口会拒收。请删减 1 个字。${SOURCE}`,
    ]);
  });

  it('counts an emoji as one character, not two UTF-16 units', () => {
    // 31 Han characters + 👍 = 32 code points (33 UTF-16 code units): fine.
    expect(check(withTitle(`${T32.slice(0, 31)}👍`))).toEqual([]);
    expect(check(withTitle(`${T32}👍`))).toEqual([
      `2:8-2:42 error 标题「${T32}👍」有 33 个字，超过上限 32 个字，微信草稿接口会拒收。请删减 1 个字。${SOURCE}`,
    ]);
  });

  it('counts Latin letters and spaces one each', () => {
    expect(check(withTitle(`${'Ab '.repeat(10)}xyz`))).toEqual([
      `2:8-2:41 error 标题「${'Ab '.repeat(10)}xyz」有 33 个字，超过上限 32 个字，微信草稿接口会拒收。请删减 1 个字。${SOURCE}`,
    ]);
  });

  it('points inside the quotes of a quoted title', () => {
    expect(check(withTitle(`"${T32}丙丁"`))).toEqual([
      `2:9-2:43 error 标题「${T32}丙丁」有 34 个字，超过上限 32 个字，微信草稿接口会拒收。请删减 2 个字。${SOURCE}`,
    ]);
  });

  it('takes a lower max from the policy and says it is the company limit', () => {
    expect(check(withTitle(T32), { policy: 'rules:\n  wechat/title-length:\n    max: 30\n' })).toEqual([
      `2:8-2:40 error 标题「${T32}」有 32 个字，超过上限 30 个字（本单位规定；微信上限为 32）。请删减 2 个字。${SOURCE}`,
    ]);
  });

  it('speaks English', () => {
    expect(check(withTitle(`${T32}丙`), { locale: 'en' })).toEqual([
      `2:8-2:41 error The title "${T32}丙" has 33 characters, over the limit of 32; the WeChat draft API rejects it. Remove 1. (Source: 微信草稿接口 draft/add 字段限制（title 不超过 32 个字）)`,
    ]);
  });
});
