import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/format/image-alt.js';
import { EMPTY_LEXICON, FRONT_MATTER, type MessageOptions, messagesOf } from '../../helpers.js';

/** This rule reads no word list; an empty one keeps the fixtures independent of policies/lexicons. */
const check = (markdown: string, options: MessageOptions = {}) =>
  messagesOf(rule, markdown, { lexicon: EMPTY_LEXICON, ...options });

const SOURCE = '（依据：000 四(一)4 排版规范；无障碍（图片替代文字））';
const md = (url: string) =>
  `图片「${url}」没有替代文字。请在方括号里简要说明图片内容，如 ![产品外观](${url})，方便读屏软件朗读，图片加载失败时读者也知道这里是什么。${SOURCE}`;
const html = (url: string) =>
  `图片「${url}」没有替代文字。请加上 alt 属性简要说明图片内容，如 <img src="${url}" alt="产品外观">，方便读屏软件朗读，图片加载失败时读者也知道这里是什么。${SOURCE}`;

describe('format/image-alt', () => {
  it('accepts images with alt text, in Markdown, by reference and in HTML', () => {
    expect(
      check(
        `${FRONT_MATTER}![产品外观](a.png)\n\n![团队合影][team]\n\n[team]: b.png\n\n<img src="c.png" alt="厂房">\n`,
      ),
    ).toEqual([]);
  });

  it('reports an image without alt text', () => {
    expect(check(`${FRONT_MATTER}![](a.png)\n`)).toEqual([`7:1-7:11 warning ${md('a.png')}`]);
  });

  it('reports alt text that is only whitespace, with a title', () => {
    expect(check(`${FRONT_MATTER}文字 ![ ](b.png "标题")\n`)).toEqual([`7:4-7:20 warning ${md('b.png')}`]);
  });

  it('reports a reference image without alt text and names the defined URL', () => {
    expect(check(`${FRONT_MATTER}![][pic]\n\n[pic]: d.png\n`)).toEqual([`7:1-7:9 warning ${md('d.png')}`]);
  });

  it('reports HTML images without alt or with an empty alt, block and inline', () => {
    expect(
      check(
        `${FRONT_MATTER}<img src="e.png">\n\n<p><img src="f.png" alt="有"> <img alt="" src='g.png'/></p>\n\n文中 <img src="h.png"> 行内\n`,
      ),
    ).toEqual([
      `7:1-7:18 warning ${html('e.png')}`,
      `9:30-9:55 warning ${html('g.png')}`,
      `11:4-11:21 warning ${html('h.png')}`,
    ]);
  });

  it('does not look at images written inside code', () => {
    expect(check(`${FRONT_MATTER}\`![](a.png)\`\n\n\`\`\`html\n<img src="x.png">\n\`\`\`\n`)).toEqual([]);
  });

  it('speaks English', () => {
    expect(check(`${FRONT_MATTER}![](a.png)\n\n<img src="e.png">\n`, { locale: 'en' })).toEqual([
      '7:1-7:11 warning Image "a.png" has no alt text. Say what it shows inside the brackets, e.g. ![product photo](a.png), for screen readers and for when the image fails to load. (Source: 000 四(一)4 排版规范；无障碍（图片替代文字）)',
      '9:1-9:18 warning Image "e.png" has no alt text. Add an alt attribute that says what it shows, e.g. <img src="e.png" alt="product photo">, for screen readers and for when the image fails to load. (Source: 000 四(一)4 排版规范；无障碍（图片替代文字）)',
    ]);
  });
});
