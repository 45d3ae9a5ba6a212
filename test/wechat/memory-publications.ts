/**
 * The draft box and what went out, for the in-memory WeChat (memory-wechat.ts): covers, drafts, freepublish jobs
 * that end when the clock passes their end, batchget, deletion, and mass sends deduplicated by clientmsgid. The
 * emulator's rules, without HTTP; errors come through `fail`, as the client would report them.
 */
import { randomBytes } from 'node:crypto';
import type { Clock } from '../../src/platform/clock.js';
import type { AccountConfig } from '../../src/wechat/emulator/config.js';
import type { PublicationRecord } from '../../src/wechat/emulator/store.js';
import { beijingDate } from '../../src/wechat/errcodes.js';
import {
  type DraftArticle,
  type DraftItem,
  PUBLISH_STATUS,
  type PublishedItem,
  type PublishStatus,
  type PublishStatusCode,
  type WeChatError,
} from '../../src/wechat/port.js';

/** A publish job or a mass send: the emulator's publication record, without the article bodies. */
type Job = Omit<PublicationRecord, 'msg_data_id' | 'articles' | 'failIdx' | 'finishedAt' | 'clientmsgid'> & {
  finishedAt: number | null;
  fail_idx: number[];
  contents: string[];
};

interface Draft {
  media_id: string;
  appid: string;
  state: 'draft' | 'publishing' | 'published';
  titles: string[];
  articles: { title: string; author: string; content: string; thumb_media_id: string }[];
  updatedAt: number;
}

/** How a submit's job ends (a fault can script it). */
export interface JobScript {
  publishStatus?: number;
  failIdx?: number[];
  publishSeconds?: number;
}

const DAY_MS = 86_400_000;
const TITLE_LIMIT = 32;

export class MemoryPublications {
  private readonly covers = new Map<string, string>();
  private readonly draftBox = new Map<string, Draft>();
  private readonly jobs: Job[] = [];
  private readonly sends = new Map<string, { msgId: string; at: number }>();
  private readonly massSendQuota = new Map<
    string,
    { day: string; month: string; dayCount: number; monthCount: number }
  >();
  private seq = 0;

  constructor(
    private readonly clock: Clock,
    private readonly settings: { publishSeconds?: number; baseUrl?: string },
    private readonly fail: (endpoint: string, errcode: number, errmsg?: string) => WeChatError,
  ) {}

  publications() {
    this.settleAll();
    return this.jobs.map((j) => ({
      ...j,
      finished_at: j.finishedAt === null ? null : new Date(j.finishedAt).toISOString(),
    }));
  }

  drafts() {
    return [...this.draftBox.values()].map((d) => ({ ...d, articles: d.articles.map((a) => ({ ...a })) }));
  }

  contentImageUrl(format: string): string {
    return `${this.baseUrl}/mmbiz_${format === 'jpeg' ? 'jpg' : format}/${this.id(24)}/0?wx_fmt=${format}`;
  }

  addCover(appid: string): { mediaId: string; url: string } {
    const mediaId = this.id(48);
    this.covers.set(mediaId, appid);
    return { mediaId, url: `${this.baseUrl}/mmbiz_png/${this.id(24)}/0?wx_fmt=png` };
  }

  deletePublication(appid: string, articleId: string): void {
    const job = this.jobs.find(
      (j) => j.method === 'freepublish' && j.appid === appid && j.article_id === articleId,
    );
    if (!job) throw this.fail('/cgi-bin/freepublish/delete', 53600);
    this.markDeleted(job);
  }

  deleteMassSend(appid: string, msgId: string): void {
    const job = this.jobs.find((j) => j.method === 'sendall' && j.appid === appid && j.msg_id === msgId);
    if (!job) throw this.fail('/cgi-bin/message/mass/delete', 40002, 'invalid msg_id');
    this.markDeleted(job);
  }

  addDraft(appid: string, article: DraftArticle): { mediaId: string } {
    const endpoint = '/cgi-bin/draft/add';
    if (article.title === '' || article.content === '') throw this.fail(endpoint, 44003);
    if ([...article.title].length > TITLE_LIMIT) throw this.fail(endpoint, 45003);
    if (this.covers.get(article.thumbMediaId) !== appid) throw this.fail(endpoint, 40007);
    const mediaId = this.id(32);
    this.draftBox.set(mediaId, {
      media_id: mediaId,
      appid,
      state: 'draft',
      titles: [article.title],
      articles: [
        {
          title: article.title,
          author: article.author ?? '',
          content: article.content,
          thumb_media_id: article.thumbMediaId,
        },
      ],
      updatedAt: this.clock.now(),
    });
    return { mediaId };
  }

  submit(appid: string, mediaId: string, script: JobScript | undefined) {
    const draft = this.draftBox.get(mediaId);
    if (!draft || draft.appid !== appid || draft.state !== 'draft') {
      throw this.fail('/cgi-bin/freepublish/submit', 40007);
    }
    const now = this.clock.now();
    const status = script?.publishStatus ?? 0;
    const seconds = script?.publishSeconds ?? this.settings.publishSeconds ?? 0;
    draft.state = 'publishing';
    const publishId = String(2_247_483_647 + ++this.seq);
    this.jobs.push({
      method: 'freepublish',
      appid,
      media_id: mediaId,
      publish_id: publishId,
      msg_id: null,
      article_id: null,
      title: draft.titles[0] ?? '',
      titles: draft.titles,
      contents: draft.articles.map((a) => a.content),
      status: 1,
      deleted: false,
      submittedAt: now,
      readyAt: now + seconds * 1000,
      finishedAt: null,
      outcome: { status, failIdx: script?.failIdx ?? (status === 0 ? [] : [1]) },
      fail_idx: [],
      urls: [],
    });
    this.settleAll();
    return { publishId, msgDataId: String(2_247_483_647 + ++this.seq) };
  }

  /** A job whose end has come on the clock ends: success publishes the draft, failure returns it to the box. */
  private settleAll(): void {
    const now = this.clock.now();
    for (const job of this.jobs) {
      if (job.status !== 1 || now < job.readyAt) continue;
      const draft = this.draftBox.get(job.media_id);
      job.status = job.outcome.status;
      job.finishedAt = job.readyAt;
      if (job.status === 0) {
        job.article_id = this.id(32);
        job.urls = [`${this.baseUrl}/s/${job.article_id}`];
        if (draft) draft.state = 'published';
      } else {
        job.fail_idx = job.outcome.failIdx;
        if (draft) draft.state = 'draft';
      }
    }
  }

  status(appid: string, publishId: string): PublishStatus {
    this.settleAll();
    const job = this.jobs.find(
      (j) => j.method === 'freepublish' && j.appid === appid && j.publish_id === publishId,
    );
    if (!job) throw this.fail('/cgi-bin/freepublish/get', 53502);
    const code = job.status as PublishStatusCode;
    const status: PublishStatus = {
      publishId,
      status: code,
      name: PUBLISH_STATUS[code],
      pending: code === 1,
    };
    if (job.article_id !== null && [0, 5, 6].includes(code)) {
      status.articleId = job.article_id;
      status.articleUrls = job.urls;
    }
    if (job.fail_idx.length > 0) status.failIdx = job.fail_idx;
    return status;
  }

  listPublished(appid: string, offset: number, count: number, withContent: boolean) {
    this.settleAll();
    const live = this.jobs
      .filter((j) => j.method === 'freepublish' && j.appid === appid && j.status === 0 && !j.deleted)
      .reverse();
    const items: PublishedItem[] = live.slice(offset, offset + count).map((j) => ({
      articleId: j.article_id as string,
      updateTime: Math.floor((j.finishedAt ?? j.submittedAt) / 1000),
      titles: j.titles,
      urls: j.urls,
      contents: withContent ? j.contents : j.contents.map(() => ''),
    }));
    return { totalCount: live.length, items };
  }

  /** The draft box: drafts not published nor being published, newest first. */
  listDrafts(appid: string, offset: number, count: number) {
    this.settleAll();
    const box = [...this.draftBox.values()]
      .filter((d) => d.appid === appid && d.state === 'draft')
      .sort((a, b) => b.updatedAt - a.updatedAt);
    const items: DraftItem[] = box.slice(offset, offset + count).map((d) => ({
      mediaId: d.media_id,
      updateTime: Math.floor(d.updatedAt / 1000),
      titles: d.titles,
      contents: d.articles.map((a) => a.content),
    }));
    return { totalCount: box.length, items };
  }

  private markDeleted(job: Job): void {
    this.settleAll();
    job.deleted = true;
    if (job.status === 0) job.status = 5;
  }

  massSend(account: AccountConfig, mediaId: string, clientMsgId: string) {
    const endpoint = '/cgi-bin/message/mass/sendall';
    const now = this.clock.now();
    const appid = account.appid;
    const key = `${appid}\n${clientMsgId}`;
    const seen = this.sends.get(key);
    if (seen && now - seen.at < DAY_MS) return { msgId: seen.msgId, duplicate: true };
    const draft = this.draftBox.get(mediaId);
    if (!draft || draft.appid !== appid || draft.state !== 'draft') throw this.fail(endpoint, 40007);
    const day = beijingDate(now);
    const quota = this.massSendQuota.get(appid) ?? {
      day,
      month: day.slice(0, 7),
      dayCount: 0,
      monthCount: 0,
    };
    if (quota.day !== day) Object.assign(quota, { day, dayCount: 0 });
    if (quota.month !== day.slice(0, 7)) Object.assign(quota, { month: day.slice(0, 7), monthCount: 0 });
    if (account.type === 'service' ? quota.monthCount >= 4 : quota.dayCount >= 1)
      throw this.fail(endpoint, 45028);
    quota.dayCount += 1;
    quota.monthCount += 1;
    this.massSendQuota.set(appid, quota);
    const msgId = String(3_147_483_647 + ++this.seq);
    const articleId = this.id(32);
    draft.state = 'published';
    this.jobs.push({
      method: 'sendall',
      appid,
      media_id: mediaId,
      publish_id: null,
      msg_id: msgId,
      article_id: articleId,
      title: draft.titles[0] ?? '',
      titles: draft.titles,
      contents: draft.articles.map((a) => a.content),
      status: 0,
      deleted: false,
      submittedAt: now,
      readyAt: now,
      finishedAt: now,
      outcome: { status: 0, failIdx: [] },
      fail_idx: [],
      urls: [`${this.baseUrl}/s/${articleId}`],
    });
    this.sends.set(key, { msgId, at: now });
    return { msgId, msgDataId: String(2_247_483_647 + ++this.seq), duplicate: false };
  }

  private get baseUrl(): string {
    return this.settings.baseUrl ?? 'http://wechat.memory';
  }

  /** Ids shaped like WeChat's. */
  private id(bytes: number): string {
    return randomBytes(bytes).toString('base64url');
  }
}
