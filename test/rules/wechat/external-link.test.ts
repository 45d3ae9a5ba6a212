import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/wechat/external-link.js';
import { EMPTY_LEXICON, FRONT_MATTER, type MessageOptions, messagesOf } from '../../helpers.js';

/** This rule reads no word list; an empty one keeps the fixtures independent of policies/lexicons. */
const check = (markdown: string, options: MessageOptions = {}) =>
  messagesOf(rule, markdown, { lexicon: EMPTY_LEXICON, ...options });

const SOURCE = '（依据：微信公众号正文链接规则（仅 mp.weixin.qq.com 链接可点击））';
const FOOTNOTE = 'wxgate 发布时会把它转为文末编号脚注（参考资料），读者只能看到网址文字';
const external = (url: string, host: string, allowed = 'mp.weixin.qq.com') =>
  `链接「${url}」指向 ${host}，公众号正文里只有 ${allowed} 的链接可以点击；${FOOTNOTE}。如需读者点击，请改用公众号文章链接或「阅读原文」。${SOURCE}`;
const relative = (url: string) =>
  `链接「${url}」是相对地址（文章目录里的文件或页内锚点），公众号里无法点击或下载；${FOOTNOTE}。请把内容写进正文，或改用 mp.weixin.qq.com 链接。${SOURCE}`;

describe('wechat/external-link', () => {
  it('accepts links to mp.weixin.qq.com over https or http, in any letter case', () => {
    expect(
      check(
        `${FRONT_MATTER}[往期](https://mp.weixin.qq.com/s/abc) 和 [旧](http://mp.weixin.qq.com/s/x) 和 [大写](https://MP.WEIXIN.QQ.COM/s/y)\n`,
      ),
    ).toEqual([]);
  });

  it('reports https and http links to other hosts', () => {
    expect(
      check(`${FRONT_MATTER}[官网](https://www.example.com/a?b=1) 与 [旧站](http://example.org)\n`),
    ).toEqual([
      `7:1-7:36 info ${external('https://www.example.com/a?b=1', 'www.example.com')}`,
      `7:39-7:63 info ${external('http://example.org', 'example.org')}`,
    ]);
  });

  it('reports autolinks and bare URLs', () => {
    expect(check(`${FRONT_MATTER}<https://github.com/x> 以及 www.baidu.com 还有 https://a.cn/x\n`)).toEqual([
      `7:1-7:23 info ${external('https://github.com/x', 'github.com')}`,
      `7:27-7:40 info ${external('http://www.baidu.com', 'www.baidu.com')}`,
      `7:44-7:58 info ${external('https://a.cn/x', 'a.cn')}`,
    ]);
  });

  it('does not take a look-alike host for mp.weixin.qq.com', () => {
    expect(check(`${FRONT_MATTER}[假](https://mp.weixin.qq.com.evil.cn/s/1)\n`)).toEqual([
      `7:1-7:42 info ${external('https://mp.weixin.qq.com.evil.cn/s/1', 'mp.weixin.qq.com.evil.cn')}`,
    ]);
  });

  it('reports relative links to files and anchors', () => {
    expect(check(`${FRONT_MATTER}[附件](./report.pdf) 和 [跳](#章节)\n`)).toEqual([
      `7:1-7:19 info ${relative('./report.pdf')}`,
      `7:22-7:30 info ${relative('#章节')}`,
    ]);
  });

  it('reports other schemes such as mailto:', () => {
    expect(check(`${FRONT_MATTER}[邮件](mailto:pr@example.com)\n`)).toEqual([
      `7:1-7:28 info 链接「mailto:pr@example.com」（mailto:）在公众号正文里不能点击；${FOOTNOTE}。请直接写出联系方式或改用 mp.weixin.qq.com 链接。${SOURCE}`,
    ]);
  });

  it('reports reference links, HTML links and protocol-relative URLs', () => {
    expect(
      check(
        `${FRONT_MATTER}[参考][1]\n\n[1]: https://example.com/ref\n\n<a href="https://example.com">官网</a>\n\n[CDN](//cdn.example.com/x)\n`,
      ),
    ).toEqual([
      `7:1-7:8 info ${external('https://example.com/ref', 'example.com')}`,
      `11:1-11:31 info ${external('https://example.com', 'example.com')}`,
      `13:1-13:27 info ${external('//cdn.example.com/x', 'cdn.example.com')}`,
    ]);
  });

  it('ignores URLs in code', () => {
    expect(
      check(`${FRONT_MATTER}\`https://code.example.com\` 和\n\n\`\`\`\nhttps://x.com\n\`\`\`\n`),
    ).toEqual([]);
  });

  it('takes allowed_hosts from the policy', () => {
    expect(
      check(`${FRONT_MATTER}[官网](https://www.example.com/a) [往期](https://mp.weixin.qq.com/s/1)\n`, {
        policy: 'rules:\n  wechat/external-link:\n    allowed_hosts: [mp.weixin.qq.com, www.example.com]\n',
      }),
    ).toEqual([]);
  });

  it('speaks English', () => {
    expect(check(`${FRONT_MATTER}[官网](https://www.example.com/a)\n`, { locale: 'en' })).toEqual([
      `7:1-7:32 info Link "https://www.example.com/a" goes to www.example.com; WeChat articles keep only mp.weixin.qq.com links clickable, and wxgate's renderer turns it into a numbered footnote (参考资料), so readers see the address as text. If readers must click it, link a WeChat article or use "Read more" (阅读原文). (Source: 微信公众号正文链接规则（仅 mp.weixin.qq.com 链接可点击）)`,
    ]);
  });
});
