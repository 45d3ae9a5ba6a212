import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkWxgateSyntax } from '../../src/article/syntax.js';
import { ROOT } from '../support/bundle.js';

/** What wxgate parsed with before: the remark plugins, serialisers and all. */
const remark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
const wxgate = unified().use(remarkParse).use(remarkWxgateSyntax);

const CONSTRUCTS = [
  '---\ntitle: 标题\n---\n\n正文',
  '| 甲 | 乙 |\n| :-- | --: |\n| 1 | 2 |\n',
  '- [x] 完成\n- [ ] 未完成\n',
  '~~删除~~ 和 ~单波浪~\n',
  '脚注[^1]。\n\n[^1]: 说明。\n',
  '见 www.example.cn 和 https://example.cn/a?b=1，来信 hr@example.cn。\n',
  '<div>\n<script>x</script>\n</div>\n',
  '> 引用\n> - 列表\n>   继续\n',
  '```js\nconst a = "**不是粗体**";\n```\n',
  '**真。**她说 \\* &amp; &#x4E2D;\n',
];

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => join(e.parentPath, e.name));
}

describe('remarkWxgateSyntax parses exactly as remark-frontmatter and remark-gfm do', () => {
  it.each(CONSTRUCTS)('%j', (text) => {
    expect(wxgate.parse(text)).toEqual(remark.parse(text));
  });

  it('on every sample and example article, and this repository’s documentation', () => {
    const files = [
      ...markdownFiles(join(ROOT, 'content')),
      ...markdownFiles(join(ROOT, 'examples')),
      join(ROOT, 'README.md'),
      join(ROOT, 'docs/rules.md'),
    ];
    expect(files.length).toBeGreaterThan(8);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(wxgate.parse(text), file).toEqual(remark.parse(text));
    }
  });
});
