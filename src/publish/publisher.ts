import { createHash } from 'node:crypto';
import { type Ledger, LedgerContentionError } from '../ledger/ledger.js';
import { ConfigurationError } from '../platform/errors.js';
import { type Git, GitError } from '../platform/git.js';
import { localDate } from '../platform/time.js';
import type { Account, AccountRegistry } from '../policy/accounts.js';
import { collectImages, RenderError, renderArticle, type Theme } from '../render/render.js';
import { type DraftArticle, type PublishStatus, WeChatError, type WeChatPort } from '../wechat/port.js';
import { type ArticleSource, assetOf, discoverArticles } from './articles.js';
import { type ArticleFacts, type Plan, planFor, type RunIdentity, type WithdrawRequest } from './plan.js';
import { articleProvenance, type PullRequestSource, withdrawalCommit } from './provenance.js';
import {
  type FailureInfo,
  formatRecord,
  isoIn,
  LEDGER_README,
  LedgerFormatError,
  type PublishRecord,
  type PublishState,
  parseIso,
  type RemoteStep,
  recordPath,
} from './record.js';
import { ArticleSession, LostLeaseError, lease, readRecord } from './session.js';
import { commitMessage } from './trailers.js';

/**
 * `wxgate publish`: publishes every article of the checkout whose `publish_at` has come and that is not published
 * yet, exactly once, by its account's method, and records every step in the ledger (a `Ledger`: src/ledger/).
 *
 * Exactly once, step by step. Each article's record moves through the states of record.ts. Before every remote
 * step that changes something at WeChat the record says so (`in_flight`), and the write is durable (pushed) before
 * the call; after the call the outcome is written. A run that finds `in_flight` set by a run that did not finish
 * resolves that step before anything else:
 *
 * - upload-image / upload-cover / add-draft: harmless to repeat (at worst an unused image or an orphan draft in
 *   草稿箱, which the history notes); the step is done again. Images and covers are cached by SHA-256 in
 *   `accounts/<account>.yml`, so a recorded upload is never repeated.
 * - submit (freepublish/submit sent, answer not recorded): see `reconcileSubmit`. What it relies on
 *   (wechat-api.md §3, §6, §8):
 *   documented — freepublish/batchget lists successful publications with article_id, update_time and titles
 *   (§8.3); a published draft is removed from the draft box (§6, D-draftadd); 40007 answers a media_id of a draft
 *   already published or deleted (§3);
 *   inferred — a job still publishing (status 1) is listed nowhere but freepublish/get, which needs the lost
 *   publish_id; what WeChat answers to a second submit of a draft whose job is still running is not documented
 *   (the emulator answers 40007).
 *   So the run looks for the publication in batchget (same title, listed no earlier than 10 min before the submit
 *   was recorded, article_id not claimed by another record) and, when found, records it as published. When not
 *   found it waits, and only after `submitGraceMs` (default 30 min; jobs end within minutes) submits the SAME
 *   draft again — never a new one: if the first submit went through, the draft is gone and WeChat answers 40007,
 *   recorded as a failure for a person to check, never as a second publication. The one assumption: a publish
 *   job does not stay "publishing" longer than the grace period.
 * - mass-send (sendall sent, answer not recorded): sent again with the same `clientmsgid`; WeChat refuses a
 *   duplicate within 24 h with 45065 and the first send's msg_id (§8.6), which is recorded. Older than 24 h:
 *   failure for a person to check 群发记录.
 * - delete: done again; an id WeChat no longer knows counts as deleted.
 *
 * Two runs at once. Taking an article is a compare-and-swap write of a lease into its record; the loser sees the
 * winner's lease after re-reading and leaves the article alone until the lease ends (or, on the same host, until
 * the holder's process is gone). Every later write checks the revision it was decided on, so a run whose lease ran
 * out can no longer write and stops (LostLeaseError).
 *
 * Polling. freepublish/get has 100 calls a day: a run polls each submitted article at most `maxPollsPerRun` times
 * with doubling waits, counts calls per account and day in the ledger, stops at `dailyPollBudget`, and leaves a
 * pending job for the next run with a growing `polls.next_at`.
 */
export interface PublisherDeps {
  cwd: string;
  git: Git;
  ledger: Ledger;
  registry: AccountRegistry;
  /** The WeChat client of an account (may throw ConfigurationError when its secret is not set). */
  portFor: (account: Account) => WeChatPort;
  prs: PullRequestSource;
  lint: (source: ArticleSource) => PublishRecord['checks'];
  theme: Theme;
  timeZone: string;
  clock: () => number;
  sleep: (ms: number) => Promise<void>;
  log: { info(line: string): void; warn(line: string): void };
  me: RunIdentity;
  isAlive: (lease: NonNullable<PublishRecord['lease']>) => boolean;
  /** The commit of the content branch being published (HEAD). */
  sourceCommit: string | null;
}

export interface PublisherOptions {
  accounts?: ReadonlySet<string>;
  /** Article keys (`<account>/<folder>`) to retry after a failure that waits for a change or a person. */
  retry?: ReadonlySet<string>;
  dryRun?: boolean;
  leaseMs: number;
  submitGraceMs: number;
  maxPollsPerRun: number;
  pollIntervalMs: number;
  dailyPollBudget: number;
}

export const PUBLISHER_DEFAULTS = {
  leaseMs: 10 * 60_000,
  submitGraceMs: 30 * 60_000,
  maxPollsPerRun: 5,
  pollIntervalMs: 2000,
  dailyPollBudget: 80,
} as const;

export interface ArticleOutcome {
  key: string;
  article: string;
  /** What happened, one line. */
  result: string;
  state: PublishState | undefined;
  /** Something went wrong in this run (or a withdrawal could not be done). */
  failed: boolean;
  record?: PublishRecord;
}

type Step = 'continue' | 'stop';

class Ctx {
  failed = false;
  private port: WeChatPort | undefined;
  constructor(
    readonly deps: PublisherDeps,
    readonly options: PublisherOptions,
    readonly s: ArticleSession,
    readonly source: ArticleSource,
    readonly account: Account,
  ) {}
  get wechat(): WeChatPort {
    this.port ??= this.deps.portFor(this.account);
    return this.port;
  }
  get r(): PublishRecord {
    return this.s.record;
  }
  get mine(): boolean {
    return this.r.in_flight?.run === this.deps.me.id;
  }
}

/** Publishes every due article (or, with `dryRun`, says what it would do). */
export async function publishDue(deps: PublisherDeps, options: PublisherOptions): Promise<ArticleOutcome[]> {
  await deps.ledger.refresh();
  const outcomes: ArticleOutcome[] = [];
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
      if (error instanceof GitError || error instanceof LedgerContentionError) {
        // Nothing can be recorded any more, so nothing more may be sent: stop the run here.
        outcomes.push({
          key: source.key,
          article: source.path,
          result: `the ledger cannot be written (${error.message.replace(/\s+/g, ' ').trim()}); the run stopped before any further WeChat call`,
          state: undefined,
          failed: true,
        });
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

/**
 * One article: decide, take it, drive it as far as it goes in this run. `withdraw` is a withdrawal asked for now
 * (`wxgate withdraw`).
 */
export async function processArticle(
  deps: PublisherDeps,
  options: PublisherOptions,
  source: ArticleSource,
  account: Account,
  withdraw?: WithdrawRequest,
): Promise<ArticleOutcome> {
  const path = recordPath(source.key);
  const outcome = (result: string, failed: boolean, record?: PublishRecord): ArticleOutcome => ({
    key: source.key,
    article: source.path,
    result,
    state: record?.state,
    failed,
    ...(record ? { record } : {}),
  });
  let current: PublishRecord | undefined;
  try {
    current = readRecord(deps.ledger.snapshot, path);
  } catch (error) {
    if (error instanceof LedgerFormatError)
      return outcome(`ledger record unreadable: ${error.message}`, true);
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
    frontMatterWithdrawal = {
      by: c?.by ?? 'unknown',
      reason: `status: withdrawn merged${c?.pr ? ` in PR #${c.pr}` : ''}${c ? ` (commit ${c.sha.slice(0, 12)}: ${c.subject})` : ''}`,
      source: 'front-matter',
      commit: c?.sha ?? null,
    };
  }
  const planOn = (record: PublishRecord | undefined): Plan =>
    planFor({
      record,
      source,
      account,
      now: deps.clock(),
      me: deps.me,
      timeZone: deps.timeZone,
      retry: options.retry?.has(source.key) ?? false,
      ...(withdraw ? { withdraw } : {}),
      ...(frontMatterWithdrawal ? { frontMatterWithdrawal } : {}),
      isAlive: deps.isAlive,
    });
  const first = planOn(current);
  if (options.dryRun) {
    const verb =
      first.kind === 'skip'
        ? 'skip'
        : first.kind === 'note'
          ? 'note'
          : first.kind === 'withdraw'
            ? 'would withdraw'
            : 'would publish';
    return outcome(`${verb}: ${first.kind === 'note' ? first.note : first.reason}`, false, current);
  }
  if (first.kind === 'skip') return outcome(first.reason, first.failed ?? false, current);

  if (first.kind === 'note') {
    const noted = await deps.ledger.transact((snapshot) => {
      const fresh = readRecord(snapshot, path);
      const p = planOn(fresh);
      if (!fresh || p.kind !== 'note') return { value: fresh };
      const r = structuredClone(fresh);
      const at = formatIso(deps);
      r.later_content_hash = p.hash;
      r.notes = [...(r.notes ?? []), `${at} ${p.note} (content ${p.hash})`];
      r.revision += 1;
      r.history.push({ at, state: r.state, run: deps.me.id, event: p.note });
      return {
        value: r,
        changes: new Map([[path, formatRecord(r)]]),
        message: commitMessage(r, p.note, deps.me.id),
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
    const now = deps.clock();
    r.revision = (fresh?.revision ?? 0) + 1;
    r.lease = lease(deps.me, now + options.leaseMs, deps.timeZone);
    r.deferred = undefined;
    const event = `taken by run ${deps.me.id}: ${p.reason}`;
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
      p.kind === 'skip' ? p.reason : 'left for the next run',
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
  const ctx = new Ctx(deps, options, session, source, account);
  try {
    await drive(ctx);
  } catch (error) {
    if (error instanceof LostLeaseError) {
      deps.log.warn(`${source.key}: ${error.message}; another run carries on with it`);
      return outcome('taken over by another run', false, session.record);
    }
    throw error;
  } finally {
    if (session.holding) {
      await session.save({ event: 'released', release: true, keepInFlight: true }).catch(() => {});
    }
  }
  return outcome(describe(session.record), ctx.failed, session.record);
}

async function factsFor(deps: PublisherDeps, source: ArticleSource): Promise<ArticleFacts> {
  return {
    provenance: await articleProvenance(
      deps.git,
      source.dir,
      source.fields.publishAt ?? deps.clock(),
      deps.prs,
      deps.timeZone,
    ),
    checks: deps.lint(source),
    sourceCommit: deps.sourceCommit,
  };
}

function formatIso(deps: PublisherDeps, ms = deps.clock()): string {
  return isoIn(ms, deps.timeZone);
}

// ── the state machine ─────────────────────────────────────────────────────────────────────────────────────────

async function drive(c: Ctx): Promise<void> {
  for (let guard = 0; guard < 40; guard++) {
    const r = c.r;
    let step: Step;
    if (r.withdrawal && !r.withdrawal.done_at) step = await withdrawStep(c);
    else if (r.in_flight && !c.mine) step = await recover(c);
    else if (r.state === 'claimed') step = await uploadStep(c);
    else if (r.state === 'images-uploaded') step = await draftStep(c);
    else if (r.state === 'drafted') {
      const method = c.account.publishMethod;
      step =
        method === 'freepublish'
          ? await submitStep(c)
          : method === 'mass-send'
            ? await massSendStep(c)
            : await handOff(c);
    } else if (r.state === 'submitted') step = await pollStep(c, false);
    else step = 'stop';
    if (step === 'stop') return;
  }
  throw new Error(`${c.r.article}: the publish state machine did not settle (state ${c.r.state})`);
}

/** A step another run started and never recorded the end of. */
async function recover(c: Ctx): Promise<Step> {
  const f = c.r.in_flight!;
  if (f.step === 'submit') return reconcileSubmit(c);
  if (f.step === 'mass-send') return massSendStep(c);
  const what =
    f.step === 'add-draft'
      ? 'draft/add (an unused draft may be left in 草稿箱)'
      : `${f.step}${f.detail ? ` ${f.detail}` : ''} (the file may have been uploaded without being recorded)`;
  await c.s.save({ event: `run ${f.run} stopped during ${what}; doing the step again` });
  return 'continue';
}

/** Before a remote step: make the intent durable, unless this run already did. */
async function before(
  c: Ctx,
  step: RemoteStep,
  detail: string,
  mutate?: (r: PublishRecord) => void,
): Promise<void> {
  const f = c.r.in_flight;
  if (f && f.step === step && f.run === c.deps.me.id && (f.detail ?? '') === detail && !mutate) return;
  await c.s.save({
    event: `about to ${STEP_WORDS[step]} ${detail}`.trim(),
    next: { step, detail },
    ...(mutate ? { mutate } : {}),
  });
}

const STEP_WORDS: Record<RemoteStep, string> = {
  'upload-image': 'upload content image',
  'upload-cover': 'upload cover',
  'add-draft': 'create the draft',
  submit: 'submit the draft for publishing (freepublish/submit)',
  'mass-send': 'mass-send the draft (sendall)',
  delete: 'delete the publication',
};

async function uploadStep(c: Ctx): Promise<Step> {
  const { source, r } = c;
  if (!source.front || !source.article) {
    return fail(c, {
      step: 'check',
      kind: 'content',
      message: `the article cannot be published as written: ${source.problems.join('; ') || 'front matter incomplete'}`,
      hint: '修正文章头信息后合并 / fix the front matter and merge the fix',
      retry: 'on-change',
      resume: 'claimed',
    });
  }
  if (r.checks.errors > 0) {
    return fail(c, {
      step: 'check',
      kind: 'check',
      message: `wxgate check finds ${r.checks.errors} error(s) on the merged article: ${r.checks.rules.join(', ')}`,
      hint: '运行 wxgate check 并通过 PR 修正 / run wxgate check and fix the article in a pull request',
      retry: 'on-change',
      resume: 'claimed',
    });
  }
  let images: string[];
  try {
    images = collectImages(source.article);
  } catch (error) {
    return failContent(c, error);
  }
  const pending: PublishRecord['wechat']['images'] = [];
  const addPending = (rec: PublishRecord) => {
    for (const p of pending) if (!rec.wechat.images.some((i) => i.file === p.file)) rec.wechat.images.push(p);
  };
  for (const file of images) {
    if (c.r.wechat.images.some((i) => i.file === file) || pending.some((i) => i.file === file)) continue;
    let asset: { bytes: Uint8Array; sha256: string };
    try {
      asset = assetOf(source, file);
    } catch (error) {
      return failContent(c, error, `image ${file} cannot be read`);
    }
    const cached = c.s.accountLedger().images[asset.sha256];
    if (cached) {
      pending.push({ file, sha256: asset.sha256, url: cached.url });
      continue;
    }
    await before(c, 'upload-image', file, addPending);
    pending.length = 0;
    let url: string;
    try {
      url = (await c.wechat.uploadContentImage(asset.bytes, basename(file))).url;
    } catch (error) {
      return handleError(c, error, 'upload-image', 'claimed');
    }
    const at = c.s.iso();
    await c.s.save({
      event: `content image ${file} uploaded (media/uploadimg)`,
      mutate: (rec) => {
        rec.wechat.images.push({ file, sha256: asset.sha256, url });
      },
      account: (a) => {
        a.images[asset.sha256] ??= { url, file: `${source.dir}/${file}`, at };
      },
    });
  }
  const cover = source.front.cover;
  let coverAsset: { bytes: Uint8Array; sha256: string };
  try {
    coverAsset = assetOf(source, cover);
  } catch (error) {
    return failContent(c, error, `cover ${cover} cannot be read`);
  }
  let coverRecord = c.r.wechat.cover?.sha256 === coverAsset.sha256 ? c.r.wechat.cover : undefined;
  if (!coverRecord) {
    const cached = c.s.accountLedger().covers[coverAsset.sha256];
    if (cached) {
      coverRecord = { file: cover, sha256: coverAsset.sha256, media_id: cached.media_id, url: cached.url };
    } else {
      await before(c, 'upload-cover', cover, addPending);
      pending.length = 0;
      let uploaded: { mediaId: string; url: string };
      try {
        uploaded = await c.wechat.addCoverMaterial(coverAsset.bytes, basename(cover));
      } catch (error) {
        return handleError(c, error, 'upload-cover', 'claimed');
      }
      coverRecord = { file: cover, sha256: coverAsset.sha256, media_id: uploaded.mediaId, url: uploaded.url };
      const at = c.s.iso();
      const sha = coverAsset.sha256;
      const done = coverRecord;
      await c.s.save({
        event: `cover ${cover} uploaded (material/add_material)`,
        mutate: (rec) => {
          rec.wechat.cover = done;
        },
        account: (a) => {
          a.covers[sha] ??= { media_id: done.media_id, url: done.url, file: `${source.dir}/${cover}`, at };
        },
      });
    }
  }
  const finalCover = coverRecord;
  await c.s.save({
    event: `images ready: ${c.r.wechat.images.length + pending.length} content image(s) and the cover`,
    mutate: (rec) => {
      addPending(rec);
      rec.wechat.cover = finalCover;
      rec.state = 'images-uploaded';
    },
    next: { step: 'add-draft' },
  });
  return 'continue';
}

async function draftStep(c: Ctx): Promise<Step> {
  const { source } = c;
  const front = source.front;
  const article = source.article;
  const cover = c.r.wechat.cover;
  if (!front || !article || !cover) return 'stop';
  const urls = new Map(c.r.wechat.images.map((i) => [i.file, i.url]));
  let html: string;
  try {
    html = renderArticle(article, { theme: c.deps.theme, imageUrl: (p) => urls.get(p) }).html;
  } catch (error) {
    return failContent(c, error);
  }
  const draft: DraftArticle = {
    title: front.title,
    author: front.author,
    content: html,
    thumbMediaId: cover.media_id,
  };
  if (front.digest !== undefined) draft.digest = front.digest;
  if (front.type === 'reprint' && front.source?.url) draft.contentSourceUrl = front.source.url;
  if (front.comments?.open !== undefined) draft.needOpenComment = front.comments.open;
  if (front.comments?.fansOnly !== undefined) draft.onlyFansCanComment = front.comments.fansOnly;
  await before(c, 'add-draft', '');
  let mediaId: string;
  try {
    mediaId = (await c.wechat.addDraft(draft)).mediaId;
  } catch (error) {
    return handleError(c, error, 'add-draft', 'images-uploaded');
  }
  const method = c.account.publishMethod;
  const handoff = method === 'draft-only' ? handoffText(c, mediaId) : undefined;
  const msgId = method === 'mass-send' ? clientMsgIdFor(c.r.article, c.r.content_hash, mediaId) : undefined;
  await c.s.save({
    event: `draft created (draft/add media_id ${mediaId})${handoff ? '; waiting for a person to press 发表' : ''}`,
    mutate: (rec) => {
      rec.state = 'drafted';
      rec.method = method;
      rec.wechat.draft_media_id = mediaId;
      rec.times.drafted_at = c.s.iso();
      if (handoff) rec.handoff = handoff;
      if (msgId) rec.wechat.client_msg_id = msgId;
    },
    ...(method === 'freepublish'
      ? { next: { step: 'submit' as const, detail: mediaId } }
      : msgId
        ? { next: { step: 'mass-send' as const, detail: msgId } }
        : { release: !c.r.withdrawal }),
  });
  return method === 'draft-only' && !c.r.withdrawal ? 'stop' : 'continue';
}

function handoffText(c: Ctx, mediaId: string): string {
  return (
    `draft-only：草稿已创建（media_id ${mediaId}）。请 ${c.account.ownerTeam} 登录微信公众平台 → 草稿箱，核对后手动点击「发表」。` +
    `未认证账号自 2025-07 起不能通过接口发表，wxgate 不会代为发表。 / The draft is ready; a person of ` +
    `${c.account.ownerTeam} presses 发表 in the MP backend (草稿箱). wxgate does not publish draft-only accounts.`
  );
}

/** A drafted article whose account is (now) draft-only: the draft waits for a person. */
async function handOff(c: Ctx): Promise<Step> {
  const mediaId = c.r.wechat.draft_media_id ?? '';
  await c.s.save({
    event: 'publish method is draft-only: the draft waits for a person to press 发表',
    mutate: (rec) => {
      rec.method = 'draft-only';
      rec.handoff = handoffText(c, mediaId);
    },
    release: true,
  });
  return 'stop';
}

async function submitStep(c: Ctx): Promise<Step> {
  const mediaId = c.r.wechat.draft_media_id!;
  await before(c, 'submit', mediaId);
  let result: { publishId: string; msgDataId?: string };
  try {
    result = await c.wechat.submitPublish(mediaId);
  } catch (error) {
    if (error instanceof WeChatError && error.ambiguous) return lostAnswer(c, error);
    if (error instanceof WeChatError && error.kind === 'not-found') {
      return handleError(c, error, 'submit', 'images-uploaded', { retry: 'automatic' });
    }
    return handleError(c, error, 'submit', 'drafted');
  }
  await submitted(c, result, 'freepublish/submit accepted');
  return 'continue';
}

async function submitted(
  c: Ctx,
  result: { publishId: string; msgDataId?: string },
  what: string,
): Promise<void> {
  await c.s.save({
    event: `${what}: publish_id ${result.publishId}`,
    mutate: (rec) => {
      rec.state = 'submitted';
      rec.method = 'freepublish';
      rec.wechat.publish_id = result.publishId;
      if (result.msgDataId !== undefined) rec.wechat.msg_data_id = result.msgDataId;
      rec.times.submitted_at = c.s.iso();
      rec.polls = { count: 0, last_at: null, next_at: null };
    },
  });
}

/** The request went out and no answer came back: whether WeChat acted is unknown until reconciled. */
async function lostAnswer(c: Ctx, error: WeChatError): Promise<Step> {
  const next = c.s.now() + 60_000;
  await c.s.save({
    event:
      `${error.endpoint}: no answer (${error.message.split(' — ')[0]}); whether WeChat acted is unknown — ` +
      'the next run resolves it before doing anything else',
    keepInFlight: true,
    release: true,
    mutate: (rec) => {
      rec.polls = { count: rec.polls?.count ?? 0, last_at: null, next_at: c.s.iso(next) };
    },
  });
  return 'stop';
}

/**
 * freepublish/submit was sent by a run that never recorded the answer. Find out whether it published, without
 * ever publishing twice (see the module comment for the WeChat facts this relies on).
 */
async function reconcileSubmit(c: Ctx): Promise<Step> {
  const f = c.r.in_flight!;
  const since = parseIso(f.at) ?? 0;
  let found: { articleId: string; url: string | undefined } | undefined;
  try {
    found = await findPublication(c, since);
  } catch (error) {
    return handleError(c, error, 'reconcile', 'drafted', { keepInFlight: true });
  }
  if (found) {
    const hit = found;
    await c.s.save({
      event:
        `reconciled: the submit of run ${f.run} did publish — freepublish/batchget lists it as article_id ` +
        `${hit.articleId} (its publish_id was never recorded)`,
      mutate: (rec) => {
        rec.state = 'published';
        rec.method = 'freepublish';
        rec.wechat.publish_id = rec.wechat.publish_id ?? null;
        rec.wechat.article_id = hit.articleId;
        if (hit.url) rec.wechat.url = hit.url;
        rec.wechat.publish_status = 0;
        rec.wechat.publish_status_name = 'success';
        rec.times.published_at = c.s.iso();
        rec.times.submitted_at ??= f.at;
        rec.polls = undefined;
      },
      release: !c.r.withdrawal,
    });
    return 'continue';
  }
  const age = c.s.now() - since;
  const grace = c.options.submitGraceMs;
  if (age < grace) {
    const count = (c.r.polls?.count ?? 0) + 1;
    const wait = Math.min(grace - age, 60_000 * 2 ** Math.min(count - 1, 4));
    await c.s.save({
      event:
        `reconciling the submit of run ${f.run}: not listed by freepublish/batchget ${Math.round(age / 1000)} s after ` +
        'it was sent (a job still publishing is not listed); looking again later',
      keepInFlight: true,
      release: true,
      mutate: (rec) => {
        rec.polls = { count, last_at: c.s.iso(), next_at: c.s.iso(c.s.now() + wait) };
      },
    });
    return 'stop';
  }
  if (c.r.withdrawal) {
    await c.s.save({
      event: `withdrawn: the submit of run ${f.run} never produced a publication within ${grace / 60_000} min`,
      mutate: (rec) =>
        withdrawnNow(c, rec, false, 'nothing was published; the draft was not submitted again'),
      release: true,
    });
    return 'stop';
  }
  if (c.r.content_hash !== c.source.contentHash) {
    return fail(c, {
      step: 'reconcile',
      kind: 'reconcile',
      message:
        `the answer to run ${f.run}'s freepublish/submit was lost, nothing is listed as published, and the article ` +
        'has changed since; wxgate will not submit the old draft',
      hint:
        '请在公众平台「发表记录」确认该文未发表，然后运行 wxgate publish --retry <文章> / check 发表记录 in the MP backend; ' +
        'if nothing was published run wxgate publish --retry <article>',
      retry: 'manual',
      resume: 'images-uploaded',
    });
  }
  const mediaId = c.r.wechat.draft_media_id!;
  await c.s.save({
    event:
      `no publication appeared within ${grace / 60_000} min of run ${f.run}'s submit: submitting the same draft again ` +
      '(a published draft leaves the draft box, so WeChat refuses it with 40007 if the first submit went through)',
    next: { step: 'submit', detail: mediaId },
  });
  let result: { publishId: string; msgDataId?: string };
  try {
    result = await c.wechat.submitPublish(mediaId);
  } catch (error) {
    if (error instanceof WeChatError && error.ambiguous) return lostAnswer(c, error);
    if (error instanceof WeChatError && error.kind === 'not-found') {
      return fail(c, {
        step: 'submit',
        kind: 'reconcile',
        errcode: error.errcode ?? null,
        message:
          `the draft ${mediaId} is gone (${error.errcode}): run ${f.run}'s lost submit probably used it, yet ` +
          'freepublish/batchget lists no publication of it',
        hint:
          '请在公众平台「发表记录」核对：若已发表，无需操作；若未发表，运行 wxgate publish --retry <文章> 重新建草稿 / check ' +
          '发表记录 in the MP backend; if it is not there, run wxgate publish --retry <article>',
        retry: 'manual',
        resume: 'images-uploaded',
      });
    }
    return handleError(c, error, 'submit', 'drafted');
  }
  await submitted(c, result, 'freepublish/submit (again, after reconciling) accepted');
  return 'continue';
}

/** The publication of this article in freepublish/batchget, if WeChat lists one made after `since`. */
async function findPublication(
  c: Ctx,
  since: number,
): Promise<{ articleId: string; url: string | undefined } | undefined> {
  const taken = new Set<string>();
  const snapshot = c.deps.ledger.snapshot;
  for (const p of snapshot.paths(`records/${c.r.account}/`)) {
    if (p === c.s.path) continue;
    const id = readRecord(snapshot, p)?.wechat.article_id;
    if (id) taken.add(id);
  }
  const earliest = Math.floor((since - 10 * 60_000) / 1000);
  for (let offset = 0, page = 0; page < 5; page++, offset += 20) {
    const { totalCount, items } = await c.wechat.listPublished(offset, 20);
    for (const item of items) {
      const i = item.titles.indexOf(c.r.title);
      if (i !== -1 && item.updateTime >= earliest && !taken.has(item.articleId)) {
        return { articleId: item.articleId, url: item.urls[i] || undefined };
      }
    }
    const oldest = Math.min(...items.map((item) => item.updateTime));
    if (items.length < 20 || offset + items.length >= totalCount || oldest < earliest) break;
  }
  return undefined;
}

async function pollStep(c: Ctx, once: boolean): Promise<Step> {
  const publishId = c.r.wechat.publish_id;
  if (!publishId) return 'stop';
  const today = localDate(c.s.now(), c.deps.timeZone);
  const calls = c.s.accountLedger().api_calls;
  const used = calls.date === today ? calls['freepublish/get'] : 0;
  const budget = c.options.dailyPollBudget - used;
  const max = once ? 1 : c.options.maxPollsPerRun;
  let made = 0;
  let status: PublishStatus | undefined;
  let error: unknown;
  for (let i = 0; i < max && made < budget; i++) {
    if (!once || i > 0) await c.deps.sleep(c.options.pollIntervalMs * 2 ** i);
    try {
      status = await c.wechat.getPublishStatus(publishId);
      made++;
    } catch (e) {
      made++;
      error = e;
      break;
    }
    if (!status.pending) break;
  }
  const count = (c.r.polls?.count ?? 0) + made;
  const countCalls = (a: { api_calls: { date: string; 'freepublish/get': number } }) => {
    if (a.api_calls.date !== today) a.api_calls = { date: today, 'freepublish/get': 0 };
    a.api_calls['freepublish/get'] += made;
  };
  if (error !== undefined)
    return handleError(c, error, 'poll', 'submitted', { account: countCalls, polls: count });
  if (!status || status.pending) {
    const runs = Math.ceil(count / Math.max(1, c.options.maxPollsPerRun));
    const wait = Math.min(5 * 60_000 * 2 ** Math.max(0, runs - 1), 2 * 3_600_000);
    const why =
      made === 0
        ? `the day's freepublish/get budget (${c.options.dailyPollBudget}) is used up`
        : `still publishing after ${count} poll(s)`;
    await c.s.save({
      event: `${why}; next look at ${c.s.iso(c.s.now() + wait)}`,
      mutate: (rec) => {
        rec.polls = {
          count,
          last_at: made ? c.s.iso() : (rec.polls?.last_at ?? null),
          next_at: c.s.iso(c.s.now() + wait),
        };
      },
      account: countCalls,
      release: true,
    });
    return 'stop';
  }
  const s = status;
  const setStatus = (rec: PublishRecord) => {
    rec.wechat.publish_status = s.status;
    rec.wechat.publish_status_name = s.name;
    if (s.failIdx?.length) rec.wechat.fail_idx = s.failIdx;
    rec.polls = { count, last_at: c.s.iso(), next_at: null };
  };
  if (s.status === 0) {
    await c.s.save({
      event: `published: article_id ${s.articleId ?? '?'} ${s.articleUrls?.[0] ?? ''}`.trim(),
      mutate: (rec) => {
        setStatus(rec);
        rec.state = 'published';
        if (s.articleId) rec.wechat.article_id = s.articleId;
        if (s.articleUrls?.[0]) rec.wechat.url = s.articleUrls[0];
        rec.times.published_at = c.s.iso();
      },
      account: countCalls,
      release: !c.r.withdrawal,
    });
    return 'continue';
  }
  if (s.status === 5) {
    await c.s.save({
      event: 'WeChat reports publish_status 5: published, then deleted by a person in the MP backend',
      mutate: (rec) => {
        setStatus(rec);
        rec.state = 'withdrawn';
        if (s.articleId) rec.wechat.article_id = s.articleId;
        rec.times.withdrawn_at = c.s.iso();
        rec.withdrawal ??= {
          requested_at: c.s.iso(),
          by: 'a person in the MP backend (publish_status 5)',
          reason: 'deleted outside wxgate',
          source: 'workflow',
          commit: null,
          done_at: c.s.iso(),
          deleted: true,
          note: null,
        };
        if (rec.withdrawal) {
          rec.withdrawal.done_at ??= c.s.iso();
          rec.withdrawal.deleted = true;
        }
      },
      account: countCalls,
      release: true,
    });
    return 'stop';
  }
  const words: Record<number, [string, string]> = {
    2: ['原创声明校验未通过', 'the original-content (原创) check failed'],
    3: ['常规失败，微信未给出原因', 'publishing failed; WeChat gives no reason'],
    4: ['平台审核未通过', 'the platform review rejected it'],
    6: ['发表后被平台封禁', 'it was published, then banned by the platform'],
  };
  const [zh, en] = words[s.status] ?? ['未知状态', 'unknown status'];
  if (c.r.withdrawal) {
    await c.s.save({
      event: `withdrawn: WeChat reports publish_status ${s.status} (${s.name}); nothing is online`,
      mutate: (rec) => {
        setStatus(rec);
        withdrawnNow(c, rec, false, `publish_status ${s.status}: ${en}`);
      },
      account: countCalls,
      release: true,
    });
    return 'stop';
  }
  return fail(c, {
    step: 'poll',
    kind: 'publish-status',
    message:
      `WeChat reports publish_status ${s.status} (${s.name}): ${en}` +
      (s.failIdx?.length ? `; failed article(s) ${s.failIdx.join(', ')}` : ''),
    hint:
      `${zh}。修改文章并合并后会自动重新发表（新草稿），或确认后运行 wxgate publish --retry <文章> / ` +
      `${en}. A changed article is published again automatically (a new draft); or run wxgate publish --retry <article>.`,
    retry: s.status === 6 ? 'manual' : 'on-change',
    resume: 'images-uploaded',
    mutate: setStatus,
    account: countCalls,
  });
}

/** sendall's `clientmsgid` (≤ 64 characters): the same for every attempt at the same draft of the same article. */
function clientMsgIdFor(article: string, contentHash: string, draftMediaId: string | undefined): string {
  const digest = createHash('sha256')
    .update(`${article}\n${contentHash}\n${draftMediaId ?? ''}`)
    .digest('hex');
  return `wxgate-${digest.slice(0, 40)}`;
}

function clientMsgId(r: PublishRecord): string {
  return r.wechat.client_msg_id ?? clientMsgIdFor(r.article, r.content_hash, r.wechat.draft_media_id);
}

async function massSendStep(c: Ctx): Promise<Step> {
  const f = c.r.in_flight;
  if (f && f.step === 'mass-send' && f.run !== c.deps.me.id) {
    const age = c.s.now() - (parseIso(f.at) ?? 0);
    if (age > 23 * 3_600_000) {
      return fail(c, {
        step: 'mass-send',
        kind: 'reconcile',
        message:
          `the answer to run ${f.run}'s sendall was lost over a day ago; WeChat dedupes a clientmsgid for 24 h only, ` +
          'so wxgate will not send again',
        hint: '请在公众平台「群发记录」核对是否已发送 / check 群发记录 in the MP backend',
        retry: 'manual',
        resume: 'images-uploaded',
      });
    }
  }
  const mediaId = c.r.wechat.draft_media_id!;
  const id = clientMsgId(c.r);
  await before(
    c,
    'mass-send',
    id,
    c.r.wechat.client_msg_id
      ? undefined
      : (rec) => {
          rec.wechat.client_msg_id = id;
        },
  );
  let result: { msgId: string; msgDataId?: string; duplicate: boolean };
  try {
    result = await c.wechat.massSend(mediaId, { clientMsgId: id });
  } catch (error) {
    if (error instanceof WeChatError && error.ambiguous) return lostAnswer(c, error);
    return handleError(c, error, 'mass-send', 'drafted');
  }
  await c.s.save({
    event: result.duplicate
      ? `mass send already accepted earlier (45065 for clientmsgid ${id}): msg_id ${result.msgId}`
      : `mass send accepted (sendall): msg_id ${result.msgId}`,
    mutate: (rec) => {
      rec.state = 'published';
      rec.method = 'mass-send';
      rec.wechat.msg_id = result.msgId;
      rec.wechat.client_msg_id = id;
      if (result.msgDataId !== undefined) rec.wechat.msg_data_id = result.msgDataId;
      rec.times.submitted_at ??= f?.at ?? c.s.iso();
      rec.times.published_at = c.s.iso();
    },
    release: !c.r.withdrawal,
  });
  return 'continue';
}

// ── withdrawal (001 第五章第2条 应急处理) ────────────────────────────────────────────────────────────────────────

function withdrawnNow(c: Ctx, rec: PublishRecord, deleted: boolean, note: string): void {
  rec.state = 'withdrawn';
  rec.times.withdrawn_at = c.s.iso();
  if (rec.withdrawal) {
    rec.withdrawal.done_at = c.s.iso();
    rec.withdrawal.deleted = deleted;
    rec.withdrawal.note = note;
  }
  rec.failure = undefined;
  rec.polls = undefined;
}

async function withdrawStep(c: Ctx): Promise<Step> {
  const r = c.r;
  const w = r.withdrawal!;
  if (r.state === 'published') {
    const massSent = r.method === 'mass-send' && r.wechat.msg_id;
    const id = massSent ? r.wechat.msg_id! : r.wechat.article_id;
    if (!id) {
      await c.s.save({
        event: `withdrawn by ${w.by}: no WeChat id is known — delete it in the MP backend`,
        mutate: (rec) =>
          withdrawnNow(c, rec, false, 'no article_id/msg_id known: delete it by hand in the MP backend'),
        release: true,
      });
      c.failed = true;
      return 'stop';
    }
    await before(c, 'delete', id);
    let note = massSent
      ? `mass send ${id} deleted (message/mass/delete)`
      : `publication ${id} deleted (freepublish/delete)`;
    try {
      if (massSent) await c.wechat.deleteMassSend(id);
      else await c.wechat.deletePublication(id);
    } catch (error) {
      if (error instanceof WeChatError && error.kind === 'not-found') {
        note = `WeChat no longer knows ${id} (${error.errcode}): already deleted`;
      } else {
        const info = classify(error, c.s.now());
        await c.s.save({
          event: `withdrawal of ${id} failed: ${info.message}`,
          mutate: (rec) => {
            if (rec.withdrawal)
              rec.withdrawal.note = `${c.s.iso()} delete failed: ${info.message} — ${info.hint}`;
            if (info.defer) rec.deferred = { until: c.s.iso(info.defer), reason: info.message };
          },
          release: true,
        });
        c.failed = true;
        return 'stop';
      }
    }
    await c.s.save({
      event: `withdrawn by ${w.by}: ${note}. Reason: ${w.reason}`,
      mutate: (rec) => withdrawnNow(c, rec, true, note),
      release: true,
    });
    return 'stop';
  }
  if (r.state === 'submitted') return pollStep(c, true);
  if (r.in_flight?.step === 'submit' && r.in_flight.run !== c.deps.me.id) return reconcileSubmit(c);
  if (r.in_flight?.step === 'mass-send' && r.in_flight.run !== c.deps.me.id) return massSendStep(c);
  const note =
    r.state === 'drafted' && r.method === 'draft-only'
      ? 'the draft was handed to a person: if it was published by hand, delete it in the MP backend (wxgate cannot see manual publications)'
      : r.wechat.draft_media_id
        ? `never published; draft ${r.wechat.draft_media_id} stays in 草稿箱 unused`
        : 'never published';
  await c.s.save({
    event: `withdrawn by ${w.by} before publication: ${note}. Reason: ${w.reason}`,
    mutate: (rec) => withdrawnNow(c, rec, false, note),
    release: true,
  });
  return 'stop';
}

// ── failures ──────────────────────────────────────────────────────────────────────────────────────────────────

interface Classified {
  kind: string;
  errcode: number | null;
  message: string;
  hint: string;
  retry: FailureInfo['retry'];
  /** Quota: wait until then, keeping the state (not a failure). */
  defer?: number;
}

function classify(error: unknown, now: number): Classified {
  if (error instanceof WeChatError) {
    const message =
      error.errmsg !== undefined
        ? `${error.endpoint} errcode ${error.errcode}: ${error.errmsg}`
        : (error.message.split(' — ')[0] ?? error.message);
    let hint = `${error.hint.zh} / ${error.hint.en}`;
    let retry: FailureInfo['retry'] = 'automatic';
    switch (error.kind) {
      case 'quota':
        return {
          kind: 'quota',
          errcode: error.errcode ?? null,
          message,
          hint,
          retry,
          defer: error.resetsAt?.getTime() ?? now + 3_600_000,
        };
      case 'unauthorized-api':
        hint +=
          ' — 在 policies/accounts.yml 中把该账号设为 publish_method: draft-only / set publish_method: draft-only for this account in policies/accounts.yml';
        retry = 'on-change';
        break;
      case 'invalid':
      case 'manual-action':
      case 'account-restricted':
      case 'not-found':
        retry = 'on-change';
        break;
      default:
        break;
    }
    if (error.kind === 'ip-not-allowed' && error.ip && !hint.includes(error.ip)) hint += ` (IP ${error.ip})`;
    return { kind: error.kind, errcode: error.errcode ?? null, message, hint, retry };
  }
  if (error instanceof ConfigurationError) {
    return {
      kind: 'configuration',
      errcode: null,
      message: error.describe(),
      hint: 'fix the configuration named above',
      retry: 'automatic',
    };
  }
  if (error instanceof RenderError) {
    return {
      kind: 'content',
      errcode: null,
      message: `line ${error.line}: ${error.messages.en}`,
      hint: error.messages.zh,
      retry: 'on-change',
    };
  }
  throw error;
}

interface FailRequest {
  step: string;
  kind: string;
  errcode?: number | null;
  message: string;
  hint: string;
  retry: FailureInfo['retry'];
  resume: PublishState;
  mutate?: (r: PublishRecord) => void;
  account?: Parameters<ArticleSession['save']>[0]['account'];
  keepInFlight?: boolean;
}

async function fail(c: Ctx, f: FailRequest): Promise<Step> {
  const now = c.s.now();
  const attempts = (c.r.retries ?? 0) + 1;
  const retryAfter =
    f.retry === 'automatic' ? now + Math.min(5 * 60_000 * 2 ** (attempts - 1), 6 * 3_600_000) : undefined;
  c.failed = true;
  await c.s.save({
    event: `failed at ${f.step}: ${f.message}`,
    mutate: (rec) => {
      f.mutate?.(rec);
      rec.state = 'failed';
      rec.failure = {
        at: c.s.iso(now),
        step: f.step,
        kind: f.kind,
        errcode: f.errcode ?? null,
        message: f.message,
        hint: f.hint,
        retry: f.retry,
        retry_after: retryAfter === undefined ? null : c.s.iso(retryAfter),
        attempts,
        resume_from: f.resume,
        method: c.account.publishMethod,
      };
      rec.times.failed_at = c.s.iso(now);
    },
    ...(f.account ? { account: f.account } : {}),
    keepInFlight: f.keepInFlight ?? false,
    release: true,
  });
  return 'stop';
}

function failContent(c: Ctx, error: unknown, prefix?: string): Promise<Step> {
  const info =
    error instanceof RenderError
      ? classify(error, c.s.now())
      : {
          message: (error as Error).message,
          hint: '检查文章目录中的文件 / check the files in the article folder',
        };
  return fail(c, {
    step: 'render',
    kind: 'content',
    message: prefix ? `${prefix}: ${info.message}` : info.message,
    hint: info.hint,
    retry: 'on-change',
    resume: 'claimed',
  });
}

async function handleError(
  c: Ctx,
  error: unknown,
  step: string,
  resume: PublishState,
  options: {
    keepInFlight?: boolean;
    retry?: FailureInfo['retry'];
    account?: FailRequest['account'];
    polls?: number;
  } = {},
): Promise<Step> {
  const info = classify(error, c.s.now());
  c.deps.log.warn(`${c.source.key}: ${step}: ${info.message}`);
  const setPolls = (rec: PublishRecord) => {
    if (options.polls !== undefined) rec.polls = { count: options.polls, last_at: c.s.iso(), next_at: null };
  };
  if (info.defer !== undefined) {
    const until = info.defer;
    await c.s.save({
      event: `${step}: ${info.message}; state kept, resumed after ${c.s.iso(until)}`,
      mutate: (rec) => {
        setPolls(rec);
        rec.deferred = { until: c.s.iso(until), reason: `${info.message} — ${info.hint}` };
      },
      ...(options.account ? { account: options.account } : {}),
      keepInFlight: options.keepInFlight ?? false,
      release: true,
    });
    return 'stop';
  }
  return fail(c, {
    step,
    kind: info.kind,
    errcode: info.errcode,
    message: info.message,
    hint: info.hint,
    retry: options.retry ?? info.retry,
    resume,
    mutate: setPolls,
    ...(options.account ? { account: options.account } : {}),
    keepInFlight: options.keepInFlight ?? false,
  });
}

function describe(r: PublishRecord): string {
  const w = r.wechat;
  if (r.withdrawal && !r.withdrawal.done_at) {
    return `withdrawal recorded, not done yet (state ${r.state}${r.withdrawal.note ? `: ${r.withdrawal.note}` : ''}); the next run finishes it`;
  }
  switch (r.state) {
    case 'published':
      return r.method === 'mass-send'
        ? `published by mass send, msg_id ${w.msg_id}`
        : `published, article_id ${w.article_id ?? '?'}${w.url ? ` ${w.url}` : ''}`;
    case 'drafted':
      if (r.method === 'draft-only')
        return `draft ${w.draft_media_id} created: a person must press 发表 (draft-only)`;
      return r.in_flight?.step === 'submit'
        ? 'submitted, answer lost: reconciling on the next run'
        : 'drafted';
    case 'submitted':
      return `submitted (publish_id ${w.publish_id}); still publishing — the next run polls again`;
    case 'failed':
      return `failed at ${r.failure?.step}: ${r.failure?.message} — ${r.failure?.hint} (retry: ${r.failure?.retry})`;
    case 'withdrawn':
      return `withdrawn (${r.withdrawal?.note ?? 'done'})`;
    default:
      return r.deferred ? `${r.state}; deferred until ${r.deferred.until}: ${r.deferred.reason}` : r.state;
  }
}

function basename(path: string): string {
  return path.split('/').pop() ?? path;
}
