import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { homedir, hostname } from 'node:os';
import { isAbsolute, join, relative, sep } from 'node:path';
import {
  loadPublishSetup,
  type PublishAdapters,
  type PublishOptions,
  type PublishReport,
  type PublishSetup,
  runPublish,
} from '../app/publish.js';
import { runWithdraw, type WithdrawReport } from '../app/withdraw.js';
import { type ClientOptions, createGitHubClient } from '../github/client.js';
import { GitHubPullRequestSource } from '../github/pull-request-source.js';
import { GitLedger } from '../ledger/store.js';
import { type Clock, clockStartingAt, systemClock } from '../platform/clock.js';
import { ConfigurationError } from '../platform/errors.js';
import { Git } from '../platform/git.js';
import { type Logger, mapLines, warningsOnly } from '../platform/logger.js';
import { type Account, secretOf } from '../policy/accounts.js';
import type { RunIdentity } from '../publish/plan.js';
import { GitPullRequestSource, type PullRequestSource } from '../publish/provenance.js';
import type { ArticleOutcome } from '../publish/publisher.js';
import { apiBaseFromEnv, WeChatClient } from '../wechat/client.js';
import { maskSecrets } from '../wechat/mask.js';
import type { WeChatPort } from '../wechat/port.js';
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
  const { registry } = setup;
  const missing = request.portFor
    ? []
    : accountsWithoutSecret(request.cwd, registry, request.env, request.accounts);
  if (missing.length > 0 && !request.dryRun) throw missingSecretError(missing, registry.file);
  const report = await runPublish(
    setup,
    await publishAdapters(request, setup, { dryRun: request.dryRun }),
    request,
  );
  noteMissingSecrets(report.outcomes, missing);
  return report;
}

/** `wxgate withdraw` as the command line asks for it. */
export async function runWithdrawRequest(request: WithdrawRequest): Promise<WithdrawReport> {
  const setup = await loadPublishSetup(request.cwd, request.policiesDir);
  const env = request.env;
  return runWithdraw(setup, await publishAdapters(request, setup, { dryRun: false }), {
    article: request.article,
    reason: request.reason,
    ...(request.by?.trim() || env.GITHUB_ACTOR ? { by: request.by?.trim() || env.GITHUB_ACTOR } : {}),
    ...(env.USER ? { fallbackBy: env.USER } : {}),
    source: env.GITHUB_ACTIONS ? 'workflow' : 'cli',
  });
}

/**
 * The adapters of a real run: the content checkout, the git ledger, one WeChat client per account (its secret
 * from the environment), the pull-request source, the clock, and a logger that masks every secret it has seen.
 */
export async function publishAdapters(
  request: PublishEnvironment,
  setup: PublishSetup,
  run: { dryRun: boolean },
): Promise<PublishAdapters> {
  const git = new Git(request.cwd, request.env);
  const clock = request.clock ?? (request.now === undefined ? systemClock : clockStartingAt(request.now));
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
  });
  const secrets: string[] = [];
  const log = mapLines(request.log, (line) => maskSecrets(line, secrets));
  const timeZone = setup.policies.policy.timeZone;
  const identity = runIdentity(request.env);
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
  const mode = request.prSource ?? 'auto';
  const token = env.GITHUB_TOKEN?.trim();
  const repository = env.GITHUB_REPOSITORY?.trim();
  if (mode === 'git' || (mode === 'auto' && (!token || !repository || dryRun))) {
    return new GitPullRequestSource(git);
  }
  if (!token || !repository) {
    throw new ConfigurationError(
      '--pr-source github needs GITHUB_TOKEN (a token that may read pull requests and checks) and GITHUB_REPOSITORY (owner/name) in the environment',
    );
  }
  const [owner, repo, ...rest] = repository.split('/');
  if (!owner || !repo || rest.length > 0) {
    throw new ConfigurationError(`GITHUB_REPOSITORY must be owner/name (got "${repository}")`);
  }
  const teamToken = env.WXGATE_TEAM_TOKEN?.trim() || undefined;
  secrets.push(token, ...(teamToken ? [teamToken] : []));
  const clientLog = { debug: () => {}, ...warningsOnly(mapLines(log, (line) => `GitHub: ${line}`)) };
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
  });
}

function runIdentity(env: Readonly<Record<string, string | undefined>>): RunIdentity {
  const host = hostname();
  const id = env.GITHUB_RUN_ID
    ? `gha-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}-${randomBytes(2).toString('hex')}`
    : `${host}-${process.pid}-${randomBytes(3).toString('hex')}`;
  return { id, host, pid: process.pid };
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Outside the repository: the token cache holds a live credential. */
function defaultCacheDir(env: Readonly<Record<string, string | undefined>>): string {
  if (env.WXGATE_CACHE_DIR) return env.WXGATE_CACHE_DIR;
  if (env.RUNNER_TEMP) return join(env.RUNNER_TEMP, 'wxgate');
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'wxgate');
}

/** A Markdown table for `$GITHUB_STEP_SUMMARY` (the job's summary page), when Actions provides one. */
export function writeStepSummary(
  env: Readonly<Record<string, string | undefined>>,
  title: string,
  report: { outcomes: ArticleOutcome[]; ledger: string },
): void {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file || !existsSync(join(file, '..'))) return;
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rows = report.outcomes.map(
    (o) => `| ${o.failed ? '✗' : '✓'} | \`${o.key}\` | ${o.state ?? '—'} | ${cell(o.result)} |`,
  );
  appendFileSync(
    file,
    `## ${title}\n\nLedger: \`${report.ledger}\`\n\n| | article | state | result |\n|---|---|---|---|\n${rows.join('\n')}\n\n`,
  );
}
