import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/format/front-matter.js';
import { EMPTY_LEXICON, FRONT_MATTER, lint, messagesOf } from '../../helpers.js';

const EMPTY = EMPTY_LEXICON;
const SOURCE = '（依据：wxgate 文章格式（README「Writing an article」））';

describe('format/front-matter', () => {
  it('passes a complete front matter whose cover exists', () => {
    expect(messagesOf(rule, `${FRONT_MATTER}\n正文。\n`, { lexicon: EMPTY })).toEqual([]);
  });

  it('reports each problem on its own line, with the field', () => {
    const fm = FRONT_MATTER.replace('author: 集团市场部\n', '').replace(
      'cover: cover.png',
      'cover: cover.png\nmajor: 1',
    );
    expect(messagesOf(rule, `${fm}\n正文。\n`, { lexicon: EMPTY })).toEqual([
      `2:1-2:22 error author：缺少必填字段 author。${SOURCE}`,
      `5:1-5:9 error major：字段 major 应为 true 或 false。${SOURCE}`,
    ]);
  });

  it('leaves a missing cover file to wechat/external-image: one error, not two', () => {
    expect(messagesOf(rule, `${FRONT_MATTER}\n正文。\n`, { lexicon: EMPTY, assets: ['other.png'] })).toEqual(
      [],
    );
    const all = lint(`${FRONT_MATTER}\n正文。\n`, { assets: ['other.png'] }).messages;
    expect(all.map((m) => `${m.line} ${m.ruleId} ${m.severity}`)).toEqual(['5 wechat/external-image error']);
  });

  it('reports a missing front matter in English', () => {
    expect(messagesOf(rule, '正文。\n', { lexicon: EMPTY, locale: 'en' })).toEqual([
      '1:1-1:4 error (front matter): Missing YAML front matter. Start the file with --- and give title, author, publish_at and cover. (Source: wxgate 文章格式（README「Writing an article」）)',
    ]);
  });
});
