/**
 * wxgate's own developer workflows run only in wxgate's repository: a content repository copied from it (instead
 * of made by `wxgate init`) must not show authors a red `ci` check on every article.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../action/expressions.js';
import { ROOT } from '../support/bundle.js';

interface Workflow {
  on: Record<string, unknown>;
  permissions: unknown;
  jobs: Record<string, { if?: string; permissions?: Record<string, string>; steps: { run?: string }[] }>;
}

function workflow(name: string): Workflow {
  const text = readFileSync(join(ROOT, '.github/workflows', name), 'utf8');
  return yaml.load(text, { schema: yaml.CORE_SCHEMA }) as Workflow;
}

const inRepository = (name: string) => ({ github: { event: { repository: { name } } } });

describe("wxgate's developer workflows", () => {
  it.each(['ci.yml', 'check-dist.yml', 'release.yml'])(
    '%s runs only in a repository named wxgate',
    (file) => {
      const jobs = Object.values(workflow(file).jobs);
      expect(jobs.length).toBeGreaterThan(0);
      for (const job of jobs) {
        expect(job.if).toBeDefined();
        expect(evaluate(job.if ?? 'true', inRepository('wxgate'))).toBe(true);
        expect(evaluate(job.if ?? 'true', inRepository('wechat-content'))).toBe(false);
      }
    },
  );

  it('releases from a version tag, checking dist/ and the version before publishing', () => {
    const release = workflow('release.yml');
    expect(release.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } });
    expect(release.permissions).toEqual({});
    const runs = release.jobs.release!.steps.map((s) => s.run ?? '');
    const at = (pattern: RegExp) => runs.findIndex((r) => pattern.test(r));
    expect(at(/git diff --exit-code --stat -- dist/)).toBeGreaterThan(-1);
    expect(at(/release-check\.mjs "\$GITHUB_REF_NAME"/)).toBeGreaterThan(at(/git diff --exit-code/));
    expect(at(/npm publish/)).toBeGreaterThan(at(/release-check/));
  });
});
