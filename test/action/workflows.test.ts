/**
 * The workflows that hold a secret or a write token run only code the admins approved: the publish job runs for
 * the default branch only (its `if:` is evaluated here for each event it can get), installs nothing, runs nothing
 * but the committed bundle, and the pull-request checks never check out or run the pull request.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { evaluate, RUNS } from './expressions.js';

const WORKFLOWS = resolve(import.meta.dirname, '../../.github/workflows');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  environment?: string;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
}

function workflow(name: string): Workflow {
  const text = readFileSync(join(WORKFLOWS, name), 'utf8');
  return yaml.load(text, { schema: yaml.CORE_SCHEMA }) as Workflow;
}

describe('publish.yml', () => {
  const publish = workflow('publish.yml');
  const job = publish.jobs.publish!;

  it('never runs on pull requests or other workflows’ runs', () => {
    expect(Object.keys(publish.on).sort()).toEqual(['push', 'schedule', 'workflow_dispatch']);
    expect((publish.on.push as { branches: string[] }).branches).toEqual(['main']);
  });

  it('gives the secrets’ environment to the default branch only', () => {
    expect(job.environment).toBe('wechat-publish');
    const runs = (github: object) => evaluate(job.if ?? 'true', { github });
    expect(runs(RUNS.schedule)).toBe(true);
    expect(runs(RUNS.push)).toBe(true);
    expect(runs(RUNS.dispatchMain)).toBe(true);
    expect(runs(RUNS.dispatchBranch)).toBe(false);
    expect(runs(RUNS.dispatchTag)).toBe(false);
  });

  it('installs nothing and runs nothing but the default branch’s committed bundle', () => {
    const checkout = job.steps.find((s) => s.uses?.startsWith('actions/checkout@'))!;
    expect(checkout.with?.ref).toBe(`\${{ github.ref }}`);
    for (const step of job.steps) {
      if (step.uses) expect(['actions/checkout@v4', 'actions/setup-node@v4']).toContain(step.uses);
      expect(step.with?.cache, 'no dependency cache to restore').toBeUndefined();
      expect(step.run ?? '').not.toMatch(/\b(npm|npx|yarn|pnpm|tsx)\b|\.\/scripts\/|bash .*\.sh/);
      const secret = Object.values(step.env ?? {}).some((v) => v.includes('secrets.'));
      if (secret) expect(step.run).toMatch(/^node dist\/cli\.js (publish|withdraw) /);
    }
  });
});

describe('pr-checks.yml', () => {
  const checks = workflow('pr-checks.yml');
  const job = checks.jobs.judge!;

  it('posts checks only from the base branch’s workflow and Action', () => {
    const runs = (github: object) => evaluate(job.if ?? 'true', { github });
    expect(runs(RUNS.prTarget)).toBe(true);
    expect(runs(RUNS.workflowRun)).toBe(true);
    expect(runs(RUNS.dispatchMain)).toBe(true);
    expect(runs(RUNS.dispatchBranch)).toBe(false);
  });

  it('checks out only the base branch’s action.yml and dist/, never the pull request', () => {
    const checkout = job.steps.find((s) => s.uses?.startsWith('actions/checkout@'))!;
    expect(checkout.with?.ref).toBeUndefined();
    expect(String(checkout.with?.['sparse-checkout']).trim().split('\n')).toEqual(['action.yml', 'dist']);
    const text = JSON.stringify(job.steps);
    expect(text).not.toMatch(/pull_request\.head|npm |npx /);
  });
});
