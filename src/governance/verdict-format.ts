/**
 * How a verdict is shown: the stable JSON contract (`wxgate explain --format json`) and text for people, Chinese
 * by default. The Action posts the same verdict as check runs and a comment. The text goes to a terminal: the
 * explanations quote paths and front-matter values, so their control characters are shown, never sent.
 */
import { readableTime } from '../platform/time.js';
import { terminalText } from '../text/escape.js';
import { compose, type Locale, type LocalizedText } from '../text/vocabulary.js';
import type { CheckStatus, Finding, PRVerdict } from './pr-context.js';

/**
 * The JSON contract: `{mergeable, checks: {compliance: {status, errorCount, …}, schedule: {status, leadTimeHours,
 * requiredHours, urgent, …}, approvals: {status, required: [{files, owners, satisfiedBy, …}], ignored: [{user,
 * why}], …}}, report}`. Field names and nesting never change within a major version; fields may be added.
 */
export function verdictJson(verdict: PRVerdict): unknown {
  const { compliance, schedule, approvals } = verdict.checks;
  return {
    mergeable: verdict.mergeable,
    checks: {
      compliance: {
        status: compliance.status,
        errorCount: compliance.errorCount,
        warningCount: compliance.warningCount,
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
          urgent: a.urgent,
        })),
      },
      approvals: {
        status: approvals.status,
        required: approvals.required.map((r) => ({
          files: r.files,
          owners: r.owners,
          satisfiedBy: r.satisfiedBy,
          source: r.source,
          status: r.status,
        })),
        ignored: approvals.ignored.map((i) => ({ user: i.user, why: i.why })),
        blockedBy: approvals.blockedBy,
      },
    },
    report: verdict.report
      ? {
          key: verdict.report.key,
          target: verdict.report.target,
          mention: verdict.report.mention,
          title: verdict.report.title,
          body: verdict.report.body,
        }
      : null,
  };
}

const WORDS = {
  'zh-CN': {
    title: (n: number, at: string) => `wxgate 合并评估 · PR #${n} · ${at}`,
    mergeable: '结论：可以合并 ✅',
    blocked: '结论：暂不可合并 ❌',
    compliance: '合规检查（compliance）',
    schedule: '提前量（schedule）',
    approvals: '审批（approvals）',
    ignored: '未计入的审查：',
    report: (to: string, mention: string) =>
      `加急报告：将以${to === 'issue' ? ' issue ' : ' PR 评论'}形式发送给 ${mention}（仅创建一次，之后原地更新）。`,
    readFrom: (policies: string, codeowners: string | undefined) =>
      `策略（${policies}）与 CODEOWNERS（${codeowners ?? '没有，所有文件均无负责人'}）读取自本地工作区，离线评估，未访问 GitHub；拉取请求中的检查读取的是目标分支上的这些文件。`,
    status: { pass: '通过', fail: '未通过', pending: '待批准' } as Record<CheckStatus, string>,
    finding: (f: Finding) =>
      `    第 ${f.line} 行  ${{ error: '错误', warning: '警告', info: '提示' }[f.severity]}  ${f.ruleId}  ${compose(f.message, f.source, 'zh-CN')}`,
    more: (n: number) => `    ……另有 ${n} 条，运行 wxgate check 查看全部。`,
  },
  en: {
    title: (n: number, at: string) => `wxgate merge verdict · PR #${n} · ${at}`,
    mergeable: 'Verdict: mergeable ✅',
    blocked: 'Verdict: not mergeable yet ❌',
    compliance: 'Compliance',
    schedule: 'Schedule (lead time)',
    approvals: 'Approvals',
    ignored: 'Reviews that do not count:',
    report: (to: string, mention: string) =>
      `Urgent report: posted as ${to === 'issue' ? 'an issue' : 'a PR comment'} to ${mention} (created once, then updated in place).`,
    readFrom: (policies: string, codeowners: string | undefined) =>
      `Policies (${policies}) and CODEOWNERS (${codeowners ?? 'none: no file has an owner'}) read from the local working tree, offline, without GitHub; the pull-request check reads these files from the base branch.`,
    status: { pass: 'pass', fail: 'fail', pending: 'pending' } as Record<CheckStatus, string>,
    finding: (f: Finding) =>
      `    line ${f.line}  ${f.severity}  ${f.ruleId}  ${compose(f.message, f.source, 'en')}`,
    more: (n: number) => `    … and ${n} more; run wxgate check to see them all.`,
  },
} as const;

/** Findings listed under each article in the text; `wxgate check` lists them all. */
const LISTED_FINDINGS = 10;

/** The verdict as `wxgate explain` prints it; `policiesPath` is where the policies were read (shown as is). */
export function formatVerdictText(
  verdict: PRVerdict,
  prNumber: number,
  locale: Locale,
  zone: string,
  policiesPath: string,
): string {
  const w = WORDS[locale];
  const pick = (t: LocalizedText) => terminalText(locale === 'en' ? t.en : t.zh);
  const at = readableTime(verdict.evaluatedAt, zone);
  const lines: string[] = [w.title(prNumber, locale === 'en' ? at.en : at.zh), ''];
  lines.push(verdict.mergeable ? w.mergeable : w.blocked, '');
  const section = (
    name: string,
    status: CheckStatus,
    explanation: readonly LocalizedText[],
    findings: readonly (readonly Finding[])[] = [],
  ) => {
    lines.push(`${name}: ${w.status[status]}`);
    for (const [i, e] of explanation.entries()) {
      lines.push(`  ${pick(e)}`);
      const listed = findings[i] ?? [];
      for (const f of listed.slice(0, LISTED_FINDINGS)) lines.push(terminalText(w.finding(f)));
      if (listed.length > LISTED_FINDINGS) lines.push(w.more(listed.length - LISTED_FINDINGS));
    }
    lines.push('');
  };
  const { compliance, schedule, approvals } = verdict.checks;
  // One explanation line per article, in the same order: each is followed by what was found in it.
  section(
    w.compliance,
    compliance.status,
    compliance.explanation,
    compliance.files.map((f) => f.findings),
  );
  section(w.schedule, schedule.status, schedule.explanation);
  section(w.approvals, approvals.status, approvals.explanation);
  if (approvals.ignored.length > 0) {
    lines.pop();
    lines.push(`  ${w.ignored}`);
    for (const i of approvals.ignored) lines.push(`  - ${pick(i.explanation)}`);
    lines.push('');
  }
  if (verdict.report) lines.push(w.report(verdict.report.target, verdict.report.mention), '');
  lines.push(w.readFrom(policiesPath, verdict.codeownersFile));
  return `${lines.join('\n')}\n`;
}
