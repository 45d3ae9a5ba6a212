import { localDate } from '../../platform/time.js';
import { PUBLISH_STATUS_CODE, type PublishStatus } from '../../wechat/port.js';
import type { AccountChange, ArticleRun, Next } from '../context.js';
import { fail, failOrDefer } from '../failures.js';
import type { PublishRecord } from '../record.js';
import { NEXT_POLL_BASE_MS, NEXT_POLL_MAX_MS } from '../timing.js';
import { recordWithdrawn } from './withdrawn.js';

/** What a failed publish job means, for the record's hint (Chinese, English). */
const FAILED_JOB_WORDS: Partial<Record<number, [string, string]>> = {
  [PUBLISH_STATUS_CODE.originalCheckFailed]: [
    '原创声明校验未通过',
    'the original-content (原创) check failed',
  ],
  [PUBLISH_STATUS_CODE.failed]: ['常规失败，微信未给出原因', 'publishing failed; WeChat gives no reason'],
  [PUBLISH_STATUS_CODE.reviewRejected]: ['平台审核未通过', 'the platform review rejected it'],
  [PUBLISH_STATUS_CODE.banned]: ['发表后被平台封禁', 'it was published, then banned by the platform'],
};

/**
 * submitted → published | withdrawn | failed: polls freepublish/get with doubling waits on the run's clock, at
 * most `maxPollsPerRun` times (once when a withdrawal only needs to know where the job stands), counting every
 * call against the account's daily budget in the ledger. A job still publishing is left for the next run.
 */
export async function pollPublishJob(run: ArticleRun, mode: { once: boolean }): Promise<Next> {
  const publishId = run.record.wechat.publish_id;
  if (!publishId) return 'stop';
  const today = localDate(run.now(), run.deps.timeZone);
  const calls = run.session.accountLedger().api_calls;
  const used = calls.date === today ? calls['freepublish/get'] : 0;
  const budget = run.options.dailyPollBudget - used;
  const max = mode.once ? 1 : run.options.maxPollsPerRun;
  let made = 0;
  let status: PublishStatus | undefined;
  let error: unknown;
  for (let i = 0; i < max && made < budget; i++) {
    if (!mode.once || i > 0) await run.deps.clock.sleep(run.options.pollIntervalMs * 2 ** i);
    try {
      status = await run.wechat.getPublishStatus(publishId);
      made++;
    } catch (e) {
      made++;
      error = e;
      break;
    }
    if (!status.pending) break;
  }
  const count = (run.record.polls?.count ?? 0) + made;
  const countCalls: AccountChange = (a) => {
    if (a.api_calls.date !== today) a.api_calls = { date: today, 'freepublish/get': 0 };
    a.api_calls['freepublish/get'] += made;
  };
  if (error !== undefined)
    return failOrDefer(run, error, 'poll', 'submitted', { account: countCalls, polls: count });
  if (!status || status.pending) return waitForNextRun(run, { made, count, countCalls });

  const s = status;
  const setStatus = (rec: PublishRecord) => {
    rec.wechat.publish_status = s.status;
    rec.wechat.publish_status_name = s.name;
    if (s.failIdx?.length) rec.wechat.fail_idx = s.failIdx;
    rec.polls = { count, last_at: run.iso(), next_at: null };
  };
  if (s.status === PUBLISH_STATUS_CODE.success) {
    await run.save({
      event: `published: article_id ${s.articleId ?? '?'} ${s.articleUrls?.[0] ?? ''}`.trim(),
      mutate: (rec) => {
        setStatus(rec);
        rec.state = 'published';
        if (s.articleId) rec.wechat.article_id = s.articleId;
        if (s.articleUrls?.[0]) rec.wechat.url = s.articleUrls[0];
        rec.times.published_at = run.iso();
      },
      account: countCalls,
      release: !run.record.withdrawal,
    });
    return 'continue';
  }
  if (s.status === PUBLISH_STATUS_CODE.deletedByUser) {
    await run.save({
      event: 'WeChat reports publish_status 5: published, then deleted by a person in the MP backend',
      mutate: (rec) => {
        setStatus(rec);
        rec.state = 'withdrawn';
        if (s.articleId) rec.wechat.article_id = s.articleId;
        rec.times.withdrawn_at = run.iso();
        rec.withdrawal ??= {
          requested_at: run.iso(),
          by: 'a person in the MP backend (publish_status 5)',
          reason: 'deleted outside wxgate',
          source: 'workflow',
          commit: null,
          done_at: run.iso(),
          deleted: true,
          note: null,
        };
        if (rec.withdrawal) {
          rec.withdrawal.done_at ??= run.iso();
          rec.withdrawal.deleted = true;
        }
      },
      account: countCalls,
      release: true,
    });
    return 'stop';
  }
  const [zh, en] = FAILED_JOB_WORDS[s.status] ?? ['未知状态', 'unknown status'];
  if (run.record.withdrawal) {
    await run.save({
      event: `withdrawn: WeChat reports publish_status ${s.status} (${s.name}); nothing is online`,
      mutate: (rec) => {
        setStatus(rec);
        recordWithdrawn(run, rec, false, `publish_status ${s.status}: ${en}`);
      },
      account: countCalls,
      release: true,
    });
    return 'stop';
  }
  return fail(run, {
    step: 'poll',
    kind: 'publish-status',
    message:
      `WeChat reports publish_status ${s.status} (${s.name}): ${en}` +
      (s.failIdx?.length ? `; failed article(s) ${s.failIdx.join(', ')}` : ''),
    hint:
      `${zh}。修改文章并合并后会自动重新发表（新草稿），或确认后运行 wxgate publish --retry <文章> / ` +
      `${en}. A changed article is published again automatically (a new draft); or run wxgate publish --retry <article>.`,
    retry: s.status === PUBLISH_STATUS_CODE.banned ? 'manual' : 'on-change',
    resume: 'images-uploaded',
    mutate: setStatus,
    account: countCalls,
  });
}

/** Still publishing (or the day's budget is used up): the next run looks again, later each time. */
async function waitForNextRun(
  run: ArticleRun,
  polls: { made: number; count: number; countCalls: AccountChange },
): Promise<Next> {
  const { made, count, countCalls } = polls;
  const runs = Math.ceil(count / Math.max(1, run.options.maxPollsPerRun));
  const wait = Math.min(NEXT_POLL_BASE_MS * 2 ** Math.max(0, runs - 1), NEXT_POLL_MAX_MS);
  const why =
    made === 0
      ? `the day's freepublish/get budget (${run.options.dailyPollBudget}) is used up`
      : `still publishing after ${count} poll(s)`;
  await run.save({
    event: `${why}; next look at ${run.iso(run.now() + wait)}`,
    mutate: (rec) => {
      rec.polls = {
        count,
        last_at: made ? run.iso() : (rec.polls?.last_at ?? null),
        next_at: run.iso(run.now() + wait),
      };
    },
    ...(countCalls ? { account: countCalls } : {}),
    release: true,
  });
  return 'stop';
}
