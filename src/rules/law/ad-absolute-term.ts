import { reportHits, sentenceAround } from '../lexicon-hits.js';
import { defineRule } from '../types.js';

/** SAMR 2023 guide, case 7: a verifiable statement bounded in time and backed by a named source. */
const DATED = /(19|20)\d{2}\s*年/;
const SOURCED = /(数据)?来源|据.{1,24}(统计|数据|报告|榜单|排名)|经.{1,16}(认证|评定)/;

export default defineRule({
  meta: {
    id: 'law/ad-absolute-term',
    description: {
      zh: '广告法禁止的绝对化用语（国家级、最佳、第一品牌等），已按市场监管总局 2023 年指南排除日常用法',
      en: 'Absolute terms banned in advertising (国家级, 最佳, 第一品牌…), with the SAMR 2023 exemptions for everyday use',
    },
    defaultSeverity: 'error',
    source: '广告法第九条第（三）项、第五十七条',
    defaults: {},
  },
  check(article, { hits, report }) {
    reportHits(
      article,
      hits,
      report,
      (actual) => ({
        zh: `广告绝对化用语「${actual}」：公司账号发布的内容可被认定为广告，最高罚款 100 万元。`,
        en: `Absolute advertising term "${actual}": company posts can count as advertising (fines up to RMB 1,000,000).`,
      }),
      (hit, r) => {
        const sentence = sentenceAround(hit);
        if (!(DATED.test(sentence) && SOURCED.test(sentence))) return r;
        // A dated, sourced fact is allowed if true: keep it visible for the reviewer, not as a blocker.
        return {
          ...r,
          severity: 'info',
          message: {
            zh: `「${r.actual}」出现在注明时间和来源的陈述中，属于可证实的事实陈述时可以使用；请审核人确认数据真实、来源可查。`,
            en: `"${r.actual}" appears in a dated, sourced statement; allowed when true and verifiable. Reviewer: confirm the data and its source.`,
          },
        };
      },
    );
  },
});
