import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/wechat/digest-length.js';
import { EMPTY_LEXICON, FRONT_MATTER, type MessageOptions, messagesOf } from '../../helpers.js';

/** This rule reads no word list; an empty one keeps the fixtures independent of policies/lexicons. */
const check = (markdown: string, options: MessageOptions = {}) =>
  messagesOf(rule, markdown, { lexicon: EMPTY_LEXICON, ...options });

const SOURCE = '（依据：微信草稿接口 draft/add 字段限制（digest 不超过 128 个字））';
const withDigest = (digest: string) =>
  `${FRONT_MATTER.replace('cover: cover.png', `cover: cover.png\ndigest: ${digest}`)}正文\n`;

describe('wechat/digest-length', () => {
  it('accepts no digest and a digest of exactly 128 characters', () => {
    expect(check(`${FRONT_MATTER}正文\n`)).toEqual([]);
    expect(check(withDigest('摘'.repeat(128)))).toEqual([]);
  });

  it('reports 129 characters and quotes only the beginning', () => {
    expect(check(withDigest('摘'.repeat(129)))).toEqual([
      `6:9-6:138 error 摘要「${'摘'.repeat(20)}……」有 129 个字，超过上限 128 个字，微信草稿接口会拒收。请删减 1 个字。${SOURCE}`,
    ]);
  });

  it('takes the web editor limit (120) from the policy', () => {
    expect(
      check(withDigest('摘'.repeat(121)), {
        policy: 'rules:\n  wechat/digest-length:\n    max: 120\n',
      }),
    ).toEqual([
      `6:9-6:130 error 摘要「${'摘'.repeat(20)}……」有 121 个字，超过上限 120 个字（本单位规定；微信上限为 128）。请删减 1 个字。${SOURCE}`,
    ]);
  });

  it('speaks English', () => {
    expect(check(withDigest('摘'.repeat(130)), { locale: 'en' })).toEqual([
      `6:9-6:139 error The digest "${'摘'.repeat(20)}……" has 130 characters, over the limit of 128; the WeChat draft API rejects it. Remove 2. (Source: 微信草稿接口 draft/add 字段限制（digest 不超过 128 个字）)`,
    ]);
  });
});
