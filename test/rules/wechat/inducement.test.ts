import { describe, expect, it } from 'vitest';
import inducedFollow from '../../../src/rules/wechat/induced-follow.js';
import inducedShare from '../../../src/rules/wechat/induced-share.js';
import { FRONT_MATTER, lint, said } from '../../helpers.js';

function judged(sentence: string): string[] {
  return lint(`${FRONT_MATTER}\n${sentence}\n`, { rules: [inducedShare, inducedFollow] }).messages.map(
    (m) => `${m.severity} ${m.ruleId}「${m.actual}」`,
  );
}

describe('induced sharing and following are found at sentence scope', () => {
  it.each([
    [
      '把这篇文章转到朋友圈并截图发给客服，就能领取优惠券。',
      ['error wechat/induced-share「转到朋友圈并截图发给客服，就能领取」'],
    ],
    ['邀请 5 位好友关注，即可解锁完整课程。', ['error wechat/induced-share「邀请 5 位好友关注，即可解锁」']],
    [
      '转发本文到朋友圈，截图给小编，即可参与抽奖！',
      ['error wechat/induced-share「转发本文到朋友圈，截图给小编，即可参与抽奖」'],
    ],
    ['分享给 3 个微信群，送你一份新年大礼包。', ['error wechat/induced-share「分享给 3 个微信群」']],
    ['点赞加在看，有机会获得精美周边。', ['error wechat/induced-share「点赞加在看，有机会获得」']],
    ['长按识别二维码关注，回复“报告”领取完整版。', ['error wechat/induced-follow「关注，回复“报告”领取」']],
    ['关注我们的公众号后才能查看答案。', ['error wechat/induced-follow「关注我们的公众号后才能查看」']],
  ])('%s', (sentence, expected) => {
    expect(judged(sentence)).toEqual(expected);
  });

  it.each([
    '欢迎转发分享。',
    '关注我们，了解更多。',
    '在大会上，张总分享了公司获得的荣誉。',
    '这一话题引发广泛关注，不少网友获得了启发。',
    '我们把经验分享给了兄弟单位，他们也获得了好成绩。',
    '点击“阅读原文”获取完整报告。',
  ])('no finding: %s', (sentence) => {
    expect(judged(sentence)).toEqual([]);
  });

  it('a sentence that warns against the practice is information', () => {
    expect(judged('平台严禁以“邀请好友助力即可领取红包”等方式诱导分享。')).toEqual([
      'info wechat/induced-share「好友助力」',
    ]);
    expect(judged('警惕“转发到 3 个群就能领取红包”的骗局。')).toEqual([
      'info wechat/induced-share「转发到 3 个群」',
    ]);
  });

  it('says which action earns which reward', () => {
    const [message] = lint(`${FRONT_MATTER}\n邀请 5 位好友关注，即可解锁完整课程。\n`, {
      rules: [inducedShare],
    }).messages;
    expect(said(message!)).toBe(
      '诱导分享「邀请 5 位好友关注，即可解锁」：微信首次违规即封禁 30 天并清除诱导所得。判定依据：以「解锁」为回报要求读者「邀请 5 位好友」。请删除分享条件：奖励和内容不得以转发、集赞或邀请好友为条件。（依据：微信公众平台运营规范 3.3.1（诱导分享））',
    );
  });
});
