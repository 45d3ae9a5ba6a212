import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CloneLock } from '../../src/ledger/lock.js';
import { Git } from '../../src/platform/git.js';
import { bundleDir, bundledCli } from '../support/bundle.js';
import {
  END_TO_END_TIMEOUT,
  fixture,
  git,
  publishIn,
  ROOT,
  SAMPLES,
  START,
  simulation,
  spawnCli,
  withdrawIn,
} from './helpers.js';

// End-to-end runs spawn git and node: their speed is the machine's, so the limit only guards against a hang.
vi.setConfig({ testTimeout: END_TO_END_TIMEOUT });

/**
 * Withdrawals: one end to end (git ledger, emulator over HTTP), the rest against the in-memory ledger and WeChat
 * on the test clock; then the command line.
 */
const NOW = START;
const Q3 = 'group/2026-11-12-q3-operating-update';

beforeAll(() => {
  bundleDir();
}, 60_000);

describe('wxgate withdraw (001 第五章第2条 应急处理)', () => {
  it('deletes the publication, records who, when and why; withdrawing again does nothing', async () => {
    const f = await fixture([{ from: SAMPLES.q3 }]);
    await publishIn(f, f.clone(), { now: NOW });
    const articleId = f.publications()[0]?.article_id;
    const report = await withdrawIn(
      f,
      f.clone(),
      `${SAMPLES.q3}/index.md`,
      '经营数据口径有误，需更正后重发',
      '王总',
    );
    expect(report.exitCode).toBe(0);
    expect(f.publications()[0]).toMatchObject({ article_id: articleId, deleted: true, status: 5 });
    const r = f.record(Q3)!;
    expect(r.state).toBe('withdrawn');
    expect(r.withdrawal).toMatchObject({
      by: '王总',
      reason: '经营数据口径有误，需更正后重发',
      source: 'cli',
      deleted: true,
      note: `publication ${articleId} deleted (freepublish/delete)`,
    });
    expect(r.times.withdrawn_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
    const log = f.ledgerLog('%B');
    expect(log).toContain('Withdrawn-by: 王总');
    expect(log).toContain('Wxgate-Withdraw-Reason: 经营数据口径有误，需更正后重发');

    const writes = f.ledgerLog().split('\n').length;
    const deletes = () => f.wechat.calls().filter((c) => c.endpoint === '/cgi-bin/freepublish/delete').length;
    const again = await withdrawIn(f, f.clone(), Q3, 'again');
    expect(again.exitCode).toBe(0);
    expect(again.outcome.result).toBe('already withdrawn');
    expect(deletes()).toBe(1);
    expect(f.ledgerLog().split('\n').length).toBe(writes);
    // And no later publish run brings it back.
    const rerun = await publishIn(f, f.clone(), { now: NOW });
    expect(rerun.ledgerWrites).toBe(0);
    expect(f.publications()).toHaveLength(1);
  });

  it('withdrawn while WeChat is still publishing: recorded at once, deleted as soon as a run sees it out', async () => {
    const f = await simulation([{ from: SAMPLES.q3 }], { emulator: { publishSeconds: 600 } });
    const run = await publishIn(f, f.clone(), { now: NOW });
    expect(run.outcomes[0]?.state).toBe('submitted');
    const report = await withdrawIn(f, f.clone(), Q3, '发布前发现错误', '王总');
    expect(report.exitCode).toBe(1);
    expect(report.outcome.result).toMatch(/^withdrawal recorded, not done yet \(state submitted/);
    expect(f.record(Q3)?.withdrawal).toMatchObject({ by: '王总', done_at: null });
    f.clock.advance(601_000);
    const next = await publishIn(f, f.clone(), { now: '2026-11-21T12:15:00+08:00' });
    expect(next.outcomes[0]?.state).toBe('withdrawn');
    expect(f.publications()[0]).toMatchObject({ status: 5, deleted: true });
    expect(f.record(Q3)?.withdrawal).toMatchObject({ by: '王总', deleted: true });
  });

  it('a merged "status: withdrawn" deletes it on the next publish run, naming the commit author and PR', async () => {
    const f = await simulation([{ from: SAMPLES.aid }]);
    await publishIn(f, f.clone(), { now: NOW });
    const dir = f.clone();
    const path = join(dir, SAMPLES.aid, 'index.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^cover: /m, 'status: withdrawn\ncover: '));
    git(dir, 'checkout', '-q', '-b', 'withdraw');
    execFileSync('git', ['commit', '-qam', 'Withdraw the school-aid article'], {
      cwd: dir,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Zhang San',
        GIT_AUTHOR_EMAIL: 'zhangsan@example.com',
        GIT_COMMITTER_NAME: 'Zhang San',
        GIT_COMMITTER_EMAIL: 'zhangsan@example.com',
      },
    });
    git(dir, 'checkout', '-q', 'main');
    git(
      dir,
      'merge',
      '-q',
      '--no-ff',
      'withdraw',
      '-m',
      'Merge pull request #20 from acme/withdraw\n\n撤回暖冬助学稿件',
    );
    git(dir, 'push', '-q', 'origin', 'main');

    const dry = await publishIn(f, f.clone(), { now: NOW, dryRun: true });
    const sha = git(dir, 'log', '-1', '--format=%h', '--abbrev=12', 'withdraw').trim();
    expect(dry.outcomes[0]?.text).toEqual({
      zh: `将撤回：撤回请求来自文章 front matter（status: withdrawn），理由：PR #20 合并了 status: withdrawn（提交 ${sha}：撤回暖冬助学稿件）`,
      en: `would withdraw: withdraw (front-matter): status: withdrawn merged in PR #20 (commit ${sha}: 撤回暖冬助学稿件)`,
    });
    const run = await publishIn(f, f.clone(), { now: NOW });
    expect(run.exitCode).toBe(0);
    expect(run.outcomes[0]?.state).toBe('withdrawn');
    expect(f.publications()[0]?.deleted).toBe(true);
    const r = f.record('group/2026-11-19-warm-winter-school-aid')!;
    expect(r.withdrawal).toMatchObject({
      by: 'Zhang San <zhangsan@example.com>',
      source: 'front-matter',
      deleted: true,
    });
    expect(r.withdrawal?.reason).toContain('PR #20');
    expect(r.withdrawal?.reason).toContain('撤回暖冬助学稿件');
    const again = await publishIn(f, f.clone(), { now: NOW });
    expect(again.ledgerWrites).toBe(0);
  });

  it('withdrawn before it was due: recorded, and never published', async () => {
    const f = await simulation([{ from: SAMPLES.security }]);
    const report = await withdrawIn(f, f.clone(), SAMPLES.security, '信息已过时', '市场部');
    expect(report.exitCode).toBe(0);
    expect(f.record('group/2026-11-30-year-end-security-reminder')).toMatchObject({
      state: 'withdrawn',
      withdrawal: { by: '市场部', deleted: false, note: 'never published' },
    });
    const due = await publishIn(f, f.clone(), { now: '2026-12-01T12:00:00+08:00' });
    expect(due.outcomes[0]?.result).toBe('withdrawn');
    expect(f.wechat.calls()).toEqual([]);
  });

  it('a mass send is deleted with message/mass/delete', async () => {
    const f = await simulation([{ from: SAMPLES.q3, to: 'content/mass/2026-11-12-q3-operating-update' }]);
    await publishIn(f, f.clone(), { now: NOW });
    const report = await withdrawIn(f, f.clone(), 'mass/2026-11-12-q3-operating-update', '误发');
    expect(report.exitCode).toBe(0);
    expect(
      f.wechat.calls().filter((c) => c.endpoint === '/cgi-bin/message/mass/delete' && c.errcode === 0),
    ).toHaveLength(1);
    expect(f.record('mass/2026-11-12-q3-operating-update')?.withdrawal?.deleted).toBe(true);
  });
});

describe('wxgate publish / withdraw on the command line', () => {
  const run = (args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = process.env) =>
    spawnSync(process.execPath, [bundledCli(), ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...env, NO_COLOR: '1' },
    });

  it('--help documents every option, the exit codes and where secrets come from', () => {
    const publish = run(['publish', '--help', '--locale', 'en']);
    expect(publish.status).toBe(0);
    for (const s of [
      '--now',
      '--dry-run',
      '--account',
      '--retry',
      '--api-base',
      '--cache-dir',
      '--policies',
      '--ledger-branch',
      '--remote',
      '--max-polls',
      '--poll-interval',
      '--submit-grace',
      '--wait',
      'WXGATE_PUBLISHING',
      'Exit codes',
      'secret_env',
      'masked',
    ]) {
      expect(publish.stdout).toContain(s);
    }
    const withdraw = run(['withdraw', '--help', '--locale', 'en']);
    for (const s of ['--reason', '--by', '--api-base', 'Exit codes', '001 第五章第2条'])
      expect(withdraw.stdout).toContain(s);
    // In Chinese by default: the same options, explained in Chinese.
    const zh = run(['publish', '--help']).stdout;
    expect(zh).toMatch(/^用法：wxgate publish \[选项\]\n/);
    for (const s of ['--dry-run', '--retry', '--wait', 'WXGATE_PUBLISHING', 'secret_env', '退出码'])
      expect(zh).toContain(s);
    expect(run(['withdraw', '--help']).stdout).toMatch(/^用法：wxgate withdraw <文章> --reason <原因>/);
    expect(run(['help', 'withdraw'], ROOT, { ...process.env, WXGATE_LOCALE: 'en' }).stdout).toMatch(
      /^Usage: wxgate withdraw/,
    );
    expect(run(['--help']).stdout).toMatch(/publish +Publish the due merged articles/);
  });

  it('usage and configuration mistakes exit 2', () => {
    expect(run(['withdraw', Q3]).stderr).toContain('--reason is required');
    expect(run(['publish', '--now', 'tomorrow']).status).toBe(2);
    expect(run(['publish', 'content']).stderr).toContain('publish takes no paths');
    const wait = run(['publish', '--wait', 'soon']);
    expect(wait.status).toBe(2);
    expect(wait.stderr).toContain('--wait must be a number of seconds ≥ 0 (got "soon")');
  });

  it('another run holding the clone: exit 75 and who holds it, nothing done, no failure record', async () => {
    const f = await simulation([{ from: SAMPLES.q3 }]);
    const dir = f.clone();
    const held = await CloneLock.acquire(
      new Git(dir, f.env),
      { run: 'run-holder', host: hostname(), pid: process.pid },
      { clock: f.clock.selfAdvancing(), waitMs: 0 },
    );
    const publish = await spawnCli(f, dir, ['publish', '--now', NOW]).done;
    expect(publish.code).toBe(75);
    expect(publish.stderr).toContain(
      `another run holds this clone: run run-holder (host ${hostname()}, pid ${process.pid}`,
    );
    const withdraw = await spawnCli(f, dir, ['withdraw', Q3, '--reason', '错误', '--wait', '0']).done;
    expect(withdraw.code).toBe(75);
    expect(git(dir, 'for-each-ref', 'refs/heads/wxgate-ledger', 'refs/remotes/origin/wxgate-ledger')).toBe(
      '',
    );
    expect(f.wechat.calls()).toEqual([]);
    await held.release();
  });

  it('a token cache inside the work tree is refused before anything runs (exit 2)', async () => {
    const f = await simulation([{ from: SAMPLES.q3 }]);
    const dir = f.clone();
    const r = await spawnCli(f, dir, ['publish', '--now', NOW, '--cache-dir', join(dir, '.wxgate-cache')])
      .done;
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`微信 access token 缓存目录 ${join(dir, '.wxgate-cache')} 在 git 工作区`);
    expect(f.wechat.calls()).toEqual([]);
  });

  it('a missing secret is one configuration error (exit 2) naming the variable, before any article', async () => {
    const f = await fixture([{ from: SAMPLES.q3 }]);
    const dir = f.clone();
    // In English; the Chinese of the same error is tested in test/cli/publish-locale.test.ts.
    const env: Record<string, string> = { ...f.env, WXGATE_LOCALE: 'en' };
    delete env.WECHAT_SECRET_GROUP;
    // Before, this run touched the ledger and wrote a failure record per article (exit 1), found after merge.
    // The emulator runs in this process: the CLI must run alongside it, not block it (spawn, not spawnSync).
    const r = await spawnCli({ ...f, env }, dir, ['publish', '--now', NOW]).done;
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^wxgate: configuration error: .*accounts\.yml:\d+: field "accounts\.group\.secret_env": environment variable WECHAT_SECRET_GROUP \(account group\) not set: .*nothing was published$/,
      ),
    ]);
    expect(f.wechat.calls()).toEqual([]);
    expect(() => f.ledgerLog()).toThrow();
    const dry = await spawnCli({ ...f, env }, dir, ['publish', '--now', NOW, '--dry-run']).done;
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(
      'group/2026-11-12-q3-operating-update  -  would publish: due since 2026-11-12T10:00:00+08:00 — but WECHAT_SECRET_GROUP is not set: a real run stops with a configuration error (exit 2) before any article',
    );
    const withSecret = await spawnCli({ ...f, env: { ...f.env, WXGATE_LOCALE: 'en' } }, dir, [
      'publish',
      '--now',
      '2026-11-21T13:00:00+08:00',
      '--poll-interval',
      '50',
    ]).done;
    expect(withSecret.code).toBe(0);
    expect(withSecret.stdout).toContain('✓ group/2026-11-12-q3-operating-update  published');
    expect(withSecret.stdout + withSecret.stderr).not.toContain('wxgate-demo-secret');
  });
});
