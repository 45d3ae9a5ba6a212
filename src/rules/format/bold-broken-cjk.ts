import { SegmentBuilder } from '../../article/prose.js';
import { nodeSpan } from '../../article/tree.js';
import { defineRule } from '../types.js';

/**
 * CommonMark only opens emphasis on a left-flanking delimiter run and closes it on a right-flanking one; a run
 * between Chinese punctuation and a Chinese character is neither, so `**真。**她` renders with literal asterisks
 * (commonmark-spec #650). Such runs survive into mdast `text` values. A run counts when every marker character is
 * literal in the source (a backslash escape or character reference is the author's intent) and it touches CJK
 * text or punctuation, so `2**3` or `a ** b` are left alone. Inline code never reaches a `text` node.
 */
export default defineRule({
  meta: {
    id: 'format/bold-broken-cjk',
    description: {
      zh: '紧挨中文标点的 ** 或 __ 不会变成粗体，星号会原样显示',
      en: '** or __ next to Chinese punctuation does not become bold and shows as literal characters',
    },
    defaultSeverity: 'error',
    source: 'CommonMark 强调规则（commonmark-spec #650）',
    defaults: {},
  },
  check(article, { report }) {
    const source = article.text;
    for (const node of article.nodes.ofType('text')) {
      if (!/\*\*|__/.test(node.value)) continue;
      const span = nodeSpan(node);
      if (!span) continue;
      const b = new SegmentBuilder();
      b.appendAligned(node.value, source, span.start, span.end);
      const { offsets } = b.build('paragraph', false, span.end);
      const runs = literalRuns(node.value, offsets, source);

      for (let i = 0; i < runs.length; i++) {
        const open = runs[i]!;
        const close = runs[i + 1];
        if (close && close.char === open.char) {
          i++;
          if (!touchesCjk(source, open) && !touchesCjk(source, close)) continue;
          report(pairReport(source, open, close));
        } else if (touchesCjk(source, open)) {
          report(loneReport(source, open));
        }
      }
    }
  },
});

interface Run {
  char: '*' | '_';
  /** Source offsets of the run, end exclusive. */
  start: number;
  end: number;
}

/** Maximal runs of two or more `*` or `_` whose every character is written literally in the source. */
function literalRuns(value: string, offsets: Int32Array, source: string): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < value.length) {
    const ch = value[i]!;
    if ((ch !== '*' && ch !== '_') || source[offsets[i]!] !== ch) {
      i++;
      continue;
    }
    let j = i + 1;
    while (
      j < value.length &&
      value[j] === ch &&
      source[offsets[j]!] === ch &&
      offsets[j] === offsets[j - 1]! + 1
    )
      j++;
    if (j - i >= 2) runs.push({ char: ch, start: offsets[i]!, end: offsets[j - 1]! + 1 });
    i = j;
  }
  return runs;
}

const CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef“”‘’—…·]/u;
const MOVABLE_LEAD = /^[\p{P}\p{S}\s]+/u;
const MOVABLE_TRAIL = /[\p{P}\p{S}\s]+$/u;

function touchesCjk(source: string, run: Run): boolean {
  const before = source.slice(Math.max(0, run.start - 2), run.start);
  const previous = /[\udc00-\udfff]$/.test(before) && before.length === 2 ? before : before.slice(-1);
  const next = String.fromCodePoint(source.codePointAt(run.end) ?? 32);
  return CJK.test(previous) || CJK.test(next);
}

function pairReport(source: string, open: Run, close: Run) {
  const written = source.slice(open.start, close.end);
  const marker = source.slice(open.start, open.end);
  const inner = source.slice(open.end, close.start);
  const lead = MOVABLE_LEAD.exec(inner)?.[0] ?? '';
  const trail = inner.length > lead.length ? (MOVABLE_TRAIL.exec(inner)?.[0] ?? '') : '';
  const core = inner.slice(lead.length, inner.length - trail.length);
  const openMarker = '*'.repeat(open.end - open.start);
  const closeMarker = '*'.repeat(close.end - close.start);
  const fixed = `${lead}${openMarker}${core}${closeMarker}${trail}`;
  const base = { start: open.start, end: close.end };
  if (core === '' || fixed === written) {
    return {
      ...base,
      message: {
        zh: `${zhQuote(written)}没有变成粗体，读者会看到原样的 ${marker}。请把粗体标记紧贴文字，放在标点外侧。`,
        en: `"${written}" does not become bold; readers see the ${marker} characters. Put the markers right against the words, outside any punctuation.`,
      },
    };
  }
  if (lead === '' && trail === '') {
    return {
      ...base,
      message: {
        zh: `${zhQuote(written)}没有变成粗体，读者会看到原样的 ${marker}：中文词语中间的 ${marker} 不能作为粗体标记。请改用星号，写成${zhQuote(fixed)}。`,
        en: `"${written}" does not become bold; readers see the ${marker} characters: ${marker} inside a run of Chinese text cannot mark bold. Use asterisks: "${fixed}".`,
      },
    };
  }
  const punctuation = /[\p{P}\p{S}]/u.test(lead + trail);
  return {
    ...base,
    message: punctuation
      ? {
          zh: `${zhQuote(written)}没有变成粗体，读者会看到原样的 ${marker}：按 CommonMark 规则，紧挨中文标点的粗体标记无法配对。请把标记移到标点外侧，写成${zhQuote(fixed)}。`,
          en: `"${written}" does not become bold; readers see the ${marker} characters: CommonMark cannot pair bold markers that touch Chinese punctuation. Move the markers outside the punctuation: "${fixed}".`,
        }
      : {
          zh: `${zhQuote(written)}没有变成粗体，读者会看到原样的 ${marker}：粗体标记内侧不能紧挨空格。请把空格移到标记外侧，写成${zhQuote(fixed.trim())}。`,
          en: `"${written}" does not become bold; readers see the ${marker} characters: bold markers cannot have a space on their inner side. Move the space outside: "${fixed.trim()}".`,
        },
  };
}

/** 「…」, or 『…』 when the text itself contains 「」 (so 「「**引用**」」 reads as 『「**引用**」』). */
function zhQuote(text: string): string {
  return /[「」]/.test(text) ? `『${text}』` : `「${text}」`;
}

function loneReport(source: string, run: Run) {
  const lineStart = source.lastIndexOf('\n', run.start - 1) + 1;
  const lineEnd = source.indexOf('\n', run.end);
  const from = Math.max(lineStart, run.start - 4);
  const to = Math.min(lineEnd === -1 ? source.length : lineEnd, run.end + 4);
  const context = source.slice(from, to);
  const marker = source.slice(run.start, run.end);
  return {
    start: run.start,
    end: run.end,
    message: {
      zh: `${zhQuote(context)}中的 ${marker} 没有配对，会原样显示。请删除它，或补全另一半粗体标记，并把标记放在标点外侧（如「**真**。」而不是「**真。**」）。`,
      en: `The ${marker} in "${context}" has no partner and shows as literal characters. Delete it, or add the other marker and keep both outside punctuation ("**真**。" rather than "**真。**").`,
    },
  };
}
