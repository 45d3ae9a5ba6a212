import { describe, expect, it } from 'vitest';
import adAbsoluteTerm from '../../../src/rules/law/ad-absolute-term.js';
import { FRONT_MATTER, lint, said } from '../../helpers.js';

/** The company of these fixtures declares one brand and one product (policies/wxgate.yml `publisher:`). */
const COMPANY = 'publisher:\n  brands: [澜川]\n  products: [清肺颗粒]\n';

/** `severity「actual」` of each law/ad-absolute-term finding in one sentence, with the shipped word lists. */
function judged(sentence: string, policy = COMPANY): string[] {
  return lint(`${FRONT_MATTER}\n${sentence}\n`, { rules: [adAbsoluteTerm], policy }).messages.map(
    (m) => `${m.severity}「${m.actual}」`,
  );
}

describe('law/ad-absolute-term judges a hit in its sentence', () => {
  // Each context-dependent term both ways: unanchored it is information, tied to the company's offering an error.
  it.each([
    ['third party', '这座大桥建成时是世界第一长的跨海大桥。', ['info「世界第一」']],
    ['third party, anchored by a product', '清肺颗粒是世界第一的止咳药。', ['error「世界第一」']],
    ['community opinion', '社区普遍认为该框架是前端开发的最佳选择。', ['info「最佳」']],
    ['addressed to the customer', '澜川清肺颗粒，您的最佳选择。', ['error「最佳」']],
    ['news about a company', '全球领先的数据库供应商发布了新版本。', ['info「全球领先」']],
    ['the company about itself, by brand', '澜川是全球领先的医药供应商。', ['error「全球领先」']],
    ['the company about itself, by self-reference', '本公司是全球领先的医药供应商。', ['error「全球领先」']],
    ['a price anchors', '这款手机续航同级最强，到手价 2999 元。', ['error「续航同级最强」']],
    ['an attribute superlative, self-referenced', '我们的产品续航同级最强。', ['error「续航同级最强」']],
    ['an attribute superlative of others', '评测显示这台车续航同级最强。', ['info「续航同级最强」']],
    ['a first of others', '该公司是国内首家上市的民营医药企业。', ['info「国内首家」']],
    ['a first of our own', '本公司推出全球首款折叠屏手机。', ['error「全球首款」']],
    ['history superlative in a sale', '史上最强的年终促销，全场 5 折。', ['error「史上最强」']],
    ['…之王 with a price', '性价比之王，仅售 99 元。', ['error「性价比之王」']],
    ['…之王 in a story', '狮子是草原之王。', ['info「草原之王」']],
  ])('%s: %s', (_, sentence, expected) => {
    expect(judged(sentence)).toEqual(expected);
  });

  it.each([
    ['an ordinal', '世界第一台电子计算机诞生于 1946 年。', []],
    ['an ordinal batch', '国内第一批试点城市名单公布。', []],
    ['an ordinal group', '公司处于行业第一阵营。', ['info「行业第一」']],
    ['an ordinal claimed by the company', '我们是国内第一家通过认证的企业。', ['error「国内第一」']],
    ['a designation with quotes inside', '入选国家级“绿色工厂”名单。', ['info「国家级」']],
    ['a designation', '被评为国家级示范基地。', ['info「国家级」']],
    ['a designation claimed next to a product', '清肺颗粒入选国家级“绿色工厂”名单。', ['info「国家级」']],
    ['an award', '荣获年度最佳供应商奖。', ['info「最佳」']],
    ['an award of the company', '澜川荣获年度最佳供应商奖。', ['info「最佳」']],
    ['a technical head', '求解最优路径需要动态规划。', []],
    ['a technical head', '最佳线程数取决于负载。', ['info「最佳」']],
    ['a use case, not a ranking', '清肺颗粒的最佳应用场景是夜间咳嗽。', ['info「最佳」']],
    ['advice', '提交问题的最佳渠道是工单系统。', ['info「最佳」']],
    ['a consumer tip', '现在是最佳采摘期。', ['info「最佳」']],
    ['a consumer tip about the product', '清肺颗粒的最佳服用时间是饭后。', ['info「最佳」']],
    ['a grade in news', '防汛应急响应升至最高级。', ['info「最高级」']],
    ['a mission', '我们致力于成为全球领先的医药企业。', ['info「全球领先」']],
    ['a link to a reference', '延伸阅读：[年度最佳开源项目盘点](https://example.com/a)。', ['info「最佳」']],
    ['a quoted title', '推荐阅读《史上最强的一届世界杯》。', ['info「史上最强」']],
    ['negation', '没有全网最低价这回事。', ['info「全网最低价」']],
  ])('frames: %s — %s', (_, sentence, expected) => {
    expect(judged(sentence)).toEqual(expected);
  });

  it.each([
    ['最优 inside 最优先', '系统会最优先处理高优先级任务。'],
    ['最优 inside 最优惠', '本店商品最优惠。'],
    ['世界级 inside 世界级别', '比赛达到世界级别的水准。'],
  ])('word boundaries: %s is no hit', (_, sentence) => {
    expect(judged(sentence)).toEqual([]);
  });

  it('terms commercial by nature are errors with or without an anchor', () => {
    expect(judged('全网最低价，限时抢购！')).toEqual(['error「全网最低价」']);
    expect(judged('连续三年销量冠军，值得信赖。')).toEqual(['error「销量冠军」']);
  });

  it('the marketing profile makes unanchored context-dependent terms warnings', () => {
    const marketing = `${COMPANY.replace('publisher:\n', 'publisher:\n  profile: marketing\n')}`;
    expect(judged('社区普遍认为该框架是前端开发的最佳选择。', marketing)).toEqual(['warning「最佳」']);
    expect(judged('澜川清肺颗粒，您的最佳选择。', marketing)).toEqual(['error「最佳」']);
    expect(judged('荣获年度最佳供应商奖。', marketing)).toEqual(['info「最佳」']);
  });

  it('a severity set in the policy still keeps the context: unanchored stays information', () => {
    const strict = `${COMPANY}rules:\n  law/ad-absolute-term: error\n`;
    expect(judged('社区普遍认为该框架是前端开发的最佳选择。', strict)).toEqual(['info「最佳」']);
    expect(judged('澜川清肺颗粒，您的最佳选择。', strict)).toEqual(['error「最佳」']);
  });
});

describe('law/ad-absolute-term says why, in both languages', () => {
  const message = (sentence: string, locale: 'zh-CN' | 'en') =>
    said(
      lint(`${FRONT_MATTER}\n${sentence}\n`, { rules: [adAbsoluteTerm], policy: COMPANY }).messages[0]!,
      locale,
    );

  it('an anchored error names what tied it to the company', () => {
    expect(message('清肺颗粒是世界第一的止咳药。', 'zh-CN')).toBe(
      '广告绝对化用语「世界第一」：公司账号发布的内容可被认定为广告，最高罚款 100 万元。判定依据：与本公司产品「清肺颗粒」同句。请删除，或改为有时间、地域限定且可证实的事实并注明来源（如“2023 年 ×× 省销量第一，来源：××”）。（依据：广告法第九条第（三）项；第五十七条）',
    );
    expect(message('到手价 99 元，最佳选择。', 'en')).toBe(
      'Absolute advertising term "最佳": company posts can count as advertising (fines up to RMB 1,000,000). Judged so because the sentence sells ("到手价"). Replace it with a specific, verifiable description (e.g. "passed ×× testing"). Consumer tips (best time to eat, best way to use) and award names are fine. (Source: 广告法第九条第（三）项；第五十七条)',
    );
  });

  it('information says why it is only that, and what it would be', () => {
    expect(message('社区普遍认为该框架是前端开发的最佳选择。', 'zh-CN')).toBe(
      '「最佳」仅作提示：同句未提及本公司的产品、品牌或销售信息（可能是新闻、历史或他人的产品）。如果这里说的是本公司的产品或服务：广告绝对化用语「最佳」：公司账号发布的内容可被认定为广告，最高罚款 100 万元。请改为具体、可证实的描述（如“通过 ×× 检测”）。消费提示（最佳食用时间、最佳使用方法）和奖项名称可以使用。（依据：广告法第九条第（三）项；第五十七条）',
    );
    expect(message('荣获年度最佳供应商奖。', 'en')).toBe(
      '"最佳" is for information only: "最佳供应商奖" is an award or an officially granted title; under the SAMR guide on absolute terms this is not an absolute claim about goods. Reviewer: confirm. (Source: 广告法第九条第（三）项；第五十七条)',
    );
  });
});

describe('law/ad-absolute-term: structures found on real writing', () => {
  it.each([
    ['choosing the best is optimisation', '优化器会选择最优的执行计划。', ['info「最优」']],
    ['advice on what to do', '你的最佳选择是，推掉这些离职面谈。', ['info「最佳」']],
    ['the past', '那是当时最先进的系统，售价几千元。', ['info「最先进」']],
    [
      'a report on another company',
      '一家美国公司宣布，全球首个家务机器人正式开卖，售价 2 万美元。',
      ['info「全球首个」'],
    ],
    ['praise of a partner', '清肺颗粒与全球领先的医药巨头一起合作。', ['info「全球领先」']],
    [
      'a 作为 clause describes the next subject',
      '作为全球唯一的 8K 制作机构，澜川将负责转播。',
      ['error「全球唯一」'],
    ],
    ['a rumour', '坊间传言我们是国内第一家这样做的企业。', ['info「国内第一」']],
    ['our name only as the one praised for', 'Kubernetes 正是清肺颗粒的最佳载体。', ['info「最佳」']],
    ['another subject in the clause', '我们把清肺颗粒推向海外，CNCF 正是一个最佳的平台。', ['info「最佳」']],
    ['a particle after the term', '本品是性能最好的止咳药。', ['error「性能最好」']],
    ['a launch in the same clause', '国内首部 AI 动画片明晚开播。', ['error「国内首部」']],
    [
      'a pronoun refers to the sentence before',
      '清肺颗粒今天上市。这是全球首个同类产品。',
      ['error「全球首个」'],
    ],
    ['a mission named after its words', '为了完成「以世界级产品服务人类」的使命而努力。', ['info「世界级」']],
    [
      'a quoted mission holding a comma',
      '我们践行着「通过世界级开源软件产品，服务人类未来产业与社会」的使命。',
      ['info「世界级」'],
    ],
    ['a scale, not a quality', '澜川扛住了世界级的流量洪峰。', ['info「世界级」']],
    ['a person described', '澜川的张工是国内唯一的 OpenSSL maintainer。', ['info「国内唯一」']],
    ['a recommendation', '推荐升级到清肺颗粒新包装，以获得最佳体验。', ['info「最佳」']],
    ['rather than', '清肺颗粒追求的是兼容而非性能最佳。', ['info「最佳」']],
    [
      'an object is not another subject',
      '清肺颗粒支持 MQTT 协议，是全球首个这样做的药品。',
      ['error「全球首个」'],
    ],
    [
      'a product presented without saying whose: a partner’s copy in a joint post',
      'MatrixDB 是全球首款 PB 级超融合时序数据库。',
      ['warning「全球首款」'],
    ],
    ['a job, not a product', '他是业界领先的产品经理。', ['info「业界领先」']],
    [
      'a foundation’s status, owned right before it',
      'Kata Containers 是 OpenStack 基金会的顶级开放基础设施项目。',
      ['info「顶级」'],
    ],
    [
      'a link naming our product is our claim',
      '[清肺颗粒是全球首个这样的药](https://example.com)。',
      ['error「全球首个」'],
    ],
  ])('%s: %s', (_, sentence, expected) => {
    expect(judged(sentence)).toEqual(expected);
  });

  it('顶级 before 项目 is a foundation’s status only where the foundation owns it, not where Apache begins a name', () => {
    const nacos = 'publisher:\n  brands: [Nacos]\n';
    expect(judged('Nacos 已经是 Apache 的顶级项目。', nacos)).toEqual(['info「顶级」']);
    expect(judged('参与 Apache Dubbo、Nacos 等顶级开源项目的研发。', nacos)).toEqual(['warning「顶级」']);
  });

  it('the news profile: a price does not tie a claim, an offer to the reader does; a dateline is not a subject', () => {
    const news = 'publisher:\n  profile: news\n  brands: [央视]\n';
    expect(judged('MatrixDB 是全球首款 PB 级超融合时序数据库。', news)).toEqual(['info「全球首款」']);
    expect(judged('该车售价 30 万美元，可能成为全球首款量产飞行汽车。', news)).toEqual(['info「全球首款」']);
    expect(judged('全球首款量产飞行汽车，读者下单立减 500 元。', news)).toEqual(['error「全球首款」']);
    expect(judged('央视网消息：我国造船业三大指标稳居世界第一。', news)).toEqual(['info「世界第一」']);
  });

  it('a sponsored section makes its claims ads; a heading is judged with its section’s opening', () => {
    const sponsored = `${FRONT_MATTER}\n## 前端课程\n\n本期周刊得到开课吧的支持。他们是国内领先的在线教育平台。\n`;
    expect(
      lint(sponsored, { rules: [adAbsoluteTerm], policy: COMPANY }).messages.map(
        (m) => `${m.severity}「${m.actual}」`,
      ),
    ).toEqual(['error「国内领先」']);
    const heading = `${FRONT_MATTER}\n## 性能最好的止咳药\n\n清肺颗粒采用了新工艺。\n`;
    const [message] = lint(heading, { rules: [adAbsoluteTerm], policy: COMPANY }).messages;
    expect(message?.severity).toBe('error');
    expect(said(message!)).toContain('判定依据：标题所在小节的开头提到本公司产品「清肺颗粒」。');
  });
});

it('law/ad-absolute-term: a title with no subject speaks of what the article keeps naming', () => {
  const article =
    FRONT_MATTER.replace('title: 澜川集团发布第三季度经营简报', 'title: 国内首个这样的止咳药') +
    '\n这是一篇介绍。\n\n清肺颗粒上市了。清肺颗粒由澜川研发。清肺颗粒适合成人。\n';
  const messages = lint(article, { rules: [adAbsoluteTerm], policy: COMPANY }).messages;
  expect(messages.map((m) => `${m.severity}「${m.actual}」`)).toEqual(['error「国内首个」']);
  expect(said(messages[0]!)).toContain('判定依据：标题没有主语，而文章多次提到本公司产品「清肺颗粒」。');
  const aside = `${FRONT_MATTER.replace('title: 澜川集团发布第三季度经营简报', 'title: 国内首个这样的止咳药')}\n正文。\n`;
  expect(lint(aside, { rules: [adAbsoluteTerm], policy: COMPANY }).messages[0]!.severity).toBe('info');
});

it('law/ad-absolute-term: a bold line with no subject speaks of what the text after it names', () => {
  const tied = `${FRONT_MATTER}\n**国内首个通过一致性评价的止咳颗粒**\n\n清肺颗粒由澜川研发，今年上市。\n`;
  const [message] = lint(tied, { rules: [adAbsoluteTerm], policy: COMPANY }).messages;
  expect(`${message?.severity}「${message?.actual}」`).toBe('error「国内首个」');
  expect(said(message!)).toContain('判定依据：加粗的一行没有主语，而紧接着的正文提到本公司品牌「澜川」。');
  // Bold inside a sentence is no line of its own; and a bold line followed by someone else's product is no claim.
  const inline = `${FRONT_MATTER}\n这是**国内首个通过一致性评价的止咳颗粒**。\n\n清肺颗粒由澜川研发。\n`;
  expect(lint(inline, { rules: [adAbsoluteTerm], policy: COMPANY }).messages[0]?.severity).toBe('info');
  const other = `${FRONT_MATTER}\n**国内首个通过一致性评价的止咳颗粒**\n\n某药企的产品今年上市。\n`;
  expect(lint(other, { rules: [adAbsoluteTerm], policy: COMPANY }).messages[0]?.severity).toBe('info');
});
