import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/wechat/external-image.js';
import { EMPTY_LEXICON, FRONT_MATTER, type MessageOptions, messagesOf } from '../../helpers.js';

/** This rule reads no word list; an empty one keeps the fixtures independent of policies/lexicons. */
const check = (markdown: string, options: MessageOptions = {}) =>
  messagesOf(rule, markdown, { lexicon: EMPTY_LEXICON, ...options });

const SOURCE = '（依据：微信草稿接口 draft/add（图片须经上传接口，外部图片会被过滤））';
const ASSETS = { assets: ['cover.png', 'photo.jpg', 'my photo.jpg', 'Logo.PNG'] };
const remote = (url: string) =>
  `图片「${url}」是外部网址，微信草稿接口会过滤外部图片，发布后读者看不到。请把图片下载到文章目录，用文件名引用（如 ![说明](photo.jpg)），wxgate 发布时会上传到微信。${SOURCE}`;
const missing = (url: string, hint = '') =>
  `图片「${url}」在文章目录里找不到${hint}，发布时无法上传。请检查文件名，或把图片放进文章目录。${SOURCE}`;
const outside = (url: string) =>
  `图片「${url}」不在本文目录里。每篇文章的图片要放在它自己的目录中（与 index.md 同级），请把图片复制进来并改用相对路径。${SOURCE}`;

describe('wechat/external-image', () => {
  it('accepts local images in the folder and images already uploaded to WeChat', () => {
    expect(
      check(
        `${FRONT_MATTER}![图](photo.jpg) ![图](./photo.jpg) ![图](my%20photo.jpg) ![图](<my photo.jpg>)\n\n![图](http://mmbiz.qpic.cn/sz_mmbiz_png/x/0?wx_fmt=png)\n`,
        ASSETS,
      ),
    ).toEqual([]);
  });

  it('warns about remote images over https, http and protocol-relative URLs', () => {
    expect(
      check(
        `${FRONT_MATTER}![图](https://example.com/a.png)\n\n![图](http://example.com/b.png)\n\n![图](//cdn.example.com/c.png)\n`,
        ASSETS,
      ),
    ).toEqual([
      `7:1-7:32 warning ${remote('https://example.com/a.png')}`,
      `9:1-9:31 warning ${remote('http://example.com/b.png')}`,
      `11:1-11:30 warning ${remote('//cdn.example.com/c.png')}`,
    ]);
  });

  it('warns about remote images in HTML and behind references', () => {
    expect(
      check(
        `${FRONT_MATTER}<img src="https://example.com/b.png" alt="x">\n\n![图][p]\n\n[p]: http://example.com/p.png\n`,
        ASSETS,
      ),
    ).toEqual([
      `7:1-7:46 warning ${remote('https://example.com/b.png')}`,
      `9:1-9:8 warning ${remote('http://example.com/p.png')}`,
    ]);
  });

  it('ignores images inside HTML comments and script text, which no reader sees', () => {
    expect(
      check(
        `${FRONT_MATTER}\n<!-- <img src="https://example.com/old.png"> -->\n\n<script>"<img src=https://x.cn/a.png>"</script>\n`,
        ASSETS,
      ),
    ).toEqual([]);
  });

  it('warns about data: images', () => {
    expect(check(`${FRONT_MATTER}![图](data:image/png;base64,AAAA)\n`, ASSETS)).toEqual([
      `7:1-7:33 warning 图片是 data: 内嵌数据，微信草稿接口不接受，发布后读者看不到。请把图片保存为 jpg 或 png 文件放进文章目录，再用文件名引用。${SOURCE}`,
    ]);
  });

  it('reports a local image that is not in the folder as an error, with a hint when only the case differs', () => {
    expect(check(`${FRONT_MATTER}![图](missing.png)\n\n![标志](logo.png)\n`, ASSETS)).toEqual([
      `7:1-7:18 error ${missing('missing.png')}`,
      `9:1-9:16 error ${missing('logo.png', '（目录里有「Logo.PNG」，文件名大小写不一致）')}`,
    ]);
  });

  it('reports images outside the article folder as errors', () => {
    expect(check(`${FRONT_MATTER}![图](../other/a.png)\n\n![图](/abs/a.png)\n`, ASSETS)).toEqual([
      `7:1-7:21 error ${outside('../other/a.png')}`,
      `9:1-9:17 error ${outside('/abs/a.png')}`,
    ]);
  });

  it('reports an image without an address', () => {
    expect(check(`${FRONT_MATTER}![图](<>)\n`, ASSETS)).toEqual([
      `7:1-7:9 error 图片没有地址。请填写文章目录里的图片文件名，如 ![说明](photo.jpg)。${SOURCE}`,
    ]);
  });

  it('reports a cover that is not in the folder at the cover line', () => {
    expect(check(`${FRONT_MATTER.replace('cover.png', 'cover.jpg')}正文\n`, ASSETS)).toEqual([
      `5:1-5:17 error 封面图「cover.jpg」在文章目录里找不到。请把封面图放进文章目录，或改正 cover 的文件名。${SOURCE}`,
    ]);
  });

  it('takes allowed_hosts from the policy', () => {
    expect(
      check(`${FRONT_MATTER}![图](https://img.example.com/a.png)\n`, {
        ...ASSETS,
        policy: 'rules:\n  wechat/external-image:\n    allowed_hosts: [mmbiz.qpic.cn, img.example.com]\n',
      }),
    ).toEqual([]);
  });

  it('speaks English', () => {
    expect(
      check(`${FRONT_MATTER}![图](https://example.com/a.png) ![缺](nope.png)\n`, {
        ...ASSETS,
        locale: 'en',
      }),
    ).toEqual([
      '7:1-7:32 warning Image "https://example.com/a.png" is a remote URL; WeChat draft/add filters external images, so readers would not see it. Download it into the article folder and refer to it by name (e.g. ![caption](photo.jpg)); wxgate uploads it when publishing. (Source: 微信草稿接口 draft/add（图片须经上传接口，外部图片会被过滤）)',
      '7:33-7:47 error Image "nope.png" is not in the article folder, so it cannot be uploaded. Check the file name or put the image in the folder. (Source: 微信草稿接口 draft/add（图片须经上传接口，外部图片会被过滤）)',
    ]);
  });
});
