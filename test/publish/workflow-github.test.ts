import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

interface Step {
  name?: string;
  run?: string;
  env?: Record<string, string>;
}
interface Job {
  environment: string;
  permissions?: Record<string, string>;
  steps: Step[];
}

const workflow = yaml.load(readFileSync(join(ROOT, '.github/workflows/publish.yml'), 'utf8')) as {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
};

describe('.github/workflows/publish.yml: pull-request facts for the records', () => {
  const job = workflow.jobs.publish!;

  it('the job token writes the ledger and only reads pull requests, checks and issues', () => {
    expect(job.permissions).toEqual({
      contents: 'write',
      'pull-requests': 'read',
      checks: 'read',
      issues: 'read',
    });
    // One job, in the protected environment, never on pull requests: the tokens reach nothing else.
    expect(Object.keys(workflow.jobs)).toEqual(['publish']);
    expect(job.environment).toBe('wechat-publish');
    expect(Object.keys(workflow.on)).not.toContain('pull_request');
    expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
  });

  it('the steps that run wxgate get GITHUB_TOKEN and the optional team token, through env only', () => {
    const steps = job.steps.filter((s) => s.run?.includes('dist/cli.js'));
    expect(steps.map((s) => s.name)).toEqual(['Withdraw', 'Publish']);
    for (const step of steps) {
      expect(step.env).toMatchObject({
        GITHUB_TOKEN: `\${{ github.token }}`,
        WXGATE_TEAM_TOKEN: `\${{ secrets.WXGATE_TEAM_TOKEN }}`,
      });
      expect(step.run).not.toContain('--pr-source git');
      expect(step.run).not.toContain('${{');
    }
    // The other steps see no token.
    for (const step of job.steps.filter((s) => !s.run?.includes('dist/cli.js'))) {
      expect(JSON.stringify(step)).not.toMatch(/token|secrets\./i);
    }
  });
});
