/**
 * A push that lands while the Action is judging a PR. Everything is read at the head SHA the first read gives;
 * check runs go on that SHA and no other; when the head moved, the run says so and judges the new head, a bounded
 * number of times. The fake GitHub lands the push just before answering a chosen request.
 */
import { describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS } from '../../src/action/judge.js';
import type { FakeGitHub } from '../github/fake-github.js';
import { visibleText } from '../github/markdown-probe.js';
import { ARTICLE_PATH, article, companyRepo } from '../github/repo-fixture.js';
import { OTHER_COVER_PNG } from '../helpers.js';
import { latestRuns, runAction, serve, useActionHarness } from './harness.js';
import { example } from './payloads.js';

useActionHarness();

/** A zero-width space in the body: a compliance error. */
const DIRTY = article({ body: '集团秋季职工运动会\u200b在江临市体育中心举行。' });
const CLEAN = article();

async function dirtyPull() {
  const fixture = await serve(companyRepo({ headChanges: { [ARTICLE_PATH]: DIRTY } }));
  fixture.gh.reviews.set(2, [
    { user: 'bob', state: 'APPROVED', commitId: fixture.head, submittedAt: '2026-11-17T02:00:00Z' },
  ]);
  return fixture;
}

const onCommit = (gh: FakeGitHub, sha: string) => gh.checkRuns.filter((r) => r.head_sha === sha);
const judge = (gh: FakeGitHub) =>
  runAction(gh, 'pull_request_target', example('pull_request', 'synchronize'));

describe('a push while the PR is judged', () => {
  it('between the first read and the file list: the clean new head is never passed off as the dirty old one', async () => {
    const { gh, head: dirty } = await dirtyPull();
    let clean = '';
    gh.before('GET', /\/pulls\/2\/files$/, () => {
      clean = gh.push(2, { [ARTICLE_PATH]: CLEAN }, 'fix the article');
    });
    const outcome = await judge(gh);

    // Nothing is posted on the commit whose file list was never read.
    expect(onCommit(gh, dirty)).toEqual([]);
    // The new head was read and judged on its own content.
    expect(outcome.judged[0]!.headSha).toBe(clean);
    expect(latestRuns(gh, clean).get('wxgate / compliance')!.conclusion).toBe('success');
    expect(gh.requests('GET', /\/pulls\/2\/files$/)).toHaveLength(2);
    expect(outcome.stdout).toMatch(
      new RegExp(`::warning::#2: the head of the pull request moved from ${dirty.slice(0, 7)}`),
    );
    expect(visibleText(gh.comments[0]!.body)).toContain(`读取提交 ${dirty.slice(0, 7)} 期间 PR 有新的推送`);
  });

  it('after everything was read: the old head keeps its own verdict, the new head is judged again', async () => {
    const { gh, head: dirty } = await dirtyPull();
    let clean = '';
    // Lands while the first check run is being posted, after every read of the dirty head.
    gh.before('POST', /\/check-runs$/, () => {
      clean = gh.push(2, { [ARTICLE_PATH]: CLEAN }, 'fix the article');
    });
    const outcome = await judge(gh);

    expect(latestRuns(gh, dirty).get('wxgate / compliance')!.conclusion).toBe('failure');
    expect(latestRuns(gh, clean).get('wxgate / compliance')!.conclusion).toBe('success');
    // bob approved the dirty commit; the clean one changed the article after it: his approval is stale there.
    expect(latestRuns(gh, clean).get('wxgate / approvals')!.conclusion).toBe('action_required');
    expect(outcome.judged[0]!.headSha).toBe(clean);
    const seen = visibleText(gh.comments[0]!.body);
    expect(seen).toContain(`判定提交 ${dirty.slice(0, 7)} 期间 PR 的最新提交变为 ${clean.slice(0, 7)}`);
    expect(seen).toContain(`最新提交 ${clean.slice(0, 7)}`);
    expect(outcome.stdout).toContain(
      `::warning::#2: the head moved from ${dirty.slice(0, 7)} to ${clean.slice(0, 7)} while ${dirty.slice(0, 7)} was judged`,
    );
  });

  it('an approval of the new head is never counted for the old one', async () => {
    const { gh, head: dirty } = await dirtyPull();
    gh.reviews.set(2, []);
    let next = '';
    // The author pushes a new commit and carol approves it just before the reviews are listed.
    gh.before('GET', /\/pulls\/2\/reviews$/, () => {
      next = gh.push(2, { 'content/group/2026-11-25-hello/cover.png': OTHER_COVER_PNG }, 'new cover');
      gh.reviews.set(2, [
        { user: 'carol', state: 'APPROVED', commitId: next, submittedAt: '2026-11-17T03:00:00Z' },
      ]);
    });
    const outcome = await judge(gh);

    expect(onCommit(gh, dirty)).toEqual([]);
    expect(outcome.judged[0]!.headSha).toBe(next);
    expect(latestRuns(gh, next).get('wxgate / approvals')!.conclusion).toBe('success');
  });

  it(`judges at most ${MAX_ATTEMPTS} times when every read is overtaken, and then posts no pass anywhere`, async () => {
    const { gh } = await dirtyPull();
    const heads: string[] = [];
    gh.before(
      'GET',
      /\/pulls\/2\/files$/,
      () => {
        heads.push(gh.push(2, { [ARTICLE_PATH]: heads.length % 2 === 0 ? CLEAN : DIRTY }, 'again'));
      },
      Number.POSITIVE_INFINITY,
    );
    const outcome = await judge(gh);

    expect(gh.requests('GET', /\/pulls\/2\/files$/)).toHaveLength(MAX_ATTEMPTS);
    expect(gh.checkRuns.some((r) => r.conclusion === 'success')).toBe(false);
    // The failure is on the last commit that was read, not on the head that was never read.
    const lastRead = heads.at(-2)!;
    expect(outcome.judged[0]!.headSha).toBe(lastRead);
    expect([...latestRuns(gh, lastRead).values()].map((r) => r.conclusion)).toEqual([
      'failure',
      'failure',
      'failure',
    ]);
    expect(onCommit(gh, heads.at(-1)!)).toEqual([]);
    expect(visibleText(gh.comments[0]!.body)).toContain('无法判定：每次读取期间 PR 都有新的推送');
  });

  it(`settles for the last head it judged after ${MAX_ATTEMPTS} moves, and says the newest is judged by its own run`, async () => {
    const { gh } = await dirtyPull();
    const heads: string[] = [];
    // A push during every posting of check runs (three per attempt: one per attempt is enough).
    let posts = 0;
    gh.before(
      'POST',
      /\/check-runs$/,
      () => {
        if (posts++ % 3 === 0)
          heads.push(gh.push(2, { [ARTICLE_PATH]: CLEAN + '\n'.repeat(posts) }, 'again'));
      },
      Number.POSITIVE_INFINITY,
    );
    const outcome = await judge(gh);

    expect(heads).toHaveLength(MAX_ATTEMPTS);
    const newest = heads.at(-1)!;
    const judged = heads.at(-2)!;
    expect(outcome.judged[0]!.headSha).toBe(judged);
    expect(onCommit(gh, newest)).toEqual([]);
    expect(visibleText(gh.comments[0]!.body)).toContain(
      `本结果针对提交 ${judged.slice(0, 7)}；判定期间 PR 的最新提交又变为 ${newest.slice(0, 7)}`,
    );
  });
});
