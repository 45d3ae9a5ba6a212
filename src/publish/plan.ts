import type { Account } from '../config/accounts.js';
import { isoIn, parseIso } from '../platform/time.js';
import type { LocalizedText } from '../text/vocabulary.js';
import type { ArticleSource } from './articles.js';
import { REASONS, type RetryCause, SETTLED, type Settled } from './plan-reasons.js';
import type { RecordedProvenance } from './provenance.js';
import type { FailureInfo, PublishRecord } from './record.js';

/** The process that runs: written into leases and history, so a record says which run did what. */
export interface RunIdentity {
  id: string;
  host: string;
  pid: number;
}

/** Facts about an article that need git or the checker; computed once a run intends to work on it. */
export interface ArticleFacts {
  provenance: RecordedProvenance;
  checks: PublishRecord['checks'];
  sourceCommit: string | null;
}

export interface WithdrawRequest {
  by: string;
  /** What the record keeps, as given (a person's words) or as wxgate wrote it (English). */
  reason: string;
  /** The reason in both languages, when wxgate wrote it (a merged `status: withdrawn`): shown at the terminal. */
  reasonText?: LocalizedText;
  source: 'cli' | 'front-matter' | 'workflow';
  commit: string | null;
}

/**
 * Reasons and notes are in both languages: the terminal shows the reader's, the ledger's history and commit
 * messages keep the English (plan-reasons.ts).
 */
export type Plan =
  | { kind: 'skip'; reason: LocalizedText; failed?: boolean }
  /** Write a remark without taking the article (content changed after it was published). */
  | { kind: 'note'; note: LocalizedText; hash: string }
  | {
      kind: 'work';
      reason: LocalizedText;
      start: (fresh: PublishRecord | undefined, facts: ArticleFacts) => PublishRecord;
    }
  | {
      kind: 'withdraw';
      reason: LocalizedText;
      start: (fresh: PublishRecord | undefined, facts: ArticleFacts) => PublishRecord;
    };

export interface PlanInput {
  record: PublishRecord | undefined;
  source: ArticleSource;
  account: Account;
  now: number;
  me: RunIdentity;
  timeZone: string;
  /** The person asked for a retry of this article (`--retry`). */
  retry: boolean;
  /** A withdrawal asked for now (`wxgate withdraw`), rather than found in the front matter. */
  withdraw?: WithdrawRequest;
  /** The front matter says `status: withdrawn`; the commit that said so. */
  frontMatterWithdrawal?: WithdrawRequest;
  isAlive: (lease: NonNullable<PublishRecord['lease']>) => boolean;
}

/** True while another live run holds the article. A lease of a process that is gone (same host) is over. */
export function leaseHeldByOther(
  input: Pick<PlanInput, 'record' | 'now' | 'me' | 'isAlive' | 'timeZone'>,
): LocalizedText | undefined {
  const lease = input.record?.lease;
  if (!lease || lease.run === input.me.id) return undefined;
  const until = parseIso(lease.until) ?? 0;
  if (until <= input.now) return undefined;
  if (!input.isAlive(lease)) return undefined;
  return REASONS.leaseHeld(lease, input.timeZone);
}

/**
 * What this run should do with one article, from the ledger record and the checkout alone. Pure: the ledger's
 * compare-and-swap may call it again on a newer record, and the answer then replaces the first one.
 */
export function planFor(input: PlanInput): Plan {
  const { record, source, account, now, timeZone } = input;
  const busy = leaseHeldByOther(input);
  const withdrawal = input.withdraw ?? (record?.withdrawal ? undefined : input.frontMatterWithdrawal);

  if (withdrawal) {
    if (record?.state === 'withdrawn') return { kind: 'skip', reason: REASONS.alreadyWithdrawn };
    if (busy)
      return { kind: 'skip', reason: REASONS.withdrawalWaits(busy), failed: input.withdraw !== undefined };
    return {
      kind: 'withdraw',
      reason: REASONS.withdraw(withdrawal),
      start: (fresh, facts) => {
        const r = fresh ? structuredClone(fresh) : newRecord(source, account, now, timeZone, facts);
        r.withdrawal = {
          requested_at: isoIn(now, timeZone),
          by: withdrawal.by,
          reason: withdrawal.reason,
          source: withdrawal.source,
          commit: withdrawal.commit,
          done_at: null,
          deleted: false,
          note: null,
        };
        return r;
      },
    };
  }

  if (!record) {
    if (source.fields.status === 'withdrawn') {
      return { kind: 'skip', reason: REASONS.withdrawnBeforePublished };
    }
    const publishAt = source.fields.publishAt;
    if (publishAt !== undefined && publishAt > now) {
      return { kind: 'skip', reason: REASONS.notDue(publishAt, timeZone) };
    }
    return {
      kind: 'work',
      reason: publishAt === undefined ? REASONS.frontMatterIncomplete : REASONS.due(publishAt, timeZone),
      start: (_fresh, facts) => newRecord(source, account, now, timeZone, facts),
    };
  }

  if (busy) return { kind: 'skip', reason: busy };
  if (record.state === 'withdrawn') return { kind: 'skip', reason: REASONS.withdrawn };
  if (record.withdrawal && !record.withdrawal.done_at) {
    return {
      kind: 'work',
      reason: REASONS.finishWithdrawal,
      start: (fresh) => structuredClone(fresh ?? record),
    };
  }
  if (record.deferred && (parseIso(record.deferred.until) ?? 0) > now) {
    return { kind: 'skip', reason: REASONS.deferred(record.deferred, timeZone) };
  }
  const changed = record.content_hash !== source.contentHash;
  const noteChange = (settled: Settled): Plan =>
    changed && record.later_content_hash !== source.contentHash
      ? { kind: 'note', hash: source.contentHash, note: REASONS.changedAfter(settled) }
      : { kind: 'skip', reason: settled.state };

  switch (record.state) {
    case 'published':
      return noteChange(SETTLED.published);
    case 'drafted':
      if (record.method === 'draft-only' && !record.in_flight) {
        return noteChange(SETTLED.handedOff);
      }
      break;
    case 'failed': {
      const f = record.failure as FailureInfo;
      const methodChanged = f.method !== account.publishMethod;
      if (input.retry || changed || methodChanged) {
        const cause: RetryCause = input.retry ? 'asked' : changed ? 'changed' : 'method';
        return {
          kind: 'work',
          reason: REASONS.retryAfterFailure(cause, f),
          start: (fresh, facts) => resume(fresh ?? record, f, changed, input, facts),
        };
      }
      if (f.retry === 'automatic') {
        const after = parseIso(f.retry_after) ?? 0;
        if (after > now)
          return {
            kind: 'skip',
            reason: REASONS.waitsToRetry(f, timeZone),
            failed: true,
          };
        return {
          kind: 'work',
          reason: REASONS.tryAgain(f),
          start: (fresh, facts) => resume(fresh ?? record, f, false, input, facts),
        };
      }
      return { kind: 'skip', reason: REASONS.failedForGood(f) };
    }
    default:
      break;
  }
  const nextAt = record.polls?.next_at;
  const nextPoll = parseIso(nextAt);
  const lostAnswer = record.in_flight?.step === 'submit' || record.in_flight?.step === 'add-draft';
  if ((record.state === 'submitted' || lostAnswer) && nextPoll !== undefined && nextPoll > now) {
    return { kind: 'skip', reason: REASONS.waitingForWeChat(nextAt, timeZone) };
  }
  return {
    kind: 'work',
    reason: record.in_flight
      ? REASONS.resumeInterrupted(record.in_flight.step)
      : REASONS.resumeFrom(record.state),
    start: (fresh, facts) => {
      const r = structuredClone(fresh ?? record);
      // New content before anything was submitted: start again with it (uploads are cached by hash).
      if (
        changed &&
        !r.in_flight &&
        (r.state === 'claimed' || r.state === 'images-uploaded' || r.state === 'drafted')
      ) {
        return restart(r, source, now, timeZone, facts, 'the article changed before it was submitted');
      }
      return r;
    },
  };
}

function newRecord(
  source: ArticleSource,
  account: Account,
  now: number,
  zone: string,
  facts: ArticleFacts,
): PublishRecord {
  const f = source.fields;
  return {
    article: source.path,
    account: source.account,
    title: f.title ?? '(no title)',
    method: account.publishMethod,
    state: 'claimed',
    revision: 0,
    content_hash: source.contentHash,
    publish_at: f.publishAt === undefined ? '' : isoIn(f.publishAt, zone),
    source_commit: facts.sourceCommit,
    provenance: facts.provenance,
    urgent: f.urgent
      ? {
          reason: f.urgent.reason,
          // Known only from GitHub (the general manager's approval and the report the check posted).
          gm_approver: facts.provenance.github?.urgent?.gm_approver ?? null,
          report: facts.provenance.github?.urgent?.report ?? null,
        }
      : null,
    checks: facts.checks,
    wechat: { images: [] },
    times: { claimed_at: isoIn(now, zone) },
    history: [],
  };
}

function restart(
  r: PublishRecord,
  source: ArticleSource,
  now: number,
  zone: string,
  facts: ArticleFacts,
  why: string,
): PublishRecord {
  const f = source.fields;
  r.checks = facts.checks;
  r.provenance = facts.provenance;
  r.source_commit = facts.sourceCommit;
  const orphan = r.wechat.draft_media_id;
  r.notes = [
    ...(r.notes ?? []),
    `${isoIn(now, zone)} ${why}; started again${orphan ? ` (draft ${orphan} is left in 草稿箱 unused)` : ''}`,
  ];
  r.state = 'claimed';
  r.content_hash = source.contentHash;
  r.title = f.title ?? r.title;
  r.publish_at = f.publishAt === undefined ? r.publish_at : isoIn(f.publishAt, zone);
  r.wechat = { images: [] };
  r.polls = undefined;
  r.times = { ...r.times, claimed_at: isoIn(now, zone) };
  return r;
}

function resume(
  record: PublishRecord,
  f: FailureInfo,
  changed: boolean,
  input: PlanInput,
  facts: ArticleFacts,
): PublishRecord {
  const r = structuredClone(record);
  r.failure = undefined;
  r.notes = [
    ...(r.notes ?? []),
    `${f.at} failed at ${f.step} (${f.kind}${f.errcode !== null ? ` ${f.errcode}` : ''}): ${f.message}`,
  ];
  r.retries = (r.retries ?? 0) + 1;
  if (changed)
    return restart(r, input.source, input.now, input.timeZone, facts, 'the article changed after it failed');
  r.checks = facts.checks;
  r.provenance = facts.provenance;
  r.source_commit = facts.sourceCommit;
  r.state = f.resume_from;
  return r;
}
