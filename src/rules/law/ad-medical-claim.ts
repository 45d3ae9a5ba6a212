import { reportHits } from '../lexicon-hits.js';
import { defineRule } from '../types.js';

export default defineRule({
  meta: {
    id: 'law/ad-medical-claim',
    description: {
      zh: '疾病治疗功效的断言和保证（根治、药到病除、治愈率等）',
      en: 'Assertions or guarantees of curing disease (根治, 药到病除, cure rates…)',
    },
    defaultSeverity: 'error',
    source: '广告法第十六条、第十七条',
    defaults: {},
  },
  check(article, { hits, report }) {
    reportHits(article, hits, report, (actual) => ({
      zh: `疗效断言「${actual}」：非医疗广告不得涉及疾病治疗功能，医疗类内容也不得保证疗效。`,
      en: `Efficacy claim "${actual}": non-medical content may not claim to treat disease, and medical content may not guarantee results.`,
    }));
  },
});
