import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { bundleDir } from '../support/bundle.js';
import {
  END_TO_END_TIMEOUT,
  type Fixture,
  fixture,
  git,
  liveByTitle,
  ROOT,
  SAMPLES,
  SECRETS,
} from './helpers.js';

// End-to-end runs spawn git and node: their speed is the machine's, so the limit only guards against a hang.
vi.setConfig({ testTimeout: END_TO_END_TIMEOUT });

const FILE = join(ROOT, '.github/workflows/publish.yml');

interface Step {
  name?: string;
  uses?: string;
  if?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  concurrency: { group: string; 'cancel-in-progress': boolean };
  permissions: Record<string, string>;
  jobs: Record<string, { 'runs-on': string; environment: string; steps: Step[] }>;
}

const workflow = yaml.load(readFileSync(FILE, 'utf8')) as Workflow;
const job = workflow.jobs.publish!;

beforeAll(() => {
  bundleDir();
}, 60_000);

describe('.github/workflows/publish.yml', () => {
  it('runs on merges to main, every 5 minutes and by hand — never on pull requests', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['push', 'schedule', 'workflow_dispatch']);
    expect(workflow.on.push).toMatchObject({ branches: ['main'] });
    expect(workflow.on.schedule).toEqual([{ cron: '3-59/5 * * * *' }]);
    expect(Object.keys((workflow.on.workflow_dispatch as { inputs: object }).inputs)).toEqual([
      'dry-run',
      'withdraw-article',
      'withdraw-reason',
      'retry-article',
    ]);
  });

  it('one run at a time, never cancelled halfway; may only write contents; runner configurable', () => {
    expect(workflow.concurrency).toEqual({ group: 'wxgate-publish', 'cancel-in-progress': false });
    expect(workflow.permissions).toEqual({ contents: 'write' });
    expect(job['runs-on']).toBe(`\${{ vars.WXGATE_PUBLISH_RUNNER || 'ubuntu-latest' }}`);
    expect(job.environment).toBe('wechat-publish');
    const checkout = job.steps.find((s) => s.uses?.startsWith('actions/checkout'));
    expect(checkout?.with).toMatchObject({ 'fetch-depth': 0 });
  });

  it('passes every secret_env of policies/accounts.yml, and inputs only through the environment', () => {
    const accounts = yaml.load(readFileSync(join(ROOT, 'policies/accounts.yml'), 'utf8')) as {
      accounts: Record<string, { secret_env: string }>;
    };
    for (const step of job.steps.filter((s) => s.run?.includes('dist/cli.js'))) {
      for (const { secret_env } of Object.values(accounts.accounts)) {
        expect(step.env?.[secret_env]).toBe(`\${{ secrets.${secret_env} }}`);
      }
      expect(step.run).not.toContain(`\${{`);
    }
  });

  it('its steps, run as written against the emulator: publish, run again, withdraw by hand', async () => {
    const f = await fixture([
      {
        from: SAMPLES.q3,
        to: 'content/group/2025-03-12-q3-operating-update',
        publishAt: '2025-03-12T10:00:00+08:00',
      },
      {
        from: SAMPLES.flu,
        to: 'content/lanchuan-pharma/2025-03-16-winter-flu-prevention',
        publishAt: '2025-03-16T09:30:00+08:00',
      },
    ]);
    const push = await runJob(f, { event: 'push', inputs: {} });
    expect(push.map((s) => s.name)).toEqual(['Commit records as the Actions bot', 'Publish']);
    expect(push.at(-1)?.code, push.at(-1)?.output).toBe(0);
    expect(liveByTitle(f)).toEqual(new Map([['澜川集团 2026 年第三季度经营情况通报', 1]]));
    expect(f.record('lanchuan-pharma/2025-03-16-winter-flu-prevention')?.state).toBe('drafted');
    expect(git(f.origin, 'log', '-1', '--format=%an <%ae>', 'wxgate-ledger').trim()).toBe(
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
    );

    const schedule = await runJob(f, { event: 'schedule', inputs: {} });
    expect(schedule.at(-1)?.output).toContain('0 篇失败');
    expect(f.publications()).toHaveLength(1);

    const dry = await runJob(f, { event: 'workflow_dispatch', inputs: { 'dry-run': true } });
    expect(dry.at(-1)?.output).toContain('演练：不调用微信，不写入任何内容。');

    const withdraw = await runJob(f, {
      event: 'workflow_dispatch',
      inputs: {
        'withdraw-article': 'content/group/2025-03-12-q3-operating-update',
        'withdraw-reason': '数据有误; rm -rf $HOME',
      },
    });
    expect(withdraw.map((s) => s.name)).toEqual(['Commit records as the Actions bot', 'Withdraw']);
    expect(withdraw.at(-1)?.code, withdraw.at(-1)?.output).toBe(0);
    expect(f.publications()[0]?.deleted).toBe(true);
    expect(f.record('group/2025-03-12-q3-operating-update')?.withdrawal).toMatchObject({
      by: 'octocat',
      reason: '数据有误; rm -rf $HOME',
      source: 'workflow',
    });
  });
});

/**
 * The job as GitHub would run it, minus GitHub: a full clone of main (actions/checkout with fetch-depth 0, holding
 * the committed dist/), then every `run:` step whose `if:` holds, with its `env:` evaluated, in bash.
 */
async function runJob(
  f: Fixture,
  event: { event: string; inputs: Record<string, string | boolean> },
): Promise<{ name: string; code: number | null; output: string }[]> {
  const dir = f.clone();
  mkdirSync(join(dir, 'dist'), { recursive: true });
  cpSync(bundleDir(), join(dir, 'dist'), { recursive: true });
  const context = {
    github: { event_name: event.event, event: { repository: { default_branch: 'main' } } },
    inputs: {
      'dry-run': false,
      'withdraw-article': '',
      'withdraw-reason': '',
      'retry-article': '',
      ...event.inputs,
    },
    vars: { WECHAT_API_BASE: f.emu.url },
    secrets: SECRETS,
  };
  const results: { name: string; code: number | null; output: string }[] = [];
  for (const step of job.steps) {
    if (!step.run) continue;
    if (step.if !== undefined && !truthy(evaluate(step.if, context))) continue;
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = substitute(v, context);
    const base = { ...f.env };
    for (const k of Object.keys(SECRETS)) delete base[k];
    delete base.WECHAT_API_BASE;
    // The committer is whoever the workflow's own steps configure.
    for (const k of ['GIT_AUTHOR_NAME', 'GIT_AUTHOR_EMAIL', 'GIT_COMMITTER_NAME', 'GIT_COMMITTER_EMAIL'])
      delete base[k];
    const child = spawn('bash', ['-e', '-c', step.run], {
      cwd: dir,
      env: { ...base, ...env, GITHUB_ACTOR: 'octocat', GITHUB_ACTIONS: 'true', GITHUB_RUN_ID: '4242' },
    });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    const code = await new Promise<number | null>((r) => child.on('close', r));
    results.push({ name: step.name ?? '', code, output });
    if (code !== 0) break;
  }
  return results;
}

// ── the part of GitHub's expression language the workflow uses ──────────────────────────────────────────────

type Value = string | boolean | number | undefined | Record<string, unknown>;

function substitute(text: string, context: object): string {
  return text.replace(/\$\{\{(.*?)\}\}/g, (_, e: string) => {
    const v = evaluate(e, context);
    return v === undefined || v === false ? (v === false ? 'false' : '') : String(v);
  });
}

function truthy(v: Value): boolean {
  return v !== undefined && v !== false && v !== '' && v !== 0;
}

/** `a || b`, `a && b`, `a == b`, `a != b`, 'strings', true/false, and dotted names (with dashes). */
function evaluate(source: string, context: object): Value {
  const tokens =
    source.replace(/^\s*\$\{\{|\}\}\s*$/g, '').match(/'[^']*'|\|\||&&|==|!=|[()!]|[A-Za-z_][\w.-]*/g) ?? [];
  let i = 0;
  const primary = (): Value => {
    const t = tokens[i++] ?? '';
    if (t === '(') {
      const v = or();
      i++;
      return v;
    }
    if (t === '!') return !truthy(primary());
    if (t.startsWith("'")) return t.slice(1, -1);
    if (t === 'true' || t === 'false') return t === 'true';
    let v: unknown = context;
    for (const part of t.split('.')) v = (v as Record<string, unknown> | undefined)?.[part];
    return v as Value;
  };
  const compare = (): Value => {
    const left = primary();
    const op = tokens[i];
    if (op === '==' || op === '!=') {
      i++;
      const right = primary();
      return op === '==' ? left === right : left !== right;
    }
    return left;
  };
  const and = (): Value => {
    let v = compare();
    while (tokens[i] === '&&') {
      i++;
      const r = compare();
      v = truthy(v) ? r : v;
    }
    return v;
  };
  const or = (): Value => {
    let v = and();
    while (tokens[i] === '||') {
      i++;
      const r = and();
      v = truthy(v) ? v : r;
    }
    return v;
  };
  return or();
}
