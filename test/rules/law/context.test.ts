import { describe, expect, it } from 'vitest';
import adMedicalClaim from '../../../src/rules/law/ad-medical-claim.js';
import adReturnPromise from '../../../src/rules/law/ad-return-promise.js';
import prohibitedContent from '../../../src/rules/law/prohibited-content.js';
import clickbaitTitle from '../../../src/rules/wechat/clickbait-title.js';
import { FRONT_MATTER, lint, said } from '../../helpers.js';

const RULES = [adMedicalClaim, adReturnPromise, prohibitedContent];

function judged(sentence: string): string[] {
  return lint(`${FRONT_MATTER}\n${sentence}\n`, { rules: RULES }).messages.map(
    (m) => `${m.severity} ${m.ruleId}「${m.actual}」`,
  );
}

describe('every law/* rule: a sentence that negates, warns against or reports the phrase makes it information', () => {
  it.each([
    ['天下没有稳赚不赔的生意。', 'info law/ad-return-promise「稳赚不赔」'],
    ['这款理财产品稳赚不赔。', 'error law/ad-return-promise「稳赚不赔」'],
    ['警惕宣称能“根治”的虚假医疗广告。', 'info law/ad-medical-claim「根治」'],
    ['坚持服用三个月，老胃病也能根治。', 'error law/ad-medical-claim「根治」'],
    ['公安机关破获一起网络赌博案。', 'info law/prohibited-content「网络赌博」'],
    ['加入我们的网络赌博群，天天有红包。', 'error law/prohibited-content「网络赌博」'],
    ['所谓“保本保息”的理财其实是骗局。', 'info law/ad-return-promise「保本保息」'],
  ])('%s', (sentence, expected) => {
    expect(judged(sentence)).toEqual([expected]);
  });
});

describe('law/ad-medical-claim: health claims of food and supplements', () => {
  it.each([
    ['这款益生菌胶囊能增强免疫力。', ['error law/ad-medical-claim「能增强免疫力」']],
    ['每天一杯本品，可以预防心脑血管疾病。', ['error law/ad-medical-claim「可以预防心脑血管疾病」']],
    ['接种疫苗可以预防流感。', ['info law/ad-medical-claim「可以预防流感」']],
  ])('%s', (sentence, expected) => {
    expect(judged(sentence)).toEqual(expected);
  });

  it('says the sentence is about a food or supplement', () => {
    const [m] = lint(`${FRONT_MATTER}\n这款益生菌胶囊能增强免疫力。\n`, { rules: [adMedicalClaim] }).messages;
    expect(said(m!)).toContain('判定依据：同句说的是食品或保健品（「这款」）。');
  });
});

describe('wechat/clickbait-title: families of clickbait titles', () => {
  const title = (t: string) =>
    lint(FRONT_MATTER.replace('title: 澜川集团发布第三季度经营简报', `title: ${t}`), {
      rules: [clickbaitTitle],
    }).messages.map((m) => `${m.severity}「${m.actual}」`);

  it.each([
    ['家长速看：寒假安全提醒', ['error「家长速看」']],
    ['这种水果，吃过的人都后悔了', ['error「的人都后悔了」']],
    ['再不看就晚了！年终盘点', ['error「再不看就晚了」']],
    ['澜川集团 2026 年第三季度经营情况通报', []],
  ])('%s', (t, expected) => {
    expect(title(t)).toEqual(expected);
  });
});
