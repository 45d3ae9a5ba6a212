import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/article.js';
import { nodeSpan, walk } from '../../src/article/tree.js';

const parse = (text: string) => parseArticle('index.md', text, { timeZone: 'Asia/Shanghai' });

describe('walk', () => {
  it('visits every node, each parent before its children, in document order', () => {
    const types: string[] = [];
    walk(parse('# 标题\n\n> 引用**粗体**\n\n- ![图](a.png)\n').tree, (node) => types.push(node.type));
    expect(types).toEqual([
      'root',
      'heading',
      'text',
      'blockquote',
      'paragraph',
      'text',
      'strong',
      'text',
      'list',
      'listItem',
      'paragraph',
      'image',
    ]);
  });
});

describe('nodeSpan', () => {
  it('gives the source offsets of a parsed node', () => {
    const text = '正文 [链接](https://a.cn) 结束\n';
    const found: Nodes[] = [];
    walk(parse(text).tree, (node) => {
      if (node.type === 'link') found.push(node);
    });
    const span = nodeSpan(found[0]!);
    expect(span).toEqual({ start: 3, end: 21 });
    expect(text.slice(span!.start, span!.end)).toBe('[链接](https://a.cn)');
  });

  it('is undefined for a node without a position', () => {
    expect(nodeSpan({ type: 'text', value: '生成的' })).toBeUndefined();
  });
});

describe('NodeIndex', () => {
  it('lists the nodes of the asked kinds in document order, nested ones included, and the same list again', () => {
    const article = parse(
      '# 一\n\n> [链接](https://a.cn) <b>x</b>\n\n- ![图](a.png)\n\n## 二\n\n[ref]: https://r.cn\n',
    );
    const kinds = article.nodes.ofType('link', 'image', 'html', 'heading');
    expect(kinds.map((n) => n.type)).toEqual(['heading', 'link', 'html', 'html', 'image', 'heading']);
    expect(article.nodes.ofType('definition').map((n) => n.url)).toEqual(['https://r.cn']);
    expect(article.nodes.ofType('heading')).toBe(article.nodes.ofType('heading'));
  });
});
