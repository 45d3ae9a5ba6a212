/** message/mass/sendall (with clientmsgid dedup and the mass-send quotas) and message/mass/delete. */
import { beijingDate } from '../../errcodes.js';
import { ApiError } from '../api-error.js';
import { articleUrls, deleteArticles, publicationOf } from '../jobs.js';
import { ERRMSG } from '../messages.js';
import { type Handler, nextNumber, OK, randomId } from './common.js';
import { draftInBox } from './drafts.js';

export const sendall: Handler = (ctx) => {
  const { body, store, account, now } = ctx;
  if (body.msgtype !== 'mpnews') throw new ApiError(40008, 'invalid message type');
  const filter = body.filter as { is_to_all?: unknown; tag_id?: unknown } | undefined;
  if (!filter || typeof filter !== 'object') throw new ApiError(47001, `${ERRMSG[47001]} hint: [filter]`);
  const toAll = filter.is_to_all === true;
  if (!toAll && typeof filter.tag_id !== 'number')
    throw new ApiError(47001, `${ERRMSG[47001]} hint: [tag_id]`);
  const mpnews = body.mpnews as { media_id?: unknown } | undefined;
  const clientmsgid =
    typeof body.clientmsgid === 'string' && body.clientmsgid !== '' ? body.clientmsgid : undefined;
  const dedupKey = clientmsgid === undefined ? undefined : `${account.appid}\n${clientmsgid}`;
  if (dedupKey !== undefined) {
    const seen = store.data.clientMsgIds[dedupKey];
    if (seen && now - seen.at < 86_400_000) {
      if (now - seen.at < 60_000) {
        throw new ApiError(45066, `${ERRMSG[45066]} hint: [${randomId(9)}]`);
      }
      // WeChat's answer carries no rid here (reference §12.8).
      throw new ApiError(45065, ERRMSG[45065], { msg_id: Number(seen.msgId), noRid: true });
    }
  }
  const draft = draftInBox(ctx, mpnews?.media_id);
  const day = beijingDate(now);
  const month = day.slice(0, 7);
  const q = store.data.massSends[account.appid] ?? { day, month, dayCount: 0, monthCount: 0 };
  if (q.day !== day) Object.assign(q, { day, dayCount: 0 });
  if (q.month !== month) Object.assign(q, { month, monthCount: 0 });
  const exhausted = account.type === 'service' ? toAll && q.monthCount >= 4 : q.dayCount >= 1;
  if (exhausted) throw new ApiError(45028);
  q.dayCount += 1;
  q.monthCount += 1;
  store.data.massSends[account.appid] = q;

  store.data.seq += 1;
  const msgId = 3_147_483_647 + store.data.seq;
  const msgDataId = nextNumber(store);
  const articleId = randomId(32);
  draft.state = 'published';
  store.data.publications.push(
    publicationOf(draft, {
      method: 'sendall',
      publish_id: null,
      msg_id: String(msgId),
      msg_data_id: String(msgDataId),
      article_id: articleId,
      status: 0,
      submittedAt: now,
      readyAt: now,
      finishedAt: now,
      outcome: { status: 0, failIdx: [] },
      urls: articleUrls(ctx.baseUrl, articleId, draft.articles.length),
      ...(clientmsgid === undefined ? {} : { clientmsgid }),
    }),
  );
  if (dedupKey !== undefined) store.data.clientMsgIds[dedupKey] = { msgId: String(msgId), at: now };
  return { errcode: 0, errmsg: 'send job submission success', msg_id: msgId, msg_data_id: msgDataId };
};

export const massDelete: Handler = (ctx) => {
  const key = ctx.body.msg_id;
  const pub = ctx.store.data.publications.find(
    (p) => p.method === 'sendall' && p.msg_id === String(key) && p.appid === ctx.account.appid,
  );
  // Assumed errcode: the mass/delete page documents none for an unknown msg_id.
  if (!pub || (typeof key !== 'number' && typeof key !== 'string'))
    throw new ApiError(40002, 'invalid msg_id');
  deleteArticles(pub, ctx.body.article_idx ?? 0);
  return OK;
};
