/**
 * A claim that presents goods: the term qualifies a product noun later in its own clause ("全球首款 PB 级超融合时序
 * 数据库", "业界领先的企业级 IAM 身份管理和认证产品"). Nothing in such a sentence says whose product it is, so it is
 * not an error; but it is advertising copy whoever's goods it praises, and whoever publishes an ad with an absolute
 * claim is fined as well as the advertiser (广告法第五十七条). Joint posts and partner announcements carry exactly
 * these sentences, so a corporate account sees them as warnings instead of information.
 *
 * The nouns are the ones that name something sold. Words that also name methods, communities or ideas (平台, 框架,
 * 工具, 项目, 方案 alone) are left out: "业界领先的开源项目" in a community post is not copy; so are the nouns of a
 * company (供应商, 品牌): "全球领先的数据库供应商发布了新版本" is news about someone else.
 */
const PRODUCT_NOUN =
  /^[^，。！？；,;!?\n]{0,60}?(?:产品|数据库|SDK|软件|解决方案|芯片|处理器|一体机|服务器|终端|云服务|商品)/u;

/** After the noun: 产品经理 and 产品化 are jobs and processes; 数据库供应商 and 软件公司 are companies. */
const NOT_GOODS_AFTER =
  /^(?:经理|化|管理员|线|设计|团队|负责人|研发|体验|供应商|服务商|提供商|厂商|公司|企业|巨头|集团)/u;

/** The product noun the hit qualifies, when the rest of its clause names one. */
export function productNounAfter(clauseAfterHit: string): string | undefined {
  const match = PRODUCT_NOUN.exec(clauseAfterHit);
  if (!match) return undefined;
  const next = clauseAfterHit.slice(match[0].length, match[0].length + 3);
  return NOT_GOODS_AFTER.test(next) ? undefined : shown(match[0]);
}

/** The product as the message quotes it: without the leading 的, and only its end when it is long. */
function shown(phrase: string): string {
  const text = phrase.replace(/^[\s的]+/u, '').trim();
  return text.length > 16 ? `…${text.slice(-16)}` : text;
}
