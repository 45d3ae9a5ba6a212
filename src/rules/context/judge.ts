import type { Article } from '../../article/article.js';
import type { SentenceView } from '../../article/sentences.js';
import type { LocalizedText, Severity } from '../../lint/types.js';
import type { LexiconTier } from '../../policy/lexicon.js';
import type { Publisher } from '../types.js';
import { type Anchor, anchorReason, findAnchor } from './anchors.js';
import { distanceReason, findDistance } from './distance.js';
import { FRAME_REASON, findFrame, findOrdinal } from './frames.js';

/**
 * How a word-list hit is judged in its sentence (DESIGN §6: a hit is judged in its sentence, not alone).
 *
 * - Every hit that the sentence negates, warns against or reports, or that only names a work or a link, is
 *   information for the reviewer (all law/* and induced-sharing rules).
 * - Entries of tier `always` (commercial by nature: 最低价, 销量冠军, 根治, 保本保息) are otherwise reported as
 *   the rule says.
 * - Entries of tier `anchored` (context-dependent: 最佳, 世界级, 全球领先), and every literal term of two
 *   characters, must be a word or a run of words of the sentence (最优 inside 最优先 is no hit). Entries of tier
 *   `anchored` are information inside an award, a consumer tip, technical or
 *   advisory usage, a mission statement or an ordinal, and otherwise are reported only when the sentence is
 *   anchored to the publisher's own offering; unanchored they are information (news and corporate profiles) or a
 *   warning (marketing).
 */
export type Tier = LexiconTier;

export interface Judgement {
  /**
   * What decided: the sentence keeps its distance (negation, warning, a title or link), a frame (award, tip…), no
   * anchor, an anchor, or nothing (an `always` entry).
   */
  basis: 'distance' | 'frame' | 'unanchored' | 'anchor' | 'plain';
  /** The most the finding can be; undefined leaves the rule's severity. */
  atMost?: Severity;
  /** Why the context made it what it is, for the message. */
  why?: LocalizedText;
  /** What tied the sentence to the publisher's offering, when that made it a finding. */
  anchor?: Anchor;
}

export interface JudgeOptions {
  tier: Tier;
  /**
   * A literal term of two characters: too short to trust as a substring (走光 in 一路走光明大道), so it must be a
   * word or two words of the sentence, like anchored terms.
   */
  short?: boolean;
  /** Extra cues that tie a sentence to an offering for this rule (food and supplements for health claims). */
  subject?: { cue: RegExp; reason: (text: string) => LocalizedText };
}

/** The judgement of the hit at segment offsets [start, end), or undefined when it is no hit at all. */
export function judgeHit(
  article: Article,
  segment: Article['segments'][number],
  start: number,
  end: number,
  publisher: Publisher,
  options: JudgeOptions,
): Judgement | undefined {
  const view = article.sentences.at(segment, start);
  if ((options.tier === 'anchored' || options.short) && !view.onWordBoundaries(start, end)) return undefined;
  const distance = findDistance(view, start, end);
  if (distance) return { basis: 'distance', atMost: 'info', why: distanceReason(distance) };
  if (options.tier === 'always') return { basis: 'plain' };
  return judgeAnchored(view, start, end, publisher, options);
}

function judgeAnchored(
  view: SentenceView,
  start: number,
  end: number,
  publisher: Publisher,
  options: JudgeOptions,
): Judgement {
  const frame = findFrame(view, start, end);
  if (frame) return { basis: 'frame', atMost: 'info', why: FRAME_REASON[frame.kind](frame.text) };
  const anchor = findAnchor(view.text, publisher);
  if (anchor) return { basis: 'anchor', anchor, why: anchorReason(anchor) };
  const subject = options.subject?.cue.exec(view.text);
  if (subject) return { basis: 'anchor', why: options.subject!.reason(subject[0]) };
  const ordinal = findOrdinal(view, start, end);
  if (ordinal) return { basis: 'frame', atMost: 'info', why: FRAME_REASON.ordinal(ordinal.text) };
  return {
    basis: 'unanchored',
    atMost: publisher.profile === 'marketing' ? 'warning' : 'info',
    why: {
      zh: '同句未提及本公司的产品、品牌或销售信息（可能是新闻、历史或他人的产品）',
      en: "the sentence names none of the publisher's products, brands or prices (it may be news, history or someone else's product)",
    },
  };
}
