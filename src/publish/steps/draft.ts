import { renderArticle } from '../../render/render.js';
import { type DraftArticle, WeChatError } from '../../wechat/port.js';
import { type ArticleRun, announce, type Next } from '../context.js';
import { failContent, failOrDefer } from '../failures.js';
import { markOf, withMark } from '../mark.js';
import { clientMsgIdFor } from './mass-send.js';
import { ownDraft, stopIfPublished } from './prior.js';
import { recordLostAnswer } from './submit.js';

/**
 * images-uploaded → drafted: the article rendered with the uploaded image URLs, with its mark (mark.ts), and added
 * to the draft box (draft/add) — unless WeChat already lists it as published (prior.ts), or a draft of this very
 * content is already in the box: a run that stopped after draft/add, or whose answer was lost, left it there, and
 * it is used instead of adding another (no orphan drafts). A lost draft/add answer is resolved by the next run,
 * from the draft box. What comes next is announced in the same write as the draft: the submit (freepublish), the
 * send (mass-send), or nothing — a draft-only account's draft waits for a person.
 */
export async function addDraft(run: ArticleRun): Promise<Next> {
  const { front, article } = run.source;
  const cover = run.record.wechat.cover;
  if (!front || !article || !cover) return 'stop';
  const urls = new Map(run.record.wechat.images.map((i) => [i.file, i.url]));
  let html: string;
  try {
    html = renderArticle(article, { theme: run.deps.theme, imageUrl: (p) => urls.get(p) }).html;
  } catch (error) {
    return failContent(run, error);
  }
  const published = await stopIfPublished(run);
  if (published) return published;
  const existing = await ownDraft(run);
  if (existing && 'error' in existing)
    return failOrDefer(run, existing.error, 'add-draft', 'images-uploaded');
  if (existing) {
    const older = existing.others.length
      ? `; older drafts of this article stay in 草稿箱 unused (${existing.others.join(', ')})`
      : '';
    return recordDraft(
      run,
      existing.mediaId,
      `draft ${existing.mediaId} of this content found in 草稿箱: used, not added again${older}`,
    );
  }
  const draft: DraftArticle = {
    title: front.title,
    author: front.author,
    content: withMark(html, markOf(run.source.key, run.record.content_hash)),
    thumbMediaId: cover.media_id,
  };
  if (front.digest !== undefined) draft.digest = front.digest;
  if (front.type === 'reprint' && front.source?.url) draft.contentSourceUrl = front.source.url;
  if (front.comments?.open !== undefined) draft.needOpenComment = front.comments.open;
  if (front.comments?.fansOnly !== undefined) draft.onlyFansCanComment = front.comments.fansOnly;
  await announce(run, 'add-draft', '');
  let mediaId: string;
  try {
    mediaId = (await run.wechat.addDraft(draft)).mediaId;
  } catch (error) {
    // The draft may have been made: the next run looks in the draft box before adding another.
    if (error instanceof WeChatError && error.ambiguous) return recordLostAnswer(run, error);
    return failOrDefer(run, error, 'add-draft', 'images-uploaded');
  }
  return recordDraft(run, mediaId, `draft created (draft/add media_id ${mediaId})`);
}

/** The draft is known: record it, and announce what comes next. */
async function recordDraft(run: ArticleRun, mediaId: string, what: string): Promise<Next> {
  const method = run.account.publishMethod;
  const handoff = method === 'draft-only' ? handoffText(run, mediaId) : undefined;
  const msgId =
    method === 'mass-send' ? clientMsgIdFor(run.record.article, run.record.content_hash, mediaId) : undefined;
  await run.save({
    event: `${what}${handoff ? '; waiting for a person to press 发表' : ''}`,
    mutate: (rec) => {
      rec.state = 'drafted';
      rec.method = method;
      rec.wechat.draft_media_id = mediaId;
      rec.times.drafted_at = run.iso();
      if (handoff) rec.handoff = handoff;
      if (msgId) rec.wechat.client_msg_id = msgId;
    },
    ...(method === 'freepublish'
      ? { next: { step: 'submit' as const, detail: mediaId } }
      : msgId
        ? { next: { step: 'mass-send' as const, detail: msgId } }
        : { release: !run.record.withdrawal }),
  });
  return method === 'draft-only' && !run.record.withdrawal ? 'stop' : 'continue';
}

/** drafted, and the account is (now) draft-only: the draft waits for a person. */
export async function handOffDraft(run: ArticleRun): Promise<Next> {
  const mediaId = run.record.wechat.draft_media_id ?? '';
  await run.save({
    event: 'publish method is draft-only: the draft waits for a person to press 发表',
    mutate: (rec) => {
      rec.method = 'draft-only';
      rec.handoff = handoffText(run, mediaId);
    },
    release: true,
  });
  return 'stop';
}

function handoffText(run: ArticleRun, mediaId: string): string {
  const team = run.account.ownerTeam;
  return (
    `draft-only：草稿已创建（media_id ${mediaId}）。请 ${team} 登录微信公众平台 → 草稿箱，核对后手动点击「发表」。` +
    `未认证账号自 2025-07 起不能通过接口发表，wxgate 不会代为发表。 / The draft is ready; a person of ` +
    `${team} presses 发表 in the MP backend (草稿箱). wxgate does not publish draft-only accounts.`
  );
}
