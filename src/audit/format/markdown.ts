import { codeSpan, markdownLink, markdownText, tableCell, tableCode } from '../../text/escape.js';
import type { Locale } from '../../text/vocabulary.js';
import type { ArticleRow } from '../articles.js';
import { short, shortRef } from '../commands.js';
import type { AuditReport } from '../report.js';
import { ANOMALY_KINDS } from '../types.js';
import { KIND_LABELS, pick, SEVERITY_LABELS, STATUS_LABELS } from './labels.js';

type T = (zh: string, en: string) => string;
const translator =
  (locale: Locale): T =>
  (zh, en) =>
    locale === 'en' ? en : zh;

/**
 * The report as Markdown (an issue, a wiki page, a pull request). Every string from a commit, a record or an
 * article goes through the escaping of src/text/escape.ts for the place it lands: no mention notifies anyone,
 * no reference links, no HTML or image renders, no text starts a line of its own.
 */
export function formatMarkdown(report: AuditReport, locale: Locale): string {
  const t = translator(locale);
  const out = [
    `# ${t('wxgate 审计报告', 'wxgate audit report')} ${markdownText(report.period.label)}`,
    '',
    headline(report, locale),
    '',
  ];
  out.push(`## ${t('概要', 'Summary')}`, '', ...summaryTable(report, locale), '');
  out.push(...anomalySection(report, locale, Number.POSITIVE_INFINITY), '');
  out.push(`## ${t('文章', 'Articles')}`, '');
  if (report.articles.length === 0) out.push(t('本期没有文章。', 'No article in the period.'), '');
  const accounts = [...new Set(report.articles.map((r) => r.account))];
  for (const account of accounts) {
    out.push(
      `### ${markdownText(account)}`,
      '',
      ...articleTable(
        report.articles.filter((r) => r.account === account),
        locale,
      ),
      '',
    );
  }
  out.push(`## ${t('检查点', 'Checkpoints')}`, '');
  if (report.checkpoints.length === 0) out.push(t('无。', 'None.'));
  else {
    out.push(
      `| ${t('期间', 'period')} | ${t('时间', 'at')} | ${t('执行人', 'by')} | ${t('记录分支', 'ledger tip')} | ${t('内容分支', 'content tip')} | ${t('状态', 'status')} |`,
      '| --- | --- | --- | --- | --- | --- |',
      ...report.checkpoints.map(
        (c) =>
          `| ${tableCell(c.period ?? '?')} | ${tableCell(c.generated_at ?? '?')} | ${tableCell(c.by ?? '?')} | ${c.ledger_tip ? tableCode(short(c.ledger_tip)) : '—'} | ${c.content_tip ? tableCode(short(c.content_tip)) : '—'} | ${tableCell(c.status)}${c.problems.length ? `: ${c.problems.map((p) => tableCell(pick(p, locale))).join('; ')}` : ''} |`,
      ),
    );
  }
  return `${out.join('\n').trimEnd()}\n`;
}

export function headline(report: AuditReport, locale: Locale): string {
  const t = translator(locale);
  const p = report.period;
  const r = report.repository;
  return t(
    `期间 ${p.firstDay} 至 ${p.lastDay}（${markdownText(p.timeZone)}）· 内容分支 ${codeSpan(shortRef(r.content.ref))} @ ${codeSpan(short(r.content.tip))} · 记录分支 ${codeSpan(shortRef(r.ledger.ref))} @ ${r.ledger.tip ? codeSpan(short(r.ledger.tip)) : '—'} · 生成于 ${markdownText(report.generated_at)}`,
    `Period ${p.firstDay} to ${p.lastDay} (${markdownText(p.timeZone)}) · content ${codeSpan(shortRef(r.content.ref))} @ ${codeSpan(short(r.content.tip))} · ledger ${codeSpan(shortRef(r.ledger.ref))} @ ${r.ledger.tip ? codeSpan(short(r.ledger.tip)) : '—'} · generated ${markdownText(report.generated_at)}`,
  );
}

export function summaryTable(report: AuditReport, locale: Locale): string[] {
  const t = translator(locale);
  const s = report.summary;
  const statuses = Object.entries(s.by_status)
    .map(([k, n]) => `${pick(STATUS_LABELS[k as keyof typeof STATUS_LABELS], locale)} ${n}`)
    .join(' · ');
  const rows: [string, string][] = [
    [t('文章', 'articles'), `${s.articles}${statuses ? ` (${statuses})` : ''}`],
    [
      t('账号', 'accounts'),
      Object.entries(s.by_account)
        .map(([k, n]) => `${markdownText(k)} ${n}`)
        .join(' · ') || '—',
    ],
    [t('加急', 'urgent'), String(s.urgent)],
    [
      t('审批已核实 / 未知', 'approvals verified / unknown'),
      `${s.approvals_verified} / ${s.approvals_unknown}`,
    ],
    [
      t('内容哈希已核对 / 未核对', 'content hash verified / not'),
      `${s.content_verified} / ${s.content_not_verified}`,
    ],
    [
      t('内容分支提交 / 经 PR', 'content commits / through PRs'),
      `${s.content_commits} / ${s.via_pull_request}`,
    ],
    [t('政策变更', 'policy changes'), String(s.policy_changes)],
    [
      t('检查点 完好 / 被改写', 'checkpoints intact / rewritten'),
      `${s.checkpoints.ok} / ${s.checkpoints.rewritten}`,
    ],
    [
      t('异常', 'anomalies'),
      (['error', 'warning', 'info'] as const)
        .map((k) => `${pick(SEVERITY_LABELS[k], locale)} ${s.anomalies[k]}`)
        .join(' · '),
    ],
  ];
  return [
    `| ${t('项目', 'item')} | ${t('数值', 'value')} |`,
    '| --- | --- |',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
  ];
}

/** The anomalies with their evidence, the first `limit` of them (errors first). */
export function anomalySection(report: AuditReport, locale: Locale, limit: number): string[] {
  const t = translator(locale);
  const n = report.summary.anomalies;
  const out = [
    `## ${t('异常', 'Anomalies')}（${t(`${n.error} 个错误，${n.warning} 个警告，${n.info} 个提示`, `${n.error} error(s), ${n.warning} warning(s), ${n.info} info`)}）`,
    '',
  ];
  if (report.anomalies.length === 0) out.push(t('没有发现异常。', 'No anomaly found.'));
  report.anomalies.slice(0, limit).forEach((a, i) => {
    out.push(
      `${i + 1}. **${pick(SEVERITY_LABELS[a.severity], locale)} · ${markdownText(pick(KIND_LABELS[a.kind], locale))}** (${ANOMALY_KINDS[a.kind]}, ${codeSpan(a.kind)})${a.article ? ` — ${codeSpan(a.article)}` : ''}`,
      `   ${markdownText(pick(a.detail, locale))}`,
    );
    const evidence = [
      ...(a.record ? [`${t('记录', 'record')} ${codeSpan(a.record)}`] : []),
      ...(a.commits.length
        ? [`${t('提交', 'commits')} ${a.commits.map((c) => codeSpan(short(c))).join(' ')}`]
        : []),
    ];
    if (evidence.length) out.push(`   ${evidence.join(' · ')}`);
    for (const c of a.commands) out.push(`   - ${codeSpan(c)}`);
  });
  if (report.anomalies.length > limit) {
    out.push(
      '',
      t(
        `……另有 ${report.anomalies.length - limit} 项，见完整报告。`,
        `… ${report.anomalies.length - limit} more in the full report.`,
      ),
    );
  }
  return out;
}

function articleTable(rows: ArticleRow[], locale: Locale): string[] {
  const t = translator(locale);
  const head = [
    t('状态', 'status'),
    t('计划发布', 'publish_at'),
    t('标题', 'title'),
    t('路径', 'path'),
    'PR',
    t('作者', 'author'),
    t('审批', 'approvals'),
    t('提前量', 'lead time'),
    t('加急', 'urgent'),
    t('微信', 'WeChat'),
    t('发布提交', 'published from'),
    t('异常', 'anomalies'),
  ];
  const lines = [`| ${head.join(' | ')} |`, `|${' --- |'.repeat(head.length)}`];
  for (const r of rows) {
    const approvals =
      r.approvals === 'unknown'
        ? t('未知', 'unknown')
        : r.approvals
            .map((a) => `${tableCell(a.user)}${a.team ? ` (${tableCell(a.team)})` : ''} ${tableCell(a.at)}`)
            .join('; ') || '—';
    const wechat = r.wechat?.url
      ? markdownLink(r.wechat.publish_id ?? r.wechat.msg_id ?? 'url', r.wechat.url).replace(/\|/g, '\\|')
      : tableCell(r.wechat?.publish_id ?? r.wechat?.msg_id ?? '—');
    lines.push(
      `| ${[
        pick(STATUS_LABELS[r.status], locale),
        tableCell(r.publish_at ?? '—'),
        tableCell(r.title),
        tableCode(r.path),
        r.pr ? `#\u200B${r.pr.number}` : '—',
        r.author ? tableCell(r.author.name) : '—',
        approvals,
        r.lead_time_hours === null ? '—' : `${r.lead_time_hours} h`,
        r.urgent ? tableCell(`${r.urgent.reason} (GM ${r.urgent.gm_approver ?? '?'})`) : '—',
        wechat,
        r.published_commit ? tableCode(short(r.published_commit)) : '—',
        r.anomalies.map((k) => tableCode(k)).join(' ') || '—',
      ].join(' | ')} |`,
    );
  }
  return lines;
}
