import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../src/app/audit.js';
import { AUDIT_ISSUE_MARKER } from '../../src/audit/format/issue.js';
import { main } from '../../src/cli.js';
import { githubAuditIssue } from '../../src/commands/audit-issue.js';
import type { Io } from '../../src/commands/command.js';
import { FakeGitHub } from '../github/fake-github.js';
import { GitRepo } from './repos.js';
import { auditRequest } from './run.js';
import { dirtyHistory } from './scenarios.js';

/** `wxgate audit` as a command: help, usage and configuration errors (exit 2), files, and the audit issue. */
let repo: GitRepo;
beforeAll(async () => {
  repo = new GitRepo();
  await dirtyHistory(repo);
  await repo.close();
}, 60_000);

async function cli(args: string[], cwd = repo.dir) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    cwd,
    isTty: false,
    env: { ...process.env, GITHUB_REPOSITORY: '' },
  };
  const code = await main(['audit', ...args], io);
  return { code, out: out.join(''), err: err.join('') };
}

const Q4 = ['--quarter', '2026Q4', '--now', '2026-12-31T12:00:00+08:00'];

describe('wxgate audit', () => {
  it('is listed in wxgate --help and explains itself', async () => {
    const listed: string[] = [];
    await main(['--help'], {
      out: (s) => listed.push(s),
      err: () => {},
      cwd: repo.dir,
      isTty: false,
      env: {},
    });
    expect(listed.join('')).toMatch(/^ {2}audit +The quarterly review from git/m);
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: wxgate audit [--quarter 2026Q4 | --from DATE [--to DATE]] [options]');
    expect(help.out).toContain('8 history-rewritten');
  });

  it.each([
    [['--quarter', '2026Q4', '--from', '2026-10-01'], 'give --quarter or --from/--to, not both'],
    [['--to', '2026-12-31'], '--to needs --from'],
    [['--format', 'pdf'], '--format must be one of text, md, html, csv, json (got "pdf")'],
    [['--fail-on', 'sometimes'], '--fail-on must be one of error, warning, info, never (got "sometimes")'],
    [['--grace', 'soon'], '--grace must be a number of hours ≥ 0 (got "soon")'],
    [['--output', 'a', '--output-dir', 'b'], 'give --output or --output-dir, not both'],
    [['content'], 'audit takes no paths (got "content")'],
  ])('usage error %j → exit 2', async (args, message) => {
    const r = await cli(args);
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toContain(`wxgate: ${message}`);
  });

  it.each([
    [['--quarter', '2026Q5'], 'configuration error: --quarter must be a quarter such as 2026Q4'],
    [
      ['--ledger-branch', 'no-such-branch'],
      'configuration error: the ledger branch was not found (looked for refs/heads/no-such-branch)',
    ],
    [
      ['--account', 'nobody'],
      'configuration error: --account nobody: no such account (accounts: group, lanchuan-pharma)',
    ],
    [['--remote', 'upstream'], 'configuration error: git remote "upstream" does not exist (remotes: none)'],
  ])('configuration error %j → exit 2 with what is wrong', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  it('outside a git repository → exit 2', async () => {
    const r = await cli(Q4, mkdtempSync(join(tmpdir(), 'wxgate-not-git-')));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/configuration error: .* is not a git repository/);
  });

  it('run from a subfolder, audits the repository above it, as from its root', async () => {
    const fromRoot = await cli([...Q4, '--format', 'json', '--fail-on', 'never']);
    // A clone's work tree: the policies/ folder marks the repository's root.
    const folder = join(repo.dir, 'content/group');
    mkdirSync(folder, { recursive: true });
    mkdirSync(join(repo.dir, 'policies'), { recursive: true });
    const fromFolder = await cli([...Q4, '--format', 'json', '--fail-on', 'never'], folder);
    // Before, the report was named after the folder the user stood in ("content"), not the repository.
    expect(fromFolder).toEqual(fromRoot);
    expect(fromRoot.code).toBe(0);
  });

  it('--output-dir writes every format and prints the text report; --fail-on never exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wxgate-audit-out-'));
    const r = await cli([...Q4, '--output-dir', dir, '--fail-on', 'never', '--locale', 'en']);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(
      ['csv', 'html', 'json', 'md', 'txt'].map((e) => `wxgate-audit-2026Q4.${e}`),
    );
    expect(r.out).toMatch(/^wxgate audit 2026Q4 \(2026-10-01 to 2026-12-31, Asia\/Shanghai\)/);
    expect(readFileSync(join(dir, 'wxgate-audit-2026Q4.html'), 'utf8')).toContain('<html lang="zh-CN">');
    expect(JSON.parse(readFileSync(join(dir, 'wxgate-audit-2026Q4.json'), 'utf8')).summary.anomalies).toEqual(
      { error: 9, warning: 2, info: 2 },
    );
    expect(r.err).toContain(`wrote ${join(dir, 'wxgate-audit-2026Q4.html')}`);
  });

  it('--account and --from/--to narrow the report', async () => {
    const r = await cli([
      '--from',
      '2026-12-01',
      '--to',
      '2026-12-03',
      '--now',
      '2026-12-31T12:00:00+08:00',
      '--account',
      'group',
      '--format',
      'json',
    ]);
    const json = JSON.parse(r.out);
    expect(json.period.label).toBe('2026-12-01_2026-12-03');
    expect(json.articles.map((a: { path: string }) => a.path)).toEqual([
      'content/group/2026-12-01-tampered/index.md',
      'content/group/2026-12-02-twice/index.md',
      'content/group/2026-12-03-trailer/index.md',
    ]);
    expect(r.code).toBe(1);
  });
});

describe('the audit issue for the market department', () => {
  const TOKEN = 'ghs_auditTOKEN0123456789';
  const HUMAN = 'ghp_humanTOKEN0123456789';
  let gh: FakeGitHub;
  beforeAll(async () => {
    gh = await new FakeGitHub('acme/content').start();
    gh.tokens.set(TOKEN, { login: 'github-actions[bot]', type: 'Bot' });
    gh.tokens.set(HUMAN, { login: 'mallory', type: 'User' });
  });
  afterAll(() => gh.stop());

  const post = (token: string) => {
    const env = {
      ...process.env,
      GITHUB_TOKEN: token,
      GITHUB_REPOSITORY: 'acme/content',
      GITHUB_RUN_ID: '42',
      GITHUB_SERVER_URL: 'https://github.com',
    };
    return runAudit(
      auditRequest(repo.dir, {
        env,
        format: 'text',
        locale: 'zh-CN',
        issue: githubAuditIssue(env, { info: () => {}, warn: () => {} }, gh.apiUrl),
      }),
    );
  };

  it('opens one issue, then updates that one: found by the bot author and the marker, never by the marker alone', async () => {
    // Someone pastes the marker into an issue of their own, with the label, before the first audit.
    const fake = await fetch(`${gh.apiUrl}/repos/acme/content/issues`, {
      method: 'POST',
      headers: { authorization: `token ${HUMAN}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        title: '审计：全部通过',
        body: `${AUDIT_ISSUE_MARKER}\n没有异常`,
        labels: ['wxgate-audit'],
      }),
    });
    expect(fake.status).toBe(201);
    const first = await post(TOKEN);
    expect(first.issue?.action).toBe('created');
    const second = await post(TOKEN);
    expect(second.issue).toMatchObject({ action: 'unchanged', url: first.issue!.url });
    const ours = gh.issues.filter((i) => i.user.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    expect(ours[0]!.title).toBe('wxgate 审计 2026Q4：9 个错误，2 个警告，2 个提示');
    expect(ours[0]!.body.split('\n')[0]).toBe(AUDIT_ISSUE_MARKER);
    expect(ours[0]!.body).toContain('[工作流运行](https://github.com/acme/content/actions/runs/42)');
    expect(ours[0]!.labels).toEqual(['wxgate-audit']);
    expect(gh.issues.find((i) => i.user.login === 'mallory')!.body).toBe(`${AUDIT_ISSUE_MARKER}\n没有异常`);
  });

  it('without a token it is a configuration error, not a crash', async () => {
    await expect(post('')).rejects.toThrow(
      '--issue needs GITHUB_TOKEN (issues: write) and GITHUB_REPOSITORY (owner/name)',
    );
  });
});
