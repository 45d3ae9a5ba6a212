import type { GitHubProvenance } from '../../publish/provenance.js';
import { wentOut } from '../articles.js';
import { recordLog, showRecord } from '../commands.js';
import type { Anomaly } from '../types.js';
import { about, anomaly, type RuleContext, say } from './context.js';

/**
 * (2) The approvals of every article that went out. `unknown` (the record was written from git alone: reviews
 * live in GitHub, not in git) is reported as a warning, so the auditor sees how much was verified. Known
 * approvals come with the approvals check as wxgate judged it at merge time: a requirement that did not pass, a
 * check that did not pass, or no approval at all is an error.
 */
export function approvals(ctx: RuleContext): Anomaly[] {
  const out: Anomaly[] = [];
  for (const row of ctx.rows) {
    const r = ctx.recordOf(row);
    if (!r || !wentOut(r)) continue;
    const p = r.provenance;
    const last = ctx.ledgerCommits(row.record!)[0]?.sha;
    const commands = [
      showRecord(ctx.e.ledgerRef, row.record!),
      recordLog(ctx.e.ledgerRef, row.record!, ['Wxgate-State', 'Approved-by', 'Wxgate-Approvals']),
    ];
    if (p.approvals === 'unknown') {
      out.push(
        anomaly('approvals-unknown', {
          ...about(row),
          severity: 'warning',
          commits: [last],
          detail: say(
            `审批情况未知，无法核实：${p.approvals_source}`,
            `approvals unknown, so not verified: ${p.approvals_source}`,
          ),
          commands,
        }),
      );
      continue;
    }
    const github = (p as { github?: GitHubProvenance }).github;
    const unmet = (github?.required ?? []).filter((q) => q.status !== 'pass');
    const checkFailed = github !== undefined && github.approvals_check !== 'pass';
    if (unmet.length === 0 && !checkFailed && p.approvals.length > 0) continue;
    const missing = unmet.map((q) => `${q.source} (${q.owners.join(', ') || '—'})`);
    const why =
      p.approvals.length === 0
        ? say('记录中没有任何审批。', 'the record has no approval at all')
        : say(
            `合并时审批检查为 ${github?.approvals_check ?? '未知'}${missing.length ? `，未满足：${missing.join('；')}` : ''}。`,
            `the approvals check at merge was ${github?.approvals_check ?? 'unknown'}${missing.length ? `; not met: ${missing.join('; ')}` : ''}`,
          );
    out.push(
      anomaly('approval-missing', {
        ...about(row),
        severity: 'error',
        commits: [last, p.merge_commit],
        detail: say(`缺少必需的审批：${why.zh}`, `a required approval is missing: ${why.en}`),
        commands,
        data: {
          approvals_check: github?.approvals_check ?? null,
          unmet: unmet.map((q) => ({ source: q.source, owners: q.owners })),
          ignored: github?.ignored ?? [],
        },
      }),
    );
  }
  return out;
}
