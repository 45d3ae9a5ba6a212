import type { Article } from '../../article/article.js';
import type { SentenceView } from '../../article/sentences.js';
import type { LexiconTier } from '../../lexicon/entry.js';
import type { LocalizedText, Severity } from '../../text/vocabulary.js';
import type { Publisher } from '../types.js';
import { type Anchor, anchorReason, type ContextWhere, findAnchor } from './anchors.js';
import { distanceReason, findDistance } from './distance.js';
import { FRAME_REASON, findFrame, findWeakFrame } from './frames.js';
import { productNounAfter } from './product-claim.js';
import { promotionCue } from './promotion.js';

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
  // A link or a quoted title naming the company's own product is the company's own claim, not a reference.
  const ownTitle =
    (distance?.kind === 'link' || distance?.kind === 'title') &&
    findAnchor(
      distance.text,
      { start: 0, clauseStart: 0, clauseEnd: distance.text.length, sentenceEnd: distance.text.length },
      publisher,
    )?.kind === 'name';
  if (distance && !ownTitle) return { basis: 'distance', atMost: 'info', why: distanceReason(distance) };
  if (options.tier === 'always') return { basis: 'plain' };
  return judgeAnchored(article, view, start, end, publisher, options);
}

function judgeAnchored(
  article: Article,
  view: SentenceView,
  start: number,
  end: number,
  publisher: Publisher,
  options: JudgeOptions,
): Judgement {
  const frame = findFrame(view, start, end);
  if (frame) return { basis: 'frame', atMost: 'info', why: FRAME_REASON[frame.kind](frame.text) };
  const [clauseStart, ownClauseEnd] = view.clauseAt(start);
  // "作为全球唯一的…，总台还将…": a 作为 clause describes the subject of the clause after it.
  const clauseEnd = /^\s*(?:作为|身为)/u.test(view.segment.text.slice(clauseStart, start))
    ? view.clauseAt(Math.min(ownClauseEnd + 1, view.end - 1))[1]
    : ownClauseEnd;
  const hit = {
    start: start - view.start,
    clauseStart: clauseStart - view.start,
    clauseEnd: clauseEnd - view.start,
    sentenceEnd: view.text.length,
  };
  const context = contextOf(article, view);
  const anchor =
    findAnchor(context.text, { ...hit, ...(context.beyond ? { beyond: context.beyond } : {}) }, publisher) ??
    promotionOf(article, view, start) ??
    titleSubject(article, view, publisher);
  const weak = findWeakFrame(view, start, end);
  if (anchor && !(weak && anchor.kind === 'commerce')) {
    return { basis: 'anchor', anchor, why: anchorReason(anchor) };
  }
  if (weak) return { basis: 'frame', atMost: 'info', why: FRAME_REASON[weak.kind](weak.text) };
  // The cue must be outside the hit: 包治 inside 包治百病 says nothing about what is being sold.
  const rest = `${view.text.slice(0, start - view.start)}\u0000${view.text.slice(end - view.start)}`;
  const subject = options.subject?.cue.exec(rest);
  if (subject) return { basis: 'anchor', why: options.subject!.reason(subject[0]) };
  if (publisher.profile === 'corporate') {
    const product = productNounAfter(view.segment.text.slice(end, clauseEnd));
    if (product !== undefined) {
      return {
        basis: 'unanchored',
        atMost: 'warning',
        why: {
          zh: `同句在介绍产品（“${product}”），但未说明是谁的：若是本公司或合作方的产品，这就是广告用语，发布者同样受罚`,
          en: `the sentence presents a product ("${product}") without saying whose: if it is the publisher's or a partner's, this is advertising copy, and the publisher is fined as well`,
        },
      };
    }
  }
  return {
    basis: 'unanchored',
    atMost: publisher.profile === 'marketing' ? 'warning' : 'info',
    why: {
      zh: '同句未提及本公司的产品、品牌或销售信息（可能是新闻、历史或他人的产品）',
      en: "the sentence names none of the publisher's products, brands or prices (it may be news, history or someone else's product)",
    },
  };
}

/** An ad or sponsored section around the hit anchors it like selling does, for every profile. */
function promotionOf(article: Article, view: SentenceView, start: number): Anchor | undefined {
  const cue = promotionCue(article.sections.around(view.segment.offsets[start]!));
  return cue === undefined ? undefined : { kind: 'promotion', text: cue };
}

/** How much of a section's opening, or of an article's first paragraph, tells what a heading or title speaks of. */
const HEADING_CONTEXT = 200;

/** A sentence that opens with a pronoun speaks of the subject of the sentence before it: 这是全球首个…. */
const PRONOUN_START = /^\s*(?:这|它|其|该|此)/u;

/**
 * The text that may tie a hit to the publisher: its sentence; for a heading also the opening of its section and
 * for the title the article's first paragraph — headings and titles are elliptical ("性能最好的 Go JSON 库" is
 * about the product the section then names); for a sentence opening with a pronoun, also the sentence before.
 * The extra text comes after the sentence, so offsets in the sentence stay valid and it never counts as the
 * hit's own clause.
 */
function contextOf(article: Article, view: SentenceView): { text: string; beyond?: ContextWhere } {
  const { segment } = view;
  if (segment.kind === 'heading') {
    const section = article.sections.around(segment.offsets[view.start]!).at(-1);
    if (!section) return { text: view.text };
    const opening = section.source.slice(section.source.indexOf('\n') + 1, HEADING_CONTEXT);
    return { text: `${view.text}\n${opening}`, beyond: 'section' };
  }
  if (segment.kind === 'title') {
    const first = article.segments.find((s) => s.kind === 'paragraph');
    return first
      ? { text: `${view.text}\n${first.text.slice(0, HEADING_CONTEXT)}`, beyond: 'opening' }
      : { text: view.text };
  }
  if (isBoldLine(article, segment)) {
    const after = segment.offsets[segment.text.length]! + 2;
    return {
      text: `${view.text}\n${article.text.slice(after, after + HEADING_CONTEXT)}`,
      beyond: 'following',
    };
  }
  if (view.start > 0 && PRONOUN_START.test(view.text)) {
    return {
      text: `${view.text}\n${article.sentences.at(segment, view.start - 1).text}`,
      beyond: 'previous',
    };
  }
  return { text: view.text };
}

/**
 * A paragraph that is one bold line and nothing else ("**全球首个实现 MQTT over QUIC 的消息服务器**") is a heading in
 * all but markup: like a heading, it speaks of what the text after it names.
 */
function isBoldLine(article: Article, segment: Article['segments'][number]): boolean {
  if (segment.kind !== 'paragraph' || segment.text.length === 0) return false;
  const start = segment.offsets[0]!;
  // offsets[text.length] is the end of the paragraph, past the closing markers; the text ends after its last unit.
  const end = segment.offsets[segment.text.length - 1]! + 1;
  return (
    /(?:^|\n)[ \t]*(?:\*\*|__)$/.test(article.text.slice(Math.max(0, start - 8), start)) &&
    /^(?:\*\*|__)[ \t]*(?:\r?\n|$)/.test(article.text.slice(end, end + 4))
  );
}

/** How often an article must name the company's own names for its title to speak of them. */
const TITLE_SUBJECT_MENTIONS = 3;

/**
 * A title or top heading with no subject ("国内首个支持国产化信创的开源云原生平台") names what the article is about:
 * when the article keeps naming one of the company's own names, that is the title's subject.
 */
function titleSubject(article: Article, view: SentenceView, publisher: Publisher): Anchor | undefined {
  const { segment } = view;
  if (segment.kind !== 'title' && !(segment.kind === 'heading' && segment.depth === 1)) return undefined;
  for (const name of publisher.names) {
    if (name.text.length < 2) continue;
    let mentions = 0;
    for (let at = article.text.indexOf(name.text); at !== -1; at = article.text.indexOf(name.text, at + 1)) {
      if (++mentions >= TITLE_SUBJECT_MENTIONS)
        return { kind: 'name', text: name.text, name, where: 'article' };
    }
  }
  return undefined;
}
