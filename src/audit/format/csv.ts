import { terminalText } from '../../text/escape.js';
import type { Locale } from '../../text/vocabulary.js';
import type { AuditReport } from '../report.js';
import { pick } from './labels.js';

const COLUMNS = [
  'row',
  'account',
  'path',
  'title',
  'status',
  'state',
  'author',
  'pr',
  'approvals',
  'submitted_at',
  'publish_at',
  'published_at',
  'withdrawn_at',
  'lead_time_hours',
  'urgent_reason',
  'gm_approver',
  'report',
  'checks',
  'publish_id',
  'article_id',
  'msg_id',
  'url',
  'published_commit',
  'merge_commit',
  'content_hash',
  'content_verified',
  'withdrawal',
  'anomalies',
  'kind',
  'severity',
  'commits',
  'detail',
] as const;

/**
 * One table for a spreadsheet: a row per article (`row` = article) and a row per anomaly (`row` = anomaly, with the
 * article's path when it has one), so filtering on `row` gives either list. RFC 4180 quoting; a cell that a
 * spreadsheet would run as a formula (starting with = + - @ or a tab) is prefixed with an apostrophe; control
 * characters are made visible.
 */
export function formatCsv(report: AuditReport, locale: Locale): string {
  const lines = [COLUMNS.join(',')];
  for (const r of report.articles) {
    const cells: Partial<Record<(typeof COLUMNS)[number], unknown>> = {
      row: 'article',
      account: r.account,
      path: r.path,
      title: r.title,
      status: r.status,
      state: r.state,
      author: r.author ? `${r.author.name} <${r.author.email}>` : '',
      pr: r.pr?.number,
      approvals:
        r.approvals === 'unknown'
          ? 'unknown'
          : r.approvals.map((a) => `${a.user}${a.team ? ` (${a.team})` : ''} ${a.at}`).join('; '),
      submitted_at: r.submitted_at,
      publish_at: r.publish_at,
      published_at: r.published_at,
      withdrawn_at: r.withdrawn_at,
      lead_time_hours: r.lead_time_hours,
      urgent_reason: r.urgent?.reason,
      gm_approver: r.urgent?.gm_approver,
      report: r.urgent?.report,
      checks: r.checks ? `${r.checks.errors}/${r.checks.warnings}/${r.checks.infos}` : '',
      publish_id: r.wechat?.publish_id,
      article_id: r.wechat?.article_id,
      msg_id: r.wechat?.msg_id,
      url: r.wechat?.url,
      published_commit: r.published_commit,
      merge_commit: r.merge_commit,
      content_hash: r.content_hash,
      content_verified: r.content_verified,
      withdrawal: r.withdrawal ? `${r.withdrawal.by} ${r.withdrawal.at ?? ''}: ${r.withdrawal.reason}` : '',
      anomalies: r.anomalies.join(' '),
    };
    lines.push(COLUMNS.map((c) => cell(cells[c])).join(','));
  }
  for (const a of report.anomalies) {
    const cells: Partial<Record<(typeof COLUMNS)[number], unknown>> = {
      row: 'anomaly',
      account: a.account,
      path: a.article,
      kind: a.kind,
      severity: a.severity,
      commits: a.commits.join(' '),
      detail: pick(a.detail, locale),
    };
    lines.push(COLUMNS.map((c) => cell(cells[c])).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text = terminalText(String(value));
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}
