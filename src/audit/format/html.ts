import { escapeHtml, linkUrl, terminalText } from '../../text/escape.js';
import type { ArticleRow } from '../articles.js';
import { short, shortRef } from '../commands.js';
import type { AuditReport } from '../report.js';
import { ANOMALY_KINDS } from '../types.js';
import { KIND_LABELS, SEVERITY_LABELS, STATUS_LABELS } from './labels.js';
import { groupedBars, histogram, horizontalBars } from './svg.js';

/** Author text for the page: control and bidirectional characters made visible, then HTML-escaped. */
const h = (text: string | number | null | undefined) => escapeHtml(terminalText(String(text ?? '')));

/** A link only for http(s) URLs; anything else stays text. */
function link(text: string, url: string | null | undefined): string {
  const href = url ? linkUrl(url) : undefined;
  return href ? `<a href="${h(href)}" rel="noopener noreferrer">${h(text)}</a>` : h(text);
}

const code = (text: string) => `<code>${h(text)}</code>`;

/**
 * One self-contained page in Chinese: summary figures, four inline SVG charts, the anomalies with their evidence,
 * the article table grouped by account, the checkpoints and what wxgate cannot see. A Content-Security-Policy
 * forbids every fetch, so opening the page (from an artifact, an e-mail) never contacts anything.
 */
export function formatHtml(report: AuditReport): string {
  const p = report.period;
  const s = report.summary;
  const f = report.figures;
  const r = report.repository;
  const cards: [string | number, string][] = [
    [s.articles, '文章'],
    [s.by_status.published ?? 0, '已发布'],
    [s.by_status.withdrawn ?? 0, '已撤回'],
    [(s.by_status.failed ?? 0) + (s.by_status.unpublished ?? 0), '失败或到期未发布'],
    [s.urgent, '加急'],
    [`${s.approvals_verified} / ${s.approvals_unknown}`, '审批 已核实 / 未知'],
    [`${s.content_verified} / ${s.content_not_verified}`, '内容哈希 已核对 / 未核对'],
    [`${s.via_pull_request} / ${s.content_commits}`, '经 PR 的提交 / 全部'],
    [s.policy_changes, '政策变更'],
    [s.anomalies.error, '错误'],
    [s.anomalies.warning, '警告'],
    [s.anomalies.info, '提示'],
  ];
  const charts = [
    [
      '各账号每月发布数',
      groupedBars({
        id: 'per-account-month',
        label: '各账号每月发布数',
        categories: f.months,
        series: f.perAccountMonth.accounts.map((a, i) => ({ name: a, values: f.perAccountMonth.counts[i]! })),
        empty: '本期没有发布',
      }),
    ],
    [
      `提前量分布（红线：政策要求 ${f.leadTimes.policyLabel.zh}）`,
      histogram({
        id: 'lead-time',
        label: '提前量分布',
        values: f.leadTimes.hours,
        binWidth: 24,
        unit: '小时',
        marker: { value: f.leadTimes.policyHours, label: `政策 ${f.leadTimes.policyLabel.zh}` },
        empty: '没有已知提前量的文章',
      }),
    ],
    [
      '加急发布（每月）',
      groupedBars({
        id: 'urgent-month',
        label: '每月加急发布数',
        categories: f.months,
        series: [{ name: '加急', values: f.urgentPerMonth }],
        empty: '本期没有加急发布',
      }),
    ],
    [
      '审批耗时（提交到审批，中位数，按审核团队）',
      horizontalBars({
        id: 'approval-turnaround',
        label: '各审核团队审批耗时中位数',
        items: f.turnaround.map((t) => ({
          label: t.team,
          value: t.median,
          note: `${t.count} 次，最长 ${t.max} 小时`,
        })),
        unit: '小时',
        empty: '审批情况未知（记录来自 git，审批在 GitHub 上）',
      }),
    ],
  ];
  const accounts = [...new Set(report.articles.map((a) => a.account))];
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>wxgate 审计报告 ${h(p.label)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>wxgate 审计报告 ${h(p.label)}${report.account ? ` · 账号 ${h(report.account)}` : ''}</h1>
<p class="meta">期间 ${h(p.firstDay)} 至 ${h(p.lastDay)}（${h(p.timeZone)}）· 仓库 ${h(r.name ?? '')} · 内容分支 ${code(shortRef(r.content.ref))} @ ${code(short(r.content.tip))} · 记录分支 ${code(shortRef(r.ledger.ref))} @ ${r.ledger.tip ? code(short(r.ledger.tip)) : '（不存在）'} · 生成于 ${h(report.generated_at)}</p>
<p class="meta">本报告仅依据 git 历史生成：内容分支上的提交和记录分支（${h(shortRef(r.ledger.ref))}）上的发布记录，不访问 GitHub 或微信。</p>
</header>
<section id="summary"><h2>概要</h2><div class="cards">${cards.map(([v, l]) => `<div class="card"><b>${h(v)}</b><span>${h(l)}</span></div>`).join('')}</div></section>
<section id="charts"><h2>图表</h2><div class="charts">${charts.map(([title, svg]) => `<figure><figcaption>${h(title)}</figcaption>${svg}</figure>`).join('')}</div></section>
<section id="anomalies"><h2>异常（错误 ${s.anomalies.error}，警告 ${s.anomalies.warning}，提示 ${s.anomalies.info}）</h2>
${report.anomalies.length === 0 ? '<p>没有发现异常。</p>' : `<ol class="anomalies">${report.anomalies.map(anomalyItem).join('\n')}</ol>`}
</section>
<section id="articles"><h2>文章（按账号分组）</h2>
${
  report.articles.length === 0
    ? '<p>本期没有文章。</p>'
    : `<div class="wide"><table class="articles"><thead><tr>${HEAD.map((c) => `<th>${c}</th>`).join('')}</tr></thead>${accounts
        .map((a) =>
          accountGroup(
            a,
            report.articles.filter((row) => row.account === a),
          ),
        )
        .join('\n')}</table></div>`
}
</section>
<section id="checkpoints"><h2>检查点</h2>
${report.checkpoints.length === 0 ? '<p>没有检查点（首次审计，或尚未写入）。</p>' : `<table><thead><tr><th>期间</th><th>时间</th><th>执行人</th><th>记录分支</th><th>内容分支</th><th>状态</th></tr></thead><tbody>${report.checkpoints.map((c) => `<tr class="cp-${h(c.status)}"><td>${h(c.period ?? '?')}</td><td>${h(c.generated_at ?? '?')}</td><td>${h(c.by ?? '?')}</td><td>${c.ledger_tip ? code(short(c.ledger_tip)) : '—'}</td><td>${c.content_tip ? code(short(c.content_tip)) : '—'}</td><td>${h({ ok: '完好', rewritten: '历史被改写', unreadable: '无法读取', written: '本次写入' }[c.status])}${c.problems.map((x) => `<br>${h(x.zh)}`).join('')}</td></tr>`).join('')}</tbody></table>`}
</section>
<section id="limits"><h2>wxgate 看不到的</h2><ul>${LIMITS.map((l) => `<li>${l}</li>`).join('')}</ul></section>
<footer>wxgate · 每项异常的含义和手工核对命令见 README“审计”一节。</footer>
</body>
</html>
`;
}

function anomalyItem(a: AuditReport['anomalies'][number]): string {
  return `<li class="sev-${a.severity}" data-kind="${h(a.kind)}"><span class="badge">${h(SEVERITY_LABELS[a.severity].zh)}</span> <b>${h(KIND_LABELS[a.kind].zh)}</b> <small>(${ANOMALY_KINDS[a.kind]}, ${h(a.kind)})</small>${a.article ? ` ${code(a.article)}` : ''}
<div class="detail">${h(a.detail.zh)}</div>
<div class="evidence">${a.record ? `记录 ${code(a.record)} ` : ''}${a.commits.length ? `提交 ${a.commits.map((c) => code(short(c))).join(' ')}` : ''}</div>
${settingsDiffs(a.data)}${a.commands.length ? `<pre>${a.commands.map((c) => h(`$ ${c}`)).join('\n')}</pre>` : ''}</li>`;
}

/** The whole settings diff of a policy change (the sentence above it names only the first lines). */
function settingsDiffs(data: Record<string, unknown> | undefined): string {
  const files = data?.files as { path: string; diff: string[] }[] | undefined;
  if (!Array.isArray(files)) return '';
  return files
    .map((f) => `<pre class="diff">${h(f.path)}\n${f.diff.map((l) => h(`  ${l}`)).join('\n')}</pre>`)
    .join('');
}

const HEAD = [
  '状态',
  '计划发布',
  '标题 / 路径',
  'PR',
  '作者',
  '审批',
  '提交时间',
  '提前量',
  '加急',
  '检查',
  '微信',
  '发布提交 / 哈希',
  '异常',
];

function accountGroup(account: string, rows: ArticleRow[]): string {
  return `<tbody data-account="${h(account)}"><tr class="group"><th colspan="${HEAD.length}">${h(account)}（${rows.length} 篇）</th></tr>${rows.map(articleRow).join('')}</tbody>`;
}

function articleRow(r: ArticleRow): string {
  const approvals =
    r.approvals === 'unknown'
      ? '<span class="muted">未知</span>'
      : r.approvals
          .map((a) => `${h(a.user)}${a.team ? ` (${h(a.team)})` : ''}<br><small>${h(a.at)}</small>`)
          .join('<br>') || '无';
  const w = r.wechat;
  const ids = w
    ? [
        w.publish_id && `publish_id ${h(w.publish_id)}`,
        w.msg_id && `msg_id ${h(w.msg_id)}`,
        w.url && link('链接', w.url),
      ]
        .filter(Boolean)
        .join('<br>')
    : '';
  const verified = r.content_verified === true ? ' ✓' : r.content_verified === false ? ' ✗' : '';
  return `<tr class="st-${h(r.status)}"><td>${h(STATUS_LABELS[r.status].zh)}${r.withdrawal ? `<br><small>${h(r.withdrawal.by)}：${h(r.withdrawal.reason)}</small>` : ''}${r.failure ? `<br><small>${h(r.failure.kind)}：${h(r.failure.message)}</small>` : ''}</td><td>${h(r.publish_at ?? '—')}${r.published_at ? `<br><small>发出 ${h(r.published_at)}</small>` : ''}</td><td>${h(r.title)}<br><small>${code(r.path)}</small></td><td>${r.pr ? link(`#${r.pr.number}`, r.pr.url) : '—'}</td><td>${r.author ? h(r.author.name) : '—'}</td><td>${approvals}</td><td>${h(r.submitted_at ?? '—')}</td><td>${r.lead_time_hours === null ? '—' : `${h(r.lead_time_hours)} 小时`}</td><td>${r.urgent ? `${h(r.urgent.reason)}<br><small>总经理 ${h(r.urgent.gm_approver ?? '未知')} · ${link('报告', r.urgent.report)}</small>` : '—'}</td><td>${r.checks ? `${r.checks.errors} / ${r.checks.warnings} / ${r.checks.infos}` : '—'}</td><td>${ids || '—'}</td><td>${r.published_commit ? code(short(r.published_commit)) : '—'}${r.content_hash ? `<br><small>${h(r.content_hash.slice(0, 19))}…${verified}</small>` : ''}</td><td>${r.anomalies.map((k) => code(k)).join(' ') || '—'}</td></tr>`;
}

const LIMITS = [
  '审查记录只存在于 GitHub：用 git 发布来源（--pr-source git）写下的记录，审批为“未知”，报告中逐条列出。',
  '变基合并（rebase merge）不写 PR 编号，与直接推送在 git 中无法区分；管理员用合并按钮绕过检查，留下的提交与正常合并相同。',
  '提交者姓名可以伪造；GitHub 的签名才是证据，核对签名需要 GitHub 的公钥。',
  'draft-only 账号由人工在公众号后台点“发表”，wxgate 看不到是否已发表。',
  '检查点之前的历史若在首次审计前已被改写，无法察觉；请用分支规则禁止强制推送 wxgate-ledger 和 wxgate-audit/* 标签。',
];

const STYLE = `
body{font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:0;padding:24px;color:#222;background:#fafafa;line-height:1.5}
h1{font-size:22px;margin:0 0 8px}h2{font-size:18px;margin:28px 0 12px;border-bottom:1px solid #ddd;padding-bottom:4px}
.meta{color:#555;font-size:13px;margin:4px 0}code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px;background:#eef;padding:0 3px;border-radius:3px;word-break:break-all}
.cards{display:flex;flex-wrap:wrap;gap:10px}.card{background:#fff;border:1px solid #ddd;border-radius:6px;padding:10px 14px;min-width:120px}.card b{display:block;font-size:20px}.card span{color:#555;font-size:12px}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:16px}figure{margin:0;background:#fff;border:1px solid #ddd;border-radius:6px;padding:10px}figcaption{font-size:14px;font-weight:600;margin-bottom:6px}
ol.anomalies{padding-left:24px}ol.anomalies li{background:#fff;border:1px solid #ddd;border-left:4px solid #999;border-radius:4px;padding:8px 12px;margin:8px 0}
li.sev-error{border-left-color:#d03030!important}li.sev-warning{border-left-color:#e0a020!important}li.sev-info{border-left-color:#3070c0!important}
.badge{display:inline-block;font-size:12px;padding:0 6px;border-radius:3px;background:#eee}.sev-error .badge{background:#fbe3e3;color:#a01818}.sev-warning .badge{background:#fdf1d8;color:#8a5a00}.sev-info .badge{background:#e3edfb;color:#1d4f91}
.detail{margin:4px 0}pre.diff{background:#f6f8ee}.evidence{font-size:12px;color:#555}pre{background:#f3f3f3;padding:6px 8px;font-size:12px;white-space:pre-wrap;word-break:break-all;margin:6px 0 0}
.wide{overflow-x:auto}table{border-collapse:collapse;background:#fff;font-size:12px;width:100%}th,td{border:1px solid #ddd;padding:4px 6px;vertical-align:top;text-align:left}thead th{background:#f0f0f0}
tr.group th{background:#e8eef8;font-size:13px}small{color:#666}.muted{color:#888}tr.st-unpublished td,tr.st-failed td{background:#fff4f4}tr.cp-rewritten td{background:#fff0f0}
footer{margin-top:32px;color:#777;font-size:12px}
`;
