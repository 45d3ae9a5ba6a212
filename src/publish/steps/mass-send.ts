import { createHash } from 'node:crypto';
import { parseIso } from '../../platform/time.js';
import { WeChatError } from '../../wechat/port.js';
import { type ArticleRun, announce, type Next } from '../context.js';
import { fail, failOrDefer } from '../failures.js';
import type { PublishRecord } from '../record.js';
import { MASS_SEND_RESEND_WINDOW_MS } from '../timing.js';
import { recordLostAnswer } from './submit.js';

/** sendall's `clientmsgid` (≤ 64 characters): the same for every attempt at the same draft of the same article. */
export function clientMsgIdFor(
  article: string,
  contentHash: string,
  draftMediaId: string | undefined,
): string {
  const digest = createHash('sha256')
    .update(`${article}\n${contentHash}\n${draftMediaId ?? ''}`)
    .digest('hex');
  return `wxgate-${digest.slice(0, 40)}`;
}

function clientMsgId(r: PublishRecord): string {
  return r.wechat.client_msg_id ?? clientMsgIdFor(r.article, r.content_hash, r.wechat.draft_media_id);
}

/**
 * drafted → published (mass-send): message/mass/sendall with a stable clientmsgid. Sending again after a lost
 * answer is safe within WeChat's 24 h dedup window — WeChat answers 45065 with the first send's msg_id — and
 * refused after it: a person checks 群发记录.
 */
export async function massSendDraft(run: ArticleRun): Promise<Next> {
  /** The intent as this step found it: written by the draft step of this run, or by a run that stopped. */
  const intent = run.record.in_flight;
  const lost = run.interruptedStep?.step === 'mass-send' ? run.interruptedStep : undefined;
  if (lost && run.now() - (parseIso(lost.at) ?? 0) > MASS_SEND_RESEND_WINDOW_MS) {
    return fail(run, {
      step: 'mass-send',
      kind: 'reconcile',
      message:
        `the answer to run ${lost.run}'s sendall was lost over a day ago; WeChat dedupes a clientmsgid for 24 h only, ` +
        'so wxgate will not send again',
      hint: '请在公众平台「群发记录」核对是否已发送 / check 群发记录 in the MP backend',
      retry: 'manual',
      resume: 'images-uploaded',
    });
  }
  const mediaId = run.record.wechat.draft_media_id!;
  const id = clientMsgId(run.record);
  await announce(
    run,
    'mass-send',
    id,
    run.record.wechat.client_msg_id
      ? undefined
      : (rec) => {
          rec.wechat.client_msg_id = id;
        },
  );
  let result: { msgId: string; msgDataId?: string; duplicate: boolean };
  try {
    result = await run.wechat.massSend(mediaId, { clientMsgId: id });
  } catch (error) {
    if (error instanceof WeChatError && error.ambiguous) return recordLostAnswer(run, error);
    return failOrDefer(run, error, 'mass-send', 'drafted');
  }
  await run.save({
    event: result.duplicate
      ? `mass send already accepted earlier (45065 for clientmsgid ${id}): msg_id ${result.msgId}`
      : `mass send accepted (sendall): msg_id ${result.msgId}`,
    mutate: (rec) => {
      rec.state = 'published';
      rec.method = 'mass-send';
      rec.wechat.msg_id = result.msgId;
      rec.wechat.client_msg_id = id;
      if (result.msgDataId !== undefined) rec.wechat.msg_data_id = result.msgDataId;
      rec.times.submitted_at ??= intent?.at ?? run.iso();
      rec.times.published_at = run.iso();
    },
    release: !run.record.withdrawal,
  });
  return 'continue';
}
