import { reportInducements } from '../inducement-hits.js';
import { defineRule } from '../types.js';

export default defineRule({
  meta: {
    id: 'wechat/induced-follow',
    description: {
      zh: '诱导关注：关注后才能看内容、关注领取奖励',
      en: 'Induced following: content or rewards only for followers',
    },
    defaultSeverity: 'error',
    source: '微信公众平台运营规范（诱导关注）',
    defaults: {},
  },
  check(article, context) {
    reportInducements(
      article,
      context,
      'follow',
      (actual) => ({
        zh: `诱导关注「${actual}」：不得以关注作为获取内容或奖励的条件。可以写“欢迎关注”，但不附条件。`,
        en: `Induced following "${actual}": following must not be a condition for content or rewards. A plain invitation to follow is fine.`,
      }),
      {
        zh: '请删除关注条件，内容和奖励直接提供。',
        en: 'Remove the condition and give the content or reward directly.',
      },
    );
  },
});
