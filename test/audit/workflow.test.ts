import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { localDate } from '../../src/platform/time.js';

/**
 * The shape of .github/workflows/audit.yml: when it runs (the cron, evaluated minute by minute over two years,
 * fires on the first day of each quarter in Beijing), least permissions and no secret, nothing but the committed
 * bundle, inputs passed as environment, and the report uploaded even when the audit finds anomalies.
 */
const WORKFLOWS = resolve(import.meta.dirname, '../../.github/workflows');
const text = readFileSync(join(WORKFLOWS, 'audit.yml'), 'utf8');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: { schedule: { cron: string }[]; workflow_dispatch: { inputs: Record<string, { default: unknown }> } };
  permissions: Record<string, string>;
  jobs: Record<string, { if: string; permissions: Record<string, string>; steps: Step[] }>;
}
const load = (t: string) => yaml.load(t, { schema: yaml.CORE_SCHEMA }) as Workflow;
const workflow = load(text);
const job = workflow.jobs.audit!;

/** Whether a five-field cron (numbers, lists and `*` only) fires at a UTC minute. */
function fires(cron: string, at: Date): boolean {
  const [minute, hour, day, month, weekday] = cron.split(/\s+/);
  const field = (spec: string | undefined, value: number) =>
    spec === '*' || spec!.split(',').map(Number).includes(value);
  return (
    field(minute, at.getUTCMinutes()) &&
    field(hour, at.getUTCHours()) &&
    field(day, at.getUTCDate()) &&
    field(month, at.getUTCMonth() + 1) &&
    field(weekday, at.getUTCDay())
  );
}

describe('audit.yml', () => {
  it('runs on a schedule and by hand, nothing else', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(workflow.on.workflow_dispatch.inputs.quarter!.default).toBe('last');
  });

  it('fires once on the first day of each quarter, Beijing time', () => {
    const days: string[] = [];
    const start = Date.parse('2026-01-01T00:00:00Z');
    for (let t = start; t < Date.parse('2028-01-01T00:00:00Z'); t += 60_000) {
      if (workflow.on.schedule.some((s) => fires(s.cron, new Date(t))))
        days.push(localDate(t, 'Asia/Shanghai'));
    }
    expect(days).toEqual(
      ['2026', '2027'].flatMap((y) => ['01', '04', '07', '10'].map((m) => `${y}-${m}-01`)),
    );
  });

  it('holds the workflow token with contents and issues write only, and no secret', () => {
    expect(workflow.permissions).toEqual({});
    expect(job.permissions).toEqual({ contents: 'write', issues: 'write' });
    expect(text).not.toMatch(/secrets\./);
  });

  it('runs for the default branch only, with the same guard as the publish job', () => {
    const publish = load(readFileSync(join(WORKFLOWS, 'publish.yml'), 'utf8')).jobs.publish!;
    expect(job.if).toBe(publish.if);
  });

  it('runs the committed bundle on the whole history and uploads the report whatever the audit found', () => {
    expect(job.steps.map((s) => s.uses).filter(Boolean)).toEqual([
      'actions/checkout@v4',
      'actions/setup-node@v4',
      'actions/upload-artifact@v4',
    ]);
    expect(job.steps[0]!.with).toMatchObject({ 'fetch-depth': 0 });
    for (const step of job.steps) {
      expect(step.run ?? '').not.toMatch(/\b(npm|npx|yarn|pnpm|tsx)\b|\$\{\{/);
    }
    const audit = job.steps.find((s) => s.run?.startsWith('node dist/cli.js audit'))!;
    expect(audit.run).toBe(
      'node dist/cli.js audit --quarter "$QUARTER" --output-dir wxgate-audit --issue $CHECKPOINT',
    );
    expect(audit.env).toMatchObject({
      QUARTER: `\${{ inputs.quarter || 'last' }}`,
      GITHUB_TOKEN: `\${{ github.token }}`,
    });
    expect(audit.env!.CHECKPOINT).toContain("github.event_name == 'schedule'");
    const upload = job.steps.find((s) => s.uses === 'actions/upload-artifact@v4')!;
    expect(upload).toMatchObject({ if: 'always()', with: { name: 'wxgate-audit', path: 'wxgate-audit/' } });
  });
});
