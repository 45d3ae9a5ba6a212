import { markdownLink } from '../../text/escape.js';
import type { AuditReport } from '../report.js';
import { anomalySection, headline, summaryTable } from './markdown.js';

/** The first line of the audit issue: with the bot's login, how the workflow finds its own issue again. */
export const AUDIT_ISSUE_MARKER = '<!-- wxgate:audit-report -->';

/** Anomalies listed in the issue; the rest are in the report uploaded with the workflow run. */
const ISSUE_LIMIT = 150;

export function issueTitle(report: AuditReport): string {
  const n = report.summary.anomalies;
  return `wxgate 审计 ${report.period.label}：${n.error} 个错误，${n.warning} 个警告，${n.info} 个提示`;
}

/** One issue for the market department (市场部), in Chinese, updated by every audit. */
export function issueBody(report: AuditReport, run: string | null): string {
  return [
    `## wxgate 季度审计 ${report.period.label}`,
    '',
    headline(report, 'zh-CN'),
    '',
    ...summaryTable(report, 'zh-CN'),
    '',
    ...anomalySection(report, 'zh-CN', ISSUE_LIMIT),
    '',
    run
      ? `完整报告（HTML、JSON、CSV、Markdown）见本次运行的附件：${markdownLink('工作流运行', run)}。`
      : '完整报告：在仓库中运行 `wxgate audit --format html --output audit.html`。',
    '',
    '每项异常的含义和手工核对方法见 README 的“审计”一节。',
  ].join('\n');
}
