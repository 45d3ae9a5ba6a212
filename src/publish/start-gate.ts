/**
 * Two conditions before wxgate sends anything of an article it has never started (no record yet):
 *
 * 1. Publishing is OFF until the company turns it on: `publishing: enabled` on the account in
 *    policies/accounts.yml, or WXGATE_PUBLISHING=enabled for every account (a repository variable the publish
 *    workflow passes). Installing wxgate and merging articles must never be what makes them go out.
 * 2. An article whose publish time had already passed when it first reached the content branch — its first
 *    first-parent commit there (the merge) is later than publish_at by more than LATE_MERGE_GRACE_MS — is not
 *    published on the next tick: the date may be a leftover of a stale pull request or a copied folder, and its
 *    moment has gone. It becomes a failure that waits for a person (retry `manual`); a person confirms by running
 *    the publish workflow by hand with `retry-article` (wxgate publish --retry <article>), which GitHub records
 *    with their name. A confirmation merged with the article (a file, a front-matter field) would not do: the
 *    author could write it in the same pull request. An article whose history is missing (shallow clone) counts
 *    as late: nothing says it was not.
 *
 * Accounts whose app_id is not of WeChat's form (wx + 16 hex digits) — the demo accounts, wx-demo-… — can only be
 * the local emulator's (WeChat answers 40013 to anything else), so both conditions leave them alone: the demo and
 * the README's first command run without a switch that a real account could inherit.
 */
import type { Account } from '../config/accounts.js';
import { isoIn } from '../platform/time.js';
import type { LocalizedText } from '../text/vocabulary.js';
import type { ArticleSource } from './articles.js';
import type { PublisherDeps, PublisherOptions } from './context.js';
import type { PublishRecord } from './record.js';

/** A merge this long after publish_at is still on time (someone merged just as it was due). */
export const LATE_MERGE_GRACE_MS = 10 * 60_000;

const WECHAT_APP_ID = /^wx[0-9a-f]{16}$/;

export type StartGate =
  | { kind: 'open' }
  | { kind: 'off'; reason: LocalizedText }
  | { kind: 'late'; message: string; hint: string };

/** Whether this account's app id can only be the emulator's. */
export function isEmulatorAppId(appId: string): boolean {
  return !WECHAT_APP_ID.test(appId);
}

/**
 * The gate for an article about to be started: new (no record), or held back as late and not confirmed (a
 * `--retry` of it is the confirmation).
 */
export async function startGate(
  deps: PublisherDeps,
  options: PublisherOptions,
  source: ArticleSource,
  account: Account,
  record: PublishRecord | undefined,
): Promise<StartGate> {
  const heldLate = record?.state === 'failed' && record.failure?.kind === 'late-merge';
  if (record && !heldLate) return { kind: 'open' };
  if (heldLate && options.retry?.has(source.key)) return { kind: 'open' };
  if (isEmulatorAppId(account.appId)) return { kind: 'open' };
  if (account.publishing !== 'enabled' && !options.publishingForAll) {
    return {
      kind: 'off',
      reason: {
        zh: `账号 ${account.id} 尚未开启发布：在 ${deps.registry.file} 中为它写上 "publishing: enabled"（或把仓库变量 WXGATE_PUBLISHING 设为 "enabled"）之前，不会发送任何内容`,
        en: `publishing is not enabled for account ${account.id}: nothing is sent until ${deps.registry.file} says "publishing: enabled" for it (or the repository variable WXGATE_PUBLISHING is "enabled")`,
      },
    };
  }
  const publishAt = source.fields.publishAt;
  if (publishAt === undefined) return { kind: 'open' };
  const mergedAt = await firstMergeTime(deps, source.path);
  if (mergedAt !== undefined && mergedAt <= publishAt + LATE_MERGE_GRACE_MS) return { kind: 'open' };
  const at = (ms: number) => isoIn(ms, deps.timeZone);
  return {
    kind: 'late',
    message:
      mergedAt === undefined
        ? `wxgate cannot tell when this article reached the branch (no history: a shallow clone?), so it cannot rule out that its publish time ${at(publishAt)} had already passed`
        : `its publish time ${at(publishAt)} had already passed when it reached the branch (${at(mergedAt)}); wxgate does not publish it without a person's confirmation`,
    hint:
      '请确认本文仍应发表（或改为将来的 publish_at 再合并）：在 Actions → wxgate publish → Run workflow 中填写 retry-article 为本文，或运行 wxgate publish --retry <文章> / ' +
      'confirm it should still go out (or merge a later publish_at): run the publish workflow by hand with retry-article set to this article, or wxgate publish --retry <article>',
  };
}

/** When the article's index.md first came to the branch: the commit time of the first first-parent commit that added it. */
async function firstMergeTime(deps: PublisherDeps, indexPath: string): Promise<number | undefined> {
  const r = await deps.git.exec([
    'log',
    '--first-parent',
    '--diff-filter=A',
    '--format=%ct',
    '--',
    indexPath,
  ]);
  const oldest = r.code === 0 ? r.stdout.trim().split('\n').filter(Boolean).pop() : undefined;
  return oldest === undefined ? undefined : Number(oldest) * 1000;
}
