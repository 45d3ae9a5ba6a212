#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  compose
} from "./chunk-WCIEHNWH.js";
import {
  terminalText
} from "./chunk-HKUFPJ4K.js";
import {
  readableTime
} from "./chunk-OKF366UL.js";

// src/governance/verdict-format.ts
function verdictJson(verdict) {
  const { compliance, schedule, approvals } = verdict.checks;
  return {
    mergeable: verdict.mergeable,
    checks: {
      compliance: {
        status: compliance.status,
        errorCount: compliance.errorCount,
        warningCount: compliance.warningCount
      },
      schedule: {
        status: schedule.status,
        leadTimeHours: schedule.leadTimeHours,
        requiredHours: schedule.requiredHours,
        urgent: schedule.urgent,
        articles: schedule.articles.map((a) => ({
          path: a.path,
          publishAt: a.publishAt === null ? null : new Date(a.publishAt).toISOString(),
          leadTimeHours: a.leadTimeHours,
          requiredHours: a.requiredHours,
          status: a.status,
          urgent: a.urgent
        }))
      },
      approvals: {
        status: approvals.status,
        required: approvals.required.map((r) => ({
          files: r.files,
          owners: r.owners,
          satisfiedBy: r.satisfiedBy,
          source: r.source,
          status: r.status
        })),
        ignored: approvals.ignored.map((i) => ({ user: i.user, why: i.why })),
        blockedBy: approvals.blockedBy
      }
    },
    report: verdict.report ? {
      key: verdict.report.key,
      target: verdict.report.target,
      mention: verdict.report.mention,
      title: verdict.report.title,
      body: verdict.report.body
    } : null
  };
}
var WORDS = {
  "zh-CN": {
    title: (n, at) => `wxgate 合并评估 · PR #${n} · ${at}`,
    mergeable: "结论：可以合并 ✅",
    blocked: "结论：暂不可合并 ❌",
    compliance: "合规检查（compliance）",
    schedule: "提前量（schedule）",
    approvals: "审批（approvals）",
    ignored: "未计入的审查：",
    report: (to, mention) => `加急报告：将以${to === "issue" ? " issue " : " PR 评论"}形式发送给 ${mention}（仅创建一次，之后原地更新）。`,
    readFrom: (policies, codeowners) => `策略（${policies}）与 CODEOWNERS（${codeowners ?? "没有，所有文件均无负责人"}）读取自本地工作区，离线评估，未访问 GitHub；拉取请求中的检查读取的是目标分支上的这些文件。`,
    status: { pass: "通过", fail: "未通过", pending: "待批准" },
    finding: (f) => `    第 ${f.line} 行  ${{ error: "错误", warning: "警告", info: "提示" }[f.severity]}  ${f.ruleId}  ${compose(f.message, f.source, "zh-CN")}`,
    more: (n) => `    ……另有 ${n} 条，运行 wxgate check 查看全部。`
  },
  en: {
    title: (n, at) => `wxgate merge verdict · PR #${n} · ${at}`,
    mergeable: "Verdict: mergeable ✅",
    blocked: "Verdict: not mergeable yet ❌",
    compliance: "Compliance",
    schedule: "Schedule (lead time)",
    approvals: "Approvals",
    ignored: "Reviews that do not count:",
    report: (to, mention) => `Urgent report: posted as ${to === "issue" ? "an issue" : "a PR comment"} to ${mention} (created once, then updated in place).`,
    readFrom: (policies, codeowners) => `Policies (${policies}) and CODEOWNERS (${codeowners ?? "none: no file has an owner"}) read from the local working tree, offline, without GitHub; the pull-request check reads these files from the base branch.`,
    status: { pass: "pass", fail: "fail", pending: "pending" },
    finding: (f) => `    line ${f.line}  ${f.severity}  ${f.ruleId}  ${compose(f.message, f.source, "en")}`,
    more: (n) => `    … and ${n} more; run wxgate check to see them all.`
  }
};
var LISTED_FINDINGS = 10;
function formatVerdictText(verdict, prNumber, locale, zone, policiesPath) {
  const w = WORDS[locale];
  const pick = (t) => terminalText(locale === "en" ? t.en : t.zh);
  const at = readableTime(verdict.evaluatedAt, zone);
  const lines = [w.title(prNumber, locale === "en" ? at.en : at.zh), ""];
  lines.push(verdict.mergeable ? w.mergeable : w.blocked, "");
  const section = (name, status, explanation, findings = []) => {
    lines.push(`${name}: ${w.status[status]}`);
    for (const [i, e] of explanation.entries()) {
      lines.push(`  ${pick(e)}`);
      const listed = findings[i] ?? [];
      for (const f of listed.slice(0, LISTED_FINDINGS)) lines.push(terminalText(w.finding(f)));
      if (listed.length > LISTED_FINDINGS) lines.push(w.more(listed.length - LISTED_FINDINGS));
    }
    lines.push("");
  };
  const { compliance, schedule, approvals } = verdict.checks;
  section(
    w.compliance,
    compliance.status,
    compliance.explanation,
    compliance.files.map((f) => f.findings)
  );
  section(w.schedule, schedule.status, schedule.explanation);
  section(w.approvals, approvals.status, approvals.explanation);
  if (approvals.ignored.length > 0) {
    lines.pop();
    lines.push(`  ${w.ignored}`);
    for (const i of approvals.ignored) lines.push(`  - ${pick(i.explanation)}`);
    lines.push("");
  }
  if (verdict.report) lines.push(w.report(verdict.report.target, verdict.report.mention), "");
  lines.push(w.readFrom(policiesPath, verdict.codeownersFile));
  return `${lines.join("\n")}
`;
}

export {
  verdictJson,
  formatVerdictText
};
