import { READER_PROSE } from '../../article/prose.js';
import { verbatimMask } from '../../text/charsets.js';
import { allOrNothing, replaceLiteral } from '../fixes.js';
import { defineRule, type Report, spanOf } from '../types.js';

/**
 * Two or more 点号 in a row. …… and —— are single marks written as two characters (GB/T 15834 4.11, 4.9) and are
 * not in this set, so they never match.
 */
const RUN = /[，。！？、；：]{2,}/g;

/** What to write instead (`mark`, the fix) and how to say so. */
function verdict(run: string): { zh: string; en: string; mark: string } | undefined {
  const chars = [...run];
  // 。。。 is someone typing an ellipsis.
  if (chars.length >= 3 && chars.every((c) => c === '。')) {
    return { zh: '省略号应写作「……」', en: 'an ellipsis is written 「……」', mark: '……' };
  }
  if (chars.every((c) => c === '！' || c === '？')) {
    // 「？！」 once is how GB/T 15834 writes a strong question (4.3.3); anything more is repetition.
    if (run === '？！' || run === '！？') return undefined;
    const mixed = chars.includes('！') && chars.includes('？');
    const expected = mixed ? '？！' : chars[0]!;
    return { zh: `只用一个「${expected}」`, en: `use a single 「${expected}」`, mark: expected };
  }
  if (chars.every((c) => c === chars[0])) {
    return { zh: `只用一个「${chars[0]}」`, en: `use a single 「${chars[0]}」`, mark: chars[0]! };
  }
  // Mixed marks (，。 or ！。): one of them is a leftover. Keep the strongest: ？ and ！ say more than 。, and 。
  // ends what ，；： continue.
  const keep = chars.includes('？')
    ? '？'
    : chars.includes('！')
      ? '！'
      : chars.includes('。')
        ? '。'
        : chars.at(-1)!;
  return { zh: `只保留一个标点（如「${keep}」）`, en: `keep one mark (e.g. 「${keep}」)`, mark: keep };
}

export default defineRule({
  meta: {
    id: 'typo/duplicate-punct',
    description: {
      zh: '不重复使用标点（，，。。！！？？；；：：、、）；「……」「——」和单个「？！」不算重复',
      en: 'Do not repeat punctuation (，，。。！！？？；；：：、、); 「……」, 「——」 and a single 「？！」 are correct',
    },
    defaultSeverity: 'warning',
    source: 'GB/T 15834-2011《标点符号用法》；中文文案排版指北：不重复使用标点符号',
    defaults: {},
    fixable: true,
  },
  check(article, { report }) {
    for (const segment of article.segments) {
      if (!READER_PROSE.has(segment.kind)) continue;
      const mask = verbatimMask(segment.text, segment.verbatim);
      for (const m of segment.text.matchAll(RUN)) {
        if (mask.subarray(m.index, m.index + m[0].length).some((v) => v === 1)) continue;
        const v = verdict(m[0]);
        if (!v) continue;
        const message: Report['message'] = {
          zh: `标点重复：「${m[0]}」，${v.zh}。`,
          en: `Repeated punctuation 「${m[0]}」: ${v.en}.`,
        };
        const end = m.index + m[0].length;
        report({
          ...spanOf(article.text, segment, m.index, end),
          message,
          fix: allOrNothing([replaceLiteral(article.text, segment, m.index, end, v.mark)]),
        });
      }
    }
  },
});
