/**
 * Posts that must exist once and be kept up to date: the sticky PR comment and the urgent report to the general
 * manager (an issue, or a comment on the PR that mentions the team). Each carries a hidden marker as its FIRST
 * line and is found again by it, among the posts of wxgate's own account only:
 * - written by a Bot whose login is the one this run posts as (a person who pastes the marker into their comment,
 *   which they could later edit to say "all passed", or another app, is never mistaken for wxgate);
 * - the marker is the whole first line. Authors' text inside a body is escaped and never starts a line, so a
 *   marker typed into an urgent reason (PR 7 naming PR 3's report) can never be where the match looks.
 */

import { truncate } from './check-runs.js';
import type { GitHubClient } from './client.js';

/** The account the workflow's own token posts as. */
export const ACTIONS_BOT = 'github-actions[bot]';

/** GitHub cuts comment and issue bodies near 65,536 characters; stay well below. */
export const MAX_BODY_CHARS = 60000;

export interface Upserted {
  id: number;
  number?: number;
  url: string;
  action: 'created' | 'updated' | 'unchanged';
}

interface Authored {
  user?: { type?: string | undefined; login?: string | undefined } | null;
  body?: string | null | undefined;
}

/** Written by `author` (a bot), with `marker` as the whole first line of the body. */
export function isOwnPost(item: Authored, author: string, marker: string): boolean {
  const firstLine = (item.body ?? '').split('\n', 1)[0]!.replace(/\r$/, '');
  return (
    item.user?.type === 'Bot' &&
    (item.user.login ?? '').toLowerCase() === author.toLowerCase() &&
    firstLine === marker
  );
}

/**
 * The login the token posts as: `github-actions[bot]` for the workflow's token, `<app-slug>[bot]` for an App's.
 * Asked through GraphQL `viewer`, which answers installation tokens (REST `GET /user` refuses them).
 */
export async function postingLogin(octokit: GitHubClient): Promise<string> {
  const { viewer } = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
  if (!viewer?.login) throw new Error('GitHub did not say which account the token posts as (GraphQL viewer)');
  return viewer.login;
}

/**
 * One comment on the PR carrying `marker`, written by `author` (the account this run posts as): created once,
 * then edited in place; stray duplicates of our own are deleted.
 */
export async function upsertIssueComment(
  octokit: GitHubClient,
  target: { owner: string; repo: string; number: number },
  marker: string,
  body: string,
  author: string,
): Promise<Upserted> {
  const { owner, repo, number } = target;
  const text = withMarker(body, marker);
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: number,
    per_page: 100,
  });
  const mine = comments.filter((c) => isOwnPost(c, author, marker)).sort((a, b) => a.id - b.id);
  const [first, ...duplicates] = mine;
  // Two runs racing (before the workflow's concurrency group existed, or a re-run) may have left two: keep one.
  for (const d of duplicates) await octokit.rest.issues.deleteComment({ owner, repo, comment_id: d.id });
  if (!first) {
    const { data } = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: number,
      body: text,
    });
    return { id: data.id, url: data.html_url, action: 'created' };
  }
  if (first.body === text) return { id: first.id, url: first.html_url, action: 'unchanged' };
  const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: first.id, body: text });
  return { id: data.id, url: data.html_url, action: 'updated' };
}

/**
 * One issue carrying `marker`, found through its label (issues are listed by label, open and closed, so a report
 * the general manager closed is updated, not posted again). The label is created when missing.
 */
export async function upsertIssue(
  octokit: GitHubClient,
  target: { owner: string; repo: string },
  marker: string,
  issue: { title: string; body: string; label: string; labelDescription?: string },
  author: string,
): Promise<Upserted> {
  const { owner, repo } = target;
  const body = withMarker(issue.body, marker);
  await ensureLabel(octokit, owner, repo, issue.label, issue.labelDescription);
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
    owner,
    repo,
    labels: issue.label,
    state: 'all',
    per_page: 100,
  });
  const mine = issues
    .filter((i) => !i.pull_request && isOwnPost(i, author, marker))
    .sort((a, b) => a.number - b.number);
  const first = mine[0];
  if (!first) {
    const { data } = await octokit.rest.issues.create({
      owner,
      repo,
      title: issue.title,
      body,
      labels: [issue.label],
    });
    return { id: data.id, number: data.number, url: data.html_url, action: 'created' };
  }
  if (first.body === body && first.title === issue.title) {
    return { id: first.id, number: first.number, url: first.html_url, action: 'unchanged' };
  }
  const { data } = await octokit.rest.issues.update({
    owner,
    repo,
    issue_number: first.number,
    title: issue.title,
    body,
  });
  return { id: data.id, number: data.number, url: data.html_url, action: 'updated' };
}

async function ensureLabel(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  name: string,
  description = 'wxgate: 加急发布报告总经理 (urgent publication reported to the general manager)',
): Promise<void> {
  try {
    await octokit.rest.issues.getLabel({ owner, repo, name });
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
    await octokit.rest.issues.createLabel({
      owner,
      repo,
      name,
      color: 'b60205',
      description,
    });
  }
}

/** The marker goes first, where it is matched (and where truncating a long body never loses it). */
function withMarker(body: string, marker: string): string {
  const rest = body.startsWith(marker) ? body.slice(marker.length).trimStart() : body;
  return truncate(`${marker}\n${rest}`, MAX_BODY_CHARS);
}
