/**
 * The pull-request check of a repository `wxgate init` made: its pr-checks.yml names this release of the Action,
 * with inputs the Action declares, and the Action run with exactly those inputs on a real pull_request_target event
 * judges an article made by `wxgate new` against the generated policies and CODEOWNERS, as the Action tests do.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { latestRuns, runAction, useActionHarness } from '../action/harness.js';
import { example } from '../action/payloads.js';
import { FakeGitHub } from '../github/fake-github.js';
import { REPO_TOKEN, TEAM_TOKEN } from '../github/repo-fixture.js';
import { ROOT } from '../support/bundle.js';
import { fillPlaceholders, initRepo, wx } from './helpers.js';

useActionHarness();

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, string>;
}

/** Every file below `dir` (relative path → bytes), as a commit's tree holds it. */
function tree(dir: string, under = dir): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const name of readdirSync(under)) {
    const full = join(under, name);
    if (statSync(full).isDirectory()) Object.assign(files, tree(dir, full));
    else files[relative(dir, full)] = new Uint8Array(readFileSync(full));
  }
  return files;
}

/** What the runner puts in `with:` values: the expressions the generated step uses, for a pull_request_target run. */
function resolve(value: string): string {
  const known: Record<string, string> = {
    '${{ github.token }}': REPO_TOKEN,
    '${{ steps.app-token.outputs.token }}': TEAM_TOKEN,
    '${{ inputs.pull-request }}': '',
  };
  if (!value.includes('${{')) return value;
  const resolved = known[value];
  if (resolved === undefined) throw new Error(`unexpected expression in the generated step: ${value}`);
  return resolved;
}

describe('the generated pr-checks.yml', () => {
  it('runs this release of the Action on a pull request and posts the three checks', async () => {
    // The fake GitHub's repository is the one the real webhook example names.
    const { dir } = await initRepo([
      '--org',
      'Codertocat',
      '--repo',
      'Codertocat/Hello-World',
      '--account',
      'group',
    ]);
    fillPlaceholders(dir, 'Codertocat');
    const workflow = yaml.load(readFileSync(join(dir, '.github/workflows/pr-checks.yml'), 'utf8'), {
      schema: yaml.CORE_SCHEMA,
    }) as { jobs: { judge: { steps: Step[] } } };
    const step = workflow.jobs.judge.steps.find((s) => s.uses?.includes('/wxgate@'))!;
    expect(step.uses).toBe(`wxgate-org/wxgate@v${pkg.version}`);
    // Every input the step passes is one the Action (this package's action.yml, what the tag resolves to) declares.
    const action = yaml.load(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>;
    };
    expect(Object.keys(step.with!).filter((k) => !(k in action.inputs))).toEqual([]);

    const base = tree(dir);
    const made = await wx(
      ['new', 'group', 'open-day', '--date', '2026-12-01', '--title', '开放日邀请', '--author', '市场部'],
      dir,
    );
    expect(made.code, made.stderr).toBe(0);
    const folder = 'content/group/2026-12-01-open-day';

    const gh = new FakeGitHub('Codertocat/Hello-World');
    gh.tokens.set(REPO_TOKEN, { login: 'github-actions[bot]', type: 'Bot' });
    gh.tokens.set(TEAM_TOKEN, { login: 'wxgate[bot]', type: 'Bot' });
    const baseSha = gh.commit(base, undefined, 'wxgate init');
    gh.refs.set('main', baseSha);
    const head = gh.change(
      baseSha,
      {
        [`${folder}/index.md`]: readFileSync(join(dir, folder, 'index.md')),
        [`${folder}/cover.png`]: readFileSync(join(dir, folder, 'cover.png')),
      },
      'add article',
    );
    gh.addPull({
      number: 2,
      author: 'alice',
      createdAt: '2026-11-16T01:00:00Z',
      base: { ref: 'main', sha: baseSha },
      commits: [head],
      headRef: 'open-day',
    });
    gh.checkSuites.set(head, ['2026-11-16T01:00:05Z']);
    gh.addTeam('Codertocat/group-editors', { bob: 'active' }, [TEAM_TOKEN]);
    gh.addTeam('Codertocat/market-dept', { carol: 'active' }, [TEAM_TOKEN]);
    gh.reviews.set(2, [
      { user: 'bob', state: 'APPROVED', commitId: head, submittedAt: '2026-11-17T02:00:00Z' },
    ]);
    await gh.start();

    const inputs = Object.fromEntries(
      Object.entries(step.with!).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, resolve(v)]),
    );
    const outcome = await runAction(gh, 'pull_request_target', example('pull_request', 'opened'), inputs);
    expect(outcome.exitCode).toBeUndefined();
    expect(outcome.outputs).toMatchObject({
      compliance: 'pass',
      schedule: 'pass',
      approvals: 'pass',
      mergeable: 'true',
    });
    expect([...latestRuns(gh, head).keys()].sort()).toEqual([
      'wxgate / approvals',
      'wxgate / compliance',
      'wxgate / schedule',
    ]);
    expect(gh.comments[0]!.body).toContain('可以合并');

    // Without the editors' approval, the generated CODEOWNERS keeps it from merging.
    gh.reviews.set(2, []);
    const unapproved = await runAction(
      gh,
      'pull_request_target',
      example('pull_request', 'synchronize'),
      inputs,
    );
    expect(unapproved.outputs).toMatchObject({ approvals: 'pending', mergeable: 'false' });
  });
});
