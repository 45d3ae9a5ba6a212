import { defineRule } from '../types.js';

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
    const title = article.frontMatter.fields.title;
    const line = article.frontMatter.keyLines.get('title');
    if (title === undefined || line === undefined) return;
    const count = [...title].length;
    if (count <= options.max) return;
    const why = reason(options.max);
    report({
      ...valueSpan(article.text, article.lines.lineStart(line), title),
      message: {
        zh: `标题「${title}」有 ${count} 个字，超过上限 ${options.max} 个字${why.zh}。请删减 ${count - options.max} 个字。`,
        en: `The title "${title}" has ${count} characters, over the limit of ${options.max}${why.en}. Remove ${count - options.max}.`,
      },
      actual: title,
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
