import type { Paragraph, Sentence } from 'nlcst';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/article.js';
import { parseChinese, retextChinese, sentenceAt, sentenceRanges } from '../../src/article/zh-nlcst.js';

const slices = (text: string) => sentenceRanges(text).map(([s, e]) => text.slice(s, e));
const words = (sentence: Sentence) =>
  sentence.children
    .filter((c) => c.type === 'WordNode')
    .map((w) => (w.children[0] as { value: string }).value);

describe('Chinese sentences', () => {
  it('end at 。！？；, their half-width forms, the ellipsis and line breaks; closing quotes stay inside', () => {
    expect(slices('他说：“好。”我们走吧！真的？好的; 然后……再见\n下一行')).toEqual([
      '他说：“好。”',
      '我们走吧！',
      '真的？',
      '好的;',
      '然后……',
      '再见\n',
      '下一行',
    ]);
  });

  it('skip leading blanks and give an empty text no sentence', () => {
    expect(sentenceRanges('  。')).toEqual([[2, 3]]);
    expect(sentenceRanges('')).toEqual([]);
  });
});

describe('Chinese words', () => {
  it('come from the segmenter, so a term inside a longer word is not a word run', () => {
    const text = '系统会最优先处理。本店商品最优惠。求解最优路径。';
    const [first, second, third] = sentenceRanges(text).map(([s, e]) => sentenceAt(text, s, e));
    expect(words(first!)).toContain('优先');
    expect(words(second!)).toContain('优惠');
    expect(words(third!)).toContain('最优');
  });

  it('carry exact offsets, lines and columns in the parsed text', () => {
    const text = '第一行。\n全网最低价！';
    const sentence = sentenceAt(text, 5, text.length);
    const last = sentence.children.at(-1)!;
    expect(last).toMatchObject({ type: 'PunctuationNode', value: '！' });
    expect(last.position).toEqual({
      start: { line: 2, column: 6, offset: 10 },
      end: { line: 2, column: 7, offset: 11 },
    });
    for (const child of sentence.children) {
      const { start, end } = child.position!;
      const value = child.type === 'WordNode' ? (child.children[0] as { value: string }).value : child.value;
      expect(text.slice(start.offset, end.offset)).toBe(value);
    }
  });
});

describe('retextChinese', () => {
  it('is a unified parser plugin: paragraph → sentences → words, white space kept between sentences', () => {
    const tree = unified().use(retextChinese).parse('今天天气很好。 我们去公园！');
    expect(tree.type).toBe('RootNode');
    const paragraph = tree.children[0] as Paragraph;
    expect(paragraph.type).toBe('ParagraphNode');
    expect(paragraph.children.map((c) => c.type)).toEqual(['SentenceNode', 'WhiteSpaceNode', 'SentenceNode']);
    expect(parseChinese('')).toMatchObject({ type: 'RootNode', children: [{ children: [] }] });
  });
});

describe('the sentence view of an article', () => {
  const article = parseArticle(
    'content/group/2026-11-25-a/index.md',
    '> 世界第一台计算机。我们的产品全网最低价，限时抢购！\n',
    { timeZone: 'Asia/Shanghai' },
  );
  const segment = article.segments[0]!;

  it('finds the sentence and clause around an offset, inside a block quote', () => {
    const at = segment.text.indexOf('全网');
    const view = article.sentences.at(segment, at);
    expect(view.text).toBe('我们的产品全网最低价，限时抢购！');
    const [from, to] = view.clauseAt(at);
    expect(segment.text.slice(from, to)).toBe('我们的产品全网最低价');
    expect(article.sentences.at(segment, at)).toBe(view);
  });

  it('tells whether a span starts and ends between words', () => {
    const view = article.sentences.at(segment, 0);
    const at = segment.text.indexOf('第一');
    expect(view.onWordBoundaries(at - 2, at + 2)).toBe(true);
    expect(view.onWordBoundaries(at + 1, at + 3)).toBe(false);
  });
});
