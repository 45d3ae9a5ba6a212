/**
 * The Action: read inputs once, decide from the event which PR(s) to judge, build each PRContext from the API
 * (articles as data, policies and CODEOWNERS from the base branch), run the content rules in-process on the
 * fetched bytes, evaluate, and post the result as three check runs, one sticky comment, the urgent report when
 * there is one, a job summary and outputs.
 *
 * The Action succeeds when it posted results: the check runs carry pass/fail. It fails on configuration errors
 * (bad inputs, wrong event, a broken policy on the base branch — the checks then fail too, with the reason) and on
 * errors it cannot recover from (GitHub down): then no check is posted and the required checks stay missing,
 * which blocks the merge. It never prints a token.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as core from '@actions/core';
import { type ComplianceRunner, evaluatePullRequest } from '../app/evaluate-pr.js';
import { type BaseFiles, baseBranchSha, readBaseFiles } from '../github/base-files.js';
import { publishCheckRun } from '../github/check-runs.js';
import {
  type ClientOptions,
  createGitHubClient,
  describeError,
  type GitHubClient,
} from '../github/client.js';
import { postingLogin, upsertIssue, upsertIssueComment } from '../github/comments.js';
import { IncompletePullRequestError, loadPRContext } from '../github/pr-context.js';
import {
  CHECK_NAMES,
  type CheckKey,
  COMMENT_MARKER,
  checkRuns,
  commentBody,
  failedCheckRuns,
  failureCommentBody,
  type RenderContext,
} from '../github/render.js';
import { type FileResult, type LintSetup, lintBytes } from '../lint/runner.js';
import type { LocalizedText } from '../lint/types.js';
import { ConfigurationError } from '../platform/errors.js';
import { loadPolicies } from '../policy/load.js';
import { terminalText } from '../policy/markdown.js';
import type { PRVerdict } from '../policy/pr-context.js';
import { verdictJson } from '../policy/verdict-format.js';
import { RULES } from '../rules/index.js';
import { decideEvent } from './event.js';
import { type ActionInputs, getInputs } from './inputs.js';

/** Seams for tests; production passes nothing. */
export interface RunOverrides {
  now?: () => number;
  /** Extra client options (tests: no write throttling, instant retries). */
  client?: Partial<ClientOptions>;
  evaluate?: typeof evaluatePullRequest;
}

export interface JudgedPull {
  number: number;
  verdict?: PRVerdict;
  /** Why the PR could not be judged (the checks fail with it). */
  failure?: LocalizedText;
  configurationError?: boolean;
  verdictPath?: string;
  comment?: string;
}

interface Repo {
  owner: string;
  repo: string;
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
      core.info(`wxgate: nothing to judge: ${decision.why}`);
      core.setOutput('pull-requests', '[]');
      return [];
    }
    core.info(`wxgate: ${decision.why}`);

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
        core.info(`wxgate: no open pull request from ${decision.owner}:${decision.branch}`);
        core.setOutput('pull-requests', '[]');
        return [];
      }
    }

    // The account this run posts as, asked once when the first post is written.
    let login: Promise<string> | undefined;
    const author = () => {
      login ??= postingLogin(gh);
      return login;
    };
    const judged: JudgedPull[] = [];
    for (const number of numbers) {
      judged.push(await judge(gh, teams, { owner, repo }, number, inputs, overrides, author));
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

async function judge(
  gh: GitHubClient,
  teams: GitHubClient | undefined,
  { owner, repo }: Repo,
  number: number,
  inputs: ActionInputs,
  overrides: RunOverrides,
  author: () => Promise<string>,
): Promise<JudgedPull> {
  const now = overrides.now ?? Date.now;
  const evaluate = overrides.evaluate ?? evaluatePullRequest;
  const evaluatedAt = now();
  core.startGroup(`wxgate: pull request #${number}`);
  try {
    const loaded = await loadPRContext(
      gh,
      { owner, repo, number },
      evaluatedAt,
      teams ? { teams } : {},
    ).catch((error: unknown) => {
      if (error instanceof IncompletePullRequestError) return error;
      throw error;
    });
    if (loaded instanceof IncompletePullRequestError) {
      // The head SHA is needed to post; the PR itself was readable.
      const { data: pr } = await gh.rest.pulls.get({ owner, repo, pull_number: number });
      const message = {
        zh: `无法判定：本 PR 改动了 ${pr.changed_files} 个文件，GitHub 只列出前 3000 个。请拆分成较小的 PR。`,
        en: `Cannot be judged: ${loaded.message}`,
      };
      return await postFailure(
        gh,
        { owner, repo },
        number,
        pr.head.sha,
        pr.base.sha,
        message,
        inputs,
        false,
        now,
        author,
      );
    }
    const { context: ctx, info } = loaded;
    if (info.state !== 'open') {
      core.info(`#${number} is ${info.state}: nothing to post`);
      return { number };
    }

    const baseSha = await baseBranchSha(gh, owner, repo, info.baseRef, info.baseSha);
    const base = await readBaseFiles(gh, owner, repo, baseSha, inputs.policiesPath);
    core.info(
      `#${number}: head ${ctx.headSha.slice(0, 7)}, ${ctx.files.length} changed file(s), ${ctx.reviews.length} review(s); rules from base ${baseSha.slice(0, 7)} (${base.policyFiles.size} policy file(s), CODEOWNERS: ${Object.keys(base.policies.codeowners)[0] ?? 'none'})`,
    );

    let setup: LintSetup;
    let verdict: PRVerdict;
    const linted = new Map<string, FileResult>();
    try {
      setup = lintSetupFromBase(base, inputs);
      const compliance: ComplianceRunner = (articles) =>
        articles.map((a) => {
          const result = lintBytes(a.path, a.bytes, setup, a.siblings);
          linted.set(a.path, result);
          return result;
        });
      verdict = await evaluate(ctx, base.policies, compliance, inputs.locale);
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      const message = {
        zh: `目标分支上的策略配置有误，所有检查均判为不通过：${error.describe()}`,
        en: `The policy on the base branch is invalid, so every check fails: ${error.describe()}`,
      };
      return await postFailure(
        gh,
        { owner, repo },
        number,
        ctx.headSha,
        baseSha,
        message,
        inputs,
        true,
        now,
        author,
      );
    }

    const render: RenderContext = {
      locale: inputs.locale,
      headSha: ctx.headSha,
      baseSha,
      policiesPath: base.policiesPath,
      timeZone: setup.policy.timeZone,
      ...runUrl(),
    };
    const files = [...linted.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const runs = checkRuns(verdict, files, render);
    for (const key of Object.keys(CHECK_NAMES) as CheckKey[]) {
      const posted = await publishCheckRun(
        gh,
        { owner, repo, headSha: ctx.headSha },
        runs[key],
        new Date(now()),
      );
      core.info(
        `${runs[key].name}: ${runs[key].conclusion} (${posted.action}${posted.annotationRequests ? `, ${runs[key].annotations.length} annotation(s) in ${posted.annotationRequests} request(s)` : ''})`,
      );
    }
    const body = commentBody(verdict, render);
    const comment = await upsertIssueComment(
      gh,
      { owner, repo, number },
      COMMENT_MARKER,
      body,
      await author(),
    );
    core.info(`comment ${comment.action}: ${comment.url}`);

    if (verdict.report) {
      const r = verdict.report;
      const posted =
        r.target === 'issue'
          ? await upsertIssue(
              gh,
              { owner, repo },
              r.marker,
              { title: r.title, body: r.body, label: inputs.reportLabel },
              await author(),
            )
          : await upsertIssueComment(gh, { owner, repo, number }, r.marker, r.body, await author());
      core.info(`urgent report to ${r.mention} ${posted.action}: ${posted.url}`);
    }

    const verdictPath = join(process.env.RUNNER_TEMP || tmpdir(), `wxgate-verdict-pr-${number}.json`);
    writeFileSync(verdictPath, `${JSON.stringify(verdictJson(verdict), null, 2)}\n`);
    return { number, verdict, verdictPath, comment: body };
  } finally {
    core.endGroup();
  }
}

async function postFailure(
  gh: GitHubClient,
  { owner, repo }: Repo,
  number: number,
  headSha: string,
  baseSha: string,
  message: LocalizedText,
  inputs: ActionInputs,
  configurationError: boolean,
  now: () => number,
  author: () => Promise<string>,
): Promise<JudgedPull> {
  const render: RenderContext = {
    locale: inputs.locale,
    headSha,
    baseSha,
    policiesPath: inputs.policiesPath,
    timeZone: 'Asia/Shanghai',
    ...runUrl(),
  };
  const runs = failedCheckRuns(message, render);
  for (const key of Object.keys(CHECK_NAMES) as CheckKey[]) {
    await publishCheckRun(gh, { owner, repo, headSha }, runs[key], new Date(now()));
  }
  const body = failureCommentBody(message, render);
  await upsertIssueComment(gh, { owner, repo, number }, COMMENT_MARKER, body, await author());
  core.error(terminalText(`#${number}: ${message.en}`));
  return { number, failure: message, configurationError, comment: body };
}

/**
 * The content rules configured by the BASE branch's policy folder, loaded by the very loader `wxgate check
 * --policies` uses (so the Action and the CLI cannot drift): the fetched files are written to a private temporary
 * folder, loaded, and the folder removed. Errors name the file as `policies/wxgate.yml@<base sha>`.
 */
function lintSetupFromBase(base: BaseFiles, inputs: ActionInputs): LintSetup {
  if (base.policyFiles.size === 0 && !base.policies.wxgateYml) {
    // An absent folder is a typo in policies-path more often than a wish for defaults: fail loudly.
    throw new ConfigurationError(
      `the policy folder "${base.policiesPath}" has no YAML files at base commit ${base.sha.slice(0, 7)}; check the policies-path input`,
    );
  }
  const root = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'wxgate-base-'));
  try {
    const dir = join(root, 'policies');
    mkdirSync(dir, { recursive: true });
    for (const [path, text] of [...base.policyFiles].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const file = join(dir, ...path.split('/'));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    try {
      const { policy, lexicon } = loadPolicies(dir, RULES);
      return { rules: RULES, policy, lexicon, locale: inputs.locale };
    } catch (error) {
      if (error instanceof ConfigurationError && error.file?.startsWith(dir)) {
        const file = `${base.policiesPath}${error.file.slice(dir.length).split('\\').join('/')}@${base.sha.slice(0, 7)}`;
        throw new ConfigurationError(error.message, {
          file,
          ...(error.line === undefined ? {} : { line: error.line }),
          ...(error.field === undefined ? {} : { field: error.field }),
        });
      }
      throw error;
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
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
