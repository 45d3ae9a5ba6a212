/**
 * The report to the general manager for an urgent PR (001 第四章第2条: 特殊情况下可加急处理，但需向总经理报告). wxgate
 * writes the content; the GitHub side posts it ONCE (an issue, or a PR comment, mentioning the approvers) and
 * afterwards finds it by its marker and edits it in place, never posting a second one. The body depends only on
 * the PR's facts (not on the evaluation time), so re-running an unchanged PR leaves it unchanged.
 *
 * The marker carrying the PR number is the body's FIRST line and the GitHub side matches it only there, on issues
 * and comments written by wxgate's own account. Everything after it that the author wrote (paths, the title, the
 * urgent reason) is escaped, so it can neither contain a marker nor mention anyone; the only live mention is the
 * approvers', taken from the base branch's policy.
 */

import { readableTime } from '../platform/time.js';
import { login, markdownText, plainText, tableCell, tableCode } from './markdown.js';
import type { PRContext, UrgentReport } from './pr-context.js';
import type { PrPolicy } from './pr-policy.js';
import type { SchedulePlan } from './schedule.js';

export function reportKey(prNumber: number): string {
  return `wxgate-urgent-report:pr-${prNumber}`;
}

export function urgentReport(
  ctx: PRContext,
  policy: PrPolicy,
  plan: SchedulePlan,
  approvedBy: readonly string[],
): UrgentReport | undefined {
  const urgent = plan.articles.filter((a) => a.urgent);
  if (urgent.length === 0) return undefined;
  const key = reportKey(ctx.number);
  const marker = `<!-- ${key} -->`;
  const zone = policy.timeZone;
  const mention = policy.urgent.approvers.map((o) => o.text).join(' ') || '（未配置 urgent.approvers）';
  const rows = urgent.map((a) =>
    [
      tableCode(a.path),
      tableCell(a.facts.title ?? '（无标题）'),
      a.publishAt === null ? '—' : readableTime(a.publishAt, zone).zh,
      readableTime(a.submission.at, zone).zh,
      `${a.leadTimeHours} / ${a.requiredHours}`,
      tableCell(a.facts.urgentReason ?? '（未填写 urgent.reason）'),
    ].join(' | '),
  );
  const status =
    approvedBy.length > 0
      ? `已批准：${approvedBy.map(login).join('、')}`
      : `待批准：需 ${mention} 中一人批准该 PR`;
  const first = urgent[0]!;
  const title = `【加急发布报告】PR #${ctx.number}：${plainText(first.facts.title ?? first.path)}${urgent.length > 1 ? ` 等 ${urgent.length} 篇` : ''}`;
  const body = [
    marker,
    `${mention} 加急发布报告（001 第四章第2条：特殊情况下可加急处理，但需向总经理报告）`,
    '',
    `- 拉取请求：#${ctx.number}`,
    `- 申请人：${login(ctx.author)}`,
    `- 加急标签：${markdownText(policy.urgent.label)}`,
    `- 审批状态：${status}`,
    '',
    '| 文章 | 标题 | 计划发布时间 | 提交时间 | 提前量/要求（小时） | 加急原因 |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r} |`),
    '',
    '本报告由 wxgate 自动生成并随 PR 更新。',
    '',
  ].join('\n');
  return { key, marker, target: policy.urgent.report, mention, title, body };
}
