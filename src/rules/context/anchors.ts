import type { LocalizedText } from '../../lint/types.js';
import { foldTerm } from '../../text/fold.js';
import type { OwnName, Publisher } from '../types.js';

/**
 * What ties a sentence to the publisher's own offering. The Advertising Law binds an advertiser's claims about its
 * own goods or services (广告法第二条), so a context-dependent absolute term (最佳, 世界级, 全球领先…) is a claim only
 * in a sentence that is about the publisher's offering: one that speaks as the company (本公司, 我司, 本品…),
 * names one of its declared brands or products, or sells (a price, 下单, 包邮, 优惠券…). Without such an anchor the
 * sentence is most likely news, history or someone else's product, and the hit is shown as information.
 */
export interface Anchor {
  kind: 'self' | 'name' | 'commerce';
  /** The text in the sentence that anchors it. */
  text: string;
  /** For `name`: which declared name. */
  name?: OwnName;
}

/**
 * The company speaking of itself or addressing its customer. 我们 counts as the subject of a claim (我们是, 我们的,
 * 我们推出…) or with a company noun, not alone: in reporting and speeches 我们要… is as often "we the country".
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
    '我们(?:的|是|拥有|提供|推出|打造|研发|率先|首创|专注)',
    '我们(?:公司|集团|企业|品牌|产品|新品|服务|团队|门店|店铺|平台)',
    '我们家',
    '自家',
    '旗下(?:产品|品牌)',
    '您的[^，。！？；,!?;]{0,8}?(?:选择|之选|首选|伙伴)',
    '你的[^，。！？；,!?;]{0,8}?(?:选择|之选|首选)',
  ].join('|'),
  'u',
);

/**
 * Selling: a price, an order, a discount. Amounts in 万元/亿元 are revenue or investment, not a price, and 优惠政策
 * or 证券/债券 are not offers, so those are left out.
 */
const COMMERCE = new RegExp(
  [
    '[￥¥]\\s?\\d',
    '(?<![万亿\\d.])\\d+(?:\\.\\d+)?\\s?元(?![宵旦素老首年月代朝件])',
    '(?:售|定|原|现|到手|券后|优惠|特惠|活动|秒杀|团购|首发|会员|出厂|零售)价',
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
    '(?<![证债奖彩])券(?![商])',
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

/** The first anchor of `sentence`: declared names first (the strongest tie), then self-reference, then selling. */
export function findAnchor(sentence: string, publisher: Publisher): Anchor | undefined {
  if (publisher.names.length > 0) {
    const folded = foldTerm(sentence);
    for (const name of publisher.names) {
      const needle = foldTerm(name.text);
      if (needle.length > 0 && folded.includes(needle)) return { kind: 'name', text: name.text, name };
    }
  }
  const self = SELF.exec(sentence);
  if (self) return { kind: 'self', text: self[0] };
  const commerce = COMMERCE.exec(sentence);
  if (commerce) return { kind: 'commerce', text: commerce[0] };
  return undefined;
}

const NAME_KIND: Record<OwnName['kind'], LocalizedText> = {
  account: { zh: '本账号名称', en: 'the account’s own name' },
  brand: { zh: '本公司品牌', en: 'the company’s brand' },
  product: { zh: '本公司产品', en: 'the company’s product' },
};

/** Why the sentence counts as the publisher's own claim, for the message: "与本公司产品「X」同句". */
export function anchorReason(anchor: Anchor): LocalizedText {
  switch (anchor.kind) {
    case 'name': {
      const kind = NAME_KIND[anchor.name!.kind];
      return {
        zh: `与${kind.zh}「${anchor.text}」同句`,
        en: `in the same sentence as ${kind.en} "${anchor.text}"`,
      };
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
  }
}
