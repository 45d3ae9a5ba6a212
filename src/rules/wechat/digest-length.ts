import { defineRule } from '../types.js';
import { checkFieldLength } from './field-length.js';

/** WeChat's own limit; a policy may set a lower one. */
const LIMIT = 128;

/**
 * draft/add limits the digest (摘要) to 128 characters, counted as Unicode code points (errcode 45004 above it).
 * Without a digest WeChat uses the first 54 characters of the body, so only a written digest is checked. The web
 * editor allows 120; a company whose editors also touch drafts in the web UI can set `max: 120`.
 */
export default defineRule({
  meta: {
    id: 'wechat/digest-length',
    description: {
      zh: '摘要不超过 128 个字（微信草稿接口上限）',
      en: 'The digest has at most 128 characters (WeChat draft API limit)',
    },
    defaultSeverity: 'error',
    source: '微信草稿接口 draft/add 字段限制（digest 不超过 128 个字）',
    defaults: { max: LIMIT },
  },
  check(article, { options, report }) {
    checkFieldLength(article, report, {
      field: 'digest',
      label: { zh: '摘要', en: 'digest' },
      limit: LIMIT,
      max: options.max,
      abbreviate: true,
    });
  },
});
