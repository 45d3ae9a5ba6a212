import { terminalText } from '../../text/escape.js';
import type { Locale } from '../../text/vocabulary.js';
import type { ArticleRow } from '../articles.js';
import { short, shortRef } from '../commands.js';
import type { AuditReport } from '../report.js';
import { ANOMALY_KINDS } from '../types.js';
import { KIND_LABELS, pick, SEVERITY_LABELS, STATUS_LABELS } from './labels.js';

/** The terminal report: every string from a commit, a record or an article made safe for a terminal first. */
export function formatText(report: AuditReport, locale: Locale): string {
  const zh = locale !== 'en';
  const t = (cn: string, en: string) => (zh ? cn : en);
  const s = (text: string | null | undefined) => terminalText(text ?? '');
  const p = report.period;
  const sum = report.summary;
  const out: string[] = [];
  const join = (parts: [string, number | undefined][]) =>
    parts
      .filter(([, n]) => n)
      .map(([label, n]) => `${label} ${n}`)
      .join(' · ') || '—';

  out.push(
    t(
      `wxgate 审计 ${p.label}（${p.firstDay} 至 ${p.lastDay}，${p.timeZone}）${report.account ? `，账号 ${s(report.account)}` : ''}`,
      `wxgate audit ${p.label} (${p.firstDay} to ${p.lastDay}, ${p.timeZone})${report.account ? `, account ${s(report.account)}` : ''}`,
    ),
  );
  const repo = report.repository;
  out.push(
    `${t('内容分支', 'content')} ${s(shortRef(repo.content.ref))} @ ${short(repo.content.tip)} · ${t('记录分支', 'ledger')} ${s(shortRef(repo.ledger.ref))} @ ${repo.ledger.tip ? short(repo.ledger.tip) : t('（不存在）', '(none)')} · ${t('生成于', 'generated')} ${report.generated_at}`,
  );
  out.push('', t('概要', 'Summary'));
  out.push(
    `  ${t(`文章 ${sum.articles} 篇：`, `${sum.articles} article(s): `)}${join(
      Object.entries(sum.by_status).map(([k, n]) => [
        pick(STATUS_LABELS[k as keyof typeof STATUS_LABELS], locale),
        n,
      ]),
    )}`,
  );
  out.push(
    `  ${t('账号：', 'accounts: ')}${join(Object.entries(sum.by_account).map(([k, n]) => [s(k), n]))}`,
  );
  out.push(
    `  ${t(
      `加急 ${sum.urgent} 篇 · 审批已核实 ${sum.approvals_verified} 篇、未知 ${sum.approvals_unknown} 篇 · 内容哈希已核对 ${sum.content_verified} 篇、未核对 ${sum.content_not_verified} 篇`,
      `${sum.urgent} urgent · approvals verified for ${sum.approvals_verified}, unknown for ${sum.approvals_unknown} · content hash verified for ${sum.content_verified}, not for ${sum.content_not_verified}`,
    )}`,
  );
  out.push(
    `  ${t(
      `内容分支本期 ${sum.content_commits} 个提交，其中 ${sum.via_pull_request} 个经 PR 合并；政策变更 ${sum.policy_changes} 次`,
      `${sum.content_commits} commit(s) landed on the content branch, ${sum.via_pull_request} through pull requests; ${sum.policy_changes} policy change(s)`,
    )}`,
  );
  out.push(
    `  ${t('检查点：', 'checkpoints: ')}${t('完好', 'intact')} ${sum.checkpoints.ok} · ${t('被改写', 'rewritten')} ${sum.checkpoints.rewritten}${sum.checkpoints.unreadable ? ` · ${t('无法读取', 'unreadable')} ${sum.checkpoints.unreadable}` : ''}${report.verified_since ? t(`（记录附注自 ${short(report.verified_since)} 起核对）`, ` (trailers checked since ${short(report.verified_since)})`) : ''}`,
  );
  out.push(
    `  ${t('异常：', 'anomalies: ')}${(['error', 'warning', 'info'] as const).map((k) => `${pick(SEVERITY_LABELS[k], locale)} ${sum.anomalies[k]}`).join(' · ')}`,
  );

  out.push('', t('异常', 'Anomalies'));
  if (report.anomalies.length === 0) out.push(t('  无', '  none'));
  for (const a of report.anomalies) {
    out.push(
      `  [${pick(SEVERITY_LABELS[a.severity], locale)}] ${pick(KIND_LABELS[a.kind], locale)} (${ANOMALY_KINDS[a.kind]}, ${a.kind})${a.article ? `  ${s(a.article)}` : ''}`,
    );
    out.push(`      ${s(pick(a.detail, locale))}`);
    if (a.record) out.push(`      ${t('记录', 'record')} ${s(a.record)}`);
    if (a.commits.length) out.push(`      ${t('提交', 'commits')} ${a.commits.map(short).join(' ')}`);
    for (const c of a.commands) out.push(`      $ ${s(c)}`);
  }

  out.push('', t('文章', 'Articles'));
  if (report.articles.length === 0) out.push(t('  本期没有文章', '  no article in the period'));
  let account = '';
  for (const row of report.articles) {
    if (row.account !== account) {
      account = row.account;
      out.push(`  ${s(account)}`);
    }
    out.push(...articleLines(row, locale).map((l) => `    ${l}`));
  }

  out.push('', t('检查点', 'Checkpoints'));
  if (report.checkpoints.length === 0)
    out.push(t('  无（首次审计，或尚未写入检查点）', '  none (a first audit, or none written yet)'));
  for (const c of report.checkpoints) {
    const mark = c.status === 'ok' ? '✓' : c.status === 'written' ? '+' : '✗';
    out.push(
      `  ${mark} ${s(c.period ?? '?')}  ${s(c.generated_at ?? '?')}  ${s(c.by ?? '?')}  ${t('记录', 'ledger')} ${c.ledger_tip ? short(c.ledger_tip) : '—'} ${t('内容', 'content')} ${c.content_tip ? short(c.content_tip) : '—'}  ${t('提交', 'commit')} ${short(c.commit)}${c.status === 'written' ? t('（本次写入）', ' (written now)') : ''}`,
    );
    for (const x of c.problems) out.push(`      ${s(pick(x, locale))}`);
  }
  return `${out.join('\n')}\n`;
}

function articleLines(row: ArticleRow, locale: Locale): string[] {
  const zh = locale !== 'en';
  const t = (cn: string, en: string) => (zh ? cn : en);
  const s = (text: string | null | undefined) => terminalText(text ?? '');
  const approvals =
    row.approvals === 'unknown'
      ? t('未知', 'unknown')
      : row.approvals.map((a) => `${s(a.user)}${a.team ? ` (${s(a.team)})` : ''} ${s(a.at)}`).join(', ') ||
        t('无', 'none');
  const w = row.wechat;
  const ids = w
    ? [
        w.publish_id && `publish_id ${s(w.publish_id)}`,
        w.msg_id && `msg_id ${s(w.msg_id)}`,
        w.url && s(w.url),
      ].filter(Boolean)
    : [];
  const lines = [
    `${pick(STATUS_LABELS[row.status], locale)}  ${s(row.publish_at ?? '?')}  ${s(row.title)}  ${s(row.path)}`,
    `  ${[
      row.pr ? `PR #${row.pr.number}` : t('PR 未知', 'PR unknown'),
      row.author ? `${t('作者', 'author')} ${s(row.author.name)}` : '',
      `${t('审批', 'approvals')} ${approvals}`,
      row.lead_time_hours === null ? '' : `${t('提前', 'lead time')} ${row.lead_time_hours} h`,
      row.urgent
        ? `${t('加急', 'urgent')}: ${s(row.urgent.reason)} (GM ${s(row.urgent.gm_approver ?? '?')})`
        : '',
      row.checks
        ? `${t('检查', 'checks')} ${row.checks.errors}/${row.checks.warnings}/${row.checks.infos}`
        : '',
    ]
      .filter(Boolean)
      .join(' · ')}`,
  ];
  if (ids.length || row.published_commit)
    lines.push(
      `  ${[...ids, row.published_commit ? `${t('发布提交', 'published from')} ${short(row.published_commit)}` : '', row.content_verified === true ? t('内容已核对', 'content verified') : row.content_verified === false ? t('内容不符', 'CONTENT DIFFERS') : ''].filter(Boolean).join(' · ')}`,
    );
  if (row.withdrawal)
    lines.push(
      `  ${t('撤回', 'withdrawn')}: ${s(row.withdrawal.by)} ${s(row.withdrawal.at ?? '')} — ${s(row.withdrawal.reason)}`,
    );
  if (row.failure)
    lines.push(`  ${t('失败', 'failure')}: ${s(row.failure.kind)} — ${s(row.failure.message)}`);
  if (row.anomalies.length) lines.push(`  ${t('异常：', 'anomalies: ')}${row.anomalies.join(', ')}`);
  return lines;
}
