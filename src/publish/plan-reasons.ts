/**
 * What the planner says about an article, in both languages. The English is the text the ledger's history, the
 * commit messages and the job summary have always carried, word for word, so records stay comparable across
 * versions; the Chinese gives the same facts to the person at the terminal, with times read in the policy's zone
 * (`2026-11-12 10:00（北京时间）`) instead of ISO. Text from elsewhere — a failure's message, a withdrawal's
 * reason, a deferral's reason — is quoted as it is in both.
 */
import { isoIn, parseIso, readableTime } from '../platform/time.js';
import type { LocalizedText } from '../text/vocabulary.js';
import { STATE_NAMES } from './outcome-text.js';
import type { FailureInfo, PublishRecord, PublishState } from './record.js';

type Lease = NonNullable<PublishRecord['lease']>;
type WithdrawSource = NonNullable<PublishRecord['withdrawal']>['source'];

/** Wall-clock time as people say it; to the second when the instant has seconds (lease ends, polls, retries). */
function spokenTime(ms: number, zone: string): string {
  const { zh } = readableTime(ms, zone);
  const seconds = isoIn(ms, zone).slice(17, 19);
  return seconds === '00' ? zh : zh.replace(/ (\d{2}:\d{2})/, ` $1:${seconds}`);
}

/** An instant the planner computed: ISO in English (as recorded), spoken in Chinese. */
function instant(ms: number, zone: string): LocalizedText {
  return { zh: spokenTime(ms, zone), en: isoIn(ms, zone) };
}

/** A time the record holds as text: English quotes it as written; Chinese reads it in the zone when it parses. */
function recordedTime(text: string | null, zone: string): LocalizedText {
  const ms = parseIso(text);
  return { zh: ms === undefined ? String(text) : spokenTime(ms, zone), en: String(text) };
}

const WITHDRAW_SOURCES: Record<WithdrawSource, string> = {
  cli: '命令行（wxgate withdraw）',
  'front-matter': '文章 front matter（status: withdrawn）',
  workflow: '发布工作流的手动运行',
};

const RETRY_MODES: Record<FailureInfo['retry'], string> = {
  automatic: '自动重试',
  'on-change': '文章或发表方式改动后重试',
  manual: '需要有人确认后重试',
};

/** Why a failed article is taken again now. */
export type RetryCause = 'asked' | 'changed' | 'method';

const RETRY_CAUSES: Record<RetryCause, LocalizedText> = {
  asked: { zh: '已要求重试', en: 'retry asked for' },
  changed: { zh: '文章有改动', en: 'the article changed' },
  method: { zh: '发表方式已改', en: 'the publish method changed' },
};

/** What an article that will not be republished has become: its skip reason, and the words for a later change. */
export interface Settled {
  state: LocalizedText;
  /** `the article changed after it was …` */
  after: LocalizedText;
}

export const SETTLED: Record<'published' | 'handedOff', Settled> = {
  published: {
    state: { zh: '已发表', en: 'published' },
    after: { zh: '发表', en: 'published' },
  },
  handedOff: {
    state: {
      zh: '已作为草稿交出：需要有人在公众号后台点“发表”',
      en: 'handed off as a draft: a person presses 发表 in the MP backend',
    },
    after: {
      zh: '作为草稿交出（需要有人在公众号后台点“发表”）',
      en: 'handed off as a draft: a person presses 发表 in the MP backend',
    },
  },
};

export const REASONS = {
  alreadyWithdrawn: { zh: '已撤回，无需再撤回', en: 'already withdrawn' },
  withdrawn: { zh: '已撤回', en: 'withdrawn' },
  finishWithdrawal: { zh: '完成尚未做完的撤回', en: 'finish the withdrawal' },
  frontMatterIncomplete: { zh: 'front matter 不完整', en: 'front matter incomplete' },
  withdrawnBeforePublished: {
    zh: 'front matter 写着 status: withdrawn，而本文从未发表过：无事可做',
    en: 'status: withdrawn before it was ever published; nothing to do',
  },

  leaseHeld: (lease: Lease, zone: string): LocalizedText => ({
    zh: `运行 ${lease.run}（${lease.host}，pid ${lease.pid}）正在处理本文，占用到 ${recordedTime(lease.until, zone).zh}`,
    en: `run ${lease.run} (${lease.host}, pid ${lease.pid}) holds it until ${lease.until}`,
  }),

  withdrawalWaits: (busy: LocalizedText): LocalizedText => ({
    zh: `撤回需等待：${busy.zh}`,
    en: `withdrawal waits: ${busy.en}`,
  }),

  withdraw: (w: { source: WithdrawSource; reason: string; reasonText?: LocalizedText }): LocalizedText => ({
    zh: `撤回请求来自${WITHDRAW_SOURCES[w.source]}，理由：${w.reasonText?.zh ?? w.reason}`,
    en: `withdraw (${w.source}): ${w.reason}`,
  }),

  notDue: (publishAt: number, zone: string): LocalizedText => {
    const at = instant(publishAt, zone);
    return { zh: `发布时间 ${at.zh}未到`, en: `not due until ${at.en}` };
  },

  due: (publishAt: number, zone: string): LocalizedText => {
    const at = instant(publishAt, zone);
    return { zh: `发布时间 ${at.zh}已到`, en: `due since ${at.en}` };
  },

  deferred: (deferred: NonNullable<PublishRecord['deferred']>, zone: string): LocalizedText => ({
    zh: `推迟到 ${recordedTime(deferred.until, zone).zh}：${deferred.reason}`,
    en: `deferred until ${deferred.until}: ${deferred.reason}`,
  }),

  changedAfter: (settled: Settled): LocalizedText => ({
    zh: `文章在${settled.after.zh}之后有改动；不会重新发表`,
    en: `the article changed after it was ${settled.after.en}; not republished`,
  }),

  retryAfterFailure: (cause: RetryCause, f: FailureInfo): LocalizedText => ({
    zh: `${RETRY_CAUSES[cause].zh}；上次失败：${f.message}`,
    en: `${RETRY_CAUSES[cause].en} after: ${f.message}`,
  }),

  waitsToRetry: (f: FailureInfo, zone: string): LocalizedText => ({
    zh: `失败（${f.kind}）；${recordedTime(f.retry_after, zone).zh}之后再试`,
    en: `failed (${f.kind}); next try after ${f.retry_after}`,
  }),

  tryAgain: (f: FailureInfo): LocalizedText => ({
    zh: `到了重试时间，再试一次；上次失败：${f.message}`,
    en: `try again after: ${f.message}`,
  }),

  failedForGood: (f: FailureInfo): LocalizedText => ({
    zh: `失败（${f.kind}，${RETRY_MODES[f.retry]}）：${f.message}`,
    en: `failed (${f.kind}, retry ${f.retry}): ${f.message}`,
  }),

  waitingForWeChat: (nextAt: string | null | undefined, zone: string): LocalizedText => ({
    zh: `等待微信的结果；${recordedTime(nextAt ?? null, zone).zh}再查询`,
    en: `waiting for WeChat; next look at ${nextAt}`,
  }),

  resumeInterrupted: (step: string): LocalizedText => ({
    zh: `上次在 ${step} 步中断，从那里接着做`,
    en: `resume after an interrupted ${step}`,
  }),

  resumeFrom: (state: PublishState): LocalizedText => ({
    zh: `从“${STATE_NAMES[state].zh}”接着做`,
    en: `resume from ${state}`,
  }),
} as const;
