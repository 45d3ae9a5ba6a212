import type { LocalizedText } from '../../text/vocabulary.js';
import { reportHits } from '../lexicon-hits.js';
import { defineRule } from '../types.js';

/**
 * What ties a context-dependent medical claim to something sold, besides the publisher's own names, self-reference
 * and prices, by the entry's category:
 * - health-food: a health claim (能预防…, 可以增强免疫力) in a sentence about a supplement or "this product" (食品安全法
 *   第七十三条); health education about vaccines or habits is not one;
 * - treatment: 根治, 包治百病 next to taking a remedy (服用, 疗程, 偏方); 根治欠薪 or a metaphor is not one;
 * - cure-rate: cure and efficacy rates only with the standard anchors (本院, a brand, a price): health authorities'
 *   statistics in the news are not advertising.
 */
const SUBJECTS: Record<string, { cue: RegExp; reason: (text: string) => LocalizedText }> = {
  'health-food': {
    cue: /(?:保健品|保健食品|营养品|营养素|膳食补充剂|补充剂|本品|这款|此款|该款|酵素|益生菌|胶原蛋白|维生素片|钙片|鱼油|胶囊|口服液|冲剂|代餐|滋补品|燕窝|阿胶|灵芝孢子粉|蜂胶)/u,
    reason: (text) => ({
      zh: `同句说的是食品或保健品（「${text}」）`,
      en: `the sentence is about a food or supplement ("${text}")`,
    }),
  },
  treatment: {
    cue: /(?:服用|疗程|偏方|秘方|药方|方子|坚持用|坚持吃|坚持喝|专治|包治|特效|疗法|本品|这款|此款|该款|药品|药物|中药|西药|保健品|补品|医院|诊所|治疗|疗效)/u,
    reason: (text) => ({
      zh: `同句说的是一种疗法或药品（「${text}」）`,
      en: `the sentence is about a remedy ("${text}")`,
    }),
  },
};

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
  check(article, context) {
    reportHits(article, context, {
      frame: (actual) => ({
        zh: `疗效断言「${actual}」：非医疗广告不得涉及疾病治疗功能，医疗类内容也不得保证疗效。`,
        en: `Efficacy claim "${actual}": non-medical content may not claim to treat disease, and medical content may not guarantee results.`,
      }),
      subject: (hit) => SUBJECTS[hit.entry.category],
    });
  },
});
