import { WeChatError } from '../../wechat/port.js';
import { type ArticleRun, announce, type Next } from '../context.js';
import { failOrDefer } from '../failures.js';
import { LOST_ANSWER_RECHECK_MS } from '../timing.js';
import { stopIfPublished } from './prior.js';

/**
 * drafted → submitted (freepublish): freepublish/submit starts WeChat's publish job — unless WeChat already lists
 * the article as published (prior.ts: a lost or rewound record). The intent is durable before the call; a lost
 * answer leaves it in place for the next run to reconcile (reconcile.ts).
 */
export async function submitDraft(run: ArticleRun): Promise<Next> {
  const mediaId = run.record.wechat.draft_media_id!;
  const published = await stopIfPublished(run);
  if (published) return published;
  await announce(run, 'submit', mediaId);
  return sendSubmit(run, mediaId, 'freepublish/submit accepted', (error) =>
    // The draft is gone from the draft box: a new one is made from the uploaded images.
    failOrDefer(run, error, 'submit', 'images-uploaded', { retry: 'automatic' }),
  );
}

/**
 * freepublish/submit of a draft whose intent is already durable; records the answer. A lost answer is left for
 * reconciliation; a draft WeChat no longer knows (40007) is the caller's to judge.
 */
export async function sendSubmit(
  run: ArticleRun,
  mediaId: string,
  what: string,
  draftGone: (error: WeChatError) => Promise<Next>,
): Promise<Next> {
  let result: { publishId: string; msgDataId?: string };
  try {
    result = await run.wechat.submitPublish(mediaId);
  } catch (error) {
    if (error instanceof WeChatError && error.ambiguous) return recordLostAnswer(run, error);
    if (error instanceof WeChatError && error.kind === 'not-found') return draftGone(error);
    return failOrDefer(run, error, 'submit', 'drafted');
  }
  await recordSubmitted(run, result, what);
  return 'continue';
}

async function recordSubmitted(
  run: ArticleRun,
  result: { publishId: string; msgDataId?: string },
  what: string,
): Promise<void> {
  await run.save({
    event: `${what}: publish_id ${result.publishId}`,
    mutate: (rec) => {
      rec.state = 'submitted';
      rec.method = 'freepublish';
      rec.wechat.publish_id = result.publishId;
      if (result.msgDataId !== undefined) rec.wechat.msg_data_id = result.msgDataId;
      rec.times.submitted_at = run.iso();
      rec.polls = { count: 0, last_at: null, next_at: null };
    },
  });
}

/** The request went out and no answer came back: whether WeChat acted is unknown until reconciled. */
export async function recordLostAnswer(run: ArticleRun, error: WeChatError): Promise<Next> {
  const next = run.now() + LOST_ANSWER_RECHECK_MS;
  await run.save({
    event:
      `${error.endpoint}: no answer (${error.message.split(' — ')[0]}); whether WeChat acted is unknown — ` +
      'the next run resolves it before doing anything else',
    keepInFlight: true,
    release: true,
    mutate: (rec) => {
      rec.polls = { count: rec.polls?.count ?? 0, last_at: null, next_at: run.iso(next) };
    },
  });
  return 'stop';
}
