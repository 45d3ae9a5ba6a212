import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/format/raw-html.js';
import { EMPTY_LEXICON, FRONT_MATTER, type MessageOptions, messagesOf } from '../../helpers.js';

/** This rule reads no word list; an empty one keeps the fixtures independent of policies/lexicons. */
const check = (markdown: string, options: MessageOptions = {}) =>
  messagesOf(rule, markdown, { lexicon: EMPTY_LEXICON, ...options });

const SOURCE = '（依据：微信草稿接口 draft/add（正文会去除 JS））';
const ALLOWED = 'br、p、span、section、strong、em、sup、sub、img、a';
const EMBED = '会嵌入外部页面或插件，微信正文不支持，会被删除；视频、小程序请在公众号后台插入';
const FORM = '是表单控件，微信正文不支持表单，会被删除；收集信息请改用问卷链接或小程序';
const other = (tag: string) =>
  `HTML 标签 <${tag}> 不在允许列表（${ALLOWED}）中，微信可能删除它或改变样式。请尽量改用 Markdown 写法，或确认它在微信预览中显示正常。${SOURCE}`;
const handler = (attr: string) =>
  `HTML 属性「${attr}」是事件脚本，微信会删除，且可能带来安全风险。请删除这个属性。${SOURCE}`;
const scriptUrl = (attr: string) =>
  `HTML 属性「${attr}」是脚本链接，微信会删除，且可能带来安全风险。请改用普通的 https 链接或删除它。${SOURCE}`;

describe('format/raw-html', () => {
  it('accepts allowed tags with inline styles, comments and suppression comments', () => {
    expect(
      check(
        `${FRONT_MATTER}<section style="color:red"><p>好</p><br/></section>\n\n文字<sup>1</sup>和<span style="color:blue">蓝</span>\n\n<!-- 注释里的 <script> 不算 -->\n`,
      ),
    ).toEqual([]);
  });

  it('ignores HTML written as code', () => {
    expect(check(`${FRONT_MATTER}\`<script>\` 代码\n\n\`\`\`html\n<script>x</script>\n\`\`\`\n`)).toEqual([]);
  });

  it('reports a script block once, not the tags inside its text', () => {
    expect(check(`${FRONT_MATTER}<script>alert("<div>")</script>\n`)).toEqual([
      `7:1-7:9 error HTML 标签「<script>」是脚本，微信会删除正文里的 JS，且可能带来安全风险。请删除它。${SOURCE}`,
    ]);
  });

  it('reports style sheets whatever their case', () => {
    expect(check(`${FRONT_MATTER}<STYLE>p{}</STYLE>\n`)).toEqual([
      `7:1-7:8 error HTML 标签「<STYLE>」是样式表，微信只保留行内 style 属性，<style> 会被删除。请删除它。${SOURCE}`,
    ]);
  });

  it('reports embeds and forms, also inside block quotes', () => {
    expect(
      check(
        `${FRONT_MATTER}<iframe src="https://v.qq.com/x"></iframe>\n\n<form action="/x"><input name="q"></form>\n\n> <object data="x"></object>\n`,
      ),
    ).toEqual([
      `7:1-7:34 error HTML 标签「<iframe src="https://v.qq.com/x">」${EMBED}。请删除它。${SOURCE}`,
      `9:1-9:19 error HTML 标签「<form action="/x">」${FORM}。请删除它。${SOURCE}`,
      `9:19-9:35 error HTML 标签「<input name="q">」${FORM}。请删除它。${SOURCE}`,
      `11:3-11:20 error HTML 标签「<object data="x">」${EMBED}。请删除它。${SOURCE}`,
    ]);
  });

  it('reports event-handler attributes on allowed tags, pointing at the attribute', () => {
    expect(
      check(
        `${FRONT_MATTER}文字 <span onclick="steal()">点我</span> 结束\n\n<span data-x="1" onmouseover='x' ONLOAD=y>t</span>\n\n<img src="a.png" onerror="x()" alt="图">\n`,
      ),
    ).toEqual([
      `7:10-7:27 error ${handler('onclick="steal()"')}`,
      `9:18-9:33 error ${handler("onmouseover='x'")}`,
      `9:34-9:42 error ${handler('ONLOAD=y')}`,
      `11:18-11:31 error ${handler('onerror="x()"')}`,
    ]);
  });

  it('reports javascript: URLs, also when disguised with a character reference', () => {
    expect(
      check(
        `${FRONT_MATTER}<a href="javascript:alert(1)">x</a>\n\n<a href=" JaVa&#115;cript:void(0)">y</a>\n`,
      ),
    ).toEqual([
      `7:4-7:30 error ${scriptUrl('href="javascript:alert(1)"')}`,
      `9:4-9:35 error ${scriptUrl('href=" JaVa&#115;cript:void(0)"')}`,
    ]);
  });

  it('gives tags outside allowed_tags as info', () => {
    expect(
      check(`${FRONT_MATTER}<div>块</div>\n\n<font color="red">红</font> 与 <center>中</center>\n`),
    ).toEqual([
      `7:1-7:6 info ${other('div')}`,
      `9:1-9:19 info ${other('font')}`,
      `9:30-9:38 info ${other('center')}`,
    ]);
  });

  it('takes allowed_tags from the policy', () => {
    expect(
      check(`${FRONT_MATTER}<div>块</div>\n`, {
        policy: 'rules:\n  format/raw-html:\n    allowed_tags: [div]\n',
      }),
    ).toEqual([]);
  });

  it('speaks English', () => {
    expect(
      check(`${FRONT_MATTER}<script>x</script>\n\n<div>块</div>\n\n<b onclick="x">t</b>\n`, {
        locale: 'en',
      }),
    ).toEqual([
      '7:1-7:9 error HTML tag "<script>" is a script; WeChat removes JS from articles and it is a security risk. Remove it. (Source: 微信草稿接口 draft/add（正文会去除 JS）)',
      '9:1-9:6 info HTML tag <div> is not in the allowed list (br, p, span, section, strong, em, sup, sub, img, a); WeChat may drop or restyle it. Prefer Markdown, or check it in the WeChat preview. (Source: 微信草稿接口 draft/add（正文会去除 JS）)',
      '11:1-11:16 info HTML tag <b> is not in the allowed list (br, p, span, section, strong, em, sup, sub, img, a); WeChat may drop or restyle it. Prefer Markdown, or check it in the WeChat preview. (Source: 微信草稿接口 draft/add（正文会去除 JS）)',
      '11:4-11:15 error HTML attribute "onclick="x"" is an event-handler script; WeChat removes it and it is a security risk. Remove the attribute. (Source: 微信草稿接口 draft/add（正文会去除 JS）)',
    ]);
  });
});
