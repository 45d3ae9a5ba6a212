import { defineRule } from '../types.js';

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
    const author = article.frontMatter.fields.author;
    const line = article.frontMatter.keyLines.get('author');
    if (author === undefined || line === undefined) return;
    const count = [...author].length;
    if (count <= options.max) return;
    const why = reason(options.max);
    report({
      ...valueSpan(article.text, article.lines.lineStart(line), author),
      message: {
        zh: `作者「${author}」有 ${count} 个字，超过上限 ${options.max} 个字${why.zh}。请删减 ${count - options.max} 个字（如只写部门或姓名）。`,
        en: `The author "${author}" has ${count} characters, over the limit of ${options.max}${why.en}. Remove ${count - options.max} (e.g. give only the department or the name).`,
      },
      actual: author,
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
