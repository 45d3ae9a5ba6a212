import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/article.js';

/** Where each occurrence of `needle` in the article's prose starts, as `line:column` of the source. */
function placesOf(markdown: string, needle: string): string[] {
  const article = parseArticle('content/group/2026-11-25-x/index.md', markdown, {
    timeZone: 'Asia/Shanghai',
  });
  const places: string[] = [];
  for (const segment of article.segments) {
    for (let i = segment.text.indexOf(needle); i !== -1; i = segment.text.indexOf(needle, i + 1)) {
      const p = article.lines.point(segment.offsets[i]!);
      places.push(`${segment.kind}@${p.line}:${p.column}`);
    }
  }
  return places.sort();
}

describe('prose segments map back to exact source positions', () => {
  it('finds text on the second line of a block quote (not at the > marker)', () => {
    expect(placesOf('> 第一行\n> 第二行有目标词\n', '目标词')).toEqual(['paragraph@2:7']);
  });

  it('finds text on a list continuation line (not at the indentation)', () => {
    expect(placesOf('- 列表项\n  续行有目标词\n', '目标词')).toEqual(['paragraph@2:6']);
  });

  it('is not shifted by backslash escapes', () => {
    expect(placesOf('转义 \\* 后目标词\n', '目标词')).toEqual(['paragraph@1:8']);
  });

  it('is not shifted by named and numeric character references', () => {
    expect(placesOf('A &amp; B 后目标词，&#x76EE;标词\n', '目标词')).toEqual([
      'paragraph@1:12',
      'paragraph@1:16',
    ]);
  });

  it('keeps table cells, which remark-retext drops', () => {
    expect(placesOf('| 列 | 值 |\n| -- | -- |\n| 行 | 目标词 |\n', '目标词')).toEqual(['tableCell@3:7']);
  });

  it('keeps the text of raw HTML blocks without their tags', () => {
    expect(placesOf('<div class="x">HTML 里的目标词</div>\n', '目标词')).toEqual(['html@1:23']);
  });

  it('keeps image alt text and link titles as their own segments', () => {
    expect(placesOf('![图中目标词](a.png "标题目标词")\n', '目标词')).toEqual([
      'imageAlt@1:5',
      'linkTitle@1:19',
    ]);
  });

  it('joins a word split by emphasis markup, so 目**标**词 is still one word', () => {
    expect(placesOf('前文目**标**词后文\n', '目标词')).toEqual(['paragraph@1:3']);
  });

  it('counts columns in UTF-16 code units after astral characters (emoji)', () => {
    expect(placesOf('😀目标词\n', '目标词')).toEqual(['paragraph@1:3']);
  });

  it('maps front-matter title, digest and author to their YAML lines', () => {
    const md =
      '---\ntitle: 标题含目标词\nauthor: 目标词\ndigest: "摘要目标词"\npublish_at: 2026-11-25T09:00:00+08:00\ncover: c.png\n---\n\n正文\n';
    expect(placesOf(md, '目标词')).toEqual(['author@3:9', 'digest@4:12', 'title@2:11']);
  });

  it('marks inline code and bare URLs as verbatim, fenced code as a code segment', () => {
    const md = '文字 `code 目标词` 和 https://example.com/目标词\n\n```js\nconst a = "目标词";\n```\n';
    const article = parseArticle('x.md', md, { timeZone: 'Asia/Shanghai' });
    const paragraph = article.segments.find((s) => s.kind === 'paragraph')!;
    const verbatimText = paragraph.verbatim.map(([a, b]) => paragraph.text.slice(a, b));
    expect(verbatimText).toEqual(['code 目标词', 'https://example.com/目标词']);
    const code = article.segments.find((s) => s.kind === 'code')!;
    expect(article.lines.point(code.offsets[code.text.indexOf('目标词')]!)).toEqual({ line: 4, column: 12 });
  });
});

describe('verbatim and non-prose parts', () => {
  it('records the text of links (not autolinks), so rules can tell a referenced title from a claim', () => {
    const article = parseArticle(
      'x.md',
      '延伸阅读：[年度**最佳**开源项目](https://example.com/a)，见 https://example.com/b 。\n',
      { timeZone: 'Asia/Shanghai' },
    );
    const p = article.segments[0]!;
    expect(p.links.map(([a, b]) => p.text.slice(a, b))).toEqual(['年度最佳开源项目']);
  });

  it('marks e-mail and www autolinks as verbatim', () => {
    const article = parseArticle('x.md', '联系 hr@example.com 或访问 www.example.com 了解\n', {
      timeZone: 'Asia/Shanghai',
    });
    const p = article.segments[0]!;
    expect(p.verbatim.map(([a, b]) => p.text.slice(a, b))).toEqual(['hr@example.com', 'www.example.com']);
  });

  it('drops script and style bodies from HTML text', () => {
    const article = parseArticle(
      'x.md',
      '<div>可见<script>var 隐藏 = 1;</script><style>.a{}</style>文字</div>\n',
      {
        timeZone: 'Asia/Shanghai',
      },
    );
    expect(article.segments.map((s) => s.text)).toEqual(['可见文字']);
  });
});
