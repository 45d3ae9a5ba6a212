import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type CheckAnnotation,
  type CheckRunResult,
  MAX_ANNOTATIONS,
  publishCheckRun,
} from '../../src/github/check-runs.js';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { upsertIssue, upsertIssueComment } from '../../src/github/comments.js';
import type { FakeGitHub } from './fake-github.js';
import { companyRepo, REPO_TOKEN } from './repo-fixture.js';

let gh: FakeGitHub;
let head: string;
let client: GitHubClient;
const NOW = new Date('2026-11-20T02:00:00Z');
/** The account the repository token posts as (see repo-fixture). */
const BOT = 'github-actions[bot]';

beforeEach(async () => {
  const fixture = companyRepo();
  gh = await fixture.gh.start();
  head = fixture.head;
  client = createGitHubClient({
    token: REPO_TOKEN,
    baseUrl: gh.apiUrl,
    throttle: false,
    retryAfterBaseValue: 1,
  });
});
afterEach(() => gh.stop());

const target = () => ({ owner: 'Codertocat', repo: 'Hello-World', headSha: head });

function annotations(n: number): CheckAnnotation[] {
  return Array.from({ length: n }, (_, i) => ({
    path: 'content/group/2026-11-25-hello/index.md',
    startLine: i + 1,
    endLine: i + 1,
    startColumn: 1,
    endColumn: 5,
    level: 'failure' as const,
    message: `problem ${i + 1}`,
    title: 'typo/duplicate-punct',
  }));
}

function result(overrides: Partial<CheckRunResult> = {}): CheckRunResult {
  return {
    name: 'wxgate / compliance',
    conclusion: 'failure',
    title: '120 errors',
    summary: 'summary',
    annotations: annotations(120),
    ...overrides,
  };
}

describe('publishCheckRun', () => {
  it('sends at most 50 annotations per request and delivers all of them', async () => {
    const posted = await publishCheckRun(client, target(), result(), NOW);
    expect(posted).toMatchObject({ action: 'created', annotationRequests: 3 });
    expect(gh.checkRuns).toHaveLength(1);
    const run = gh.checkRuns[0]!;
    expect(run.batches).toEqual([50, 50, 20]);
    expect(run.annotations.map((a) => a.message)).toEqual(annotations(120).map((a) => a.message));
    expect(run).toMatchObject({ status: 'completed', conclusion: 'failure', head_sha: head });
    expect(run.annotations[0]).toEqual({
      path: 'content/group/2026-11-25-hello/index.md',
      start_line: 1,
      end_line: 1,
      start_column: 1,
      end_column: 5,
      annotation_level: 'failure',
      message: 'problem 1',
      title: 'typo/duplicate-punct',
    });
    for (const request of gh
      .requests('POST', /check-runs$/)
      .concat(gh.requests('PATCH', /check-runs\/\d+$/))) {
      const sent = (request.body as { output?: { annotations?: unknown[] } }).output?.annotations ?? [];
      expect(sent.length).toBeLessThanOrEqual(50);
    }
  });

  it('leaves an unchanged result alone (a review event does not re-post annotations)', async () => {
    await publishCheckRun(client, target(), result(), NOW);
    const again = await publishCheckRun(client, target(), result(), NOW);
    expect(again.action).toBe('unchanged');
    expect(gh.checkRuns).toHaveLength(1);
    expect(gh.checkRuns[0]!.annotations).toHaveLength(120);
  });

  it('creates a fresh run when a run with annotations gets a new result (annotations only append)', async () => {
    await publishCheckRun(client, target(), result(), NOW);
    const fixed = await publishCheckRun(
      client,
      target(),
      result({ conclusion: 'success', title: 'ok', annotations: annotations(1) }),
      NOW,
    );
    expect(fixed.action).toBe('created');
    expect(gh.checkRuns).toHaveLength(2);
    expect(gh.checkRuns[1]!.annotations).toHaveLength(1);
    expect(gh.checkRuns[1]!.conclusion).toBe('success');
  });

  it('updates a run without annotations in place', async () => {
    const first = await publishCheckRun(
      client,
      target(),
      result({ name: 'wxgate / approvals', conclusion: 'action_required', annotations: [] }),
      NOW,
    );
    const second = await publishCheckRun(
      client,
      target(),
      result({ name: 'wxgate / approvals', conclusion: 'success', title: 'approved', annotations: [] }),
      NOW,
    );
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    expect(gh.checkRuns).toHaveLength(1);
    expect(gh.checkRuns[0]).toMatchObject({ conclusion: 'success', output: { title: 'approved' } });
  });

  it('ignores a run of the same name that wxgate did not write', async () => {
    gh.checkRuns.push({
      id: 1,
      name: 'wxgate / schedule',
      head_sha: head,
      status: 'completed',
      conclusion: 'success',
      started_at: '2026-11-20T00:00:00Z',
      completed_at: '2026-11-20T00:00:00Z',
      details_url: null,
      output: { title: 'forged', summary: 'all good', text: null },
      annotations: [],
      batches: [],
    });
    const posted = await publishCheckRun(
      client,
      target(),
      result({ name: 'wxgate / schedule', annotations: [] }),
      NOW,
    );
    expect(posted.action).toBe('created');
    expect(gh.checkRuns[0]!.output.title).toBe('forged');
  });

  it(`caps annotations at ${MAX_ANNOTATIONS}`, async () => {
    const posted = await publishCheckRun(client, target(), result({ annotations: annotations(1234) }), NOW);
    expect(posted.annotationRequests).toBe(MAX_ANNOTATIONS / 50);
    expect(gh.checkRuns[0]!.annotations).toHaveLength(MAX_ANNOTATIONS);
  });
});

describe('upsertIssueComment', () => {
  const MARKER = '<!-- wxgate:pr-comment -->';
  const pr = { owner: 'Codertocat', repo: 'Hello-World', number: 2 };

  it('creates one comment, then edits it in place', async () => {
    const a = await upsertIssueComment(client, pr, MARKER, '第一次', BOT);
    const b = await upsertIssueComment(client, pr, MARKER, '第二次', BOT);
    const c = await upsertIssueComment(client, pr, MARKER, '第二次', BOT);
    expect([a.action, b.action, c.action]).toEqual(['created', 'updated', 'unchanged']);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]!.body).toBe(`${MARKER}\n第二次`);
  });

  it('never takes over a person’s comment that carries the marker', async () => {
    gh.comments.push({
      id: 1,
      issue: 2,
      body: `${MARKER}\n全部通过（伪造）`,
      user: { login: 'alice', type: 'User' },
      created_at: '2026-11-19T00:00:00Z',
      updated_at: '2026-11-19T00:00:00Z',
    });
    await upsertIssueComment(client, pr, MARKER, '真实结果', BOT);
    expect(gh.comments.map((c) => c.body)).toEqual([`${MARKER}\n全部通过（伪造）`, `${MARKER}\n真实结果`]);
  });

  it('never takes over another app’s comment, nor one of its own where the marker is not the first line', async () => {
    const at = { created_at: '2026-11-19T00:00:00Z', updated_at: '2026-11-19T00:00:00Z' };
    gh.comments.push(
      { id: 1, issue: 2, body: `${MARKER}\n伪造`, user: { login: 'mallory-app[bot]', type: 'Bot' }, ...at },
      { id: 2, issue: 2, body: `引用：\n${MARKER}`, user: { login: BOT, type: 'Bot' }, ...at },
    );
    await upsertIssueComment(client, pr, MARKER, '真实结果', BOT);
    expect(gh.comments.map((c) => c.body)).toEqual([
      `${MARKER}\n伪造`,
      `引用：\n${MARKER}`,
      `${MARKER}\n真实结果`,
    ]);
  });

  it('removes duplicates left by racing runs', async () => {
    for (const id of [5, 6]) {
      gh.comments.push({
        id,
        issue: 2,
        body: `${MARKER}\nold ${id}`,
        user: { login: 'github-actions[bot]', type: 'Bot' },
        created_at: '2026-11-19T00:00:00Z',
        updated_at: '2026-11-19T00:00:00Z',
      });
    }
    await upsertIssueComment(client, pr, MARKER, 'new', BOT);
    expect(gh.comments.map((c) => [c.id, c.body])).toEqual([[5, `${MARKER}\nnew`]]);
  });

  it('finds its comment beyond the first page', async () => {
    for (let i = 0; i < 150; i++) {
      gh.comments.push({
        id: i + 1,
        issue: 2,
        body: `comment ${i}`,
        user: { login: 'someone', type: 'User' },
        created_at: '2026-11-19T00:00:00Z',
        updated_at: '2026-11-19T00:00:00Z',
      });
    }
    await upsertIssueComment(client, pr, MARKER, 'one', BOT);
    await upsertIssueComment(client, pr, MARKER, 'two', BOT);
    expect(gh.comments.filter((c) => c.body.includes(MARKER))).toHaveLength(1);
    expect(gh.requests('GET', /\/issues\/2\/comments$/).length).toBeGreaterThanOrEqual(4);
  });
});

describe('upsertIssue', () => {
  const MARKER = '<!-- wxgate:urgent-report pr=2 -->';
  const repo = { owner: 'Codertocat', repo: 'Hello-World' };

  it('creates the report once (with its label), then updates it, even after it was closed', async () => {
    const post = (body: string) =>
      upsertIssue(client, repo, MARKER, { title: '加急报告', body, label: 'wxgate-urgent-report' }, BOT);
    const a = await post('第一版');
    gh.issues[0]!.state = 'closed';
    const b = await post('第二版');
    const c = await post('第二版');
    expect([a.action, b.action, c.action]).toEqual(['created', 'updated', 'unchanged']);
    expect(gh.issues).toHaveLength(1);
    expect(gh.issues[0]).toMatchObject({ body: `${MARKER}\n第二版`, labels: ['wxgate-urgent-report'] });
    expect(gh.requests('POST', /\/labels$/)).toHaveLength(1);
  });
});
