import { landing, mergedCommits } from '../branch.js';
import { diffOf, short, showCommit } from '../commands.js';
import { subjectOf } from '../history.js';
import { settingsDiff } from '../settings-diff.js';
import type { Anomaly } from '../types.js';
import { anomaly, localTime, type RuleContext, say } from './context.js';

/**
 * (7) Every change to the policies or a CODEOWNERS file in the period: who, when, through which pull request, and
 * what changed, as a diff of the settings. Information for the auditor, not a fault: a change that did not come
 * through a pull request is also reported as a direct push.
 */
export function policyChanges(ctx: RuleContext): Anomaly[] {
  const { e } = ctx;
  const byCommit = new Map<string, typeof e.policyChanges>();
  for (const change of e.policyChanges) {
    const list = byCommit.get(change.commit);
    if (list) list.push(change);
    else byCommit.set(change.commit, [change]);
  }
  const out: Anomaly[] = [];
  for (const [sha, changes] of byCommit) {
    const commit = e.content.commits.get(sha)!;
    const l = landing(commit);
    // Who wrote the change: the pull request's own commits that touched these files (the merge commit's author
    // is whoever pressed the button), else the commit's author.
    const paths = new Set(changes.map((c) => c.path));
    const writers = mergedCommits(e.content, commit)
      .filter((c) => c.changes.some((x) => paths.has(x.path)))
      .map((c) => c.author.name);
    const by = [...new Set(writers.length ? writers : [commit.author.name])].join(', ');
    const merged = writers.length
      ? { zh: `，由 ${commit.author.name} 合并`, en: `, merged by ${commit.author.name}` }
      : { zh: '', en: '' };
    const via =
      l.kind === 'pull-request' ? { zh: `PR #${l.pr}`, en: `PR #${l.pr}` } : { zh: '未经 PR', en: 'no PR' };
    const files = changes.map((c) => ({ path: c.path, diff: settingsDiff(c.path, c.before, c.after) }));
    const summary = files.map(
      (f) => `${f.path}: ${f.diff.slice(0, 3).join('; ') || '—'}${f.diff.length > 3 ? ' …' : ''}`,
    );
    out.push(
      anomaly('policy-change', {
        severity: 'info',
        commits: [sha],
        detail: say(
          `${localTime(e, commit.committer.at)} ${by} 修改了政策（${via.zh}${merged.zh}，「${subjectOf(commit.message)}」）：${summary.join(' | ')}`,
          `${by} changed the policies at ${localTime(e, commit.committer.at)} (${via.en}${merged.en}, "${subjectOf(commit.message)}"): ${summary.join(' | ')}`,
        ),
        commands: [
          showCommit(sha),
          commit.parents.length ? diffOf(sha, [...paths]) : `git show ${short(sha)}`,
        ],
        data: {
          author: commit.author,
          committer: commit.committer,
          written_by: [...new Set(writers)],
          pr: l.kind === 'pull-request' ? l.pr : null,
          files,
        },
      }),
    );
  }
  return out;
}
