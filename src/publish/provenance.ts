import type { CheckStatus } from '../governance/pr-context.js';
import type { Git } from '../platform/git.js';
import { isoIn } from '../platform/time.js';
import type { Approval, Provenance } from './record.js';

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
  /** What only the GitHub API knows (the GitHub source); absent when the facts come from git alone. */
  github?: GitHubPullRequestFacts;
}

/** One requirement of the approvals check at merge time, with the approvals that satisfied it. */
export interface RequirementAtMerge {
  /** `.github/CODEOWNERS:2`, `policy:approvals.rules[0](department=市场部)`, `policy:urgent`, `policy:admin`. */
  source: string;
  files: string[];
  owners: string[];
  status: CheckStatus;
  approvals: Approval[];
}

/** One article of the schedule check at merge time. */
export interface ScheduleAtMerge {
  path: string;
  leadTimeHours: number | null;
  requiredHours: number;
  urgent: boolean;
  status: CheckStatus;
}

export interface GitHubPullRequestFacts {
  url: string;
  /** Login of the PR author. */
  author: string;
  mergedAt: number | null;
  mergedBy: string | null;
  /** The PR head at merge: the commit the checks ran on. */
  headSha: string;
  /** How the pull request was found for the merge commit. */
  foundBy: string;
  /** The commit whose policies and CODEOWNERS judged the approvals: the base at merge (the merge commit's first
   * parent). */
  rulesCommit: string | null;
  /** The approvals check as wxgate's evaluator gives it at merge time; null when it could not be evaluated. */
  approvalsCheck: {
    status: CheckStatus;
    required: RequirementAtMerge[];
    ignored: { user: string; why: string }[];
  } | null;
  /** Team lookups that failed (the approvals depending on them did not count), as `team`, `result`. */
  teamLookups: { team: string; result: string }[];
  schedule: ScheduleAtMerge[];
  /** The `wxgate / …` check runs on the PR head: conclusion, `missing`, or why they could not be read. */
  checkRuns: Record<string, string>;
  /** The PR took the urgent path (the schedule check at merge time). */
  urgent: boolean;
  /** What could not be read from GitHub, one line each. */
  unreadable: string[];
}

/**
 * The narrow port the publisher needs from GitHub: the pull request behind a merge commit. The GitHub adapter
 * (src/github/pull-request-source.ts) answers with reviews, teams, check runs and times from the API;
 * `GitPullRequestSource` answers from git alone and says so in every record.
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
 * Hours from submission to publish_at. Negative when the article was submitted after the time it names (a pull
 * request opened, or the article added, after publish_at); the record says so, so a reader of the ledger does not
 * take the sign for an error.
 */
export function leadTimeOf(
  submittedAt: number | null,
  publishAt: number,
): Pick<Provenance, 'lead_time_hours' | 'lead_time_note'> {
  if (submittedAt === null) return { lead_time_hours: null };
  const hours = Math.round(((publishAt - submittedAt) / 3_600_000) * 10) / 10;
  return hours < 0
    ? { lead_time_hours: hours, lead_time_note: NEGATIVE_LEAD_TIME }
    : { lead_time_hours: hours };
}

export const NEGATIVE_LEAD_TIME =
  'negative: submitted after its publish_at (the pull request, or the commit adding the article, came later than the time it names)';

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
): Promise<RecordedProvenance> {
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
  const github = pr?.github ? forArticle(pr.github, pr, articleDir, timeZone) : undefined;
  return {
    article_commit: last?.sha ?? null,
    merge_commit: merge?.sha ?? null,
    pr: pr?.number ?? null,
    pr_title: pr?.title ?? null,
    pr_source: pr?.source ?? 'git',
    author: last ? { name: last.name, email: last.email } : null,
    submitted_at: submittedAt === null ? null : isoIn(submittedAt, timeZone),
    submitted_at_source: submittedSource,
    ...leadTimeOf(submittedAt, publishAt),
    approvals: github && pr?.approvals !== 'unknown' ? github.approvals : (pr?.approvals ?? 'unknown'),
    approvals_source: pr?.approvalsSource ?? GIT_ONLY_APPROVALS,
    ...(github ? { github: github.block } : {}),
  };
}

/**
 * The `provenance.github` block of a publish record (snake_case, as the rest of the record): what GitHub says
 * about the pull request, narrowed to this article where the check judged per file.
 */
export interface GitHubProvenance {
  url: string;
  /** Login of the PR author (`provenance.author` is the git author of the article's last commit). */
  author: string;
  merged_at: string | null;
  merged_by: string | null;
  /** The PR head the checks ran on. */
  head_commit: string;
  found_by: string;
  /** The commit whose policies/ and CODEOWNERS judged the approvals (the base at merge). */
  rules_commit: string | null;
  /** The approvals check at merge time, as wxgate's evaluator gives it; null when it could not be evaluated. */
  approvals_check: CheckStatus | null;
  /** The requirements that cover this article (all of the PR's when none names its files). */
  required: { source: string; owners: string[]; satisfied_by: string[]; status: CheckStatus }[];
  ignored: { user: string; why: string }[];
  team_lookups: { team: string; result: string }[];
  /** The schedule check for this article at merge time; null when the PR did not change index.md. */
  schedule: {
    lead_time_hours: number | null;
    required_hours: number;
    urgent: boolean;
    status: CheckStatus;
  } | null;
  check_runs: Record<string, string>;
  urgent: { gm_approver: string | null; report: string | null } | null;
  unreadable: string[];
}

/** A record's provenance with the GitHub facts, when the GitHub source gave them. */
export interface RecordedProvenance extends Provenance {
  github?: GitHubProvenance;
}

function forArticle(
  facts: GitHubPullRequestFacts,
  pr: PullRequestInfo,
  articleDir: string,
  timeZone: string,
): { block: GitHubProvenance; approvals: Approval[] } {
  const inArticle = (file: string) => file.startsWith(`${articleDir}/`);
  const all = facts.approvalsCheck?.required ?? [];
  const mine = all.filter((r) => r.files.some(inArticle));
  const relevant = mine.length > 0 ? mine : all;
  const approvals: Approval[] = [];
  for (const a of relevant.flatMap((r) => r.approvals)) {
    if (!approvals.some((b) => b.user === a.user && b.team === a.team)) approvals.push(a);
  }
  const schedule = facts.schedule.find((s) => s.path === `${articleDir}/index.md`);
  const at = (ms: number | null) => (ms === null ? null : isoIn(ms, timeZone));
  return {
    approvals,
    block: {
      url: facts.url,
      author: facts.author,
      merged_at: at(facts.mergedAt),
      merged_by: facts.mergedBy,
      head_commit: facts.headSha,
      found_by: facts.foundBy,
      rules_commit: facts.rulesCommit,
      approvals_check: facts.approvalsCheck?.status ?? null,
      required: relevant.map((r) => ({
        source: r.source,
        owners: r.owners,
        satisfied_by: r.approvals.map((a) => a.user).filter((u, i, list) => list.indexOf(u) === i),
        status: r.status,
      })),
      ignored: facts.approvalsCheck?.ignored ?? [],
      team_lookups: facts.teamLookups,
      schedule: schedule
        ? {
            lead_time_hours: schedule.leadTimeHours,
            required_hours: schedule.requiredHours,
            urgent: schedule.urgent,
            status: schedule.status,
          }
        : null,
      check_runs: facts.checkRuns,
      urgent: (schedule?.urgent ?? facts.urgent) ? { gm_approver: pr.gmApprover, report: pr.report } : null,
      unreadable: facts.unreadable,
    },
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
