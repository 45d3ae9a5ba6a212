import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/source/reprint-authorization.js';
import { EMPTY_LEXICON, FRONT_MATTER, type MessageOptions, messagesOf } from '../../helpers.js';

/** This rule reads no word list; an empty one keeps the fixtures independent of policies/lexicons. */
const check = (markdown: string, options: MessageOptions = {}) =>
  messagesOf(rule, markdown, { lexicon: EMPTY_LEXICON, ...options });

const SOURCE = '（依据：000 四(一)2（转载须获得原作者授权）；著作权法）';
const reprint = (source = '') =>
  FRONT_MATTER.replace('cover: cover.png', `cover: cover.png\ntype: reprint${source}`);
const withAuthorization = (text: string) =>
  reprint(`\nsource:\n  name: 某某公众号\n  url: https://mp.weixin.qq.com/s/x\n  authorization: ${text}`);
const NONE = `转载文章（type: reprint）没有授权记录。请在头信息 source.authorization 写明谁授权、何时授权、授权范围，如「2026-11-20 某某公众号运营者邮件授权，全文转载，不得删改」；没有取得授权的文章不能转载。${SOURCE}`;
const undated = (text: string) =>
  `授权记录「${text}」没有写明授权日期。请写清谁授权、何时授权、授权范围，如「2026-11-20 某某公众号运营者邮件授权，全文转载，不得删改」，以便审计时查证。${SOURCE}`;

describe('source/reprint-authorization', () => {
  it('does not concern original articles', () => {
    expect(check(`${FRONT_MATTER}正文\n`)).toEqual([]);
  });

  it('accepts a dated authorization record, in any common date form', () => {
    for (const text of [
      '2026-11-20 运营者邮件授权，全文转载',
      '2026/11/20 授权',
      '2026年11月20日 电话授权',
      '2026 年 11 月 授权',
    ]) {
      expect(check(`${withAuthorization(text)}正文\n`)).toEqual([]);
    }
  });

  it('reports a reprint without authorization at the type line, or at the source line when there is one', () => {
    expect(check(`${reprint()}正文\n`)).toEqual([`6:1-6:14 error ${NONE}`]);
    expect(check(`${reprint('\nsource:\n  name: 某某公众号')}正文\n`)).toEqual([`7:1-7:8 error ${NONE}`]);
  });

  it('reports an authorization record without a date at its own line', () => {
    expect(check(`${withAuthorization('已授权')}正文\n`)).toEqual([`10:1-10:21 error ${undated('已授权')}`]);
  });

  it('accepts an undated record when require_date is off', () => {
    expect(
      check(`${withAuthorization('已授权')}正文\n`, {
        policy: 'rules:\n  source/reprint-authorization:\n    require_date: false\n',
      }),
    ).toEqual([]);
  });

  it('speaks English', () => {
    expect(check(`${reprint()}正文\n`, { locale: 'en' })).toEqual([
      '6:1-6:14 error This reprint (type: reprint) has no permission record. Write in source.authorization who granted permission, when and for what, e.g. "2026-11-20, by email from the account operator, full text, no edits"; without permission the article may not be reprinted. (Source: 000 四(一)2（转载须获得原作者授权）；著作权法)',
    ]);
    expect(check(`${withAuthorization('已授权')}正文\n`, { locale: 'en' })).toEqual([
      '10:1-10:21 error The permission record "已授权" has no date. Say who granted it, when and for what, e.g. "2026-11-20, by email from the account operator, full text, no edits", so an audit can verify it. (Source: 000 四(一)2（转载须获得原作者授权）；著作权法)',
    ]);
  });
});
