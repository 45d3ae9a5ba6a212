/**
 * `wxgate explain` as a user runs it: a scenario file, the repository's policies and CODEOWNERS from the working
 * tree, articles read from the working tree unless the scenario gives their content.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import type { Io } from '../../src/commands/command.js';

const ROOT = resolve(import.meta.dirname, '../..');
const ARTICLE = 'content/group/2026-11-30-year-end-security-reminder/index.md';

async function run(args: string[], cwd = ROOT) {
  let out = '';
  let err = '';
  const io: Io = {
    out: (s) => {
      out += s;
    },
    err: (s) => {
      err += s;
    },
    cwd,
    isTty: false,
    env: {},
  };
  const code = await main(args, io);
  return { code, out, err };
}

function scenarioFile(text: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'wxgate-explain-'));
  writeFileSync(join(dir, 'pr.yml'), text);
  return { dir, file: 'pr.yml' };
}

/** An article of the repository, opened on 20 Nov for 30 Nov, reviewed by the market department and its head. */
const REPO_PR = `now: 2026-11-21T10:00:00+08:00
pr:
  number: 7
  author: alice
  created_at: 2026-11-20T09:00:00+08:00
  labels: []
  head_sha: c0ffee1
  files:
    - path: ${ARTICLE}
reviews:
  - {user: bob, state: APPROVED, commit_id: c0ffee1, submitted_at: 2026-11-20T15:00:00+08:00}
  - {user: ivy, state: APPROVED, commit_id: c0ffee1, submitted_at: 2026-11-20T16:00:00+08:00}
teams:
  acme/market-dept: [bob]
  acme/it-head: [ivy]
`;

describe('wxgate explain against the working tree', () => {
  it('run from a subfolder, reads the repository above it as from its root', async () => {
    const { dir, file } = scenarioFile(REPO_PR);
    const fromRoot = await run(['explain', join(dir, file), '--format', 'json']);
    // Before, from content/group the policies were looked for in content/group/policies: exit 2.
    expect(await run(['explain', join(dir, file), '--format', 'json'], join(ROOT, 'content/group'))).toEqual(
      fromRoot,
    );
    expect(fromRoot.code).toBe(0);
  });

  it('reads the article from the working tree and the policies and .github/CODEOWNERS of the repository', async () => {
    const { dir, file } = scenarioFile(REPO_PR);
    const r = await run(['explain', join(dir, file), '--format', 'json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      mergeable: true,
      checks: {
        compliance: { status: 'pass', errorCount: 0, warningCount: 0 },
        schedule: {
          status: 'pass',
          leadTimeHours: 240.5,
          requiredHours: 72,
          urgent: false,
          articles: [
            {
              path: ARTICLE,
              publishAt: '2026-11-30T01:30:00.000Z',
              leadTimeHours: 240.5,
              requiredHours: 72,
              status: 'pass',
              urgent: false,
            },
          ],
        },
        approvals: {
          status: 'pass',
          required: [
            {
              files: [ARTICLE],
              owners: ['@acme/market-dept'],
              satisfiedBy: ['bob'],
              source: '.github/CODEOWNERS:9',
              status: 'pass',
            },
            {
              files: [ARTICLE],
              owners: ['@acme/it-head'],
              satisfiedBy: ['ivy'],
              source: 'policy:approvals.rules[0](department=信息技术部)',
              status: 'pass',
            },
          ],
          ignored: [],
          blockedBy: [],
        },
      },
      report: null,
    });
  });

  it('prints Chinese text by default and English with --locale en; exit 1 when not mergeable', async () => {
    const { dir, file } = scenarioFile(REPO_PR.replace(/ {2}- \{user: ivy.*\n/, ''));
    const zh = await run(['explain', join(dir, file)]);
    expect(zh.code).toBe(1);
    expect(zh.out).toContain('wxgate 合并评估 · PR #7 · 2026-11-21 10:00（北京时间）');
    expect(zh.out).toContain('结论：暂不可合并 ❌');
    expect(zh.out).toContain('审批（approvals）: 待批准');
    expect(zh.out).toContain(
      '… 部门稿件须经部门负责人审核（002 5.1）：department=信息技术部（content/group/2026-11-30-year-end-security-reminder/index.md）：仍需 @acme/it-head 中任一人批准。',
    );
    expect(zh.out).toContain(
      '策略（policies/）与 CODEOWNERS（.github/CODEOWNERS）读取自本地工作区，离线评估，未访问 GitHub；拉取请求中的检查读取的是目标分支上的这些文件。',
    );
    const en = await run(['explain', join(dir, file), '--locale', 'en']);
    expect(en.code).toBe(1);
    expect(en.out).toContain('Verdict: not mergeable yet ❌');
    expect(en.out).toContain('Approvals: pending');
    expect(en.out).toContain('still needs an approval from @acme/it-head.');
    expect(en.out).toContain('merge verdict · PR #7 · 2026-11-21 10:00 (Beijing time)');
    expect(en.out).toContain(
      'Policies (policies/) and CODEOWNERS (.github/CODEOWNERS) read from the local working tree, offline, without GitHub',
    );
  });

  it('--codeowners chooses another file (a dry run of a CODEOWNERS change)', async () => {
    const { dir, file } = scenarioFile(REPO_PR);
    writeFileSync(join(dir, 'CODEOWNERS'), '* @acme/someone-else\n');
    const r = await run([
      'explain',
      join(dir, file),
      '--format',
      'json',
      '--codeowners',
      join(dir, 'CODEOWNERS'),
    ]);
    const verdict = JSON.parse(r.out);
    expect(verdict.checks.approvals.required[0]).toMatchObject({
      owners: ['@acme/someone-else'],
      satisfiedBy: [],
      status: 'fail',
    });
    // acme/someone-else is not under teams: its membership cannot be read, so bob's approval fails closed.
    expect(verdict.checks.approvals.ignored).toEqual([{ user: 'bob', why: 'team-unreadable' }]);
    expect(r.code).toBe(1);
  });

  it('an article named in the scenario but absent from the working tree cannot be checked', async () => {
    const { dir, file } = scenarioFile(REPO_PR.replace(ARTICLE, 'content/group/2026-11-30-missing/index.md'));
    const r = await run(['explain', join(dir, file), '--format', 'json']);
    const verdict = JSON.parse(r.out);
    expect(verdict.checks.compliance).toEqual({ status: 'fail', errorCount: 1, warningCount: 0 });
    expect(verdict.checks.schedule.status).toBe('fail');
    expect(r.code).toBe(1);
  });
});

describe('mistakes in a scenario: file, line and field, exit 2', () => {
  const cases: [string, string, string][] = [
    [
      'no evaluation time',
      REPO_PR.replace(/^now: .*\n/, ''),
      'pr.yml:1: field "now": must be non-empty text',
    ],
    [
      'a bad time',
      REPO_PR.replace('now: 2026-11-21T10:00:00+08:00', 'now: 2026-11-31T10:00'),
      'pr.yml:1: field "now": must be a date and time such as 2026-11-20T10:00:00+08:00',
    ],
    [
      'a bad review state',
      REPO_PR.replace(
        'state: APPROVED, commit_id: c0ffee1, submitted_at: 2026-11-20T15',
        'state: LGTM, commit_id: c0ffee1, submitted_at: 2026-11-20T15',
      ),
      'pr.yml:11: field "reviews[0].state": must be one of APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED',
    ],
    [
      'reviews out of order',
      REPO_PR.replace('2026-11-20T16:00:00', '2026-11-20T14:00:00'),
      'pr.yml:12: field "reviews[1].submitted_at": reviews must be in chronological order',
    ],
    [
      'a bad PR number',
      REPO_PR.replace('number: 7', 'number: seven'),
      'pr.yml:3: field "pr.number": must be a whole number ≥ 1',
    ],
    [
      'no files',
      REPO_PR.replace(/ {2}files:\n.*\n/, '  files: []\n'),
      'pr.yml:8: field "pr.files": must list at least one changed file',
    ],
    [
      'a bad head SHA',
      REPO_PR.replace('head_sha: c0ffee1', 'head_sha: main'),
      'pr.yml:7: field "pr.head_sha": must be a commit SHA (hex)',
    ],
    [
      'a bad team',
      REPO_PR.replace('acme/it-head: [ivy]', 'it-head: [ivy]'),
      'pr.yml:15: field "teams.it-head": a team is written org/team-slug',
    ],
    ['YAML that does not parse', `${REPO_PR}\n  bad: [\n`, 'pr.yml:17: '],
  ];
  for (const [name, text, message] of cases) {
    it(name, async () => {
      const { dir, file } = scenarioFile(text);
      const r = await run(['explain', file, '--policies', join(ROOT, 'policies')], dir);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toContain(`wxgate: configuration error: ${message}`);
    });
  }

  it('usage errors', async () => {
    expect((await run(['explain'])).err).toContain('wxgate: give exactly one scenario file');
    expect((await run(['explain', 'nope.yml'])).code).toBe(2);
    expect((await run(['explain', 'nope.yml'])).err).toContain('cannot read scenario file');
    expect((await run(['explain', 'x.yml', '--format', 'sarif'])).err).toContain(
      '--format must be one of text, json',
    );
  });

  it('a broken base policy fails loudly (exit 2), never open', async () => {
    const { dir, file } = scenarioFile(REPO_PR);
    writeFileSync(join(dir, 'wxgate.yml'), 'lead_time:\n  hours: soon\n');
    const r = await run(['explain', file, '--policies', dir], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('wxgate.yml:2: field "lead_time.hours": must be a positive number');
  });

  it('has help', async () => {
    const r = await run(['explain', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: wxgate explain <scenario.yml>');
    expect((await run(['--help'])).out).toContain('explain <scenario>');
  });
});
