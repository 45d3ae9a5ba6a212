import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LedgerRewoundError } from '../ledger/ledger.js';
import { ConfigurationError } from '../platform/errors.js';
import { type ArticleSource, readArticle } from '../publish/articles.js';
import type { ArticleOutcome } from '../publish/outcome.js';
import { checkOutsideChanges } from '../publish/outside.js';
import type { WithdrawRequest as WithdrawPlan } from '../publish/plan.js';
import { processArticle } from '../publish/publisher.js';
import { recordPath } from '../publish/record.js';
import { readRecord } from '../publish/session.js';
import { PUBLISHER_DEFAULTS } from '../publish/timing.js';
import type { LocalizedText } from '../text/vocabulary.js';
import {
  articleKey,
  type PublishAdapters,
  type PublishSetup,
  publisherDeps,
  rewoundText,
} from './publish.js';

export interface WithdrawOptions {
  /** The article: content/<account>/<folder>[/index.md] or <account>/<folder>. */
  article: string;
  reason: string;
  /** Who decided; when absent, git's user.name, else `fallbackBy`, else "unknown". */
  by?: string;
  fallbackBy?: string;
  /** Asked for in the publish workflow (a manual run) rather than on a command line. */
  source: WithdrawPlan['source'];
}

export interface WithdrawReport {
  outcome: ArticleOutcome;
  ledger: string;
  /** 0 withdrawn (now or before) · 1 not done yet or failed. */
  exitCode: 0 | 1;
  /** Nothing was done because the ledger went backwards, and why. */
  halted?: LocalizedText;
}

/** The ledger went backwards: nothing is withdrawn or written until an administrator has looked. */
export function rewoundWithdrawal(key: string, error: LedgerRewoundError): WithdrawReport {
  const halted = rewoundText(error);
  return {
    outcome: {
      key,
      article: `content/${key}/index.md`,
      result: halted.en,
      text: halted,
      state: undefined,
      failed: true,
    },
    ledger: error.ledger,
    exitCode: 1,
    halted,
  };
}

/**
 * `wxgate withdraw` (001 第五章第2条 应急处理): deletes the article's publication at WeChat (freepublish/delete,
 * or message/mass/delete for a mass send) and records who, when and why. Idempotent: an article already withdrawn
 * is left as it is. An article not yet published is recorded as withdrawn, so no later run publishes it.
 */
export async function runWithdraw(
  setup: PublishSetup,
  adapters: PublishAdapters,
  request: WithdrawOptions,
): Promise<WithdrawReport> {
  if (request.reason.trim() === '')
    throw new ConfigurationError('--reason must say why the article is withdrawn');
  const key = articleKey(request.article);
  const deps = await publisherDeps(setup, adapters);
  try {
    await deps.ledger.refresh();
  } catch (error) {
    if (!(error instanceof LedgerRewoundError)) throw error;
    return rewoundWithdrawal(key, error);
  }
  // Changes made outside a publish run are checked first: the withdrawal is written on a ledger a run trusts.
  const outside = await checkOutsideChanges(deps, { dryRun: false });
  const stopped = outside.outcomes.at(-1);
  if (!outside.proceed && stopped) return { outcome: stopped, ledger: deps.ledger.describe(), exitCode: 1 };
  const registry = setup.registry;
  const [accountId = '', folder = ''] = key.split('/');
  const account = registry.accounts.get(accountId);
  if (!account) {
    throw new ConfigurationError(`account ${accountId} is not in ${registry.file}`, {
      file: registry.file,
      zh: `账号 ${accountId} 不在 ${registry.file} 里`,
    });
  }
  const record = readRecord(deps.ledger.snapshot, recordPath(key));
  let source: ArticleSource;
  if (existsSync(join(setup.cwd, 'content', accountId, folder, 'index.md'))) {
    source = readArticle(setup.cwd, accountId, folder, deps.timeZone);
  } else if (record) {
    // The article was removed from the branch; its record still says what went out.
    source = {
      key,
      account: accountId,
      path: record.article,
      dir: `content/${key}`,
      absDir: join(setup.cwd, 'content', key),
      article: undefined,
      front: undefined,
      fields: { title: record.title },
      problems: ['the article is no longer on the branch'],
      contentHash: record.content_hash,
    };
  } else {
    throw new ConfigurationError(`no article content/${key}/index.md and no publish record for it`, {
      zh: `没有文章 content/${key}/index.md，也没有它的发布记录`,
    });
  }
  const by =
    request.by?.trim() || (await deps.git.config('user.name')) || request.fallbackBy?.trim() || 'unknown';
  const outcome = await processArticle(deps, { ...PUBLISHER_DEFAULTS }, source, account, {
    by,
    reason: request.reason.trim(),
    source: request.source,
    commit: deps.sourceCommit,
  });
  return {
    outcome,
    ledger: deps.ledger.describe(),
    exitCode: outcome.state === 'withdrawn' && !outcome.failed ? 0 : 1,
  };
}
