import { reportHits } from '../lexicon-hits.js';
import { defineRule } from '../types.js';

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
    });
  },
});
