import type { SentenceView } from '../../article/sentences.js';
import type { LocalizedText } from '../../text/vocabulary.js';

/**
 * Sentence structures in which an absolute term is not the publisher's claim about its goods, after the SAMR
 * 2023 guide (《广告绝对化用语执法指南》: consumer tips, titles granted under state rules and awards, goals the
 * business pursues, verifiable facts) and the usage of technical and news prose. Each is a structure around the
 * term, not a phrase list: 入选国家级“绿色工厂”名单 is a designation however the name is quoted.
 *
 * All positions are offsets in the sentence's segment text; [start, end) is the hit.
 */
export interface Frame {
  kind:
    | 'award'
    | 'tip'
    | 'technical'
    | 'ordinal'
    | 'mission'
    | 'history'
    | 'report'
    | 'advice'
    | 'partner'
    | 'scale'
    | 'person';
  /** The words that make the frame, quoted in the message. */
  text: string;
}

const AWARD_VERB =
  /(?:荣获|获评|获得|荣膺|入选|被评为|评为|评选为|认定为|授予|获颁|摘得|斩获|入围|列入|列为|获批|跻身|当选|荣登|分获|夺得|问鼎|获)/gu;
const AWARD_NOUN =
  /(?:奖(?![励金惩])|称号|名单|示范|基地|荣誉|榜|认证|证书|试点|工程|园区|开发区|新区|中心|实验室|保护区|景区|非遗|遗产|专精特新|小巨人|高新技术企业|重点企业|龙头企业|企业名录|工厂|金奖|专业|学科|课程|节目|电视剧|纪录片|动画片|影片|作品|奖杯)/u;
/** Giving an award, written after its name: 为 2018 年最佳社区贡献团队颁发了荣誉奖杯. */
const GRANT_AFTER = /(?:颁发|颁授|颁奖|表彰|授予|评选出|获奖)/u;
/** An award's own name: 年度最佳供应商奖, 最佳新人奖, 最佳人气（项目）. */
const AWARD_NAME =
  /^(?:[^，。！？；,!?;]{0,10}?(?:奖(?![励金惩])|称号)|(?:人气|新人|创意|贡献|组织|表现|进步|风尚|新秀|男主角|女主角|男配角|女配角|导演|影片|编剧|纪录片)(?!的))/u;
/** Designated by the state: 国家级、省级 … 示范基地、重点实验室、开发区. */
const DESIGNATION =
  /^[“"「『]?[^，。！？；,!?;]{0,12}?(?:示范|基地|中心|实验室|园区|开发区|新区|保护区|风景名胜区|景区|非遗|非物质文化遗产|遗产|专精特新|小巨人|高新技术企业|重点|工程|项目|课题|人才|专家|大师|运动员|裁判|赛事|比赛|会议|展会|平台|学科|专业|课程|研究院|研究所|湿地|公园|文物|贫困县|示范区|规划|标准|媒体|协会|学会|期刊|非遗传承人|传承人|工厂|企业|名录|名单|称号|奖)/u;
/** A foundation's top-level project (Apache 顶级项目) is a status the foundation grants. */
const FOUNDATION = /(?:Apache|ASF|CNCF|基金会|孵化器|孵化)/u;
/** The foundation owns the status when it comes right before it: 基金会的顶级开放基础设施项目. */
const FOUNDATION_OWNS = /(?:Apache|ASF|CNCF|基金会)\s*(?:旗下|下)?的?\s*$/u;

/**
 * 顶级 is the foundation's status in "成为 Apache 顶级项目" and "OpenStack 基金会的顶级开放基础设施项目", not in "Apache
 * Dubbo、Nacos 等顶级开源项目", where Apache only begins a product's name and 顶级 praises the list.
 */
function isFoundationStatus(before: string, clauseAfter: string): boolean {
  if (/^项目/u.test(clauseAfter)) return FOUNDATION.test(before);
  return FOUNDATION_OWNS.test(before) && /^[^，。！？；]{0,8}?项目/u.test(clauseAfter);
}
/** The size of a task or an event, not a quality of goods: 世界级的流量洪峰, 国际一流的赛事. */
const SCALE = /^(?:的)?(?:流量|规模|难题|挑战|洪峰|难度|考验|赛事|比赛|舞台|课题|峰值|并发|盛会|体育赛事)/u;
/** A person described: 国内唯一的 OpenSSL 维护者, 世界顶尖的科学家. Claims about people are not claims about goods. */
const PERSON =
  /^(?:的)?[^，。！？；]{0,16}?(?:维护者|贡献者|成员|专家|开发者|作者|讲师|工程师|科学家|学者|获奖者|委员|女性|男性|华人|运动员|选手|教练|医生|教授|院士|maintainer|committer|contributor|PMC|MVP)/iu;
/** A recommendation to the reader: 推荐升级到新版本，以获得最佳体验. */
const RECOMMENDING = /(?:建议|推荐)[^，。！？；]{0,16}(?:升级|使用|安装|配置|更新|采用|参考|阅读|开启|启用)/u;
/** Consumer tips (SAMR case 2): 最佳食用期, 最佳采摘时间, 最佳观赏季. */
const TIP =
  /^(?:的)?(?:食用|饮用|保存|观赏|赏味|采摘|使用|播种|种植|收获|游览|旅游|出行|观看|拍摄|赏花|观测|就医|就诊|锻炼|运动|接种|服用|治疗|干预|复查|检查|休息|睡眠|入睡|学习|赏月|赏雪|观鸟|购买|更换|保养|充电)?(?:期|时间|时期|时机|时段|季节|季|温度|湿度|方法|方式|年龄|窗口期|窗口|位置|角度|距离|路线|地点|状态)/u;
/** Technical and advisory heads: 最优解, 最佳实践, 最佳线程数, 最佳渠道. 选择 is not one: 您的最佳选择 is a claim. */
const TECHNICAL =
  /^(?:的)?(?:解|值|化|策略|路径|实践|方案|参数|配置|线程数|阈值|步长|超参数|算法|近似|估计|匹配|分配|调度|设计|做法|写法|用法|渠道|途径|方式|方法|办法|模型|结构|子结构|顺序|排序|组合|平衡|性能|精度|结果|答案|选项|次序|实现|范式|粒度|规模|尺寸|分辨率|区间|间隔|频率|搭配|比例|配比|时机|入口|计划|执行计划|索引|路由|节点|副本|分片|查询|连接|编码|压缩|部署|架构|拓扑|特性|道路|推荐|场景|适用场景|适应场景|应用场景|使用场景|物理计划|执行方式|平衡点|手段|工具|方法论|时间点|应用实践|工程实践|开发实践)/u;
/** Choosing or computing the best of something is optimisation, not a claim: 选择最优的物理计划. */
const SELECTING =
  /(?:选择|选出|选取|挑选|找到|找出|寻找|求解|求出|计算出|得出|确定|搜索|选用|采用)(?:出)?(?:一个|一条|一种)?$/u;
/** Advice on what to do: 你的最佳选择是推掉…, 最好的办法就是… */
const ADVICE = /^(?:的)?(?:选择|做法|办法|方式|策略|出路)(?:是|就是|为|莫过于)/u;
const SUPERLATIVE_HEAD = /(?:最优|最佳|最好|最高|最低|最大|最小|最快|最合适|最适合)$/u;
/** An ordinal, not a ranking: 第一台, 第一批, 第一梯队, 第一阵营. */
const ORDINAL =
  /^(?:代|例|家|款|艘|台|批|梯队|阵营|次|个|位|届|期|步|轮|部|辆|架|座|条|名|手|线|时间|季度|阶段|章|节|天|年|月|场|首|件|只|颗|枚|所|套|本|篇|份|项|站|棒|课|道|层|排|口|支|把|张|单|笔|针|声|幕|集|波|球|局|圈|程)/u;
/** Goals and mission (SAMR: a goal the business pursues is not a claim about its goods). */
const MISSION =
  /(?:使命|愿景|致力于|致力|立志|目标是|目标为|力争|争创|争当|努力成为|努力打造|打造成为|建设成为|追求|梦想|宗旨|理念|初心|希望成为|期望|愿望|有望成为|迈向|迈进|向着|希望|对标|比肩|看齐|追赶|在未来|未来将|打造(?!了|出)|建设(?!了)|(?:将|要|会|能|一起|共同|携手|联合|相信)[^，。！？；]{0,10}(?:打造|构建|建设|建成|成为))/u;

const MISSION_REACH = 40;
/**
 * A mission named after its words: 「通过世界级软件产品服务人类」的使命. A quoted mission may hold commas (「通过世界级
 * 开源软件产品，服务人类未来产业与社会」的使命); unquoted, a goal does not reach over one.
 */
const MISSION_AFTER =
  /^(?:[^，。！？；]{0,30}?[」”"』]?|[^。！？；]{0,40}?[」”"』])的(?:使命|愿景|梦想|宗旨|目标)/u;

/** The past: 当时最先进的系统 describes history, not goods on sale today. */
const HISTORY = /(?:当时|那时|彼时|当年|曾是|曾经|早年|昔日|上世纪|\d{2,4}\s?年代)/u;

/** The frame around the hit, if any; the ordinal frame is reported separately since an anchor overrides it. */
export function findFrame(view: SentenceView, start: number, end: number): Frame | undefined {
  const text = view.segment.text;
  const hit = text.slice(start, end);
  const after = text.slice(end, view.end);
  const [clauseStart, clauseEnd] = view.clauseAt(start);
  const clauseBefore = text.slice(clauseStart, start);
  const clauseAfter = text.slice(end, clauseEnd);

  const name = AWARD_NAME.exec(clauseAfter);
  if (name) return { kind: 'award', text: `${hit}${name[0]}` };
  const verbs = [...clauseBefore.matchAll(AWARD_VERB)];
  const noun = AWARD_NOUN.exec(clauseAfter);
  const granted = verbs.at(-1)?.[0] ?? GRANT_AFTER.exec(clauseAfter)?.[0];
  if (granted && noun) return { kind: 'award', text: `${granted}…${noun[0]}` };
  if (/(?:国家|省|市|部|区|县|州)级$/u.test(hit)) {
    const designation = DESIGNATION.exec(clauseAfter);
    if (designation) return { kind: 'award', text: `${hit}${designation[0]}` };
  }
  if (/顶级$/u.test(hit) && isFoundationStatus(text.slice(view.start, start), clauseAfter)) {
    return { kind: 'award', text: `${hit}项目` };
  }
  const scale = SCALE.exec(after);
  if (scale && /(?:级|领先|一流|顶尖)$/u.test(hit)) return { kind: 'scale', text: `${hit}${scale[0]}` };
  const person = PERSON.exec(clauseAfter);
  if (person) return { kind: 'person', text: `${hit}${person[0]}` };
  const recommending = RECOMMENDING.exec(text.slice(view.start, start));
  if (recommending) return { kind: 'advice', text: recommending[0] };
  if (SUPERLATIVE_HEAD.test(hit)) {
    const tip = TIP.exec(after);
    if (tip && /佳|好|适/u.test(hit)) return { kind: 'tip', text: `${hit}${tip[0]}` };
    const technical = TECHNICAL.exec(after);
    if (technical) return { kind: 'technical', text: `${hit}${technical[0]}` };
    const selecting = SELECTING.exec(text.slice(Math.max(view.start, start - 8), start));
    if (selecting) return { kind: 'technical', text: `${selecting[0]}${hit}` };
    const advice = ADVICE.exec(after);
    if (advice) return { kind: 'advice', text: `${hit}${advice[0]}` };
  }
  const partner = PARTNER_BEFORE.exec(clauseBefore);
  const party = partner && PARTY_AFTER.exec(clauseAfter);
  if (partner && party) return { kind: 'partner', text: `${hit}${party[0]}` };
  // A goal reaches over a comma (我们的使命是，成为…), not over a whole long sentence.
  const mission =
    MISSION.exec(text.slice(Math.max(view.start, start - MISSION_REACH), start)) ??
    MISSION_AFTER.exec(text.slice(end, view.end));
  if (mission) return { kind: 'mission', text: mission[0] };
  const history = HISTORY.exec(clauseBefore);
  if (history) return { kind: 'history', text: history[0] };
  return undefined;
}

/**
 * Praise of a partner, customer or peer, not of the publisher: TiDB 与全球领先的餐饮巨头一起合作, 受到了全球顶尖的
 * 企业客户的认可. A relation word before the term and a party noun after it, in one clause.
 */
const PARTNER_BEFORE =
  /(?:与|和|跟|同|(?<![作成认称视行更])为|帮助|服务于?|携手|联合|助力|受到|得到|赢得|获得|深受|吸引)[^，。！？；]{0,12}$/u;
const PARTY_AFTER =
  /^(?:的)?[^，。！？；]{0,8}?(?:巨头|企业|公司|客户|厂商|品牌|机构|伙伴|银行|集团|用户|院校|高校|大学|团队|开发者|学者|专家|科学家|投资人|合作方)/u;

/** Reporting on another company: 一家美国公司宣布，全球首个家务机器人正式开卖. */
const REPORT =
  /(?:一家|某家?|这家|该|另一家|多家|一名|一位)[^，。！？；]{0,12}(?:公司|企业|品牌|厂商|机构|团队|网站|媒体|创业公司|初创公司|车企|药企)[^，。！？；]{0,8}(?:宣布|表示|称|发布|推出|透露|报道|声称)/u;

/**
 * Frames that a tie to the publisher's own name or self-reference overrides, but selling does not: an ordinal
 * (第一台, 第一家 — "我们是国内第一家…" stays a claim) and a report on another company.
 */
export function findWeakFrame(view: SentenceView, start: number, end: number): Frame | undefined {
  const report = REPORT.exec(view.segment.text.slice(view.start, start));
  if (report) return { kind: 'report', text: report[0] };
  return findOrdinal(view, start, end);
}

/** 第一 or 首 followed by a classifier: 世界第一台电子计算机, 国内第一家, 处于行业第一阵营. */
export function findOrdinal(view: SentenceView, start: number, end: number): Frame | undefined {
  const text = view.segment.text;
  if (!/(?:第一|首)$/u.test(text.slice(start, end))) return undefined;
  const classifier = ORDINAL.exec(text.slice(end, view.end));
  return classifier ? { kind: 'ordinal', text: `${text.slice(start, end)}${classifier[0]}` } : undefined;
}

export const FRAME_REASON: Record<Frame['kind'], (text: string) => LocalizedText> = {
  award: (t) => ({
    zh: `「${t}」是奖项或依法授予的称号`,
    en: `"${t}" is an award or an officially granted title`,
  }),
  tip: (t) => ({ zh: `「${t}」是消费提示`, en: `"${t}" is a consumer tip` }),
  technical: (t) => ({ zh: `「${t}」是技术或建议用语`, en: `"${t}" is technical or advisory usage` }),
  ordinal: (t) => ({ zh: `「${t}」是序数，不是排名`, en: `"${t}" is an ordinal, not a ranking` }),
  mission: (t) => ({
    zh: `同句以「${t}」表述目标或使命`,
    en: `the sentence states a goal or mission ("${t}")`,
  }),
  history: (t) => ({ zh: `「${t}」说的是过去`, en: `"${t}" speaks of the past` }),
  report: (t) => ({ zh: `同句报道他人（「${t}」）`, en: `the sentence reports on someone else ("${t}")` }),
  advice: (t) => ({ zh: `「${t}」是建议`, en: `"${t}" is advice` }),
  scale: (t) => ({ zh: `「${t}」说的是规模或难度`, en: `"${t}" describes a scale or a challenge` }),
  person: (t) => ({ zh: `「${t}」说的是一个人`, en: `"${t}" describes a person` }),
  partner: (t) => ({
    zh: `「${t}」说的是合作方、客户或同行`,
    en: `"${t}" describes a partner, customer or peer`,
  }),
};
