import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../../src/lexicon/entry.js';
import rule from '../../../src/rules/typo/cjk-number-space.js';
import { EMPTY_LEXICON, FRONT_MATTER, lint, messagesOf } from '../../helpers.js';

const S = '（依据：中文文案排版指北：中文与数字之间需要增加空格）';
// This rule reads no word lists: an empty lexicon keeps the tests independent of policies/lexicons.
const lexicon: Lexicon = EMPTY_LEXICON;
const check = (body: string) => messagesOf(rule, FRONT_MATTER + body, { lexicon });

describe('typo/cjk-number-space', () => {
  it('reports a number glued to Chinese on either side, in one message', () => {
    expect(check('共有3个服务器，第2章，增长15%以上，费用1,375.5亿元。\n')).toEqual([
      `7:2-7:5 warning 中文与数字之间缺少空格：「有3个」应写作「有 3 个」。${S}`,
      `7:9-7:12 warning 中文与数字之间缺少空格：「第2章」应写作「第 2 章」。${S}`,
      `7:14-7:18 warning 中文与数字之间缺少空格：「长15%」应写作「长 15%」。${S}`,
      `7:22-7:31 warning 中文与数字之间缺少空格：「用1,375.5亿」应写作「用 1,375.5 亿」。${S}`,
    ]);
  });

  it('leaves dates, times, durations, signs, Latin words, list numbers and code alone', () => {
    expect(
      check(
        '2026年11月16日10时30分，连续3天，36.5°高温，A320系列，1.第一项，`共3个`，见 https://a.cn/第3页。\n',
      ),
    ).toEqual([]);
  });

  it('proposes a fix that inserts the spaces, and none across markup', () => {
    const result = lint(`${FRONT_MATTER}共有3个，**共有**3个。\n`, { rules: [rule], lexicon });
    expect(result.messages.map((m) => m.fix)).toEqual([
      [
        { start: FRONT_MATTER.length + 2, end: FRONT_MATTER.length + 2, text: ' ' },
        { start: FRONT_MATTER.length + 3, end: FRONT_MATTER.length + 3, text: ' ' },
      ],
      [{ start: FRONT_MATTER.length + 12, end: FRONT_MATTER.length + 12, text: ' ' }],
    ]);
  });
});
