import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AuditRequest, runAudit } from '../../src/app/audit.js';
import { articleFiles, Company, hashOf, LEDGER, makeRecord } from './company.js';
import { GitRepo } from './repos.js';
import { auditRequest, kindsOf } from './run.js';
import { cleanHistory, dirtyHistory, EXPECTED_DIRTY } from './scenarios.js';

/**
 * The audit on real git repositories in temp folders, each written by one fast-import: a history holding every
 * anomaly next to articles published by the rules, a clean history, and a checkpoint that a force-push breaks.
 * The git commands printed as evidence are run too: they show what the anomaly says.
 */
type Json = {
  anomalies: {
    kind: string;
    severity: string;
    article: string | null;
    commits: string[];
    detail: string;
    record: string | null;
    commands: string[];
    data: Record<string, unknown>;
  }[];
  articles: { path: string; status: string; anomalies: string[]; content_verified: boolean | null }[];
  checkpoints: { status: string; commit: string; tag: string | null; period: string }[];
  summary: Record<string, unknown>;
  verified_since: string | null;
};

async function audit(dir: string, o: Partial<AuditRequest> = {}) {
  const outcome = await runAudit(auditRequest(dir, o));
  return { ...outcome, json: JSON.parse(outcome.stdout || '{}') as Json };
}

/** Runs an evidence command as an auditor would paste it into a shell. */
const shell = (dir: string, command: string) =>
  execFileSync('sh', ['-c', command], { cwd: dir, encoding: 'utf8' });

describe('a history with every anomaly', () => {
  let repo: GitRepo;
  let facts: Awaited<ReturnType<typeof dirtyHistory>>;
  let result: Awaited<ReturnType<typeof audit>>;
  const find = (kind: string, key?: string) =>
    result.json.anomalies.filter(
      (a) => a.kind === kind && (key === undefined || a.article === `content/${key}/index.md`),
    );

  beforeAll(async () => {
    repo = new GitRepo();
    facts = await dirtyHistory(repo);
    await repo.close();
    result = await audit(repo.dir);
  }, 60_000);

  it('finds exactly the anomalies the history holds, and exits 1', () => {
    expect(kindsOf(result.json.anomalies)).toEqual(EXPECTED_DIRTY);
    expect(result.exitCode).toBe(1);
    const clean = result.json.articles.find((a) => a.path === facts.clean.path)!;
    expect(clean).toMatchObject({ status: 'published', anomalies: [], content_verified: true });
    const withGm = result.json.articles.find((a) => a.path === facts.withGm.path)!;
    expect(withGm.anomalies).toEqual([]);
    expect(result.json.articles.find((a) => a.path === facts.withdrawn.path)).toMatchObject({
      status: 'withdrawn',
      anomalies: [],
    });
  });

  it('(4) a direct push to main: the commit, and the command that shows it', () => {
    const [a] = find('direct-push');
    expect(a!.commits).toEqual([facts.directPush]);
    expect(a!.detail).toContain('Hand over the policies');
    expect(shell(repo.dir, a!.commands[0]!)).toContain('.github/CODEOWNERS');
  });

  it('(3) an urgent publish without the general manager: what is missing', () => {
    const [a] = find('lead-time', 'group/2026-11-18-no-gm');
    expect(a!.detail).toMatch(
      /lead time 23 h is below the policy's 72 h.*general manager's approval, the report link/,
    );
    expect(a!.commits[0]).toBe(facts.noGm.merged.merge);
  });

  it('(7) a policy change: who, which PR, what changed', () => {
    const [viaPr, direct] = find('policy-change');
    expect(viaPr!.commits).toEqual([facts.policyChange.merge]);
    expect(viaPr!.data).toMatchObject({
      pr: 20,
      written_by: ['Zhang Wei'],
      files: [{ path: 'policies/wxgate.yml', diff: ['~ lead_time.hours: 72 → 48'] }],
    });
    expect(direct!.data).toMatchObject({
      pr: null,
      files: [
        { path: '.github/CODEOWNERS', diff: ['- /policies/  @acme/wxgate-admins', '+ /policies/  @someone'] },
      ],
    });
    expect(shell(repo.dir, viaPr!.commands[1]!)).toContain('+  hours: 48');
  });

  it('(1) content changed after approval, and content that differs from the merge', () => {
    const [changed] = find('content-mismatch', 'group/2026-11-30-changed');
    expect(changed!.commits.slice(0, 2)).toEqual([facts.changed.merged.first, facts.changed.merged.merge]);
    const [tampered] = find('content-mismatch', 'group/2026-12-01-tampered');
    expect(tampered!.data).toEqual({
      recorded_hash: facts.wrongHash,
      merged_hash: hashOf(facts.tampered.files),
      merge_commit: facts.tampered.merged.merge,
    });
    expect(shell(repo.dir, tampered!.commands[0]!)).toContain(`content_hash: ${facts.wrongHash}`);
  });

  it('(6) a double publish and an edit after publishing', () => {
    const [twice] = find('double-publish');
    expect(twice!.data).toEqual({
      publications: { '222': [facts.twice.second], '111': [facts.twice.first] },
    });
    expect(shell(repo.dir, twice!.commands[0]!)).toMatch(
      /published 111 .*\n(.*\n)*.*published 222|published 222 [\s\S]*published 111/,
    );
    const [later] = find('edited-after-publish');
    expect(later!.commits[0]).toBe(facts.later.edit.merge);
  });

  it('(8) a record whose trailers were edited', () => {
    const [a] = find('trailer-mismatch');
    expect(a!.commits).toEqual([facts.edited.forgedCommit]);
    expect(a!.data.trailers_only).toEqual([
      'Approved-by: boss (acme/gm) 2026-11-20T11:00:00+08:00 000000000000',
    ]);
    expect(shell(repo.dir, a!.commands[0]!)).toContain('Approved-by: boss (acme/gm)');
  });

  it('(5) an article never published, and a record without its article', () => {
    expect(find('unpublished')[0]!.detail).toContain('there is no publish record');
    const [ghost] = find('record-without-article');
    expect(ghost).toMatchObject({ record: facts.ghost.record, commits: [facts.ghost.commit] });
  });

  it('(8) a checkpoint, then a force-push of the ledger over it', async () => {
    const first = await audit(repo.dir, { checkpoint: true });
    const written = first.report.checkpoints.at(-1)!;
    expect(written).toMatchObject({ status: 'written', period: '2026Q4', by: 'auditor' });
    expect(
      execFileSync('git', ['tag', '--list', 'wxgate-audit/*'], { cwd: repo.dir, encoding: 'utf8' }).trim(),
    ).toBe(`wxgate-audit/2026Q4/${written.commit.slice(0, 12)}`);
    const next = {
      period: { kind: 'quarter' as const, quarter: '2027Q1' },
      now: Date.parse('2027-01-05T09:00:00+08:00'),
    };
    const intact = await audit(repo.dir, next);
    expect(intact.json.checkpoints).toMatchObject([
      { status: 'ok', commit: written.commit, period: '2026Q4' },
    ]);
    expect(intact.json.verified_since).toBe(written.ledger_tip);
    expect(intact.json.anomalies.filter((a) => a.kind === 'history-rewritten')).toEqual([]);

    // Someone rewrites the ledger from before the checkpoint and force-pushes it.
    await repo.reset(LEDGER, facts.twice.first);
    const c = new Company(repo);
    const spec = {
      key: 'group/2026-12-02-twice',
      title: '发布了两次',
      publishAt: '2026-12-02T10:00:00+08:00',
    };
    await c.write(
      makeRecord({
        article: spec,
        merged: facts.twice.merged,
        hash: hashOf(articleFiles(spec)),
        state: 'published',
        submittedAt: '2026-11-20T10:00:00+08:00',
        publishedAt: '2026-12-02T10:00:05+08:00',
        publishId: '111',
      }),
      '2027-01-04T10:00:00+08:00',
    );
    await repo.close();
    const broken = await audit(repo.dir, next);
    const [rewritten] = broken.json.anomalies.filter((a) => a.kind === 'history-rewritten');
    expect(rewritten).toMatchObject({
      severity: 'error',
      commits: [written.commit, written.ledger_tip, written.content_tip],
    });
    expect(rewritten!.detail).toContain('the 2026Q4 audit');
    expect(broken.json.checkpoints).toMatchObject([
      { status: 'rewritten', tag: `refs/tags/wxgate-audit/2026Q4/${written.commit.slice(0, 12)}` },
    ]);
    expect(broken.json.verified_since).toBeNull();
    expect(shell(repo.dir, rewritten!.commands[0]!).trim()).toBe('REWRITTEN');
    expect(broken.exitCode).toBe(1);
  }, 60_000);
});

describe('a clean history', () => {
  it('flags nothing and exits 0', async () => {
    const repo = new GitRepo();
    await cleanHistory(repo);
    await repo.close();
    const result = await audit(repo.dir);
    expect(result.json.anomalies).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.json.articles.map((a) => [a.status, a.content_verified])).toEqual([
      ['published', true],
      ['published', true],
      ['withdrawn', true],
      ['handed-off', true],
    ]);
    expect(result.json.summary).toMatchObject({
      articles: 4,
      approvals_verified: 4,
      approvals_unknown: 0,
      content_verified: 4,
      urgent: 1,
    });
  }, 60_000);
});
