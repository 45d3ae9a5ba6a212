import { defineRule } from '../types.js';
import { checkFieldLength } from './field-length.js';

/** WeChat's own limit; a policy may set a lower one. */
const LIMIT = 32;

/**
 * draft/add rejects a title over 32 characters (errcode 45003). WeChat counts characters, not bytes: one Chinese
 * character, one Latin letter and one emoji code point each count as one, so this counts Unicode code points.
 */
export default defineRule({
  meta: {
    id: 'wechat/title-length',
    description: {
      zh: '标题不超过 32 个字（微信草稿接口上限）',
      en: 'The title has at most 32 characters (WeChat draft API limit)',
    },
    defaultSeverity: 'error',
    source: '微信草稿接口 draft/add 字段限制（title 不超过 32 个字）',
    defaults: { max: LIMIT },
  },
  check(article, { options, report }) {
    checkFieldLength(article, report, {
      field: 'title',
      label: { zh: '标题', en: 'title' },
      limit: LIMIT,
      max: options.max,
    });
  },
});
