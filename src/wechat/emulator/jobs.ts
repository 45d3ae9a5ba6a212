/**
 * Publish jobs: freepublish/submit starts one (status 1, publishing) that ends when the emulator's clock passes
 * its end time — never by a timer. Whoever looks next (freepublish/get, batchget, the control endpoints) settles
 * it first: success publishes the draft, a scripted failure returns it to the draft box.
 */
import { randomBytes } from 'node:crypto';
import { ApiError } from './api-error.js';
import type { DraftRecord, PublicationRecord, Store } from './store.js';

/** How the next publish job accepted ends (a fault can script it). */
export interface JobScript {
  status: number;
  failIdx?: number[];
  publishSeconds?: number;
}

/** A new job publishing `draft`, ending after `publishSeconds` on the emulator's clock as `script` says. */
export function startPublishJob(
  store: Store,
  draft: DraftRecord,
  job: { now: number; publishId: number; msgDataId: number; script: JobScript; baseUrl: string },
): void {
  const { now, script } = job;
  const seconds = script.publishSeconds ?? store.config.publishSeconds;
  draft.state = 'publishing';
  const pub = publicationOf(draft, {
    method: 'freepublish',
    publish_id: String(job.publishId),
    msg_id: null,
    msg_data_id: String(job.msgDataId),
    article_id: null,
    status: 1,
    submittedAt: now,
    readyAt: now + seconds * 1000,
    outcome: { status: script.status, failIdx: script.failIdx ?? (script.status === 0 ? [] : [1]) },
    urls: [],
  });
  store.data.publications.push(pub);
  settleJob(store, pub, now, job.baseUrl);
}

/** Ends a publish job whose time has come: success publishes the draft, failure returns it to the draft box. */
export function settleJob(store: Store, pub: PublicationRecord, now: number, baseUrl: string): void {
  if (pub.status !== 1 || now < pub.readyAt) return;
  const draft = store.data.drafts[pub.media_id];
  pub.status = pub.outcome.status;
  pub.finishedAt = pub.readyAt;
  if (pub.status === 0) {
    pub.article_id = randomBytes(32).toString('base64url');
    pub.urls = articleUrls(baseUrl, pub.article_id, pub.articles.length);
    pub.failIdx = [];
    if (draft) draft.state = 'published';
  } else {
    pub.failIdx = pub.outcome.failIdx;
    if (draft) draft.state = 'draft';
  }
}

type PublicationFields = Omit<
  PublicationRecord,
  'appid' | 'media_id' | 'title' | 'titles' | 'deleted' | 'failIdx' | 'articles'
>;

/** A publication of `draft` (a publish job or a mass send), with a copy of its articles as they were sent. */
export function publicationOf(draft: DraftRecord, fields: PublicationFields): PublicationRecord {
  return {
    appid: draft.appid,
    media_id: draft.media_id,
    title: draft.articles[0]?.title ?? '',
    titles: draft.articles.map((a) => a.title),
    deleted: false,
    failIdx: [],
    articles: draft.articles.map((a) => ({ ...a })),
    ...fields,
  };
}

/** The article pages of a publication, as the emulator serves them (`?idx=` from the second article on). */
export function articleUrls(baseUrl: string, articleId: string, count: number): string[] {
  return Array.from(
    { length: count },
    (_, i) => `${baseUrl}/s/${articleId}${i === 0 ? '' : `?idx=${i + 1}`}`,
  );
}

/**
 * freepublish/delete or mass/delete of the 1-based article `index` (0 = every article; anything else is 40114).
 * Deleting what is already deleted succeeds (assumed: WeChat's answer is not documented). Once every article is
 * gone the publication is deleted: status 5.
 */
export function deleteArticles(pub: PublicationRecord, index: unknown): void {
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index > pub.articles.length) {
    throw new ApiError(40114);
  }
  pub.articles.forEach((a, i) => {
    if (index === 0 || index === i + 1) a.is_deleted = true;
  });
  if (pub.articles.every((a) => a.is_deleted)) {
    pub.deleted = true;
    // A failed or banned job keeps its status; a live one is now "deleted by the user".
    if (pub.status === 0) pub.status = 5;
  }
}
