import type { LocalizedText } from '../text/vocabulary.js';
import type { PublishRecord, PublishState } from './record.js';

/** A record's state as a person reads it, in the run's output. */
export const STATE_NAMES: Record<PublishState, LocalizedText> = {
  claimed: { zh: '已认领', en: 'claimed' },
  'images-uploaded': { zh: '图片已上传', en: 'images-uploaded' },
  drafted: { zh: '草稿已建', en: 'drafted' },
  submitted: { zh: '发表中', en: 'submitted' },
  published: { zh: '已发表', en: 'published' },
  failed: { zh: '失败', en: 'failed' },
  withdrawn: { zh: '已撤回', en: 'withdrawn' },
};

/** The article's record changed between planning and claiming it: the next run plans again. */
export const LEFT_FOR_NEXT_RUN: LocalizedText = { zh: '留待下次运行处理', en: 'left for the next run' };

/** Another run took the article over while this one was working on it (this run's lease had run out). */
export const TAKEN_OVER: LocalizedText = { zh: '已由另一次运行接手', en: 'taken over by another run' };

/**
 * What the check of a record changed outside a publish run found (outside.ts). WeChat's answer and the reason it
 * does not confirm are quoted as they are; the record's history keeps the English line.
 */
export const OUTSIDE = {
  confirmed: (how: string): LocalizedText => ({
    zh: `在发布运行之外被改动；微信确认已发表（${how}）`,
    en: `changed outside a publish run; WeChat confirms the publication (${how})`,
  }),
  unconfirmed: (why: string): LocalizedText => ({
    zh: `在发布运行之外被改成“已发表”，但微信不确认（${why}）：记为失败，交由人工处理`,
    en: `changed outside a publish run to say published, but WeChat does not confirm it (${why}): failed, for a person`,
  }),
  unasked: (info: string): LocalizedText => ({
    zh: `在发布运行之外被改动，且无法向微信核实（${info}）；核实之前不写入任何记录`,
    en: `changed outside a publish run, and WeChat could not be asked (${info}); nothing is written until a run has checked it`,
  }),
  checkedNextRun: {
    zh: '在发布运行之外被改动：下次运行时向微信核实',
    en: 'changed outside a publish run: checked at WeChat by the next run',
  } as LocalizedText,
  noted: {
    zh: '在发布运行之外被改动；已记入它的历史',
    en: 'changed outside a publish run; noted in its history',
  } as LocalizedText,
  notARecord: {
    zh: '在发布运行之外被改成了不是发布记录的内容',
    en: 'changed outside a publish run into something that is not a publish record',
  } as LocalizedText,
  deleted: {
    zh: '在发布运行之外被删除：视为从未发表，提交前先向微信核实',
    en: 'deleted outside a publish run: the article counts as never published, and WeChat is asked before any submit',
  } as LocalizedText,
};

/** The article's record in the ledger is not a record (a hand edit broke it): a person mends it. */
export function unreadableRecord(problem: string): LocalizedText {
  return { zh: `账本记录无法读取：${problem}`, en: `ledger record unreadable: ${problem}` };
}

/**
 * What an article's run came to, one line in both languages. WeChat's own error text and a person's withdrawal
 * note are quoted as they are.
 */
export function describeOutcome(r: PublishRecord): LocalizedText {
  const w = r.wechat;
  const state = STATE_NAMES[r.state];
  if (r.withdrawal && !r.withdrawal.done_at) {
    const note = r.withdrawal.note ? `: ${r.withdrawal.note}` : '';
    return {
      zh: `撤回已记录，尚未完成（状态：${state.zh}${note ? `，${r.withdrawal.note}` : ''}）；下次运行完成它`,
      en: `withdrawal recorded, not done yet (state ${r.state}${note}); the next run finishes it`,
    };
  }
  if (r.state === 'images-uploaded' && r.in_flight?.step === 'add-draft') {
    return {
      zh: '已调用 draft/add，但未收到答复：下次运行先在草稿箱里找，再决定是否新建草稿',
      en: 'draft/add sent, answer lost: the next run looks in 草稿箱 before adding a draft',
    };
  }
  switch (r.state) {
    case 'published':
      if (r.method === 'mass-send') {
        return { zh: `已群发，msg_id ${w.msg_id}`, en: `published by mass send, msg_id ${w.msg_id}` };
      }
      return {
        zh: `已发表，article_id ${w.article_id ?? '?'}${w.url ? ` ${w.url}` : ''}`,
        en: `published, article_id ${w.article_id ?? '?'}${w.url ? ` ${w.url}` : ''}`,
      };
    case 'drafted':
      if (r.method === 'draft-only') {
        return {
          zh: `草稿 ${w.draft_media_id} 已建：需要有人在公众号后台点“发表”（仅草稿账号）`,
          en: `draft ${w.draft_media_id} created: a person must press 发表 (draft-only)`,
        };
      }
      return r.in_flight?.step === 'submit'
        ? {
            zh: '已提交发表，但未收到答复：下次运行核对',
            en: 'submitted, answer lost: reconciling on the next run',
          }
        : { zh: '草稿已建', en: 'drafted' };
    case 'submitted':
      return {
        zh: `已提交（publish_id ${w.publish_id}），仍在发表中——下次运行再查询`,
        en: `submitted (publish_id ${w.publish_id}); still publishing — the next run polls again`,
      };
    case 'failed': {
      const f = r.failure;
      return {
        zh: `在 ${f?.step} 步失败：${f?.message} —— ${f?.hint}（重试：${f?.retry}）`,
        en: `failed at ${f?.step}: ${f?.message} — ${f?.hint} (retry: ${f?.retry})`,
      };
    }
    case 'withdrawn':
      return {
        zh: `已撤回（${r.withdrawal?.note ?? '完成'}）`,
        en: `withdrawn (${r.withdrawal?.note ?? 'done'})`,
      };
    default:
      return r.deferred
        ? {
            zh: `${state.zh}；推迟到 ${r.deferred.until}：${r.deferred.reason}`,
            en: `${r.state}; deferred until ${r.deferred.until}: ${r.deferred.reason}`,
          }
        : { zh: state.zh, en: r.state };
  }
}
