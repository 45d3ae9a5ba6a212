/**
 * The Action end to end, in-process: real webhook payloads, inputs and outputs through the environment the runner
 * sets (INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), everything @actions/core prints captured, and every GitHub
 * call answered by the local GitHub-like server. `useActionHarness()` registers the per-test clean-up of the file
 * that calls it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, vi } from 'vitest';
import { run } from '../../src/action/run.js';
import { CONCLUSION } from '../../src/github/render.js';
import type { PRVerdict } from '../../src/governance/pr-context.js';
import type { FakeGitHub } from '../github/fake-github.js';
import { type companyRepo, REPO_TOKEN, TEAM_TOKEN } from '../github/repo-fixture.js';

export const NOW = Date.parse('2026-11-20T02:00:00Z');
let dir: string;
let summaryFile: string;
const servers: FakeGitHub[] = [];

/** Call once at the top of a test file that runs the Action. */
export function useActionHarness(): void {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'wxgate-action-'));
    // @actions/core remembers the summary file of its first write: one file for the whole file of tests.
    summaryFile = join(dir, 'summary.md');
    writeFileSync(summaryFile, '');
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    process.exitCode = undefined;
    await Promise.all(servers.splice(0).map((s) => s.stop()));
  });
}

export async function serve(fixture: ReturnType<typeof companyRepo>) {
  await fixture.gh.start();
  servers.push(fixture.gh);
  return fixture;
}

export interface Outcome {
  judged: Awaited<ReturnType<typeof run>>;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  exitCode: number | string | undefined;
}

let runs = 0;

export async function runAction(
  gh: FakeGitHub,
  event: string,
  payload: unknown,
  inputs: Record<string, string> = {},
): Promise<Outcome> {
  runs++;
  const eventPath = join(dir, `event-${runs}.json`);
  const outputFile = join(dir, `output-${runs}`);
  writeFileSync(eventPath, JSON.stringify(payload));
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    'INPUT_GITHUB-TOKEN': REPO_TOKEN,
    'INPUT_TEAM-TOKEN': TEAM_TOKEN,
    'INPUT_API-URL': gh.apiUrl,
    'INPUT_POLICIES-PATH': 'policies',
    INPUT_LOCALE: 'zh-CN',
    'INPUT_PULL-REQUEST': '',
    'INPUT_REPORT-LABEL': 'wxgate-urgent-report',
    ...inputs,
  };
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  let stdout = '';
  const capture = (chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  };
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  const warn = vi.spyOn(console, 'warn').mockImplementation((...a: unknown[]) => capture(`${a.join(' ')}\n`));
  let judged: Outcome['judged'];
  try {
    judged = await run({ now: () => NOW, client: { throttle: false, retryAfterBaseValue: 1 } });
  } finally {
    out.mockRestore();
    err.mockRestore();
    warn.mockRestore();
  }
  const exitCode = process.exitCode;
  process.exitCode = undefined;
  return {
    judged,
    stdout,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    exitCode,
  };
}

/** GITHUB_OUTPUT holds `name<<delimiter\nvalue\ndelimiter` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

export function latestRuns(gh: FakeGitHub, sha: string) {
  const latest = new Map<string, (typeof gh.checkRuns)[number]>();
  for (const r of gh.checkRuns) if (r.head_sha === sha) latest.set(r.name, r);
  return latest;
}

export function expectConclusionsMatch(gh: FakeGitHub, sha: string, verdict: PRVerdict) {
  const latest = latestRuns(gh, sha);
  expect(latest.get('wxgate / compliance')?.conclusion).toBe(CONCLUSION[verdict.checks.compliance.status]);
  expect(latest.get('wxgate / schedule')?.conclusion).toBe(CONCLUSION[verdict.checks.schedule.status]);
  expect(latest.get('wxgate / approvals')?.conclusion).toBe(CONCLUSION[verdict.checks.approvals.status]);
}

export function secretsAbsent(outcome: Outcome) {
  for (const token of [REPO_TOKEN, TEAM_TOKEN]) {
    // The only place a token may appear is the runner's own mask command, which hides it from every log.
    const lines = outcome.stdout.split('\n').filter((l) => l.includes(token));
    expect(lines.every((l) => l === `::add-mask::${token}`)).toBe(true);
    expect(JSON.stringify(outcome.outputs)).not.toContain(token);
    expect(outcome.summary).not.toContain(token);
  }
}
