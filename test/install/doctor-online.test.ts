/**
 * `wxgate doctor --online` against the fake GitHub: a repository set up as docs/setup.md says passes; each setting
 * missing or wrong is one finding that says how to fix it. Secrets are read by name only.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runDoctor } from '../../src/app/doctor.js';
import { onlineDoctor } from '../../src/app/doctor-online.js';
import type { Finding } from '../../src/install/doctor/finding.js';
import { FakeGitHub } from '../github/fake-github.js';
import { fillPlaceholders, initRepo, wx } from './helpers.js';

const TOKEN = 'doctor-token';
const CHECKS = ['wxgate / compliance', 'wxgate / schedule', 'wxgate / approvals'];
const TEAMS = ['market-dept', 'group-editors', 'pharma-editors', 'wxgate-admins', 'gm', 'market-head'];
const APP = { actor_id: 42, actor_type: 'Integration', bypass_mode: 'always' };

let dir: string;
beforeAll(async () => {
  dir = (
    await initRepo(['--org', 'acme', '--repo', 'acme/content', '--account', 'group', '--account', 'pharma'])
  ).dir;
  fillPlaceholders(dir);
});

/** acme/content set up as docs/setup.md describes. */
function wellSetUp(): FakeGitHub {
  const gh = new FakeGitHub('acme/content');
  gh.tokens.set(TOKEN, { login: 'admin', type: 'User' });
  for (const team of TEAMS) gh.addTeam(`acme/${team}`, {}, [TOKEN]);
  const s = gh.settings;
  s.rulesets.push(
    {
      id: 1,
      name: 'content',
      branches: ['main'],
      rules: [
        { type: 'pull_request' },
        {
          type: 'required_status_checks',
          parameters: { required_status_checks: CHECKS.map((context) => ({ context })) },
        },
      ],
      bypassActors: [],
    },
    {
      id: 2,
      name: 'ledger',
      branches: ['wxgate-ledger'],
      rules: [{ type: 'non_fast_forward' }, { type: 'deletion' }],
      bypassActors: [],
    },
    {
      id: 3,
      name: 'ledger writers',
      branches: ['wxgate-ledger'],
      rules: [{ type: 'update' }],
      bypassActors: [APP],
    },
  );
  s.variables.set('WXGATE_APP_ID', '42');
  s.environments.set('wxgate', {
    branchPolicy: { protected_branches: false, custom_branch_policies: true },
    customBranches: ['main'],
    secrets: ['WXGATE_APP_PRIVATE_KEY'],
  });
  s.environments.set('wechat-publish', {
    branchPolicy: { protected_branches: false, custom_branch_policies: true },
    customBranches: ['main'],
    secrets: ['WECHAT_SECRET_GROUP', 'WECHAT_SECRET_PHARMA', 'WXGATE_APP_PRIVATE_KEY'],
  });
  return gh;
}

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await wellSetUp().start();
});
afterEach(async () => {
  await gh.stop();
});

async function online(): Promise<Finding[]> {
  const report = await runDoctor(
    dir,
    onlineDoctor({
      token: TOKEN,
      repository: 'acme/content',
      apiUrl: gh.apiUrl,
      client: { throttle: false, retries: 0 },
    }),
  );
  return report.findings.filter((f) => f.severity === 'problem');
}

describe('wxgate doctor --online', () => {
  it('passes a repository set up as documented, reading its default branch from GitHub and no secret value', async () => {
    const ran = await wx(
      ['doctor', dir, '--online', '--repo', 'acme/content', '--api-url', gh.apiUrl, '--locale', 'en'],
      dir,
      undefined,
      { GITHUB_TOKEN: TOKEN },
    );
    expect(ran.stdout).toContain('repository acme/content, default branch main (from GitHub)');
    expect(ran.stdout).toContain('✓ no problems');
    expect(ran.code).toBe(0);
    // Names only: no request for a secret itself or the key to encrypt one.
    expect(gh.log.filter((r) => /\/secrets\/|public-key/.test(r.path))).toEqual([]);
    expect(gh.log.every((r) => r.method === 'GET')).toBe(true);
  });

  it('needs a token (usage error, exit 2)', async () => {
    const ran = await wx(['doctor', dir, '--online', '--repo', 'acme/content', '--api-url', gh.apiUrl], dir);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain('GITHUB_TOKEN');
  });

  it('judges the default branch GitHub names, not an assumed main', async () => {
    gh.settings.defaultBranch = 'trunk';
    const findings = await online();
    expect(findings.map((f) => f.check)).toEqual([
      'default-branch',
      'required-checks',
      'environment-branches',
      'environment-branches',
    ]);
    // Both environments allow only main, which is no longer the default branch.
    expect(findings[3]!.message.en).toContain('the environment wxgate is not limited to the default branch');
    expect(findings[0]).toMatchObject({ file: '.github/workflows/publish.yml' });
    expect(findings[0]!.fix.en).toBe('set branches to [trunk].');
    expect(findings[1]!.message.en).toContain('the default branch trunk does not require');
  });

  it('reports a team that does not resolve', async () => {
    gh.teams.delete('acme/pharma-editors');
    const findings = await online();
    expect(findings.map((f) => [f.check, f.message.en])).toEqual([
      ['team', 'team @acme/pharma-editors does not exist, or the token cannot see it'],
    ]);
  });

  it('reports the checks a ruleset does not require, and accepts classic protection requiring them', async () => {
    gh.settings.rulesets[0]!.rules.pop();
    let findings = await online();
    expect(findings.map((f) => f.message.en)).toEqual([
      `the default branch main does not require: ${CHECKS.join(', ')}`,
    ]);
    gh.settings.protection.set('main', { contexts: CHECKS, allowForcePushes: false, allowDeletions: false });
    findings = await online();
    expect(findings).toEqual([]);
  });

  it('reports a ledger branch that can be force-pushed or deleted, or whose protection has a bypass actor', async () => {
    gh.settings.rulesets.splice(1, 1);
    let findings = await online();
    expect(findings.map((f) => f.message.en)).toEqual([
      'the ledger branch wxgate-ledger can be force-pushed (history rewritten)',
      'the ledger branch wxgate-ledger can be deleted',
    ]);
    gh.settings.rulesets.push({
      id: 9,
      name: 'ledger',
      branches: ['wxgate-ledger'],
      rules: [{ type: 'non_fast_forward' }, { type: 'deletion' }],
      bypassActors: [{ actor_id: 5, actor_type: 'RepositoryRole', bypass_mode: 'always' }],
    });
    findings = await online();
    expect(findings.map((f) => f.check)).toEqual(['ledger-bypass']);
  });

  it('reports a missing environment, one open to any branch, a missing secret and a secret also at repository level', async () => {
    const env = gh.settings.environments.get('wechat-publish')!;
    env.secrets = ['WECHAT_SECRET_GROUP', 'WXGATE_APP_PRIVATE_KEY'];
    gh.settings.repoSecrets = ['WECHAT_SECRET_GROUP'];
    env.branchPolicy = null;
    const findings = await online();
    expect(findings.map((f) => [f.check, f.message.en])).toEqual([
      [
        'environment-branches',
        "the environment wechat-publish is not limited to the default branch: another branch's copy of a workflow could get its secrets",
      ],
      [
        'repository-secret',
        'WECHAT_SECRET_GROUP is also a repository secret: a workflow on any branch can read it',
      ],
      [
        'environment-secrets',
        'the environment wechat-publish has no secret WECHAT_SECRET_PHARMA for account pharma',
      ],
    ]);
    expect(findings[2]).toMatchObject({ file: 'policies/accounts.yml' });

    gh.settings.environments.delete('wechat-publish');
    const none = await online();
    expect(none.map((f) => f.message.en)).toEqual([
      'the environment wechat-publish does not exist: the publish job gets no WeChat secret',
      "the environment wechat-publish does not exist: its workflows cannot mint the App's token",
    ]);
  });

  it('reports a missing GitHub App, its key missing from an environment, and an open checks environment', async () => {
    const env = gh.settings.environments.get('wxgate')!;
    env.secrets = [];
    env.branchPolicy = null;
    let findings = await online();
    expect(findings.map((f) => [f.check, f.message.en])).toEqual([
      [
        'github-app-key',
        "the environment wxgate has no secret WXGATE_APP_PRIVATE_KEY: its workflows cannot mint the App's token",
      ],
      [
        'environment-branches',
        "the environment wxgate is not limited to the default branch: another branch's copy of a workflow could get the App's key",
      ],
    ]);
    gh.settings.variables.delete('WXGATE_APP_ID');
    findings = await online();
    expect(findings.map((f) => f.check)).toEqual(['github-app']);
    expect(findings[0]!.message.en).toContain('approvals that need a team never count');
  });

  it('says which permission is missing when the token may not list the secrets', async () => {
    gh.fail('GET', /\/environments\/wechat-publish\/secrets$/, {
      times: 1,
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    const findings = await online();
    expect(findings.map((f) => [f.message.en, f.fix.en])).toEqual([
      [
        'the secrets of wechat-publish could not be listed (HTTP 403)',
        'the token needs Secrets: read (names only; values are never readable).',
      ],
    ]);
  });
});
