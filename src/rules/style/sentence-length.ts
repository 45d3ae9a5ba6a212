import { maskRuns } from '../../article/masks.js';
import { READER_PROSE } from '../../article/prose.js';
import { readingLength, verbatimMask } from '../../text/charsets.js';
import { defineRule, spanOf } from '../types.js';

const FULL_STOPS = '。！？；…';
const HALF_STOPS = '!?;.';
/** Closing quotes and brackets after a stop belong to the sentence they close: 他说：“好。” */
const CLOSERS = '”’"\'）)]」』》〉】〕';
/** Where a sentence may end: a line break or one of FULL_STOPS and HALF_STOPS. */
const BREAK = /[\n。！？；…!?;.]/g;

/**
 * Splits `text` into sentences [start, end): at 。！？；… and at !?;. used as stops (not inside 3.14, Node.js or
 * a URL), and at line breaks (a hard break, or a soft one: Chinese prose is not hard-wrapped mid-sentence).
 */
function sentences(text: string, mask: Uint8Array): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  const isStop = (i: number) => {
    const c = text[i]!;
    if (mask[i] === 1) return false;
    if (FULL_STOPS.includes(c)) return true;
    if (!HALF_STOPS.includes(c)) return false;
    // A half-width mark stops a sentence only when what follows is not part of the same word (v1.2, a;b).
    const next = text[i + 1];
    return next === undefined || !/[A-Za-z0-9]/.test(next);
  };
  // A search, not a test of every character: most of them are neither a break nor a stop.
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text); m !== null; m = BREAK.exec(text)) {
    const i = m.index;
    if (text[i] === '\n') {
      out.push([start, i]);
      start = i + 1;
      continue;
    }
    if (!isStop(i)) continue;
    let end = i + 1;
    while (end < text.length && (isStop(end) || CLOSERS.includes(text[end]!))) end++;
    out.push([start, end]);
    start = end;
    BREAK.lastIndex = end;
  }
  out.push([start, text.length]);
  return out;
}

function excerpt(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ')];
  return chars.length > 16 ? `${chars.slice(0, 12).join('')}…` : chars.join('');
}

export default defineRule({
  meta: {
    id: 'style/sentence-length',
    description: {
      zh: '句子不宜过长（按汉字计，连续的英文字母或数字算一个词，标点和空格不计；默认上限 80）',
      en: 'Sentences are not too long (Han characters count one each, a Latin word or number counts one, punctuation and spaces nothing; default limit 80)',
    },
    defaultSeverity: 'warning',
    source: '000 四(一)3（避免过于复杂的句子结构）；中文技术文档的写作规范（避免长句）',
    defaults: { max: 80 },
  },
  check(article, { options, report }) {
    for (const segment of article.segments) {
      const { text } = segment;
      // A text, or a sentence, no longer than the limit cannot be over it: every unit counts at most one.
      if (!READER_PROSE.has(segment.kind) || text.length <= options.max) continue;
      const mask = verbatimMask(text, segment.verbatim);
      let verbatim: Array<[number, number]> | undefined; // needed for long sentences only
      for (const [s, e] of sentences(text, mask)) {
        if (e - s <= options.max) continue;
        let start = s;
        let end = e;
        while (start < end && /\s/.test(text[start]!)) start++;
        while (end > start && /\s/.test(text[end - 1]!)) end--;
        verbatim ??= maskRuns(mask);
        const length = readingLength(text, start, end, verbatim);
        if (length <= options.max) continue;
        const quote = excerpt(text.slice(start, end));
        report({
          ...spanOf(article.text, segment, start, end),
          message: {
            zh: `句子过长（${length} 字，上限 ${options.max}）：「${quote}」。请拆成几个短句。`,
            en: `Sentence too long (${length} characters, limit ${options.max}): 「${quote}」. Split it into shorter sentences.`,
          },
          actual: quote,
        });
      }
    }
  },
});
