import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '../platform/errors.js';
import { type ArticleSource, readArticle } from '../publish/articles.js';
import { type ArticleOutcome, processArticle } from '../publish/publisher.js';
import { PUBLISHER_DEFAULTS } from '../publish/timing.js';
import { recordPath } from '../publish/record.js';
import { readRecord } from '../publish/session.js';
import { articleKey, type PublishEnvironment, publisherDeps } from './publish.js';

export interface WithdrawRequest extends PublishEnvironment {
  /** The article: content/<account>/<folder>[/index.md] or <account>/<folder>. */
  article: string;
  reason: string;
  /** Who decided (default: GITHUB_ACTOR, else git's user.name). */
  by?: string;
}

export interface WithdrawReport {
  outcome: ArticleOutcome;
  ledger: string;
  /** 0 withdrawn (now or before) · 1 not done yet or failed. */
  exitCode: 0 | 1;
}

/**
 * `wxgate withdraw` (001 第五章第2条 应急处理): deletes the article's publication at WeChat (freepublish/delete,
 * or message/mass/delete for a mass send) and records who, when and why. Idempotent: an article already withdrawn
 * is left as it is. An article not yet published is recorded as withdrawn, so no later run publishes it.
 */
export async function runWithdraw(request: WithdrawRequest): Promise<WithdrawReport> {
  if (request.reason.trim() === '')
    throw new ConfigurationError('--reason must say why the article is withdrawn');
  const key = articleKey(request.article);
  const { deps, registry } = await publisherDeps(request);
  const [accountId = '', folder = ''] = key.split('/');
  const account = registry.accounts.get(accountId);
  if (!account) {
    throw new ConfigurationError(`account ${accountId} is not in ${registry.file}`, { file: registry.file });
  }
  const record = readRecord(deps.ledger.snapshot, recordPath(key));
  let source: ArticleSource;
  if (existsSync(join(request.cwd, 'content', accountId, folder, 'index.md'))) {
    source = readArticle(request.cwd, accountId, folder, deps.timeZone);
  } else if (record) {
    // The article was removed from the branch; its record still says what went out.
    source = {
      key,
      account: accountId,
      path: record.article,
      dir: `content/${key}`,
      absDir: join(request.cwd, 'content', key),
      article: undefined,
      front: undefined,
      fields: { title: record.title },
      problems: ['the article is no longer on the branch'],
      contentHash: record.content_hash,
    };
  } else {
    throw new ConfigurationError(`no article content/${key}/index.md and no publish record for it`);
  }
  const by =
    request.by?.trim() ||
    request.env.GITHUB_ACTOR ||
    (await deps.git.config('user.name')) ||
    request.env.USER ||
    'unknown';
  const outcome = await processArticle(deps, { ...PUBLISHER_DEFAULTS }, source, account, {
    by,
    reason: request.reason.trim(),
    source: request.env.GITHUB_ACTIONS ? 'workflow' : 'cli',
    commit: deps.sourceCommit,
  });
  return {
    outcome,
    ledger: deps.ledger.describe(),
    exitCode: outcome.state === 'withdrawn' && !outcome.failed ? 0 : 1,
  };
}
