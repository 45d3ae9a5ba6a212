import { articleDirOf, isGoverned, type Landing, landing } from '../branch.js';
import { sh, shortRef, showCommit } from '../commands.js';
import { subjectOf } from '../history.js';
import { inPeriod } from '../period.js';
import type { Anomaly } from '../types.js';
import { anomaly, localTime, type RuleContext, say } from './context.js';

function why(l: Landing): { zh: string; en: string; severity: 'error' | 'warning' } {
  if (l.kind === 'pull-request') {
    return {
      severity: 'warning',
      zh: `看起来是 PR #${l.pr} 的合并，但提交者不是 GitHub：它是在本地合并后推送的（需要绕过分支保护）`,
      en: `it reads as the merge of PR #${l.pr}, but GitHub did not write it: merged on a machine and pushed (a branch-protection bypass)`,
    };
  }
  if (l.reason === 'one-parent-merge-message') {
    return {
      severity: 'error',
      zh: '提交说明写着“Merge pull request”，却只有一个父提交：不是 GitHub 的合并提交',
      en: 'its message says "Merge pull request" but it has one parent: not a merge GitHub wrote',
    };
  }
  if (l.byGitHub) {
    return {
      severity: 'warning',
      zh: '由 GitHub 写入但没有 PR 编号：是变基合并（rebase merge），或在网页上直接编辑了分支，仅凭 git 无法区分',
      en: 'GitHub wrote it without a PR number: a rebase merge, or an edit made on the branch in the web editor; git alone cannot tell which',
    };
  }
  return {
    severity: 'error',
    zh:
      l.reason === 'root'
        ? '仓库的第一个提交，不经过 PR'
        : '没有 PR 的合并或压缩提交的痕迹：直接推送（或管理员绕过）',
    en:
      l.reason === 'root'
        ? 'the first commit of the repository, which no PR brought'
        : 'no trace of a PR merge or squash: a direct push (or an admin bypass)',
  };
}

/**
 * (4) A commit on the content branch, in the period, that changed content/, the policies, .github/ or a
 * CODEOWNERS file without coming through a merged pull request, as far as git shows it: GitHub writes merge
 * commits with two parents and "Merge pull request #N from …", squash commits with "(#N)", and is their committer.
 * Limits (README): a rebase merge carries no PR number; an admin who merges through the button with failing checks
 * leaves the same commit as anyone; a person can forge a committer name — GitHub's signature is the proof, and
 * checking it needs GitHub's key.
 */
export function directPush(ctx: RuleContext): Anomaly[] {
  const { e } = ctx;
  const out: Anomaly[] = [];
  for (const sha of e.content.chain) {
    const commit = e.content.commits.get(sha)!;
    if (!inPeriod(e.period, Date.parse(commit.committer.at))) continue;
    const governed = commit.changes.map((c) => c.path).filter((p) => isGoverned(p, e.policiesDir));
    if (governed.length === 0) continue;
    const l = landing(commit);
    if (l.kind === 'pull-request' && l.byGitHub) continue;
    const accounts = new Set(governed.map((p) => (p.startsWith('content/') ? p.split('/')[1]! : null)));
    if (e.account !== undefined && !accounts.has(e.account) && !accounts.has(null)) continue;
    const dirs = new Set(governed.map(articleDirOf).filter(Boolean));
    const only = dirs.size === 1 && governed.every((p) => p.startsWith('content/')) ? [...dirs][0]! : null;
    const w = why(l);
    const shown = governed.slice(0, 5).join(', ') + (governed.length > 5 ? ` (+${governed.length - 5})` : '');
    out.push(
      anomaly('direct-push', {
        severity: w.severity,
        article: only ? `${only}/index.md` : null,
        account: only ? only.split('/')[1]! : null,
        commits: [sha],
        detail: say(
          `${localTime(e, commit.committer.at)} ${commit.author.name} <${commit.author.email}> 的提交「${subjectOf(commit.message)}」修改了 ${shown}：${w.zh}。`,
          `commit "${subjectOf(commit.message)}" by ${commit.author.name} <${commit.author.email}> at ${localTime(e, commit.committer.at)} changed ${shown}: ${w.en}`,
        ),
        commands: [
          showCommit(sha),
          `git log --first-parent --format=${sh('%h %p %cn %s')} -3 ${sha.slice(0, 12)}`,
        ],
        data: {
          author: commit.author,
          committer: commit.committer,
          parents: commit.parents,
          paths: governed,
          landing: l,
          branch: shortRef(e.content.ref),
        },
      }),
    );
  }
  return out;
}
