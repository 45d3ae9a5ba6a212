import { reportHits, sentenceAround } from '../lexicon-hits.js';
import { defineRule } from '../types.js';

/** SAMR 2023 guide, case 7: a verifiable statement bounded in time and backed by a named source. */
const DATED = /(19|20)\d{2}\s*年/;
const SOURCED =
  /(数据)?来源|据.{1,24}(统计|数据|报告|榜单|排名)|经.{1,16}(认证|评定)|(?:在|经|通过|根据|依据).{0,30}(?:评测|测评|认证|检测|评估|评定|测试|榜单|报告)/;

/**
 * Absolute terms in two tiers (policies/lexicons/ad-absolute.yml): those commercial by nature (最低价, 销量冠军,
 * 第一品牌) are errors wherever they are claimed; context-dependent ones (最佳, 世界级, 全球领先) are errors only in a
 * sentence tied to the publisher's own offering (src/rules/context/judge.ts).
 */
export default defineRule({
  meta: {
    id: 'law/ad-absolute-term',
    description: {
      zh: '广告法禁止的绝对化用语：最低价、销量冠军等商业用语一律报错；最佳、世界级、全球领先等只在与本公司产品、品牌或销售信息同句时报错，否则仅作提示',
      en: 'Absolute terms banned in advertising: commercial ones (最低价, 销量冠军) always; context-dependent ones (最佳, 世界级, 全球领先) only in a sentence about the publisher’s own products, brands or prices, else information',
    },
    defaultSeverity: 'error',
    source: '广告法第九条第（三）项、第五十七条',
    defaults: {},
  },
  check(article, context) {
    reportHits(article, context, {
      frame: (actual) => ({
        zh: `广告绝对化用语「${actual}」：公司账号发布的内容可被认定为广告，最高罚款 100 万元。`,
        en: `Absolute advertising term "${actual}": company posts can count as advertising (fines up to RMB 1,000,000).`,
      }),
      adjust: (hit, r) => {
        if (r.atMost === 'info') return r;
        const sentence = sentenceAround(article, hit);
        if (!(DATED.test(sentence) && SOURCED.test(sentence))) return r;
        // A dated, sourced fact is allowed if true: keep it visible for the reviewer, not as a blocker.
        return {
          ...r,
          atMost: 'info',
          message: {
            zh: `「${r.actual}」出现在注明时间和来源的陈述中，属于可证实的事实陈述时可以使用；请审核人确认数据真实、来源可查。`,
            en: `"${r.actual}" appears in a dated, sourced statement; allowed when true and verifiable. Reviewer: confirm the data and its source.`,
          },
        };
      },
    });
  },
});
