import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { homedir, hostname } from 'node:os';
import { isAbsolute, join, relative, sep } from 'node:path';
import { type ClientOptions, createGitHubClient } from '../github/client.js';
import { GitHubPullRequestSource } from '../github/pull-request-source.js';
import { GitLedger } from '../ledger/store.js';
import { lintArticle } from '../lint/runner.js';
import { ConfigurationError } from '../platform/errors.js';
import { clockStartingAt, systemClock } from '../platform/clock.js';
import { Git } from '../platform/git.js';
import { type Account, type AccountRegistry, loadAccounts, secretOf } from '../policy/accounts.js';
import { loadPolicies } from '../policy/load.js';
import type { ArticleSource } from '../publish/articles.js';
import type { RunIdentity } from '../publish/plan.js';
import { GitPullRequestSource, type PullRequestSource } from '../publish/provenance.js';
import type { PublisherDeps, PublisherOptions } from '../publish/context.js';
import { type ArticleOutcome, publishDue } from '../publish/publisher.js';
import type { PublishRecord } from '../publish/record.js';
import { PUBLISHER_DEFAULTS } from '../publish/timing.js';
import { resolveTheme } from '../render/render.js';
import { RULES } from '../rules/index.js';
import { apiBaseFromEnv, WeChatClient } from '../wechat/client.js';
import { maskSecrets } from '../wechat/mask.js';
import type { WeChatPort } from '../wechat/port.js';

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
  log: { info(line: string): void; warn(line: string): void };
  /** Replaces the HTTP client (tests). */
  portFor?: (account: Account) => WeChatPort;
  /**
   * Where the facts of each article's pull request come from: `github` (the REST API: reviews, approvals judged
   * as the check judged them, check runs, the urgent report; needs GITHUB_TOKEN and GITHUB_REPOSITORY), `git`
   * (commit messages only; approvals unknown), `auto` (default: github when both are set, except in a dry run).
   */
  prSource?: PullRequestSourceMode;
  /** Extra GitHub client options (tests: instant retries, no write throttling). */
  github?: Partial<ClientOptions>;
}

export type PullRequestSourceMode = 'auto' | 'github' | 'git';

export interface PublishRequest extends PublishEnvironment {
  dryRun: boolean;
  accounts?: readonly string[];
  retry?: readonly string[];
  tuning?: Partial<Omit<PublisherOptions, 'accounts' | 'retry' | 'dryRun'>>;
}

export interface PublishReport {
  outcomes: ArticleOutcome[];
  ledger: string;
  ledgerWrites: number;
  run: string;
  exitCode: 0 | 1;
}

export const DEFAULT_LEDGER_BRANCH = 'wxgate-ledger';

/** Everything a publish or withdraw run needs, built from the repository, its policies and the environment. */
export async function publisherDeps(request: PublishEnvironment): Promise<{
  deps: PublisherDeps;
  registry: AccountRegistry;
}> {
  const { policy, lexicon } = loadPolicies(request.policiesDir, RULES);
  const registry = loadAccounts(request.policiesDir, request.cwd);
  const git = new Git(request.cwd, request.env);
  const ledger = await GitLedger.open(git, {
    branch: request.ledgerBranch ?? DEFAULT_LEDGER_BRANCH,
    remote:
      request.remote === undefined || request.remote === 'auto'
        ? 'auto'
        : request.remote === 'none'
          ? undefined
          : request.remote,
    identity: { name: 'wxgate', email: 'wxgate@users.noreply.github.com' },
  });
  const clock = request.now === undefined ? systemClock : clockStartingAt(request.now);
  const apiBase = request.apiBase ?? apiBaseFromEnv(request.env);
  const cacheDir = request.cacheDir ?? defaultCacheDir(request.env);
  const clients = new Map<string, WeChatPort>();
  const secrets: string[] = [];
  const mask = (line: string) => maskSecrets(line, secrets);
  const log = {
    info: (l: string) => request.log.info(mask(l)),
    warn: (l: string) => request.log.warn(mask(l)),
  };
  const portFor =
    request.portFor ??
    ((account: Account): WeChatPort => {
      let client = clients.get(account.id);
      if (!client) {
        const secret = secretOf(account, request.env, registry.file);
        secrets.push(secret);
        client = new WeChatClient({
          appId: account.appId,
          appSecret: secret,
          apiBase,
          tokenCacheDir: cacheDir,
          logger: { info: () => {}, warn: (l) => log.warn(`  ${account.id}: ${l}`) },
        });
        clients.set(account.id, client);
      }
      return client;
    });
  const setup = { rules: RULES, policy, lexicon, locale: 'en' as const };
  const lint = (source: ArticleSource): PublishRecord['checks'] => {
    if (!source.article) return { errors: 1, warnings: 0, infos: 0, rules: ['format/file'] };
    const result = lintArticle(source.article, setup);
    const count = (s: string) => result.messages.filter((m) => m.severity === s).length;
    const rules = [
      ...new Set(result.messages.filter((m) => m.severity === 'error').map((m) => m.ruleId)),
    ].sort();
    return { errors: count('error'), warnings: count('warning'), infos: count('info'), rules };
  };
  const me = runIdentity(request.env);
  const prs = pullRequestSource(request, git, policy.timeZone, log, secrets);
  const deps: PublisherDeps = {
    cwd: request.cwd,
    git,
    ledger,
    registry,
    wechatFor: portFor,
    prs,
    lint,
    theme: resolveTheme(request.cwd),
    timeZone: policy.timeZone,
    clock,
    log,
    me,
    isAlive: (lease) => lease.host !== me.host || processAlive(lease.pid),
    sourceCommit: (await git.resolve('HEAD')) ?? null,
  };
  return { deps, registry };
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
  log: { info(line: string): void; warn(line: string): void },
  secrets: string[],
): PullRequestSource {
  const env = request.env;
  const mode = request.prSource ?? 'auto';
  const token = env.GITHUB_TOKEN?.trim();
  const repository = env.GITHUB_REPOSITORY?.trim();
  const dryRun = (request as Partial<PublishRequest>).dryRun === true;
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
  const clientLog = {
    debug: () => {},
    info: () => {},
    warn: (line: string) => log.warn(`GitHub: ${line}`),
  };
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

/** `wxgate publish`: every due article, exactly once. Exit 1 when any article failed in this run. */
export async function runPublish(request: PublishRequest): Promise<PublishReport> {
  const { deps, registry } = await publisherDeps(request);
  for (const id of request.accounts ?? []) {
    if (!registry.accounts.has(id)) {
      throw new ConfigurationError(
        `--account ${id}: no such account (accounts: ${[...registry.accounts.keys()].join(', ')})`,
        { file: registry.file },
      );
    }
  }
  const options: PublisherOptions = {
    ...PUBLISHER_DEFAULTS,
    ...request.tuning,
    dryRun: request.dryRun,
    ...(request.accounts?.length ? { accounts: new Set(request.accounts) } : {}),
    ...(request.retry?.length ? { retry: new Set(request.retry.map(articleKey)) } : {}),
  };
  const outcomes = await publishDue(deps, options);
  return {
    outcomes,
    ledger: deps.ledger.describe(),
    ledgerWrites: deps.ledger.writes,
    run: deps.me.id,
    exitCode: outcomes.some((o) => o.failed) ? 1 : 0,
  };
}

/** `content/group/2026-11-12-x/index.md`, `content/group/2026-11-12-x/` or `group/2026-11-12-x` → `group/2026-11-12-x`. */
export function articleKey(given: string): string {
  const m = /(?:^|\/)content\/([^/]+)\/([^/]+)(?:\/(?:index\.md)?)?$/.exec(given.replace(/\/+$/, ''));
  if (m) return `${m[1]}/${m[2]}`;
  const k = /^([^/]+)\/([^/]+)$/.exec(given.replace(/\/+$/, ''));
  if (k) return `${k[1]}/${k[2]}`;
  throw new ConfigurationError(
    `"${given}" is not an article: give content/<account>/<folder>/index.md, the folder, or <account>/<folder>`,
  );
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
