/**
 * Builds a PRContext from the REST API. Everything about the PR head is read as DATA: file bytes come from the
 * git blob API (by the blob SHA the files endpoint reports for the head), folder listings from the contents API at
 * the head SHA. Nothing is checked out, nothing from the PR is executed.
 */
import {
  type FileStatus,
  isArticlePath,
  type PRCommit,
  type PRContext,
  type PRFile,
  type PRReview,
  type ReviewState,
  type TeamLookup,
} from '../policy/pr-context.js';
import { describeError, type GitHubClient, httpStatus } from './client.js';

export interface PullRef {
  owner: string;
  repo: string;
  number: number;
}

/** GitHub lists at most this many files of a PR (`GET /pulls/{n}/files`). */
export const MAX_PR_FILES = 3000;
/** GitHub lists at most this many commits of a PR (`GET /pulls/{n}/commits`). */
export const MAX_PR_COMMITS = 250;

/** The PR is larger than the API will describe: it cannot be judged, so it fails closed. */
export class IncompletePullRequestError extends Error {
  override name = 'IncompletePullRequestError';
}

export interface LoadedPullRequest {
  context: PRContext;
  /** Facts the verdict does not need but the reports do. */
  info: {
    title: string;
    htmlUrl: string;
    baseRef: string;
    /** The base branch tip the PR was opened against, as the PR reports it. */
    baseSha: string;
    headRepo: string | undefined;
    state: string;
  };
}

export interface LoadOptions {
  /** Token for team lookups (organisation "Members: read" / `read:org`); the repository client otherwise. */
  teams?: GitHubClient;
}

export async function loadPRContext(
  octokit: GitHubClient,
  ref: PullRef,
  evaluatedAt: number,
  options: LoadOptions = {},
): Promise<LoadedPullRequest> {
  const { owner, repo, number } = ref;
  const { data: pr } = await octokit.rest.pulls.get({ owner, repo, pull_number: number });
  const headSha = pr.head.sha;

  const rawFiles = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner,
    repo,
    pull_number: number,
    per_page: 100,
  });
  if (pr.changed_files > rawFiles.length || rawFiles.length > MAX_PR_FILES) {
    throw new IncompletePullRequestError(
      `the pull request changes ${pr.changed_files} files; GitHub lists only the first ${MAX_PR_FILES}, so it cannot be judged. Split it into smaller pull requests.`,
    );
  }

  const folders = new Map<string, Promise<string[]>>();
  const siblingsOf = (path: string) => {
    const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    let listing = folders.get(dir);
    if (!listing) {
      listing = listFolder(octokit, owner, repo, dir, headSha);
      folders.set(dir, listing);
    }
    return listing;
  };

  const files: PRFile[] = await Promise.all(
    rawFiles.map(async (f): Promise<PRFile> => {
      const file: PRFile = { path: f.filename, status: f.status as FileStatus };
      if (f.previous_filename) file.previousPath = f.previous_filename;
      if (f.status !== 'removed' && isArticlePath(f.filename)) {
        file.content = await readHeadFile(octokit, owner, repo, f.filename, f.sha ?? undefined, headSha);
        file.siblings = await siblingsOf(f.filename);
      }
      return file;
    }),
  );

  const rawReviews = await octokit.paginate(octokit.rest.pulls.listReviews, {
    owner,
    repo,
    pull_number: number,
    per_page: 100,
  });
  const reviews: PRReview[] = [];
  for (const r of rawReviews) {
    // PENDING reviews are unsubmitted drafts; a deleted account has no user.
    if (!r.user || !r.submitted_at || !isDecisiveOrComment(r.state)) continue;
    reviews.push({
      id: r.id,
      user: r.user.login,
      state: r.state,
      commitId: r.commit_id ?? '',
      submittedAt: Date.parse(r.submitted_at),
    });
  }
  reviews.sort((a, b) => a.submittedAt - b.submittedAt);

  const commits = await loadCommits(octokit, owner, repo, number, pr.commits);

  const candidates = [pr.user?.login ?? '', ...reviews.map((r) => r.user)].filter(Boolean);
  const teams = options.teams ?? octokit;
  const lookups = new Map<string, Promise<TeamLookup>>();
  const members = (team: string) => {
    const name = team.replace(/^@/, '');
    const key = name.toLowerCase();
    let lookup = lookups.get(key);
    if (!lookup) {
      lookup = lookupTeam(teams, name, candidates);
      lookups.set(key, lookup);
    }
    return lookup;
  };

  const context: PRContext = {
    evaluatedAt,
    number: pr.number,
    author: pr.user?.login ?? '',
    createdAt: Date.parse(pr.created_at),
    draft: Boolean(pr.draft),
    labels: pr.labels.map((l) => l.name).filter((n): n is string => typeof n === 'string'),
    headSha,
    base: { ref: pr.base.ref, sha: pr.base.sha },
    files,
    reviews,
    ...(commits ? { commits } : {}),
    members,
  };
  return {
    context,
    info: {
      title: pr.title,
      htmlUrl: pr.html_url,
      baseRef: pr.base.ref,
      baseSha: pr.base.sha,
      headRepo: pr.head.repo?.full_name,
      state: pr.state,
    },
  };
}

function isDecisiveOrComment(state: string): state is ReviewState {
  return (
    state === 'APPROVED' || state === 'CHANGES_REQUESTED' || state === 'COMMENTED' || state === 'DISMISSED'
  );
}

/** A file's bytes at head: the blob the files endpoint names, else the contents API at the head SHA. */
async function readHeadFile(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  path: string,
  blobSha: string | undefined,
  headSha: string,
): Promise<Uint8Array> {
  if (blobSha) {
    const { data } = await octokit.rest.git.getBlob({ owner, repo, file_sha: blobSha });
    return decodeBlob(data.content, data.encoding);
  }
  const { data } = await octokit.rest.repos.getContent({ owner, repo, path, ref: headSha });
  if (Array.isArray(data) || data.type !== 'file') throw new Error(`${path} at ${headSha} is not a file`);
  return decodeBlob(data.content, data.encoding);
}

export function decodeBlob(content: string, encoding: string): Uint8Array {
  if (encoding === 'base64') return new Uint8Array(Buffer.from(content, 'base64'));
  return new Uint8Array(Buffer.from(content, 'utf8'));
}

/** Names of the files in a folder at head (a missing folder has none). */
async function listFolder(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  dir: string,
  headSha: string,
): Promise<string[]> {
  try {
    const { data } = await octokit.rest.repos.getContent({ owner, repo, path: dir, ref: headSha });
    return Array.isArray(data) ? data.filter((e) => e.type === 'file').map((e) => e.name) : [];
  } catch (error) {
    if (httpStatus(error) === 404) return [];
    throw error;
  }
}

/**
 * The PR's commits, oldest first, each with its changed paths. `undefined` (approvals then count only on the
 * current head) when GitHub cannot list them all.
 */
async function loadCommits(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  number: number,
  total: number,
): Promise<PRCommit[] | undefined> {
  if (total > MAX_PR_COMMITS) return undefined;
  const list = await octokit.paginate(octokit.rest.pulls.listCommits, {
    owner,
    repo,
    pull_number: number,
    per_page: 100,
  });
  if (list.length < total) return undefined;
  const commits = await Promise.all(
    list.map(async (c): Promise<PRCommit> => {
      const paths: string[] = [];
      for (let page = 1; page <= MAX_PR_FILES / 100; page++) {
        const response = await octokit.rest.repos.getCommit({ owner, repo, ref: c.sha, per_page: 100, page });
        for (const f of response.data.files ?? []) {
          paths.push(f.filename);
          if (f.previous_filename) paths.push(f.previous_filename);
        }
        if (!/rel="next"/.test(response.headers.link ?? '')) break;
      }
      const suites = await firstCheckSuite(octokit, owner, repo, c.sha);
      return { sha: c.sha, files: paths, ...(suites === undefined ? {} : { pushedAt: suites }) };
    }),
  );
  // Only the head of a push gets check suites; a commit pushed together with later ones reached GitHub no later
  // than the first suite of any later commit. So each commit's time is the earliest suite at or after it: never
  // earlier than the real receipt, which is the safe direction for a lead time.
  let earliest: number | undefined;
  for (let i = commits.length - 1; i >= 0; i--) {
    const c = commits[i]!;
    if (c.pushedAt !== undefined)
      earliest = earliest === undefined ? c.pushedAt : Math.min(earliest, c.pushedAt);
    if (earliest === undefined) delete c.pushedAt;
    else c.pushedAt = earliest;
  }
  return commits;
}

/**
 * When GitHub first saw a commit, on GitHub's clock: the `created_at` of the earliest check suite on it (suites
 * are created by GitHub when the push arrives). Commit dates are not used: their author writes them. Undefined
 * when there is none or the token may not read checks.
 */
async function firstCheckSuite(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  sha: string,
): Promise<number | undefined> {
  try {
    const { data } = await octokit.rest.checks.listSuitesForRef({ owner, repo, ref: sha, per_page: 100 });
    const times = data.check_suites
      .map((s) => Date.parse(s.created_at ?? ''))
      .filter((t) => Number.isFinite(t));
    return times.length > 0 ? Math.min(...times) : undefined;
  } catch (error) {
    const status = httpStatus(error);
    if (status === 403 || status === 404) return undefined;
    throw error;
  }
}

/**
 * Active members of `org/slug` among the logins the evaluator can ask about (the PR author and its reviewers).
 *
 * GitHub answers 404 both for "no such team" and for "this token may not see the team", and the membership
 * endpoint answers 404 for "not a member" too. So the team itself is read first: if that fails, nothing can be
 * concluded and the lookup fails closed, naming the missing permission. Only once the team is visible does a 404
 * on `GET /orgs/{org}/teams/{slug}/memberships/{user}` mean "not a member". A pending invitation is not membership.
 */
export async function lookupTeam(
  octokit: GitHubClient,
  team: string,
  candidates: readonly string[],
): Promise<TeamLookup> {
  const [org, slug, ...rest] = team.split('/');
  if (!org || !slug || rest.length > 0) {
    return { ok: false, reason: 'error', detail: `"${team}" is not a team (expected org/team-slug)` };
  }
  const cannot = (error: unknown): TeamLookup => {
    const status = httpStatus(error);
    if (status === 404) {
      return {
        ok: false,
        reason: 'not-found',
        detail: `team @${org}/${slug} does not exist or the token cannot see it (GitHub answers 404 for both); the team token needs organisation permission "Members: read" (GitHub App) or read:org (PAT)`,
      };
    }
    if (status === 401 || status === 403) {
      return {
        ok: false,
        reason: 'forbidden',
        detail: `reading team @${org}/${slug} was refused (${describeError(error)}); the team token needs organisation permission "Members: read" (GitHub App) or read:org (PAT)`,
      };
    }
    return {
      ok: false,
      reason: 'error',
      detail: `reading team @${org}/${slug} failed: ${describeError(error)}`,
    };
  };
  try {
    await octokit.rest.teams.getByName({ org, team_slug: slug });
  } catch (error) {
    return cannot(error);
  }
  const members: string[] = [];
  const distinct = new Map(candidates.map((c) => [c.toLowerCase(), c]));
  for (const username of distinct.values()) {
    try {
      const { data } = await octokit.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username });
      if (data.state === 'active') members.push(username);
    } catch (error) {
      if (httpStatus(error) === 404) continue;
      return cannot(error);
    }
  }
  return { ok: true, members };
}
