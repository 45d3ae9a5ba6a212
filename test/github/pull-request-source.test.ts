/**
 * The GitHub PullRequestSource against the loopback fake GitHub, with a real git checkout of the content branch in
 * a temp folder (merge commits, squash and rebase merges are made by git itself).
 *
 * The fake GitHub (fake-github.ts) knows open pull requests; the small front server here adds what GitHub says
 * about merged ones — `merged_at`, `merged_by`, `merge_commit_sha` on `GET /pulls/{n}`, and
 * `GET /repos/{o}/{r}/commits/{sha}/pulls` — and passes every other request through to it unchanged.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluatePullRequest } from '../../src/app/evaluate-pr.js';
import { publish } from '../../src/commands/publish.js';
import { runPublishRequest } from '../../src/commands/publish-adapters.js';
import { createGitHubClient } from '../../src/github/client.js';
import { GitHubPullRequestSource } from '../../src/github/pull-request-source.js';
import { CHECK_NAMES } from '../../src/github/render.js';
import { Git } from '../../src/platform/git.js';
import type { PullRequestInfo } from '../../src/publish/provenance.js';
import type { PublishRecord } from '../../src/publish/record.js';
import { fastClient, fixture, GIT_ENV, git as gitIn, SAMPLES } from '../publish/helpers.js';
import { FakeGitHub } from './fake-github.js';
import {
  ARTICLE_PATH,
  article,
  BASE_CODEOWNERS,
  BASE_POLICY,
  companyRepo,
  REPO_TOKEN,
  TEAM_TOKEN,
} from './repo-fixture.js';

// ── the front server: merged pull requests ────────────────────────────────────────────────────────────────────

interface Merge {
  at: string;
  by: string;
  commit: string;
}

class MergedPulls {
  /** PR number → how it was merged. */
  readonly merges = new Map<number, Merge>();
  /** Commit → the PRs GitHub associates with it (`GET /commits/{sha}/pulls`). */
  readonly associated = new Map<string, number[]>();
  /** Requests this server answered itself (the rest are in the fake's log). */
  readonly log: { path: string; token: string | undefined; status: number }[] = [];
  private faults: { path: RegExp; times: number; status: number }[] = [];
  private server: Server | undefined;
  url = '';

  constructor(readonly gh: FakeGitHub) {}

  get apiUrl(): string {
    return `${this.url}/api/v3`;
  }

  fail(path: RegExp, times: number, status: number): void {
    this.faults.push({ path, times, status });
  }

  merge(number: number, merge: Merge): void {
    this.merges.set(number, merge);
    this.associated.set(merge.commit, [...(this.associated.get(merge.commit) ?? []), number]);
  }

  async start(): Promise<this> {
    await this.gh.start();
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: `front server bug: ${(error as Error).stack}` }));
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => this.server?.close(() => r()));
    await this.gh.stop();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const auth = req.headers.authorization;
    const token = auth?.replace(/^(token|bearer)\s+/i, '');
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body));
    };
    const prefix = `/api/v3/repos/${this.gh.owner}/${this.gh.repo}`;
    const associated = new RegExp(`^${prefix}/commits/([0-9a-f]{40})/pulls$`).exec(url.pathname);
    if (associated && req.method === 'GET') {
      const entry = { path: url.pathname, token, status: 0 };
      this.log.push(entry);
      const fault = this.faults.find((f) => f.path.test(url.pathname) && f.times > 0);
      if (fault) {
        fault.times--;
        entry.status = fault.status;
        return send(fault.status, { message: 'Server Error' });
      }
      if (!token || !this.gh.tokens.has(token)) {
        entry.status = 401;
        return send(401, { message: 'Bad credentials' });
      }
      const pulls: unknown[] = [];
      for (const n of this.associated.get(associated[1]!) ?? []) {
        const r = await this.forward('GET', `${prefix}/pulls/${n}`, '', auth);
        pulls.push(this.withMerge(JSON.parse(r.body)));
      }
      entry.status = 200;
      return send(200, pulls);
    }
    const r = await this.forward(
      req.method ?? 'GET',
      `${url.pathname}${url.search}`,
      Buffer.concat(chunks).toString('utf8'),
      auth,
    );
    let body = r.body;
    if (r.status === 200 && req.method === 'GET' && new RegExp(`^${prefix}/pulls/\\d+$`).test(url.pathname)) {
      body = JSON.stringify(this.withMerge(JSON.parse(body)));
    }
    return send(r.status, body, r.headers);
  }

  private async forward(method: string, path: string, body: string, auth: string | undefined) {
    const response = await fetch(`${this.gh.url}${path}`, {
      method,
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        ...(auth ? { authorization: auth } : {}),
      },
      ...(body ? { body } : {}),
    });
    const headers: Record<string, string> = {};
    for (const name of [
      'link',
      'retry-after',
      'x-ratelimit-limit',
      'x-ratelimit-remaining',
      'x-ratelimit-reset',
    ]) {
      const value = response.headers.get(name);
      // Pagination links lead back through this server.
      if (value) headers[name] = value.split(this.gh.url).join(this.url);
    }
    return { status: response.status, headers, body: await response.text() };
  }

  private withMerge(pr: Record<string, unknown>): Record<string, unknown> {
    const m = this.merges.get(pr.number as number);
    return m
      ? {
          ...pr,
          state: 'closed',
          merged: true,
          merged_at: m.at,
          merged_by: { login: m.by, type: 'User' },
          merge_commit_sha: m.commit,
        }
      : { ...pr, merged: false, merged_at: null, merged_by: null, merge_commit_sha: null };
  }
}

// ── the local checkout of the content branch ──────────────────────────────────────────────────────────────────

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' }).trim();
}

function write(dir: string, files: Record<string, string | null>): void {
  for (const [path, content] of Object.entries(files)) {
    const file = join(dir, path);
    if (content === null) rmSync(file, { force: true });
    else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
  }
}

/** `main` as companyRepo has it: the base policy, CODEOWNERS and an older article. */
function checkout(basePolicy = BASE_POLICY): { dir: string; base: string } {
  const dir = mkdtempSync(join(tmpdir(), 'wxgate-prs-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  git(dir, 'init', '-q', '-b', 'main');
  write(dir, {
    'README.md': '# 公众号内容仓库\n',
    'policies/wxgate.yml': basePolicy,
    'policies/lexicons/company.yml': 'rule: law/prohibited-content\nentries: []\n',
    '.github/CODEOWNERS': BASE_CODEOWNERS,
    CODEOWNERS: '* @Codertocat/nobody\n',
    'content/group/2026-11-12-old/index.md': article({ publishAt: '2026-11-12T10:00:00+08:00' }),
  });
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  return { dir, base: git(dir, 'rev-parse', 'HEAD') };
}

const ARTICLE_FILES = { [ARTICLE_PATH]: article(), 'content/group/2026-11-25-hello/cover.png': 'png' };

/** The PR's branch merged into main with a merge commit; returns the merge commit. */
function mergeCommit(dir: string, changes: Record<string, string | null>, number = 2): string {
  git(dir, 'checkout', '-q', '-b', 'changes');
  write(dir, changes);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'add article');
  git(dir, 'checkout', '-q', 'main');
  git(
    dir,
    'merge',
    '-q',
    '--no-ff',
    'changes',
    '-m',
    `Merge pull request #${number} from Codertocat/changes\n\nPR ${number}`,
  );
  return git(dir, 'rev-parse', 'HEAD');
}

/** One commit on main with the PR's changes (a squash merge, or a direct push). */
function commitOnMain(dir: string, changes: Record<string, string | null>, message: string): string {
  write(dir, changes);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

// ── the source under test ─────────────────────────────────────────────────────────────────────────────────────

const MERGED_AT = '2026-11-18T02:00:00Z';

async function start(gh: FakeGitHub): Promise<MergedPulls> {
  const front = await new MergedPulls(gh).start();
  cleanups.push(() => front.stop());
  return front;
}

function sourceFor(front: MergedPulls, dir: string, options: { teamToken?: string } = {}) {
  const opts = { baseUrl: front.apiUrl, throttle: false, retryAfterBaseValue: 1 };
  const warnings: string[] = [];
  const source = new GitHubPullRequestSource({
    octokit: createGitHubClient({ token: REPO_TOKEN, ...opts }),
    teams: createGitHubClient({ token: options.teamToken ?? TEAM_TOKEN, ...opts }),
    owner: 'Codertocat',
    repo: 'Hello-World',
    git: new Git(dir, { ...process.env, ...GIT_ENV }),
    timeZone: 'Asia/Shanghai',
    log: { info: () => {}, warn: (l) => warnings.push(l) },
    judge: (ctx, policies) => evaluatePullRequest(ctx, policies, () => []),
  });
  return { source, warnings };
}

function addCheckRuns(gh: FakeGitHub, headSha: string, conclusions: Record<string, string>): void {
  for (const [name, conclusion] of Object.entries(conclusions)) {
    gh.checkRuns.push({
      id: gh.checkRuns.length + 1,
      name,
      head_sha: headSha,
      status: 'completed',
      conclusion,
      started_at: `2026-11-17T0${gh.checkRuns.length}:00:00Z`,
      completed_at: `2026-11-17T0${gh.checkRuns.length}:00:01Z`,
      details_url: null,
      output: { title: null, summary: null, text: null },
      annotations: [],
      batches: [],
    });
  }
}

const users = (info: PullRequestInfo) =>
  info.approvals === 'unknown' ? 'unknown' : info.approvals.map((a) => a.user);

describe('GitHubPullRequestSource', () => {
  it('a merge commit: finds its PR and records what the check said at merge, with real reviewers', async () => {
    const { gh, head } = companyRepo();
    const { dir, base } = checkout();
    const merge = mergeCommit(dir, ARTICLE_FILES);
    gh.reviews.set(2, [
      { user: 'bob', state: 'APPROVED', commitId: head, submittedAt: '2026-11-17T02:00:00Z' },
      { user: 'alice', state: 'APPROVED', commitId: head, submittedAt: '2026-11-17T03:00:00Z' },
      // After the merge: it let nothing in, and is not recorded.
      { user: 'carol', state: 'APPROVED', commitId: head, submittedAt: '2026-11-18T05:00:00Z' },
    ]);
    // An earlier approvals run that waited, then the run that passed.
    addCheckRuns(gh, head, { [CHECK_NAMES.approvals]: 'action_required' });
    addCheckRuns(gh, head, {
      [CHECK_NAMES.compliance]: 'success',
      [CHECK_NAMES.schedule]: 'success',
      [CHECK_NAMES.approvals]: 'success',
    });
    const front = await start(gh);
    front.merge(2, { at: MERGED_AT, by: 'maintainer', commit: merge });
    const { source } = sourceFor(front, dir);

    const info = await source.forMergeCommit(merge);
    expect(info).toMatchObject({
      number: 2,
      title: 'PR 2',
      source: 'github',
      createdAt: Date.parse('2026-11-16T01:00:00Z'),
      gmApprover: null,
      report: null,
    });
    expect(info.approvals).toEqual([
      { user: 'bob', team: 'Codertocat/market', at: '2026-11-17T10:00:00+08:00', commit: head },
    ]);
    expect(info.github).toMatchObject({
      author: 'alice',
      mergedAt: Date.parse(MERGED_AT),
      mergedBy: 'maintainer',
      headSha: head,
      rulesCommit: base,
      teamLookups: [],
      urgent: false,
      checkRuns: {
        'wxgate / compliance': 'success',
        'wxgate / schedule': 'success',
        'wxgate / approvals': 'success',
      },
    });
    expect(info.github?.foundBy).toContain(`/commits/${merge}/pulls`);
    expect(info.github?.approvalsCheck?.status).toBe('pass');
    expect(info.github?.approvalsCheck?.ignored).toEqual([{ user: 'alice', why: 'self' }]);
    expect(info.github?.schedule).toEqual([
      { path: ARTICLE_PATH, leadTimeHours: 217, requiredHours: 72, urgent: false, status: 'pass' },
    ]);
    expect(info.approvalsSource).toContain(`CODEOWNERS at ${base}`);
    expect(info.approvalsSource).toContain('the approvals check was pass at merge');
    // Reviews read with the repository token, teams with the team token.
    expect(front.log.map((r) => r.token)).toEqual([REPO_TOKEN]);
    expect(new Set(gh.requests('GET', /\/pulls\/2\/reviews$/).map((r) => r.token))).toEqual(
      new Set([REPO_TOKEN]),
    );
    expect(new Set(gh.requests('GET', /^\/orgs\//).map((r) => r.token))).toEqual(new Set([TEAM_TOKEN]));
    // Asked once per commit.
    await source.forMergeCommit(merge);
    expect(front.log).toHaveLength(1);
  });

  it('a squash merge: the PR GitHub associates with the commit, judged by the rules of its parent', async () => {
    const { gh, head } = companyRepo();
    const { dir, base } = checkout();
    const squash = commitOnMain(dir, ARTICLE_FILES, 'Add the sports day article (#2)');
    gh.reviews.set(2, [
      { user: 'carol', state: 'APPROVED', commitId: head, submittedAt: '2026-11-17T04:30:00Z' },
    ]);
    const front = await start(gh);
    front.merge(2, { at: MERGED_AT, by: 'maintainer', commit: squash });
    const { source } = sourceFor(front, dir);

    const info = await source.forMergeCommit(squash);
    expect(info.number).toBe(2);
    expect(info.source).toBe('github');
    expect(info.approvals).toEqual([
      { user: 'carol', team: 'Codertocat/market', at: '2026-11-17T12:30:00+08:00', commit: head },
    ]);
    expect(info.github?.rulesCommit).toBe(base);
    // No check runs were posted on this head: recorded as missing, not as passed.
    expect(Object.values(info.github?.checkRuns ?? {})).toEqual(['missing', 'missing', 'missing']);
  });

  it('a squash commit GitHub does not associate: the number in its message counts only when GitHub confirms it', async () => {
    const { gh, head } = companyRepo();
    const { dir } = checkout();
    const squash = commitOnMain(dir, ARTICLE_FILES, 'Add the sports day article (#2)');
    gh.reviews.set(2, [
      { user: 'bob', state: 'APPROVED', commitId: head, submittedAt: '2026-11-17T02:00:00Z' },
    ]);
    const front = await start(gh);
    front.merge(2, { at: MERGED_AT, by: 'maintainer', commit: squash });
    front.associated.clear();
    const { source } = sourceFor(front, dir);

    const info = await source.forMergeCommit(squash);
    expect(info.source).toBe('github');
    expect(users(info)).toEqual(['bob']);
    expect(info.github?.foundBy).toBe(
      '#2 named in the commit message, confirmed by GET /repos/Codertocat/Hello-World/pulls/2',
    );
  });

  it('no merged PR for the commit: the git-only answer, recorded as such', async () => {
    const { gh } = companyRepo();
    const { dir } = checkout();
    // A direct push that claims a PR number; PR #2 is open, its merge commit is not this one.
    const pushed = commitOnMain(dir, ARTICLE_FILES, 'Add the sports day article (#2)');
    const direct = commitOnMain(dir, { 'README.md': '# 内容\n' }, 'Tidy the README');
    const front = await start(gh);
    const { source, warnings } = sourceFor(front, dir);

    const claimed = await source.forMergeCommit(pushed);
    expect(claimed).toMatchObject({ number: 2, source: 'git', approvals: 'unknown', createdAt: null });
    expect(claimed.github).toBeUndefined();
    expect(claimed.approvalsSource).toContain(`GitHub lists no merged pull request for commit ${pushed}`);
    expect(claimed.approvalsSource).toContain('names #2, which GitHub does not confirm');
    expect(claimed.approvalsSource).toContain('git-only PR source');

    const plain = await source.forMergeCommit(direct);
    expect(plain).toMatchObject({ number: null, source: 'git', approvals: 'unknown' });
    expect(warnings).toHaveLength(2);
    // Nothing about reviews or teams was asked.
    expect(gh.requests('GET', /\/reviews$/)).toHaveLength(0);
  });

  it('a PR that loosened CODEOWNERS and the policy is recorded under the base rules it was judged by', async () => {
    const loose = {
      ...ARTICLE_FILES,
      '.github/CODEOWNERS': '* @mallory\n',
      'policies/wxgate.yml': BASE_POLICY.replace("admins: ['@Codertocat/admins']", "admins: ['@mallory']"),
    };
    const { gh, head } = companyRepo({ headChanges: loose });
    const { dir, base } = checkout();
    const merge = mergeCommit(dir, loose);
    gh.reviews.set(2, [
      { user: 'mallory', state: 'APPROVED', commitId: head, submittedAt: '2026-11-17T01:00:00Z' },
      { user: 'bob', state: 'APPROVED', commitId: head, submittedAt: '2026-11-17T02:00:00Z' },
    ]);
    const front = await start(gh);
    front.merge(2, { at: MERGED_AT, by: 'maintainer', commit: merge });
    const { source } = sourceFor(front, dir);

    const info = await source.forMergeCommit(merge);
    expect(info.github?.rulesCommit).toBe(base);
    expect(users(info)).toEqual(['bob']);
    const required = info.github?.approvalsCheck?.required
      .map((r) => [r.source, r.owners, r.status])
      .sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1));
    // The base's CODEOWNERS lines (market for the article, admins for policies/ and .github/) and the base's
    // admins: nothing of the loosened files, where mallory would own everything.
    expect(required).toEqual([
      ['.github/CODEOWNERS:2', ['@Codertocat/market'], 'pass'],
      ['.github/CODEOWNERS:3', ['@Codertocat/admins'], 'pending'],
      ['.github/CODEOWNERS:4', ['@Codertocat/admins'], 'pending'],
      ['policy:admin', ['@Codertocat/admins'], 'pending'],
    ]);
    expect(info.github?.approvalsCheck?.status).toBe('pending');
    expect(info.github?.approvalsCheck?.ignored).toEqual([{ user: 'mallory', why: 'not-owner' }]);
    expect(info.approvalsSource).toContain('the approvals check was pending at merge');
  });

  it('a rebase merge: the base is before all of the PR commits, not the first parent of the last one', async () => {
    const { gh, base: fakeBase } = companyRepo();
    const loosen = gh.change(fakeBase, { '.github/CODEOWNERS': '* @mallory\n' }, 'Loosen the owners');
    const add = gh.change(loosen, ARTICLE_FILES, 'Add the sports day article');
    gh.addPull({
      number: 3,
      author: 'alice',
      createdAt: '2026-11-16T01:00:00Z',
      base: { ref: 'main', sha: fakeBase },
      commits: [loosen, add],
    });
    gh.reviews.set(3, [
      { user: 'mallory', state: 'APPROVED', commitId: add, submittedAt: '2026-11-17T01:00:00Z' },
    ]);
    const { dir, base } = checkout();
    commitOnMain(dir, { '.github/CODEOWNERS': '* @mallory\n' }, 'Loosen the owners');
    const last = commitOnMain(dir, ARTICLE_FILES, 'Add the sports day article');
    const front = await start(gh);
    front.merge(3, { at: MERGED_AT, by: 'maintainer', commit: last });
    const { source } = sourceFor(front, dir);

    const info = await source.forMergeCommit(last);
    expect(info.number).toBe(3);
    expect(info.github?.rulesCommit).toBe(base);
    expect(users(info)).toEqual([]);
    expect(info.github?.approvalsCheck?.ignored).toEqual([{ user: 'mallory', why: 'not-owner' }]);
  });

  it('a team lookup that fails is recorded as unreadable, and the approvals that need it do not count', async () => {
    const { gh, head } = companyRepo();
    const { dir } = checkout();
    const merge = mergeCommit(dir, ARTICLE_FILES);
    gh.reviews.set(2, [
      { user: 'bob', state: 'APPROVED', commitId: head, submittedAt: '2026-11-17T02:00:00Z' },
    ]);
    const front = await start(gh);
    front.merge(2, { at: MERGED_AT, by: 'maintainer', commit: merge });
    // The repository token may not see organisation teams: GitHub answers 404.
    const { source } = sourceFor(front, dir, { teamToken: REPO_TOKEN });

    const info = await source.forMergeCommit(merge);
    expect(info.source).toBe('github');
    expect(info.approvals).toEqual([]);
    expect(info.github?.teamLookups).toHaveLength(1);
    expect(info.github?.teamLookups[0]?.team).toBe('Codertocat/market');
    expect(info.github?.teamLookups[0]?.result).toMatch(
      /^not-found: team @Codertocat\/market does not exist or the token cannot see it/,
    );
    expect(info.github?.approvalsCheck?.ignored).toEqual([{ user: 'bob', why: 'team-unreadable' }]);
    expect(info.github?.approvalsCheck?.status).toBe('fail');
    expect(info.approvalsSource).toContain(
      'team @Codertocat/market could not be read (not-found): approvals that depend on it are not counted',
    );
  });

  it('reads every page of reviews', async () => {
    const { gh, head } = companyRepo();
    const { dir } = checkout();
    const merge = mergeCommit(dir, ARTICLE_FILES);
    const reviews = Array.from({ length: 130 }, (_, i) => ({
      user: `reviewer${i}`,
      state: 'COMMENTED' as const,
      commitId: head,
      submittedAt: new Date(Date.parse('2026-11-17T00:00:00Z') + i * 60_000).toISOString(),
    }));
    // On the second page (reviews 101–130).
    reviews[120] = {
      user: 'carol',
      state: 'APPROVED' as never,
      commitId: head,
      submittedAt: reviews[120]!.submittedAt,
    };
    gh.reviews.set(2, reviews);
    const front = await start(gh);
    front.merge(2, { at: MERGED_AT, by: 'maintainer', commit: merge });
    const { source } = sourceFor(front, dir);

    const info = await source.forMergeCommit(merge);
    expect(users(info)).toEqual(['carol']);
    expect(gh.requests('GET', /\/pulls\/2\/reviews$/).map((r) => r.query.get('page') ?? '1')).toEqual([
      '1',
      '2',
    ]);
  });

  it('retries a 5xx and then records what GitHub answered', async () => {
    const { gh, head } = companyRepo();
    const { dir } = checkout();
    const merge = mergeCommit(dir, ARTICLE_FILES);
    gh.reviews.set(2, [
      { user: 'bob', state: 'APPROVED', commitId: head, submittedAt: '2026-11-17T02:00:00Z' },
    ]);
    gh.fail('GET', /\/pulls\/2\/reviews$/, { times: 2, status: 502 });
    const front = await start(gh);
    front.merge(2, { at: MERGED_AT, by: 'maintainer', commit: merge });
    front.fail(/\/pulls$/, 1, 503);
    const { source } = sourceFor(front, dir);

    const info = await source.forMergeCommit(merge);
    expect(info.source).toBe('github');
    expect(users(info)).toEqual(['bob']);
    expect(front.log.map((r) => r.status)).toEqual([503, 200]);
    expect(gh.requests('GET', /\/pulls\/2\/reviews$/).map((r) => r.status)).toEqual([502, 502, 200]);
  });

  it('GitHub down after every retry: the git-only answer, with the reason', async () => {
    const { gh } = companyRepo();
    const { dir } = checkout();
    const merge = mergeCommit(dir, ARTICLE_FILES);
    const front = await start(gh);
    front.merge(2, { at: MERGED_AT, by: 'maintainer', commit: merge });
    front.fail(/\/pulls$/, 10, 503);
    const { source, warnings } = sourceFor(front, dir);

    const info = await source.forMergeCommit(merge);
    expect(info).toMatchObject({ number: 2, source: 'git', approvals: 'unknown' });
    expect(info.approvalsSource).toMatch(
      /^unknown: asking GitHub for the pull request of commit [0-9a-f]{40} failed \(HTTP 503/,
    );
    expect(warnings[0]).toContain('HTTP 503');
  });

  it('the urgent path: the general manager who approved and the link of the report the check posted', async () => {
    const urgentArticle = article({ urgentReason: '配合集团临时发布安排' });
    const { gh, head } = companyRepo({
      labels: ['加急'],
      createdAt: '2026-11-24T01:00:00Z',
      headChanges: { [ARTICLE_PATH]: urgentArticle },
    });
    const { dir } = checkout();
    const merge = mergeCommit(dir, { ...ARTICLE_FILES, [ARTICLE_PATH]: urgentArticle });
    gh.reviews.set(2, [
      { user: 'bob', state: 'APPROVED', commitId: head, submittedAt: '2026-11-24T02:00:00Z' },
      { user: 'dave', state: 'APPROVED', commitId: head, submittedAt: '2026-11-24T03:00:00Z' },
    ]);
    const marker = '<!-- wxgate-urgent-report:pr-2 -->';
    const person = { login: 'mallory', type: 'User' as const };
    const bot = { login: 'github-actions[bot]', type: 'Bot' as const };
    const issue = {
      labels: ['wxgate-urgent-report'],
      state: 'open' as const,
      title: '【加急发布报告】PR #2',
    };
    // Copies of the marker come first and are not the report: a person's, another app's, and one of wxgate's
    // own issues where the marker is not the first line (an author's text quoted in another report).
    const otherApp = { login: 'mallory-app[bot]', type: 'Bot' as const };
    gh.issues.push({ ...issue, id: 1, number: 100, body: `${marker}\n假的`, user: person });
    gh.issues.push({ ...issue, id: 2, number: 101, body: `${marker}\n假的`, user: otherApp });
    gh.issues.push({
      ...issue,
      id: 3,
      number: 102,
      body: `<!-- wxgate-urgent-report:pr-9 -->\n${marker}`,
      user: bot,
    });
    gh.issues.push({ ...issue, id: 4, number: 103, body: `${marker}\n报告`, user: bot });
    const front = await start(gh);
    front.merge(2, { at: '2026-11-24T04:00:00Z', by: 'maintainer', commit: merge });
    const { source } = sourceFor(front, dir);

    const info = await source.forMergeCommit(merge);
    expect(info.gmApprover).toBe('dave');
    expect(info.report).toBe('https://github.example/Codertocat/Hello-World/issues/103');
    expect(info.github?.urgent).toBe(true);
    expect(info.github?.schedule[0]).toMatchObject({ urgent: true, status: 'pass', leadTimeHours: 25 });
    expect(info.approvals).toEqual([
      { user: 'bob', team: 'Codertocat/market', at: '2026-11-24T10:00:00+08:00', commit: head },
      { user: 'dave', team: 'Codertocat/gm', at: '2026-11-24T11:00:00+08:00', commit: head },
    ]);
  });
});

// ── wxgate publish with the GitHub source: the record and the ledger commits ──────────────────────────────────

describe('wxgate publish --pr-source', () => {
  const Q3 = 'content/group/2025-03-12-q3-operating-update';

  /** The fixture's content repository, and on the fake GitHub the PR #10 its merge commit came from. */
  async function merged() {
    const f = await fixture([{ from: SAMPLES.q3, to: Q3, publishAt: '2025-03-12T10:00:00+08:00' }]);
    const dir = f.clone();
    const mergeSha = gitIn(dir, 'rev-parse', 'HEAD').trim();
    const gh = new FakeGitHub('acme/content');
    gh.tokens.set(REPO_TOKEN, { login: 'github-actions[bot]', type: 'Bot' });
    gh.tokens.set(TEAM_TOKEN, { login: 'wxgate-teams[bot]', type: 'Bot' });
    const files: Record<string, string> = {};
    for (const name of gitIn(dir, 'ls-tree', '--name-only', 'HEAD', `${Q3}/`).split('\n').filter(Boolean)) {
      files[name] = execFileSync('git', ['show', `HEAD:${name}`], { cwd: dir, encoding: 'latin1' });
    }
    files[`${Q3}/index.md`] = gitIn(dir, 'show', `HEAD:${Q3}/index.md`);
    const fakeBase = gh.commit({ 'README.md': 'x\n' }, undefined, 'Policies');
    const head = gh.change(fakeBase, files, `Add ${Q3}`);
    gh.addPull({
      number: 10,
      author: 'li-lei',
      title: '澜川集团 2026 年第三季度经营情况通报',
      createdAt: '2025-03-05T01:00:00Z',
      base: { ref: 'main', sha: fakeBase },
      commits: [head],
    });
    gh.reviews.set(10, [
      { user: 'zhao-min', state: 'APPROVED', commitId: head, submittedAt: '2025-03-06T02:00:00Z' },
    ]);
    // department: 战略发展部 → the policy's department rule needs @acme/strategy-head.
    gh.addTeam('acme/strategy-head', { 'zhao-min': 'active' }, [TEAM_TOKEN]);
    addCheckRuns(gh, head, {
      [CHECK_NAMES.compliance]: 'success',
      [CHECK_NAMES.schedule]: 'success',
      [CHECK_NAMES.approvals]: 'success',
    });
    const front = await start(gh);
    front.merge(10, { at: '2025-03-07T01:00:00Z', by: 'wang-fang', commit: mergeSha });
    const env = {
      ...f.env,
      GITHUB_TOKEN: REPO_TOKEN,
      GITHUB_REPOSITORY: 'acme/content',
      GITHUB_API_URL: front.apiUrl,
      WXGATE_TEAM_TOKEN: TEAM_TOKEN,
    };
    return { f, dir, env, front, head, mergeSha };
  }

  async function run(
    m: Awaited<ReturnType<typeof merged>>,
    prSource?: 'git' | 'github',
  ): Promise<{ exitCode: number; log: string[] }> {
    const log: string[] = [];
    const report = await runPublishRequest({
      cwd: m.dir,
      env: m.env,
      policiesDir: join(m.dir, 'policies'),
      dryRun: false,
      portFor: fastClient(m.f),
      tuning: { pollIntervalMs: 50, maxPollsPerRun: 6 },
      github: { throttle: false, retryAfterBaseValue: 1 },
      ...(prSource ? { prSource } : {}),
      log: { info: (l) => log.push(l), warn: (l) => log.push(`warning: ${l}`) },
    });
    return { exitCode: report.exitCode, log };
  }

  it('with GITHUB_TOKEN: the record and the commit trailers name the real approvers', async () => {
    const m = await merged();
    const { exitCode, log } = await run(m);
    expect(exitCode, log.join('\n')).toBe(0);

    const record = m.f.record('group/2025-03-12-q3-operating-update')!;
    expect(record.state).toBe('published');
    expect(record.provenance).toMatchObject({
      merge_commit: m.mergeSha,
      pr: 10,
      pr_title: '澜川集团 2026 年第三季度经营情况通报',
      pr_source: 'github',
      submitted_at: '2025-03-05T09:00:00+08:00',
      submitted_at_source: 'pull request creation time (GitHub)',
      lead_time_hours: 169,
      approvals: [
        { user: 'zhao-min', team: 'acme/strategy-head', at: '2025-03-06T10:00:00+08:00', commit: m.head },
      ],
    });
    const github = (record.provenance as PublishRecord['provenance'] & { github: Record<string, unknown> })
      .github;
    expect(github).toMatchObject({
      url: 'https://github.example/acme/content/pull/10',
      author: 'li-lei',
      merged_at: '2025-03-07T09:00:00+08:00',
      merged_by: 'wang-fang',
      head_commit: m.head,
      approvals_check: 'pass',
      required: [
        {
          source: 'policy:approvals.rules[0](department=战略发展部)',
          owners: ['@acme/strategy-head'],
          satisfied_by: ['zhao-min'],
          status: 'pass',
        },
      ],
      schedule: { lead_time_hours: 169, required_hours: 72, urgent: false, status: 'pass' },
      check_runs: {
        'wxgate / compliance': 'success',
        'wxgate / schedule': 'success',
        'wxgate / approvals': 'success',
      },
      urgent: null,
    });
    // The record file as written on the ledger branch, read back as YAML.
    const text = gitIn(m.f.origin, 'show', 'wxgate-ledger:records/group/2025-03-12-q3-operating-update.yml');
    expect((yaml.load(text, { schema: yaml.CORE_SCHEMA }) as PublishRecord).provenance.approvals).toEqual(
      record.provenance.approvals,
    );

    // Every ledger commit of the article carries the approval as a trailer, and none says it is unknown.
    const bodies = m.f
      .ledgerLog('%B%x01')
      .split('\x01')
      .filter((b) => b.includes('Wxgate-Article: '));
    expect(bodies.length).toBeGreaterThan(2);
    for (const body of bodies) {
      expect([...body.matchAll(/^Approved-by: (.*)$/gm)].map((t) => t[1])).toEqual([
        `zhao-min (acme/strategy-head) 2025-03-06T10:00:00+08:00 ${m.head.slice(0, 12)}`,
      ]);
      expect(body).not.toContain('Wxgate-Approvals:');
    }
    // The token never reaches the log.
    expect(log.join('\n')).not.toContain(REPO_TOKEN);
  });

  it('--pr-source git: commit messages only, GitHub is not asked', async () => {
    const m = await merged();
    const { exitCode } = await run(m, 'git');
    expect(exitCode).toBe(0);
    const record = m.f.record('group/2025-03-12-q3-operating-update')!;
    expect(record.provenance).toMatchObject({ pr: 10, pr_source: 'git', approvals: 'unknown' });
    expect(m.front.log).toHaveLength(0);
    expect(m.front.gh.log).toHaveLength(0);
    expect(m.f.ledgerLog('%B')).toContain('Wxgate-Approvals: unknown (git-only PR source)');
  });

  it('--pr-source: in the help; github without a token and unknown values are refused', async () => {
    const out: string[] = [];
    const io = { cwd: process.cwd(), env: {}, out: (s: string) => out.push(s), err: () => {} };
    expect(await publish.run(['--help'], io as never)).toBe(0);
    expect(out.join('')).toContain('--pr-source <github|git>');
    await expect(publish.run(['--pr-source', 'gitlab'], io as never)).rejects.toThrow(
      '--pr-source must be github or git (got "gitlab")',
    );
    const m = await merged();
    m.env.GITHUB_TOKEN = '';
    await expect(run(m, 'github')).rejects.toThrow('--pr-source github needs GITHUB_TOKEN');
  });
});
