/**
 * Check runs on the PR head: one per check name, created or updated by name. The Checks API takes at most 50
 * annotations per request and every update APPENDS annotations, so a run is written as one create (or update)
 * carrying the first 50 and as many updates as needed for the rest.
 *
 * Because annotations only ever accumulate, a check run that already carries annotations is never updated with a
 * new result: a new run with the same name is created instead (GitHub shows, and branch protection uses, the
 * latest run of a name). A run whose result is unchanged (same digest) is left alone, so a review event does not
 * re-post the compliance annotations.
 */
import { createHash } from 'node:crypto';
import { type GitHubClient, httpStatus } from './client.js';

export const ANNOTATIONS_PER_REQUEST = 50;
/** More annotations than this are summarised, not posted (20 requests). */
export const MAX_ANNOTATIONS = 1000;
/** `output.summary` and `output.text` are each limited to 65,535 characters. */
export const MAX_OUTPUT_CHARS = 65535;

export type CheckConclusion = 'success' | 'failure' | 'action_required';

export interface CheckAnnotation {
  path: string;
  startLine: number;
  endLine: number;
  startColumn?: number;
  endColumn?: number;
  level: 'failure' | 'warning' | 'notice';
  message: string;
  title?: string;
}

export interface CheckRunResult {
  name: string;
  conclusion: CheckConclusion;
  title: string;
  /** Markdown. */
  summary: string;
  /** Markdown, optional details below the summary. */
  text?: string;
  annotations: CheckAnnotation[];
  detailsUrl?: string;
}

export interface PublishedCheckRun {
  id: number;
  action: 'created' | 'updated' | 'unchanged';
  /** Annotation requests made (create/update calls that carried annotations). */
  annotationRequests: number;
}

const DIGEST_MARKER = /<!-- wxgate:check digest=([0-9a-f]{16}) -->/;

export function digestOf(result: CheckRunResult): string {
  const { name, conclusion, title, summary, text, annotations } = result;
  return createHash('sha256')
    .update(JSON.stringify({ name, conclusion, title, summary, text, annotations }))
    .digest('hex')
    .slice(0, 16);
}

export async function publishCheckRun(
  octokit: GitHubClient,
  target: { owner: string; repo: string; headSha: string },
  result: CheckRunResult,
  now: Date,
): Promise<PublishedCheckRun> {
  const { owner, repo, headSha } = target;
  const digest = digestOf(result);
  const summary = `${truncate(result.summary, MAX_OUTPUT_CHARS - 64)}\n\n<!-- wxgate:check digest=${digest} -->`;
  const text = result.text === undefined ? undefined : truncate(result.text, MAX_OUTPUT_CHARS);
  const annotations = result.annotations.slice(0, MAX_ANNOTATIONS).map(toApi);
  const batches: (typeof annotations)[] = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  }
  const output = (batch: typeof annotations | undefined) => ({
    title: result.title,
    summary,
    ...(text === undefined ? {} : { text }),
    ...(batch && batch.length > 0 ? { annotations: batch } : {}),
  });

  const existing = await latestOwnRun(octokit, owner, repo, headSha, result.name);
  if (
    existing &&
    existing.status === 'completed' &&
    existing.digest === digest &&
    existing.annotations === annotations.length // a run cut short by a crash is written again
  ) {
    return { id: existing.id, action: 'unchanged', annotationRequests: 0 };
  }

  const completed = {
    status: 'completed' as const,
    conclusion: result.conclusion,
    completed_at: now.toISOString(),
    ...(result.detailsUrl ? { details_url: result.detailsUrl } : {}),
  };
  let id: number | undefined;
  let action: PublishedCheckRun['action'] = 'created';
  if (existing && existing.annotations === 0) {
    try {
      await octokit.rest.checks.update({
        owner,
        repo,
        check_run_id: existing.id,
        ...completed,
        output: output(batches[0]),
      });
      id = existing.id;
      action = 'updated';
    } catch (error) {
      // Made by another app or deleted meanwhile: fall through to a fresh run.
      const status = httpStatus(error);
      if (status !== 403 && status !== 404) throw error;
    }
  }
  if (id === undefined) {
    const { data } = await octokit.rest.checks.create({
      owner,
      repo,
      name: result.name,
      head_sha: headSha,
      ...completed,
      output: output(batches[0]),
    });
    id = data.id;
  }
  for (const batch of batches.slice(1)) {
    await octokit.rest.checks.update({ owner, repo, check_run_id: id, output: output(batch) });
  }
  return { id, action, annotationRequests: batches.length };
}

/** The latest run of this name on the head that wxgate wrote (recognised by its digest marker). */
async function latestOwnRun(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  headSha: string,
  name: string,
): Promise<{ id: number; status: string; digest: string; annotations: number } | undefined> {
  const runs = await octokit.paginate(octokit.rest.checks.listForRef, {
    owner,
    repo,
    ref: headSha,
    check_name: name,
    filter: 'all',
    per_page: 100,
  });
  const own = runs
    .filter((r) => r.name === name && DIGEST_MARKER.test(r.output?.summary ?? ''))
    .sort((a, b) => (b.started_at ?? '').localeCompare(a.started_at ?? '') || b.id - a.id);
  const run = own[0];
  if (!run) return undefined;
  return {
    id: run.id,
    status: run.status,
    digest: DIGEST_MARKER.exec(run.output.summary ?? '')?.[1] ?? '',
    annotations: run.output.annotations_count ?? 0,
  };
}

function toApi(a: CheckAnnotation) {
  const sameLine = a.startLine === a.endLine;
  return {
    path: a.path,
    start_line: a.startLine,
    end_line: Math.max(a.endLine, a.startLine),
    // Columns are accepted only when the annotation stays on one line.
    ...(sameLine && a.startColumn !== undefined ? { start_column: a.startColumn } : {}),
    ...(sameLine && a.endColumn !== undefined
      ? { end_column: Math.max(a.endColumn, a.startColumn ?? 1) }
      : {}),
    annotation_level: a.level,
    message: truncate(a.message, 4000),
    ...(a.title ? { title: a.title } : {}),
  };
}

export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const note = '\n\n…（内容过长，已截断 / truncated）';
  return text.slice(0, max - note.length) + note;
}
