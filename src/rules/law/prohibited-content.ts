import { reportHits } from '../lexicon-hits.js';
import { defineRule } from '../types.js';

const CATEGORY: Record<string, { zh: string; en: string }> = {
  'state-security': { zh: '危害国家安全', en: 'endangering national security' },
  terrorism: { zh: '恐怖主义、极端主义', en: 'terrorism or extremism' },
  'ethnic-religious': { zh: '民族、宗教仇恨或邪教迷信', en: 'ethnic or religious hatred, cults' },
  pornography: { zh: '淫秽色情', en: 'pornography' },
  gambling: { zh: '赌博', en: 'gambling' },
  drugs: { zh: '毒品', en: 'drugs' },
  violence: { zh: '暴力、凶杀或教唆犯罪', en: 'violence or incitement to crime' },
  rumour: { zh: '谣言', en: 'rumour' },
};

export default defineRule({
  meta: {
    id: 'law/prohibited-content',
    description: {
      zh: '《网络信息内容生态治理规定》第六条禁止的违法信息（词库 policies/lexicons/prohibited-*.yml）',
      en: 'Illegal information under Art. 6 of the Provisions on Ecological Governance of Network Information Content (word lists)',
    },
    defaultSeverity: 'error',
    source: '网络信息内容生态治理规定第六条',
    defaults: {},
  },
  check(article, context) {
    reportHits(article, context, {
      frame: (actual, hit) => {
        const c = CATEGORY[hit.entry.category] ?? { zh: hit.entry.category, en: hit.entry.category };
        // Error entries are unambiguous; the others may be legitimate quotation and need a person's judgement.
        return hit.entry.severity === 'error'
          ? {
              zh: `疑似${c.zh}类违法信息「${actual}」，不得发布。`,
              en: `Possible illegal content (${c.en}): "${actual}". It must not be published.`,
            }
          : {
              zh: `「${actual}」可能涉及${c.zh}类违法信息，请审核人确认语境（如新闻转述、法规引用）后再发布。`,
              en: `"${actual}" may be illegal content (${c.en}); a reviewer must confirm the context (reporting, quoting the law) before publishing.`,
            };
      },
    });
  },
});
