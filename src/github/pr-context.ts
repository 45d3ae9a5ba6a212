/**
 * Builds a PRContext from the REST API. Everything about the PR head is read as DATA: nothing is checked out,
 * nothing from the PR is executed.
 *
 * Everything is read at ONE head SHA, the one the first read of the PR gives, even while the author pushes:
 * - the PR's file list (the files endpoint always describes the head of the moment) is checked against that
 *   commit's tree: as many files as the PR had at that SHA, each listed blob the one at its path in that commit,
 *   each removed path absent from it. A list of any other head fails the check;
 * - file bytes come from the git blob API by those blob SHAs, folder listings from that commit's trees;
 * - the commit list must end at that SHA; labels come with it, in the same answer;
 * - reviews name the commit they were given on, and only those on the SHA (or older ones whose later commits
 *   left the content alone) count.
 * A list that belongs to another head throws HeadMovedError: the caller reads again, and never posts a verdict on
 * a commit it did not read.
 */
import { IMAGE_HEAD_BYTES, type ImageFacts, readImageFacts } from '../article/image-header.js';
import {
  type FileStatus,
  isArticlePath,
  type PRCommit,
  type PRContext,
  type PRFile,
  type PRReview,
  type ReviewState,
  type TeamLookup,
} from '../governance/pr-context.js';
import { MAX_ASSET_BYTES } from '../platform/files.js';
import { type GitHubClient, httpStatus } from './client.js';
import { lookupTeam } from './team-lookup.js';
import { CommitTree, readBlob } from './tree.js';

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

/** GitHub answered for another head than the one the read began with: the PR was pushed to meanwhile. */
export class HeadMovedError extends Error {
  override name = 'HeadMovedError';
  /** The head SHA the read began with. */
  readonly from: string;
  /** The base SHA the PR reported with it. */
  readonly baseSha: string;
  constructor(read: ReadAt, what: string) {
    super(`the head of the pull request moved from ${read.head.slice(0, 7)} while it was read: ${what}`);
    this.from = read.head;
    this.baseSha = read.base;
  }
}

/** The head and base SHAs of the PR's first read in a run: everything else is read at that head. */
interface ReadAt {
  head: string;
  base: string;
}

/** The file list as the files endpoint gives it. */
interface ListedFile {
  filename: string;
  status: string;
  sha?: string | null;
  previous_filename?: string;
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
  if (pr.changed_files > MAX_PR_FILES || rawFiles.length > MAX_PR_FILES) {
    throw new IncompletePullRequestError(
      `the pull request changes ${pr.changed_files} files; GitHub lists only the first ${MAX_PR_FILES}, so it cannot be judged. Split it into smaller pull requests.`,
    );
  }
  const at: ReadAt = { head: headSha, base: pr.base.sha };
  const head = new CommitTree(octokit, owner, repo, headSha);
  const blobs = await filesAt(head, at, rawFiles, pr.changed_files);

  const files: PRFile[] = await Promise.all(
    rawFiles.map(async (f): Promise<PRFile> => {
      const file: PRFile = { path: f.filename, status: f.status as FileStatus };
      if (f.previous_filename) file.previousPath = f.previous_filename;
      const blob = blobs.get(f.filename);
      if (blob && isArticlePath(f.filename)) {
        file.content = await readBlob(octokit, owner, repo, blob);
        file.siblings = await head.fileNames(folderOf(f.filename));
        file.images = await imagesBeside(octokit, owner, repo, head, folderOf(f.filename));
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

  const commits = await loadCommits(octokit, owner, repo, number, pr.commits, at);

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

function folderOf(path: string): string {
  return path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
}

/**
 * Checks the file list against the head commit and returns the blob SHA at head of every listed file that is
 * there. The list is that commit's only if it has the commit's number of changed files, every listed file is the
 * blob the commit has at its path, and every removed one is absent from it; anything else is the list of a later
 * push (or an earlier one), and the read starts over.
 */
async function filesAt(
  head: CommitTree,
  at: ReadAt,
  listed: readonly ListedFile[],
  changedFiles: number,
): Promise<Map<string, string>> {
  if (listed.length !== changedFiles) {
    throw new HeadMovedError(
      at,
      `GitHub listed ${listed.length} changed files, the PR had ${changedFiles} at ${head.commit.slice(0, 7)}`,
    );
  }
  const blobs = new Map<string, string>();
  await Promise.all(
    listed.map(async (f) => {
      const entry = await head.entry(f.filename);
      if (f.status === 'removed') {
        if (entry) throw new HeadMovedError(at, `${f.filename} is listed as removed but is there`);
        return;
      }
      if (!entry?.sha || (f.sha && entry.sha !== f.sha)) {
        throw new HeadMovedError(
          at,
          `${f.filename} is listed as ${f.sha?.slice(0, 7) ?? 'changed'} but is ${entry?.sha?.slice(0, 7) ?? 'absent'} at ${head.commit.slice(0, 7)}`,
        );
      }
      if (entry.type === 'blob') blobs.set(f.filename, entry.sha);
    }),
  );
  return blobs;
}

/**
 * What the files beside an article really are, from their bytes at head (as `wxgate check` reads them from disk),
 * so an image WeChat would refuse fails the pull request, not the publisher. A file larger than WeChat takes for
 * any image is not downloaded and not judged here.
 */
async function imagesBeside(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  head: CommitTree,
  dir: string,
): Promise<Map<string, ImageFacts>> {
  const names = new Set(await head.fileNames(dir));
  const entries = ((await head.folder(dir)) ?? []).filter(
    (e) => e.path && names.has(e.path) && e.sha && !e.path.toLowerCase().endsWith('.md'),
  );
  const facts = new Map<string, ImageFacts>();
  await Promise.all(
    entries.map(async (e) => {
      if ((e.size ?? 0) > MAX_ASSET_BYTES) return;
      const bytes = await readBlob(octokit, owner, repo, e.sha!);
      facts.set(e.path!, readImageFacts(bytes.subarray(0, IMAGE_HEAD_BYTES), bytes.length));
    }),
  );
  return facts;
}

/**
 * The PR's commits, oldest first, each with its changed paths. `undefined` (approvals then count only on the
 * current head) when GitHub cannot list them all. The list must end at the head SHA the read began with.
 */
async function loadCommits(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  number: number,
  total: number,
  at: ReadAt,
): Promise<PRCommit[] | undefined> {
  if (total > MAX_PR_COMMITS) return undefined;
  const list = await octokit.paginate(octokit.rest.pulls.listCommits, {
    owner,
    repo,
    pull_number: number,
    per_page: 100,
  });
  if (list.length > 0 && list.at(-1)!.sha !== at.head) {
    throw new HeadMovedError(at, `the PR's commits now end at ${list.at(-1)!.sha.slice(0, 7)}`);
  }
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
