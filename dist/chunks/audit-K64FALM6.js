#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  DEFAULT_LEDGER_BRANCH,
  Git,
  GitError,
  GitLedger,
  LedgerFormatError,
  commitMessage,
  contentHashOf,
  parseRecord,
  recordPath
} from "./chunk-G2SPCBTE.js";
import "./chunk-MGRGO5V5.js";
import {
  postingLogin,
  upsertIssue
} from "./chunk-2MKHB3FA.js";
import {
  earliestPublish
} from "./chunk-DSV6OMTV.js";
import {
  package_default
} from "./chunk-C44ODVYO.js";
import {
  decodeArticle
} from "./chunk-QI4ADP2A.js";
import {
  createGitHubClient,
  mapLines,
  warningsOnly
} from "./chunk-L5TB2V2T.js";
import {
  repositoryOf
} from "./chunk-M62EH3RT.js";
import {
  UsageError,
  defineCommand,
  localeOf,
  oneOf
} from "./chunk-PYXF3RJ7.js";
import "./chunk-RCBCJIJT.js";
import {
  parseAccounts
} from "./chunk-NZZYWQNC.js";
import "./chunk-OEEOITOW.js";
import "./chunk-2RFUJMZD.js";
import {
  parseFrontMatter
} from "./chunk-AJFJEGPM.js";
import "./chunk-PFD2E4ND.js";
import {
  CODEOWNERS_LOCATIONS,
  parsePrPolicy
} from "./chunk-6YKWKTNI.js";
import {
  codeSpan,
  escapeHtml,
  linkUrl,
  markdownLink,
  markdownText,
  tableCell,
  tableCode,
  terminalText
} from "./chunk-HKUFPJ4K.js";
import {
  parseYaml,
  yaml
} from "./chunk-B6G33NBB.js";
import {
  isoIn,
  localDate,
  parseDateTime,
  parseIso,
  startOfLocalDay
} from "./chunk-OKF366UL.js";
import {
  ConfigurationError
} from "./chunk-M2DJWID3.js";
import "./chunk-ZRXVBFZK.js";

// src/commands/audit.ts
import { isAbsolute, relative, resolve as resolve2 } from "node:path";

// src/app/audit.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";

// src/audit/checkpoint.ts
var CHECKPOINT_DIR = "audits/";
var CHECKPOINT_TAGS = "refs/tags/wxgate-audit/";
function checkpointPath(period) {
  return `${CHECKPOINT_DIR}${period}.yml`;
}
function checkpointTag(period, commit) {
  return `${CHECKPOINT_TAGS}${period}/${commit.slice(0, 12)}`;
}
function periodOfTag(ref) {
  const m = /^refs\/tags\/wxgate-audit\/([A-Za-z0-9_-]+)\/[0-9a-f]+$/.exec(ref);
  return m?.[1];
}
var HEADER = "# wxgate audit checkpoint: the tips this audit covered. The next audit checks they are still in the history.\n";
function formatCheckpoint(c) {
  return HEADER + yaml.dump(c, { schema: yaml.CORE_SCHEMA, lineWidth: -1, noRefs: true, sortKeys: false });
}
function parseCheckpoint(text2) {
  const parsed = parseYaml(text2);
  if (!parsed.ok) throw new Error(`line ${parsed.line}: ${parsed.message}`);
  const c = parsed.value;
  const sha = (v) => typeof v === "string" && /^[0-9a-f]{40,64}$/.test(v);
  if (!c || typeof c !== "object" || typeof c.period !== "string" || typeof c.generated_at !== "string" || !sha(c.content_tip) || !(c.ledger_tip === null || sha(c.ledger_tip))) {
    throw new Error("not a wxgate audit checkpoint (period, generated_at, content_tip, ledger_tip)");
  }
  return c;
}
function checkpointMessage(c) {
  const one = (s) => s.replace(/[\r\n\t]+/g, " ").trim();
  const lines = [
    `Wxgate-Audit-Period: ${c.period}`,
    `Wxgate-Audit-Content-Tip: ${c.content_tip}`,
    `Wxgate-Audit-Ledger-Tip: ${c.ledger_tip ?? "none"}`,
    `Wxgate-Audit-Anomalies: ${c.anomalies.error} error(s), ${c.anomalies.warning} warning(s), ${c.anomalies.info} info`,
    ...c.run ? [`Wxgate-Audit-Run: ${one(c.run)}`] : [],
    `Signed-off-by: ${one(c.by)}`
  ];
  return `audit: checkpoint ${c.period}

The audit of ${c.period} covered these tips; the next audit checks they are still in the history.

${lines.join("\n")}
`;
}

// src/audit/format/labels.ts
var KIND_LABELS = {
  "content-mismatch": {
    zh: "发布内容与合并/审批的内容不符",
    en: "published content differs from what was merged/approved"
  },
  "approval-missing": { zh: "缺少必需的审批", en: "required approval missing" },
  "approvals-unknown": { zh: "审批情况未知", en: "approvals unknown" },
  "lead-time": { zh: "提前量不足且无完整加急记录", en: "lead time short without a complete urgent record" },
  "direct-push": { zh: "未经 PR 的提交", en: "change without a merged pull request" },
  "record-without-article": { zh: "有记录无文章", en: "record without its article" },
  unpublished: { zh: "到期未发布", en: "due but not published" },
  "double-publish": { zh: "重复发布", en: "published more than once" },
  "edited-after-publish": { zh: "发布后被修改", en: "edited after publishing" },
  "policy-change": { zh: "政策变更", en: "policy change" },
  "history-rewritten": { zh: "历史被改写", en: "history rewritten" },
  "trailer-mismatch": { zh: "记录附注与内容不符", en: "record trailers and YAML disagree" }
};
var SEVERITY_LABELS = {
  error: { zh: "错误", en: "error" },
  warning: { zh: "警告", en: "warning" },
  info: { zh: "提示", en: "info" }
};
var STATUS_LABELS = {
  published: { zh: "已发布", en: "published" },
  withdrawn: { zh: "已撤回", en: "withdrawn" },
  failed: { zh: "失败", en: "failed" },
  "handed-off": { zh: "待人工发表", en: "handed off (draft)" },
  "in-progress": { zh: "发布中", en: "in progress" },
  unpublished: { zh: "到期未发布", en: "due, not published" },
  scheduled: { zh: "未到期", en: "scheduled" }
};
function pick(text2, locale) {
  return locale === "en" ? text2.en : text2.zh;
}

// src/audit/format/csv.ts
var COLUMNS = [
  "row",
  "account",
  "path",
  "title",
  "status",
  "state",
  "author",
  "pr",
  "approvals",
  "submitted_at",
  "publish_at",
  "published_at",
  "withdrawn_at",
  "lead_time_hours",
  "urgent_reason",
  "gm_approver",
  "report",
  "checks",
  "publish_id",
  "article_id",
  "msg_id",
  "url",
  "published_commit",
  "merge_commit",
  "content_hash",
  "content_verified",
  "withdrawal",
  "anomalies",
  "kind",
  "severity",
  "commits",
  "detail"
];
function formatCsv(report, locale) {
  const lines = [COLUMNS.join(",")];
  for (const r of report.articles) {
    const cells = {
      row: "article",
      account: r.account,
      path: r.path,
      title: r.title,
      status: r.status,
      state: r.state,
      author: r.author ? `${r.author.name} <${r.author.email}>` : "",
      pr: r.pr?.number,
      approvals: r.approvals === "unknown" ? "unknown" : r.approvals.map((a) => `${a.user}${a.team ? ` (${a.team})` : ""} ${a.at}`).join("; "),
      submitted_at: r.submitted_at,
      publish_at: r.publish_at,
      published_at: r.published_at,
      withdrawn_at: r.withdrawn_at,
      lead_time_hours: r.lead_time_hours,
      urgent_reason: r.urgent?.reason,
      gm_approver: r.urgent?.gm_approver,
      report: r.urgent?.report,
      checks: r.checks ? `${r.checks.errors}/${r.checks.warnings}/${r.checks.infos}` : "",
      publish_id: r.wechat?.publish_id,
      article_id: r.wechat?.article_id,
      msg_id: r.wechat?.msg_id,
      url: r.wechat?.url,
      published_commit: r.published_commit,
      merge_commit: r.merge_commit,
      content_hash: r.content_hash,
      content_verified: r.content_verified,
      withdrawal: r.withdrawal ? `${r.withdrawal.by} ${r.withdrawal.at ?? ""}: ${r.withdrawal.reason}` : "",
      anomalies: r.anomalies.join(" ")
    };
    lines.push(COLUMNS.map((c) => cell(cells[c])).join(","));
  }
  for (const a of report.anomalies) {
    const cells = {
      row: "anomaly",
      account: a.account,
      path: a.article,
      kind: a.kind,
      severity: a.severity,
      commits: a.commits.join(" "),
      detail: pick(a.detail, locale)
    };
    lines.push(COLUMNS.map((c) => cell(cells[c])).join(","));
  }
  return `\uFEFF${lines.join("\r\n")}\r
`;
}
function cell(value) {
  if (value === void 0 || value === null) return "";
  let text2 = terminalText(String(value));
  if (/^[=+\-@\t\r]/.test(text2)) text2 = `'${text2}`;
  return /[",\r\n']/.test(text2) || text2 !== text2.trim() ? `"${text2.replace(/"/g, '""')}"` : text2;
}

// src/audit/commands.ts
function sh(word) {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word) && !word.startsWith("-")) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
function shortRef(ref) {
  return ref.replace(/^refs\/(heads|remotes|tags)\//, "");
}
var short = (sha) => sha.slice(0, 12);
function showCommit(sha) {
  return `git show -m --first-parent --stat --format=fuller ${short(sha)}`;
}
function diffOf(sha, paths) {
  return `git diff ${short(sha)}^1 ${short(sha)} -- ${paths.map(sh).join(" ")}`;
}
function showRecord(ledgerRef, record) {
  return `git show ${sh(`${shortRef(ledgerRef)}:${record}`)}`;
}
function recordLog(ledgerRef, record, keys) {
  const fields = keys.map((k) => `%(trailers:key=${k},valueonly,separator=%x20)`).join(" ");
  return `git log ${sh(shortRef(ledgerRef))} --format=${sh(`%h %cI ${fields}`)} -- ${sh(record)}`;
}
function folderLog(ref, dir, range) {
  return `git log --first-parent --format=${sh("%h %cI %an %s")} ${sh(range ?? shortRef(ref))} -- ${sh(dir)}`;
}
function listFolder(sha, dir) {
  return `git ls-tree ${short(sha)} -- ${sh(`${dir}/`)}`;
}
function isAncestor(sha, ref) {
  return `git merge-base --is-ancestor ${sha} ${sh(shortRef(ref))} && echo kept || echo REWRITTEN`;
}

// src/audit/types.ts
var SEVERITIES = ["error", "warning", "info"];
var ANOMALY_KINDS = {
  "content-mismatch": 1,
  "approval-missing": 2,
  "approvals-unknown": 2,
  "lead-time": 3,
  "direct-push": 4,
  "record-without-article": 5,
  unpublished: 5,
  "double-publish": 6,
  "edited-after-publish": 6,
  "policy-change": 7,
  "history-rewritten": 8,
  "trailer-mismatch": 8
};
var folderKey = (commit, dir) => `${commit}:${dir}`;

// src/audit/format/svg.ts
var W = 640;
var H = 260;
var M = { top: 16, right: 16, bottom: 48, left: 44 };
var PALETTE = ["#2f6fdf", "#e8833a", "#3aa56b", "#c04a7a", "#7a5cc4", "#8a8f2a", "#2aa0a8", "#b0523a"];
var n = (v) => String(Math.round(v * 10) / 10);
function frame(id, label, body, empty, height = H) {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${height}" width="100%" role="img" aria-label="${escapeHtml(label)}" data-chart="${escapeHtml(id)}"${empty ? ' data-empty="true"' : ""}>${body}</svg>`;
}
function emptyChart(id, label, message) {
  return frame(
    id,
    label,
    `<text x="${W / 2}" y="${H / 2}" text-anchor="middle" fill="#888" font-size="14">${escapeHtml(message)}</text>`,
    true
  );
}
function ticks(max) {
  if (max <= 0) return [0, 1];
  const raw = max / 5;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? raw;
  const out = [];
  for (let v = 0; v <= max + step * 0.999; v += step) out.push(Math.round(v * 1e3) / 1e3);
  return out;
}
function yAxis(top, scale) {
  return ticks(top).map(
    (v) => `<line x1="${M.left}" x2="${W - M.right}" y1="${n(scale(v))}" y2="${n(scale(v))}" stroke="#e5e5e5"/><text x="${M.left - 6}" y="${n(scale(v) + 4)}" text-anchor="end" font-size="11" fill="#555">${n(v)}</text>`
  ).join("");
}
function groupedBars(o) {
  const max = Math.max(0, ...o.series.flatMap((s) => s.values));
  if (o.series.length === 0 || max === 0) return emptyChart(o.id, o.label, o.empty);
  const top = ticks(max).at(-1);
  const plotH = H - M.top - M.bottom;
  const y = (v) => M.top + plotH - v / top * plotH;
  const band = (W - M.left - M.right) / o.categories.length;
  const bar = Math.max(2, band * 0.8 / o.series.length);
  const parts = [yAxis(top, y)];
  o.categories.forEach((category, c) => {
    const x0 = M.left + c * band + band * 0.1;
    o.series.forEach((s, i) => {
      const v = s.values[c] ?? 0;
      parts.push(
        `<rect x="${n(x0 + i * bar)}" y="${n(y(v))}" width="${n(bar - 1)}" height="${n(M.top + plotH - y(v))}" fill="${PALETTE[i % PALETTE.length]}" data-value="${v}" data-series="${escapeHtml(s.name)}" data-category="${escapeHtml(category)}"><title>${escapeHtml(`${s.name} ${category}: ${v}`)}</title></rect>`
      );
    });
    parts.push(
      `<text x="${n(M.left + c * band + band / 2)}" y="${H - M.bottom + 16}" text-anchor="middle" font-size="11" fill="#333">${escapeHtml(category)}</text>`
    );
  });
  o.series.forEach((s, i) => {
    const x = M.left + i * 140;
    parts.push(
      `<rect x="${x}" y="${H - 18}" width="10" height="10" fill="${PALETTE[i % PALETTE.length]}"/><text x="${x + 14}" y="${H - 9}" font-size="11" fill="#333">${escapeHtml(s.name)}</text>`
    );
  });
  return frame(o.id, o.label, parts.join(""), false);
}
function histogram(o) {
  if (o.values.length === 0) return emptyChart(o.id, o.label, o.empty);
  let width = o.binWidth;
  const low = Math.floor(Math.min(0, ...o.values) / width) * width;
  let high = Math.ceil(Math.max(o.marker.value * 1.5, ...o.values) / width) * width;
  while ((high - low) / width > 24) width *= 2;
  high = low + Math.ceil((high - low) / width) * width;
  const bins = Array.from({ length: Math.max(1, (high - low) / width) }, () => 0);
  for (const v of o.values) bins[Math.min(bins.length - 1, Math.floor((v - low) / width))]++;
  const top = ticks(Math.max(...bins)).at(-1);
  const plotH = H - M.top - M.bottom;
  const plotW = W - M.left - M.right;
  const y = (v) => M.top + plotH - v / top * plotH;
  const x = (v) => M.left + (v - low) / (high - low) * plotW;
  const parts = [yAxis(top, y)];
  bins.forEach((count, i) => {
    const from = low + i * width;
    parts.push(
      `<rect x="${n(x(from) + 1)}" y="${n(y(count))}" width="${n(x(from + width) - x(from) - 2)}" height="${n(M.top + plotH - y(count))}" fill="${PALETTE[0]}" data-value="${count}" data-from="${from}" data-to="${from + width}"><title>${escapeHtml(`${from}–${from + width} ${o.unit}: ${count}`)}</title></rect>`
    );
    if (i % Math.ceil(bins.length / 8) === 0) {
      parts.push(
        `<text x="${n(x(from))}" y="${H - M.bottom + 16}" text-anchor="middle" font-size="11" fill="#333">${n(from)}</text>`
      );
    }
  });
  parts.push(
    `<line x1="${n(x(o.marker.value))}" x2="${n(x(o.marker.value))}" y1="${M.top}" y2="${M.top + plotH}" stroke="#d03030" stroke-width="2" stroke-dasharray="6 3" data-marker="${o.marker.value}"/><text x="${n(x(o.marker.value) + 4)}" y="${M.top + 12}" font-size="11" fill="#d03030">${escapeHtml(o.marker.label)}</text>`,
    `<text x="${W - M.right}" y="${H - 8}" text-anchor="end" font-size="11" fill="#555">${escapeHtml(o.unit)}</text>`
  );
  return frame(o.id, o.label, parts.join(""), false);
}
function horizontalBars(o) {
  if (o.items.length === 0) return emptyChart(o.id, o.label, o.empty);
  const left = 170;
  const row = 30;
  const height = M.top * 2 + row * o.items.length;
  const max = Math.max(1, ...o.items.map((i) => i.value));
  const scale = (v) => Math.max(0, v) / max * (W - left - 230);
  const parts = o.items.map((item, i) => {
    const yy = M.top + i * row;
    return `<text x="${left - 8}" y="${n(yy + row * 0.65)}" text-anchor="end" font-size="12" fill="#333">${escapeHtml(item.label)}</text><rect x="${left}" y="${n(yy + row * 0.15)}" width="${n(Math.max(1, scale(item.value)))}" height="${n(row * 0.7)}" fill="${PALETTE[2]}" data-value="${item.value}" data-series="${escapeHtml(item.label)}"><title>${escapeHtml(`${item.label}: ${item.value} ${o.unit} (${item.note})`)}</title></rect><text x="${n(left + scale(item.value) + 6)}" y="${n(yy + row * 0.65)}" font-size="11" fill="#555">${escapeHtml(`${item.value} ${o.unit} · ${item.note}`)}</text>`;
  });
  return frame(o.id, o.label, parts.join(""), false, height);
}

// src/audit/format/html.ts
var h = (text2) => escapeHtml(terminalText(String(text2 ?? "")));
function link(text2, url) {
  const href = url ? linkUrl(url) : void 0;
  return href ? `<a href="${h(href)}" rel="noopener noreferrer">${h(text2)}</a>` : h(text2);
}
var code = (text2) => `<code>${h(text2)}</code>`;
function formatHtml(report) {
  const p = report.period;
  const s = report.summary;
  const f = report.figures;
  const r = report.repository;
  const cards = [
    [s.articles, "文章"],
    [s.by_status.published ?? 0, "已发布"],
    [s.by_status.withdrawn ?? 0, "已撤回"],
    [(s.by_status.failed ?? 0) + (s.by_status.unpublished ?? 0), "失败或到期未发布"],
    [s.urgent, "加急"],
    [`${s.approvals_verified} / ${s.approvals_unknown}`, "审批 已核实 / 未知"],
    [`${s.content_verified} / ${s.content_not_verified}`, "内容哈希 已核对 / 未核对"],
    [`${s.via_pull_request} / ${s.content_commits}`, "经 PR 的提交 / 全部"],
    [s.policy_changes, "政策变更"],
    [s.anomalies.error, "错误"],
    [s.anomalies.warning, "警告"],
    [s.anomalies.info, "提示"]
  ];
  const charts = [
    [
      "各账号每月发布数",
      groupedBars({
        id: "per-account-month",
        label: "各账号每月发布数",
        categories: f.months,
        series: f.perAccountMonth.accounts.map((a, i) => ({ name: a, values: f.perAccountMonth.counts[i] })),
        empty: "本期没有发布"
      })
    ],
    [
      `提前量分布（红线：政策要求 ${f.leadTimes.policyLabel.zh}）`,
      histogram({
        id: "lead-time",
        label: "提前量分布",
        values: f.leadTimes.hours,
        binWidth: 24,
        unit: "小时",
        marker: { value: f.leadTimes.policyHours, label: `政策 ${f.leadTimes.policyLabel.zh}` },
        empty: "没有已知提前量的文章"
      })
    ],
    [
      "加急发布（每月）",
      groupedBars({
        id: "urgent-month",
        label: "每月加急发布数",
        categories: f.months,
        series: [{ name: "加急", values: f.urgentPerMonth }],
        empty: "本期没有加急发布"
      })
    ],
    [
      "审批耗时（提交到审批，中位数，按审核团队）",
      horizontalBars({
        id: "approval-turnaround",
        label: "各审核团队审批耗时中位数",
        items: f.turnaround.map((t) => ({
          label: t.team,
          value: t.median,
          note: `${t.count} 次，最长 ${t.max} 小时`
        })),
        unit: "小时",
        empty: "审批情况未知（记录来自 git，审批在 GitHub 上）"
      })
    ]
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
<h1>wxgate 审计报告 ${h(p.label)}${report.account ? ` · 账号 ${h(report.account)}` : ""}</h1>
<p class="meta">期间 ${h(p.firstDay)} 至 ${h(p.lastDay)}（${h(p.timeZone)}）· 仓库 ${h(r.name ?? "")} · 内容分支 ${code(shortRef(r.content.ref))} @ ${code(short(r.content.tip))} · 记录分支 ${code(shortRef(r.ledger.ref))} @ ${r.ledger.tip ? code(short(r.ledger.tip)) : "（不存在）"} · 生成于 ${h(report.generated_at)}</p>
<p class="meta">本报告仅依据 git 历史生成：内容分支上的提交和记录分支（${h(shortRef(r.ledger.ref))}）上的发布记录，不访问 GitHub 或微信。</p>
</header>
<section id="summary"><h2>概要</h2><div class="cards">${cards.map(([v, l]) => `<div class="card"><b>${h(v)}</b><span>${h(l)}</span></div>`).join("")}</div></section>
<section id="charts"><h2>图表</h2><div class="charts">${charts.map(([title, svg]) => `<figure><figcaption>${h(title)}</figcaption>${svg}</figure>`).join("")}</div></section>
<section id="anomalies"><h2>异常（错误 ${s.anomalies.error}，警告 ${s.anomalies.warning}，提示 ${s.anomalies.info}）</h2>
${report.anomalies.length === 0 ? "<p>没有发现异常。</p>" : `<ol class="anomalies">${report.anomalies.map(anomalyItem).join("\n")}</ol>`}
</section>
<section id="articles"><h2>文章（按账号分组）</h2>
${report.articles.length === 0 ? "<p>本期没有文章。</p>" : `<div class="wide"><table class="articles"><thead><tr>${HEAD.map((c) => `<th>${c}</th>`).join("")}</tr></thead>${accounts.map(
    (a) => accountGroup(
      a,
      report.articles.filter((row) => row.account === a)
    )
  ).join("\n")}</table></div>`}
</section>
<section id="checkpoints"><h2>检查点</h2>
${report.checkpoints.length === 0 ? "<p>没有检查点（首次审计，或尚未写入）。</p>" : `<table><thead><tr><th>期间</th><th>时间</th><th>执行人</th><th>记录分支</th><th>内容分支</th><th>状态</th></tr></thead><tbody>${report.checkpoints.map((c) => `<tr class="cp-${h(c.status)}"><td>${h(c.period ?? "?")}</td><td>${h(c.generated_at ?? "?")}</td><td>${h(c.by ?? "?")}</td><td>${c.ledger_tip ? code(short(c.ledger_tip)) : "—"}</td><td>${c.content_tip ? code(short(c.content_tip)) : "—"}</td><td>${h({ ok: "完好", rewritten: "历史被改写", unreadable: "无法读取", written: "本次写入" }[c.status])}${c.problems.map((x) => `<br>${h(x.zh)}`).join("")}</td></tr>`).join("")}</tbody></table>`}
</section>
<section id="limits"><h2>wxgate 看不到的</h2><ul>${LIMITS.map((l) => `<li>${l}</li>`).join("")}</ul></section>
<footer>wxgate · 每项异常的含义和手工核对命令见 README“审计”一节。</footer>
</body>
</html>
`;
}
function anomalyItem(a) {
  return `<li class="sev-${a.severity}" data-kind="${h(a.kind)}"><span class="badge">${h(SEVERITY_LABELS[a.severity].zh)}</span> <b>${h(KIND_LABELS[a.kind].zh)}</b> <small>(${ANOMALY_KINDS[a.kind]}, ${h(a.kind)})</small>${a.article ? ` ${code(a.article)}` : ""}
<div class="detail">${h(a.detail.zh)}</div>
<div class="evidence">${a.record ? `记录 ${code(a.record)} ` : ""}${a.commits.length ? `提交 ${a.commits.map((c) => code(short(c))).join(" ")}` : ""}</div>
${settingsDiffs(a.data)}${a.commands.length ? `<pre>${a.commands.map((c) => h(`$ ${c}`)).join("\n")}</pre>` : ""}</li>`;
}
function settingsDiffs(data) {
  const files = data?.files;
  if (!Array.isArray(files)) return "";
  return files.map((f) => `<pre class="diff">${h(f.path)}
${f.diff.map((l) => h(`  ${l}`)).join("\n")}</pre>`).join("");
}
var HEAD = [
  "状态",
  "计划发布",
  "标题 / 路径",
  "PR",
  "作者",
  "审批",
  "提交时间",
  "提前量",
  "加急",
  "检查",
  "微信",
  "发布提交 / 哈希",
  "异常"
];
function accountGroup(account, rows) {
  return `<tbody data-account="${h(account)}"><tr class="group"><th colspan="${HEAD.length}">${h(account)}（${rows.length} 篇）</th></tr>${rows.map(articleRow).join("")}</tbody>`;
}
function articleRow(r) {
  const approvals2 = r.approvals === "unknown" ? '<span class="muted">未知</span>' : r.approvals.map((a) => `${h(a.user)}${a.team ? ` (${h(a.team)})` : ""}<br><small>${h(a.at)}</small>`).join("<br>") || "无";
  const w = r.wechat;
  const ids = w ? [
    w.publish_id && `publish_id ${h(w.publish_id)}`,
    w.msg_id && `msg_id ${h(w.msg_id)}`,
    w.url && link("链接", w.url)
  ].filter(Boolean).join("<br>") : "";
  const verified = r.content_verified === true ? " ✓" : r.content_verified === false ? " ✗" : "";
  return `<tr class="st-${h(r.status)}"><td>${h(STATUS_LABELS[r.status].zh)}${r.withdrawal ? `<br><small>${h(r.withdrawal.by)}：${h(r.withdrawal.reason)}</small>` : ""}${r.failure ? `<br><small>${h(r.failure.kind)}：${h(r.failure.message)}</small>` : ""}</td><td>${h(r.publish_at ?? "—")}${r.published_at ? `<br><small>发出 ${h(r.published_at)}</small>` : ""}</td><td>${h(r.title)}<br><small>${code(r.path)}</small></td><td>${r.pr ? link(`#${r.pr.number}`, r.pr.url) : "—"}</td><td>${r.author ? h(r.author.name) : "—"}</td><td>${approvals2}</td><td>${h(r.submitted_at ?? "—")}</td><td>${r.lead_time_hours === null ? "—" : `${h(r.lead_time_hours)} 小时`}</td><td>${r.urgent ? `${h(r.urgent.reason)}<br><small>总经理 ${h(r.urgent.gm_approver ?? "未知")} · ${link("报告", r.urgent.report)}</small>` : "—"}</td><td>${r.checks ? `${r.checks.errors} / ${r.checks.warnings} / ${r.checks.infos}` : "—"}</td><td>${ids || "—"}</td><td>${r.published_commit ? code(short(r.published_commit)) : "—"}${r.content_hash ? `<br><small>${h(r.content_hash.slice(0, 19))}…${verified}</small>` : ""}</td><td>${r.anomalies.map((k) => code(k)).join(" ") || "—"}</td></tr>`;
}
var LIMITS = [
  "审查记录只存在于 GitHub：用 git 发布来源（--pr-source git）写下的记录，审批为“未知”，报告中逐条列出。",
  "变基合并（rebase merge）不写 PR 编号，与直接推送在 git 中无法区分；管理员用合并按钮绕过检查，留下的提交与正常合并相同。",
  "提交者姓名可以伪造；GitHub 的签名才是证据，核对签名需要 GitHub 的公钥。",
  "draft-only 账号由人工在公众号后台点“发表”，wxgate 看不到是否已发表。",
  "检查点之前的历史若在首次审计前已被改写，无法察觉；请用分支规则禁止强制推送 wxgate-ledger 和 wxgate-audit/* 标签。"
];
var STYLE = `
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

// src/audit/format/json.ts
function formatJson(report, locale) {
  const p = report.period;
  const json = {
    period: {
      label: p.label,
      from: isoIn(p.from, p.timeZone),
      until: isoIn(p.until, p.timeZone),
      first_day: p.firstDay,
      last_day: p.lastDay,
      time_zone: p.timeZone
    },
    repository: report.repository,
    generated_at: report.generated_at,
    account: report.account,
    policy: report.policy,
    summary: report.summary,
    articles: report.articles,
    anomalies: report.anomalies.map((a) => ({
      kind: a.kind,
      severity: a.severity,
      article: a.article,
      commits: a.commits,
      detail: pick(a.detail, locale),
      item: ANOMALY_KINDS[a.kind],
      account: a.account,
      record: a.record,
      commands: a.commands,
      data: a.data ?? {}
    })),
    checkpoints: report.checkpoints.map((c) => ({ ...c, problems: c.problems.map((x) => pick(x, locale)) })),
    verified_since: report.verified_since,
    figures: report.figures
  };
  return `${JSON.stringify(json, null, 2)}
`;
}

// src/audit/format/markdown.ts
var translator = (locale) => (zh, en) => locale === "en" ? en : zh;
function formatMarkdown(report, locale) {
  const t = translator(locale);
  const out = [
    `# ${t("wxgate 审计报告", "wxgate audit report")} ${markdownText(report.period.label)}`,
    "",
    headline(report, locale),
    ""
  ];
  out.push(`## ${t("概要", "Summary")}`, "", ...summaryTable(report, locale), "");
  out.push(...anomalySection(report, locale, Number.POSITIVE_INFINITY), "");
  out.push(`## ${t("文章", "Articles")}`, "");
  if (report.articles.length === 0) out.push(t("本期没有文章。", "No article in the period."), "");
  const accounts = [...new Set(report.articles.map((r) => r.account))];
  for (const account of accounts) {
    out.push(
      `### ${markdownText(account)}`,
      "",
      ...articleTable(
        report.articles.filter((r) => r.account === account),
        locale
      ),
      ""
    );
  }
  out.push(`## ${t("检查点", "Checkpoints")}`, "");
  if (report.checkpoints.length === 0) out.push(t("无。", "None."));
  else {
    out.push(
      `| ${t("期间", "period")} | ${t("时间", "at")} | ${t("执行人", "by")} | ${t("记录分支", "ledger tip")} | ${t("内容分支", "content tip")} | ${t("状态", "status")} |`,
      "| --- | --- | --- | --- | --- | --- |",
      ...report.checkpoints.map(
        (c) => `| ${tableCell(c.period ?? "?")} | ${tableCell(c.generated_at ?? "?")} | ${tableCell(c.by ?? "?")} | ${c.ledger_tip ? tableCode(short(c.ledger_tip)) : "—"} | ${c.content_tip ? tableCode(short(c.content_tip)) : "—"} | ${tableCell(c.status)}${c.problems.length ? `: ${c.problems.map((p) => tableCell(pick(p, locale))).join("; ")}` : ""} |`
      )
    );
  }
  return `${out.join("\n").trimEnd()}
`;
}
function headline(report, locale) {
  const t = translator(locale);
  const p = report.period;
  const r = report.repository;
  return t(
    `期间 ${p.firstDay} 至 ${p.lastDay}（${markdownText(p.timeZone)}）· 内容分支 ${codeSpan(shortRef(r.content.ref))} @ ${codeSpan(short(r.content.tip))} · 记录分支 ${codeSpan(shortRef(r.ledger.ref))} @ ${r.ledger.tip ? codeSpan(short(r.ledger.tip)) : "—"} · 生成于 ${markdownText(report.generated_at)}`,
    `Period ${p.firstDay} to ${p.lastDay} (${markdownText(p.timeZone)}) · content ${codeSpan(shortRef(r.content.ref))} @ ${codeSpan(short(r.content.tip))} · ledger ${codeSpan(shortRef(r.ledger.ref))} @ ${r.ledger.tip ? codeSpan(short(r.ledger.tip)) : "—"} · generated ${markdownText(report.generated_at)}`
  );
}
function summaryTable(report, locale) {
  const t = translator(locale);
  const s = report.summary;
  const statuses = Object.entries(s.by_status).map(([k, n2]) => `${pick(STATUS_LABELS[k], locale)} ${n2}`).join(" · ");
  const rows = [
    [t("文章", "articles"), `${s.articles}${statuses ? ` (${statuses})` : ""}`],
    [
      t("账号", "accounts"),
      Object.entries(s.by_account).map(([k, n2]) => `${markdownText(k)} ${n2}`).join(" · ") || "—"
    ],
    [t("加急", "urgent"), String(s.urgent)],
    [
      t("审批已核实 / 未知", "approvals verified / unknown"),
      `${s.approvals_verified} / ${s.approvals_unknown}`
    ],
    [
      t("内容哈希已核对 / 未核对", "content hash verified / not"),
      `${s.content_verified} / ${s.content_not_verified}`
    ],
    [
      t("内容分支提交 / 经 PR", "content commits / through PRs"),
      `${s.content_commits} / ${s.via_pull_request}`
    ],
    [t("政策变更", "policy changes"), String(s.policy_changes)],
    [
      t("检查点 完好 / 被改写", "checkpoints intact / rewritten"),
      `${s.checkpoints.ok} / ${s.checkpoints.rewritten}`
    ],
    [
      t("异常", "anomalies"),
      ["error", "warning", "info"].map((k) => `${pick(SEVERITY_LABELS[k], locale)} ${s.anomalies[k]}`).join(" · ")
    ]
  ];
  return [
    `| ${t("项目", "item")} | ${t("数值", "value")} |`,
    "| --- | --- |",
    ...rows.map(([k, v]) => `| ${k} | ${v} |`)
  ];
}
function anomalySection(report, locale, limit) {
  const t = translator(locale);
  const n2 = report.summary.anomalies;
  const out = [
    `## ${t("异常", "Anomalies")}（${t(`${n2.error} 个错误，${n2.warning} 个警告，${n2.info} 个提示`, `${n2.error} error(s), ${n2.warning} warning(s), ${n2.info} info`)}）`,
    ""
  ];
  if (report.anomalies.length === 0) out.push(t("没有发现异常。", "No anomaly found."));
  report.anomalies.slice(0, limit).forEach((a, i) => {
    out.push(
      `${i + 1}. **${pick(SEVERITY_LABELS[a.severity], locale)} · ${markdownText(pick(KIND_LABELS[a.kind], locale))}** (${ANOMALY_KINDS[a.kind]}, ${codeSpan(a.kind)})${a.article ? ` — ${codeSpan(a.article)}` : ""}`,
      `   ${markdownText(pick(a.detail, locale))}`
    );
    const evidence = [
      ...a.record ? [`${t("记录", "record")} ${codeSpan(a.record)}`] : [],
      ...a.commits.length ? [`${t("提交", "commits")} ${a.commits.map((c) => codeSpan(short(c))).join(" ")}`] : []
    ];
    if (evidence.length) out.push(`   ${evidence.join(" · ")}`);
    for (const c of a.commands) out.push(`   - ${codeSpan(c)}`);
  });
  if (report.anomalies.length > limit) {
    out.push(
      "",
      t(
        `……另有 ${report.anomalies.length - limit} 项，见完整报告。`,
        `… ${report.anomalies.length - limit} more in the full report.`
      )
    );
  }
  return out;
}
function articleTable(rows, locale) {
  const t = translator(locale);
  const head = [
    t("状态", "status"),
    t("计划发布", "publish_at"),
    t("标题", "title"),
    t("路径", "path"),
    "PR",
    t("作者", "author"),
    t("审批", "approvals"),
    t("提前量", "lead time"),
    t("加急", "urgent"),
    t("微信", "WeChat"),
    t("发布提交", "published from"),
    t("异常", "anomalies")
  ];
  const lines = [`| ${head.join(" | ")} |`, `|${" --- |".repeat(head.length)}`];
  for (const r of rows) {
    const approvals2 = r.approvals === "unknown" ? t("未知", "unknown") : r.approvals.map((a) => `${tableCell(a.user)}${a.team ? ` (${tableCell(a.team)})` : ""} ${tableCell(a.at)}`).join("; ") || "—";
    const wechat = r.wechat?.url ? markdownLink(r.wechat.publish_id ?? r.wechat.msg_id ?? "url", r.wechat.url).replace(/\|/g, "\\|") : tableCell(r.wechat?.publish_id ?? r.wechat?.msg_id ?? "—");
    lines.push(
      `| ${[
        pick(STATUS_LABELS[r.status], locale),
        tableCell(r.publish_at ?? "—"),
        tableCell(r.title),
        tableCode(r.path),
        r.pr ? `#​${r.pr.number}` : "—",
        r.author ? tableCell(r.author.name) : "—",
        approvals2,
        r.lead_time_hours === null ? "—" : `${r.lead_time_hours} h`,
        r.urgent ? tableCell(`${r.urgent.reason} (GM ${r.urgent.gm_approver ?? "?"})`) : "—",
        wechat,
        r.published_commit ? tableCode(short(r.published_commit)) : "—",
        r.anomalies.map((k) => tableCode(k)).join(" ") || "—"
      ].join(" | ")} |`
    );
  }
  return lines;
}

// src/audit/format/text.ts
function formatText(report, locale) {
  const zh = locale !== "en";
  const t = (cn, en) => zh ? cn : en;
  const s = (text2) => terminalText(text2 ?? "");
  const p = report.period;
  const sum = report.summary;
  const out = [];
  const join2 = (parts) => parts.filter(([, n2]) => n2).map(([label, n2]) => `${label} ${n2}`).join(" · ") || "—";
  out.push(
    t(
      `wxgate 审计 ${p.label}（${p.firstDay} 至 ${p.lastDay}，${p.timeZone}）${report.account ? `，账号 ${s(report.account)}` : ""}`,
      `wxgate audit ${p.label} (${p.firstDay} to ${p.lastDay}, ${p.timeZone})${report.account ? `, account ${s(report.account)}` : ""}`
    )
  );
  const repo = report.repository;
  out.push(
    `${t("内容分支", "content")} ${s(shortRef(repo.content.ref))} @ ${short(repo.content.tip)} · ${t("记录分支", "ledger")} ${s(shortRef(repo.ledger.ref))} @ ${repo.ledger.tip ? short(repo.ledger.tip) : t("（不存在）", "(none)")} · ${t("生成于", "generated")} ${report.generated_at}`
  );
  out.push("", t("概要", "Summary"));
  out.push(
    `  ${t(`文章 ${sum.articles} 篇：`, `${sum.articles} article(s): `)}${join2(
      Object.entries(sum.by_status).map(([k, n2]) => [
        pick(STATUS_LABELS[k], locale),
        n2
      ])
    )}`
  );
  out.push(
    `  ${t("账号：", "accounts: ")}${join2(Object.entries(sum.by_account).map(([k, n2]) => [s(k), n2]))}`
  );
  out.push(
    `  ${t(
      `加急 ${sum.urgent} 篇 · 审批已核实 ${sum.approvals_verified} 篇、未知 ${sum.approvals_unknown} 篇 · 内容哈希已核对 ${sum.content_verified} 篇、未核对 ${sum.content_not_verified} 篇`,
      `${sum.urgent} urgent · approvals verified for ${sum.approvals_verified}, unknown for ${sum.approvals_unknown} · content hash verified for ${sum.content_verified}, not for ${sum.content_not_verified}`
    )}`
  );
  out.push(
    `  ${t(
      `内容分支本期 ${sum.content_commits} 个提交，其中 ${sum.via_pull_request} 个经 PR 合并；政策变更 ${sum.policy_changes} 次`,
      `${sum.content_commits} commit(s) landed on the content branch, ${sum.via_pull_request} through pull requests; ${sum.policy_changes} policy change(s)`
    )}`
  );
  out.push(
    `  ${t("检查点：", "checkpoints: ")}${t("完好", "intact")} ${sum.checkpoints.ok} · ${t("被改写", "rewritten")} ${sum.checkpoints.rewritten}${sum.checkpoints.unreadable ? ` · ${t("无法读取", "unreadable")} ${sum.checkpoints.unreadable}` : ""}${report.verified_since ? t(`（记录附注自 ${short(report.verified_since)} 起核对）`, ` (trailers checked since ${short(report.verified_since)})`) : ""}`
  );
  out.push(
    `  ${t("异常：", "anomalies: ")}${["error", "warning", "info"].map((k) => `${pick(SEVERITY_LABELS[k], locale)} ${sum.anomalies[k]}`).join(" · ")}`
  );
  out.push("", t("异常", "Anomalies"));
  if (report.anomalies.length === 0) out.push(t("  无", "  none"));
  for (const a of report.anomalies) {
    out.push(
      `  [${pick(SEVERITY_LABELS[a.severity], locale)}] ${pick(KIND_LABELS[a.kind], locale)} (${ANOMALY_KINDS[a.kind]}, ${a.kind})${a.article ? `  ${s(a.article)}` : ""}`
    );
    out.push(`      ${s(pick(a.detail, locale))}`);
    if (a.record) out.push(`      ${t("记录", "record")} ${s(a.record)}`);
    if (a.commits.length) out.push(`      ${t("提交", "commits")} ${a.commits.map(short).join(" ")}`);
    for (const c of a.commands) out.push(`      $ ${s(c)}`);
  }
  out.push("", t("文章", "Articles"));
  if (report.articles.length === 0) out.push(t("  本期没有文章", "  no article in the period"));
  let account = "";
  for (const row of report.articles) {
    if (row.account !== account) {
      account = row.account;
      out.push(`  ${s(account)}`);
    }
    out.push(...articleLines(row, locale).map((l) => `    ${l}`));
  }
  out.push("", t("检查点", "Checkpoints"));
  if (report.checkpoints.length === 0)
    out.push(t("  无（首次审计，或尚未写入检查点）", "  none (a first audit, or none written yet)"));
  for (const c of report.checkpoints) {
    const mark = c.status === "ok" ? "✓" : c.status === "written" ? "+" : "✗";
    out.push(
      `  ${mark} ${s(c.period ?? "?")}  ${s(c.generated_at ?? "?")}  ${s(c.by ?? "?")}  ${t("记录", "ledger")} ${c.ledger_tip ? short(c.ledger_tip) : "—"} ${t("内容", "content")} ${c.content_tip ? short(c.content_tip) : "—"}  ${t("提交", "commit")} ${short(c.commit)}${c.status === "written" ? t("（本次写入）", " (written now)") : ""}`
    );
    for (const x of c.problems) out.push(`      ${s(pick(x, locale))}`);
  }
  return `${out.join("\n")}
`;
}
function articleLines(row, locale) {
  const zh = locale !== "en";
  const t = (cn, en) => zh ? cn : en;
  const s = (text2) => terminalText(text2 ?? "");
  const approvals2 = row.approvals === "unknown" ? t("未知", "unknown") : row.approvals.map((a) => `${s(a.user)}${a.team ? ` (${s(a.team)})` : ""} ${s(a.at)}`).join(", ") || t("无", "none");
  const w = row.wechat;
  const ids = w ? [
    w.publish_id && `publish_id ${s(w.publish_id)}`,
    w.msg_id && `msg_id ${s(w.msg_id)}`,
    w.url && s(w.url)
  ].filter(Boolean) : [];
  const lines = [
    `${pick(STATUS_LABELS[row.status], locale)}  ${s(row.publish_at ?? "?")}  ${s(row.title)}  ${s(row.path)}`,
    `  ${[
      row.pr ? `PR #${row.pr.number}` : t("PR 未知", "PR unknown"),
      row.author ? `${t("作者", "author")} ${s(row.author.name)}` : "",
      `${t("审批", "approvals")} ${approvals2}`,
      row.lead_time_hours === null ? "" : `${t("提前", "lead time")} ${row.lead_time_hours} h`,
      row.urgent ? `${t("加急", "urgent")}: ${s(row.urgent.reason)} (GM ${s(row.urgent.gm_approver ?? "?")})` : "",
      row.checks ? `${t("检查", "checks")} ${row.checks.errors}/${row.checks.warnings}/${row.checks.infos}` : ""
    ].filter(Boolean).join(" · ")}`
  ];
  if (ids.length || row.published_commit)
    lines.push(
      `  ${[...ids, row.published_commit ? `${t("发布提交", "published from")} ${short(row.published_commit)}` : "", row.content_verified === true ? t("内容已核对", "content verified") : row.content_verified === false ? t("内容不符", "CONTENT DIFFERS") : ""].filter(Boolean).join(" · ")}`
    );
  if (row.withdrawal)
    lines.push(
      `  ${t("撤回", "withdrawn")}: ${s(row.withdrawal.by)} ${s(row.withdrawal.at ?? "")} — ${s(row.withdrawal.reason)}`
    );
  if (row.failure)
    lines.push(`  ${t("失败", "failure")}: ${s(row.failure.kind)} — ${s(row.failure.message)}`);
  if (row.anomalies.length) lines.push(`  ${t("异常：", "anomalies: ")}${row.anomalies.join(", ")}`);
  return lines;
}

// src/audit/period.ts
var QUARTER = /^(\d{4})[Qq]([1-4])$/;
var DATE = /^\d{4}-\d{2}-\d{2}$/;
function resolvePeriod(request, now, zone) {
  if (request.kind === "quarter") {
    const q = request.quarter.trim().toLowerCase();
    if (q === "last" || q === "current") {
      const today = localDate(now, zone);
      const year = Number(today.slice(0, 4));
      const index = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
      const shifted = q === "last" ? index - 1 : index;
      return quarter(shifted < 0 ? year - 1 : year, (shifted + 4) % 4 + 1, zone);
    }
    const m = QUARTER.exec(request.quarter.trim());
    if (!m) {
      throw new ConfigurationError(
        `--quarter must be a quarter such as 2026Q4, or last or current (got "${request.quarter}")`
      );
    }
    return quarter(Number(m[1]), Number(m[2]), zone);
  }
  const from = dayStart(request.from, "--from", zone);
  const lastDay = request.to ?? localDate(now, zone);
  const until = nextDay(dayStart(lastDay, "--to", zone), zone);
  if (until <= from) {
    throw new ConfigurationError(`--to ${lastDay} is before --from ${request.from}`);
  }
  return {
    label: `${request.from}_${lastDay}`,
    from,
    until,
    timeZone: zone,
    firstDay: request.from,
    lastDay
  };
}
function quarter(year, q, zone) {
  const month = (q - 1) * 3 + 1;
  const first = `${year}-${String(month).padStart(2, "0")}-01`;
  const next = q === 4 ? `${year + 1}-01-01` : `${year}-${String(month + 3).padStart(2, "0")}-01`;
  const from = dayStart(first, "--quarter", zone);
  const until = dayStart(next, "--quarter", zone);
  return {
    label: `${year}Q${q}`,
    from,
    until,
    timeZone: zone,
    firstDay: first,
    lastDay: localDate(until - 1, zone)
  };
}
function dayStart(day, option, zone) {
  const start = DATE.test(day) ? startOfLocalDay(day, zone) : void 0;
  if (start === void 0) {
    throw new ConfigurationError(`${option} must be a date such as 2026-10-01 (got "${day}")`);
  }
  return start;
}
function nextDay(start, zone) {
  const day = localDate(start + 36 * 36e5, zone);
  return dayStart(day, "--to", zone);
}
function inPeriod(period, at) {
  return at !== void 0 && at >= period.from && at < period.until;
}
function monthsOf(period) {
  const months = [];
  let [y, m] = period.firstDay.split("-").map(Number);
  const last = period.lastDay.slice(0, 7);
  for (let guard = 0; guard < 1200; guard++) {
    const label = `${y}-${String(m).padStart(2, "0")}`;
    months.push(label);
    if (label >= last) break;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return months;
}

// src/audit/articles.ts
function recordTimes(r) {
  return [
    r.publish_at,
    r.times.published_at,
    r.times.withdrawn_at,
    r.times.failed_at,
    r.times.drafted_at
  ].map((t) => parseIso(t));
}
function recordInScope(r, period, account) {
  if (account !== void 0 && r.account !== account) return false;
  return recordTimes(r).some((t) => inPeriod(period, t));
}
function dirOf(articlePath) {
  return articlePath.replace(/\/index\.md$/, "");
}
function wentOut(r) {
  return Boolean(r.times.published_at) || r.state === "drafted" && Boolean(r.handoff);
}
function statusOf(r) {
  switch (r.state) {
    case "published":
      return "published";
    case "withdrawn":
      return "withdrawn";
    case "failed":
      return "failed";
    case "drafted":
      return r.handoff ? "handed-off" : "in-progress";
    default:
      return "in-progress";
  }
}
function articleRows(e) {
  const rows = [];
  const recorded = /* @__PURE__ */ new Set();
  for (const entry of e.records.values()) {
    recorded.add(entry.path);
    const r = entry.record;
    if (r && recordInScope(r, e.period, e.account)) rows.push(rowOfRecord(r, entry.path));
  }
  for (const a of e.articles) {
    if (recorded.has(recordPath(a.dir.replace(/^content\//, ""))) || e.account !== void 0 && a.account !== e.account)
      continue;
    const row = rowOfArticle(a, e);
    if (row) rows.push(row);
  }
  return rows.sort(
    (a, b) => a.account.localeCompare(b.account) || cmp(a.publish_at, b.publish_at) || cmp(a.path, b.path)
  );
}
function cmp(a, b) {
  return (a ?? "").localeCompare(b ?? "");
}
function rowOfRecord(r, path) {
  const p = r.provenance;
  const github = p.github;
  const w = r.wechat;
  return {
    account: r.account,
    path: r.article,
    dir: dirOf(r.article),
    record: path,
    title: r.title,
    status: statusOf(r),
    state: r.state,
    method: r.method,
    author: p.author,
    pr: p.pr === null ? null : {
      number: p.pr,
      title: p.pr_title,
      url: github?.url ?? null,
      author: github?.author ?? null,
      source: p.pr_source
    },
    approvals: p.approvals,
    approvals_source: p.approvals_source,
    submitted_at: p.submitted_at,
    publish_at: r.publish_at || null,
    published_at: r.times.published_at ?? null,
    withdrawn_at: r.times.withdrawn_at ?? null,
    failed_at: r.state === "failed" ? r.failure?.at ?? r.times.failed_at ?? null : null,
    lead_time_hours: p.lead_time_hours,
    urgent: r.urgent,
    checks: r.checks,
    wechat: {
      publish_id: w.publish_id ?? null,
      article_id: w.article_id ?? null,
      msg_id: w.msg_id ?? null,
      url: w.url ?? null,
      draft_media_id: w.draft_media_id ?? null
    },
    published_commit: r.source_commit,
    merge_commit: p.merge_commit,
    content_hash: r.content_hash,
    content_verified: null,
    withdrawal: r.withdrawal ? {
      by: r.withdrawal.by,
      reason: r.withdrawal.reason,
      at: r.withdrawal.done_at ?? r.withdrawal.requested_at
    } : null,
    failure: r.state === "failed" && r.failure ? { kind: r.failure.kind, message: r.failure.message } : null,
    anomalies: []
  };
}
function rowOfArticle(a, e) {
  const at = a.fields.publishAt;
  if (at === void 0 || !inPeriod(e.period, at) || a.fields.status === "withdrawn") return void 0;
  const due = at + e.graceMs <= e.now;
  return {
    account: a.account,
    path: a.path,
    dir: a.dir,
    record: null,
    title: a.fields.title ?? "",
    status: due ? "unpublished" : "scheduled",
    state: null,
    method: null,
    author: null,
    pr: null,
    approvals: "unknown",
    approvals_source: null,
    submitted_at: null,
    publish_at: isoIn(at, e.period.timeZone),
    published_at: null,
    withdrawn_at: null,
    failed_at: null,
    lead_time_hours: null,
    urgent: a.fields.urgent ? { reason: a.fields.urgent.reason, gm_approver: null, report: null } : null,
    checks: null,
    wechat: null,
    published_commit: null,
    merge_commit: null,
    content_hash: null,
    content_verified: null,
    withdrawal: null,
    failure: null,
    anomalies: []
  };
}

// src/audit/branch.ts
import { createHash } from "node:crypto";

// src/audit/history.ts
function subjectOf(message) {
  return message.split("\n", 1)[0] ?? "";
}
function trailersOf(message) {
  const paragraphs = message.replace(/\r\n/g, "\n").split(/\n[ \t]*\n/).map((p) => p.trim()).filter(Boolean);
  if (paragraphs.length < 2) return [];
  const lines = paragraphs[paragraphs.length - 1].split("\n");
  const out = [];
  for (const line of lines) {
    const m = /^([A-Za-z0-9][A-Za-z0-9-]*):[ \t]*(.*)$/.exec(line);
    if (!m) return [];
    out.push([m[1], m[2].trim()]);
  }
  return out;
}
function trailer(trailers, key) {
  const k = key.toLowerCase();
  return trailers.find(([name]) => name.toLowerCase() === k)?.[1];
}
var parsedTrailers = /* @__PURE__ */ new WeakMap();
function commitTrailers(commit) {
  let t = parsedTrailers.get(commit);
  if (!t) {
    t = trailersOf(commit.message);
    parsedTrailers.set(commit, t);
  }
  return t;
}

// src/audit/branch.ts
function indexBranch(ref, tip, log) {
  const commits = new Map(log.map((c) => [c.sha, c]));
  const chain = [];
  const position = /* @__PURE__ */ new Map();
  for (let at = tip; at && commits.has(at) && !position.has(at); ) {
    position.set(at, chain.length);
    chain.push(at);
    at = commits.get(at).parents[0];
  }
  return { ref, tip, commits, chain, position };
}
function findCommit(branch, sha) {
  if (!sha) return void 0;
  const exact = branch.commits.get(sha);
  if (exact || sha.length >= 40 || sha.length < 7) return exact;
  for (const [id, commit] of branch.commits) if (id.startsWith(sha)) return commit;
  return void 0;
}
function landing(commit) {
  const subject = subjectOf(commit.message);
  const byGitHub = /^GitHub( Enterprise)?$/.test(commit.committer.name) || /^noreply@github\.com$/i.test(commit.committer.email);
  const merge = /^Merge pull request #(\d+) from \S+/.exec(subject);
  if (merge) {
    return commit.parents.length >= 2 ? { kind: "pull-request", pr: Number(merge[1]), style: "merge", byGitHub } : { kind: "direct", reason: "one-parent-merge-message", byGitHub };
  }
  const squash = /\(#(\d+)\)\s*$/.exec(subject);
  if (squash && commit.parents.length === 1) {
    return { kind: "pull-request", pr: Number(squash[1]), style: "squash", byGitHub };
  }
  return { kind: "direct", reason: commit.parents.length === 0 ? "root" : "no-reference", byGitHub };
}
function isGoverned(path, policiesDir) {
  return path.startsWith("content/") || path.startsWith(`${policiesDir}/`) || path.startsWith(".github/") || CODEOWNERS_LOCATIONS.includes(path);
}
function articleDirOf(path) {
  const m = /^content\/[^/]+\/[^/]+(?=\/)/.exec(path);
  return m?.[0];
}
function folderAt(branch, changes, sha, dir) {
  const seen = /* @__PURE__ */ new Map();
  const apply = (commit) => {
    for (const c of commit.changes) {
      if (!c.path.startsWith(`${dir}/`)) continue;
      const rel = c.path.slice(dir.length + 1);
      if (!seen.has(rel)) seen.set(rel, c.id === null || c.mode === null ? null : { id: c.id, mode: c.mode });
    }
  };
  let at = branch.commits.get(sha);
  if (!at) return void 0;
  while (at && !branch.position.has(at.sha)) {
    apply(at);
    at = at.parents[0] ? branch.commits.get(at.parents[0]) : void 0;
  }
  if (at) {
    const from = branch.position.get(at.sha);
    for (const position of changes.get(dir) ?? []) {
      if (position >= from) apply(branch.commits.get(branch.chain[position]));
    }
  }
  const present = [...seen].filter((e) => e[1] !== null).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  if (present.length === 0) return void 0;
  return {
    id: createHash("sha1").update(present.map(([rel, f]) => `${f.mode} ${f.id} ${rel}`).join("\n")).digest("hex"),
    files: present.filter(([rel, f]) => !rel.includes("/") && (f.mode === "100644" || f.mode === "100755")).map(([name, f]) => ({ name, id: f.id }))
  };
}
function folderHistory(branch) {
  const byFolder = /* @__PURE__ */ new Map();
  branch.chain.forEach((sha, index) => {
    const seen = /* @__PURE__ */ new Set();
    for (const change of branch.commits.get(sha).changes) {
      const dir = articleDirOf(change.path);
      if (!dir || seen.has(dir)) continue;
      seen.add(dir);
      const list = byFolder.get(dir);
      if (list) list.push(index);
      else byFolder.set(dir, [index]);
    }
  });
  return byFolder;
}
function foldersEverChanged(branch) {
  const out = /* @__PURE__ */ new Set();
  for (const commit of branch.commits.values()) {
    for (const change of commit.changes) {
      const dir = articleDirOf(change.path);
      if (dir) out.add(dir);
    }
  }
  return out;
}
function mergedCommits(branch, merge, cap = 500) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const stack = merge.parents.slice(1); stack.length > 0 && out.length < cap; ) {
    const sha = stack.pop();
    if (seen.has(sha) || branch.position.has(sha)) continue;
    seen.add(sha);
    const c = branch.commits.get(sha);
    if (!c) continue;
    out.push(c);
    stack.push(...c.parents);
  }
  return out;
}

// src/audit/due.ts
function dueCandidates(files, firstDay, lastDay) {
  const shift = (day, days) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 864e5).toISOString().slice(0, 10);
  const low = shift(firstDay, -1);
  const high = shift(lastDay, 1);
  const out = [];
  for (const path of files.keys()) {
    const m = /^content\/[^/]+\/(\d{4}-\d{2}-\d{2})-[^/]+\/index\.md$/.exec(path);
    if (m && m[1] >= low && m[1] <= high) out.push(path);
  }
  return out.sort();
}
function articleAtTip(path, bytes, zone) {
  const dir = dirOf(path);
  const account = path.split("/")[1] ?? "";
  const decoded = bytes ? decodeArticle(bytes) : void 0;
  if (!decoded?.ok) {
    return { dir, path, account, fields: {}, problems: [decoded ? decoded.problem.en : "not readable"] };
  }
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(decoded.text.replace(/^\uFEFF/, ""));
  const fm = parseFrontMatter(m?.[1], 2, zone);
  return {
    dir,
    path,
    account,
    fields: fm.fields,
    problems: fm.problems.map((p) => `${p.field}: ${p.message.en}`)
  };
}

// src/audit/rules/context.ts
var RuleContext = class {
  constructor(e, rows) {
    this.e = e;
    this.rows = rows;
  }
  e;
  rows;
  byRecordPath;
  recordOf(row) {
    return row.record ? this.e.records.get(row.record)?.record : void 0;
  }
  /** The ledger commits that wrote a record, newest first. */
  ledgerCommits(recordPath2) {
    if (!this.byRecordPath) {
      this.byRecordPath = /* @__PURE__ */ new Map();
      const ledger = this.e.ledger;
      for (const sha of ledger?.chain ?? []) {
        const commit = ledger.commits.get(sha);
        for (const c of commit.changes) {
          const list = this.byRecordPath.get(c.path);
          if (list) list.push(commit);
          else this.byRecordPath.set(c.path, [commit]);
        }
      }
    }
    return this.byRecordPath.get(recordPath2) ?? [];
  }
  /** Whether an anomaly about an account's article belongs in this audit (`--account`). */
  wants(account) {
    return this.e.account === void 0 || account === null || account === this.e.account;
  }
};
function anomaly(kind, a) {
  return {
    kind,
    severity: a.severity,
    article: a.article ?? null,
    account: a.account ?? null,
    record: a.record ?? null,
    commits: [...new Set((a.commits ?? []).filter((c) => Boolean(c)))],
    detail: a.detail,
    commands: a.commands ?? [],
    ...a.data ? { data: a.data } : {}
  };
}
function about(row) {
  return { article: row.path, account: row.account, record: row.record };
}
var say = (zh, en) => ({ zh, en });
function localTime(e, iso) {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : isoIn(ms, e.period.timeZone);
}

// src/audit/rules/checkpoints.ts
function checkpointStatuses(found, ledger, content) {
  const onLedger = (sha) => ledger?.commits.has(sha) ?? false;
  const statuses = found.map((f) => {
    const c = f.checkpoint;
    const problems = [];
    if (!onLedger(f.commit)) {
      problems.push(
        say(
          `写入检查点的提交 ${short(f.commit)}${f.tag ? `（标签 ${shortRef(f.tag)}）` : ""} 已不在记录分支上`,
          `the commit ${short(f.commit)} that wrote the checkpoint${f.tag ? ` (tag ${shortRef(f.tag)})` : ""} is no longer on the ledger branch`
        )
      );
    }
    if (c?.ledger_tip && !onLedger(c.ledger_tip)) {
      problems.push(
        say(
          `检查点覆盖的记录分支提交 ${short(c.ledger_tip)} 已不在记录分支的历史中`,
          `the ledger tip it covered, ${short(c.ledger_tip)}, is no longer in the ledger's history`
        )
      );
    }
    if (c && !content.commits.has(c.content_tip)) {
      problems.push(
        say(
          `检查点覆盖的内容分支提交 ${short(c.content_tip)} 已不在 ${shortRef(content.ref)} 的历史中`,
          `the content tip it covered, ${short(c.content_tip)}, is no longer in the history of ${shortRef(content.ref)}`
        )
      );
    }
    if (!c)
      problems.push(
        say(`检查点无法读取：${f.problem ?? ""}`, `the checkpoint cannot be read: ${f.problem ?? ""}`)
      );
    return {
      period: c?.period ?? null,
      generated_at: c?.generated_at ?? null,
      by: c?.by ?? null,
      commit: f.commit,
      tag: f.tag ?? null,
      path: f.path,
      content_tip: c?.content_tip ?? null,
      ledger_tip: c?.ledger_tip ?? null,
      status: problems.length === 0 ? "ok" : c || !onLedger(f.commit) ? "rewritten" : "unreadable",
      problems
    };
  });
  return statuses.sort(
    (a, b) => (a.generated_at ?? "￿").localeCompare(b.generated_at ?? "￿") || a.commit.localeCompare(b.commit)
  );
}
function baselineCheckpoint(found, ledger, period) {
  const intact = found.filter((f) => {
    const c = f.checkpoint;
    return c?.ledger_tip && ledger.commits.has(f.commit) && ledger.commits.has(c.ledger_tip) && Date.parse(c.until) <= period.from;
  }).sort((a, b) => a.checkpoint.generated_at.localeCompare(b.checkpoint.generated_at));
  return intact[intact.length - 1]?.checkpoint?.ledger_tip ?? void 0;
}
function historyRewritten(ctx) {
  const { e } = ctx;
  const statuses = checkpointStatuses(e.checkpoints, e.ledger, e.content);
  const broken = statuses.filter((s) => s.status !== "ok");
  const first = broken[0];
  if (!first) return [];
  const tips = [first.ledger_tip, first.content_tip].filter((t) => Boolean(t));
  return [
    anomaly("history-rewritten", {
      severity: first.status === "rewritten" ? "error" : "warning",
      commits: [first.commit, ...tips],
      detail: say(
        `${first.period ?? "?"} 审计（${first.generated_at ?? "?"}，${first.by ?? "?"}）写下的检查点已不在历史中：${first.problems.map((p) => p.zh).join("；")}。历史在此之后被改写${broken.length > 1 ? `（共 ${broken.length} 个检查点受影响）` : ""}。`,
        `the checkpoint of the ${first.period ?? "?"} audit (${first.generated_at ?? "?"}, ${first.by ?? "?"}) is no longer in the history: ${first.problems.map((p) => p.en).join("; ")}. History was rewritten after it${broken.length > 1 ? ` (${broken.length} checkpoints affected)` : ""}.`
      ),
      commands: [
        ...first.ledger_tip ? [isAncestor(first.ledger_tip.slice(0, 12), e.ledgerRef)] : [],
        ...first.content_tip ? [isAncestor(first.content_tip.slice(0, 12), e.content.ref)] : [],
        isAncestor(first.commit.slice(0, 12), e.ledgerRef),
        ...first.tag ? [`git log -1 --format=%B ${shortRef(first.tag)}`] : []
      ],
      data: { broken: broken.map((b) => ({ commit: b.commit, period: b.period, tag: b.tag })) }
    })
  ];
}

// src/audit/gather.ts
var text = (bytes) => bytes === void 0 ? void 0 : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
async function gatherEvidence(req) {
  const { port } = req;
  const contentRef = await firstRef(port, req.contentRefs);
  if (!contentRef) {
    throw new ConfigurationError(
      `the content branch was not found (looked for ${req.contentRefs.join(", ")})`
    );
  }
  const ledgerRef = await firstRef(port, req.ledgerRefs);
  if (!ledgerRef && req.ledgerRequired) {
    throw new ConfigurationError(`the ledger branch was not found (looked for ${req.ledgerRefs.join(", ")})`);
  }
  const policyFile = `${req.policiesDir}/wxgate.yml`;
  const accountsFile = `${req.policiesDir}/accounts.yml`;
  const [policyBytes, accountsBytes] = await port.files([
    { commit: contentRef.tip, path: policyFile },
    { commit: contentRef.tip, path: accountsFile }
  ]);
  const tipPolicy = parsePrPolicy(`${contentRef.name}:${policyFile}`, text(policyBytes) ?? "");
  if (req.account !== void 0 && accountsBytes !== void 0) {
    const registry = parseAccounts(`${contentRef.name}:${accountsFile}`, text(accountsBytes));
    if (!registry.accounts.has(req.account)) {
      throw new ConfigurationError(
        `--account ${req.account}: no such account (accounts: ${[...registry.accounts.keys()].join(", ")})`
      );
    }
  }
  const period = resolvePeriod(req.period, req.now, tipPolicy.timeZone);
  const [tipFiles, ledgerFiles] = await Promise.all([
    port.tree(contentRef.tip),
    ledgerRef ? port.tree(ledgerRef.tip) : Promise.resolve(/* @__PURE__ */ new Map())
  ]);
  const logs = Promise.all([
    port.log(contentRef.tip),
    ledgerRef ? port.log(ledgerRef.tip) : Promise.resolve([]),
    port.refs(CHECKPOINT_TAGS)
  ]);
  const recordPaths = [...ledgerFiles.keys()].filter((p) => /^records\/.+\.yml$/.test(p)).sort();
  const candidates = dueCandidates(tipFiles, period.firstDay, period.lastDay);
  const early = await port.blobs(
    [...recordPaths, ...candidates].map((p) => ledgerFiles.get(p) ?? tipFiles.get(p))
  );
  const parsed = new RecordCache();
  const tipRecords = await inSlices(recordPaths, (path) => ({
    path,
    ...parsed.read(path, ledgerFiles.get(path), early.get(ledgerFiles.get(path)))
  }));
  const articles = await inSlices(
    candidates,
    (path) => articleAtTip(path, early.get(tipFiles.get(path)), period.timeZone)
  );
  const [contentLog, ledgerLog, tags] = await logs;
  const content = indexBranch(contentRef.name, contentRef.tip, contentLog);
  const ledger = ledgerRef ? indexBranch(ledgerRef.name, ledgerRef.tip, ledgerLog) : void 0;
  const lastCommits = ledger ? lastCommitOf(ledger) : /* @__PURE__ */ new Map();
  const records = new Map(
    tipRecords.map((r) => [r.path, { ...r, lastCommit: lastCommits.get(r.path) }])
  );
  const found = checkpointsFound(ledger, tags);
  const versionsOfPolicy = content.chain.flatMap((sha, position) => {
    const change = content.commits.get(sha).changes.find((c) => c.path === policyFile);
    return change ? [{ sha, position, id: change.id }] : [];
  });
  const changes = policyChangesIn(content, period, req.policiesDir);
  const blobs1 = await port.blobs(
    [
      ...found.map((c) => c.id),
      ...versionsOfPolicy.map((v) => v.id),
      ...changes.flatMap((c) => [c.before, c.after])
    ].filter((id) => Boolean(id))
  );
  const blob = (id) => id ? text(blobs1.get(id)) : void 0;
  await readCheckpoints(port, found, blobs1);
  const policies = versionsOfPolicy.map((v) => {
    try {
      const policy = parsePrPolicy(`${v.sha.slice(0, 12)}:${policyFile}`, blob(v.id) ?? "");
      return { commit: v.sha, position: v.position, policy };
    } catch (error) {
      return { commit: v.sha, position: v.position, error: error.message };
    }
  });
  const policyChanges2 = changes.map((c) => ({
    commit: c.commit,
    path: c.path,
    ...c.before ? { before: blob(c.before) ?? "" } : {},
    ...c.after ? { after: blob(c.after) ?? "" } : {}
  }));
  const baseline = ledger ? baselineCheckpoint(found, ledger, period) : void 0;
  const versions = versionsSince(ledger, baseline);
  const more = await port.blobs(versions.filter((v) => v.id && !parsed.has(v.id)).map((v) => v.id));
  await inSlices(versions, (v) => {
    if (v.id) Object.assign(v, parsed.read(v.path, v.id, more.get(v.id)));
  });
  const folderCommits = folderHistory(content);
  const folders = /* @__PURE__ */ new Map();
  for (const r of foldersToCompare(records, content, period, req.account)) {
    folders.set(folderKey(r.commit, r.path), folderAt(content, folderCommits, r.commit, r.path));
  }
  const toHash = hashTargets(records, content, period, req.account);
  const blobs = await port.blobs(toHash.flatMap((k) => folders.get(k)?.files.map((f) => f.id) ?? []));
  const hashes = /* @__PURE__ */ new Map();
  for (const key of toHash) {
    const folder = folders.get(key);
    if (!folder || folder.files.some((f) => !blobs.has(f.id))) continue;
    hashes.set(key, contentHashOf(folder.files.map((f) => ({ name: f.name, bytes: blobs.get(f.id) }))));
  }
  return {
    now: req.now,
    period,
    ...req.account === void 0 ? {} : { account: req.account },
    graceMs: req.graceMs,
    policiesDir: req.policiesDir,
    content,
    ...ledger ? { ledger } : {},
    ledgerRef: ledgerRef?.name ?? req.ledgerRefs[req.ledgerRefs.length - 1] ?? "wxgate-ledger",
    records,
    versions,
    ...baseline ? { baseline } : {},
    policies,
    tipPolicy,
    policyChanges: policyChanges2,
    folders,
    hashes,
    tipFiles,
    everFolders: foldersEverChanged(content),
    folderCommits,
    articles,
    checkpoints: found
  };
}
async function inSlices(items, fn, size = 200) {
  const out = [];
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && i % size === 0) await new Promise((resolve3) => setImmediate(resolve3));
    out.push(fn(items[i]));
  }
  return out;
}
async function firstRef(port, refs) {
  for (const name of refs) {
    const tip = await port.resolve(name);
    if (tip) return { name, tip };
  }
  return void 0;
}
var RecordCache = class {
  byId = /* @__PURE__ */ new Map();
  has(id) {
    return id !== null && this.byId.has(id);
  }
  read(path, id, bytes) {
    const known = this.byId.get(id);
    if (known) return known;
    const result = readRecord(path, bytes);
    this.byId.set(id, result);
    return result;
  }
};
function readRecord(path, bytes) {
  const t = text(bytes);
  if (t === void 0) return { error: `${path} could not be read` };
  try {
    return { record: parseRecord(path, t) };
  } catch (error) {
    if (error instanceof LedgerFormatError) return { error: error.message };
    throw error;
  }
}
function lastCommitOf(ledger) {
  const last = /* @__PURE__ */ new Map();
  for (const sha of ledger.chain) {
    for (const c of ledger.commits.get(sha).changes) if (!last.has(c.path)) last.set(c.path, sha);
  }
  return last;
}
function checkpointsFound(ledger, tags) {
  const found = /* @__PURE__ */ new Map();
  for (const sha of ledger?.chain ?? []) {
    for (const c of ledger.commits.get(sha).changes) {
      if (c.id && c.path.startsWith(CHECKPOINT_DIR) && c.path.endsWith(".yml")) {
        found.set(`${sha}:${c.path}`, { commit: sha, path: c.path, id: c.id });
      }
    }
  }
  for (const tag of tags) {
    const period = periodOfTag(tag.name);
    if (!period) continue;
    const path = checkpointPath(period);
    const known = found.get(`${tag.target}:${path}`);
    if (known) known.tag = tag.name;
    else found.set(`${tag.target}:${path}`, { commit: tag.target, path, tag: tag.name });
  }
  return [...found.values()];
}
async function readCheckpoints(port, found, blobs) {
  const outside = found.filter((c) => !c.id);
  const read = outside.length ? await port.files(outside.map((c) => ({ commit: c.commit, path: c.path }))) : [];
  for (const c of found) {
    const t = text(c.id ? blobs.get(c.id) : read[outside.indexOf(c)]);
    if (t === void 0) {
      c.problem = `${c.path} is not in commit ${c.commit.slice(0, 12)}`;
      continue;
    }
    try {
      c.checkpoint = parseCheckpoint(t);
    } catch (error) {
      c.problem = `${c.path}: ${error.message}`;
    }
  }
}
function policyChangesIn(content, period, policiesDir) {
  const out = [];
  const governs = (path) => path.startsWith(`${policiesDir}/`) || CODEOWNERS_LOCATIONS.includes(path);
  content.chain.forEach((sha, position) => {
    const c = content.commits.get(sha);
    const at = Date.parse(c.committer.at);
    if (!(at >= period.from && at < period.until)) return;
    for (const change of c.changes) {
      if (!governs(change.path)) continue;
      let before = null;
      for (let p = position + 1; p < content.chain.length; p++) {
        const older = content.commits.get(content.chain[p]).changes.find((x) => x.path === change.path);
        if (older) {
          before = older.id;
          break;
        }
      }
      out.push({ commit: sha, path: change.path, before, after: change.id });
    }
  });
  return out;
}
function versionsSince(ledger, baseline) {
  if (!ledger) return [];
  const before = /* @__PURE__ */ new Set();
  for (const stack = baseline ? [baseline] : []; stack.length > 0; ) {
    const sha = stack.pop();
    if (before.has(sha)) continue;
    before.add(sha);
    stack.push(...ledger.commits.get(sha)?.parents ?? []);
  }
  const out = [];
  for (const commit of ledger.commits.values()) {
    if (before.has(commit.sha)) continue;
    for (const c of commit.changes) {
      if (c.path.startsWith("records/"))
        out.push({ commit: commit.sha, path: c.path, status: c.status, id: c.id });
    }
  }
  return out;
}
function foldersToCompare(records, content, period, account) {
  const requests = /* @__PURE__ */ new Map();
  const add = (sha, dir) => {
    const commit = findCommit(content, sha);
    if (commit) requests.set(folderKey(commit.sha, dir), { commit: commit.sha, path: dir });
  };
  for (const { record: r } of records.values()) {
    if (!r || !recordInScope(r, period, account) || !wentOut(r)) continue;
    const dir = dirOf(r.article);
    add(r.provenance.merge_commit ?? r.source_commit, dir);
    const approvals2 = r.provenance.approvals;
    if (approvals2 !== "unknown") for (const a of approvals2) add(a.commit, dir);
    add(r.provenance.github?.head_commit, dir);
    add(content.tip, dir);
  }
  return [...requests.values()];
}
function hashTargets(records, content, period, account) {
  const keys = [];
  for (const { record: r } of records.values()) {
    if (!r || !recordInScope(r, period, account) || !wentOut(r)) continue;
    const commit = findCommit(content, r.provenance.merge_commit ?? r.source_commit);
    if (commit) keys.push(folderKey(commit.sha, dirOf(r.article)));
  }
  return keys;
}

// src/audit/git-history.ts
var GitHistory = class {
  constructor(git) {
    this.git = git;
  }
  git;
  async resolve(ref) {
    return this.git.resolve(ref);
  }
  async log(tip) {
    const out = await this.git.runBytes([
      "log",
      "-z",
      "--no-renames",
      "--diff-merges=first-parent",
      "--raw",
      "--no-abbrev",
      `--format=${LOG_FORMAT}`,
      tip,
      "--"
    ]);
    return parseLog(out.toString("utf8"));
  }
  async refs(prefix) {
    const out = await this.git.run([
      "for-each-ref",
      "--format=%(refname)%00%(objectname)%00%(*objectname)",
      prefix
    ]);
    return out.split("\n").filter(Boolean).map((line) => {
      const [name = "", object = "", peeled = ""] = line.split("\0");
      return { name, target: peeled || object };
    });
  }
  async tree(commit) {
    const out = await this.git.runBytes(["ls-tree", "-r", "-z", "--full-tree", commit]);
    const files = /* @__PURE__ */ new Map();
    for (const entry of out.toString("utf8").split("\0")) {
      const tab = entry.indexOf("	");
      const [mode, type, id] = entry.slice(0, tab).split(" ");
      if (type === "blob" && id && (mode === "100644" || mode === "100755"))
        files.set(entry.slice(tab + 1), id);
    }
    return files;
  }
  async files(requests) {
    const objects = await this.batch(requests.map((r) => `${r.commit}:${r.path}`));
    return objects.map((o) => o?.type === "blob" ? o.bytes : void 0);
  }
  async blobs(ids) {
    const unique = [...new Set(ids)];
    const objects = await this.batch(unique);
    const out = /* @__PURE__ */ new Map();
    unique.forEach((id, i) => {
      const o = objects[i];
      if (o?.type === "blob") out.set(id, o.bytes);
    });
    return out;
  }
  /** One `git cat-file --batch` for all names; undefined for what is missing. */
  async batch(names) {
    const asked = names.map((n2) => /[\n\r\0]/.test(n2) || n2.trim() !== n2 || n2 === "" ? void 0 : n2);
    const input = asked.filter((n2) => n2 !== void 0);
    if (input.length === 0) return names.map(() => void 0);
    const out = await this.git.runBytes(["cat-file", "--batch"], { input: `${input.join("\n")}
` });
    const answers = parseBatch(out, input.length);
    let next = 0;
    return asked.map((n2) => n2 === void 0 ? void 0 : answers[next++]);
  }
};
var LOG_FORMAT = "%H%x00%P%x00%an%x00%ae%x00%aI%x00%cn%x00%ce%x00%cI%x00%B%x00";
var RAW = /^\n?:(\d{6}) (\d{6}) [0-9a-f]+ ([0-9a-f]+) ([A-Z])\d*$/;
function parseLog(text2) {
  const t = text2.split("\0");
  const commits = [];
  let i = 0;
  while (i < t.length && t[i] !== "") {
    const [sha, parents, an, ae, aI, cn, ce, cI, message] = t.slice(i, i + 9);
    i += 10;
    const commit = {
      sha,
      parents: parents ? parents.split(" ") : [],
      author: { name: an, email: ae, at: aI },
      committer: { name: cn, email: ce, at: cI },
      message: message ?? "",
      changes: []
    };
    for (let m = RAW.exec(t[i] ?? ""); m; m = RAW.exec(t[i] ?? "")) {
      const deleted = m[4] === "D";
      const paths = m[4] === "R" || m[4] === "C" ? 2 : 1;
      commit.changes.push({
        status: m[4],
        path: t[i + paths],
        id: deleted ? null : m[3],
        mode: deleted ? null : m[2]
      });
      i += 1 + paths;
    }
    commits.push(commit);
  }
  return commits;
}
function parseBatch(out, count) {
  const answers = [];
  let at = 0;
  for (let n2 = 0; n2 < count; n2++) {
    const end = out.indexOf(10, at);
    if (end < 0) break;
    const header = out.subarray(at, end).toString("utf8");
    at = end + 1;
    const m = /^([0-9a-f]+) (\S+) (\d+)$/.exec(header);
    if (!m) {
      answers.push(void 0);
      continue;
    }
    const size = Number(m[3]);
    answers.push({ id: m[1], type: m[2], bytes: out.subarray(at, at + size) });
    at += size + 1;
  }
  while (answers.length < count) answers.push(void 0);
  return answers;
}

// src/audit/figures.ts
var OUT = /* @__PURE__ */ new Set(["published", "handed-off", "withdrawn"]);
function monthOf(row, zone) {
  const at = parseIso(row.published_at ?? row.publish_at);
  return at === void 0 ? void 0 : localDate(at, zone).slice(0, 7);
}
function figures(rows, period, policy) {
  const months = monthsOf(period);
  const accounts = [...new Set(rows.map((r) => r.account))].sort();
  const counts = accounts.map(() => months.map(() => 0));
  const urgentPerMonth = months.map(() => 0);
  const hours = [];
  const byTeam = /* @__PURE__ */ new Map();
  for (const row of rows) {
    const went = OUT.has(row.status) && (row.status !== "withdrawn" || row.published_at !== null);
    const month = monthOf(row, period.timeZone);
    const m = month === void 0 ? -1 : months.indexOf(month);
    if (went && m >= 0) counts[accounts.indexOf(row.account)][m]++;
    if (row.urgent && m >= 0) urgentPerMonth[m]++;
    if (went && row.lead_time_hours !== null) hours.push(row.lead_time_hours);
    const submitted = parseIso(row.submitted_at);
    if (row.approvals !== "unknown" && submitted !== void 0) {
      for (const a of row.approvals) {
        const at = parseIso(a.at);
        if (at === void 0) continue;
        const team = a.team ?? `@${a.user}`;
        const list = byTeam.get(team) ?? [];
        list.push(Math.round((at - submitted) / 36e5 * 10) / 10);
        byTeam.set(team, list);
      }
    }
  }
  const turnaround = [...byTeam].map(([team, list]) => {
    const sorted = [...list].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    return {
      team,
      count: list.length,
      median: Math.round(median * 10) / 10,
      max: sorted[sorted.length - 1]
    };
  }).sort((a, b) => a.team.localeCompare(b.team));
  return {
    months,
    perAccountMonth: { accounts, counts },
    leadTimes: { hours, policyHours: policy.hours, policyLabel: { zh: policy.zh, en: policy.en } },
    urgentPerMonth,
    turnaround
  };
}

// src/audit/rules/approvals.ts
function approvals(ctx) {
  const out = [];
  for (const row of ctx.rows) {
    const r = ctx.recordOf(row);
    if (!r || !wentOut(r)) continue;
    const p = r.provenance;
    const last = ctx.ledgerCommits(row.record)[0]?.sha;
    const commands = [
      showRecord(ctx.e.ledgerRef, row.record),
      recordLog(ctx.e.ledgerRef, row.record, ["Wxgate-State", "Approved-by", "Wxgate-Approvals"])
    ];
    if (p.approvals === "unknown") {
      out.push(
        anomaly("approvals-unknown", {
          ...about(row),
          severity: "warning",
          commits: [last],
          detail: say(
            `审批情况未知，无法核实：${p.approvals_source}`,
            `approvals unknown, so not verified: ${p.approvals_source}`
          ),
          commands
        })
      );
      continue;
    }
    const github = p.github;
    const unmet = (github?.required ?? []).filter((q) => q.status !== "pass");
    const checkFailed = github !== void 0 && github.approvals_check !== "pass";
    if (unmet.length === 0 && !checkFailed && p.approvals.length > 0) continue;
    const missing = unmet.map((q) => `${q.source} (${q.owners.join(", ") || "—"})`);
    const why2 = p.approvals.length === 0 ? say("记录中没有任何审批。", "the record has no approval at all") : say(
      `合并时审批检查为 ${github?.approvals_check ?? "未知"}${missing.length ? `，未满足：${missing.join("；")}` : ""}。`,
      `the approvals check at merge was ${github?.approvals_check ?? "unknown"}${missing.length ? `; not met: ${missing.join("; ")}` : ""}`
    );
    out.push(
      anomaly("approval-missing", {
        ...about(row),
        severity: "error",
        commits: [last, p.merge_commit],
        detail: say(`缺少必需的审批：${why2.zh}`, `a required approval is missing: ${why2.en}`),
        commands,
        data: {
          approvals_check: github?.approvals_check ?? null,
          unmet: unmet.map((q) => ({ source: q.source, owners: q.owners })),
          ignored: github?.ignored ?? []
        }
      })
    );
  }
  return out;
}

// src/audit/rules/content-mismatch.ts
function checkContent(e, r) {
  const dir = dirOf(r.article);
  const named = r.provenance.merge_commit ?? r.source_commit;
  if (!named) {
    return {
      verified: null,
      problems: [
        {
          severity: "warning",
          zh: "记录中没有合并提交（浅克隆中发布？），无法核对发布内容。",
          en: "the record names no merge commit (published from a shallow clone?): what went out cannot be compared",
          commits: []
        }
      ]
    };
  }
  const merge = findCommit(e.content, named);
  if (!merge) {
    return {
      verified: false,
      problems: [
        {
          severity: "error",
          zh: `记录中的合并提交 ${short(named)} 不在内容分支 ${e.content.ref} 的历史中（历史被改写，或从其他分支发布）。`,
          en: `the merge commit ${short(named)} the record names is not in the history of ${e.content.ref} (history rewritten, or published from another branch)`,
          commits: [named]
        }
      ]
    };
  }
  const folder = e.folders.get(folderKey(merge.sha, dir));
  const problems = [];
  if (!folder) {
    problems.push({
      severity: "error",
      zh: `合并提交 ${short(merge.sha)} 中没有文章目录 ${dir}。`,
      en: `the merge commit ${short(merge.sha)} has no folder ${dir}`,
      commits: [merge.sha]
    });
    return { verified: false, merge: merge.sha, problems };
  }
  const expected = e.hashes.get(folderKey(merge.sha, dir));
  if (expected && expected !== r.content_hash) {
    problems.push({
      severity: "error",
      zh: `发布内容的哈希 ${r.content_hash} 与合并提交 ${short(merge.sha)} 中文章的哈希 ${expected} 不同：发出的不是合并的内容。`,
      en: `the content hash of what went out, ${r.content_hash}, differs from the article at the merge commit ${short(merge.sha)}, ${expected}: what went out is not what was merged`,
      commits: [merge.sha]
    });
  }
  const approved = [
    r.provenance.github?.head_commit,
    ...r.provenance.approvals === "unknown" ? [] : r.provenance.approvals.map((a) => a.commit)
  ];
  for (const sha of new Set(approved)) {
    const commit = findCommit(e.content, sha);
    const at = commit ? e.folders.get(folderKey(commit.sha, dir)) : void 0;
    if (commit && commit.sha !== merge.sha && at?.id !== folder.id) {
      problems.push({
        severity: "error",
        zh: `审批所在的提交 ${short(commit.sha)} 中的文章与合并提交 ${short(merge.sha)} 中的不同：合并的内容未经审批。`,
        en: `the article at the approved commit ${short(commit.sha)} differs from the one at the merge commit ${short(merge.sha)}: what was merged was not what was approved`,
        commits: [commit.sha, merge.sha]
      });
    }
  }
  return {
    verified: expected === void 0 ? null : problems.length === 0,
    merge: merge.sha,
    ...expected ? { expected } : {},
    problems
  };
}
function contentMismatch(ctx) {
  const out = [];
  for (const row of ctx.rows) {
    const r = ctx.recordOf(row);
    if (!r || !wentOut(r) || !ctx.e.everFolders.has(row.dir)) continue;
    const check = checkContent(ctx.e, r);
    for (const p of check.problems) {
      out.push(
        anomaly("content-mismatch", {
          ...about(row),
          severity: p.severity,
          commits: [...p.commits, ctx.ledgerCommits(row.record)[0]?.sha],
          detail: say(p.zh, p.en),
          commands: [
            showRecord(ctx.e.ledgerRef, row.record),
            ...p.commits.map((sha) => listFolder(sha, row.dir))
          ],
          data: {
            recorded_hash: r.content_hash,
            merged_hash: check.expected ?? null,
            merge_commit: check.merge ?? null
          }
        })
      );
    }
  }
  return out;
}

// src/audit/rules/direct-push.ts
function why(l) {
  if (l.kind === "pull-request") {
    return {
      severity: "warning",
      zh: `看起来是 PR #${l.pr} 的合并，但提交者不是 GitHub：它是在本地合并后推送的（需要绕过分支保护）`,
      en: `it reads as the merge of PR #${l.pr}, but GitHub did not write it: merged on a machine and pushed (a branch-protection bypass)`
    };
  }
  if (l.reason === "one-parent-merge-message") {
    return {
      severity: "error",
      zh: "提交说明写着“Merge pull request”，却只有一个父提交：不是 GitHub 的合并提交",
      en: 'its message says "Merge pull request" but it has one parent: not a merge GitHub wrote'
    };
  }
  if (l.byGitHub) {
    return {
      severity: "warning",
      zh: "由 GitHub 写入但没有 PR 编号：是变基合并（rebase merge），或在网页上直接编辑了分支，仅凭 git 无法区分",
      en: "GitHub wrote it without a PR number: a rebase merge, or an edit made on the branch in the web editor; git alone cannot tell which"
    };
  }
  return {
    severity: "error",
    zh: l.reason === "root" ? "仓库的第一个提交，不经过 PR" : "没有 PR 的合并或压缩提交的痕迹：直接推送（或管理员绕过）",
    en: l.reason === "root" ? "the first commit of the repository, which no PR brought" : "no trace of a PR merge or squash: a direct push (or an admin bypass)"
  };
}
function directPush(ctx) {
  const { e } = ctx;
  const out = [];
  for (const sha of e.content.chain) {
    const commit = e.content.commits.get(sha);
    if (!inPeriod(e.period, Date.parse(commit.committer.at))) continue;
    const governed = commit.changes.map((c) => c.path).filter((p) => isGoverned(p, e.policiesDir));
    if (governed.length === 0) continue;
    const l = landing(commit);
    if (l.kind === "pull-request" && l.byGitHub) continue;
    const accounts = new Set(governed.map((p) => p.startsWith("content/") ? p.split("/")[1] : null));
    if (e.account !== void 0 && !accounts.has(e.account) && !accounts.has(null)) continue;
    const dirs = new Set(governed.map(articleDirOf).filter(Boolean));
    const only = dirs.size === 1 && governed.every((p) => p.startsWith("content/")) ? [...dirs][0] : null;
    const w = why(l);
    const shown = governed.slice(0, 5).join(", ") + (governed.length > 5 ? ` (+${governed.length - 5})` : "");
    out.push(
      anomaly("direct-push", {
        severity: w.severity,
        article: only ? `${only}/index.md` : null,
        account: only ? only.split("/")[1] : null,
        commits: [sha],
        detail: say(
          `${localTime(e, commit.committer.at)} ${commit.author.name} <${commit.author.email}> 的提交「${subjectOf(commit.message)}」修改了 ${shown}：${w.zh}。`,
          `commit "${subjectOf(commit.message)}" by ${commit.author.name} <${commit.author.email}> at ${localTime(e, commit.committer.at)} changed ${shown}: ${w.en}`
        ),
        commands: [
          showCommit(sha),
          `git log --first-parent --format=${sh("%h %p %cn %s")} -3 ${sha.slice(0, 12)}`
        ],
        data: {
          author: commit.author,
          committer: commit.committer,
          parents: commit.parents,
          paths: governed,
          landing: l,
          branch: shortRef(e.content.ref)
        }
      })
    );
  }
  return out;
}

// src/audit/rules/double-publish.ts
function doublePublish(ctx) {
  const out = [];
  for (const row of ctx.rows) {
    if (!row.record) continue;
    const ids = /* @__PURE__ */ new Map();
    for (const commit of ctx.ledgerCommits(row.record)) {
      const t = commitTrailers(commit);
      if (trailer(t, "Wxgate-State") !== "published") continue;
      const id = trailer(t, "Wxgate-Publish-Id") ?? trailer(t, "Wxgate-Msg-Id");
      if (!id) continue;
      const list = ids.get(id);
      if (list) list.push(commit.sha);
      else ids.set(id, [commit.sha]);
    }
    if (ids.size < 2) continue;
    const listed = [...ids.keys()].join(", ");
    out.push(
      anomaly("double-publish", {
        ...about(row),
        severity: "error",
        commits: [...ids.values()].map((shas) => shas[shas.length - 1]),
        detail: say(
          `同一篇文章被发布了 ${ids.size} 次（发布 ID：${listed}）。`,
          `the article was published ${ids.size} times (publication ids: ${listed})`
        ),
        commands: [
          recordLog(ctx.e.ledgerRef, row.record, [
            "Wxgate-State",
            "Wxgate-Publish-Id",
            "Wxgate-Msg-Id",
            "Published-at"
          ])
        ],
        data: { publications: Object.fromEntries(ids) }
      })
    );
  }
  return out;
}

// src/audit/rules/edited-after-publish.ts
function editedAfterPublish(ctx) {
  const { e } = ctx;
  const out = [];
  for (const row of ctx.rows) {
    const r = ctx.recordOf(row);
    if (!r || !wentOut(r) || r.state === "withdrawn") continue;
    const merge = findCommit(e.content, r.provenance.merge_commit ?? r.source_commit);
    if (!merge) continue;
    const published = e.folders.get(folderKey(merge.sha, row.dir));
    const now = e.folders.get(folderKey(e.content.tip, row.dir));
    if (!published || !now || published.id === now.id) continue;
    const mergeAt = e.content.position.get(merge.sha) ?? Number.POSITIVE_INFINITY;
    const later = (e.folderCommits.get(row.dir) ?? []).filter((position) => position < mergeAt).map((position) => e.content.chain[position]);
    out.push(
      anomaly("edited-after-publish", {
        ...about(row),
        severity: "warning",
        commits: [...later, merge.sha],
        detail: say(
          `文章发布后在内容分支上又被修改（${later.length} 个提交），既未撤回也未重新发布：git 中的内容与读者看到的不同${r.later_content_hash ? `（发布程序也记下了新内容 ${r.later_content_hash}）` : ""}。`,
          `the article changed on the content branch after it went out (${later.length} commit(s)) and was neither withdrawn nor published again: git holds something other than what readers see${r.later_content_hash ? ` (the publisher noted the new content ${r.later_content_hash} too)` : ""}`
        ),
        commands: [
          folderLog(e.content.ref, row.dir, `${short(merge.sha)}..${e.content.tip.slice(0, 12)}`),
          showRecord(e.ledgerRef, row.record)
        ]
      })
    );
  }
  return out;
}

// src/audit/rules/lead-time.ts
var DEFAULTS = parsePrPolicy("(defaults)", "");
function policyAt(e, mergeSha) {
  const merge = findCommit(e.content, mergeSha);
  const position = merge ? e.content.position.get(merge.sha) : void 0;
  if (position === void 0) return { policy: e.tipPolicy, commit: e.content.tip };
  const version = e.policies.find((v) => v.position > position);
  if (!version) return { policy: DEFAULTS, commit: null };
  return { policy: version.policy ?? e.tipPolicy, commit: version.commit };
}
function describeLead(lead) {
  return lead.kind === "hours" ? { zh: `${lead.hours} 小时`, en: `${lead.hours} h`, hours: lead.hours } : { zh: `${lead.days} 个工作日`, en: `${lead.days} working days`, hours: lead.days * 24 };
}
function urgentGaps(r) {
  const github = r.provenance.github;
  const gaps = [];
  if (!r.urgent) return [{ zh: "加急记录", en: "an urgent record" }];
  if (!(github?.schedule?.urgent === true || github?.urgent))
    gaps.push({ zh: "加急标签", en: "the urgent label" });
  if (!r.urgent.reason?.trim()) gaps.push({ zh: "加急理由", en: "the reason" });
  if (!r.urgent.gm_approver || r.urgent.gm_approver === "unknown")
    gaps.push({ zh: "总经理审批", en: "the general manager's approval" });
  if (!r.urgent.report) gaps.push({ zh: "报告链接", en: "the report link" });
  return gaps;
}
function leadTime(ctx) {
  const out = [];
  for (const row of ctx.rows) {
    const r = ctx.recordOf(row);
    if (!r || !wentOut(r)) continue;
    const { policy, commit } = policyAt(ctx.e, r.provenance.merge_commit);
    const need = describeLead(policy.leadTime);
    const submitted = parseIso(r.provenance.submitted_at);
    const publishAt = parseIso(r.publish_at);
    const commands = [
      showRecord(ctx.e.ledgerRef, row.record),
      `git log --diff-filter=A --format=${sh("%h %aI %an")} ${sh(shortRef(ctx.e.content.ref))} -- ${sh(row.path)}`,
      ...commit ? [`git show ${commit.slice(0, 12)}:${sh(`${ctx.e.policiesDir}/wxgate.yml`)}`] : []
    ];
    const base = {
      ...about(row),
      commits: [r.provenance.merge_commit, ctx.ledgerCommits(row.record)[0]?.sha],
      commands
    };
    if (submitted === void 0 || publishAt === void 0) {
      out.push(
        anomaly("lead-time", {
          ...base,
          severity: "warning",
          detail: say(
            `提交时间未知（${r.provenance.submitted_at_source}），无法核对提前量。`,
            `the submission time is unknown (${r.provenance.submitted_at_source}): the lead time cannot be verified`
          )
        })
      );
      continue;
    }
    const earliest = earliestPublish(submitted, policy.leadTime, ctx.e.period.timeZone).at;
    if (publishAt >= earliest) continue;
    const gaps = urgentGaps(r);
    if (gaps.length === 0) continue;
    const hours = r.provenance.lead_time_hours ?? Math.round((publishAt - submitted) / 36e5 * 10) / 10;
    out.push(
      anomaly("lead-time", {
        ...base,
        severity: "error",
        detail: say(
          `提前量 ${hours} 小时，不足政策要求的 ${need.zh}，${r.urgent ? `且加急记录不完整：缺少${gaps.map((g) => g.zh).join("、")}` : "且不是加急发布"}。`,
          `lead time ${hours} h is below the policy's ${need.en}, ${r.urgent ? `and the urgent record is incomplete: missing ${gaps.map((g) => g.en).join(", ")}` : "and it was not published as urgent"}`
        ),
        data: {
          lead_time_hours: hours,
          required: need.hours,
          policy_commit: commit,
          urgent: r.urgent,
          missing: gaps.map((g) => g.en)
        }
      })
    );
  }
  return out;
}

// src/audit/settings-diff.ts
var MAX_LINES = 40;
function settingsDiff(path, before, after) {
  const yamlFile = /\.ya?ml$/i.test(path);
  const b = yamlFile ? settings(before) : void 0;
  const a = yamlFile ? settings(after) : void 0;
  const lines = b && a ? mapDiff(b, a) : lineDiff(before ?? "", after ?? "");
  return lines.length > MAX_LINES ? [...lines.slice(0, MAX_LINES), `… ${lines.length - MAX_LINES} more`] : lines;
}
function settings(text2) {
  if (text2 === void 0) return /* @__PURE__ */ new Map();
  const parsed = parseYaml(text2);
  if (!parsed.ok) return void 0;
  const out = /* @__PURE__ */ new Map();
  if (parsed.value !== null && parsed.value !== void 0) flatten(parsed.value, "", out);
  return out;
}
function flatten(value, prefix, out) {
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== "object")) {
      out.set(prefix, `[${value.map(scalar).join(", ")}]`);
      return;
    }
    const seen = /* @__PURE__ */ new Map();
    for (const item of value) {
      const text2 = JSON.stringify(item);
      const n2 = (seen.get(text2) ?? 0) + 1;
      seen.set(text2, n2);
      out.set(`${prefix}[] ${text2}${n2 > 1 ? ` (#${n2})` : ""}`, "");
    }
    return;
  }
  if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
    return;
  }
  out.set(prefix || "(value)", scalar(value));
}
function scalar(v) {
  return typeof v === "string" ? JSON.stringify(v) : String(v);
}
function mapDiff(before, after) {
  const out = [];
  const show = (key, value) => value === "" ? key : `${key}: ${value}`;
  for (const [key, value] of before) {
    if (!after.has(key)) out.push(`- ${show(key, value)}`);
    else if (after.get(key) !== value) out.push(`~ ${key}: ${value} → ${after.get(key)}`);
  }
  for (const [key, value] of after) if (!before.has(key)) out.push(`+ ${show(key, value)}`);
  return out;
}
function lineDiff(before, after) {
  const lines = (t) => t.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
  const count = (list) => {
    const m = /* @__PURE__ */ new Map();
    for (const l of list) m.set(l, (m.get(l) ?? 0) + 1);
    return m;
  };
  const b = count(lines(before));
  const a = count(lines(after));
  const out = [];
  for (const [l, n2] of b) for (let i = a.get(l) ?? 0; i < n2; i++) out.push(`- ${l}`);
  for (const [l, n2] of a) for (let i = b.get(l) ?? 0; i < n2; i++) out.push(`+ ${l}`);
  return out;
}

// src/audit/rules/policy-changes.ts
function policyChanges(ctx) {
  const { e } = ctx;
  const byCommit = /* @__PURE__ */ new Map();
  for (const change of e.policyChanges) {
    const list = byCommit.get(change.commit);
    if (list) list.push(change);
    else byCommit.set(change.commit, [change]);
  }
  const out = [];
  for (const [sha, changes] of byCommit) {
    const commit = e.content.commits.get(sha);
    const l = landing(commit);
    const paths = new Set(changes.map((c) => c.path));
    const writers = mergedCommits(e.content, commit).filter((c) => c.changes.some((x) => paths.has(x.path))).map((c) => c.author.name);
    const by = [...new Set(writers.length ? writers : [commit.author.name])].join(", ");
    const merged = writers.length ? { zh: `，由 ${commit.author.name} 合并`, en: `, merged by ${commit.author.name}` } : { zh: "", en: "" };
    const via = l.kind === "pull-request" ? { zh: `PR #${l.pr}`, en: `PR #${l.pr}` } : { zh: "未经 PR", en: "no PR" };
    const files = changes.map((c) => ({ path: c.path, diff: settingsDiff(c.path, c.before, c.after) }));
    const summary = files.map(
      (f) => `${f.path}: ${f.diff.slice(0, 3).join("; ") || "—"}${f.diff.length > 3 ? " …" : ""}`
    );
    out.push(
      anomaly("policy-change", {
        severity: "info",
        commits: [sha],
        detail: say(
          `${localTime(e, commit.committer.at)} ${by} 修改了政策（${via.zh}${merged.zh}，「${subjectOf(commit.message)}」）：${summary.join(" | ")}`,
          `${by} changed the policies at ${localTime(e, commit.committer.at)} (${via.en}${merged.en}, "${subjectOf(commit.message)}"): ${summary.join(" | ")}`
        ),
        commands: [
          showCommit(sha),
          commit.parents.length ? diffOf(sha, [...paths]) : `git show ${short(sha)}`
        ],
        data: {
          author: commit.author,
          committer: commit.committer,
          written_by: [...new Set(writers)],
          pr: l.kind === "pull-request" ? l.pr : null,
          files
        }
      })
    );
  }
  return out;
}

// src/audit/rules/publication.ts
function publicationGaps(ctx) {
  const { e } = ctx;
  const out = [];
  for (const entry of e.records.values()) {
    const r = entry.record;
    if (!r || !ctx.wants(r.account)) continue;
    const dir = dirOf(r.article);
    if (e.tipFiles.has(r.article)) continue;
    const never = !e.everFolders.has(dir);
    if (!never && (!recordInScope(r, e.period, e.account) || r.state === "withdrawn")) continue;
    out.push(
      anomaly("record-without-article", {
        article: r.article,
        account: r.account,
        record: entry.path,
        severity: never ? "error" : "warning",
        commits: [entry.lastCommit],
        detail: never ? say(
          `发布记录 ${entry.path}（${r.state}）对应的文章 ${r.article} 从未出现在内容分支 ${shortRef(e.content.ref)} 的历史中。`,
          `the publish record ${entry.path} (${r.state}) is for ${r.article}, which was never on ${shortRef(e.content.ref)}`
        ) : say(
          `文章 ${r.article} 已从内容分支删除，但其记录为 ${r.state} 且未撤回：线上仍可能有这篇文章。`,
          `${r.article} was removed from the content branch while its record says ${r.state} and it was not withdrawn: it may still be online`
        ),
        commands: [showRecord(e.ledgerRef, entry.path), folderLog(e.content.ref, dir)]
      })
    );
  }
  for (const row of ctx.rows) {
    const r = ctx.recordOf(row);
    const due = parseIso(row.publish_at);
    if (due === void 0 || due + e.graceMs > e.now) continue;
    if (row.status !== "unpublished" && row.status !== "failed" && row.status !== "in-progress") continue;
    const graceHours = Math.round(e.graceMs / 36e5 * 10) / 10;
    const state = r ? say(
      `记录状态为 ${r.state}${r.failure ? `（${r.failure.kind}：${r.failure.message}）` : ""}`,
      `its record says ${r.state}${r.failure ? ` (${r.failure.kind}: ${r.failure.message})` : ""}`
    ) : say("没有发布记录", "there is no publish record");
    out.push(
      anomaly("unpublished", {
        ...about(row),
        severity: "error",
        commits: [r ? ctx.ledgerCommits(row.record)[0]?.sha : void 0],
        detail: say(
          `计划于 ${row.publish_at} 发布，宽限 ${graceHours} 小时后仍未发布：${state.zh}。`,
          `due at ${row.publish_at} and not published ${graceHours} h later: ${state.en}`
        ),
        commands: [
          folderLog(e.content.ref, row.dir),
          row.record ? showRecord(e.ledgerRef, row.record) : recordLog(e.ledgerRef, `records/${row.dir.replace(/^content\//, "")}.yml`, ["Wxgate-State"]),
          `git show ${sh(`${shortRef(e.content.ref)}:${row.path}`)}`
        ]
      })
    );
  }
  return out;
}

// src/audit/rules/trailers.ts
var UNCOMPARED = /* @__PURE__ */ new Set(["wxgate-write-id"]);
function trailerMismatch(ctx) {
  const { e } = ctx;
  const out = [];
  const reported = /* @__PURE__ */ new Set();
  for (const v of e.versions) {
    const problem = versionProblem(ctx, v);
    if (!problem) continue;
    reported.add(v.path);
    const account = v.path.split("/")[1] ?? null;
    if (!ctx.wants(account)) continue;
    out.push(
      anomaly("trailer-mismatch", {
        severity: "error",
        article: v.record?.article ?? null,
        account,
        record: v.path,
        commits: [v.commit],
        detail: say(
          `记录分支提交 ${short(v.commit)}（${v.path}）：${problem.zh}`,
          `ledger commit ${short(v.commit)} (${v.path}): ${problem.en}`
        ),
        commands: [
          `git log -1 --format=${sh("%H%n%B")} ${short(v.commit)}`,
          `git show ${sh(`${short(v.commit)}:${v.path}`)}`
        ],
        ...problem.data ? { data: problem.data } : {}
      })
    );
  }
  for (const entry of e.records.values()) {
    if (!entry.error || reported.has(entry.path)) continue;
    const account = entry.path.split("/")[1] ?? null;
    if (!ctx.wants(account)) continue;
    out.push(
      anomaly("trailer-mismatch", {
        severity: "error",
        account,
        record: entry.path,
        commits: [entry.lastCommit],
        detail: say(
          `记录 ${entry.path} 无法读取：${entry.error}`,
          `the record ${entry.path} cannot be read: ${entry.error}`
        ),
        commands: [`git show ${sh(`${shortRef(e.ledgerRef)}:${entry.path}`)}`]
      })
    );
  }
  return out;
}
function versionProblem(ctx, v) {
  if (v.status === "D")
    return {
      zh: "删除了发布记录（wxgate 从不删除记录）",
      en: "deleted the publish record (wxgate never deletes one)"
    };
  if (v.error || !v.record)
    return { zh: `记录无法读取：${v.error ?? ""}`, en: `the record cannot be read: ${v.error ?? ""}` };
  const commit = ctx.e.ledger?.commits.get(v.commit);
  if (!commit) return void 0;
  const actual = commitTrailers(commit);
  if (!trailer(actual, "Wxgate-Article")) {
    return {
      zh: "提交没有 wxgate 的附注（trailer）：不是 wxgate 写入的",
      en: "the commit has no wxgate trailers: wxgate did not write it"
    };
  }
  const r = v.record;
  const key = r.article.replace(/^content\//, "").replace(/\/index\.md$/, "");
  if (recordPath(key) !== v.path) {
    return {
      zh: `记录写的是文章 ${r.article}，却存放在 ${v.path}`,
      en: `the record is for ${r.article} but is filed as ${v.path}`
    };
  }
  const expectedMessage = commitMessage(r, "", trailer(actual, "Wxgate-Run") ?? "");
  const expected = trailersOf(expectedMessage).map(([k, val]) => `${k}: ${val}`);
  const got = actual.filter(([k]) => !UNCOMPARED.has(k.toLowerCase())).map(([k, val]) => `${k}: ${val}`);
  const subject = subjectOf(expectedMessage);
  const subjectDiffers = subjectOf(commit.message) !== subject;
  if (!subjectDiffers && expected.join("\n") === got.join("\n")) return void 0;
  const missing = multisetMinus(expected, got);
  const extra = multisetMinus(got, expected);
  if (missing.length === 0 && extra.length === 0 && !subjectDiffers) return void 0;
  const list = (lines) => lines.slice(0, 6).join(" | ") + (lines.length > 6 ? ` … (+${lines.length - 6})` : "");
  const parts = [];
  if (extra.length) parts.push({ zh: `附注写着「${list(extra)}」`, en: `the trailers say "${list(extra)}"` });
  if (missing.length)
    parts.push({ zh: `记录内容对应「${list(missing)}」`, en: `the record says "${list(missing)}"` });
  if (subjectDiffers) parts.push({ zh: `标题应为「${subject}」`, en: `the subject should be "${subject}"` });
  return {
    zh: `附注与记录内容不一致：${parts.map((p) => p.zh).join("；")}`,
    en: `the trailers and the record disagree: ${parts.map((p) => p.en).join("; ")}`,
    data: {
      trailers_only: extra,
      record_only: missing,
      subject: subjectOf(commit.message),
      expected_subject: subject
    }
  };
}
function multisetMinus(a, b) {
  const left = /* @__PURE__ */ new Map();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  const out = [];
  for (const x of a) {
    const n2 = left.get(x) ?? 0;
    if (n2 > 0) left.set(x, n2 - 1);
    else out.push(x);
  }
  return out;
}

// src/audit/report.ts
var RULES = [
  contentMismatch,
  approvals,
  leadTime,
  directPush,
  publicationGaps,
  doublePublish,
  editedAfterPublish,
  policyChanges,
  historyRewritten,
  trailerMismatch
];
var RANK = { error: 0, warning: 1, info: 2 };
function buildReport(e, repository) {
  const rows = articleRows(e);
  for (const row of rows) {
    const r = row.record ? e.records.get(row.record)?.record : void 0;
    if (r && wentOut(r)) row.content_verified = checkContent(e, r).verified;
  }
  const ctx = new RuleContext(e, rows);
  const anomalies = RULES.flatMap((rule) => rule(ctx)).sort(
    (a, b) => RANK[a.severity] - RANK[b.severity] || ANOMALY_KINDS[a.kind] - ANOMALY_KINDS[b.kind] || (a.article ?? "").localeCompare(b.article ?? "")
  );
  const byArticle = new Map(rows.map((r) => [r.path, r]));
  for (const a of anomalies) {
    const row = a.article ? byArticle.get(a.article) : void 0;
    if (row && !row.anomalies.includes(a.kind)) row.anomalies.push(a.kind);
  }
  const checkpoints = checkpointStatuses(e.checkpoints, e.ledger, e.content);
  const lead = describeLead(e.tipPolicy.leadTime);
  return {
    period: e.period,
    repository: {
      name: repository,
      content: { ref: e.content.ref, tip: e.content.tip },
      ledger: { ref: e.ledgerRef, tip: e.ledger?.tip ?? null },
      policies: e.policiesDir
    },
    generated_at: isoIn(e.now, e.period.timeZone),
    account: e.account ?? null,
    summary: summarise(e, rows, anomalies, checkpoints),
    articles: rows,
    anomalies,
    checkpoints,
    figures: figures(rows, e.period, lead),
    policy: { lead_time: lead, urgent_label: e.tipPolicy.urgent.label },
    verified_since: e.baseline ?? null
  };
}
function summarise(e, rows, anomalies, checkpoints) {
  const count = (keys) => {
    const out2 = {};
    for (const k of keys) out2[k] = (out2[k] ?? 0) + 1;
    return out2;
  };
  const inPeriodCommits = e.content.chain.map((sha) => e.content.commits.get(sha)).filter((c) => inPeriod(e.period, Date.parse(c.committer.at)));
  const severities = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  for (const a of anomalies) severities[a.severity]++;
  const out = rows.filter((r) => r.record !== null && (r.published_at !== null || r.status === "handed-off"));
  return {
    articles: rows.length,
    by_status: count(rows.map((r) => r.status)),
    by_account: count(rows.map((r) => r.account)),
    urgent: rows.filter((r) => r.urgent).length,
    approvals_verified: out.filter((r) => r.approvals !== "unknown").length,
    approvals_unknown: out.filter((r) => r.approvals === "unknown").length,
    content_verified: out.filter((r) => r.content_verified === true).length,
    content_not_verified: out.filter((r) => r.content_verified !== true).length,
    anomalies: severities,
    by_kind: count(anomalies.map((a) => a.kind)),
    content_commits: inPeriodCommits.length,
    via_pull_request: inPeriodCommits.filter((c) => landing(c).kind === "pull-request").length,
    policy_changes: new Set(e.policyChanges.map((c) => c.commit)).size,
    checkpoints: {
      ok: checkpoints.filter((c) => c.status === "ok").length,
      rewritten: checkpoints.filter((c) => c.status === "rewritten").length,
      unreadable: checkpoints.filter((c) => c.status === "unreadable").length
    }
  };
}

// src/app/audit.ts
var AUDIT_FORMATS = ["text", "md", "html", "csv", "json"];
var EXTENSIONS = {
  text: "txt",
  md: "md",
  html: "html",
  csv: "csv",
  json: "json"
};
function render(report, format, locale) {
  switch (format) {
    case "json":
      return formatJson(report, locale);
    case "md":
      return formatMarkdown(report, locale);
    case "html":
      return formatHtml(report);
    case "csv":
      return formatCsv(report, locale);
    default:
      return formatText(report, locale);
  }
}
async function runAudit(request) {
  const git = new Git(request.cwd, request.env);
  if ((await git.exec(["rev-parse", "--git-dir"])).code !== 0) {
    throw new ConfigurationError(
      `${request.cwd} is not a git repository: audit runs in a clone of the content`
    );
  }
  const remotes = await git.remotes();
  const remote = request.remote === void 0 || request.remote === "auto" ? remotes.includes("origin") ? "origin" : void 0 : request.remote === "none" ? void 0 : request.remote;
  if (remote !== void 0 && !remotes.includes(remote)) {
    throw new ConfigurationError(
      `git remote "${remote}" does not exist (remotes: ${remotes.join(", ") || "none"})`
    );
  }
  const refsOf = (branch) => branch === "HEAD" || branch.startsWith("refs/") ? [branch] : [...remote ? [`refs/remotes/${remote}/${branch}`] : [], `refs/heads/${branch}`];
  const ledgerBranch = request.ledgerBranch ?? DEFAULT_LEDGER_BRANCH;
  const now = request.now ?? Date.now();
  const evidence = await gatherEvidence({
    port: new GitHistory(git),
    contentRefs: refsOf(request.contentBranch ?? "main"),
    ledgerRefs: refsOf(ledgerBranch),
    ledgerRequired: request.ledgerBranch !== void 0,
    policiesDir: request.policiesDir.replace(/^\.\/|\/+$/g, ""),
    period: request.period,
    now,
    ...request.account === void 0 ? {} : { account: request.account },
    graceMs: request.graceHours * 36e5
  });
  if (!evidence.ledger) request.log.warn(`no ledger branch ${ledgerBranch}: no article has a publish record`);
  const report = buildReport(evidence, request.env.GITHUB_REPOSITORY || basename(resolve(request.cwd)));
  if (request.checkpoint) {
    const written2 = await writeCheckpoint(git, request, report, ledgerBranch, remote);
    report.checkpoints.push(written2);
    request.log.info(
      `checkpoint ${written2.path} written to ${ledgerBranch} (${written2.commit.slice(0, 12)})`
    );
  }
  const written = [];
  let stdout = "";
  if (request.outputDir !== void 0) {
    const dir = resolve(request.cwd, request.outputDir);
    mkdirSync(dir, { recursive: true });
    for (const format of AUDIT_FORMATS) {
      const file = join(dir, `wxgate-audit-${report.period.label}.${EXTENSIONS[format]}`);
      writeFileSync(file, render(report, format, format === "html" ? "zh-CN" : request.locale));
      written.push(file);
    }
    stdout = formatText(report, request.locale);
  } else if (request.output !== void 0) {
    const file = resolve(request.cwd, request.output);
    writeFileSync(file, render(report, request.format, request.locale));
    written.push(file);
  } else {
    stdout = render(report, request.format, request.locale);
  }
  const outcome = { report, stdout, written, exitCode: exitCode(report, request.failOn) };
  if (request.issue) outcome.issue = await request.issue(report);
  return outcome;
}
function exitCode(report, failOn) {
  if (failOn === "never") return 0;
  const worst = SEVERITIES.indexOf(failOn);
  return report.anomalies.some((a) => SEVERITIES.indexOf(a.severity) <= worst) ? 1 : 0;
}
async function writeCheckpoint(git, request, report, branch, remote) {
  const env = request.env;
  const by = env.GITHUB_ACTOR || await git.config("user.name") || env.USER || "unknown";
  const checkpoint = {
    period: report.period.label,
    from: isoIn(report.period.from, report.period.timeZone),
    until: isoIn(report.period.until, report.period.timeZone),
    generated_at: report.generated_at,
    by,
    run: env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL || "https://github.com"}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : null,
    content_ref: report.repository.content.ref,
    content_tip: report.repository.content.tip,
    ledger_ref: report.repository.ledger.ref,
    ledger_tip: report.repository.ledger.tip,
    anomalies: report.summary.anomalies,
    wxgate: package_default.version
  };
  const ledger = await GitLedger.open(git, {
    branch,
    remote,
    identity: { name: "wxgate", email: "wxgate@users.noreply.github.com" }
  });
  const path = checkpointPath(checkpoint.period);
  await ledger.transact(() => ({
    value: void 0,
    changes: /* @__PURE__ */ new Map([[path, formatCheckpoint(checkpoint)]]),
    message: checkpointMessage(checkpoint)
  }));
  const commit = ledger.snapshot.tip;
  const tag = checkpointTag(checkpoint.period, commit);
  const pushed = remote ? await git.exec(["push", "--quiet", remote, `${commit}:${tag}`]) : await git.exec(["update-ref", tag, commit, "0".repeat(40)]);
  if (pushed.code !== 0) throw new GitError(["push", remote ?? "(local)", tag], pushed);
  if (remote) await git.exec(["update-ref", tag, commit]);
  return {
    period: checkpoint.period,
    generated_at: checkpoint.generated_at,
    by,
    commit,
    tag,
    path,
    content_tip: checkpoint.content_tip,
    ledger_tip: checkpoint.ledger_tip,
    status: "written",
    problems: []
  };
}

// src/audit/format/issue.ts
var AUDIT_ISSUE_MARKER = "<!-- wxgate:audit-report -->";
var ISSUE_LIMIT = 150;
function issueTitle(report) {
  const n2 = report.summary.anomalies;
  return `wxgate 审计 ${report.period.label}：${n2.error} 个错误，${n2.warning} 个警告，${n2.info} 个提示`;
}
function issueBody(report, run) {
  return [
    `## wxgate 季度审计 ${report.period.label}`,
    "",
    headline(report, "zh-CN"),
    "",
    ...summaryTable(report, "zh-CN"),
    "",
    ...anomalySection(report, "zh-CN", ISSUE_LIMIT),
    "",
    run ? `完整报告（HTML、JSON、CSV、Markdown）见本次运行的附件：${markdownLink("工作流运行", run)}。` : "完整报告：在仓库中运行 `wxgate audit --format html --output audit.html`。",
    "",
    "每项异常的含义和手工核对方法见 README 的“审计”一节。"
  ].join("\n");
}

// src/commands/audit-issue.ts
function githubAuditIssue(env, log, apiUrl) {
  return (report) => postIssue(env, log, report, apiUrl);
}
async function postIssue(env, log, report, apiUrl) {
  const token = env.GITHUB_TOKEN?.trim();
  const repository = env.GITHUB_REPOSITORY?.trim();
  const [owner, repo, ...rest] = (repository ?? "").split("/");
  if (!token || !owner || !repo || rest.length > 0) {
    throw new ConfigurationError(
      "--issue needs GITHUB_TOKEN (issues: write) and GITHUB_REPOSITORY (owner/name) in the environment"
    );
  }
  const octokit = createGitHubClient({
    token,
    baseUrl: apiUrl ?? (env.GITHUB_API_URL || "https://api.github.com"),
    log: warningsOnly(mapLines(log, (line) => `GitHub: ${line}`)),
    ...apiUrl ? { throttle: false, retryAfterBaseValue: 1 } : {}
  });
  const author = await postingLogin(octokit);
  const run = env.GITHUB_RUN_ID && repository ? `${env.GITHUB_SERVER_URL || "https://github.com"}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : null;
  const posted = await upsertIssue(
    octokit,
    { owner, repo },
    AUDIT_ISSUE_MARKER,
    {
      title: issueTitle(report),
      body: issueBody(report, run),
      label: env.WXGATE_AUDIT_LABEL || "wxgate-audit",
      labelDescription: "wxgate: 季度审计发现的异常 (anomalies found by the quarterly audit)"
    },
    author
  );
  log.info(`audit issue ${posted.action}: ${posted.url}`);
  return { url: posted.url, action: posted.action };
}

// src/commands/audit.ts
var DEFAULT_GRACE_HOURS = 24;
var HELP = `Usage: wxgate audit [--quarter 2026Q4 | --from DATE [--to DATE]] [options]

The quarterly review (001 第六章 监督机制：每季度进行一次全面的审查) from the repository's git history alone — no
GitHub API, no network: the content branch (main) and the publish records on the ledger branch
(${DEFAULT_LEDGER_BRANCH}). For every article published, withdrawn, failed, or due but not published in the period:
account, title, path, author, PR, approvals, submission and publish times, lead time, urgent reason, check
results, WeChat ids, the commit that was published and the content hash. Then the anomalies, each with its kind,
severity, article and evidence (commit ids, record path, the git command that shows it):

  1 content-mismatch        what went out differs from what was merged or approved
  2 approval-missing        a required approval is missing; approvals-unknown: the record cannot say
  3 lead-time               lead time below the policy without a complete urgent record
  4 direct-push             a change to content/, policies/, .github/ or CODEOWNERS without a merged PR
  5 record-without-article  a record whose article is not on the branch; unpublished: due and not published
  6 double-publish          published more than once; edited-after-publish: changed after going out
  7 policy-change           who changed the policies, when, through which PR, and what
  8 history-rewritten       an earlier checkpoint is no longer in the history; trailer-mismatch: a ledger
                            commit whose trailers disagree with the record it wrote

The README's section for auditors explains each one and how to check it by hand.

Period (dates are whole days in the policy time zone, policies/wxgate.yml time_zone):
  --quarter <YYYYQn|last|current>  A calendar quarter (default: last, the last whole quarter)
  --from <YYYY-MM-DD>              First day; with --to <YYYY-MM-DD>, the last day (default: today)

Options:
  --format <text|md|html|csv|json> Output format (default: text). html is one self-contained page in Chinese
                                   with charts; json is a stable contract (README); csv has a row per article
                                   and per anomaly
  --output <file>                  Write the report to a file instead of standard output
  --output-dir <dir>               Write every format to <dir>/wxgate-audit-<period>.<ext> and print the text
  --locale <zh-CN|en>              Language of text, md, csv and json (default: $WXGATE_LOCALE, else zh-CN; html is Chinese)
  --account <id>                   Only this account's articles (repository-wide anomalies are kept)
  --content-branch <name>          The content branch (default: main; origin/main when there is a remote)
  --ledger-branch <name>           The ledger branch (default: ${DEFAULT_LEDGER_BRANCH})
  --remote <name|none>             Read <remote>/<branch> refs (default: origin when it exists). The audit never
                                   fetches: run git fetch first for the latest state
  --policies <dir>                 Policy folder in the repository (default: policies)
  --grace <hours>                  How long after publish_at an article may still be on its way (default: ${DEFAULT_GRACE_HOURS})
  --fail-on <error|warning|info|never>  Exit 1 when an anomaly is at least this severe (default: error)
  --now <iso>                      Audit as if it were this time (drills, demos, tests)
  --checkpoint                     Write a checkpoint of the tips this audit covered: audits/<period>.yml in a
                                   commit on the ledger branch, pushed with a tag wxgate-audit/<period>/<commit>
  --issue                          Open or update the one audit issue for the market department (needs
                                   GITHUB_TOKEN with issues: write, and GITHUB_REPOSITORY)
  -h, --help                       Show this help

Exit codes: 0 no anomaly at or above --fail-on · 1 anomalies · 2 usage or configuration error.

Examples:
  git fetch origin && wxgate audit                     # the last quarter, in the terminal
  wxgate audit --quarter 2026Q4 --format html --output audit-2026Q4.html
  wxgate audit --from 2026-11-01 --to 2026-11-30 --account group --format csv --output november.csv
`;
var audit = defineCommand(
  HELP,
  {
    quarter: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    format: { type: "string" },
    output: { type: "string" },
    "output-dir": { type: "string" },
    locale: { type: "string" },
    account: { type: "string" },
    "content-branch": { type: "string" },
    "ledger-branch": { type: "string" },
    remote: { type: "string" },
    policies: { type: "string" },
    grace: { type: "string" },
    "fail-on": { type: "string" },
    now: { type: "string" },
    checkpoint: { type: "boolean" },
    issue: { type: "boolean" }
  },
  async ({ values, positionals }, io) => {
    if (positionals.length > 0) throw new UsageError(`audit takes no paths (got "${positionals.join(" ")}")`);
    if (values.output !== void 0 && values["output-dir"] !== void 0) {
      throw new UsageError("give --output or --output-dir, not both");
    }
    const grace = values.grace === void 0 ? DEFAULT_GRACE_HOURS : Number(values.grace);
    if (!Number.isFinite(grace) || grace < 0) {
      throw new UsageError(`--grace must be a number of hours ≥ 0 (got "${values.grace}")`);
    }
    let now;
    if (values.now !== void 0) {
      const t = parseDateTime(String(values.now), "Asia/Shanghai");
      if (!t.ok)
        throw new UsageError(
          `--now must be an ISO 8601 time such as 2026-12-31T12:00:00+08:00 (got "${values.now}")`
        );
      now = t.epochMs;
    }
    const log = { info: (l) => io.err(`${l}
`), warn: (l) => io.err(`warning: ${l}
`) };
    const repository = repositoryOf(io);
    const outcome = await runAudit({
      cwd: repository.root,
      env: io.env,
      ...now === void 0 ? {} : { now },
      period: periodRequest(values),
      format: oneOf("format", values.format, AUDIT_FORMATS, "text"),
      locale: localeOf(values.locale, io.env),
      ...values.output === void 0 ? {} : { output: resolve2(io.cwd, String(values.output)) },
      ...values["output-dir"] === void 0 ? {} : { outputDir: resolve2(io.cwd, String(values["output-dir"])) },
      ...values.account === void 0 ? {} : { account: String(values.account) },
      ...values["content-branch"] === void 0 ? {} : { contentBranch: String(values["content-branch"]) },
      ...values["ledger-branch"] === void 0 ? {} : { ledgerBranch: String(values["ledger-branch"]) },
      ...values.remote === void 0 ? {} : { remote: String(values.remote) },
      policiesDir: values.policies === void 0 ? "policies" : repository.fromUser(String(values.policies)),
      graceHours: grace,
      failOn: oneOf("fail-on", values["fail-on"], ["error", "warning", "info", "never"], "error"),
      checkpoint: Boolean(values.checkpoint),
      ...values.issue ? { issue: githubAuditIssue(io.env, log) } : {},
      log
    });
    io.out(outcome.stdout);
    for (const file of outcome.written) {
      const shown = relative(io.cwd, file);
      io.err(`wrote ${shown.startsWith("..") || isAbsolute(shown) ? file : shown}
`);
    }
    return outcome.exitCode;
  }
);
function periodRequest(values) {
  const { quarter: quarter2, from, to } = values;
  if (quarter2 !== void 0 && (from !== void 0 || to !== void 0)) {
    throw new UsageError("give --quarter or --from/--to, not both");
  }
  if (to !== void 0 && from === void 0) throw new UsageError("--to needs --from");
  if (from !== void 0) return { kind: "dates", from, to };
  return { kind: "quarter", quarter: quarter2 ?? "last" };
}
export {
  audit
};
