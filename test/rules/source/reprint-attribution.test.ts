import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/source/reprint-attribution.js';
import { EMPTY_LEXICON, FRONT_MATTER, type MessageOptions, messagesOf } from '../../helpers.js';

/** This rule reads no word list; an empty one keeps the fixtures independent of policies/lexicons. */
const check = (markdown: string, options: MessageOptions = {}) =>
  messagesOf(rule, markdown, { lexicon: EMPTY_LEXICON, ...options });

const SOURCE = '（依据：互联网用户公众账号信息服务管理规定第十七条；000 四(一)2（转载须注明出处））';
const reprint = (source = '') =>
  FRONT_MATTER.replace('cover: cover.png', `cover: cover.png\ntype: reprint${source}`);
const original = FRONT_MATTER.replace('cover: cover.png', 'cover: cover.png\ntype: original');
const COMPLETE =
  '\nsource:\n  name: 某某公众号\n  url: https://mp.weixin.qq.com/s/x\n  authorization: 2026-11-20 授权';
const NAME = 'source.name（原作者或来源媒体名称）';
const URL = 'source.url（可追溯的原文网址）';
const missing = (what: string) =>
  `转载文章（type: reprint）缺少 ${what}。请在头信息 source 下补上，如 source: {name: 某某公众号, url: https://mp.weixin.qq.com/s/…}；wxgate 会据此在文中生成来源说明。${SOURCE}`;
const claim = (quoted: string, implicit = true) =>
  `文章声明为原创（${implicit ? '未写 type，默认 original' : 'type: original'}），正文却写着${quoted}。如果是转载，请在头信息写 type: reprint 并填写 source；如果确是原创，请删掉这句转载说明。${SOURCE}`;

describe('source/reprint-attribution', () => {
  it('accepts a reprint with source name and URL, without a visible 来源 line (the renderer adds it)', () => {
    expect(check(`${reprint(COMPLETE)}正文\n`)).toEqual([]);
  });

  it('accepts a business unit repost of a group article that says where it comes from', () => {
    const repost = FRONT_MATTER.replace(
      'cover: cover.png',
      'cover: cover.png\nrepost_of: content/group/2026-11-19-warm-winter-school-aid/index.md',
    );
    expect(check(`${repost}本文转自澜川集团官方公众号。\n`)).toEqual([]);
    expect(check(`${FRONT_MATTER}本文转自澜川集团官方公众号。\n`)).toHaveLength(1);
  });

  it('accepts a reprint that also says 转载自 in the body', () => {
    expect(check(`${reprint(COMPLETE)}本文转载自某某公众号。\n`)).toEqual([]);
  });

  it('reports a reprint without any source, at the type line', () => {
    expect(check(`${reprint()}正文\n`)).toEqual([`6:1-6:14 error ${missing(`${NAME}和 ${URL}`)}`]);
  });

  it('says which source field is missing, at the source line', () => {
    expect(check(`${reprint('\nsource:\n  name: 某某公众号')}正文\n`)).toEqual([
      `7:1-7:8 error ${missing(URL)}`,
    ]);
    expect(check(`${reprint('\nsource:\n  url: https://mp.weixin.qq.com/s/x')}正文\n`)).toEqual([
      `7:1-7:8 error ${missing(NAME)}`,
    ]);
  });

  it('accepts an original article with ordinary uses of the same words', () => {
    expect(
      check(
        `${FRONT_MATTER}数据来源：国家统计局。图片来源：网络。\n\n未经授权转载必究，未经授权，不得转载。\n\n机器运转自如，灵感来源于生活。\n\n\`\`\`\n转载自 代码示例\n\`\`\`\n`,
      ),
    ).toEqual([]);
  });

  it('reports reprint notes in an article that is original by default, in paragraphs and quotes', () => {
    expect(
      check(
        `${FRONT_MATTER}本文转载自「某某」公众号。\n\n> 来源：新华社\n\n经作者授权转载。\n\n原文链接：https://x.com\n`,
      ),
    ).toEqual([
      `7:1-7:6 error ${claim('『本文转载自「某某」公众号』')}`,
      `9:3-9:6 error ${claim('「来源：新华社」')}`,
      `11:4-11:8 error ${claim('「授权转载」')}`,
      `13:1-13:6 error ${claim('「原文链接：https://x.com」')}`,
    ]);
  });

  it('reports reprint notes when type: original is written out', () => {
    expect(check(`${original}本文转自某某公众号，原文首发于某网站。\n`)).toEqual([
      `8:1-8:5 error ${claim('「本文转自某某公众号，原文首发于某网站」', false)}`,
      `8:11-8:16 error ${claim('「原文首发于某网站」', false)}`,
    ]);
  });

  it('speaks English', () => {
    expect(check(`${reprint()}正文\n`, { locale: 'en' })).toEqual([
      '6:1-6:14 error This reprint (type: reprint) lacks source.name (the original author or medium) and source.url (a traceable link to the original). Add it under source in the front matter, e.g. source: {name: Some Account, url: https://mp.weixin.qq.com/s/…}; wxgate writes the source line from it. (Source: 互联网用户公众账号信息服务管理规定第十七条；000 四(一)2（转载须注明出处）)',
    ]);
    expect(check(`${original}本文转载自某某。\n`, { locale: 'en' })).toEqual([
      '8:1-8:6 error The article claims to be original (type: original), but the body says "本文转载自某某". If it is a reprint, set type: reprint and fill in source; if it is original, remove the reprint note. (Source: 互联网用户公众账号信息服务管理规定第十七条；000 四(一)2（转载须注明出处）)',
    ]);
  });
});
