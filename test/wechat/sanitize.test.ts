import { describe, expect, it } from 'vitest';
import {
  isImageUrl,
  sanitizeWeChatContent,
  sanitizeWeChatContentWithReport,
} from '../../src/wechat/emulator/sanitize.js';

const IMG = 'http://mmbiz.qpic.cn/sz_mmbiz_png/abc/0?wx_fmt=png';
const LOCAL_IMG = 'http://127.0.0.1:8086/mmbiz_png/abc/0?wx_fmt=png';

describe('sanitizeWeChatContent', () => {
  it.each([
    // [what, input, what WeChat keeps]
    ['script with its body', '<p>a<script>alert(1)</script>b</p>', '<p>ab</p>'],
    ['script written as self-closing', '<p>a<script src="x.js"/>alert(1)</script>b</p>', '<p>ab</p>'],
    ['script with a "</p>" inside', '<p>a<script>var s="</p>";</script>b</p>', '<p>ab</p>'],
    ['unclosed script eats the rest', '<p>a</p><script>alert(1)', '<p>a</p>'],
    ['upper-case script', '<P>a<SCRIPT>x()</SCRIPT></P>', '<p>a</p>'],
    ['style block', '<style>p{color:red}</style><p>a</p>', '<p>a</p>'],
    ['iframe', '<p>a<iframe src="https://v.qq.com/x"></iframe>b</p>', '<p>ab</p>'],
    ['object and embed', '<object data="x.swf"><embed src="x.swf"></object><p>a</p>', '<p>a</p>'],
    ['form controls', '<form><input value="x"><button>b</button>text</form>', 'text'],
    [
      'event handlers',
      '<p onclick="x()" OnMouseOver="y()" style="color: red">a</p>',
      '<p style="color: red">a</p>',
    ],
    [
      'class and id',
      '<section class="c" id="i" data-tool="wxgate">a</section>',
      '<section data-tool="wxgate">a</section>',
    ],
    ['comments and doctype', '<!doctype html><!-- note --><p>a</p>', '<p>a</p>'],
    [
      'html/body wrappers unwrapped',
      '<html><head><title>t</title></head><body><p>a</p></body></html>',
      '<p>a</p>',
    ],
    ['unknown tags unwrapped', '<custom-card><p>a</p></custom-card>', '<p>a</p>'],
    ['external image dropped', '<p><img src="https://example.com/a.png">a</p>', '<p>a</p>'],
    ['data: image dropped', '<p><img src="data:image/png;base64,AAAA">a</p>', '<p>a</p>'],
    ['mmbiz image kept', `<p><img src="${IMG}" alt="图"></p>`, `<p><img src="${IMG}" alt="图"></p>`],
    [
      'emulator image kept',
      `<img src="${LOCAL_IMG}" style="width: 100%">`,
      `<img src="${LOCAL_IMG}" style="width: 100%">`,
    ],
    ['external link unwrapped', '<p><a href="https://example.com">参考</a></p>', '<p>参考</p>'],
    ['javascript: link unwrapped', '<a href="java&#x09;script:alert(1)">x</a>', 'x'],
    [
      'mp.weixin.qq.com link kept',
      '<a href="https://mp.weixin.qq.com/s/abc">往期</a>',
      '<a href="https://mp.weixin.qq.com/s/abc">往期</a>',
    ],
    [
      'expression() in style',
      '<p style="color: red; width: expression(alert(1))">a</p>',
      '<p style="color: red">a</p>',
    ],
    ['behavior in style', '<p style="behavior: url(x.htc)">a</p>', '<p>a</p>'],
    [
      'url() to an external host in style',
      '<section style="background-image: url(https://example.com/bg.png); padding: 8px">a</section>',
      '<section style="padding: 8px">a</section>',
    ],
    ['a stray "<" escaped', '<p>1 < 2</p>', '<p>1 &lt; 2</p>'],
  ])('%s', (_what, input, expected) => {
    expect(sanitizeWeChatContent(input)).toBe(expected);
  });

  it.each([
    ['inline styles', '<p style="margin: 0 0 16px; line-height: 1.75; color: #333">正文</p>'],
    [
      'headings and emphasis',
      '<h2 style="font-size: 20px">标题</h2><p><strong>粗</strong><em>斜</em><del>删</del></p>',
    ],
    ['nested lists', '<ul><li>一<ol start="3"><li>甲</li></ol></li></ul>'],
    ['block quotes', '<blockquote style="border-left: 4px solid #ccc"><p>引</p></blockquote>'],
    [
      'tables',
      '<table><thead><tr><th align="left">列</th></tr></thead><tbody><tr><td colspan="2">格</td></tr></tbody></table>',
    ],
    [
      'code with kept whitespace',
      '<pre><code><span style="color: #d73a49">const</span>&nbsp;&nbsp;x<br>y</code></pre>',
    ],
    ['footnote marks', '<p>文<sup>[1]</sup></p><section><p>[1] 来源: https://example.com</p></section>'],
    [
      'SVG',
      '<svg viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg"><path d="M0 0L10 10" fill="none" stroke="#000" /></svg>',
    ],
    ['entities', '<p>&lt;b&gt; &amp; &quot;引号&quot; &#x4E2D;</p>'],
    ['hr and br', '<p>a<br>b</p><hr style="border: 0">'],
  ])('keeps %s unchanged', (_what, html) => {
    const report = sanitizeWeChatContentWithReport(html);
    expect(report.removed).toEqual([]);
    expect(report.html).toBe(html);
  });

  it('reports what it removed, so a renderer test can name the offender', () => {
    const report = sanitizeWeChatContentWithReport(
      '<p class="x" onclick="y()"><a href="https://example.com/a">a</a><img src="https://cdn.example.com/i.png"></p>',
    );
    expect(report.removed).toEqual([
      { kind: 'attribute', name: 'class', detail: '<p>' },
      { kind: 'attribute', name: 'onclick', detail: '<p>' },
      { kind: 'link', name: 'a', detail: 'https://example.com/a' },
      { kind: 'image', name: 'img', detail: 'https://cdn.example.com/i.png' },
    ]);
  });

  it('accepts extra image and link hosts when told', () => {
    const html = '<a href="https://intranet.example/x">x</a><img src="https://cdn.example/i.png">';
    expect(
      sanitizeWeChatContent(html, { imageHosts: ['cdn.example'], linkHosts: ['intranet.example'] }),
    ).toBe(html);
  });

  it('knows mmbiz image URLs', () => {
    expect(isImageUrl(IMG)).toBe(true);
    expect(isImageUrl('https://mmbiz.qlogo.cn/mmbiz_jpg/x/0')).toBe(true);
    expect(isImageUrl(LOCAL_IMG)).toBe(true);
    expect(isImageUrl('http://127.0.0.1:8086/elsewhere/x.png')).toBe(false);
    expect(isImageUrl('https://mmbiz.qpic.cn.evil.example/x')).toBe(false);
    expect(isImageUrl('/mmbiz_png/x/0')).toBe(false);
  });
});
