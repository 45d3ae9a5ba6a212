import { fold, foldTerm } from '../../text/fold.js';
import type { LocalizedText } from '../../text/vocabulary.js';
import type { OwnName, Publisher } from '../types.js';

/**
 * What ties a sentence to the publisher's own offering. The Advertising Law binds an advertiser's claims about its
 * own goods or services (广告法第二条), so a context-dependent absolute term (最佳, 世界级, 全球领先…) is a claim only
 * in a sentence that is about the publisher's offering: one that speaks as the company (本公司, 我司, 本品…),
 * names one of its declared brands or products, or sells (a price, 下单, 包邮, 优惠券…). Without such an anchor the
 * sentence is most likely news, history or someone else's product, and the hit is shown as information.
 */
/**
 * Text beyond the sentence that may name what it speaks of: the opening of a heading's section, the article's
 * first paragraph for its title, the sentence before one that opens with a pronoun, or the whole article for a
 * title with no subject.
 */
export type ContextWhere = 'section' | 'opening' | 'following' | 'previous' | 'article';

export interface Anchor {
  kind: 'self' | 'name' | 'commerce' | 'promotion';
  /** The text in the sentence that anchors it. */
  text: string;
  /** For `name`: which declared name. */
  name?: OwnName;
  /** Where a name was found when not in the sentence itself (see ContextWhere). */
  where?: ContextWhere;
}

/**
 * The company speaking of itself or addressing its customer. 我们 counts as the subject of a claim (我们是, 我们推出…)
 * or with a company noun (我们的产品), not alone: in reporting, speeches and engineering prose 我们要…, 我们拥有…,
 * 我们的目的… are as often "we the country", "we engineers" or "we in this example".
 */
const SELF = new RegExp(
  [
    '我司',
    '我公司',
    '本公司',
    '本集团',
    '本企业',
    '本店',
    '本品',
    '本款',
    '本产品',
    '本平台',
    '本机构',
    '本网站',
    '本商城',
    '本书',
    '本课程',
    '本院',
    '我院',
    '本医院',
    '本诊所',
    '本门店',
    '本品牌',
    '我们(?:是|推出|研发|率先|首创)',
    '我们(?:的)?(?:公司|集团|企业|品牌|产品|新品|服务|团队|门店|店铺|平台|技术|方案|系统|软件|设备|工厂)',
    '我们家',
    '自家',
    '旗下(?:产品|品牌)',
    '(?:您|你)的[^，。！？；,!?;的]{0,4}(?:选择|之选|首选|伙伴)',
  ].join('|'),
  'u',
);

/**
 * Selling, in two kinds. A price (售价, 99 元) may be anyone's: news reports other people's prices all the time. An
 * offer speaks to the reader (下单, 优惠券, 限时抢购, 包邮): someone is selling here. Amounts in 万元/亿元 are revenue
 * or investment, not a price, and 优惠政策 is not an offer, so those are left out.
 */
const PRICE = new RegExp(
  [
    '[￥¥]\\s?\\d',
    '(?<![万亿\\d.])\\d+(?:\\.\\d+)?\\s?元(?![宵旦素老首年月代朝件])',
    '(?:售|定|原|现|到手|券后|特惠|活动|秒杀|团购|首发|会员|出厂|零售)价',
  ].join('|'),
  'u',
);
const OFFER = new RegExp(
  [
    '秒杀',
    '下单',
    '抢购',
    '选购',
    '订购',
    '包邮',
    '(?:立即|点击|扫码|欢迎|马上|即可|赶快|赶紧)购买',
    '购买链接',
    '购物车',
    '限时(?:优惠|特惠|折扣|抢购|特价|秒杀|免费|促销)',
    '满\\d+(?:元)?减',
    '立减',
    '(?<![转曲骨对])\\d(?:\\.\\d)?折(?![叠射腾线扣磨服中合])',
    '优惠券',
    '代金券',
    '优惠码',
    '领券',
    '券后',
    '优惠(?!政策)',
    '折扣',
    '促销',
    '特价',
    '拼团',
    '团购',
    '免运费',
    '送货上门',
    '包退换',
  ].join('|'),
  'u',
);
/** Launching something to the reader: ties only its own clause (国内首部动画片《…》明晚开播). */
const LAUNCH = /开售|发售|预售|开卖|开抢|开播|上映|首映/u;

/** A name as the source of a report, not its subject: 央视网消息, 总台记者, 据澜川集团介绍. */
const ATTRIBUTION_AFTER =
  /^[网台]?(?:消息|讯|报道|电|记者|客户端|新闻|获悉|了解到|主办|承办|联合主办|出品|制作)/u;

/**
 * A Latin-script name (Kubernetes, CNCF, Apache Kafka) as the subject of 是/作为/成为 in a clause; metric names
 * with digits (TP99, P95) are not names.
 */
const CLAUSE_SUBJECT =
  /(?<![A-Za-z0-9])((?:[A-Z][a-z]+|[A-Z]{3,})(?:[ .-][A-Z][A-Za-z]+)*)\s*(?:不|也|才|就|正|都|仍|则|便)*(?:是|作为|成为)/u;

/**
 * The first anchor of `sentence` for a hit at `hitStart` (an offset in the sentence) in the clause [clauseStart,
 * clauseEnd): declared names first (the strongest tie), then self-reference, then selling. A name does not count
 * when only 的 stands between it and the hit ("TiDB 的最佳搭档" praises something else, for TiDB), nor when it is
 * in another clause and the hit's clause names someone else before the hit ("…把 Chaos Mesh 分享出去，CNCF 正是最佳
 * 选择"). In the news profile a price alone does not anchor, an offer to the reader does.
 */
export function findAnchor(
  sentence: string,
  hit: { start: number; clauseStart: number; clauseEnd: number; sentenceEnd: number; beyond?: ContextWhere },
  publisher: Publisher,
): Anchor | undefined {
  if (publisher.names.length > 0) {
    const { text: folded, map } = fold(sentence);
    const ours = new Set(publisher.names.map((n) => foldTerm(n.text)));
    // The clause's subject: a name before its copula (CNCF 正是…, 为什么 MQTT 是…), not an object (支持 MQTT 并发…).
    const subject = CLAUSE_SUBJECT.exec(sentence.slice(hit.clauseStart, hit.start));
    const otherSubject = subject !== null && !ours.has(foldTerm(subject[1]!));
    for (const name of publisher.names) {
      const needle = foldTerm(name.text);
      if (needle.length === 0) continue;
      for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
        const start = map[at]!;
        const end = map[at + needle.length - 1]! + 1;
        if (end <= hit.start && /^\s*的\s*$/u.test(sentence.slice(end, hit.start))) continue;
        if (ATTRIBUTION_AFTER.test(sentence.slice(end, end + 6)) || /据\s*$/u.test(sentence.slice(0, start)))
          continue;
        const inClause = start >= hit.clauseStart && end <= hit.clauseEnd;
        // News names its own outlet in datelines and credits; there a name ties only its own clause.
        if (!inClause && (otherSubject || publisher.profile === 'news')) continue;
        return {
          kind: 'name',
          text: name.text,
          name,
          ...(start >= hit.sentenceEnd && hit.beyond ? { where: hit.beyond } : {}),
        };
      }
    }
  }
  const self = SELF.exec(sentence);
  if (self) return { kind: 'self', text: self[0] };
  const commerce =
    OFFER.exec(sentence) ??
    LAUNCH.exec(sentence.slice(hit.clauseStart, hit.clauseEnd)) ??
    (publisher.profile === 'news' ? null : PRICE.exec(sentence));
  if (commerce) return { kind: 'commerce', text: commerce[0] };
  return undefined;
}

const NAME_KIND: Record<OwnName['kind'], LocalizedText> = {
  account: { zh: '本账号名称', en: 'the account’s own name' },
  brand: { zh: '本公司品牌', en: 'the company’s brand' },
  product: { zh: '本公司产品', en: 'the company’s product' },
};

const PLACE: Record<ContextWhere, LocalizedText> = {
  section: { zh: '标题所在小节的开头提到', en: "the heading's section opens with" },
  opening: { zh: '标题没有主语，而正文开头提到', en: 'the title has no subject and the article opens with' },
  following: {
    zh: '加粗的一行没有主语，而紧接着的正文提到',
    en: 'the bold line has no subject and the text after it names',
  },
  previous: { zh: '句首的代词指上一句提到的', en: 'the sentence opens with a pronoun for' },
  article: {
    zh: '标题没有主语，而文章多次提到',
    en: 'the title has no subject and the article keeps naming',
  },
};

/** Why the sentence counts as the publisher's own claim, for the message: "与本公司产品「X」同句". */
export function anchorReason(anchor: Anchor): LocalizedText {
  switch (anchor.kind) {
    case 'name': {
      const kind = NAME_KIND[anchor.name!.kind];
      if (!anchor.where) {
        return {
          zh: `与${kind.zh}「${anchor.text}」同句`,
          en: `it shares a sentence with ${kind.en} "${anchor.text}"`,
        };
      }
      const place = PLACE[anchor.where];
      return { zh: `${place.zh}${kind.zh}「${anchor.text}」`, en: `${place.en} ${kind.en} "${anchor.text}"` };
    }
    case 'self':
      return {
        zh: `同句以「${anchor.text}」指本公司的产品或服务`,
        en: `the sentence speaks of the publisher's own offering ("${anchor.text}")`,
      };
    case 'commerce':
      return {
        zh: `同句含销售信息「${anchor.text}」`,
        en: `the sentence sells ("${anchor.text}")`,
      };
    case 'promotion':
      return {
        zh: `位于推广或赞助内容中（「${anchor.text}」）`,
        en: `it is inside promoted or sponsored content ("${anchor.text}")`,
      };
  }
}
