import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectImages, RenderError } from '../../src/render/render.js';
import boldBrokenCjk from '../../src/rules/format/bold-broken-cjk.js';
import { FRONT_MATTER, messagesOf } from '../helpers.js';
import { article, GOLDEN_DIR, goldenNames, mmbizUrl, render, renderGolden } from './helpers.js';

describe('images', () => {
  it('lists the local images to upload, in order of first use, each once, and warns about dropped ones', () => {
    const r = renderGolden('images');
    expect(r.images).toEqual(['photo.png', 'images/chart.jpg', 'icon.png', 'photo two.png']);
    for (const path of r.images) expect(r.html).toContain(mmbizUrl(path).replace(/&/g, '&amp;'));
    expect(r.html).toContain('src="https://mmbiz.qpic.cn/sz_mmbiz_png/abc/640?wx_fmt=png"');
    expect(r.html).not.toContain('example.com');
    expect(r.html).not.toContain('data:');
    expect(r.warnings.map((w) => w.line)).toEqual([16, 18]);
    expect(r.warnings[0]!.message.zh).toContain('微信会过滤外部图片');
  });

  it('collectImages gives the same list without any uploaded address', () => {
    const md = renderGoldenSource('images');
    expect(collectImages(article(md))).toEqual([
      'photo.png',
      'images/chart.jpg',
      'icon.png',
      'photo two.png',
    ]);
  });

  it('an image the article folder does not have is an error with its line, not a broken tag', () => {
    const error = catchError(() => render('第一段。\n\n![缺失](missing.png)\n'));
    expect(error).toBeInstanceOf(RenderError);
    expect(error.line).toBe(10);
    expect(error.messages.zh).toBe(
      '图片「missing.png」在文章目录里找不到（或没有上传地址），无法渲染。请检查文件名。',
    );
    expect(catchError(() => render('x <img src="missing-too.png"> y')).line).toBe(8);
  });

  it.each(['../other/photo.png', '/etc/photo.png', 'C:/photo.png', ''])(
    '%j outside the folder is an error',
    (src) => {
      expect(catchError(() => render(`![图](<${src}>)`))).toBeInstanceOf(RenderError);
    },
  );
});

describe('links and footnotes', () => {
  it('numbers each external address once, in order of first use; author notes share the numbering', () => {
    expect(renderGolden('links-footnotes').footnotes).toEqual([
      { n: 1, text: '国家卫生健康委公告', url: 'https://www.nhc.gov.cn/notice' },
      { n: 2, text: '数据来源', url: 'https://data.example.com/q3' },
      { n: 3, text: '年度报告', url: 'https://example.com/annual-report.pdf' },
      { n: 4, text: '400-820-1234', url: 'tel:4008201234' },
      { n: 5, text: '附件', url: 'report.pdf' },
      { n: 6, text: '数据为初步核算结果，详见财务说明（https://example.com/finance）。', url: undefined },
    ]);
  });

  it('keeps mp.weixin.qq.com links and no others as <a>', () => {
    const r = renderGolden('mp-links');
    expect([...r.html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1])).toEqual([
      'https://mp.weixin.qq.com/s/3kXbqJd7VfM2nLwT8aYp1Q',
      'http://mp.weixin.qq.com/s?__biz=MzA&amp;mid=1&amp;idx=1',
    ]);
    expect(r.footnotes).toEqual([{ n: 1, text: '假链接', url: 'https://mp.weixin.qq.com.evil.example/s/x' }]);
  });

  it('linkHosts widens what stays clickable', () => {
    const r = render('[官网](https://www.example.com/a)', { linkHosts: ['www.example.com'] });
    expect(r.html).toContain('<a href="https://www.example.com/a"');
    expect(r.footnotes).toEqual([]);
  });

  it('a footnote section only appears when there are footnotes', () => {
    expect(render('没有链接。').html).not.toContain('参考资料');
  });
});

describe('the reprint source line', () => {
  it('comes first, from source.name and source.url; an mp.weixin link stays clickable', () => {
    const html = renderGolden('reprint').html;
    expect(html.indexOf('本文转载自：江临医学科普（江临市医学会），原文链接：')).toBeLessThan(
      html.indexOf('进入 11 月'),
    );
    expect(html).toContain('<a href="https://mp.weixin.qq.com/s/3kXbqJd7VfM2nLwT8aYp1Q"');
    expect(html).not.toContain('邮件授权');
  });

  it('an external original link is shown as escaped text', () => {
    const html = renderGolden('reprint-external').html;
    expect(html).toContain('原文链接：<span');
    expect(html).toContain('flu.html?from=&lt;script></span>');
    expect(html).not.toContain('<a ');
  });

  it('an original article has none', () => {
    expect(render('正文。').html).not.toContain('本文转载自');
  });
});

describe('raw HTML is data', () => {
  const FORBIDDEN = [
    /<script/i,
    /<iframe/i,
    /<style/i,
    /<svg/i,
    /<form/i,
    /<object/i,
    /<embed/i,
    /\son\w+=/i,
    /javascript:/i,
    /url\(/i,
    /class=/i,
  ];

  it.each(goldenNames())('%s emits nothing executable and no foreign attribute', (name) => {
    const html = renderGolden(name).html;
    for (const pattern of FORBIDDEN) expect(html).not.toMatch(pattern);
    for (const m of html.matchAll(/<[a-z0-9]+((?:\s+[a-z-]+="[^"]*")*)>/g)) {
      for (const a of m[1]!.matchAll(/\s([a-z-]+)=/g))
        expect(['style', 'href', 'src', 'alt', 'title']).toContain(a[1]);
    }
  });

  it('keeps the text of dropped wrappers and drops the content of dangerous elements', () => {
    const html = renderGolden('raw-html').html;
    expect(html).toContain('居中的文字');
    expect(html).toContain('span 文字');
    expect(html).not.toContain('提交');
    expect(html).not.toContain('SVG 文字');
    expect(html).not.toContain('alert');
  });

  it('unclosed and stray tags cannot swallow or break the rest of the article', () => {
    const html = render(
      '开头 <b>粗体没关\n\n下一段 </em></p></section> 还在。\n\n同段 <script> 之后的文字\n\n最后一段。',
    ).html;
    expect(html).toContain('<strong style="font-weight: bold; color: #1a1a1a">粗体没关</strong></p>');
    expect(html).toContain('下一段  还在。');
    // An unterminated inline <script> is dropped; Markdown text after it is text, not script content.
    expect(html).toContain('同段  之后的文字');
    expect(html).toContain('最后一段。');
  });
});

describe('CJK emphasis: the renderer and format/bold-broken-cjk agree', () => {
  const cases = [
    '**真**。她说',
    '**真。**她说',
    '她说**真的。**',
    '“**重点**”',
    '**“重点”**就好',
    '**重点：**内容',
    '重点：**内容**',
    '词中__下划线__不行',
    '*斜体。*后面',
    '2**3 和 a ** b',
  ];
  it.each(cases)('%s', (snippet) => {
    const html = render(`${snippet}\n`).html;
    const literal = /\*\*|__/.test(html.replace(/<[^>]*>/g, ''));
    const reported = messagesOf(boldBrokenCjk, `${FRONT_MATTER}\n${snippet}\n`).length > 0;
    if (snippet.startsWith('2**3')) expect([literal, reported]).toEqual([true, false]);
    else expect(literal).toBe(reported);
  });
});

describe('code blocks', () => {
  it('keep indentation, tabs and blank lines without relying on CSS white-space', () => {
    const html = render('```\n\tif (x) {\n\n        y();\n\t}\n```').html;
    const code = /<code[^>]*>(.*)<\/code>/.exec(html)![1]!;
    expect(code).toBe(
      `${'&nbsp;'.repeat(4)}if&nbsp;(x)&nbsp;{<br><br>${'&nbsp;'.repeat(8)}y();<br>${'&nbsp;'.repeat(4)}}`,
    );
  });

  it('colour tokens with the theme and leave unknown languages plain', () => {
    const known = render('```ts\nconst n = 1; // c\n```').html;
    expect(known).toContain('<span style="color: #d73a49">const</span>');
    expect(known).toContain('<span style="color: #005cc5">1</span>');
    expect(known).toContain('<span style="color: #6a737d; font-style: italic">//&nbsp;c</span>');
    expect(render('```brainfuck\nconst n = 1;\n```').html).not.toContain('<span');
  });
});

describe('output', () => {
  it('is one styled <section> with every style inline', () => {
    const html = renderGolden('headings').html;
    expect(html).toMatch(/^<section style="font-family: [^"]+">.*<\/section>$/s);
    expect(html).toContain(
      '<h2 style="margin: 1.6em 0 0.8em; padding-left: 10px; border-left: 4px solid #07c160;',
    );
  });
});

function renderGoldenSource(name: string): string {
  return readFileSync(join(GOLDEN_DIR, `${name}.md`), 'utf8');
}

function catchError(f: () => unknown): RenderError {
  try {
    f();
  } catch (error) {
    return error as RenderError;
  }
  throw new Error('expected an error');
}
