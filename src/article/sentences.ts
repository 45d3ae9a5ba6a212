import type { Sentence } from 'nlcst';
import type { Segment } from './prose.js';
import { sentenceAt, sentenceRanges } from './zh-nlcst.js';

/**
 * The sentence a rule judges a hit in. A compliance hit means different things in different sentences (全网最低价
 * next to a price is a claim; 世界第一台电子计算机 is history), so rules look at the sentence, its clause and its
 * words. Built lazily per article: most segments never have a hit, and only sentences with one are segmented.
 */
export interface SentenceView {
  segment: Segment;
  /** [start, end) in `segment.text`. */
  start: number;
  end: number;
  text: string;
  /** The sentence as nlcst, its words from the segmenter (computed on first use). */
  readonly node: Sentence;
  /** True when `[from, to)` (segment offsets) starts and ends between two words of the sentence. */
  onWordBoundaries(from: number, to: number): boolean;
  /**
   * [start, end) of the clause (between ，：, the dash and the sentence ends) holding segment offset `index`. The
   * enumeration comma 、 joins parts of one clause (网络赌博、电信网络诈骗等犯罪), so it does not split.
   */
  clauseAt(index: number): [number, number];
}

const HAN = /\p{Script=Han}/u;

const ALNUM = /[A-Za-z0-9]/;

/**
 * True when offset `at` cannot fall inside a word: a sentence edge, or anything but two Han characters or two
 * Latin letters or digits side by side (the segmenter always splits Han from Latin, and at punctuation or space).
 */
function plainEdge(text: string, at: number, start: number, end: number): boolean {
  if (at <= start || at >= end) return true;
  const before = text[at - 1]!;
  const after = text[at]!;
  return !((HAN.test(before) && HAN.test(after)) || (ALNUM.test(before) && ALNUM.test(after)));
}

/** Particles the segmenter may join to the word before them. */
const PARTICLES = new Set(['的', '地', '得', '了', '着', '过', '们', '之']);

/** Splits clauses inside a sentence. */
const CLAUSE_MARKS = new Set(['，', '：', ',', ':', '—']);

export class SentenceIndex {
  private readonly ranges = new Map<Segment, Array<[number, number]>>();
  private readonly views = new Map<Segment, Map<number, SentenceView>>();

  /** The sentence of `segment` that holds offset `index` (the last one when `index` is at the very end). */
  at(segment: Segment, index: number): SentenceView {
    let ranges = this.ranges.get(segment);
    if (!ranges) {
      ranges = sentenceRanges(segment.text);
      if (ranges.length === 0) ranges.push([0, segment.text.length]);
      this.ranges.set(segment, ranges);
    }
    let i = 0;
    while (i < ranges.length - 1 && ranges[i]![1] <= index) i++;
    let cache = this.views.get(segment);
    if (!cache) {
      cache = new Map();
      this.views.set(segment, cache);
    }
    let view = cache.get(i);
    if (!view) {
      const [start, end] = ranges[i]!;
      view = makeView(segment, start, end);
      cache.set(i, view);
    }
    return view;
  }
}

function makeView(segment: Segment, start: number, end: number): SentenceView {
  let node: Sentence | undefined;
  let boundaries: Set<number> | undefined;
  const text = segment.text.slice(start, end);
  const view: SentenceView = {
    segment,
    start,
    end,
    text,
    get node() {
      node ??= sentenceAt(segment.text, start, end);
      return node;
    },
    onWordBoundaries(from, to) {
      // Where neither edge of the span sits between two Han characters (or two Latin letters or digits), the
      // segmenter has nothing to decide: ask it only when it must. Spares ICU's dictionary (~20 ms to load).
      if (plainEdge(segment.text, from, start, end) && plainEdge(segment.text, to, start, end)) return true;
      if (!boundaries) {
        boundaries = new Set([start, end]);
        for (const child of view.node.children) {
          boundaries.add(child.position!.start.offset!);
          boundaries.add(child.position!.end.offset!);
        }
      }
      // ICU keeps a particle with the word before it (最好的, 最佳地): a span ending before one still ends a word.
      return (
        boundaries.has(from) &&
        (boundaries.has(to) || (PARTICLES.has(segment.text[to]!) && boundaries.has(to + 1)))
      );
    },
    clauseAt(index) {
      let from = index;
      while (from > start && !CLAUSE_MARKS.has(segment.text[from - 1]!)) from--;
      let to = index;
      while (to < end && !CLAUSE_MARKS.has(segment.text[to]!)) to++;
      return [from, to];
    },
  };
  return view;
}
