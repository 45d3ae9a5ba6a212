import { reportHits } from '../lexicon-hits.js';
import { defineRule } from '../types.js';

export default defineRule({
  meta: {
    id: 'wechat/clickbait-title',
    description: {
      zh: '标题党：标题或摘要中的夸大、惊悚、冒充官方通知的用语',
      en: 'Clickbait: hype, shock or fake-official wording in the title or digest',
    },
    defaultSeverity: 'error',
    source:
      '网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）',
    defaults: {},
  },
  check(article, context) {
    // Hype words are judged where followers decide to click: the title and the digest (and a body H1, if any).
    const inTitle = context.hits.filter(
      (h) =>
        h.segment.kind === 'title' ||
        h.segment.kind === 'digest' ||
        (h.segment.kind === 'heading' && h.segment.depth === 1),
    );
    reportHits(
      article,
      { ...context, hits: inTitle },
      {
        frame: (actual) => ({
          zh: `标题党用语「${actual}」：标题应如实概括正文。`,
          en: `Clickbait wording "${actual}": the title must summarise the body truthfully.`,
        }),
      },
    );
  },
});
