import { reportHits } from '../lexicon-hits.js';
import { defineRule } from '../types.js';

/** Money in the sentence: 保证收益 is a return promise next to an investment, a figure of speech elsewhere. */
const FINANCE =
  /(?:理财|投资|年化|本金|利息|利率|回报率|收益率|资金|存款|基金|股票|债券|信托|保险|认购|申购|起投|万元|元起|投资人|出借)/u;

export default defineRule({
  meta: {
    id: 'law/ad-return-promise',
    description: {
      zh: '保本、保收益、零风险等投资回报承诺，以及包过等培训效果承诺',
      en: 'Promises of guaranteed returns or principal, zero risk, or guaranteed exam results',
    },
    defaultSeverity: 'error',
    source: '广告法第二十四条、第二十五条',
    defaults: {},
  },
  check(article, context) {
    reportHits(article, context, {
      frame: (actual) => ({
        zh: `收益或效果承诺「${actual}」：不得对未来收益、本金安全或考试结果作出保证。`,
        en: `Guarantee "${actual}": future returns, safety of principal or exam results must not be promised.`,
      }),
      subject: (hit) =>
        hit.entry.category === 'finance'
          ? {
              cue: FINANCE,
              reason: (text) => ({
                zh: `同句说的是理财或投资（「${text}」）`,
                en: `the sentence is about an investment ("${text}")`,
              }),
            }
          : undefined,
    });
  },
});
