import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { complianceWith } from '../../src/app/evaluate-pr.js';
import { parseCheckPolicy } from '../../src/config/wxgate-yml.js';
import { baseBranchSha, readBaseFiles } from '../../src/github/base-files.js';
import { createGitHubClient } from '../../src/github/client.js';
import { IncompletePullRequestError, loadPRContext } from '../../src/github/pr-context.js';
import { lookupTeam } from '../../src/github/team-lookup.js';
import type { FileResult } from '../../src/lint/runner.js';
import { RULES } from '../../src/rules/index.js';
import { COVER_PNG, OTHER_COVER_PNG, said, shippedLexicons } from '../helpers.js';
import { type FakeGitHub, gitSha } from './fake-github.js';
import {
  ARTICLE_PATH,
  article,
  BASE_CODEOWNERS,
  BASE_POLICY,
  companyRepo,
  REPO_TOKEN,
  TEAM_TOKEN,
} from './repo-fixture.js';

const servers: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

async function start(fixture: ReturnType<typeof companyRepo>) {
  await fixture.gh.start();
  servers.push(fixture.gh);
  const opts = { baseUrl: fixture.gh.apiUrl, throttle: false, retryAfterBaseValue: 1 };
  return {
    ...fixture,
    repoClient: createGitHubClient({ token: REPO_TOKEN, ...opts }),
    teamClient: createGitHubClient({ token: TEAM_TOKEN, ...opts }),
  };
}

const REF = { owner: 'Codertocat', repo: 'Hello-World', number: 2 };
const NOW = Date.parse('2026-11-20T02:00:00Z');

describe('loadPRContext', () => {
  it('reads the PR, its files and the article bytes at head as data', async () => {
    const { gh, head, base, repoClient } = await start(companyRepo({ labels: ['加急'] }));
    const { context, info } = await loadPRContext(repoClient, REF, NOW);
    expect(context).toMatchObject({
      evaluatedAt: NOW,
      number: 2,
      author: 'alice',
      createdAt: Date.parse('2026-11-16T01:00:00Z'),
      draft: false,
      labels: ['加急'],
      headSha: head,
      base: { ref: 'main', sha: base },
    });
    expect(info.baseRef).toBe('main');
    const art = context.files.find((f) => f.path === ARTICLE_PATH)!;
    expect(Buffer.from(art.content as Uint8Array).toString('utf8')).toBe(article());
    expect(art.siblings).toEqual(['cover.png', 'index.md']);
    // The image is a changed file but not an article: no bytes fetched.
    expect(context.files.find((f) => f.path.endsWith('cover.png'))?.content).toBeUndefined();
    // Fetched through the blob API by the head blob's id; nothing from the PR is checked out.
    const blobSha = gitSha('blob', Buffer.from(article()));
    expect(gh.requests('GET', new RegExp(`/git/blobs/${blobSha}$`))).toHaveLength(1);
    // The folder listing is read from the head commit's trees: the root by the head SHA, then by tree SHAs.
    expect(gh.requests('GET', new RegExp(`/git/trees/${head}$`))).toHaveLength(1);
    expect(gh.requests('GET', /\/contents\//)).toEqual([]);
  });

  it('follows Link pagination for files and reviews', async () => {
    const changes: Record<string, string> = {};
    for (let i = 0; i < 230; i++)
      changes[`content/group/assets/img-${String(i).padStart(3, '0')}.txt`] = `x${i}`;
    const fixture = companyRepo({ headChanges: changes });
    fixture.gh.reviews.set(
      2,
      Array.from({ length: 130 }, (_, i) => ({
        user: `reviewer${i}`,
        state: 'COMMENTED' as const,
        commitId: fixture.head,
        submittedAt: new Date(Date.parse('2026-11-17T00:00:00Z') + i * 60_000).toISOString(),
      })),
    );
    const { gh, repoClient } = await start(fixture);
    const { context } = await loadPRContext(repoClient, REF, NOW);
    expect(context.files).toHaveLength(232);
    expect(context.reviews).toHaveLength(130);
    expect(gh.requests('GET', /\/pulls\/2\/files$/).map((r) => r.query.get('page') ?? '1')).toEqual([
      '1',
      '2',
      '3',
    ]);
    expect(gh.requests('GET', /\/pulls\/2\/reviews$/)).toHaveLength(2);
  });

  it('keeps submitted reviews in order and drops pending drafts', async () => {
    const fixture = companyRepo();
    fixture.gh.reviews.set(2, [
      { id: 7, user: 'bob', state: 'APPROVED', commitId: fixture.head, submittedAt: '2026-11-17T02:00:00Z' },
      { id: 8, user: 'carol', state: 'PENDING', commitId: fixture.head },
      { id: 9, user: 'bob', state: 'COMMENTED', commitId: fixture.head, submittedAt: '2026-11-17T03:00:00Z' },
    ]);
    const { repoClient } = await start(fixture);
    const { context } = await loadPRContext(repoClient, REF, NOW);
    expect(context.reviews).toEqual([
      {
        id: 7,
        user: 'bob',
        state: 'APPROVED',
        commitId: fixture.head,
        submittedAt: Date.parse('2026-11-17T02:00:00Z'),
      },
      {
        id: 9,
        user: 'bob',
        state: 'COMMENTED',
        commitId: fixture.head,
        submittedAt: Date.parse('2026-11-17T03:00:00Z'),
      },
    ]);
  });

  it('lists commits with their files and dates each by the earliest later check suite', async () => {
    const fixture = companyRepo();
    const { gh, base } = fixture;
    const c1 = gh.change(
      base,
      { [ARTICLE_PATH]: article(), 'content/group/2026-11-25-hello/cover.png': COVER_PNG },
      'c1',
    );
    const c2 = gh.change(c1, { 'content/group/2026-11-25-hello/cover.png': OTHER_COVER_PNG }, 'c2');
    const c3 = gh.change(c2, { [ARTICLE_PATH]: article({ body: '正文已修改。' }) }, 'c3');
    gh.pulls.get(2)!.commits = [c1, c2, c3];
    gh.checkSuites.set(c1, ['2026-11-16T01:00:00Z']);
    // c2 and c3 were pushed together: only c3 (the head of that push) has a suite.
    gh.checkSuites.set(c3, ['2026-11-18T05:00:00Z', '2026-11-18T04:00:00Z']);
    const { repoClient } = await start(fixture);
    const { context } = await loadPRContext(repoClient, REF, NOW);
    expect(context.commits).toEqual([
      {
        sha: c1,
        files: [ARTICLE_PATH, 'content/group/2026-11-25-hello/cover.png'].sort(),
        pushedAt: Date.parse('2026-11-16T01:00:00Z'),
      },
      {
        sha: c2,
        files: ['content/group/2026-11-25-hello/cover.png'],
        pushedAt: Date.parse('2026-11-18T04:00:00Z'),
      },
      { sha: c3, files: [ARTICLE_PATH], pushedAt: Date.parse('2026-11-18T04:00:00Z') },
    ]);
  });

  it('refuses to judge a PR larger than GitHub will list', async () => {
    const fixture = companyRepo();
    fixture.gh.pulls.get(2)!.changedFiles = 3001;
    const { repoClient } = await start(fixture);
    await expect(loadPRContext(repoClient, REF, NOW)).rejects.toBeInstanceOf(IncompletePullRequestError);
  });

  it('reads team membership with the team token, once per team', async () => {
    const fixture = companyRepo();
    fixture.gh.reviews.set(2, [
      { user: 'bob', state: 'APPROVED', commitId: fixture.head },
      { user: 'erin', state: 'APPROVED', commitId: fixture.head },
      { user: 'mallory', state: 'APPROVED', commitId: fixture.head },
    ]);
    const { gh, repoClient, teamClient } = await start(fixture);
    const { context } = await loadPRContext(repoClient, REF, NOW, { teams: teamClient });
    const first = await context.members('Codertocat/market');
    const again = await context.members('@codertocat/Market');
    // erin's invitation is pending: not a member; mallory answers 404 on a team we can see: not a member.
    expect(first).toEqual({ ok: true, members: ['bob'] });
    expect(again).toBe(first);
    const teamCalls = gh.log.filter((r) => r.path.startsWith('/orgs/'));
    expect(teamCalls.every((r) => r.token === TEAM_TOKEN)).toBe(true);
    expect(gh.requests('GET', /\/orgs\/Codertocat\/teams\/market$/)).toHaveLength(1);
  });

  it('fails closed, with the reason, when the token cannot see the team (404)', async () => {
    const fixture = companyRepo();
    fixture.gh.reviews.set(2, [{ user: 'bob', state: 'APPROVED', commitId: fixture.head }]);
    const { repoClient } = await start(fixture);
    // No team token: the repository token (like GITHUB_TOKEN) cannot see organisation teams.
    const { context } = await loadPRContext(repoClient, REF, NOW);
    const lookup = await context.members('Codertocat/market');
    expect(lookup).toMatchObject({ ok: false, reason: 'not-found' });
    expect(lookup.ok === false && lookup.detail).toMatch(/Members: read.*read:org/);
  });

  it('tells refused (403) and broken (5xx) lookups apart', async () => {
    const { gh, teamClient } = await start(companyRepo());
    gh.fail('GET', /\/orgs\/Codertocat\/teams\/gm$/, {
      times: 1,
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    expect(await lookupTeam(teamClient, 'Codertocat/gm', ['dave'])).toMatchObject({
      ok: false,
      reason: 'forbidden',
    });
    gh.fail('GET', /\/memberships\/dave$/, { times: 10, status: 500 });
    expect(await lookupTeam(teamClient, 'Codertocat/gm', ['dave'])).toMatchObject({
      ok: false,
      reason: 'error',
    });
    expect(await lookupTeam(teamClient, 'not-a-team', ['dave'])).toMatchObject({
      ok: false,
      reason: 'error',
    });
  });
});

describe('readBaseFiles', () => {
  it('reads policies and CODEOWNERS at the base commit even when the PR rewrites them', async () => {
    const { gh, base, head, repoClient } = await start(
      companyRepo({
        headChanges: {
          'policies/wxgate.yml': 'lead_time:\n  hours: 1\n',
          '.github/CODEOWNERS': '* @alice\n',
        },
      }),
    );
    const sha = await baseBranchSha(repoClient, 'Codertocat', 'Hello-World', 'main', 'unused');
    expect(sha).toBe(base);
    const files = await readBaseFiles(repoClient, 'Codertocat', 'Hello-World', sha);
    expect(files.policies.wxgateYml).toBe(BASE_POLICY);
    // GitHub's order: .github/CODEOWNERS is found first and the root CODEOWNERS is not even read.
    expect(files.policies.codeowners).toEqual({ '.github/CODEOWNERS': BASE_CODEOWNERS });
    expect([...files.policyFiles.keys()].sort()).toEqual(['lexicons/company.yml', 'wxgate.yml']);
    // Nothing was read at the head.
    const headTree = gh.commits.get(head)!.tree;
    expect(gh.log.some((r) => r.path.includes(head) || r.path.includes(headTree))).toBe(false);
  });

  it('falls back to the root CODEOWNERS, and to the PR base SHA when the branch is gone', async () => {
    const { gh, base, repoClient } = await start(companyRepo());
    const other = gh.commit(
      { CODEOWNERS: '* @root-owner\n', 'docs/CODEOWNERS': '* @docs-owner\n', 'policies/wxgate.yml': '' },
      undefined,
      'other',
    );
    const files = await readBaseFiles(repoClient, 'Codertocat', 'Hello-World', other, './policies/');
    expect(files.policies.codeowners).toEqual({ CODEOWNERS: '* @root-owner\n' });
    expect(await baseBranchSha(repoClient, 'Codertocat', 'Hello-World', 'gone', base)).toBe(base);
  });
});

describe('images at the pull request head', () => {
  it('are read from their bytes, so the compliance check judges them as wxgate check does', async () => {
    const svg = readFileSync(join(import.meta.dirname, '../fixtures/images/drawing.svg'));
    const fixture = companyRepo({ headChanges: { 'content/group/2026-11-25-hello/cover.png': svg } });
    const { repoClient } = await start(fixture);
    const { context } = await loadPRContext(repoClient, REF, NOW);
    const file = context.files.find((f) => f.path === ARTICLE_PATH)!;
    expect(file.images?.get('cover.png')).toEqual({ bytes: svg.length, format: 'svg' });
    // Before, the PR check saw only the name cover.png and passed; the publisher then met 40005 after merge.
    const policy = parseCheckPolicy('policies/wxgate.yml', '', RULES);
    const [result] = complianceWith({ rules: RULES, policy, lexicon: shippedLexicons() })([
      {
        path: file.path,
        bytes: bytesOf(file.content!),
        siblings: new Set(file.siblings),
        images: file.images!,
      },
    ]) as FileResult[];
    expect(
      result!.messages.filter((m) => m.ruleId === 'wechat/image-file').map((m) => said(m, 'en')),
    ).toEqual([
      expect.stringMatching(/^cover: the cover "cover.png" is really SVG \(despite its .png name\)/),
    ]);
  });
});

function bytesOf(content: string | Uint8Array): Uint8Array {
  return typeof content === 'string' ? new Uint8Array(Buffer.from(content)) : content;
}
