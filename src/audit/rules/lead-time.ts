import { earliestPublish } from '../../governance/lead-time.js';
import { type LeadTime, type PrPolicy, parsePrPolicy } from '../../governance/pr-policy.js';
import { parseIso } from '../../platform/time.js';
import type { GitHubProvenance } from '../../publish/provenance.js';
import type { PublishRecord } from '../../publish/record.js';
import { wentOut } from '../articles.js';
import { findCommit } from '../branch.js';
import { sh, shortRef, showRecord } from '../commands.js';
import type { Anomaly, Evidence } from '../types.js';
import { about, anomaly, type RuleContext, say } from './context.js';

const DEFAULTS = parsePrPolicy('(defaults)', '');

/**
 * The policy that judged a merge: policies/wxgate.yml as it was on the branch just before the merge commit (the
 * base the pull request was judged against). Unknown merge commit: the policy at the tip.
 */
export function policyAt(
  e: Evidence,
  mergeSha: string | null | undefined,
): { policy: PrPolicy; commit: string | null } {
  const merge = findCommit(e.content, mergeSha);
  const position = merge ? e.content.position.get(merge.sha) : undefined;
  if (position === undefined) return { policy: e.tipPolicy, commit: e.content.tip };
  // Versions are in chain order, newest first: the first one older than the merge is the one in force.
  const version = e.policies.find((v) => v.position > position);
  if (!version) return { policy: DEFAULTS, commit: null };
  return { policy: version.policy ?? e.tipPolicy, commit: version.commit };
}

export function describeLead(lead: LeadTime): { zh: string; en: string; hours: number } {
  return lead.kind === 'hours'
    ? { zh: `${lead.hours} 小时`, en: `${lead.hours} h`, hours: lead.hours }
    : { zh: `${lead.days} 个工作日`, en: `${lead.days} working days`, hours: lead.days * 24 };
}

/** What an urgent record lacks: the label (seen by the check at merge), the reason, the GM's approval, the report. */
export function urgentGaps(r: PublishRecord): { zh: string; en: string }[] {
  const github = (r.provenance as { github?: GitHubProvenance }).github;
  const gaps: { zh: string; en: string }[] = [];
  if (!r.urgent) return [{ zh: '加急记录', en: 'an urgent record' }];
  if (!(github?.schedule?.urgent === true || github?.urgent))
    gaps.push({ zh: '加急标签', en: 'the urgent label' });
  if (!r.urgent.reason?.trim()) gaps.push({ zh: '加急理由', en: 'the reason' });
  if (!r.urgent.gm_approver || r.urgent.gm_approver === 'unknown')
    gaps.push({ zh: '总经理审批', en: "the general manager's approval" });
  if (!r.urgent.report) gaps.push({ zh: '报告链接', en: 'the report link' });
  return gaps;
}

/**
 * (3) Lead time (001 第四章第2条): publish_at − submission against the policy in force at the merge. Short of it,
 * only a complete urgent record (label, reason, GM approval, report link) makes it right.
 */
export function leadTime(ctx: RuleContext): Anomaly[] {
  const out: Anomaly[] = [];
  for (const row of ctx.rows) {
    const r = ctx.recordOf(row);
    if (!r || !wentOut(r)) continue;
    const { policy, commit } = policyAt(ctx.e, r.provenance.merge_commit);
    const need = describeLead(policy.leadTime);
    const submitted = parseIso(r.provenance.submitted_at);
    const publishAt = parseIso(r.publish_at);
    const commands = [
      showRecord(ctx.e.ledgerRef, row.record!),
      `git log --diff-filter=A --format=${sh('%h %aI %an')} ${sh(shortRef(ctx.e.content.ref))} -- ${sh(row.path)}`,
      ...(commit ? [`git show ${commit.slice(0, 12)}:${sh(`${ctx.e.policiesDir}/wxgate.yml`)}`] : []),
    ];
    const base = {
      ...about(row),
      commits: [r.provenance.merge_commit, ctx.ledgerCommits(row.record!)[0]?.sha],
      commands,
    };
    if (submitted === undefined || publishAt === undefined) {
      out.push(
        anomaly('lead-time', {
          ...base,
          severity: 'warning',
          detail: say(
            `提交时间未知（${r.provenance.submitted_at_source}），无法核对提前量。`,
            `the submission time is unknown (${r.provenance.submitted_at_source}): the lead time cannot be verified`,
          ),
        }),
      );
      continue;
    }
    const earliest = earliestPublish(submitted, policy.leadTime, ctx.e.period.timeZone).at;
    if (publishAt >= earliest) continue;
    const gaps = urgentGaps(r);
    if (gaps.length === 0) continue;
    const hours = r.provenance.lead_time_hours ?? Math.round(((publishAt - submitted) / 3_600_000) * 10) / 10;
    out.push(
      anomaly('lead-time', {
        ...base,
        severity: 'error',
        detail: say(
          `提前量 ${hours} 小时，不足政策要求的 ${need.zh}，${r.urgent ? `且加急记录不完整：缺少${gaps.map((g) => g.zh).join('、')}` : '且不是加急发布'}。`,
          `lead time ${hours} h is below the policy's ${need.en}, ${r.urgent ? `and the urgent record is incomplete: missing ${gaps.map((g) => g.en).join(', ')}` : 'and it was not published as urgent'}`,
        ),
        data: {
          lead_time_hours: hours,
          required: need.hours,
          policy_commit: commit,
          urgent: r.urgent,
          missing: gaps.map((g) => g.en),
        },
      }),
    );
  }
  return out;
}
