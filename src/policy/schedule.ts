/**
 * The schedule check (001 第四章第2条): every article of the PR is submitted at least the lead time before its
 * publish_at — or it takes the urgent path: the PR carries the urgent label, the article gives urgent.reason, and
 * a member of the urgent approvers (the general manager's team) approved; then the GM is sent a report.
 *
 * Submission time (DESIGN §2): the PR's creation; a draft PR counts. Editing publish_at later is still measured
 * from submission. An article ADDED to an existing PR is measured from when it arrived (see `articleSubmission`).
 */
import type { LocalizedText } from '../lint/types.js';
import { readableTime } from '../platform/time.js';
import { earliestPublish, hours } from './lead-time.js';
import type { CheckStatus, PRContext, ScheduleArticle, ScheduleCheck } from './pr-context.js';
import type { PrPolicy } from './pr-policy.js';

export interface ArticleFacts {
  path: string;
  /** Content could be read and its front matter parsed (else schedule cannot be judged). */
  readable: boolean;
  title: string | undefined;
  publishAt: number | undefined;
  publishAtText: string | undefined;
  urgentReason: string | undefined;
  /** `status: withdrawn`: a withdrawal (应急处理) takes effect at once; no lead time applies. */
  withdrawn: boolean;
  /** Front-matter values the approval rules may key on. */
  fields: Record<string, string | undefined>;
}

export interface Submission {
  at: number;
  /** How it was determined, for the explanation. */
  how: 'pr-created' | 'commit-pushed' | 'unknown-push';
  commit?: string;
}

/**
 * When an article was submitted. The PR's creation time (server-set, cannot be forged) for an article that is
 * there from the PR's first commit. An article first touched by a LATER commit (added to an existing PR) is
 * measured from that commit's push (`pushedAt`, a server-side time the GitHub side supplies) — never from the
 * PR's creation, or a placeholder PR opened early would lend its age to any article added later; and never from
 * the commit's own date, which its author controls. If that push time is unknown, it fails closed: the article
 * counts as submitted now (`evaluatedAt`). Rewritten history (rebase, force-push) carries new push times, so it
 * counts as a new submission of what it carries: update a PR branch with a merge, not a rebase.
 */
export function articleSubmission(ctx: PRContext, path: string): Submission {
  const commits = ctx.commits;
  if (!commits || commits.length === 0) return { at: ctx.createdAt, how: 'pr-created' };
  const index = commits.findIndex((c) => c.files.includes(path));
  if (index === -1) return { at: ctx.createdAt, how: 'pr-created' };
  const commit = commits[index]!;
  if (commit.pushedAt !== undefined) {
    return commit.pushedAt <= ctx.createdAt
      ? { at: ctx.createdAt, how: 'pr-created' }
      : { at: commit.pushedAt, how: 'commit-pushed', commit: commit.sha };
  }
  if (index === 0) return { at: ctx.createdAt, how: 'pr-created' };
  return { at: ctx.evaluatedAt, how: 'unknown-push', commit: commit.sha };
}

export interface SchedulePlan {
  articles: (ScheduleArticle & { facts: ArticleFacts; submission: Submission; earliest: number })[];
  unknownYears: number[];
  labelled: boolean;
}

/** Lead times, before approvals are known: which articles claim the urgent path. */
export function planSchedule(
  ctx: PRContext,
  policy: PrPolicy,
  articles: readonly ArticleFacts[],
): SchedulePlan {
  const labelled = ctx.labels.includes(policy.urgent.label);
  const unknownYears = new Set<number>();
  const planned = articles.map((facts) => {
    const submission = articleSubmission(ctx, facts.path);
    const earliest = earliestPublish(submission.at, policy.leadTime, policy.timeZone);
    for (const y of earliest.unknownYears) unknownYears.add(y);
    const publishAt = facts.publishAt ?? null;
    const short = publishAt !== null && publishAt < earliest.at && !facts.withdrawn;
    return {
      path: facts.path,
      publishAt,
      leadTimeHours: publishAt === null ? null : hours(publishAt - submission.at),
      requiredHours: hours(earliest.at - submission.at),
      status: ((publishAt !== null || facts.withdrawn) && !short ? 'pass' : 'fail') as CheckStatus,
      urgent: short && labelled,
      facts,
      submission,
      earliest: earliest.at,
    };
  });
  return { articles: planned, unknownYears: [...unknownYears].sort(), labelled };
}

/** Finishes the check once the urgent approvers' valid approvals are known. */
export function finishSchedule(
  ctx: PRContext,
  policy: PrPolicy,
  plan: SchedulePlan,
  urgentApprovedBy: readonly string[],
): ScheduleCheck {
  const explanation: LocalizedText[] = [];
  const zone = policy.timeZone;
  const label = policy.urgent.label;
  const approvers = policy.urgent.approvers.map((o) => o.text).join(' / ') || '（未配置）';
  const approversEn = policy.urgent.approvers.map((o) => o.text).join(' / ') || '(not configured)';
  const required =
    policy.leadTime.kind === 'hours'
      ? { zh: `${policy.leadTime.hours} 小时`, en: `${policy.leadTime.hours} hours` }
      : {
          zh: `${policy.leadTime.days} 个工作日（中国大陆节假日与调休）`,
          en: `${policy.leadTime.days} working days (mainland China holidays and make-up days)`,
        };

  for (const a of plan.articles) {
    const f = a.facts;
    const submitted = submittedText(a.submission, zone);
    if (f.readable && f.withdrawn) {
      explanation.push({
        zh: `✓ ${a.path}：撤回文章（status: withdrawn），撤回即时生效，不适用提前量。`,
        en: `✓ ${a.path}: a withdrawal (status: withdrawn) takes effect at once; no lead time applies.`,
      });
      continue;
    }
    if (!f.readable || a.publishAt === null) {
      a.status = 'fail';
      explanation.push({
        zh: `✗ ${a.path}：${f.readable ? '没有有效的 publish_at（见合规检查）' : '无法读取文章内容'}，无法判断提前量。`,
        en: `✗ ${a.path}: ${f.readable ? 'no valid publish_at (see the compliance check)' : 'the article content could not be read'}, so the lead time cannot be judged.`,
      });
      continue;
    }
    const publish = readableTime(a.publishAt, zone);
    const earliest = readableTime(a.earliest, zone);
    if (a.status === 'pass') {
      explanation.push({
        zh: `✓ ${a.path}：${submitted.zh}，计划 ${publish.zh} 发布，提前 ${a.leadTimeHours} 小时，满足 ${required.zh}（最早可于 ${earliest.zh} 发布）。`,
        en: `✓ ${a.path}: ${submitted.en}, to publish ${publish.en}: ${a.leadTimeHours} hours ahead, meets ${required.en} (earliest ${earliest.en}).`,
      });
      continue;
    }
    const head = {
      zh: `${a.path}：${submitted.zh}，计划 ${publish.zh} 发布，仅提前 ${a.leadTimeHours} 小时，不足 ${required.zh}（最早 ${earliest.zh}）`,
      en: `${a.path}: ${submitted.en}, to publish ${publish.en}: only ${a.leadTimeHours} hours ahead, less than ${required.en} (earliest ${earliest.en})`,
    };
    if (!a.urgent) {
      explanation.push({
        zh: `✗ ${head.zh}。请推迟 publish_at，或走加急流程：加标签「${label}」、在头信息写 urgent.reason，并由 ${approvers} 批准（001 第四章第2条）。`,
        en: `✗ ${head.en}. Move publish_at later, or take the urgent path: label "${label}", urgent.reason in the front matter, and an approval from ${approversEn} (001 第四章第2条).`,
      });
      continue;
    }
    const missing: LocalizedText[] = [];
    if (!f.urgentReason) {
      missing.push({
        zh: '头信息缺少 urgent.reason（加急原因）',
        en: 'the front matter has no urgent.reason',
      });
    }
    if (policy.urgent.approvers.length === 0) {
      missing.push({
        zh: '策略未配置加急审批人（urgent.approvers）',
        en: 'the policy names no urgent approvers (urgent.approvers)',
      });
    } else if (urgentApprovedBy.length === 0) {
      missing.push({
        zh: `尚无 ${approvers} 成员的有效批准`,
        en: `no valid approval from ${approversEn} yet`,
      });
    }
    if (missing.length === 0) {
      a.status = 'pass';
      explanation.push({
        zh: `✓ ${head.zh}；已走加急流程：标签「${label}」、原因「${f.urgentReason}」、${urgentApprovedBy.join('、')} 已批准，并向总经理报告。`,
        en: `✓ ${head.en}; urgent path complete: label "${label}", reason "${f.urgentReason}", approved by ${urgentApprovedBy.join(', ')}; reported to the general manager.`,
      });
    } else {
      a.status = 'fail';
      explanation.push({
        zh: `✗ ${head.zh}；加急流程未完成：${missing.map((m) => m.zh).join('；')}。`,
        en: `✗ ${head.en}; the urgent path is incomplete: ${missing.map((m) => m.en).join('; ')}.`,
      });
    }
  }
  for (const a of plan.articles) {
    if (a.publishAt !== null && a.publishAt <= ctx.evaluatedAt && !a.facts.withdrawn) {
      explanation.push({
        zh: `⚠ ${a.path}：计划发布时间 ${readableTime(a.publishAt, zone).zh} 已过，合并后将立即发布。`,
        en: `⚠ ${a.path}: the publish time ${readableTime(a.publishAt, zone).en} has passed; it would publish as soon as it is merged.`,
      });
    }
  }
  if (plan.labelled && !plan.articles.some((a) => a.urgent)) {
    explanation.push({
      zh: `ℹ PR 带有「${label}」标签，但没有文章需要加急（提前量已满足），无需总经理批准。`,
      en: `ℹ The PR carries the "${label}" label, but no article needs the urgent path (lead times are met); no GM approval is needed.`,
    });
  }
  if (plan.unknownYears.length > 0) {
    const years = plan.unknownYears.join(', ');
    explanation.push({
      zh: `⚠ 节假日数据尚无 ${years} 年（chinese-days 包），这些年份仅按周末计算休息日；请升级该依赖。`,
      en: `⚠ The holiday calendar (chinese-days) has no data for ${years}; only weekends were treated as rest days there. Update the dependency.`,
    });
  }
  if (plan.articles.length === 0) {
    explanation.push({
      zh: '此 PR 不含文章，无需检查提前量。',
      en: 'This PR contains no article; there is no lead time to check.',
    });
  }

  // The headline numbers are the article with the least margin.
  const dated = plan.articles.filter((a) => a.publishAt !== null && !a.facts.withdrawn);
  const tightest = dated.sort((x, y) => x.publishAt! - x.earliest - (y.publishAt! - y.earliest))[0];
  return {
    status: plan.articles.some((a) => a.status === 'fail') ? 'fail' : 'pass',
    leadTimeHours: tightest?.leadTimeHours ?? null,
    requiredHours:
      tightest?.requiredHours ?? plan.articles.find((a) => !a.facts.withdrawn)?.requiredHours ?? null,
    urgent: plan.articles.some((a) => a.urgent),
    articles: plan.articles.map(({ facts: _f, submission: _s, earliest: _e, ...rest }) => rest),
    explanation,
  };
}

function submittedText(s: Submission, zone: string): LocalizedText {
  const at = readableTime(s.at, zone);
  switch (s.how) {
    case 'pr-created':
      return { zh: `提交于 ${at.zh}（PR 创建时间）`, en: `submitted ${at.en} (PR created)` };
    case 'commit-pushed':
      return {
        zh: `提交于 ${at.zh}（该文章由提交 ${s.commit!.slice(0, 7)} 后加入本 PR，按其推送时间计）`,
        en: `submitted ${at.en} (added to this PR later by commit ${s.commit!.slice(0, 7)}; measured from its push)`,
      };
    case 'unknown-push':
      return {
        zh: `按 ${at.zh} 计（该文章由提交 ${s.commit!.slice(0, 7)} 后加入本 PR，推送时间未知，按当前时间计）`,
        en: `counted as submitted ${at.en} (added later by commit ${s.commit!.slice(0, 7)} whose push time is unknown, so measured from now)`,
      };
  }
}
