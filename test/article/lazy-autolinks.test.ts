import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/article.js';
import { remarkLazyAutolinks } from '../../src/article/lazy-autolinks.js';
import { ROOT } from '../support/bundle.js';

const plain = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
const lazy = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkLazyAutolinks);

function sameTree(text: string): void {
  expect(lazy.parse(text), JSON.stringify(text)).toEqual(plain.parse(text));
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => join(e.parentPath, e.name));
}

describe('remarkLazyAutolinks', () => {
  it('still turns literal addresses in text into links', () => {
    const cases: Array<[string, string]> = [
      ['详见 www.example.cn 。', 'http://www.example.cn'],
      ['详见 https://example.cn/a?b=1 。', 'https://example.cn/a?b=1'],
      ['详见 HTTP://EXAMPLE.CN 。', 'HTTP://EXAMPLE.CN'],
      ['来信 hr@example.cn 。', 'mailto:hr@example.cn'],
      ['来信 mailto:hr@example.cn 。', 'mailto:hr@example.cn'],
      // A character reference decodes to the trigger only in the tree, not in the source.
      ['来信 hr&#64;example.cn 。', 'mailto:hr@example.cn'],
      ['详见 &#x77;ww.example.cn 。', 'http://www.example.cn'],
    ];
    for (const [text, url] of cases) {
      const tree = parseArticle('index.md', text, { timeZone: 'Asia/Shanghai' }).tree;
      expect(JSON.stringify(tree), text).toContain(`"url":${JSON.stringify(url)}`);
      sameTree(text);
    }
  });

  it('gives the same tree as remark-gfm alone on tricky text', () => {
    const cases = [
      '',
      '纯中文段落，没有任何地址。',
      '[官网](https://example.cn) 与 [邮箱](mailto:a@b.cn)：地址只在链接目标里。',
      '[www.example.cn](https://example.cn) 链接文字里的地址不再成为链接。',
      '<https://example.cn> 尖括号自动链接。',
      '`https://example.cn` 代码里的地址。\n\n```\nwww.example.cn\n```',
      '![图 www.example.cn](a.png "标题 hr@example.cn")',
      '| 列 | 地址 |\n| --- | --- |\n| 1 | www.example.cn |',
      '- 列表 https://example.cn/路径\n  - 嵌套 a.b@c.cn',
      '> 引用 www.example.cn\n> 第二行',
      '脚注[^1]\n\n[^1]: 见 https://example.cn',
      '---\ntitle: "www.example.cn"\n---\n\n正文。',
      '联系 xmpp:hr@example.cn/资源 。',
      '@某人 你好 @ 不是邮箱 a@b 也不是',
      'wwwexample.cn 和 www 以及 http:/ 都不是。',
      '**粗体https://example.cn**后文',
      '价格 5&#64;元 &amp; 其他',
    ];
    for (const text of cases) sameTree(text);
  });

  it('gives the same tree as remark-gfm alone on every sample and example article', () => {
    const files = [...markdownFiles(join(ROOT, 'content')), ...markdownFiles(join(ROOT, 'examples'))];
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) sameTree(readFileSync(file, 'utf8'));
  });

  it('gives the same tree as remark-gfm alone on generated text', () => {
    // Short random strings over the characters the autolink expressions look at, with a fixed seed.
    const pieces = [
      'www',
      '.',
      'http',
      's',
      '://',
      '@',
      'mailto:',
      'xmpp:',
      'a',
      'cn',
      '中文',
      ' ',
      '\n',
      '[',
      '](',
      ')',
      '<',
      '>',
      '`',
      '&#64;',
      '&#x2E;',
      '_',
      '-',
      '/',
      '*',
    ];
    let seed = 20261122;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let i = 0; i < 400; i++) {
      let text = '';
      const length = 1 + Math.floor(random() * 20);
      for (let j = 0; j < length; j++) text += pieces[Math.floor(random() * pieces.length)];
      sameTree(text);
    }
  });

  it('refuses to be used without remark-gfm, where it would do nothing', () => {
    expect(() => unified().use(remarkParse).use(remarkLazyAutolinks).parse('文字')).toThrow(
      /after remark-gfm/,
    );
  });
});
