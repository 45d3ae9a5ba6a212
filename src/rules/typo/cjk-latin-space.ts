import { READER_PROSE } from '../../article/prose.js';
import { isHanAt, isHanBefore, verbatimMask } from '../../text/charsets.js';
import { defineRule } from '../types.js';
import { missingSpaceReport } from './missing-space.js';

/**
 * A Latin word: letters and digits, joined by `.-_'’/&+` inside the word (Node.js, Wi-Fi, AT&T), optionally ending
 * in `++` or `#` (C++, C#). Full-width letters (ＡＢＣ) are not Latin here: converting them is another rule's job.
 */
const WORD =
  /[A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+(?:[.\-_'’/&+][A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+)*(?:\+\+|#)?/g;
/**
 * Words the dictionary (现代汉语词典) writes without spaces that SINGLE_LETTER does not cover (two letters, or the
 * letter last: 维生素C。); like `allow` entries they take no space inside or around them.
 */
const LEXICALIZED = ['阿Q', 'AA制', '卡拉OK', ...'ABCDEK'.split('').map((l) => `维生素${l}`)];
/**
 * One capital letter fused with the Chinese after it is a Chinese word: A股, A轮, B端, C位, K线, O型, T恤, U盘, X光.
 * Reporting 买了A股 would cry wolf; 选项A和B goes unreported as the price.
 */
const SINGLE_LETTER = /^[A-Z]$/;

const LATIN_LETTER = /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]/;
/** What a word needs at one end to be reported: a Latin letter, or a closing `++` or `#`. */
const REPORTABLE = /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f+#]/;

export default defineRule({
  meta: {
    id: 'typo/cjk-latin-space',
    description: {
      zh: '中文与英文单词之间加一个空格（数字与单位不在此列）',
      en: 'Put one space between Chinese and a Latin word (digits and units are not covered)',
    },
    defaultSeverity: 'warning',
    source: '中文文案排版指北：中英文之间需要增加空格',
    defaults: {
      /** More words written without spaces (brand or product names such as 微信Pay), added to the built-in ones. */
      allow: [] as readonly string[],
    },
    fixable: true,
  },
  check(article, { options, report }) {
    for (const segment of article.segments) {
      // Most Chinese segments have no Latin letter at all: one quick test spares the search below.
      if (!READER_PROSE.has(segment.kind) || !REPORTABLE.test(segment.text)) continue;
      const { text } = segment;
      const mask = verbatimMask(text, segment.verbatim);
      // Gaps (a gap is the index of the character after it) inside and around an accepted word: 买了A股 has none.
      const allowedGaps = new Set<number>();
      for (const word of [...LEXICALIZED, ...options.allow]) {
        if (word === '') continue;
        for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
          for (let gap = at; gap <= at + word.length; gap++) allowedGaps.add(gap);
        }
      }
      const missing = (gap: number) => !allowedGaps.has(gap) && mask[gap - 1] === 0 && mask[gap] === 0;

      for (const m of text.matchAll(WORD)) {
        const start = m.index;
        const end = start + m[0].length;
        if (SINGLE_LETTER.test(m[0]) && isHanAt(text, end)) continue;
        const first = m[0][0]!;
        const last = m[0][m[0].length - 1]!;
        // Only a letter needs the space: 3天 and 2026年 are digits with units, a different rule.
        const left = LATIN_LETTER.test(first) && isHanBefore(text, start) && missing(start);
        const right =
          (LATIN_LETTER.test(last) || last === '+' || last === '#') && isHanAt(text, end) && missing(end);
        if (!left && !right) continue;
        report(
          missingSpaceReport(
            article.text,
            segment,
            start,
            end,
            { left, right },
            { zh: '英文', en: 'Latin text' },
          ),
        );
      }
    }
  },
});
