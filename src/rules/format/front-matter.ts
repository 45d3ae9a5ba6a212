import { defineRule } from '../types.js';

export default defineRule({
  meta: {
    id: 'format/front-matter',
    description: {
      zh: 'YAML 头信息完整且合法：必填字段、类型、真实日期，不允许未知字段',
      en: 'Front matter is complete and valid: required fields, types, real dates, no unknown keys',
    },
    defaultSeverity: 'error',
    source: 'wxgate 文章格式（DESIGN §3）',
    defaults: {},
  },
  check(article, { report }) {
    for (const p of article.frontMatter.problems) {
      const start = article.lines.lineStart(p.line);
      const lineEnd = article.text.indexOf('\n', start);
      report({
        start,
        end: lineEnd === -1 ? article.text.length : lineEnd,
        message: { zh: `${p.field}：${p.message.zh}`, en: `${p.field}: ${p.message.en}` },
        actual: p.field,
      });
    }
    const cover = article.frontMatter.fields.cover;
    const line = article.frontMatter.keyLines.get('cover');
    if (cover !== undefined && line !== undefined && !article.assets.has(cover)) {
      const start = article.lines.lineStart(line);
      report({
        start,
        end: start + 'cover'.length,
        actual: cover,
        message: {
          zh: `cover：封面文件 ${cover} 不在文章目录中。请把封面图片放在 index.md 旁边。`,
          en: `cover: the cover file ${cover} is not in the article folder. Put the cover image beside index.md.`,
        },
      });
    }
  },
});
