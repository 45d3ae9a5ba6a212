import { sentenceRanges } from '../../article/zh-nlcst.js';

/**
 * Induced sharing and following at sentence scope (微信公众平台运营规范 3.3.1 诱导分享; 诱导关注): an action the
 * reader is asked to take — share to Moments or groups, collect likes, invite friends, follow the account — and, later
 * in the same sentence, what it earns or unlocks. Word lists see only fixed phrases; real sentences put commas,
 * quotes and objects in between: "把这篇文章转到朋友圈并截图发给客服，就能领取优惠券", "邀请 5 位好友关注，即可解锁
 * 完整课程". An action alone ("欢迎转发") or a benefit without a condition ("关注我们，了解更多") is not a finding.
 */
export interface Inducement {
  kind: 'share' | 'follow';
  /** [start, end) in the text: from the action to the end of the reward. */
  start: number;
  end: number;
  action: string;
  reward: string;
}

const NUMBER = '(?:\\d+|[一二两三四五六七八九十几百]+)';
const TARGET = `(?:朋友圈|微信群|好友|朋友|群聊|家人群|亲友群|工作群|${NUMBER}\\s?个\\s?(?:微信)?群)`;

const SHARE_ACTIONS = new RegExp(
  [
    `(?:转发|分享|转|发|晒)(?:本文|此文|这篇文章|该文章|文章|本条|此条|海报|链接|截图)?(?:到|至|给|进)?(?:你的|您的)?${TARGET}`,
    '转发(?:本文|此文|这篇文章|本条|此条|海报|此海报|本海报)',
    `集(?:满|齐|够)?\\s?${NUMBER}?\\s?个?\\s?赞`,
    '点赞\\s?(?:并|\\+|和|、|加)?\\s?(?:在看|转发|分享)',
    `邀请\\s?${NUMBER}?\\s?(?:位|个|名)?\\s?(?:好友|朋友|新用户|新人|亲友|同事)`,
    `拉\\s?${NUMBER}?\\s?(?:位|个|名)?\\s?(?:好友|朋友|新人|人)(?:进群|入群|助力|关注)?`,
    '好友助力|找人助力|帮忙助力',
  ].join('|'),
  'gu',
);

/** A follow the reader is asked for: not 关注 as a noun (受到广泛关注), so a request form or a target is required. */
const FOLLOW_ACTIONS = new RegExp(
  [
    '(?:请|先|只需|只要|扫码|长按[^，。！？；]{0,8}|识别[^，。！？；]{0,8}|点击[^，。！？；]{0,6}|记得|务必)(?:关注|订阅)',
    '(?:关注|订阅)(?:本号|我们|本公众号|公众号|此号|该号|本账号|【[^】]{1,16}】|「[^」]{1,16}」|“[^”]{1,16}”)',
    `(?:关注|订阅)(?=后|并|即可|就能|就可|才能|才可)`,
  ].join('|'),
  'gu',
);

/** What the action earns or unlocks, later in the sentence. */
const REWARDS = new RegExp(
  [
    '(?:才能|才可以|才可|方可)(?:看|查看|阅读|获取|获得|领取|下载|解锁|参与|观看)',
    '(?:领取|领到|免费领|领红包|领奖|领券|领礼|赢取|赢得|抽奖|兑换|解锁|免费拿|白拿|抽取)',
    '(?:获得|获取|得到|拿到|收到|享受|享|送|赠送|赠|返)[^，。！？；,!?;]{0,6}?(?:红包|奖品|礼品|礼物|优惠券|代金券|现金|积分|会员|门票|课程|资料|福利|答案|全文|完整|折扣|抽奖资格|大礼包|奖励|周边)',
    '即可参与(?:抽奖|活动)?|参与抽奖|有机会(?:获得|赢|得到|抽)',
    '回复[^，。！？；,!?;]{0,12}?(?:领取|获取|获得|下载|查看)',
  ].join('|'),
  'u',
);

/** Every inducement in `text`, one per sentence at most (the first action with a reward after it). */
export function findInducements(text: string): Inducement[] {
  // A reward or an unlock is much rarer than an action word (关注, 分享 are everywhere): most text has none, and
  // one test of it spares splitting sentences and matching actions.
  if (!REWARDS.test(text)) return [];
  const found: Inducement[] = [];
  for (const [start, end] of sentenceRanges(text)) {
    const sentence = text.slice(start, end);
    for (const [kind, pattern] of [
      ['share', SHARE_ACTIONS],
      ['follow', FOLLOW_ACTIONS],
    ] as const) {
      const match = firstWithReward(sentence, pattern);
      if (match) {
        found.push({
          kind,
          start: start + match.start,
          end: start + match.end,
          action: match.action,
          reward: match.reward,
        });
      }
    }
  }
  return found;
}

function firstWithReward(
  sentence: string,
  actions: RegExp,
): { start: number; end: number; action: string; reward: string } | undefined {
  for (const action of sentence.matchAll(actions)) {
    const from = action.index + action[0].length;
    const reward = REWARDS.exec(sentence.slice(from));
    if (reward) {
      return {
        start: action.index,
        end: from + reward.index + reward[0].length,
        action: action[0],
        reward: reward[0],
      };
    }
  }
  return undefined;
}
