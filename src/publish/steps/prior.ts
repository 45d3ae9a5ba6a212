import { PUBLISH_STATUS, PUBLISH_STATUS_CODE, WeChatError } from '../../wechat/port.js';
import type { ArticleRun, Next } from '../context.js';
import { fail, failOrDefer } from '../failures.js';
import { type DraftMark, markOf, readMark } from '../mark.js';
import { parseIso } from '../record.js';
import { RECONCILE_LOOKBACK_MS } from '../timing.js';

/**
 * Before an article's first draft and first submit: does WeChat already list it? The record says it was never
 * published — but a record can be lost or rewound (a ledger forced back, deleted, rebuilt), and that must never
 * become a second publication. So the run asks WeChat itself: freepublish/batchget, newest first, back to the
 * article's publish_at (wxgate publishes nothing before it; minus the clock skew RECONCILE_LOOKBACK_MS), for a
 * publication carrying this article's mark (mark.ts).
 *
 * - Marked with this article and this content: it is out. Recorded as published, nothing sent.
 * - Marked with this article and other content: it went out before the article changed. Not published again
 *   (as for a record that says so, plan.ts): a failure for a person.
 * - Not marked, but with the same title, listed after publish_at: published by hand, or by a wxgate from before
 *   the mark — wxgate cannot tell. A failure for a person; `--retry` for this article skips this one test (never
 *   the mark's).
 *
 * Limits: batchget lists only freepublish publications that succeeded and were not deleted, and an account that
 * may not publish through the API (48001) may not read it either — it is skipped there, as for draft-only
 * accounts (a person publishes their drafts and sees 发表记录; the draft box still holds no second draft); a job still running
 * is listed nowhere (minutes); mass sends are not listed at all (for mass-send accounts the ledger's seen tip and
 * the branch protection are what hold); a publication older than the article's publish_at (publish_at moved later
 * after it went out) is not looked for.
 */
export async function stopIfPublished(run: ArticleRun): Promise<Next | undefined> {
  // A draft-only account never publishes through the API; its drafts go to a person, who sees 发表记录.
  if (run.account.publishMethod === 'draft-only') return undefined;
  const mark = markOf(run.source.key, run.record.content_hash);
  const since = publishAtOf(run) - RECONCILE_LOOKBACK_MS;
  let listed: Awaited<ReturnType<ArticleRun['lists']['publishedSince']>>;
  try {
    listed = await run.lists.publishedSince(Math.floor(since / 1000));
  } catch (error) {
    // An account that may not call freepublish/* (48001: unverified, draft-only) cannot have published through
    // the API either; what a person published by hand from its drafts is theirs to see in the MP backend.
    if (error instanceof WeChatError && error.kind === 'unauthorized-api') return undefined;
    return failOrDefer(run, error, 'check-wechat', run.record.state);
  }
  for (const item of listed.items) {
    for (const [i, html] of item.contents.entries()) {
      const found = readMark(html);
      if (found?.article !== mark.article) continue;
      const hit = { articleId: item.articleId, url: item.urls[i] || undefined, updateTime: item.updateTime };
      return found.content === mark.content ? recordFound(run, hit) : failOtherContent(run, hit, found);
    }
  }
  const title = run.record.title.trim();
  const retried = run.options.retry?.has(run.source.key) ?? false;
  const unmarked = listed.items.find(
    (item) => item.titles.some((t) => t.trim() === title) && item.contents.every((c) => !readMark(c)),
  );
  if (unmarked && !retried) return failSameTitle(run, unmarked.articleId, unmarked.updateTime);
  if (!listed.complete) {
    return fail(run, {
      step: 'check-wechat',
      kind: 'reconcile',
      message: `WeChat lists more publications since ${run.iso(since)} than wxgate reads in one run; it cannot tell whether this article is among them`,
      hint: '请在公众平台「发表记录」核对本文是否已发表；未发表则运行 wxgate publish --retry <文章> / check 发表记录 in the MP backend; if it is not there, run wxgate publish --retry <article>',
      retry: 'manual',
      resume: run.record.state,
    });
  }
  return undefined;
}

/** A draft of this article with this content in the draft box (the newest), if WeChat lists one. */
export async function ownDraft(
  run: ArticleRun,
): Promise<{ mediaId: string; others: string[] } | { error: unknown } | undefined> {
  const mark = markOf(run.source.key, run.record.content_hash);
  let box: Awaited<ReturnType<ArticleRun['lists']['draftBox']>>;
  try {
    box = await run.lists.draftBox();
  } catch (error) {
    return { error };
  }
  const ours = box.filter((d) => d.contents.some((c) => readMark(c)?.article === mark.article));
  const same = ours.find((d) => d.contents.some((c) => readMark(c)?.content === mark.content));
  if (!same) return undefined;
  return { mediaId: same.mediaId, others: ours.filter((d) => d !== same).map((d) => d.mediaId) };
}

function publishAtOf(run: ArticleRun): number {
  return parseIso(run.record.publish_at) ?? run.source.fields.publishAt ?? run.now();
}

async function recordFound(
  run: ArticleRun,
  hit: { articleId: string; url: string | undefined; updateTime: number },
): Promise<Next> {
  const when = hit.updateTime > 0 ? run.iso(hit.updateTime * 1000) : 'a time WeChat does not give';
  const note = `WeChat already lists this article as published (article_id ${hit.articleId}, ${when}): its record had been lost or rewound; recorded as published, not published again`;
  run.deps.log.warn(`${run.source.key}: ${note}`);
  await run.save({
    event: note,
    mutate: (rec) => {
      rec.state = 'published';
      rec.method = 'freepublish';
      rec.wechat.article_id = hit.articleId;
      if (hit.url) rec.wechat.url = hit.url;
      rec.wechat.publish_status = PUBLISH_STATUS_CODE.success;
      rec.wechat.publish_status_name = PUBLISH_STATUS[PUBLISH_STATUS_CODE.success];
      rec.times.published_at = hit.updateTime > 0 ? run.iso(hit.updateTime * 1000) : run.iso();
      rec.notes = [...(rec.notes ?? []), `${run.iso()} ${note}`];
    },
    release: !run.record.withdrawal,
  });
  return 'continue';
}

function failOtherContent(
  run: ArticleRun,
  hit: { articleId: string; updateTime: number },
  found: DraftMark,
): Promise<Next> {
  return fail(run, {
    step: 'check-wechat',
    kind: 'reconcile',
    message: `WeChat already lists a publication of this article (article_id ${hit.articleId}) made from other content (${found.content}…, now ${markOf(run.source.key, run.record.content_hash).content}…); its record had been lost or rewound, and wxgate does not publish an article twice`,
    hint: '请在公众平台「发表记录」核对；如确需以新内容再次发表，先删除旧的发表，再运行 wxgate publish --retry <文章> / check 发表记录 in the MP backend; to publish the new content, delete the old publication first, then run wxgate publish --retry <article>',
    retry: 'manual',
    resume: run.record.state,
  });
}

function failSameTitle(run: ArticleRun, articleId: string, updateTime: number): Promise<Next> {
  return fail(run, {
    step: 'check-wechat',
    kind: 'reconcile',
    message: `WeChat lists a publication titled like this article (article_id ${articleId}, ${updateTime > 0 ? run.iso(updateTime * 1000) : 'time unknown'}) without wxgate's mark (published by hand, or by an older wxgate); wxgate does not submit until a person has checked`,
    hint: '请在公众平台「发表记录」核对：若就是本文，无需操作；若不是，运行 wxgate publish --retry <文章> / check 发表记录 in the MP backend: if it is this article, nothing to do; if not, run wxgate publish --retry <article>',
    retry: 'manual',
    resume: run.record.state,
  });
}
