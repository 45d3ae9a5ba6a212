import { reportInducements } from '../inducement-hits.js';
import { defineRule } from '../types.js';

export default defineRule({
  meta: {
    id: 'wechat/induced-share',
    description: {
      zh: '诱导分享：以奖励、解锁内容等方式要求转发朋友圈、集赞、分享到群',
      en: 'Induced sharing: rewards or unlocked content in exchange for shares, likes or group posts',
    },
    defaultSeverity: 'error',
    source: '微信公众平台运营规范 3.3.1（诱导分享）',
    defaults: {},
  },
  check(article, context) {
    reportInducements(
      article,
      context,
      'share',
      (actual) => ({
        zh: `诱导分享「${actual}」：微信首次违规即封禁 30 天并清除诱导所得。`,
        en: `Induced sharing "${actual}": WeChat bans a first offence for 30 days and removes what was gained.`,
      }),
      {
        zh: '请删除分享条件：奖励和内容不得以转发、集赞或邀请好友为条件。',
        en: 'Remove the condition: rewards and content must not depend on sharing, likes or inviting friends.',
      },
    );
  },
});
