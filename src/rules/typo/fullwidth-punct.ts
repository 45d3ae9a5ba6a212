import { READER_PROSE, type Segment } from '../../article/prose.js';
import { codePointBefore, isHanAt, isHanBefore, verbatimMask } from '../../text/charsets.js';
import { allOrNothing, replaceLiteral } from '../fixes.js';
import { defineRule, type Edit, type Report, spanOf } from '../types.js';

const FULL: Record<string, string> = {
  ',': '，',
  '.': '。',
  ';': '；',
  ':': '：',
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）',
};

const ASCII_ALNUM = /[A-Za-z0-9]/;
/** Closing marks a Chinese clause may end with before its punctuation: 「中文」, “中文”, （注）. */
const CLOSERS = '”’"\'）)]」』》〉】〕';
const OPENERS = '“‘"\'（([「『《〈【〔';
/** Full-width punctuation: next to it, a half-width mark is in Chinese context too (`。,`). */
const FULLWIDTH_PUNCT = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u2014\u2026]/;
/** The marks this rule converts: a segment without one has nothing to report. */
const HALF_WIDTH = /[,.;:!?()]/;
/** :) ;-) :D at the end of a clause: emoticons, not a colon and a bracket. */
const EMOTICON = /[:;]-?[()DP](?=$|[\s，。！？,.!?])/g;

/** Whether the text just before `end` is Chinese, looking through up to three closing quotes or brackets. */
function chineseBefore(text: string, end: number): boolean {
  let at = end;
  for (let k = 0; k < 3 && at > 0 && CLOSERS.includes(text[at - 1]!); k++) at--;
  return at > 0 && (isHanBefore(text, at) || FULLWIDTH_PUNCT.test(text[at - 1]!));
}

/** Whether the text from `start` is Chinese, looking through up to three opening quotes or brackets. */
function chineseAfter(text: string, start: number): boolean {
  let at = start;
  for (let k = 0; k < 3 && at < text.length && OPENERS.includes(text[at]!); k++) at++;
  return isHanAt(text, at);
}

/** One character of context on each side (not whitespace), so the quote can be found in the line. */
function context(text: string, start: number, end: number): { head: string; tail: string } {
  const before = codePointBefore(text, start);
  const head = before && !/\s/.test(String.fromCodePoint(before.cp)) ? text.slice(before.start, start) : '';
  const cp = text.codePointAt(end);
  const tail = cp !== undefined && !/\s/.test(String.fromCodePoint(cp)) ? String.fromCodePoint(cp) : '';
  return { head, tail };
}

/**
 * The edits that make a reported run full-width: a bracket pair changes its two ends only; a run of marks changes
 * each mark and drops the spaces typed around it (a full-width mark carries its own space: 「中文， 英文」 is wrong),
 * except at either end of a line, where spaces are indentation or a Markdown line break. No fix touches a mark
 * touching a bare URL: `(https://a.cn)` is a link, but GFM links no URL after `（` and takes a `）` after it
 * into the URL.
 */
function fixOf(source: string, segment: Segment, start: number, end: number): Edit[] | undefined {
  const { text } = segment;
  const full = (at: number) =>
    touchesUrl(text, at) ? undefined : replaceLiteral(source, segment, at, at + 1, FULL[text[at]!]!);
  if (end - start > 2 && text[start] === '(') return allOrNothing([full(start), full(end - 1)]);
  if (touchesUrl(text, start) || touchesUrl(text, end - 1)) return undefined;
  // Spaces next to a URL stay: they are what ends or starts its link.
  let after = end;
  while (text[after] === ' ' || text[after] === '\t') after++;
  if (after === text.length || text[after] === '\n' || touchesUrl(text, after - 1)) after = end;
  let before = start;
  while (text[before - 1] === ' ' || text[before - 1] === '\t') before--;
  if (before === 0 || text[before - 1] === '\n' || touchesUrl(text, before)) before = start;
  const run = [...text.slice(start, end)].map((ch) => FULL[ch] ?? ch).join('');
  return allOrNothing([replaceLiteral(source, segment, before, after, run)]);
}

const URL_START = /^(?:(?:https?|ftp):\/\/|www\.)/i;
const URL_INSIDE = /(?:https?|ftp):\/\/|www\./i;

/** Whether the mark at `at` ends a run of URL characters that holds a URL, or starts one. */
function touchesUrl(text: string, at: number): boolean {
  const before = /[\x21-\x7e]*$/.exec(text.slice(Math.max(0, at - 2048), at))![0];
  const after = /^[\x21-\x7e]*/.exec(text.slice(at + 1, at + 2049))![0];
  return URL_INSIDE.test(before) || URL_START.test(after);
}

function message(before: string, after: string): Report['message'] {
  return {
    zh: `中文里应使用全角标点：「${before}」应写作「${after}」。`,
    en: `Use full-width punctuation in Chinese text: write 「${after}」 instead of 「${before}」.`,
  };
}

/** `,.;:!?` in Chinese context. Returns nothing for decimals, times, file names, URLs and English sentences. */
function checkMarks(text: string, mask: Uint8Array, emit: (start: number, end: number) => void): void {
  for (let i = 0; i < text.length; i++) {
    // Every mark is below '@': one comparison passes over Chinese text without making a string per character.
    if (text.charCodeAt(i) >= 0x40) continue;
    const c = text[i]!;
    if (!',.;:!?'.includes(c) || mask[i] === 1) continue;
    // A run: `?!`, `!!`, `...` belong together.
    let end = i + 1;
    const group = c === '!' || c === '?' ? '!?' : c;
    while (end < text.length && group.includes(text[end]!) && mask[end] === 0) end++;
    const start = i;
    i = end - 1;
    // Only a mark with Chinese right beside it is reported, so 3.14, 10:30, 1,000, 1.第一项, a;b, http:// and
    // English sentences never are.
    if (c === '.') {
      // `...` is an ellipsis (another rule); `说明.md` is a file name; 「OK.我们」 may be an abbreviation (e.g.).
      if (end - start === 1 && !ASCII_ALNUM.test(text[end] ?? '') && chineseBefore(text, start))
        emit(start, end);
      continue;
    }
    if (chineseBefore(text, start) || chineseAfter(text, end)) emit(start, end);
  }
}

/** `( )` pairs (and strays) in Chinese context: Chinese inside, or Chinese right outside. */
function checkParens(text: string, mask: Uint8Array, emit: (start: number, end: number) => void): void {
  const open: number[] = [];
  const pairs: Array<[number, number]> = [];
  const strays: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (mask[i] === 1) continue;
    const c = text.charCodeAt(i);
    if (c === 0x28 /* ( */) open.push(i);
    else if (c === 0x29 /* ) */) {
      const o = open.pop();
      if (o === undefined) strays.push(i);
      else pairs.push([o, i]);
    }
  }
  strays.push(...open);
  for (const [o, c] of pairs) {
    let hanInside = false;
    for (let k = o + 1; k < c && !hanInside; k++) hanInside = mask[k] === 0 && isHanAt(text, k);
    // f(x), MySQL(5.7): a call or a version right after a Latin word, unless the content is Chinese.
    if (!hanInside && /[A-Za-z0-9_]/.test(text[o - 1] ?? '')) continue;
    if (hanInside || isHanBefore(text, o) || isHanAt(text, c + 1)) emit(o, c + 1);
  }
  for (const s of strays) {
    if (isHanBefore(text, s) || isHanAt(text, s + 1)) emit(s, s + 1);
  }
}

export default defineRule({
  meta: {
    id: 'typo/fullwidth-punct',
    description: {
      zh: '中文语境使用全角标点 ，。；：！？（），不用半角 ,.;:!?()',
      en: 'Chinese text uses full-width punctuation ，。；：！？（） rather than half-width ,.;:!?()',
    },
    defaultSeverity: 'warning',
    source: 'GB/T 15834-2011《标点符号用法》；中文文案排版指北：使用全角中文标点',
    defaults: {},
    fixable: true,
  },
  check(article, { report }) {
    const emitFor = (segment: Segment) => (start: number, end: number) => {
      const { text } = segment;
      const { head, tail } = context(text, start, end);
      const run = text.slice(start, end);
      let shown = run;
      let fixed = [...run].map((ch) => FULL[ch] ?? ch).join('');
      if (run.length > 2 && run.startsWith('(')) {
        // A parenthetical: quote its ends only when it is long.
        const inner = run.slice(1, -1);
        const short = [...inner].length > 16 ? `${[...inner].slice(0, 12).join('')}…` : inner;
        shown = `(${short}${run.endsWith(')') ? ')' : ''}`;
        fixed = `（${short}${run.endsWith(')') ? '）' : ''}`;
      }
      report({
        ...spanOf(article.text, segment, start, end),
        message: message(`${head}${shown}${tail}`, `${head}${fixed}${tail}`),
        fix: fixOf(article.text, segment, start, end),
      });
    };
    for (const segment of article.segments) {
      if (!READER_PROSE.has(segment.kind) || !HALF_WIDTH.test(segment.text)) continue;
      const mask = verbatimMask(segment.text, segment.verbatim).slice();
      for (const m of segment.text.matchAll(EMOTICON)) mask.fill(1, m.index, m.index + m[0].length);
      const emit = emitFor(segment);
      checkMarks(segment.text, mask, emit);
      checkParens(segment.text, mask, emit);
    }
  },
});
