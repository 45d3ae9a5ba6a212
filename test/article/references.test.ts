import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/article.js';
import { definitionUrls, linkTargets } from '../../src/article/references.js';

const parse = (text: string) => parseArticle('index.md', text, { timeZone: 'Asia/Shanghai' });

/** Each target as its URL and the source text its span covers. */
const written = (text: string, kind: 'link' | 'image') =>
  linkTargets(parse(text), kind).map(({ url, start, end }) => [url, text.slice(start, end)]);

const ARTICLE = [
  '见[官网](https://a.cn)和<https://b.cn>，![图](a.png)',
  '',
  '[参考][Ref]、[无定义][none]、![标志][logo]',
  '',
  '<p><a name="top"></a><a href="c.html">C</a><img src=\'d.png\'><img alt="无地址"></p>',
  '',
  '[ref]: https://ref.cn',
  '[logo]: logo.png',
  '',
].join('\n');

describe('definitionUrls', () => {
  it('maps each definition’s normalised identifier to its URL', () => {
    expect(definitionUrls(parse(ARTICLE))).toEqual(
      new Map([
        ['ref', 'https://ref.cn'],
        ['logo', 'logo.png'],
      ]),
    );
  });
});

describe('linkTargets', () => {
  it('lists links, defined reference links and <a href> tags in document order', () => {
    expect(written(ARTICLE, 'link')).toEqual([
      ['https://a.cn', '[官网](https://a.cn)'],
      ['https://b.cn', '<https://b.cn>'],
      ['https://ref.cn', '[参考][Ref]'],
      ['c.html', '<a href="c.html">'],
    ]);
  });

  it('lists images, defined reference images and <img src> tags in document order', () => {
    expect(written(ARTICLE, 'image')).toEqual([
      ['a.png', '![图](a.png)'],
      ['logo.png', '![标志][logo]'],
      ['d.png', "<img src='d.png'>"],
    ]);
  });

  it('spans a tag inside a block quote by where the source writes it', () => {
    expect(written('> 前文\n>\n> <img src="q.png" alt="图">\n', 'image')).toEqual([
      ['q.png', '<img src="q.png" alt="图">'],
    ]);
  });
});

describe('duplicate reference definitions', () => {
  it('uses the first definition of an identifier, as CommonMark renders it', () => {
    const article = parseArticle(
      'x.md',
      '[链接][a]\n\n[a]: https://first.example\n[a]: https://second.example\n',
      {
        timeZone: 'Asia/Shanghai',
      },
    );
    expect(definitionUrls(article).get('a')).toBe('https://first.example');
  });
});
