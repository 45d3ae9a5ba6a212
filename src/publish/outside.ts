/**
 * Changes to the ledger that no publish run made (`LedgerSnapshot.outside`: commits pushed by hand after the last
 * tip a run wrote, see src/ledger/store.ts). A record edited to say `published` would otherwise silence a due
 * article for good, so before anything else a run checks every changed record:
 *
 * - a record that says `published` must be confirmed by WeChat: its publish_id answers success at freepublish/get
 *   (with the same article_id), or its article_id is listed by freepublish/batchget. What WeChat does not confirm
 *   is a failure for a person (retry `manual`, from `claimed`, with the WeChat ids it claimed kept in a note); a
 *   mass send cannot be confirmed through the API at all (WeChat lists no mass sends) and is treated the same;
 * - every other changed record is noted in its history, so the audit shows it;
 * - a changed media cache (`accounts/<id>.yml`) is emptied: every image is uploaded again rather than trusted;
 * - anything else (the audit's checkpoints, the README) is trusted as it is.
 *
 * All of it is one write on top of the outside commits (`acceptOutside`), or, when no record changed, the trusted
 * tip simply moves to them (`Ledger.accept`). A check WeChat cannot answer (quota, network) writes nothing: the
 * changes stay untrusted and no run writes until one has checked them.
 */

import type { Account } from '../config/accounts.js';
import {
  LedgerChangedOutsideError,
  type LedgerChanges,
  type LedgerSnapshot,
  type OutsideChanges,
} from '../ledger/ledger.js';
import { isoIn, parseIso } from '../platform/time.js';
import type { LocalizedText } from '../text/vocabulary.js';
import { WeChatError } from '../wechat/port.js';
import type { PublisherDeps, PublisherOptions } from './context.js';
import { classify } from './failures.js';
import type { ArticleOutcome } from './outcome.js';
import { OUTSIDE } from './outcome-text.js';
import {
  accountLedgerPath,
  emptyAccountLedger,
  formatAccountLedger,
  formatRecord,
  LedgerFormatError,
  type PublishRecord,
  parseAccountLedger,
} from './record.js';
import { readRecord } from './session.js';
import { RECONCILE_LOOKBACK_MS } from './timing.js';

type Verdict = { confirmed: true; how: string } | { confirmed: false; why: string };

/** What the check found, and whether the run may go on (false: nothing may be written in this run). */
export interface OutsideCheck {
  outcomes: ArticleOutcome[];
  proceed: boolean;
}

export async function checkOutsideChanges(
  deps: PublisherDeps,
  options: Pick<PublisherOptions, 'dryRun'>,
): Promise<OutsideCheck> {
  const snapshot = deps.ledger.snapshot;
  const outside = snapshot.outside;
  if (!outside) return { outcomes: [], proceed: true };
  const since = outside.since.slice(0, 12);
  const records = outside.paths.filter((p) => /^records\/[^/]+\/[^/]+\.yml$/.test(p));
  deps.log.warn(
    `the ledger ${deps.ledger.describe()} was changed outside a publish run after commit ${since}: ${outside.paths.join(', ')}`,
  );
  if (options.dryRun) {
    const outcomes = records.map((path) =>
      outcomeOf(path, readSafely(snapshot, path), OUTSIDE.checkedNextRun, false),
    );
    return { outcomes, proceed: true };
  }
  if (records.length === 0 && !outside.paths.some(isAccountLedger)) {
    await deps.ledger.accept(snapshot);
    return { outcomes: [], proceed: true };
  }
  const verdicts = new Map<string, Verdict>();
  const outcomes: ArticleOutcome[] = [];
  for (const path of records) {
    const record = readSafely(snapshot, path);
    if (record?.state !== 'published') continue;
    try {
      verdicts.set(path, await confirm(deps, record));
    } catch (error) {
      const info = error instanceof WeChatError ? classify(error, deps.clock.now()).message : String(error);
      outcomes.push(outcomeOf(path, record, OUTSIDE.unasked(info), true));
      return { outcomes, proceed: false };
    }
  }
  const wrote = await deps.ledger.transact((fresh) => acceptDecision(deps, fresh, outside, verdicts));
  // Only deletions (no record left to note them in): nothing to write, the trusted tip moves to them as they are.
  if (!wrote) await deps.ledger.accept(deps.ledger.snapshot);
  for (const path of records) {
    const record = readSafely(deps.ledger.snapshot, path);
    const verdict = verdicts.get(path);
    const result = verdict
      ? verdict.confirmed
        ? OUTSIDE.confirmed(verdict.how)
        : OUTSIDE.unconfirmed(verdict.why)
      : record
        ? OUTSIDE.noted
        : deps.ledger.snapshot.read(path) !== undefined
          ? OUTSIDE.notARecord
          : OUTSIDE.deleted;
    outcomes.push(outcomeOf(path, record, result, verdict?.confirmed === false));
  }
  return { outcomes, proceed: true };
}

/** One write that trusts the outside changes: notes, failures, emptied media caches. */
function acceptDecision(
  deps: PublisherDeps,
  snapshot: LedgerSnapshot,
  checked: OutsideChanges,
  verdicts: ReadonlyMap<string, Verdict>,
) {
  const outside = snapshot.outside;
  if (!outside || outside.until !== checked.until) {
    // Someone pushed again while the run was asking WeChat: the next run checks everything again.
    throw new LedgerChangedOutsideError(deps.ledger.describe(), outside ?? checked);
  }
  const at = isoIn(deps.clock.now(), deps.timeZone);
  const since = outside.since.slice(0, 12);
  const changes: LedgerChanges = new Map();
  const lines: string[] = [];
  for (const path of outside.paths) {
    if (isAccountLedger(path)) {
      const kept = parseAccountLedger(path, snapshot.read(path)).api_calls;
      changes.set(path, formatAccountLedger({ ...emptyAccountLedger(), api_calls: kept }));
      lines.push(`${path}: media cache emptied (every image is uploaded again)`);
      continue;
    }
    const record = readSafely(snapshot, path);
    if (!record) continue;
    const verdict = verdicts.get(path);
    const r = structuredClone(record);
    const event = verdict
      ? verdict.confirmed
        ? `changed outside a publish run after ledger commit ${since}; WeChat confirms the publication: ${verdict.how}`
        : `changed outside a publish run after ledger commit ${since} to say published; WeChat does not confirm it: ${verdict.why}`
      : `changed outside a publish run after ledger commit ${since}`;
    if (verdict && !verdict.confirmed) unconfirmed(r, event, verdict.why, at);
    r.revision += 1;
    r.lease = undefined;
    r.history.push({ at, state: r.state, run: deps.me.id, event });
    changes.set(path, formatRecord(r));
    lines.push(`${path}: ${event}`);
  }
  const message = `publish: changes made outside a publish run checked\n\n${lines.join('\n')}\n\nWxgate-Outside-Since: ${outside.since}\nWxgate-Outside-Until: ${outside.until}\nWxgate-Run: ${deps.me.id}\n`;
  return { value: changes.size > 0, changes, message, acceptOutside: true };
}

/** A record WeChat does not confirm: a failure for a person, the ids it claimed kept in a note. */
function unconfirmed(r: PublishRecord, event: string, why: string, at: string): void {
  const claimed = Object.entries(r.wechat)
    .filter(([k, v]) => k !== 'images' && k !== 'cover' && v !== undefined && v !== null)
    .map(([k, v]) => `${k} ${String(v)}`)
    .join(', ');
  r.notes = [...(r.notes ?? []), `${at} the record claimed: ${claimed || 'no WeChat id'} (${event})`];
  r.state = 'failed';
  r.wechat = { images: [] };
  r.in_flight = undefined;
  r.failure = {
    at,
    step: 'confirm',
    kind: 'unconfirmed',
    errcode: null,
    message: `the record was changed outside a publish run to say published, and WeChat does not confirm it: ${why}`,
    hint:
      '有人绕过 wxgate 改动了发布账本。请在公众平台「发表记录」核对本文是否已发表：未发表则运行 wxgate publish --retry <文章>；' +
      '已发表则无需操作，并检查账本分支的保护规则 / someone changed the publish ledger by hand. Check 发表记录 in the MP ' +
      'backend: if the article is not there, run wxgate publish --retry <article>; if it is, nothing to do — and check ' +
      'the protection of the ledger branch (docs/setup.md)',
    retry: 'manual',
    retry_after: null,
    attempts: (r.retries ?? 0) + 1,
    resume_from: 'claimed',
    method: r.method,
  };
  r.times.failed_at = at;
}

/** Does WeChat confirm that this record's publication exists? */
async function confirm(deps: PublisherDeps, record: PublishRecord): Promise<Verdict> {
  const account = deps.registry.accounts.get(record.account);
  if (!account) return { confirmed: false, why: `account ${record.account} is not in ${deps.registry.file}` };
  const w = record.wechat;
  if (w.msg_id && record.method === 'mass-send') {
    return {
      confirmed: false,
      why: `a mass send (msg_id ${w.msg_id}) cannot be confirmed through WeChat's API, which lists no mass sends`,
    };
  }
  if (w.publish_id) return confirmByPublishId(deps, account, w.publish_id, w.article_id);
  if (w.article_id) return confirmByListing(deps, account, record, w.article_id);
  return { confirmed: false, why: 'it names no publish_id and no article_id' };
}

async function confirmByPublishId(
  deps: PublisherDeps,
  account: Account,
  publishId: string,
  articleId: string | undefined,
): Promise<Verdict> {
  try {
    const s = await deps.wechatFor(account).getPublishStatus(publishId);
    if (s.status !== 0 && s.status !== 5 && s.status !== 6) {
      return {
        confirmed: false,
        why: `freepublish/get reports publish_id ${publishId} as ${s.status} (${s.name})`,
      };
    }
    if (articleId && s.articleId && s.articleId !== articleId) {
      return {
        confirmed: false,
        why: `publish_id ${publishId} published article_id ${s.articleId}, not ${articleId}`,
      };
    }
    return {
      confirmed: true,
      how: `freepublish/get: publish_id ${publishId} ${s.name}, article_id ${s.articleId ?? '?'}`,
    };
  } catch (error) {
    if (error instanceof WeChatError && error.kind === 'not-found') {
      return {
        confirmed: false,
        why: `freepublish/get does not know publish_id ${publishId} (${error.errcode})`,
      };
    }
    throw error;
  }
}

async function confirmByListing(
  deps: PublisherDeps,
  account: Account,
  record: PublishRecord,
  articleId: string,
): Promise<Verdict> {
  const from =
    Math.min(parseIso(record.times.published_at) ?? Infinity, parseIso(record.publish_at) ?? Infinity) -
    RECONCILE_LOOKBACK_MS;
  const since = Number.isFinite(from) ? Math.floor(from / 1000) : 0;
  const { items, complete } = await deps.lists(account).publishedSince(since);
  if (items.some((i) => i.articleId === articleId)) {
    return { confirmed: true, how: `freepublish/batchget lists article_id ${articleId}` };
  }
  return {
    confirmed: false,
    why: `freepublish/batchget does not list article_id ${articleId}${complete ? '' : ' among the publications wxgate read'}`,
  };
}

function isAccountLedger(path: string): boolean {
  return /^accounts\/[^/]+\.yml$/.test(path) && path === accountLedgerPath(path.slice(9, -4));
}

function readSafely(snapshot: LedgerSnapshot, path: string): PublishRecord | undefined {
  try {
    return readRecord(snapshot, path);
  } catch (error) {
    if (error instanceof LedgerFormatError) return undefined;
    throw error;
  }
}

function outcomeOf(
  path: string,
  record: PublishRecord | undefined,
  result: LocalizedText,
  failed: boolean,
): ArticleOutcome {
  const key = path.replace(/^records\//, '').replace(/\.yml$/, '');
  return {
    key,
    article: record?.article ?? `content/${key}/index.md`,
    result: result.en,
    text: result,
    state: record?.state,
    failed,
    ...(record ? { record } : {}),
  };
}
