import { execFileSync } from 'node:child_process';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runAudit } from '../../src/app/audit.js';
import { fixture, publishIn, SAMPLES, withdrawIn } from '../publish/helpers.js';
import { auditRequest } from './run.js';

/**
 * End to end with the real publisher, the WeChat emulator and a bare "origin": articles merged from pull
 * requests, published, one withdrawn; then the audit in the publish job's clone. Whatever the publisher writes
 * (every step's commit, its trailers, the content hash of the checkout) must read back as consistent, and a
 * checkpoint goes to origin with its tag. Commits are dated in the third quarter so that the fixture's own pushes
 * and merges (made on a laptop, not by GitHub) stay outside the audited quarter.
 */
beforeEach(() => {
  // Undone after each test (unstubEnvs in vitest.config.ts): test files share their worker's process.
  vi.stubEnv('GIT_AUTHOR_DATE', '2026-09-15T10:00:00+08:00');
  vi.stubEnv('GIT_COMMITTER_DATE', '2026-09-15T10:00:00+08:00');
});

describe('the audit of what the real publisher wrote', () => {
  it('verifies every record, flags only the approvals git cannot know, and checkpoints to origin', async () => {
    const f = await fixture([{ from: SAMPLES.q3 }, { from: SAMPLES.aid }, { from: SAMPLES.flu }]);
    const dir = f.clone();
    await publishIn(f, dir, { now: '2026-11-21T12:00:00+08:00' });
    await withdrawIn(f, dir, `${SAMPLES.aid}/index.md`, '活动信息有误', '王总');
    const request = auditRequest(dir, {
      env: { ...f.env, GITHUB_REPOSITORY: '', GITHUB_ACTOR: 'auditor' },
      checkpoint: true,
    });
    const outcome = await runAudit(request);
    const json = JSON.parse(outcome.stdout);
    expect(json.repository).toMatchObject({
      content: { ref: 'refs/remotes/origin/main' },
      ledger: { ref: 'refs/remotes/origin/wxgate-ledger' },
    });
    expect(
      json.articles.map((a: { path: string; status: string; content_verified: boolean }) => [
        a.path,
        a.status,
        a.content_verified,
      ]),
    ).toEqual([
      [`${SAMPLES.q3}/index.md`, 'published', true],
      [`${SAMPLES.aid}/index.md`, 'withdrawn', true],
      [`${SAMPLES.flu}/index.md`, 'handed-off', true],
    ]);
    expect(json.anomalies.map((a: { kind: string; severity: string }) => `${a.kind}:${a.severity}`)).toEqual([
      'approvals-unknown:warning',
      'approvals-unknown:warning',
      'approvals-unknown:warning',
    ]);
    expect(outcome.exitCode).toBe(0);
    const written = outcome.report.checkpoints.at(-1)!;
    const remoteTags = execFileSync('git', ['ls-remote', '--tags', 'origin', 'wxgate-audit/*'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(remoteTags.trim()).toBe(
      `${written.commit}\trefs/tags/wxgate-audit/2026Q4/${written.commit.slice(0, 12)}`,
    );

    // The next quarter's audit in a fresh clone of origin finds the checkpoint intact.
    const next = await runAudit({
      ...request,
      cwd: f.clone(),
      checkpoint: false,
      period: { kind: 'quarter', quarter: '2027Q1' },
      now: Date.parse('2027-01-02T10:00:00+08:00'),
    });
    expect(JSON.parse(next.stdout).checkpoints).toMatchObject([
      { status: 'ok', period: '2026Q4', by: 'auditor' },
    ]);
  }, 90_000);
});
