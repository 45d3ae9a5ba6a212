import type { Git } from '../platform/git.js';
import { type Approval, isoIn, type Provenance } from './record.js';

/** What the publish record says about the pull request that brought an article in. */
export interface PullRequestInfo {
  number: number | null;
  title: string | null;
  source: 'git' | 'github';
  approvals: Approval[] | 'unknown';
  approvalsSource: string;
  /** PR creation time (the submission time, DESIGN §2.2), epoch ms; null when not known from this source. */
  createdAt: number | null;
  /** For urgent articles: who approved as general manager, and the report link (DESIGN §2.3). */
  gmApprover: string | null;
  report: string | null;
}

/**
 * The narrow port the publisher needs from GitHub: the pull request behind a merge commit. The GitHub adapter
 * (issue 3) answers with reviews, teams and times from the API; until it is wired in, `GitPullRequestSource`
 * answers from git alone and says so in every record.
 */
export interface PullRequestSource {
  forMergeCommit(sha: string): Promise<PullRequestInfo>;
}

const GIT_ONLY_APPROVALS =
  'unknown: reviews live in GitHub, not in git; this record was written with the git-only PR source';

/**
 * PR facts from commit messages only (github-governance.md §7.1): a merge commit says
 * `Merge pull request #N from owner/branch` with the PR title as its body; a squash commit's subject ends in
 * `(#N)`. Approvals, the PR's creation time and the GM's approval are not in git: recorded as unknown.
 */
export class GitPullRequestSource implements PullRequestSource {
  constructor(private readonly git: Git) {}

  async forMergeCommit(sha: string): Promise<PullRequestInfo> {
    const message = await this.git.run(['log', '-1', '--format=%B', sha, '--']);
    const [subject = '', ...rest] = message.split('\n');
    const body = rest.join('\n').trim();
    let number: number | null = null;
    let title: string | null = null;
    const merge = /^Merge pull request #(\d+) from \S+/.exec(subject);
    const squash = /^(.*?)\s*\(#(\d+)\)\s*$/.exec(subject);
    if (merge) {
      number = Number(merge[1]);
      title = body.split('\n')[0]?.trim() || null;
    } else if (squash) {
      number = Number(squash[2]);
      title = squash[1]?.trim() || null;
    }
    return {
      number,
      title,
      source: 'git',
      approvals: 'unknown',
      approvalsSource: GIT_ONLY_APPROVALS,
      createdAt: null,
      gmApprover: null,
      report: null,
    };
  }
}

interface CommitInfo {
  sha: string;
  name: string;
  email: string;
  at: string;
  subject: string;
}

async function commitTouching(git: Git, args: string[], path: string): Promise<CommitInfo | undefined> {
  const out = await git.exec([
    'log',
    '-1',
    '--format=%H%x00%an%x00%ae%x00%aI%x00%s',
    ...args,
    'HEAD',
    '--',
    path,
  ]);
  if (out.code !== 0 || !out.stdout.trim()) return undefined;
  const [sha, name, email, at, subject] = out.stdout.trim().split('\0');
  return sha
    ? { sha, name: name ?? '', email: email ?? '', at: at ?? '', subject: subject ?? '' }
    : undefined;
}

/**
 * Who and what brought an article to the content branch: the last commit that changed its folder, the
 * first-parent (merge or squash) commit that did, its pull request, and the submission time. Needs the history
 * (`fetch-depth: 0` in actions/checkout); in a shallow clone the facts that are missing are recorded as unknown.
 */
export async function articleProvenance(
  git: Git,
  articleDir: string,
  publishAt: number,
  prs: PullRequestSource,
  timeZone: string,
): Promise<Provenance> {
  const last = await commitTouching(git, [], articleDir);
  const merge = await commitTouching(git, ['--first-parent'], articleDir);
  const pr = merge ? await prs.forMergeCommit(merge.sha) : undefined;
  let submittedAt: number | null = pr?.createdAt ?? null;
  let submittedSource = 'pull request creation time (GitHub)';
  if (submittedAt === null) {
    const added = await git.exec([
      'log',
      '--diff-filter=A',
      '--format=%aI',
      'HEAD',
      '--',
      `${articleDir}/index.md`,
    ]);
    const first = added.stdout.trim().split('\n').filter(Boolean).pop();
    submittedAt = first ? Date.parse(first) : null;
    submittedSource = first
      ? 'author date of the commit that added the article (the PR creation time needs the GitHub adapter)'
      : 'unknown: no history (shallow clone?)';
  }
  return {
    article_commit: last?.sha ?? null,
    merge_commit: merge?.sha ?? null,
    pr: pr?.number ?? null,
    pr_title: pr?.title ?? null,
    pr_source: pr?.source ?? 'git',
    author: last ? { name: last.name, email: last.email } : null,
    submitted_at: submittedAt === null ? null : isoIn(submittedAt, timeZone),
    submitted_at_source: submittedSource,
    lead_time_hours:
      submittedAt === null ? null : Math.round(((publishAt - submittedAt) / 3_600_000) * 10) / 10,
    approvals: pr?.approvals ?? 'unknown',
    approvals_source: pr?.approvalsSource ?? GIT_ONLY_APPROVALS,
  };
}

/** The commit that set `status: withdrawn` in an article (for "who and why" of a merged withdrawal). */
export async function withdrawalCommit(
  git: Git,
  articlePath: string,
  prs: PullRequestSource,
): Promise<{ sha: string; by: string; at: string; subject: string; pr: number | null } | undefined> {
  const commit =
    (await commitTouching(git, ['-G', '^status:[[:space:]]*withdrawn'], articlePath)) ??
    (await commitTouching(git, [], articlePath));
  if (!commit) return undefined;
  const merge = await commitTouching(git, ['--first-parent'], articlePath);
  const pr = merge ? await prs.forMergeCommit(merge.sha) : undefined;
  return {
    sha: commit.sha,
    by: `${commit.name} <${commit.email}>`,
    at: commit.at,
    subject: pr?.title ?? commit.subject,
    pr: pr?.number ?? null,
  };
}
