import type { Article } from '../article/article.js';
import { READER_PROSE } from '../article/prose.js';
import type { LocalizedText } from '../text/vocabulary.js';
import { distanceReason, findDistance } from './context/distance.js';
import { findInducements, type Inducement } from './context/inducement.js';
import { reportHits } from './lexicon-hits.js';
import { type RuleContext, type RuleOptions, spanOf } from './types.js';

/**
 * The two inducement rules report the word-list hits of their lexicon and, beyond fixed phrases, every sentence
 * that asks the reader to share (or follow) and promises something for it (context/inducement.ts). A sentence
 * already reported through a word-list hit is not reported twice; a sentence that warns against the practice
 * (禁止诱导分享…) is information.
 */
export function reportInducements(
  article: Article,
  context: RuleContext<RuleOptions>,
  kind: Inducement['kind'],
  frame: (actual: string) => LocalizedText,
  advice: LocalizedText,
): void {
  reportHits(article, context, { frame });
  for (const segment of article.segments) {
    if (!READER_PROSE.has(segment.kind)) continue;
    for (const found of findInducements(segment.text)) {
      if (found.kind !== kind) continue;
      const covered = context.hits.some(
        (h) => h.segment === segment && h.start < found.end && h.end > found.start,
      );
      if (covered) continue;
      const view = article.sentences.at(segment, found.start);
      const distance = findDistance(view, found.start, found.start + found.action.length);
      const actual = segment.text.slice(found.start, found.end);
      const framed = frame(actual);
      const condition = {
        zh: `以「${found.reward}」为回报要求读者「${found.action}」。`,
        en: `it asks the reader to "${found.action}" in return for "${found.reward}".`,
      };
      context.report({
        ...spanOf(article.text, segment, found.start, found.end),
        actual,
        message: distance
          ? {
              zh: `「${actual}」仅作提示：${distanceReason(distance).zh}。请审核人确认确属警示或报道，否则：${framed.zh}${advice.zh}`,
              en: `"${actual}" is for information only: ${distanceReason(distance).en}. Reviewer: confirm it is a warning or a report; otherwise: ${framed.en} ${advice.en}`,
            }
          : {
              zh: `${framed.zh}判定依据：${condition.zh}${advice.zh}`,
              en: `${framed.en} Judged so because ${condition.en} ${advice.en}`,
            },
        ...(distance ? { atMost: 'info' as const } : {}),
      });
    }
  }
}
