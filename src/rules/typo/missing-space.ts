import type { Segment } from '../../article/prose.js';
import { codePointBefore } from '../../text/charsets.js';
import { insertAtGap, whereSafe } from '../fixes.js';
import { type Report, spanOf } from '../types.js';

/**
 * The report for a word or number at segment text `[start, end)` that needs a space on its `left` and/or `right`
 * side: it quotes the word with the Chinese character beside it as written and as it should be, and proposes the
 * spaces as a fix. `what` names the word's kind in the message.
 */
export function missingSpaceReport(
  source: string,
  segment: Segment,
  start: number,
  end: number,
  sides: { left: boolean; right: boolean },
  what: { zh: string; en: string },
): Report {
  const { text } = segment;
  const { left, right } = sides;
  const from = left ? codePointBefore(text, start)!.start : start;
  const to = right ? end + String.fromCodePoint(text.codePointAt(end)!).length : end;
  const before = text.slice(from, to);
  const word = text.slice(start, end);
  const after = `${text.slice(from, start)}${left ? ' ' : ''}${word}${right ? ' ' : ''}${text.slice(end, to)}`;
  return {
    ...spanOf(source, segment, from, to),
    message: {
      zh: `中文与${what.zh}之间缺少空格：「${before}」应写作「${after}」。`,
      en: `Missing space between Chinese and ${what.en}: write 「${after}」 instead of 「${before}」.`,
    },
    fix: whereSafe([
      left ? insertAtGap(source, segment, start, ' ') : undefined,
      right ? insertAtGap(source, segment, end, ' ') : undefined,
    ]),
  };
}
