/**
 * What the publish record reads about a merged pull request besides its verdict: the latest `wxgate / …` check
 * runs on its head, the link of the urgent report the check posted, and each counted approval with the team it
 * counted for. GitHub reads only; failures are recorded, never thrown past the caller.
 */
import { parseOwner } from '../governance/codeowners.js';
import type { PRReview, TeamLookup, UrgentReport } from '../governance/pr-context.js';
import { isoIn } from '../platform/time.js';
import type { Approval } from '../publish/record.js';
import { describeError, type GitHubClient } from './client.js';
import { isOwnPost } from './comments.js';
import { CHECK_NAMES } from './render.js';

/** The repository and the client that reads it. */
export interface RepoClient {
  octokit: GitHubClient;
  owner: string;
  repo: string;
}

/** The latest run of each `wxgate / …` check on the PR head: its conclusion (or status while running). */
export async function latestCheckRuns(
  { octokit, owner, repo }: RepoClient,
  headSha: string,
  unreadable: string[],
): Promise<Record<string, string>> {
  const names = Object.values(CHECK_NAMES);
  try {
    const runs = await octokit.paginate(octokit.rest.checks.listForRef, {
      owner,
      repo,
      ref: headSha,
      filter: 'latest',
      per_page: 100,
    });
    const out: Record<string, string> = {};
    for (const name of names) {
      const latest = runs
        .filter((r) => r.name === name)
        .sort(
          (a, b) =>
            Date.parse(b.completed_at ?? b.started_at ?? '') -
              Date.parse(a.completed_at ?? a.started_at ?? '') || b.id - a.id,
        )[0];
      out[name] = latest ? (latest.conclusion ?? latest.status) : 'missing';
    }
    return out;
  } catch (error) {
    const why = describeError(error).split('\n')[0] ?? '';
    unreadable.push(`check runs: ${why}`);
    return Object.fromEntries(names.map((n) => [n, `unreadable (${why})`]));
  }
}

/**
 * The link of the urgent report the check posted: the issue (found through its label) or the PR comment written
 * by the checks' account whose first line is the report's marker — as the Action finds it to update it. Only
 * read here.
 */
export async function findUrgentReport(
  { octokit, owner, repo }: RepoClient,
  report: UrgentReport,
  number: number,
  label: string,
  author: string,
): Promise<string | undefined> {
  const ours = (item: Parameters<typeof isOwnPost>[0]) => isOwnPost(item, author, report.marker);
  if (report.target === 'issue') {
    const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
      owner,
      repo,
      labels: label,
      state: 'all',
      per_page: 100,
    });
    return issues.filter((i) => !i.pull_request && ours(i)).sort((a, b) => a.number - b.number)[0]?.html_url;
  }
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: number,
    per_page: 100,
  });
  return comments.filter((c) => ours(c)).sort((a, b) => a.id - b.id)[0]?.html_url;
}

/**
 * One counted approval: the reviewer's latest approval (the one the evaluator counted) and the owner it counted
 * for — the first of the requirement's owners the reviewer is (a listed user: no team), in the evaluator's order.
 */
export function approvalOf(
  user: string,
  owners: readonly string[],
  reviews: readonly PRReview[],
  lookups: ReadonlyMap<string, TeamLookup>,
  zone: string,
): Approval {
  const key = user.toLowerCase();
  const review = reviews.filter((r) => r.user.toLowerCase() === key && r.state === 'APPROVED').at(-1);
  let team: string | null = null;
  for (const text of owners) {
    const owner = parseOwner(text);
    if (owner?.kind === 'user' && owner.login.toLowerCase() === key) break;
    if (owner?.kind === 'team') {
      const lookup = [...lookups].find(([t]) => t.toLowerCase() === owner.team.toLowerCase())?.[1];
      if (lookup?.ok && lookup.members.some((m) => m.toLowerCase() === key)) {
        team = owner.team;
        break;
      }
    }
  }
  return {
    user,
    team,
    at: review ? isoIn(review.submittedAt, zone) : 'unknown',
    commit: review?.commitId ?? 'unknown',
  };
}
