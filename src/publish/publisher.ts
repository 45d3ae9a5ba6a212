/**
 * `wxgate publish`: publishes every article of the checkout whose `publish_at` has come and that is not published
 * yet, exactly once, by its account's method, and records every step in the ledger (a `Ledger`: src/ledger/). For
 * each article: decide from its record what to do (plan.ts), take it with a lease (a compare-and-swap write), then
 * let the state machine (machine.ts, which explains why exactly once holds) drive it as far as it goes.
 */
import type { Account } from '../config/accounts.js';
import { LedgerChangedOutsideError, LedgerContentionError } from '../ledger/ledger.js';
import { GitError } from '../platform/git.js';
import { isoIn } from '../platform/time.js';
import type { LocalizedText } from '../text/vocabulary.js';
import { type ArticleSource, discoverArticles } from './articles.js';
import { ArticleRun, type PublisherDeps, type PublisherOptions } from './context.js';
import { fail } from './failures.js';
import { drive } from './machine.js';
import type { ArticleOutcome } from './outcome.js';
import { describeOutcome, LEFT_FOR_NEXT_RUN, TAKEN_OVER, unreadableRecord } from './outcome-text.js';
import { checkOutsideChanges } from './outside.js';
import { type ArticleFacts, type Plan, planFor, type WithdrawRequest } from './plan.js';
import { articleProvenance, withdrawalCommit } from './provenance.js';
import { formatRecord, LEDGER_README, LedgerFormatError, type PublishRecord, recordPath } from './record.js';
import { ArticleSession, LostLeaseError, lease, readRecord } from './session.js';
import { startGate } from './start-gate.js';
import { commitMessage } from './trailers.js';

/**
 * Publishes every due article (or, with `dryRun`, says what it would do). A ledger that went backwards stops the
 * run before anything (LedgerRewoundError, thrown); changes made outside a publish run are checked first.
 */
export async function publishDue(deps: PublisherDeps, options: PublisherOptions): Promise<ArticleOutcome[]> {
  await deps.ledger.refresh();
  const outcomes: ArticleOutcome[] = [];
  try {
    const outside = await checkOutsideChanges(deps, options);
    outcomes.push(...outside.outcomes);
    if (!outside.proceed) return outcomes;
  } catch (error) {
    if (!isLedgerUnwritable(error)) throw error;
    outcomes.push(ledgerUnwritable(error, 'ledger', deps.ledger.describe()));
    return outcomes;
  }
  for (const source of discoverArticles(deps.cwd, deps.timeZone)) {
    if (options.accounts && !options.accounts.has(source.account)) continue;
    const account = deps.registry.accounts.get(source.account);
    if (!account) {
      outcomes.push({
        key: source.key,
        article: source.path,
        result: `content/${source.account}/ has no account in ${deps.registry.file}; not published`,
        state: undefined,
        failed: true,
      });
      continue;
    }
    try {
      outcomes.push(await processArticle(deps, options, source, account));
    } catch (error) {
      if (isLedgerUnwritable(error)) {
        // Nothing can be recorded any more, so nothing more may be sent: stop the run here.
        outcomes.push(ledgerUnwritable(error, source.key, source.path));
        return outcomes;
      }
      if (!(error instanceof LedgerFormatError)) throw error;
      outcomes.push({
        key: source.key,
        article: source.path,
        result: error.message,
        state: undefined,
        failed: true,
      });
    }
  }
  return outcomes;
}

/** Errors after which this run can record nothing more. */
export function isLedgerUnwritable(error: unknown): error is Error {
  return (
    error instanceof GitError ||
    error instanceof LedgerContentionError ||
    error instanceof LedgerChangedOutsideError
  );
}

function ledgerUnwritable(error: Error, key: string, article: string): ArticleOutcome {
  return {
    key,
    article,
    result: `the ledger cannot be written (${error.message.replace(/\s+/g, ' ').trim()}); the run stopped before any further WeChat call`,
    state: undefined,
    failed: true,
  };
}

/**
 * One article: decide, take it, drive it as far as it goes in this run. `withdraw` is a withdrawal asked for now
 * (`wxgate withdraw`).
 */
/** What a dry run says it would do with an article, before the planner's reason. */
const DRY_RUN_VERBS: Record<Plan['kind'], LocalizedText> = {
  skip: { zh: '跳过', en: 'skip' },
  note: { zh: '备注', en: 'note' },
  withdraw: { zh: '将撤回', en: 'would withdraw' },
  work: { zh: '将发表', en: 'would publish' },
};

export async function processArticle(
  deps: PublisherDeps,
  options: PublisherOptions,
  source: ArticleSource,
  account: Account,
  withdraw?: WithdrawRequest,
): Promise<ArticleOutcome> {
  const path = recordPath(source.key);
  const outcome = (result: LocalizedText, failed: boolean, record?: PublishRecord): ArticleOutcome => ({
    key: source.key,
    article: source.path,
    result: result.en,
    text: result,
    state: record?.state,
    failed,
    ...(record ? { record } : {}),
  });
  let current: PublishRecord | undefined;
  try {
    current = readRecord(deps.ledger.snapshot, path);
  } catch (error) {
    if (error instanceof LedgerFormatError) return outcome(unreadableRecord(error.message), true);
    throw error;
  }
  let frontMatterWithdrawal: WithdrawRequest | undefined;
  if (
    !withdraw &&
    source.fields.status === 'withdrawn' &&
    current &&
    !current.withdrawal &&
    current.state !== 'withdrawn'
  ) {
    const c = await withdrawalCommit(deps.git, source.path, deps.prs);
    const reasonText = {
      zh: `${c?.pr ? `PR #${c.pr} ` : ''}合并了 status: withdrawn${c ? `（提交 ${c.sha.slice(0, 12)}：${c.subject}）` : ''}`,
      en: `status: withdrawn merged${c?.pr ? ` in PR #${c.pr}` : ''}${c ? ` (commit ${c.sha.slice(0, 12)}: ${c.subject})` : ''}`,
    };
    frontMatterWithdrawal = {
      by: c?.by ?? 'unknown',
      reason: reasonText.en,
      reasonText,
      source: 'front-matter',
      commit: c?.sha ?? null,
    };
  }
  const planOn = (record: PublishRecord | undefined): Plan =>
    planFor({
      record,
      source,
      account,
      now: deps.clock.now(),
      me: deps.me,
      timeZone: deps.timeZone,
      retry: options.retry?.has(source.key) ?? false,
      ...(withdraw ? { withdraw } : {}),
      ...(frontMatterWithdrawal ? { frontMatterWithdrawal } : {}),
      isAlive: deps.isAlive,
    });
  const first = planOn(current);
  const gate = first.kind === 'work' ? await startGate(deps, options, source, account, current) : undefined;
  if (gate?.kind === 'off') return outcome(gate.reason, false, current);
  if (options.dryRun && gate?.kind === 'late') {
    return outcome(
      { zh: `将等待人工确认：${gate.message}`, en: `would wait for a person: ${gate.message}` },
      false,
      current,
    );
  }
  if (options.dryRun) {
    const verb = DRY_RUN_VERBS[first.kind];
    const why = first.kind === 'note' ? first.note : first.reason;
    return outcome({ zh: `${verb.zh}：${why.zh}`, en: `${verb.en}: ${why.en}` }, false, current);
  }
  if (first.kind === 'skip') return outcome(first.reason, first.failed ?? false, current);

  if (first.kind === 'note') {
    const noted = await deps.ledger.transact((snapshot) => {
      const fresh = readRecord(snapshot, path);
      const p = planOn(fresh);
      if (!fresh || p.kind !== 'note') return { value: fresh };
      const r = structuredClone(fresh);
      const at = formatIso(deps);
      // The record speaks English, whatever the reader's language, like every other event it holds.
      const note = p.note.en;
      r.later_content_hash = p.hash;
      r.notes = [...(r.notes ?? []), `${at} ${note} (content ${p.hash})`];
      r.revision += 1;
      r.history.push({ at, state: r.state, run: deps.me.id, event: note });
      return {
        value: r,
        changes: new Map([[path, formatRecord(r)]]),
        message: commitMessage(r, note, deps.me.id),
      };
    });
    return outcome(first.note, false, noted);
  }

  const facts = await factsFor(deps, source);
  type Claim = { plan: Plan; record: PublishRecord | undefined; claimed: boolean };
  const claim = await deps.ledger.transact<Claim>((snapshot) => {
    const fresh = readRecord(snapshot, path);
    const p = planOn(fresh);
    if (p.kind !== 'work' && p.kind !== 'withdraw')
      return { value: { plan: p, record: fresh, claimed: false } };
    const r = p.start(fresh, facts);
    const now = deps.clock.now();
    r.revision = (fresh?.revision ?? 0) + 1;
    r.lease = lease(deps.me, now + options.leaseMs, deps.timeZone);
    r.deferred = undefined;
    const event = `taken by run ${deps.me.id}: ${p.reason.en}`;
    r.history = [...r.history, { at: formatIso(deps), state: r.state, run: deps.me.id, event }];
    const changes = new Map([[path, formatRecord(r)]]);
    if (snapshot.read('README.md') === undefined) changes.set('README.md', LEDGER_README);
    return {
      value: { plan: p, record: r, claimed: true },
      changes,
      message: commitMessage(r, event, deps.me.id),
    };
  });
  if (!claim.claimed || !claim.record) {
    const p = claim.plan;
    return outcome(
      p.kind === 'skip' ? p.reason : LEFT_FOR_NEXT_RUN,
      p.kind === 'skip' && !!p.failed,
      claim.record,
    );
  }

  const session = new ArticleSession(
    deps.ledger,
    path,
    claim.record,
    deps.me,
    deps.clock,
    deps.timeZone,
    options.leaseMs,
  );
  const run = new ArticleRun(deps, options, session, source, account);
  try {
    if (gate?.kind === 'late') {
      await fail(run, {
        step: 'confirm',
        kind: 'late-merge',
        message: gate.message,
        hint: gate.hint,
        retry: 'manual',
        resume: 'claimed',
      });
    } else {
      await drive(run);
    }
  } catch (error) {
    if (error instanceof LostLeaseError) {
      // Nothing this run made at WeChat is undone: the run that took over may have found this run's draft in 草稿箱
      // and be publishing it. A draft nobody used stays in 草稿箱 for a person.
      deps.log.warn(`${source.key}: ${error.message}; another run carries on with it`);
      return outcome(TAKEN_OVER, false, session.record);
    }
    throw error;
  } finally {
    if (session.holding) {
      await session.save({ event: 'released', release: true, keepInFlight: true }).catch(() => {});
    }
  }
  return outcome(describeOutcome(session.record), run.failed, session.record);
}

async function factsFor(deps: PublisherDeps, source: ArticleSource): Promise<ArticleFacts> {
  return {
    provenance: await articleProvenance(
      deps.git,
      source.dir,
      source.fields.publishAt ?? deps.clock.now(),
      deps.prs,
      deps.timeZone,
    ),
    checks: deps.lint(source),
    sourceCommit: deps.sourceCommit,
  };
}

function formatIso(deps: PublisherDeps, ms = deps.clock.now()): string {
  return isoIn(ms, deps.timeZone);
}
