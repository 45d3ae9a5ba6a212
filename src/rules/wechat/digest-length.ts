import { defineRule } from '../types.js';

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
    const digest = article.frontMatter.fields.digest;
    const line = article.frontMatter.keyLines.get('digest');
    if (digest === undefined || line === undefined) return;
    const count = [...digest].length;
    if (count <= options.max) return;
    const shown = count > 20 ? `${[...digest].slice(0, 20).join('')}……` : digest;
    const why = reason(options.max);
    report({
      ...valueSpan(article.text, article.lines.lineStart(line), digest),
      message: {
        zh: `摘要「${shown}」有 ${count} 个字，超过上限 ${options.max} 个字${why.zh}。请删减 ${count - options.max} 个字。`,
        en: `The digest "${shown}" has ${count} characters, over the limit of ${options.max}${why.en}. Remove ${count - options.max}.`,
      },
      actual: digest,
    });
  },
});

function reason(max: number): { zh: string; en: string } {
  return max >= LIMIT
    ? { zh: '，微信草稿接口会拒收', en: '; the WeChat draft API rejects it' }
    : { zh: `（本单位规定；微信上限为 ${LIMIT}）`, en: ` (company policy; WeChat allows ${LIMIT})` };
}

/** Span of a front-matter value on its key line; the whole line when the value is quoted differently or folded. */
function valueSpan(text: string, lineStart: number, value: string): { start: number; end: number } {
  const lineEnd = text.indexOf('\n', lineStart);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  const at = line.indexOf(value, line.indexOf(':') + 1);
  return at === -1
    ? { start: lineStart, end: lineStart + line.length }
    : { start: lineStart + at, end: lineStart + at + value.length };
}
