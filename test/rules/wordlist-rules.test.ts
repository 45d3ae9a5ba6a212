import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../../src/config/lexicon-file.js';
import { compileLexicon } from '../../src/lexicon/compile.js';
import { backtrackingRisk } from '../../src/lexicon/regex-safety.js';
import adAbsoluteTerm from '../../src/rules/law/ad-absolute-term.js';
import adMedicalClaim from '../../src/rules/law/ad-medical-claim.js';
import adReturnPromise from '../../src/rules/law/ad-return-promise.js';
import prohibitedContent from '../../src/rules/law/prohibited-content.js';
import type { Rule } from '../../src/rules/types.js';
import clickbaitTitle from '../../src/rules/wechat/clickbait-title.js';
import inducedFollow from '../../src/rules/wechat/induced-follow.js';
import inducedShare from '../../src/rules/wechat/induced-share.js';
import { FRONT_MATTER, lint, messagesOf } from '../helpers.js';

/** The lexicon readers with the full pattern analysis, as policies load them for patterns wxgate did not ship. */
const parseLexiconChecked = (file: string, text: string) => parseLexicon(file, text, backtrackingRisk);

/** A small word list written for these fixtures, so exact messages do not depend on the shipped data. */
const FIXTURE = compileLexicon(
  ...(() => {
    const { entries, allow } = parseLexiconChecked(
      'fixture.yml',
      `rule: law/ad-absolute-term
category: ad-absolute
source: 广告法第九条第（三）项
entries:
  - term: 全网第一
    note: 请删除。
  - term: 最佳
    note: 请改为具体描述。
    allow: [最佳食用时间]
`,
    );
    const extra = parseLexiconChecked(
      'fixture2.yml',
      `rule: law/prohibited-content
category: gambling
source: 第六条第（九）项
entries:
  - term: 网络赌场
    note: 请删除。
  - term: 网传消息
    category: rumour
    severity: warning
    note: 请核实来源。
`,
    );
    return [[...entries, ...extra.entries], allow] as const;
  })(),
);

describe('word-list rules frame their hits with exact, sourced messages', () => {
  it('law/ad-absolute-term', () => {
    expect(
      messagesOf(adAbsoluteTerm, `${FRONT_MATTER}\n我们的产品全网第一，口感最佳。\n`, { lexicon: FIXTURE }),
    ).toEqual([
      '8:6-8:10 error 广告绝对化用语「全网第一」：公司账号发布的内容可被认定为广告，最高罚款 100 万元。请删除。（依据：广告法第九条第（三）项）',
      '8:13-8:15 error 广告绝对化用语「最佳」：公司账号发布的内容可被认定为广告，最高罚款 100 万元。请改为具体描述。（依据：广告法第九条第（三）项）',
    ]);
  });

  it('law/ad-absolute-term keeps the SAMR exemptions: consumer tips pass, dated and sourced facts become info', () => {
    expect(
      messagesOf(adAbsoluteTerm, `${FRONT_MATTER}\n本品最佳食用时间为早餐后。\n`, { lexicon: FIXTURE }),
    ).toEqual([]);
    expect(
      messagesOf(adAbsoluteTerm, `${FRONT_MATTER}\n2025 年全网第一（数据来源：某某研究院年度报告）。\n`, {
        lexicon: FIXTURE,
      }),
    ).toEqual([
      '8:7-8:11 info 「全网第一」出现在注明时间和来源的陈述中，属于可证实的事实陈述时可以使用；请审核人确认数据真实、来源可查。（依据：广告法第九条第（三）项）',
    ]);
    // A year alone, or a source alone, is not enough.
    expect(
      messagesOf(adAbsoluteTerm, `${FRONT_MATTER}\n2025 年全网第一。\n`, { lexicon: FIXTURE })[0],
    ).toMatch(/ error /);
  });

  it('law/prohibited-content names the category and asks for review on warning entries', () => {
    expect(
      messagesOf(prohibitedContent, `${FRONT_MATTER}\n不要访问网络赌*场。网传消息称明天停水。\n`, {
        lexicon: FIXTURE,
      }),
    ).toEqual([
      '8:5-8:10 error 疑似赌博类违法信息「网络赌*场」，不得发布。请删除。（依据：第六条第（九）项）',
      '8:11-8:15 warning 「网传消息」可能涉及谣言类违法信息，请审核人确认语境（如新闻转述、法规引用）后再发布。请核实来源。（依据：第六条第（九）项）',
    ]);
    expect(
      messagesOf(prohibitedContent, `${FRONT_MATTER}\nDo not visit 网络赌场.\n`, {
        lexicon: FIXTURE,
        locale: 'en',
      }),
    ).toEqual([
      '8:14-8:18 error Possible illegal content (gambling): "网络赌场". It must not be published. Note (in Chinese): 请删除。 (Source: 第六条第（九）项)',
    ]);
  });

  it('a severity set in the policy overrides the entry severity', () => {
    const messages = messagesOf(prohibitedContent, `${FRONT_MATTER}\n网传消息。\n`, {
      lexicon: FIXTURE,
      policy: 'rules:\n  law/prohibited-content: error\n',
    });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^8:1-8:5 error /);
  });

  it('wechat/clickbait-title only judges the title, the digest and a body H1', () => {
    const fm = FRONT_MATTER.replace('title: 澜川集团发布第三季度经营简报', 'title: 震惊！澜川集团发布新品');
    const messages = lint(`${fm}\n震惊是正文里的普通用词。\n`, { rules: [clickbaitTitle] }).messages;
    expect(messages.map((m) => `${m.line}:${m.column} ${m.actual}`)).toEqual(['2:8 震惊']);
    const h1 = lint(`${FRONT_MATTER}\n# 震惊！真相来了\n\n## 震惊的小节标题不算\n`, {
      rules: [clickbaitTitle],
    }).messages;
    expect(h1.map((m) => `${m.line}:${m.column} ${m.actual}`)).toEqual(['8:3 震惊']);
  });
});

/** Rules and the shipped word lists together: what authors get by default. */
function ruleIdsOf(rules: Rule[], body: string): string[] {
  return lint(`${FRONT_MATTER}\n${body}\n`, { rules }).messages.map((m) => m.ruleId);
}

const WORD_LIST_RULES = [
  prohibitedContent,
  adAbsoluteTerm,
  adMedicalClaim,
  adReturnPromise,
  inducedShare,
  inducedFollow,
  clickbaitTitle,
];

describe('shipped word lists: everyday corporate Chinese gives no findings', () => {
  it.each([
    '最近，集团首先完成了第一季度的经营目标。',
    '第一次参加活动的同事请先签到；第一章介绍了公司历史。',
    '最后，感谢各位同事一年来的辛勤付出。',
    '最新消息：年会将于 12 月 20 日举行。',
    '这是学习新技能最好的方法。',
    '他赌气没来参加聚餐。',
    '请及时更新杀毒软件病毒库。',
    '近期出现针对员工邮箱的暴力破解攻击，请启用双重验证。',
    '欢迎关注我们的公众号，获取更多集团动态。',
    '客服热线 400-820-1234，工作日 9:00–18:00。',
    '网络安全周活动在北京举行，政府有关部门出席。',
    '集团公开招聘市场部专员，欢迎投递简历。',
    '美国分公司的季度报告已经发布。',
    '我们的目标是为客户提供最好的服务。',
    '本品最佳食用时间为开封后三天内。',
    '公司获评国家级高新技术企业。',
    '请在第一时间报告安全事件。',
    '根治欠薪问题需要各方努力。',
    '红包过期前请及时领取。',
    '这只是一个大麻烦，不必担心。',
  ])('%s', (sentence) => {
    expect(ruleIdsOf(WORD_LIST_RULES, sentence)).toEqual([]);
  });
});

describe('shipped word lists: violations and evasions are caught', () => {
  it.each([
    ['我们的产品全网第一。', 'law/ad-absolute-term'],
    ['我们是行业最佳的选择。', 'law/ad-absolute-term'],
    ['ＮＯ．１的品牌。', 'law/ad-absolute-term'],
    ['坚持服用可以根治胃病。', 'law/ad-medical-claim'],
    ['真正药到病除。', 'law/ad-medical-claim'],
    ['这款理财产品稳赚不赔。', 'law/ad-return-promise'],
    ['保本保息，放心投资。', 'law/ad-return-promise'],
    ['转发朋友圈集满 38 个赞即可领取礼品。', 'wechat/induced-share'],
    ['关注后回复“资料”获取内部资料。', 'wechat/induced-follow'],
    ['线上賭場开业了。', 'law/prohibited-content'],
    ['百 家 乐随时可玩。', 'law/prohibited-content'],
    ['网络赌\u200b博害人。', 'law/prohibited-content'],
    ['出售冰毒。', 'law/prohibited-content'],
  ])('%s → %s', (sentence, ruleId) => {
    expect(ruleIdsOf(WORD_LIST_RULES, sentence)).toContain(ruleId);
  });
});
