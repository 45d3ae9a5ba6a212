import { READER_PROSE } from '../../article/prose.js';
import { isHanAt, isHanBefore, verbatimMask } from '../../text/charsets.js';
import { defineRule } from '../types.js';
import { missingSpaceReport } from './missing-space.js';

/** A number as written in prose: 3, 3.14, 1,000, 10:30, 2026-11-16, 15%, 36.5°. */
const NUMBER = /[0-9]+(?:[.,:\-/][0-9]+)*[%°‰℃]?/g;
/**
 * Date and time units: Chinese publishing writes dates and durations tight (2026年11月16日、3天后、10时30分,
 * GB/T 15835), so a number followed by one is left alone on both sides.
 */
const DATE_UNIT = /^[年月日天号时分秒]/;
/** A Latin letter (or `.`, `_` of a version or a file name) touching the number makes it part of a word. */
const WORD_CHAR = /[A-Za-z_.]/;

export default defineRule({
  meta: {
    id: 'typo/cjk-number-space',
    description: {
      zh: '中文与数字之间加一个空格（日期、时间、时长与 %、° 等符号除外）',
      en: 'Put one space between Chinese and a number (dates, times, durations and signs such as % and ° excepted)',
    },
    defaultSeverity: 'warning',
    source: '中文文案排版指北：中文与数字之间需要增加空格',
    defaults: {},
    fixable: true,
  },
  check(article, { report }) {
    for (const segment of article.segments) {
      if (!READER_PROSE.has(segment.kind) || !/[0-9]/.test(segment.text)) continue;
      const { text } = segment;
      const mask = verbatimMask(text, segment.verbatim);
      for (const m of text.matchAll(NUMBER)) {
        const start = m.index;
        const end = start + m[0].length;
        if (mask.subarray(start, end).some((v) => v === 1)) continue;
        if (WORD_CHAR.test(text[start - 1] ?? '') || WORD_CHAR.test(text[end] ?? '')) continue;
        if (DATE_UNIT.test(text.slice(end, end + 1))) continue;
        // 15% 和 36.5° end in a sign, which takes no space after it.
        const left = isHanBefore(text, start) && mask[start - 1] === 0;
        const right = /[0-9]$/.test(m[0]) && isHanAt(text, end) && mask[end] === 0;
        if (!left && !right) continue;
        report(
          missingSpaceReport(
            article.text,
            segment,
            start,
            end,
            { left, right },
            { zh: '数字', en: 'a number' },
          ),
        );
      }
    }
  },
});
