import type { Article } from '../article/article.js';
import type { LocalizedText } from '../text/vocabulary.js';
import { type Judgement, type JudgeOptions, judgeHit } from './context/judge.js';
import { type Report, type RuleContext, type RuleOptions, type SourceHit, spanOf } from './types.js';

export interface HitFraming {
  /** What the hit is and what it risks: "广告绝对化用语「最佳」：…". The entry's note follows it. */
  frame: (actual: string, hit: SourceHit) => LocalizedText;
  /** A rule's own last say over a finding (e.g. a dated, sourced fact); undefined drops it. */
  adjust?: (hit: SourceHit, report: Report, judgement: Judgement) => Report | undefined;
  /** Extra cues tying a sentence to an offering, for `anchored` entries of this rule (by hit: per category). */
  subject?: (hit: SourceHit) => JudgeOptions['subject'];
}

/**
 * Turns word-list hits into reports, each judged in its sentence (context/judge.ts). Lexicon rules differ only in
 * how they frame a hit; the entry supplies the note (why, and what to write instead), the source clause and,
 * unless the policy overrides it, the severity; the sentence decides whether it is a finding or information.
 */
export function reportHits(
  article: Article,
  context: Pick<RuleContext<RuleOptions>, 'hits' | 'report' | 'publisher'>,
  framing: HitFraming,
): void {
  for (const hit of context.hits) {
    const judgement = judgeHit(article, hit.segment, hit.start, hit.end, context.publisher, {
      tier: hit.entry.tier,
      short: hit.entry.term !== undefined && [...hit.entry.term].length === 2,
      ...(framing.subject?.(hit) ? { subject: framing.subject(hit)! } : {}),
    });
    if (!judgement) continue;
    const span = spanOf(article.text, hit.segment, hit.start, hit.end);
    const actual = hit.segment.text.slice(hit.start, hit.end);
    const r: Report = {
      ...span,
      actual,
      message: composeMessage(framing.frame(actual, hit), noteOf(hit), actual, judgement),
      source: hit.entry.source,
      severity: hit.entry.severity,
      ...(judgement.atMost ? { atMost: judgement.atMost } : {}),
    };
    const final = framing.adjust ? framing.adjust(hit, r, judgement) : r;
    if (final) context.report(final);
  }
}

/** The entry's note in both languages; an entry without `note_en` says its note is in Chinese. */
function noteOf(hit: SourceHit): LocalizedText {
  const { note, noteEn } = hit.entry;
  return { zh: note, en: noteEn ?? `Note (in Chinese): ${note}` };
}

/**
 * A finding says why the context made it one ("判定依据：与本公司产品「X」同句"); information says why it is only
 * that, and what it would be if the sentence were the publisher's own claim.
 */
function composeMessage(
  framed: LocalizedText,
  note: LocalizedText,
  actual: string,
  judgement: Judgement,
): LocalizedText {
  const { why, atMost, basis } = judgement;
  if (!why) return { zh: `${framed.zh}${note.zh}`, en: `${framed.en} ${note.en}` };
  if (!atMost) {
    return {
      zh: `${framed.zh}判定依据：${why.zh}。${note.zh}`,
      en: `${framed.en} Judged so because ${why.en}. ${note.en}`,
    };
  }
  const level =
    atMost === 'info'
      ? { zh: '仅作提示', en: 'for information only' }
      : { zh: '需复核', en: 'to be reviewed' };
  if (basis === 'frame') {
    return {
      zh: `「${actual}」${level.zh}：${why.zh}，按市场监管总局《广告绝对化用语执法指南》不属于对商品的绝对化宣传；请审核人确认。`,
      en: `"${actual}" is ${level.en}: ${why.en}; under the SAMR guide on absolute terms this is not an absolute claim about goods. Reviewer: confirm.`,
    };
  }
  const otherwise =
    basis === 'distance'
      ? {
          zh: '请审核人确认确属否定、警示、报道或引用，否则',
          en: 'Reviewer: confirm it is negated, warned against, reported or quoted; otherwise',
        }
      : {
          zh: '如果这里说的是本公司的产品或服务',
          en: "If this speaks of the publisher's own goods or services",
        };
  return {
    zh: `「${actual}」${level.zh}：${why.zh}。${otherwise.zh}：${framed.zh}${note.zh}`,
    en: `"${actual}" is ${level.en}: ${why.en}. ${otherwise.en}: ${framed.en} ${note.en}`,
  };
}

/** The sentence around a hit, for rules whose verdict depends on context. */
export function sentenceAround(article: Article, hit: SourceHit): string {
  return article.sentences.at(hit.segment, hit.start).text;
}
