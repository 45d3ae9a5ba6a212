import { type Account, type AccountRegistry, loadAccounts } from '../config/accounts.js';
import { type LoadedPolicies, loadPolicies } from '../config/load.js';
import { resolveTheme } from '../config/theme-file.js';
import { type Ledger, LedgerRewoundError } from '../ledger/ledger.js';
import { lintArticle } from '../lint/runner.js';
import type { Clock } from '../platform/clock.js';
import { ConfigurationError } from '../platform/errors.js';
import type { Git } from '../platform/git.js';
import type { Logger } from '../platform/logger.js';
import type { ArticleSource } from '../publish/articles.js';
import type { PublisherDeps, PublisherOptions } from '../publish/context.js';
import type { ArticleOutcome } from '../publish/outcome.js';
import type { RunIdentity } from '../publish/plan.js';
import type { PullRequestSource } from '../publish/provenance.js';
import { publishDue } from '../publish/publisher.js';
import type { PublishRecord } from '../publish/record.js';
import { PUBLISHER_DEFAULTS } from '../publish/timing.js';
import { WeChatLists } from '../publish/wechat-lists.js';
import type { Theme } from '../render/render.js';
import { RULES } from '../rules/index.js';
import type { LocalizedText } from '../text/vocabulary.js';
import type { WeChatPort } from '../wechat/port.js';

/** What a publish or withdraw run reads from the checkout: the policies, the account matrix, the theme. */
export interface PublishSetup {
  cwd: string;
  policies: LoadedPolicies;
  registry: AccountRegistry;
  theme: Theme;
}

/**
 * The adapters a publish or withdraw run works through, built by the entry point (src/commands/publish-adapters.ts
 * for the CLI and the workflow; tests build in-memory ones).
 */
export interface PublishAdapters {
  /** The content checkout: provenance of each article, the commit being published. */
  git: Git;
  ledger: Ledger;
  /** The WeChat port of an account (may throw ConfigurationError when its secret is not set). */
  wechatFor: (account: Account) => WeChatPort;
  /** Pull-request facts for the records. */
  prs: PullRequestSource;
  clock: Clock;
  log: Logger;
  /** This run, as leases and history name it. */
  identity: RunIdentity;
  /** Whether the run holding a lease is still working (a lease of a process that is gone is over). */
  isAlive: (lease: NonNullable<PublishRecord['lease']>) => boolean;
}

export interface PublishOptions {
  dryRun: boolean;
  accounts?: readonly string[];
  retry?: readonly string[];
  /** Every account may publish, whatever accounts.yml says (WXGATE_PUBLISHING=enabled; src/publish/start-gate.ts). */
  publishingForAll?: boolean;
  tuning?: Partial<Omit<PublisherOptions, 'accounts' | 'retry' | 'dryRun'>>;
}

export interface PublishReport {
  outcomes: ArticleOutcome[];
  ledger: string;
  ledgerWrites: number;
  run: string;
  exitCode: 0 | 1;
  /** The run stopped before any article, and why (the ledger went backwards); nothing was sent or written. */
  halted?: LocalizedText;
  /** What a person should know although nothing failed (e.g. the ledger branch is not protected). */
  warnings?: string[];
}

/**
 * The report of a run that found the ledger rewound, rewritten or deleted: it publishes nothing, and says what
 * happened and what an administrator does about it.
 */
export function rewoundReport(error: LedgerRewoundError, run: string): PublishReport {
  return {
    outcomes: [],
    ledger: error.ledger,
    ledgerWrites: 0,
    run,
    exitCode: 1,
    halted: rewoundText(error),
  };
}

export function rewoundText(error: LedgerRewoundError): LocalizedText {
  const branch = error.ledger.replace(/^[^/]+\/| \(local\)$/g, '');
  const restore = `git push origin ${error.trusted}:refs/heads/${branch}`;
  return {
    zh:
      `发布账本 ${error.ledger} 被回退、改写或删除：上一次发布运行写下的提交 ${error.trusted} ` +
      `${error.found ? `不在当前账本（${error.found}）的历史中` : '所在的分支已不存在'}。本次运行不发表任何文章，以免重复发表。` +
      `请管理员查明是谁移动了分支，用 ${restore} 恢复；或在公众平台「发表记录」核对后，将 ${branch}-seen 移到新的账本提交以接受它（见 docs/setup.md）。`,
    en:
      `${error.message}. Nothing is published in this run, so that nothing goes out twice. An administrator finds out ` +
      `who moved the branch and restores it (${restore}), or, after checking 发表记录 in the MP backend, accepts ` +
      `the new ledger by moving ${branch}-seen to it (docs/setup.md).`,
  };
}

export async function loadPublishSetup(cwd: string, policiesDir: string): Promise<PublishSetup> {
  return {
    cwd,
    policies: await loadPolicies(policiesDir, RULES),
    registry: loadAccounts(policiesDir, cwd),
    theme: resolveTheme(cwd),
  };
}

/** Everything the publisher needs, from the setup and the adapters. */
export async function publisherDeps(setup: PublishSetup, adapters: PublishAdapters): Promise<PublisherDeps> {
  const { policy, lexicon } = setup.policies;
  const lintSetup = { rules: RULES, policy, lexicon };
  const lint = (source: ArticleSource): PublishRecord['checks'] => {
    if (!source.article) return { errors: 1, warnings: 0, infos: 0, rules: ['format/file'] };
    const result = lintArticle(source.article, lintSetup);
    const count = (s: string) => result.messages.filter((m) => m.severity === s).length;
    const rules = [
      ...new Set(result.messages.filter((m) => m.severity === 'error').map((m) => m.ruleId)),
    ].sort();
    return { errors: count('error'), warnings: count('warning'), infos: count('info'), rules };
  };
  const lists = new Map<string, WeChatLists>();
  return {
    cwd: setup.cwd,
    git: adapters.git,
    ledger: adapters.ledger,
    registry: setup.registry,
    wechatFor: adapters.wechatFor,
    lists: (account) => {
      let found = lists.get(account.id);
      if (!found) {
        found = new WeChatLists(() => adapters.wechatFor(account));
        lists.set(account.id, found);
      }
      return found;
    },
    prs: adapters.prs,
    lint,
    theme: setup.theme,
    timeZone: policy.timeZone,
    clock: adapters.clock,
    log: adapters.log,
    me: adapters.identity,
    isAlive: adapters.isAlive,
    sourceCommit: (await adapters.git.resolve('HEAD')) ?? null,
  };
}

/** `wxgate publish`: every due article, exactly once. Exit 1 when any article failed in this run. */
export async function runPublish(
  setup: PublishSetup,
  adapters: PublishAdapters,
  request: PublishOptions,
): Promise<PublishReport> {
  const registry = setup.registry;
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
    ...(request.publishingForAll ? { publishingForAll: true } : {}),
    ...(request.accounts?.length ? { accounts: new Set(request.accounts) } : {}),
    ...(request.retry?.length ? { retry: new Set(request.retry.map(articleKey)) } : {}),
  };
  let outcomes: ArticleOutcome[];
  try {
    outcomes = await publishDue(await publisherDeps(setup, adapters), options);
  } catch (error) {
    if (error instanceof LedgerRewoundError) return rewoundReport(error, adapters.identity.id);
    throw error;
  }
  return {
    outcomes,
    ledger: adapters.ledger.describe(),
    ledgerWrites: adapters.ledger.writes,
    run: adapters.identity.id,
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
