import { didYouMean } from '../../text/did-you-mean.js';
import { defineRule } from '../types.js';

export default defineRule({
  meta: {
    id: 'format/front-matter',
    description: {
      zh: 'YAML 头信息完整且合法：必填字段、类型、真实日期，不允许未知字段',
      en: 'Front matter is complete and valid: required fields, types, real dates, no unknown keys',
    },
    defaultSeverity: 'error',
    source: 'wxgate 文章格式（README「Writing an article」）',
    defaults: {},
  },
  check(article, { report, known }) {
    for (const p of article.frontMatter.problems) {
      report({
        ...lineSpan(article.text, article.lines.lineStart(p.line)),
        message: { zh: `${p.field}：${p.message.zh}`, en: `${p.field}: ${p.message.en}` },
        actual: p.field,
      });
    }
    // An approval rule keyed on a field (department: 市场部) has owners only for the values it lists: any other
    // value can be approved by nobody, so the pull request could never pass. Said here, with the valid values,
    // for the articles the approval rules judge: those in a content/ tree (examples and drafts elsewhere are free).
    const judged = /(?:^|\/)content\//.test(article.path);
    for (const [field, values] of judged ? known.fieldValues : []) {
      const raw = article.frontMatter.fields[field as keyof typeof article.frontMatter.fields];
      const line = article.frontMatter.keyLines.get(field);
      if (raw === undefined || line === undefined || typeof raw === 'object') continue;
      const value = String(raw);
      if (values.includes(value)) continue;
      const guess = didYouMean(value, values);
      report({
        ...lineSpan(article.text, article.lines.lineStart(line)),
        actual: value,
        message: {
          zh: `${field}：「${value}」不在策略的审批名单中（policies/wxgate.yml approvals.rules），没有人能批准这篇文章。可填：${values.join('、')}。${guess ? `是不是「${guess}」？` : ''}`,
          en: `${field}: "${value}" is not in the policy's approval list (policies/wxgate.yml approvals.rules), so nobody can approve this article. Valid values: ${values.join(', ')}.${guess ? ` Did you mean "${guess}"?` : ''}`,
        },
      });
    }
  },
});

/** The whole line that starts at `start`. */
function lineSpan(text: string, start: number): { start: number; end: number } {
  const lineEnd = text.indexOf('\n', start);
  return { start, end: lineEnd === -1 ? text.length : lineEnd };
}
