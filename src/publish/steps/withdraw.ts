import { WeChatError } from '../../wechat/port.js';
import { type ArticleRun, announce, type Next } from '../context.js';
import { classify } from '../failures.js';
import { massSendDraft } from './mass-send.js';
import { pollPublishJob } from './poll.js';
import { reconcileLostSubmit } from './reconcile.js';
import { recordWithdrawn } from './withdrawn.js';

/**
 * A withdrawal not done yet (001 第五章第2条 应急处理). Published: delete it at WeChat (freepublish/delete, or
 * message/mass/delete for a mass send). Still publishing: ask once where the job stands. A lost submit or send:
 * resolve it first. Never published: record it as withdrawn, so no later run publishes it.
 */
export async function withdrawArticle(run: ArticleRun): Promise<Next> {
  const r = run.record;
  if (r.state === 'published') return deletePublication(run);
  if (r.state === 'submitted') return pollPublishJob(run, { once: true });
  const interrupted = run.interruptedStep?.step;
  if (interrupted === 'submit') return reconcileLostSubmit(run);
  if (interrupted === 'mass-send') return massSendDraft(run);
  const note =
    r.state === 'drafted' && r.method === 'draft-only'
      ? 'the draft was handed to a person: if it was published by hand, delete it in the MP backend (wxgate cannot see manual publications)'
      : r.wechat.draft_media_id
        ? `never published; draft ${r.wechat.draft_media_id} stays in 草稿箱 unused`
        : 'never published';
  const w = r.withdrawal!;
  await run.save({
    event: `withdrawn by ${w.by} before publication: ${note}. Reason: ${w.reason}`,
    mutate: (rec) => recordWithdrawn(run, rec, false, note),
    release: true,
  });
  return 'stop';
}

async function deletePublication(run: ArticleRun): Promise<Next> {
  const r = run.record;
  const w = r.withdrawal!;
  const massSent = r.method === 'mass-send' && r.wechat.msg_id;
  const id = massSent ? r.wechat.msg_id! : r.wechat.article_id;
  if (!id) {
    await run.save({
      event: `withdrawn by ${w.by}: no WeChat id is known — delete it in the MP backend`,
      mutate: (rec) =>
        recordWithdrawn(run, rec, false, 'no article_id/msg_id known: delete it by hand in the MP backend'),
      release: true,
    });
    run.failed = true;
    return 'stop';
  }
  await announce(run, 'delete', id);
  let note = massSent
    ? `mass send ${id} deleted (message/mass/delete)`
    : `publication ${id} deleted (freepublish/delete)`;
  try {
    if (massSent) await run.wechat.deleteMassSend(id);
    else await run.wechat.deletePublication(id);
  } catch (error) {
    if (!(error instanceof WeChatError && error.kind === 'not-found'))
      return recordDeleteFailed(run, id, error);
    note = `WeChat no longer knows ${id} (${error.errcode}): already deleted`;
  }
  await run.save({
    event: `withdrawn by ${w.by}: ${note}. Reason: ${w.reason}`,
    mutate: (rec) => recordWithdrawn(run, rec, true, note),
    release: true,
  });
  return 'stop';
}

/** The delete failed: the withdrawal stays pending (the next run tries again), with what went wrong. */
async function recordDeleteFailed(run: ArticleRun, id: string, error: unknown): Promise<Next> {
  const info = classify(error, run.now());
  await run.save({
    event: `withdrawal of ${id} failed: ${info.message}`,
    mutate: (rec) => {
      if (rec.withdrawal) rec.withdrawal.note = `${run.iso()} delete failed: ${info.message} — ${info.hint}`;
      if (info.defer) rec.deferred = { until: run.iso(info.defer), reason: info.message };
    },
    release: true,
  });
  run.failed = true;
  return 'stop';
}
