import type {
  Paragraph,
  Punctuation,
  Root,
  Sentence,
  SentenceContent,
  Symbol as SymbolNode,
  WhiteSpace,
  Word,
} from 'nlcst';
import type { Plugin } from 'unified';
import type { Point } from 'unist';

/**
 * Chinese prose as nlcst, the syntax tree of the retext ecosystem: paragraph → sentences → words, punctuation,
 * white space and symbols, every node with its offsets in the text it was parsed from.
 *
 * retext's own parsers are Latin: parse-latin keeps a run of Han characters as one word and does not end sentences
 * at 。！？. Here sentences end at 。！？；, their half-width forms, the ellipsis and line breaks (closing quotes
 * and brackets stay with the sentence they close), and words come from ICU's dictionary segmenter
 * (`Intl.Segmenter('zh')`, built into Node: no dependency, and measured good enough for boundaries — 最|优先,
 * 世界|级别, 国内|第|一批). Segmenting costs far more than splitting sentences, so callers segment only the
 * sentences they need (`sentenceAt`); `parseChinese` segments everything, for the retext processor.
 */

/** Characters that end a sentence. */
const TERMINATORS = new Set(['。', '！', '？', '；', '!', '?', ';', '…', '\n']);
/** Closing marks that belong to the sentence they close: 他说：“好。” ends after ”. */
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '】', '》', '〉', '"', "'"]);

/** [start, end) of every sentence of `text`, terminators and closing marks included, leading blanks excluded. */
export function sentenceRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (!TERMINATORS.has(text[i]!)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && (TERMINATORS.has(text[end]!) || CLOSERS.has(text[end]!))) end++;
    push(ranges, text, start, end);
    start = end;
    i = end;
  }
  push(ranges, text, start, text.length);
  return ranges;
}

function push(ranges: Array<[number, number]>, text: string, start: number, end: number): void {
  let from = start;
  while (from < end && /\s/.test(text[from]!)) from++;
  if (from < end) ranges.push([from, end]);
}

let segmenter: Intl.Segmenter | undefined;

/** The words of `text[start, end)` as nlcst nodes, with offsets in `text`. */
export function sentenceAt(text: string, start: number, end: number, lines = new LinePoints(text)): Sentence {
  // Created on first use: loading ICU's dictionary costs ~40 ms, which an article without candidate hits never pays.
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const children: SentenceContent[] = [];
  for (const part of segmenter.segment(text.slice(start, end))) {
    const from = start + part.index;
    const to = from + part.segment.length;
    const position = { start: lines.point(from), end: lines.point(to) };
    const value = part.segment;
    if (part.isWordLike) {
      children.push({
        type: 'WordNode',
        children: [{ type: 'TextNode', value, position }],
        position,
      } satisfies Word);
    } else if (/^\s+$/.test(value)) {
      children.push({ type: 'WhiteSpaceNode', value, position } satisfies WhiteSpace);
    } else if (/^\p{P}+$/u.test(value)) {
      children.push({ type: 'PunctuationNode', value, position } satisfies Punctuation);
    } else {
      children.push({ type: 'SymbolNode', value, position } satisfies SymbolNode);
    }
  }
  return { type: 'SentenceNode', children, position: { start: lines.point(start), end: lines.point(end) } };
}

/** The whole text as one nlcst paragraph of sentences (every sentence segmented). */
export function parseChinese(text: string): Root {
  const lines = new LinePoints(text);
  const children: Paragraph['children'] = [];
  let at = 0;
  for (const [start, end] of sentenceRanges(text)) {
    if (start > at) children.push(whitespace(text, at, start, lines));
    children.push(sentenceAt(text, start, end, lines));
    at = end;
  }
  if (at < text.length) children.push(whitespace(text, at, text.length, lines));
  const position = { start: lines.point(0), end: lines.point(text.length) };
  return { type: 'RootNode', children: [{ type: 'ParagraphNode', children, position }], position };
}

function whitespace(text: string, start: number, end: number, lines: LinePoints): WhiteSpace {
  return {
    type: 'WhiteSpaceNode',
    value: text.slice(start, end),
    position: { start: lines.point(start), end: lines.point(end) },
  };
}

/** A retext parser plugin: `unified().use(retextChinese).parse(text)` gives the nlcst of Chinese prose. */
export const retextChinese: Plugin<[], string, Root> = function retextChinese() {
  this.parser = (document: string) => parseChinese(document);
};

/** 1-based line and column of an offset, as unist points carry them. */
export class LinePoints {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  point(offset: number): Point {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1, offset };
  }
}
