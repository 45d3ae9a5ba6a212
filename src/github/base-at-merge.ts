/**
 * Where a merged pull request landed, read from the local checkout of the content branch: the commit it was merged
 * onto (the base at merge), the policies and CODEOWNERS there, and whether a commit came in with it by a rebase
 * merge. The publish record judges the PR again under the rules of that base, not today's.
 */
import type { BasePolicies } from '../governance/pr-context.js';
import type { Git } from '../platform/git.js';
import { CODEOWNERS_PATHS } from './base-files.js';
import type { RepoClient } from './merged-pr-reads.js';

/** The pull request as far as finding its base goes: its number and how many commits it had. */
export interface MergedPull {
  number: number;
  commits?: number;
}

/**
 * The base at merge: the commit the PR was merged onto. For a merge or squash commit, its first parent. A rebase
 * merge puts the PR's N commits on the branch one after the other; when the last N first-parent commits carry
 * the PR's commit subjects in order, the base is the commit before them.
 */
export async function baseAtMerge(
  git: Git,
  { octokit, owner, repo }: RepoClient,
  mergeCommit: string,
  pr: MergedPull,
): Promise<string | undefined> {
  const parents = (await git.run(['log', '-1', '--format=%P', mergeCommit, '--'])).trim().split(' ');
  const first = parents[0] || undefined;
  const count = pr.commits ?? 1;
  if (parents.length > 1 || count <= 1 || !first) return first;
  const commits = await octokit.paginate(octokit.rest.pulls.listCommits, {
    owner,
    repo,
    pull_number: pr.number,
    per_page: 100,
  });
  if (commits.length !== count) return first;
  const log = await git.exec([
    'log',
    '--first-parent',
    `-${count + 1}`,
    '--format=%H%x00%s',
    mergeCommit,
    '--',
  ]);
  const chain = log.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\0') as [string, string]);
  const subject = (message: string) => message.split('\n')[0]?.trim() ?? '';
  const rebased =
    chain.length === count + 1 &&
    commits.every((c, i) => chain[count - 1 - i]?.[1]?.trim() === subject(c.commit.message));
  return rebased ? chain[count]![0] : first;
}

/** policies/wxgate.yml and the CODEOWNERS GitHub would use, at a commit of the local checkout. */
export async function policiesAt(git: Git, sha: string, policiesPath: string): Promise<BasePolicies> {
  const show = async (path: string): Promise<string | undefined> => {
    const r = await git.exec(['cat-file', 'blob', `${sha}:${path}`]);
    return r.code === 0 ? r.stdout : undefined;
  };
  const codeowners: Record<string, string> = {};
  for (const path of CODEOWNERS_PATHS) {
    const text = await show(path);
    if (text !== undefined) {
      codeowners[path] = text;
      break;
    }
  }
  return {
    wxgateYml: await show(`${policiesPath}/wxgate.yml`),
    wxgateYmlPath: `${policiesPath}/wxgate.yml@${sha.slice(0, 7)}`,
    codeowners,
  };
}

/**
 * A rebase merge put `commit` on the branch as one of the PR's commits: it is among the last `count`
 * first-parent commits ending at the PR's merge commit, which is itself on the checked-out branch.
 */
export async function rebasedInto(
  git: Git,
  commit: string,
  mergeCommit: string,
  count: number,
): Promise<boolean> {
  if ((await git.exec(['merge-base', '--is-ancestor', mergeCommit, 'HEAD'])).code !== 0) return false;
  const r = await git.exec([
    'log',
    '--first-parent',
    `-${Math.max(1, count)}`,
    '--format=%H',
    mergeCommit,
    '--',
  ]);
  return r.code === 0 && r.stdout.split('\n').includes(commit);
}
