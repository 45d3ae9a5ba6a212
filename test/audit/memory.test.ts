import { describe, expect, it } from 'vitest';
import { type Landing, landing } from '../../src/audit/branch.js';
import type { Commit } from '../../src/audit/history.js';
import { Company, GITHUB, MAIN, POLICY, WRITER } from './company.js';
import { MemoryRepo, PERSON } from './repos.js';
import { auditInMemory, memoryCompany as company, kindsOf } from './run.js';
import { BEFORE, cleanHistory, dirtyHistory, EXPECTED_DIRTY } from './scenarios.js';

/**
 * The anomaly rules on histories held in memory: the same scenarios as the real-git tests give the same findings
 * (so the in-memory port answers like git does), and the edges of each rule.
 */
const audit = auditInMemory;

const kinds = (report: Awaited<ReturnType<typeof audit>>) =>
  report.anomalies.map((a) => `${a.kind}:${a.severity}`);

describe('the scenarios of the real-git tests, in memory', () => {
  it('finds the same anomalies in the dirty history', async () => {
    const repo = new MemoryRepo();
    await dirtyHistory(repo);
    expect(kindsOf((await audit(repo)).anomalies)).toEqual(EXPECTED_DIRTY);
  });

  it('flags nothing in the clean history', async () => {
    const repo = new MemoryRepo();
    await cleanHistory(repo);
    expect((await audit(repo)).anomalies).toEqual([]);
  });

  it('--account keeps that account’s articles and the repository-wide anomalies', async () => {
    const repo = new MemoryRepo();
    await dirtyHistory(repo);
    const pharma = await audit(repo, { account: 'lanchuan-pharma' });
    expect(pharma.articles).toEqual([]);
    expect(kinds(pharma)).toEqual(['direct-push:error', 'policy-change:info', 'policy-change:info']);
  });
});

describe('(4) how a commit came to the branch', () => {
  const commit = (message: string, parents: number, committer = GITHUB): Commit => ({
    sha: 'a'.repeat(40),
    parents: Array.from({ length: parents }, (_, i) => String(i).repeat(40)),
    author: { ...PERSON, at: BEFORE },
    committer: { ...committer, at: BEFORE },
    message,
    changes: [],
  });
  it.each<[string, string, number, typeof GITHUB, Landing]>([
    [
      'merge button',
      'Merge pull request #12 from acme/x\n\nTitle',
      2,
      GITHUB,
      { kind: 'pull-request', pr: 12, style: 'merge', byGitHub: true },
    ],
    [
      'merged on a laptop',
      'Merge pull request #12 from acme/x',
      2,
      PERSON,
      { kind: 'pull-request', pr: 12, style: 'merge', byGitHub: false },
    ],
    [
      'squash',
      'Fix the title (#13)',
      1,
      GITHUB,
      { kind: 'pull-request', pr: 13, style: 'squash', byGitHub: true },
    ],
    [
      'forged merge message',
      'Merge pull request #12 from acme/x',
      1,
      PERSON,
      { kind: 'direct', reason: 'one-parent-merge-message', byGitHub: false },
    ],
    [
      'rebase merge or web edit',
      'Fix a typo',
      1,
      GITHUB,
      { kind: 'direct', reason: 'no-reference', byGitHub: true },
    ],
    ['direct push', 'Fix a typo', 1, PERSON, { kind: 'direct', reason: 'no-reference', byGitHub: false }],
    ['first commit', 'Initial', 0, PERSON, { kind: 'direct', reason: 'root', byGitHub: false }],
  ])('%s', (_name, message, parents, committer, expected) => {
    expect(landing(commit(message, parents, committer))).toEqual(expected);
  });

  it('reports a PR merge made outside GitHub and a rebase as warnings, a push as an error', async () => {
    const { repo, c } = await company();
    const base = repo.tip(MAIN)!;
    const side = await repo.commit({
      branch: 'refs/heads/x',
      parents: [base],
      files: { 'content/group/a/x.txt': '1' },
      message: 'x',
      at: '2026-11-01T10:00:00+08:00',
    });
    await repo.commit({
      branch: MAIN,
      parents: [base, side],
      files: { 'content/group/a/x.txt': '1' },
      message: 'Merge pull request #5 from acme/x',
      at: '2026-11-01T11:00:00+08:00',
      committer: PERSON,
    });
    await c.push({ 'content/group/a/y.txt': '2' }, 'Rebased change', '2026-11-02T10:00:00+08:00', WRITER);
    await repo.commit({
      branch: MAIN,
      files: { 'content/group/a/z.txt': '3' },
      message: 'Rebased by GitHub',
      at: '2026-11-03T10:00:00+08:00',
      author: WRITER,
      committer: GITHUB,
    });
    await c.push({ 'README.md': 'not governed' }, 'Docs', '2026-11-04T10:00:00+08:00');
    const report = await audit(repo);
    expect(report.anomalies.map((a) => [a.kind, a.severity, a.article])).toEqual([
      ['direct-push', 'error', 'content/group/a/index.md'],
      ['direct-push', 'warning', 'content/group/a/index.md'],
      ['direct-push', 'warning', 'content/group/a/index.md'],
    ]);
    expect(report.summary).toMatchObject({ content_commits: 4, via_pull_request: 1 });
  });
});

describe('(3) lead time and the urgent path', () => {
  it('judges a merge by the policy of its base, in working days when the policy says so', async () => {
    const { c, publishOne, repo } = await company();
    // Before this article merges, the policy asks for 3 working days; the article has 4 calendar days over a
    // weekend: Friday 2026-11-13 10:00 → Tuesday 2026-11-17 10:00 is only 2 working days.
    await c.pr(90, {
      files: {
        'policies/wxgate.yml': POLICY.replace(
          /^lead_time:\n {2}hours: 72$/m,
          'lead_time:\n  working_days: 3',
        ),
      },
      title: 'Working days',
      at: '2026-11-01T10:00:00+08:00',
      mergedAt: '2026-11-02T10:00:00+08:00',
    });
    await publishOne('group/2026-11-17-weekend', {
      submittedAt: '2026-11-13T10:00:00+08:00',
      mergedAt: '2026-11-13T12:00:00+08:00',
      publishAt: '2026-11-17T10:00:00+08:00',
    });
    const report = await audit(repo);
    const [a] = report.anomalies.filter((x) => x.kind === 'lead-time');
    expect(a!.detail.en).toBe(
      "lead time 96 h is below the policy's 3 working days, and it was not published as urgent",
    );
  });

  it('a git-only urgent record lacks the label evidence, the GM and the report', async () => {
    const { publishOne, repo } = await company();
    await publishOne('group/2026-11-20-urgent', {
      submittedAt: '2026-11-19T10:00:00+08:00',
      record: {
        approvals: 'unknown',
        urgent: { reason: '突发', gm_approver: null, report: null, label: false },
      },
    });
    const [a] = (await audit(repo)).anomalies.filter((x) => x.kind === 'lead-time');
    expect(a!.detail.en).toMatch(
      /missing the urgent label, the general manager's approval, the report link$/,
    );
  });

  it('an unknown submission time is a warning, not a verdict', async () => {
    const { publishOne, repo } = await company();
    const { record } = await publishOne('group/2026-11-20-x');
    record.provenance.submitted_at = null;
    await new Company(repo).write({ ...record, revision: 3 }, '2026-11-21T10:00:00+08:00');
    const [a] = (await audit(repo)).anomalies.filter((x) => x.kind === 'lead-time');
    expect(a).toMatchObject({ severity: 'warning' });
  });
});

describe('(5) publication gaps', () => {
  it('an article inside its grace is scheduled; past it, a failed record is reported with its failure', async () => {
    const { publishOne, repo, c } = await company();
    const { record } = await publishOne('group/2026-12-30-late', { publishAt: '2026-12-30T20:00:00+08:00' });
    await c.write(
      {
        ...record,
        state: 'failed',
        revision: 3,
        failure: {
          at: '2026-12-30T20:00:06+08:00',
          step: 'submit',
          kind: 'quota',
          errcode: 45009,
          message: 'reach max api daily quota limit',
          hint: '',
          retry: 'automatic',
          retry_after: null,
          attempts: 1,
          resume_from: 'drafted',
          method: 'freepublish',
        },
        times: { claimed_at: '2026-12-30T20:00:00+08:00', failed_at: '2026-12-30T20:00:06+08:00' },
      },
      '2026-12-30T20:00:06+08:00',
    );
    expect((await audit(repo)).anomalies.filter((a) => a.kind === 'unpublished')).toEqual([]);
    const later = await audit(repo, { graceHours: 6 });
    const [a] = later.anomalies.filter((x) => x.kind === 'unpublished');
    expect(a!.detail.en).toBe(
      'due at 2026-12-30T20:00:00+08:00 and not published 6 h later: its record says failed (quota: reach max api daily quota limit)',
    );
  });

  it('an article removed after publishing is a warning unless it was withdrawn', async () => {
    const { publishOne, repo, c } = await company();
    const kept = await publishOne('group/2026-11-20-removed');
    const gone = await publishOne('group/2026-11-21-withdrawn');
    await c.write(
      {
        ...gone.record,
        state: 'withdrawn',
        revision: 3,
        times: { ...gone.record.times, withdrawn_at: '2026-11-22T10:00:00+08:00' },
      },
      '2026-11-22T10:00:00+08:00',
    );
    await c.push(
      {
        ...Object.fromEntries(Object.keys(kept.files).map((p) => [p, null])),
        ...Object.fromEntries(Object.keys(gone.files).map((p) => [p, null])),
      },
      'Remove two articles (#77)',
      '2026-11-23T10:00:00+08:00',
      GITHUB,
    );
    const report = await audit(repo);
    expect(report.anomalies.map((a) => [a.kind, a.severity, a.article])).toEqual([
      ['record-without-article', 'warning', 'content/group/2026-11-20-removed/index.md'],
    ]);
  });
});

describe('(6) publications', () => {
  it('a failed publish done again is one publication, not two', async () => {
    const { publishOne, repo, c } = await company();
    const { record } = await publishOne('group/2026-11-20-retry', {
      record: { state: 'failed', publishId: 'first-try' },
    });
    await c.write(
      { ...record, state: 'published', revision: 3, wechat: { ...record.wechat, publish_id: 'second-try' } },
      '2026-11-20T11:00:00+08:00',
    );
    expect((await audit(repo)).anomalies).toEqual([]);
  });
});
