/**
 * The Action: read inputs once, decide from the event which PR(s) to judge, build each PRContext from the API
 * (articles as data, policies and CODEOWNERS from the base branch), run the content rules in-process on the
 * fetched bytes, evaluate, and post the result as three check runs, one sticky comment, the urgent report when
 * there is one, a job summary and outputs. Judging one PR (at one head SHA) is ./judge.ts.
 *
 * The Action succeeds when it posted results: the check runs carry pass/fail. It fails on configuration errors
 * (bad inputs, wrong event, a broken policy on the base branch — the checks then fail too, with the reason) and on
 * errors it cannot recover from (GitHub down): then no check is posted and the required checks stay missing,
 * which blocks the merge. It never prints a token.
 */
import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { evaluatePullRequest } from '../app/evaluate-pr.js';
import { type ClientOptions, createGitHubClient, describeError } from '../github/client.js';
import { postingLogin } from '../github/comments.js';
import { CHECK_NAMES, type CheckKey } from '../github/render.js';
import { ConfigurationError } from '../platform/errors.js';
import { terminalText } from '../text/escape.js';
import { decideEvent } from './event.js';
import { type ActionInputs, getInputs } from './inputs.js';
import { type JudgedPull, judgePull } from './judge.js';

export type { JudgedPull } from './judge.js';

/** Seams for tests; production passes nothing. */
export interface RunOverrides {
  now?: () => number;
  /** Extra client options (tests: no write throttling, instant retries). */
  client?: Partial<ClientOptions>;
  evaluate?: typeof evaluatePullRequest;
}

export async function run(overrides: RunOverrides = {}): Promise<JudgedPull[]> {
  try {
    const inputs = getInputs();
    const eventName = requireEnv('GITHUB_EVENT_NAME');
    const [owner, repo] = requireEnv('GITHUB_REPOSITORY').split('/');
    if (!owner || !repo) throw new ConfigurationError('GITHUB_REPOSITORY is not owner/name');
    const payload = readEvent();
    const decision = decideEvent(eventName, payload, inputs.pullRequest);
    if (decision.kind === 'skip') {
      core.info(terminalText(`wxgate: nothing to judge: ${decision.why}`));
      core.setOutput('pull-requests', '[]');
      return [];
    }
    // The reason may name a fork's branch: shown, never obeyed as a workflow command.
    core.info(terminalText(`wxgate: ${decision.why}`));

    const log = {
      debug: (m: string) => core.debug(m),
      info: (m: string) => core.info(m),
      warn: (m: string) => core.warning(m),
    };
    const gh = createGitHubClient({
      token: inputs.githubToken,
      baseUrl: inputs.apiUrl,
      log,
      ...overrides.client,
    });
    const teams = inputs.teamToken
      ? createGitHubClient({ token: inputs.teamToken, baseUrl: inputs.apiUrl, log, ...overrides.client })
      : undefined;
    if (!teams) {
      core.notice(
        'wxgate: no team-token given: team membership is read with github-token, which cannot read organisation teams; approvals that need a team fail closed. See docs/setup.md.',
      );
    }

    let numbers = decision.numbers;
    if (decision.kind === 'head') {
      const open = await gh.paginate(gh.rest.pulls.list, {
        owner,
        repo,
        state: 'open',
        head: `${decision.owner}:${decision.branch}`,
        per_page: 100,
      });
      numbers = [...new Set([...numbers, ...open.map((p) => p.number)])].sort((a, b) => a - b);
      if (numbers.length === 0) {
        core.info(terminalText(`wxgate: no open pull request from ${decision.owner}:${decision.branch}`));
        core.setOutput('pull-requests', '[]');
        return [];
      }
    }

    let author: Promise<string> | undefined;
    const judging = {
      gh,
      teams,
      owner,
      repo,
      inputs,
      now: overrides.now ?? Date.now,
      evaluate: overrides.evaluate ?? evaluatePullRequest,
      // Asked once, when the first post is written: events that judge nothing call GitHub not at all.
      author: () => {
        author ??= postingLogin(gh);
        return author;
      },
      ...runUrl(),
    };
    const judged: JudgedPull[] = [];
    for (const number of numbers) {
      core.startGroup(`wxgate: pull request #${number}`);
      try {
        judged.push(await judgePull(judging, number));
      } finally {
        core.endGroup();
      }
    }
    await report(judged, inputs);
    const broken = judged.filter((j) => j.configurationError);
    if (broken.length > 0) {
      core.setFailed(
        terminalText(
          `wxgate: configuration error: ${broken.map((b) => `#${b.number}: ${b.failure?.en ?? ''}`).join('; ')}`,
        ),
      );
    }
    return judged;
  } catch (error) {
    if (error instanceof ConfigurationError)
      core.setFailed(terminalText(`wxgate: configuration error: ${error.describe()}`));
    else core.setFailed(terminalText(`wxgate: ${describeError(error)}`));
    return [];
  }
}

async function report(judged: JudgedPull[], inputs: ActionInputs): Promise<void> {
  const done = judged.filter((j) => j.verdict || j.failure);
  core.setOutput('pull-requests', JSON.stringify(done.map((j) => j.number)));
  const first = done[0];
  core.setOutput('mergeable', String(done.length > 0 && done.every((j) => j.verdict?.mergeable === true)));
  if (first?.verdict) {
    for (const key of Object.keys(CHECK_NAMES) as CheckKey[])
      core.setOutput(key, first.verdict.checks[key].status);
  } else if (first) {
    for (const key of Object.keys(CHECK_NAMES) as CheckKey[]) core.setOutput(key, 'fail');
  }
  if (first?.verdictPath) core.setOutput('verdict-path', first.verdictPath);
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  core.summary.emptyBuffer();
  for (const j of done) {
    core.summary.addRaw(`# ${inputs.locale === 'en' ? 'Pull request' : '拉取请求'} #${j.number}\n\n`);
    core.summary.addRaw(`${j.comment ?? ''}\n\n`);
  }
  await core.summary.write();
}

function runUrl(): { runUrl?: string } {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = process.env;
  return server && repo && id ? { runUrl: `${server}/${repo}/actions/runs/${id}` } : {};
}

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new ConfigurationError(`${name} is not set: wxgate's Action runs inside GitHub Actions`);
  return value;
}

function readEvent(): unknown {
  const path = process.env.GITHUB_EVENT_PATH;
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigurationError(`cannot read the event payload ${path}: ${(error as Error).message}`);
  }
}
