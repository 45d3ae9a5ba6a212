import { defineRule } from '../types.js';
import { checkFieldLength } from './field-length.js';

/** WeChat's own limit; a policy may set a lower one. */
const LIMIT = 16;

/** draft/add limits the author to 16 characters, counted as Unicode code points. */
export default defineRule({
  meta: {
    id: 'wechat/author-length',
    description: {
      zh: '作者不超过 16 个字（微信草稿接口上限）',
      en: 'The author has at most 16 characters (WeChat draft API limit)',
    },
    defaultSeverity: 'error',
    source: '微信草稿接口 draft/add 字段限制（author 不超过 16 个字）',
    defaults: { max: LIMIT },
  },
  check(article, { options, report }) {
    checkFieldLength(article, report, {
      field: 'author',
      label: { zh: '作者', en: 'author' },
      limit: LIMIT,
      max: options.max,
      hint: { zh: '（如只写部门或姓名）', en: ' (e.g. give only the department or the name)' },
    });
  },
});
