import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/wechat/author-length.js';
import { EMPTY_LEXICON, FRONT_MATTER, type MessageOptions, messagesOf } from '../../helpers.js';

/** This rule reads no word list; an empty one keeps the fixtures independent of policies/lexicons. */
const check = (markdown: string, options: MessageOptions = {}) =>
  messagesOf(rule, markdown, { lexicon: EMPTY_LEXICON, ...options });

const SOURCE = '（依据：微信草稿接口 draft/add 字段限制（author 不超过 16 个字））';
const withAuthor = (author: string) => `${FRONT_MATTER.replace(/^author: .*$/m, `author: ${author}`)}正文\n`;
const A16 = '一二三四五六七八九十甲乙丙丁戊己';

describe('wechat/author-length', () => {
  it('accepts exactly 16 characters', () => {
    expect(check(withAuthor(A16))).toEqual([]);
  });

  it('reports 17 characters', () => {
    expect(check(withAuthor(`${A16}庚`))).toEqual([
      `3:9-3:26 error 作者「${A16}庚」有 17 个字，超过上限 16 个字，微信草稿接口会拒收。请删减 1 个字（如只写部门或姓名）。${SOURCE}`,
    ]);
  });

  it('counts an emoji as one character', () => {
    expect(check(withAuthor(`${A16.slice(0, 15)}🌟`))).toEqual([]);
  });

  it('speaks English', () => {
    expect(check(withAuthor('ABCDEFGHIJKLMNOPQ'), { locale: 'en' })).toEqual([
      '3:9-3:26 error The author "ABCDEFGHIJKLMNOPQ" has 17 characters, over the limit of 16; the WeChat draft API rejects it. Remove 1 (e.g. give only the department or the name). (Source: 微信草稿接口 draft/add 字段限制（author 不超过 16 个字）)',
    ]);
  });
});
