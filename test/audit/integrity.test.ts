import { describe, expect, it } from 'vitest';
import {
  checkpointMessage,
  checkpointPath,
  checkpointTag,
  formatCheckpoint,
} from '../../src/audit/checkpoint.js';
import { formatRecord } from '../../src/publish/record.js';
import { GITHUB, LEDGER, ledgerMessage, MAIN } from './company.js';
import { PERSON } from './repos.js';
import { auditInMemory as audit, checkpointOf, memoryCompany as company } from './run.js';

/**
 * Whether the ledger can be believed (8), on histories held in memory: hand-edited, deleted and misfiled records,
 * the trailer check since the last intact checkpoint, rewrites of the ledger and of the content branch; and what
 * git alone cannot compare.
 */
const kinds = (report: Awaited<ReturnType<typeof audit>>) =>
  report.anomalies.map((a) => `${a.kind}:${a.severity}`);

describe('(8) ledger integrity', () => {
  it('reports a commit without trailers, a deleted record, a record filed under another path and broken YAML', async () => {
    const { publishOne, repo } = await company();
    const a = await publishOne('group/2026-11-20-a');
    const b = await publishOne('group/2026-11-21-b');
    await repo.commit({
      branch: LEDGER,
      files: { 'records/group/2026-11-20-a.yml': formatRecord({ ...a.record, title: '改过的标题' }) },
      message: 'fix title by hand',
      at: '2026-11-22T10:00:00+08:00',
    });
    await repo.commit({
      branch: LEDGER,
      files: { 'records/group/2026-11-21-b.yml': null },
      message: 'drop it',
      at: '2026-11-22T11:00:00+08:00',
    });
    await repo.commit({
      branch: LEDGER,
      files: { 'records/group/2026-11-22-c.yml': formatRecord(b.record) },
      message: ledgerMessage(b.record),
      at: '2026-11-22T12:00:00+08:00',
    });
    await repo.commit({
      branch: LEDGER,
      files: { 'records/group/2026-11-23-d.yml': 'article: [broken' },
      message: 'd',
      at: '2026-11-22T13:00:00+08:00',
    });
    const report = await audit(repo);
    const integrity = report.anomalies
      .filter((x) => x.kind === 'trailer-mismatch')
      .map((x) => [x.record, x.detail.en.replace(/^ledger commit \w+ \([^)]*\): /, '')]);
    expect(integrity).toEqual([
      [
        'records/group/2026-11-23-d.yml',
        expect.stringMatching(/^the record cannot be read: records\/group\/2026-11-23-d.yml:1: /),
      ],
      ['records/group/2026-11-21-b.yml', 'deleted the publish record (wxgate never deletes one)'],
      ['records/group/2026-11-20-a.yml', 'the commit has no wxgate trailers: wxgate did not write it'],
      [
        'records/group/2026-11-22-c.yml',
        'the record is for content/group/2026-11-21-b/index.md but is filed as records/group/2026-11-22-c.yml',
      ],
    ]);
  });

  it('checks trailers only since the newest intact checkpoint of an earlier period', async () => {
    const { publishOne, repo } = await company();
    const a = await publishOne('group/2026-11-20-a');
    // A hand edit before the checkpoint: the 2026Q4 audit reported it; the 2027Q1 audit starts after it.
    await repo.commit({
      branch: LEDGER,
      files: { 'records/group/2026-11-20-a.yml': formatRecord({ ...a.record, title: '手改' }) },
      message: 'by hand',
      at: '2026-11-22T10:00:00+08:00',
    });
    const q4 = await audit(repo);
    expect(kinds(q4)).toEqual(['trailer-mismatch:error']);
    const checkpoint = checkpointOf(repo.tip(MAIN)!, repo.tip(LEDGER)!);
    const cp = await repo.commit({
      branch: LEDGER,
      files: { [checkpointPath('2026Q4')]: formatCheckpoint(checkpoint) },
      message: checkpointMessage(checkpoint),
      at: '2027-01-01T09:17:00+08:00',
      author: PERSON,
    });
    await repo.reset(checkpointTag('2026Q4', cp), cp);
    const q1 = await audit(repo, {
      period: { kind: 'quarter', quarter: '2027Q1' },
      now: Date.parse('2027-01-02T10:00:00+08:00'),
    });
    expect(q1.anomalies).toEqual([]);
    expect(q1.verified_since).toBe(checkpoint.ledger_tip);
    expect(q1.checkpoints).toMatchObject([{ status: 'ok', tag: checkpointTag('2026Q4', cp) }]);
  });

  it('finds a rewrite that kept the checkpoint file but changed what came before it', async () => {
    const { publishOne, repo } = await company();
    await publishOne('group/2026-11-20-a');
    const tip = repo.tip(LEDGER)!;
    const checkpoint = checkpointOf(repo.tip(MAIN)!, tip);
    // The rewritten ledger: a fresh root carrying the same checkpoint file, the old history gone.
    await repo.reset(LEDGER, null);
    await repo.commit({
      branch: LEDGER,
      files: { [checkpointPath('2026Q4')]: formatCheckpoint(checkpoint) },
      message: checkpointMessage(checkpoint),
      at: '2027-01-01T09:17:00+08:00',
    });
    const report = await audit(repo, {
      period: { kind: 'quarter', quarter: '2027Q1' },
      now: Date.parse('2027-01-02T10:00:00+08:00'),
    });
    const [a] = report.anomalies.filter((x) => x.kind === 'history-rewritten');
    expect(a!.detail.en).toContain(
      `the ledger tip it covered, ${tip.slice(0, 12)}, is no longer in the ledger's history`,
    );
    expect(a!.severity).toBe('error');
  });

  it('finds a rewritten content branch through the checkpoint’s content tip', async () => {
    const { repo, c } = await company();
    const old = await c.push(
      { 'content/group/2026-10-01-x/index.md': 'x' },
      'x (#1)',
      '2026-10-01T10:00:00+08:00',
      GITHUB,
    );
    const checkpoint = checkpointOf(old, null);
    await repo.commit({
      branch: LEDGER,
      files: { [checkpointPath('2026Q4')]: formatCheckpoint(checkpoint) },
      message: checkpointMessage(checkpoint),
      at: '2027-01-01T09:17:00+08:00',
    });
    // main is moved back before the commit the checkpoint covered (a force-push of the content branch).
    await repo.reset(MAIN, (await repo.log(old)).find((c) => c.sha !== old)!.sha);
    const report = await audit(repo, {
      period: { kind: 'quarter', quarter: '2027Q1' },
      now: Date.parse('2027-01-02T10:00:00+08:00'),
    });
    expect(report.anomalies.map((a) => a.kind)).toEqual(['history-rewritten']);
    expect(report.checkpoints[0]).toMatchObject({ status: 'rewritten', content_tip: old });
  });
});

describe('what went out is what was approved', () => {
  it('cannot compare a squash merge’s approvals from git and says nothing about them', async () => {
    const { publishOne, repo } = await company();
    const { merged } = await publishOne('group/2026-11-20-squash', { style: 'squash' });
    const report = await audit(repo);
    expect(report.anomalies).toEqual([]);
    expect(report.articles[0]).toMatchObject({ content_verified: true, merge_commit: merged.merge });
  });
});
