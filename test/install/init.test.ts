/**
 * `wxgate init`: a clean content repository from the templates in the package — only the company's files, the
 * workflows using wxgate as a versioned dependency, nothing that can publish by accident — that `wxgate check`
 * accepts and `wxgate doctor` passes once its placeholders are filled.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { planContentRepo } from '../../src/install/plan.js';
import { evaluate, RUNS } from '../action/expressions.js';
import { filesIn, fillPlaceholders, initRepo, read, tempDir, wx, yamlOf } from './helpers.js';

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  environment?: string;
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: unknown;
  jobs: Record<string, Job>;
}

const VERSION = pkg.version;

describe('wxgate init', () => {
  it('writes only the company’s files: no wxgate source, tests, scripts, bundle or developer CI', async () => {
    const { dir, ran } = await initRepo(['--account', 'group', '--account', 'lanchuan-pharma']);
    const files = filesIn(dir);
    expect(files).toEqual(
      expect.arrayContaining([
        '.github/CODEOWNERS',
        '.github/workflows/audit.yml',
        '.github/workflows/pr-checks.yml',
        '.github/workflows/publish.yml',
        '.github/workflows/wxgate-review-relay.yml',
        '.gitignore',
        'README.md',
        'admin/config.yml',
        'admin/index.html',
        'content/README.md',
        'examples/welcome/cover.png',
        'examples/welcome/index.md',
        'policies/accounts.yml',
        'policies/lexicons/ad-absolute.yml',
        'policies/themes/default.yml',
        'policies/wxgate.yml',
      ]),
    );
    for (const file of files) {
      expect(file).not.toMatch(
        /^(src|test|scripts|dist|node_modules)\/|^(action\.ya?ml|package(-lock)?\.json|tsconfig\.json)$/,
      );
    }
    expect(files.filter((f) => f.startsWith('.github/workflows/'))).toHaveLength(4);
    // content/ holds no article: nothing can be published until someone adds one.
    expect(files.filter((f) => f.startsWith('content/'))).toEqual(['content/README.md']);
    expect(ran.stdout).toContain(`wrote ${files.length} files`);
    // It ends with doctor's report: what is left to fill in.
    expect(ran.stdout).toContain('wxgate doctor');
    expect(ran.stdout).toMatch(/占位值 CHANGE-ME-owner 尚未填写/);
  });

  it('fills the options in and leaves a CHANGE-ME placeholder for every other company value', async () => {
    const { dir } = await initRepo([
      '--org',
      'acme',
      '--repo',
      'acme/wechat-content',
      '--default-branch',
      'trunk',
    ]);
    expect(read(dir, '.github/CODEOWNERS')).toContain('*                          @acme/market-dept');
    expect(read(dir, '.github/CODEOWNERS')).toContain(
      '/content/official/    @acme/official-editors @acme/market-dept',
    );
    expect(read(dir, 'policies/wxgate.yml')).toContain('approvers: "@acme/gm"');
    const accounts = yamlOf<{ accounts: Record<string, Record<string, unknown>> }>(
      dir,
      'policies/accounts.yml',
    );
    expect(accounts.accounts.official).toMatchObject({
      name: 'CHANGE-ME-公众号名称',
      app_id: 'wx-CHANGE-ME-official',
      owner_team: 'acme/official-editors',
      secret_env: 'WECHAT_SECRET_OFFICIAL',
      publishing: 'disabled',
      publish_method: 'draft-only',
    });
    expect(
      (yamlOf<Workflow>(dir, '.github/workflows/publish.yml').on.push as { branches: string[] }).branches,
    ).toEqual(['trunk']);
    expect(yamlOf<{ backend: Record<string, string> }>(dir, 'admin/config.yml').backend).toMatchObject({
      repo: 'acme/wechat-content',
      branch: 'trunk',
    });
  });

  it('writes workflows that are valid YAML and call wxgate at this exact version, with least privilege', async () => {
    const { dir } = await initRepo([
      '--org',
      'acme',
      '--action-owner',
      'wxgate-org',
      '--account',
      'group',
      '--account',
      'lanchuan-pharma',
    ]);
    const prChecks = yamlOf<Workflow>(dir, '.github/workflows/pr-checks.yml');
    const judge = prChecks.jobs.judge!;
    expect(prChecks.permissions).toEqual({});
    expect(judge.permissions).toEqual({
      checks: 'write',
      'pull-requests': 'write',
      issues: 'write',
      contents: 'read',
    });
    expect(Object.keys(prChecks.on).sort()).toEqual([
      'pull_request_target',
      'workflow_dispatch',
      'workflow_run',
    ]);
    // The Action by tag; nothing checked out at all, so nothing from the pull request can run.
    expect(judge.steps.map((s) => s.uses)).toEqual([
      'actions/create-github-app-token@v2',
      `wxgate-org/wxgate@v${VERSION}`,
    ]);
    expect(judge.steps[1]!.with).toMatchObject({
      'github-token': `\${{ github.token }}`,
      'team-token': `\${{ steps.app-token.outputs.token }}`,
    });
    expect(evaluate(judge.if!, { github: RUNS.dispatchBranch })).toBe(false);
    expect(evaluate(judge.if!, { github: RUNS.prTarget })).toBe(true);
    expect(evaluate(judge.steps[0]!.if!, { vars: {} })).toBe(true); // missing var is null, not ''…
    expect(evaluate(judge.steps[0]!.if!, { vars: { WXGATE_APP_ID: '' } })).toBe(false); // …and GitHub gives ''

    const relay = yamlOf<Workflow>(dir, '.github/workflows/wxgate-review-relay.yml');
    expect(relay.permissions).toEqual({});
    expect((prChecks.on.workflow_run as { workflows: string[] }).workflows).toEqual([
      (relay as unknown as { name: string }).name,
    ]);

    const publish = yamlOf<Workflow>(dir, '.github/workflows/publish.yml');
    const job = publish.jobs.publish!;
    expect(publish.permissions).toEqual({});
    expect(job.environment).toBe('wechat-publish');
    expect(job.permissions).toEqual({
      contents: 'write',
      'pull-requests': 'read',
      checks: 'read',
      issues: 'read',
    });
    for (const [run, expected] of [
      [RUNS.schedule, true],
      [RUNS.push, true],
      [RUNS.dispatchMain, true],
      [RUNS.dispatchBranch, false],
      [RUNS.dispatchTag, false],
    ] as const) {
      expect(evaluate(job.if!, { github: run })).toBe(expected);
    }
    const install = job.steps.find((s) => s.run?.includes('npm install'))!;
    expect(install.run).toContain(`wxgate@${VERSION}`);
    expect(install.run).toContain('--ignore-scripts');
    expect(install.env).toBeUndefined();
    for (const step of job.steps) {
      const secret = Object.values(step.env ?? {}).some((v) => v.includes('secrets.'));
      if (secret) expect(step.run).not.toMatch(/\b(npm|npx|yarn|pnpm)\b/);
      if (step.uses)
        expect([
          'actions/create-github-app-token@v2',
          'actions/checkout@v4',
          'actions/setup-node@v4',
        ]).toContain(step.uses);
    }
    const wxgateStep = job.steps.find((s) => s.name === 'wxgate' || s.run?.includes('publish $DRY_RUN'))!;
    expect(wxgateStep.env).toMatchObject({
      WECHAT_SECRET_GROUP: `\${{ secrets.WECHAT_SECRET_GROUP }}`,
      WECHAT_SECRET_LANCHUAN_PHARMA: `\${{ secrets.WECHAT_SECRET_LANCHUAN_PHARMA }}`,
      WXGATE_TEAM_TOKEN: `\${{ steps.app-token.outputs.token }}`,
    });
    // The App token is minted in the job; no installation token is stored anywhere.
    expect(read(dir, '.github/workflows/publish.yml')).not.toMatch(/secrets\.WXGATE_TEAM_TOKEN/);
    expect(job.steps.find((s) => s.uses?.startsWith('actions/checkout'))!.with?.token).toBe(
      `\${{ steps.app-token.outputs.token || github.token }}`,
    );

    const audit = yamlOf<Workflow>(dir, '.github/workflows/audit.yml');
    expect(audit.jobs.audit!.permissions).toEqual({ contents: 'write', issues: 'write' });
    const auditRun = audit.jobs.audit!.steps.find((s) => s.name === 'Audit')!;
    expect(auditRun.run).toContain('--content-branch "$CONTENT_BRANCH"');
    expect(auditRun.env?.CONTENT_BRANCH).toBe(`\${{ github.ref_name }}`);
    expect(read(dir, '.github/workflows/audit.yml')).toContain(`wxgate@${VERSION}`);
  });

  it('passes wxgate check, with an example article outside content/, where nothing is published', async () => {
    const { dir } = await initRepo();
    const checked = await wx(['check', 'examples', '--jobs', '1'], dir);
    expect(checked.stdout).toContain('1 个文件全部通过');
    expect(checked.code).toBe(0);
    expect(existsSync(join(dir, 'content/official'))).toBe(false);
    // `wxgate check` (content/, the default) passes on the new repository: it has no article yet.
    const fresh = await wx(['check', '--jobs', '1'], dir);
    expect(fresh.stdout).toContain('0 个文件全部通过');
    expect(fresh.code).toBe(0);
    // A path named explicitly that holds no Markdown is still a mistake in the command.
    expect((await wx(['check', 'policies/themes'], dir)).code).toBe(2);
    const cover = Buffer.from(read(dir, 'examples/welcome/cover.png'), 'latin1');
    expect(cover.subarray(1, 4).toString()).toBe('PNG');
  });

  it('refuses to overwrite: one existing file and nothing is written, with the files listed', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'policies'));
    writeFileSync(join(dir, 'policies/wxgate.yml'), 'time_zone: Asia/Shanghai\n');
    writeFileSync(join(dir, 'README.md'), '# ours\n');
    const ran = await wx(['init', dir], dir);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain('nothing was written');
    expect(ran.stderr).toContain('  README.md\n');
    expect(ran.stderr).toContain('  policies/wxgate.yml\n');
    expect(filesIn(dir)).toEqual(['README.md', 'policies/wxgate.yml']);
    expect(read(dir, 'README.md')).toBe('# ours\n');
  });

  it('rejects options that would write an invalid repository', async () => {
    const dir = tempDir();
    for (const args of [
      ['--account', 'Group'],
      ['--org', 'acme corp'],
      ['--repo', 'no-slash'],
      ['--default-branch', 'a..b'],
    ]) {
      const ran = await wx(['init', dir, ...args], dir);
      expect(ran.code, args.join(' ')).toBe(2);
    }
    expect(filesIn(dir)).toEqual([]);
  });

  it('passes wxgate doctor offline once the placeholders are filled', async () => {
    const { dir } = await initRepo(['--account', 'group', '--account', 'lanchuan-pharma']);
    const before = await wx(['doctor', dir], dir);
    expect(before.code).toBe(1);
    fillPlaceholders(dir);
    const after = await wx(['doctor', dir, '--locale', 'en'], dir);
    expect(after.stdout).toContain('✓ no problems (2 notes).');
    expect(after.stdout).toContain('account group: publishing: disabled');
    expect(after.code).toBe(0);
  });
});

describe('the writing UI configuration', () => {
  it('offers the departments whose heads the policy names, one collection per account', () => {
    const policy = `time_zone: Asia/Shanghai
approvals:
  admins: "@acme/admins"
  rules:
    - name: 部门稿件须经部门负责人审核
      front_matter: department
      owners:
        市场部: "@acme/market-head"
        人力资源部: "@acme/hr-head"
`;
    const files = planContentRepo(
      { org: 'acme', accounts: ['group', 'pharma'] },
      VERSION,
      [{ path: 'policies/wxgate.yml', bytes: Buffer.from(policy) }],
      [],
    );
    const config = yaml.load(
      Buffer.from(files.find((f) => f.path === 'admin/config.yml')!.bytes).toString('utf8'),
    ) as { collections: { name: string; folder: string; fields: { name: string; options?: unknown }[] }[] };
    expect(config.collections.map((c) => [c.name, c.folder])).toEqual([
      ['group', 'content/group'],
      ['pharma', 'content/pharma'],
    ]);
    const department = config.collections[0]!.fields.find((f) => f.name === 'department')!;
    expect(department.options).toEqual(['市场部', '人力资源部']);
  });
});
