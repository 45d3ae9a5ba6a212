import { parseIso } from '../../platform/time.js';
import { PUBLISH_STATUS, PUBLISH_STATUS_CODE } from '../../wechat/port.js';
import type { ArticleRun, Next } from '../context.js';
import { fail, failOrDefer } from '../failures.js';
import { readRecord } from '../session.js';
import {
  RECONCILE_LOOKBACK_MS,
  RECONCILE_RECHECK_BASE_MS,
  RECONCILE_RECHECK_MAX_DOUBLINGS,
} from '../timing.js';
import { sendSubmit } from './submit.js';
import { recordWithdrawn } from './withdrawn.js';

/** freepublish/batchget returns at most 20 items a page; five pages reach far enough back for a lost submit. */
const BATCHGET_PAGE_SIZE = 20;
const BATCHGET_MAX_PAGES = 5;

const MINUTE = 60_000;

/**
 * freepublish/submit was sent by a run that never recorded the answer. Find out whether it published, without
 * ever publishing twice (see machine.ts for the WeChat facts this relies on): found in batchget → published;
 * not found within the grace period → look again later; past it → submit the SAME draft again.
 */
export async function reconcileLostSubmit(run: ArticleRun): Promise<Next> {
  const lost = run.record.in_flight!;
  const since = parseIso(lost.at) ?? 0;
  let found: { articleId: string; url: string | undefined } | undefined;
  try {
    found = await findPublication(run, since);
  } catch (error) {
    return failOrDefer(run, error, 'reconcile', 'drafted', { keepInFlight: true });
  }
  if (found) {
    const hit = found;
    await run.save({
      event:
        `reconciled: the submit of run ${lost.run} did publish — freepublish/batchget lists it as article_id ` +
        `${hit.articleId} (its publish_id was never recorded)`,
      mutate: (rec) => {
        rec.state = 'published';
        rec.method = 'freepublish';
        rec.wechat.publish_id = rec.wechat.publish_id ?? null;
        rec.wechat.article_id = hit.articleId;
        if (hit.url) rec.wechat.url = hit.url;
        rec.wechat.publish_status = PUBLISH_STATUS_CODE.success;
        rec.wechat.publish_status_name = PUBLISH_STATUS[PUBLISH_STATUS_CODE.success];
        rec.times.published_at = run.iso();
        rec.times.submitted_at ??= lost.at;
        rec.polls = undefined;
      },
      release: !run.record.withdrawal,
    });
    return 'continue';
  }
  const age = run.now() - since;
  const grace = run.options.submitGraceMs;
  if (age < grace) {
    const looks = (run.record.polls?.count ?? 0) + 1;
    const doublings = Math.min(looks - 1, RECONCILE_RECHECK_MAX_DOUBLINGS);
    const wait = Math.min(grace - age, RECONCILE_RECHECK_BASE_MS * 2 ** doublings);
    await run.save({
      event:
        `reconciling the submit of run ${lost.run}: not listed by freepublish/batchget ${Math.round(age / 1000)} s after ` +
        'it was sent (a job still publishing is not listed); looking again later',
      keepInFlight: true,
      release: true,
      mutate: (rec) => {
        rec.polls = { count: looks, last_at: run.iso(), next_at: run.iso(run.now() + wait) };
      },
    });
    return 'stop';
  }
  if (run.record.withdrawal) {
    await run.save({
      event: `withdrawn: the submit of run ${lost.run} never produced a publication within ${grace / MINUTE} min`,
      mutate: (rec) =>
        recordWithdrawn(run, rec, false, 'nothing was published; the draft was not submitted again'),
      release: true,
    });
    return 'stop';
  }
  if (run.record.content_hash !== run.source.contentHash) {
    return fail(run, {
      step: 'reconcile',
      kind: 'reconcile',
      message:
        `the answer to run ${lost.run}'s freepublish/submit was lost, nothing is listed as published, and the article ` +
        'has changed since; wxgate will not submit the old draft',
      hint:
        '请在公众平台「发表记录」确认该文未发表，然后运行 wxgate publish --retry <文章> / check 发表记录 in the MP backend; ' +
        'if nothing was published run wxgate publish --retry <article>',
      retry: 'manual',
      resume: 'images-uploaded',
    });
  }
  return submitSameDraftAgain(run, lost.run, grace);
}

async function submitSameDraftAgain(run: ArticleRun, lostRun: string, grace: number): Promise<Next> {
  const mediaId = run.record.wechat.draft_media_id!;
  await run.save({
    event:
      `no publication appeared within ${grace / MINUTE} min of run ${lostRun}'s submit: submitting the same draft again ` +
      '(a published draft leaves the draft box, so WeChat refuses it with 40007 if the first submit went through)',
    next: { step: 'submit', detail: mediaId },
  });
  return sendSubmit(run, mediaId, 'freepublish/submit (again, after reconciling) accepted', (error) =>
    fail(run, {
      step: 'submit',
      kind: 'reconcile',
      errcode: error.errcode ?? null,
      message:
        `the draft ${mediaId} is gone (${error.errcode}): run ${lostRun}'s lost submit probably used it, yet ` +
        'freepublish/batchget lists no publication of it',
      hint:
        '请在公众平台「发表记录」核对：若已发表，无需操作；若未发表，运行 wxgate publish --retry <文章> 重新建草稿 / check ' +
        '发表记录 in the MP backend; if it is not there, run wxgate publish --retry <article>',
      retry: 'manual',
      resume: 'images-uploaded',
    }),
  );
}

/**
 * The publication of this article in freepublish/batchget, if WeChat lists one made after `since`: same title,
 * listed no earlier than RECONCILE_LOOKBACK_MS before, and not claimed by another record of the account.
 */
async function findPublication(
  run: ArticleRun,
  since: number,
): Promise<{ articleId: string; url: string | undefined } | undefined> {
  const taken = new Set<string>();
  const snapshot = run.deps.ledger.snapshot;
  for (const path of snapshot.paths(`records/${run.record.account}/`)) {
    if (path === run.session.path) continue;
    const id = readRecord(snapshot, path)?.wechat.article_id;
    if (id) taken.add(id);
  }
  const earliest = Math.floor((since - RECONCILE_LOOKBACK_MS) / 1000);
  for (let offset = 0, page = 0; page < BATCHGET_MAX_PAGES; page++, offset += BATCHGET_PAGE_SIZE) {
    const { totalCount, items } = await run.wechat.listPublished(offset, BATCHGET_PAGE_SIZE);
    for (const item of items) {
      const i = item.titles.indexOf(run.record.title);
      if (i !== -1 && item.updateTime >= earliest && !taken.has(item.articleId)) {
        return { articleId: item.articleId, url: item.urls[i] || undefined };
      }
    }
    const oldest = Math.min(...items.map((item) => item.updateTime));
    const lastPage = items.length < BATCHGET_PAGE_SIZE || offset + items.length >= totalCount;
    if (lastPage || oldest < earliest) break;
  }
  return undefined;
}
