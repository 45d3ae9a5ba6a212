import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { homedir, hostname } from 'node:os';
import { isAbsolute, join, relative, sep } from 'node:path';
import { evaluatePullRequest } from '../app/evaluate-pr.js';
import {
  articleKey,
  loadPublishSetup,
  type PublishAdapters,
  type PublishOptions,
  type PublishReport,
  type PublishSetup,
  rewoundReport,
  runPublish,
} from '../app/publish.js';
import { rewoundWithdrawal, runWithdraw, type WithdrawReport } from '../app/withdraw.js';
import { type Account, secretOf } from '../config/accounts.js';
import { type ClientOptions, createGitHubClient } from '../github/client.js';
import { GitHubPullRequestSource } from '../github/pull-request-source.js';
import { LedgerRewoundError } from '../ledger/ledger.js';
import { type CloneBusyError, CloneLock, processAlive } from '../ledger/lock.js';
import { GitLedger } from '../ledger/store.js';
import { type Clock, clockStartingAt, systemClock } from '../platform/clock.js';
import { ConfigurationError } from '../platform/errors.js';
import { Git } from '../platform/git.js';
import { type Logger, mapLines, warningsOnly } from '../platform/logger.js';
import type { ArticleOutcome } from '../publish/outcome.js';
import type { RunIdentity } from '../publish/plan.js';
import { GitPullRequestSource, type PullRequestSource } from '../publish/provenance.js';
import type { Locale } from '../text/vocabulary.js';
import { apiBaseFromEnv, WeChatClient } from '../wechat/client.js';
import { maskSecrets } from '../wechat/mask.js';
import type { WeChatPort } from '../wechat/port.js';
import { enclosingGitWorkTree } from '../wechat/token-cache.js';
import { ledgerProtectionWarnings } from './ledger-protection.js';
import { accountsWithoutSecret, missingSecretError, noteMissingSecrets } from './publish-secrets.js';

export { DEFAULT_LEDGER_BRANCH } from '../ledger/ledger.js';

import { DEFAULT_LEDGER_BRANCH } from '../ledger/ledger.js';

export type PullRequestSourceMode = 'auto' | 'github' | 'git';

/** Where a publish or withdraw run happens and what it may use: the command line and the environment. */
export interface PublishEnvironment {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  policiesDir: string;
  /** Pretend the run starts at this instant (dry-runs, demos, tests); time then runs on from it. */
  now?: number;
  apiBase?: string;
  cacheDir?: string;
  ledgerBranch?: string;
  /** Remote to push the ledger to: a name, 'auto' (origin when it exists) or 'none' (local branch only). */
  remote?: string;
  log: Logger;
  /** Replaces the HTTP client of each account (tests). */
  portFor?: (account: Account) => WeChatPort;
  /** Replaces the run's clock (tests drive time with a ManualClock). */
  clock?: Clock;
  /**
   * Where the facts of each article's pull request come from: `github` (the REST API: reviews, approvals judged
   * as the check judged them, check runs, the urgent report; needs GITHUB_TOKEN and GITHUB_REPOSITORY), `git`
   * (commit messages only; approvals unknown), `auto` (default: github when both are set, except in a dry run).
   */
  prSource?: PullRequestSourceMode;
  /** Extra GitHub client options (tests: instant retries, no write throttling). */
  github?: Partial<ClientOptions>;
  /** How long to wait for another run that holds this clone (default 0: answer busy at once). */
  lockWaitMs?: number;
}

export interface PublishRequest extends PublishEnvironment, PublishOptions {}

export interface WithdrawRequest extends PublishEnvironment {
  article: string;
  reason: string;
  /** Who decided (default: GITHUB_ACTOR, else git's user.name). */
  by?: string;
}

/** `wxgate publish` as the command line asks for it: the adapters built here, the run in src/app/publish.ts. */
export async function runPublishRequest(request: PublishRequest): Promise<PublishReport> {
  const setup = await loadPublishSetup(request.cwd, request.policiesDir);
  const publishingForAll = request.env.WXGATE_PUBLISHING?.trim() === 'enabled';
  const { registry } = setup;
  const missing = request.portFor
    ? []
    : accountsWithoutSecret(request.cwd, registry, request.env, request.accounts, publishingForAll);
  if (missing.length > 0 && !request.dryRun) throw missingSecretError(missing, registry.file);
  const identity = runIdentity(request.env);
  const report = await holdingTheClone(request, identity, async () => {
    let adapters: PublishAdapters;
    try {
      adapters = await publishAdapters(request, setup, { dryRun: request.dryRun, identity });
    } catch (error) {
      if (error instanceof LedgerRewoundError) return rewoundReport(error, identity.id);
      throw error;
    }
    return runPublish(setup, adapters, {
      ...request,
      publishingForAll,
    });
  });
  noteMissingSecrets(report.outcomes, missing);
  // Asked only of a run that talks to GitHub anyway: --pr-source git (and a dry run) stays off the network.
  if (request.remote === 'none' || !readsGitHub(request, request.dryRun)) return report;
  const branch = request.ledgerBranch ?? DEFAULT_LEDGER_BRANCH;
  const warnings = await ledgerProtectionWarnings(request.env, branch, request.log, request.github);
  for (const warning of warnings) request.log.warn(warning);
  return warnings.length ? { ...report, warnings: [...(report.warnings ?? []), ...warnings] } : report;
}

/** `wxgate withdraw` as the command line asks for it. */
export async function runWithdrawRequest(request: WithdrawRequest): Promise<WithdrawReport> {
  const setup = await loadPublishSetup(request.cwd, request.policiesDir);
  const env = request.env;
  const identity = runIdentity(env);
  return holdingTheClone(request, identity, async () => {
    let adapters: PublishAdapters;
    try {
      adapters = await publishAdapters(request, setup, { dryRun: false, identity });
    } catch (error) {
      if (error instanceof LedgerRewoundError) return rewoundWithdrawal(articleKey(request.article), error);
      throw error;
    }
    return runWithdraw(setup, adapters, {
      article: request.article,
      reason: request.reason,
      ...(request.by?.trim() || env.GITHUB_ACTOR ? { by: request.by?.trim() || env.GITHUB_ACTOR } : {}),
      ...(env.USER ? { fallbackBy: env.USER } : {}),
      source: env.GITHUB_ACTIONS ? 'workflow' : 'cli',
    });
  });
}

/** Whether this run reads GitHub: --pr-source github, or by default when a token and repository are set (not in a dry run). */
function readsGitHub(request: PublishEnvironment, dryRun: boolean): boolean {
  const mode = request.prSource ?? 'auto';
  if (mode === 'github') return true;
  return (
    mode === 'auto' &&
    !dryRun &&
    !!request.env.GITHUB_TOKEN?.trim() &&
    !!request.env.GITHUB_REPOSITORY?.trim()
  );
}

/**
 * Runs `work` holding this clone's run lock (src/ledger/lock.ts): another run in the same clone makes this one
 * wait up to `lockWaitMs`, then CloneBusyError. Outside a git repository there is nothing to hold (the ledger
 * says so when it opens).
 */
async function holdingTheClone<T>(
  request: PublishEnvironment,
  identity: RunIdentity,
  work: () => Promise<T>,
): Promise<T> {
  const git = new Git(request.cwd, request.env);
  if ((await git.exec(['rev-parse', '--git-dir'])).code !== 0) return work();
  const lock = await CloneLock.acquire(
    git,
    { run: identity.id, host: identity.host, pid: identity.pid },
    { clock: request.clock ?? systemClock, waitMs: request.lockWaitMs ?? 0 },
  );
  if (lock.tookOverFrom) {
    const h = lock.tookOverFrom;
    request.log.warn(
      `run ${h.run} (host ${h.host}, pid ${h.pid}) held this clone but is gone; its lock was taken over`,
    );
  }
  try {
    return await work();
  } finally {
    await lock.release();
  }
}

/**
 * The adapters of a real run: the content checkout, the git ledger, one WeChat client per account (its secret
 * from the environment), the pull-request source, the clock, and a logger that masks every secret it has seen.
 */
export async function publishAdapters(
  request: PublishEnvironment,
  setup: PublishSetup,
  run: { dryRun: boolean; identity: RunIdentity },
): Promise<PublishAdapters> {
  const git = new Git(request.cwd, request.env);
  const clock = request.clock ?? (request.now === undefined ? systemClock : clockStartingAt(request.now));
  if (!run.dryRun) refuseCacheInWorkTree(request);
  const ledger = await GitLedger.open(git, {
    branch: request.ledgerBranch ?? DEFAULT_LEDGER_BRANCH,
    remote:
      request.remote === undefined || request.remote === 'auto'
        ? 'auto'
        : request.remote === 'none'
          ? undefined
          : request.remote,
    identity: { name: 'wxgate', email: 'wxgate@users.noreply.github.com' },
    clock,
    trackSeen: true,
  });
  const secrets: string[] = [];
  const log = mapLines(request.log, (line) => maskSecrets(line, secrets));
  const timeZone = setup.policies.policy.timeZone;
  const identity = run.identity;
  return {
    git,
    ledger,
    wechatFor: request.portFor ?? wechatClients(request, setup, { log, secrets }),
    prs: pullRequestSource(request, git, timeZone, log, secrets, run.dryRun),
    clock,
    log,
    identity,
    isAlive: (lease) => lease.host !== identity.host || processAlive(lease.pid),
  };
}

/** One HTTP client per account, made when the account is first needed (so a missing secret fails only it). */
function wechatClients(
  request: PublishEnvironment,
  setup: PublishSetup,
  shared: { log: Logger; secrets: string[] },
): (account: Account) => WeChatPort {
  const apiBase = request.apiBase ?? apiBaseFromEnv(request.env);
  const cacheDir = request.cacheDir ?? defaultCacheDir(request.env);
  const clients = new Map<string, WeChatPort>();
  return (account) => {
    let client = clients.get(account.id);
    if (!client) {
      const secret = secretOf(account, request.env, setup.registry.file);
      shared.secrets.push(secret);
      client = new WeChatClient({
        appId: account.appId,
        appSecret: secret,
        apiBase,
        tokenCacheDir: cacheDir,
        // Token lifetimes are WeChat's real time, whatever --now says; a test's clock replaces both.
        clock: request.clock ?? systemClock,
        logger: warningsOnly(mapLines(shared.log, (line) => `  ${account.id}: ${line}`)),
      });
      clients.set(account.id, client);
    }
    return client;
  };
}

/**
 * The PR facts of the records: from the GitHub API when asked for (`github`), or by default when the workflow gives
 * GITHUB_TOKEN and GITHUB_REPOSITORY; from git alone otherwise (the demo, local runs, dry runs). Team membership is
 * read with WXGATE_TEAM_TOKEN (organisation "Members: read"); without it, team lookups use GITHUB_TOKEN, cannot
 * succeed, and the records say so. Both tokens are masked in every line printed.
 */
function pullRequestSource(
  request: PublishEnvironment,
  git: Git,
  timeZone: string,
  log: Logger,
  secrets: string[],
  dryRun: boolean,
): PullRequestSource {
  const env = request.env;
  const token = env.GITHUB_TOKEN?.trim();
  const repository = env.GITHUB_REPOSITORY?.trim();
  if (!readsGitHub(request, dryRun)) return new GitPullRequestSource(git);
  if (!token || !repository) {
    throw new ConfigurationError(
      '--pr-source github needs GITHUB_TOKEN (a token that may read pull requests and checks) and GITHUB_REPOSITORY (owner/name) in the environment',
      {
        zh: '--pr-source github 需要环境变量 GITHUB_TOKEN（能读取拉取请求和检查的令牌）和 GITHUB_REPOSITORY（owner/name）',
      },
    );
  }
  const [owner, repo, ...rest] = repository.split('/');
  if (!owner || !repo || rest.length > 0) {
    throw new ConfigurationError(`GITHUB_REPOSITORY must be owner/name (got "${repository}")`);
  }
  const teamToken = env.WXGATE_TEAM_TOKEN?.trim() || undefined;
  secrets.push(token, ...(teamToken ? [teamToken] : []));
  const clientLog = warningsOnly(mapLines(log, (line) => `GitHub: ${line}`));
  const client = (auth: string) =>
    createGitHubClient({
      token: auth,
      baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
      log: clientLog,
      ...request.github,
    });
  if (!teamToken) {
    log.info(
      'GitHub: no WXGATE_TEAM_TOKEN: team membership is read with GITHUB_TOKEN, which cannot read organisation teams; approvals that need a team are recorded as not counted (team unreadable)',
    );
  }
  const policies = relative(request.cwd, request.policiesDir).split(sep).join('/');
  return new GitHubPullRequestSource({
    octokit: client(token),
    ...(teamToken ? { teams: client(teamToken) } : {}),
    owner,
    repo,
    git,
    policiesPath:
      policies === '' || policies.startsWith('..') || isAbsolute(policies) ? 'policies' : policies,
    timeZone,
    ...(env.WXGATE_REPORT_LABEL ? { reportLabel: env.WXGATE_REPORT_LABEL } : {}),
    log,
    // Only approvals, schedule and the report are recorded: the compliance verdict is the check run's conclusion.
    judge: (ctx, basePolicies) => evaluatePullRequest(ctx, basePolicies, () => []),
  });
}

function runIdentity(env: Readonly<Record<string, string | undefined>>): RunIdentity {
  const host = hostname();
  const id = env.GITHUB_RUN_ID
    ? `gha-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}-${randomBytes(2).toString('hex')}`
    : `${host}-${process.pid}-${randomBytes(3).toString('hex')}`;
  return { id, host, pid: process.pid };
}

/**
 * The token cache holds a live access token: inside the work tree it could be committed and pushed. Refused before
 * anything runs (a configuration error), not merely warned about.
 */
function refuseCacheInWorkTree(request: PublishEnvironment): void {
  const dir = request.cacheDir ?? defaultCacheDir(request.env);
  const repo = enclosingGitWorkTree(dir);
  if (repo !== undefined) {
    throw new ConfigurationError(
      `the WeChat token cache ${dir} is inside the git work tree ${repo}: a live access token must never be committed; give --cache-dir (or WXGATE_CACHE_DIR) a directory outside the repository, e.g. $RUNNER_TEMP`,
      {
        zh: `微信 access token 缓存目录 ${dir} 在 git 工作区 ${repo} 里：有效的 access token 绝不能被提交；请用 --cache-dir（或 WXGATE_CACHE_DIR）指定仓库之外的目录，例如 $RUNNER_TEMP`,
      },
    );
  }
}

/** Outside the repository: the token cache holds a live credential. */
function defaultCacheDir(env: Readonly<Record<string, string | undefined>>): string {
  if (env.WXGATE_CACHE_DIR) return env.WXGATE_CACHE_DIR;
  if (env.RUNNER_TEMP) return join(env.RUNNER_TEMP, 'wxgate');
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'wxgate');
}

/**
 * A Markdown table for `$GITHUB_STEP_SUMMARY` (the job's summary page), when Actions provides one. Its results
 * are the English ones whatever --locale says: the summary sits beside the English log and ::error annotations
 * that people search and alerts match, and it must read the same on every run.
 */
export function writeStepSummary(
  env: Readonly<Record<string, string | undefined>>,
  title: string,
  report: {
    outcomes: ArticleOutcome[];
    ledger: string;
    halted?: { zh: string; en: string } | undefined;
    warnings?: string[] | undefined;
  },
): void {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file || !existsSync(join(file, '..'))) return;
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rows = report.outcomes.map(
    (o) => `| ${o.failed ? '✗' : '✓'} | \`${o.key}\` | ${o.state ?? '—'} | ${cell(o.result)} |`,
  );
  const notices = [
    ...(report.halted ? [`> [!CAUTION]\n> ${cell(report.halted.zh)}\n>\n> ${cell(report.halted.en)}`] : []),
    ...(report.warnings ?? []).map((w) => `> [!WARNING]\n> ${cell(w)}`),
  ];
  appendFileSync(
    file,
    `## ${title}\n\nLedger: \`${report.ledger}\`\n\n${notices.map((n) => `${n}\n\n`).join('')}| | article | state | result |\n|---|---|---|---|\n${rows.join('\n')}\n\n`,
  );
}

/** Exit code of a run that found another run holding its clone (EX_TEMPFAIL of sysexits.h: try again later). */
export const BUSY_EXIT_CODE = 75;

/** What a command prints when another run holds the clone. */
export function busyMessage(error: CloneBusyError, command: string, locale: Locale): string {
  return locale === 'en'
    ? `wxgate ${command}: ${error.message}; nothing was done — run again when it has finished, or give --wait <seconds> (exit ${BUSY_EXIT_CODE})\n`
    : `wxgate ${command}：另一个运行正在使用此克隆（${error.message}），本次未做任何事——等它结束后再运行，或加 --wait <秒数>（退出码 ${BUSY_EXIT_CODE}）\n`;
}
