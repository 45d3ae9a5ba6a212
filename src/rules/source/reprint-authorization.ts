import type { Yaml } from 'mdast';
import { indexKeyLines, lineOfKeyPath } from '../../article/key-lines.js';
import { defineRule } from '../types.js';

/**
 * A reprint needs the original author's permission, recorded in `source.authorization`: who granted it, when, and
 * for what (e.g. "2026-11-20 某某公众号运营者邮件授权，全文转载，不得删改"). Who and scope cannot be checked
 * mechanically; the date can, so with `require_date` (default) a record without a date (2026-11-20, 2026/11/20,
 * 2026年11月20日) is reported too: "已授权" alone is not a record an auditor can follow.
 */
export default defineRule({
  meta: {
    id: 'source/reprint-authorization',
    description: {
      zh: '转载文章须在 source.authorization 记录授权（谁授权、何时、范围）；require_date 时须含日期',
      en: 'A reprint records its permission in source.authorization (who granted it, when, for what); with require_date it must carry a date',
    },
    defaultSeverity: 'error',
    source: '000 四(一)2（转载须获得原作者授权）；著作权法',
    defaults: { require_date: true },
  },
  check(article, { options, report }) {
    const fm = article.frontMatter;
    const data = fm.fields;
    if (data.type !== 'reprint') return;
    const lineSpan = (line: number) => {
      const start = article.lines.lineStart(line);
      const end = article.text.indexOf('\n', start);
      return { start, end: end === -1 ? article.text.length : end };
    };
    const authorization = data.source?.authorization;
    if (authorization === undefined) {
      const line = fm.keyLines.get('source') ?? fm.keyLines.get('type');
      if (line === undefined) return;
      report({
        ...lineSpan(line),
        message: {
          zh: '转载文章（type: reprint）没有授权记录。请在头信息 source.authorization 写明谁授权、何时授权、授权范围，如「2026-11-20 某某公众号运营者邮件授权，全文转载，不得删改」；没有取得授权的文章不能转载。',
          en: 'This reprint (type: reprint) has no permission record. Write in source.authorization who granted permission, when and for what, e.g. "2026-11-20, by email from the account operator, full text, no edits"; without permission the article may not be reprinted.',
        },
        actual: 'source.authorization',
      });
      return;
    }
    if (options.require_date && !DATE.test(authorization)) {
      const yaml = article.tree.children[0];
      const first = yaml?.type === 'yaml' ? (yaml as Yaml) : undefined;
      const line = first
        ? (first.position?.start.line ?? 1) +
          lineOfKeyPath(indexKeyLines(first.value), ['source', 'authorization'])
        : fm.keyLines.get('source');
      if (line === undefined) return;
      report({
        ...lineSpan(line),
        message: {
          zh: `授权记录「${authorization}」没有写明授权日期。请写清谁授权、何时授权、授权范围，如「2026-11-20 某某公众号运营者邮件授权，全文转载，不得删改」，以便审计时查证。`,
          en: `The permission record "${authorization}" has no date. Say who granted it, when and for what, e.g. "2026-11-20, by email from the account operator, full text, no edits", so an audit can verify it.`,
        },
        actual: authorization,
      });
    }
  },
});

const DATE = /\d{4}\s*(?:[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)/;
