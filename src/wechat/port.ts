/**
 * The WeChat operations publishing needs, and nothing else. The publisher codes against this interface; the real
 * implementation is `WeChatClient` (src/wechat/client.ts, HTTP to https://api.weixin.qq.com or a fixed-IP egress;
 * it offers a little more, e.g. deleting one article of several), and tests run that same client against the local
 * emulator (src/wechat/emulator/) or an in-memory WeChat held to the same contract (test/wechat/port.test.ts).
 *
 * Every method returns plain data or throws a `WeChatError`. Token handling, retries of transient failures and
 * secret masking are the implementation's job: a caller never sees an access_token.
 *
 * Endpoints are relative to the API base (`WECHAT_API_BASE`, default https://api.weixin.qq.com); every call carries
 * `?access_token=…`. Reference: ../shared/reference/wechat-api.md §5–§8.
 */

/** One article of a draft (`draft/add` body `articles[]`, article_type "news"). Limits are WeChat's. */
export interface DraftArticle {
  /** `title`, ≤ 32 characters. */
  title: string;
  /** `author`, ≤ 16 characters. */
  author?: string;
  /** `digest`, ≤ 128 characters; WeChat uses the first 54 characters of the body when empty. */
  digest?: string;
  /** `content`: WeChat-safe HTML, < 20,000 characters and < 1 MB; images must be `uploadContentImage` URLs. */
  content: string;
  /** `content_source_url`: the "阅读原文" link, ≤ 1 KB. */
  contentSourceUrl?: string;
  /** `thumb_media_id`: a permanent image from `addCoverMaterial`. */
  thumbMediaId: string;
  /** `need_open_comment` (sent as 0/1). */
  needOpenComment?: boolean;
  /** `only_fans_can_comment` (sent as 0/1). */
  onlyFansCanComment?: boolean;
}

/** `publish_status` of `freepublish/get`. */
export type PublishStatusCode = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const PUBLISH_STATUS = {
  0: 'success',
  1: 'publishing',
  /** 原创声明 (original-content) check failed; `failIdx` lists the articles. */
  2: 'original-check-failed',
  /** 常规失败: failed, WeChat gives no reason. */
  3: 'failed',
  /** Platform review rejected; `failIdx` lists the articles. */
  4: 'review-rejected',
  /** Was successful, then a person deleted all its articles. */
  5: 'deleted-by-user',
  /** Was successful, then the platform banned all its articles. */
  6: 'banned',
} as const satisfies Record<PublishStatusCode, string>;

export type PublishStatusName = (typeof PUBLISH_STATUS)[PublishStatusCode];

/** The codes by name, for code that branches on them. */
export const PUBLISH_STATUS_CODE = {
  success: 0,
  publishing: 1,
  originalCheckFailed: 2,
  failed: 3,
  reviewRejected: 4,
  deletedByUser: 5,
  banned: 6,
} as const satisfies Record<string, PublishStatusCode>;

export interface PublishStatus {
  publishId: string;
  status: PublishStatusCode;
  name: PublishStatusName;
  /** True for 1 (keep polling, within the 100-calls-a-day quota of freepublish/get). */
  pending: boolean;
  /** Set when status is 0 (and kept by WeChat for 5/6). */
  articleId?: string;
  /** `article_detail.item[].article_url` in `idx` order (1-based idx → index idx-1). */
  articleUrls?: string[];
  /** 1-based numbers of the failed articles (statuses 2 and 4; WeChat sometimes fills it for 1 and 3 too). */
  failIdx?: number[];
}

export interface PublishedItem {
  articleId: string;
  /**
   * Unix seconds. WeChat documents `update_time` on the item and has been seen answering it inside `content`
   * instead: the client reads both; 0 only when neither is there.
   */
  updateTime: number;
  titles: string[];
  urls: string[];
  /** Each article's HTML as WeChat keeps it, when asked for (`withContent`); empty strings otherwise. */
  contents: string[];
}

/** A draft in the draft box (`draft/batchget`). */
export interface DraftItem {
  mediaId: string;
  /** Unix seconds (item or content `update_time`, as for PublishedItem). */
  updateTime: number;
  titles: string[];
  /** Each article's HTML as WeChat keeps it. */
  contents: string[];
}

/**
 * What went wrong, as far as a caller must decide what to do next.
 * - `token`: the access token was rejected again right after one refresh (40001/40014/42001 twice).
 * - `credentials`: app id or secret wrong or frozen (40013, 40125, 40243, 40001 from the token endpoint, 41002/41004).
 * - `quota`: a daily or per-minute quota is used up (45009, 45011, 45028 mass-send quota); see `resetsAt`. Not retried.
 * - `ip-not-allowed`: the caller's egress IP is not on the account's allow-list (40164, 61004); see `ip`. Not retried.
 * - `needs-confirmation`: the platform wants an administrator's confirmation of this IP (89503/89506/89507).
 * - `unauthorized-api`: the account may not call this API (48001) — since 2025-07 unverified accounts cannot publish
 *   through the API: use publish method `draft-only`.
 * - `account-restricted`: the account or this API is banned or limited (48004, 50002, 53500).
 * - `transient`: -1, HTTP 5xx, timeouts or dropped connections that did not clear within the retry budget.
 * - `invalid`: WeChat rejected what we sent (field limits 45002/45003/45004, content 45166/40066, image type or
 *   size 40005/40006/40009, pre-publish check 53503, comments 88000…). Fix the input; do not retry.
 * - `not-found`: an id WeChat does not know (40007 media_id, 53502 publish_id, 53600 article_id).
 * - `manual-action`: the draft must be handled in the MP web UI (53504, 53505).
 * - `protocol`: a bug on our side or an unreadable answer (41001, 43002, 44002, 47001, non-JSON body).
 * - `unknown`: any other errcode.
 */
export type WeChatErrorKind =
  | 'token'
  | 'credentials'
  | 'quota'
  | 'ip-not-allowed'
  | 'needs-confirmation'
  | 'unauthorized-api'
  | 'account-restricted'
  | 'transient'
  | 'invalid'
  | 'not-found'
  | 'manual-action'
  | 'protocol'
  | 'unknown';

export interface WeChatErrorInit {
  kind: WeChatErrorKind;
  /** The WeChat errcode; undefined for HTTP/network failures. */
  errcode?: number | undefined;
  /** The errmsg exactly as WeChat sent it (it never contains secrets). */
  errmsg?: string | undefined;
  /** The endpoint path, e.g. `/cgi-bin/freepublish/submit` (never with the query string). */
  endpoint: string;
  /** What to do, in Chinese and English. */
  hint: { zh: string; en: string };
  /** HTTP status when the failure was at the HTTP level. */
  httpStatus?: number | undefined;
  /** For `quota`: when the quota is available again. */
  resetsAt?: Date | undefined;
  /** For `ip-not-allowed`: the caller IP WeChat saw (add it to the allow-list). */
  ip?: string | undefined;
  /** How many requests were made for this operation (1 = no retry). */
  attempts?: number | undefined;
  /**
   * True when the request may have reached WeChat and taken effect even though no answer came back (timeout or
   * dropped connection after sending). For `submitPublish` the caller must reconcile (e.g. `listPublished`)
   * before submitting again.
   */
  ambiguous?: boolean | undefined;
  /** The whole JSON answer, when there was one (e.g. 45065 carries the first send's `msg_id`). */
  body?: Record<string, unknown> | undefined;
  cause?: unknown;
}

export class WeChatError extends Error {
  readonly kind: WeChatErrorKind;
  readonly errcode: number | undefined;
  readonly errmsg: string | undefined;
  readonly endpoint: string;
  readonly hint: { zh: string; en: string };
  readonly httpStatus: number | undefined;
  readonly resetsAt: Date | undefined;
  readonly ip: string | undefined;
  readonly attempts: number;
  readonly ambiguous: boolean;
  readonly body: Record<string, unknown> | undefined;

  constructor(init: WeChatErrorInit) {
    const code = init.errcode === undefined ? '' : ` errcode ${init.errcode}`;
    const msg = init.errmsg === undefined ? '' : `: ${init.errmsg}`;
    super(`WeChat ${init.endpoint}${code}${msg} — ${init.hint.en} / ${init.hint.zh}`, {
      cause: init.cause,
    });
    this.name = 'WeChatError';
    this.kind = init.kind;
    this.errcode = init.errcode;
    this.errmsg = init.errmsg;
    this.endpoint = init.endpoint;
    this.hint = init.hint;
    this.httpStatus = init.httpStatus;
    this.resetsAt = init.resetsAt;
    this.ip = init.ip;
    this.attempts = init.attempts ?? 1;
    this.ambiguous = init.ambiguous ?? false;
    this.body = init.body;
  }
}

export interface WeChatPort {
  /**
   * An image inside the article body. `POST /cgi-bin/media/uploadimg` (multipart `media`; jpg/png < 1 MB; does not
   * count against the material library). The URL (mmbiz.qpic.cn) is what `content` must use.
   */
  uploadContentImage(bytes: Uint8Array, filename: string): Promise<{ url: string }>;

  /**
   * The cover, as permanent material. `POST /cgi-bin/material/add_material?type=image` (multipart `media`;
   * bmp/png/jpeg/jpg/gif ≤ 10 MB). `mediaId` goes into `DraftArticle.thumbMediaId`.
   */
  addCoverMaterial(bytes: Uint8Array, filename: string): Promise<{ mediaId: string; url: string }>;

  /**
   * A draft with one article. `POST /cgi-bin/draft/add` `{"articles":[…]}` → `media_id`. Never retried after an
   * ambiguous failure (a lost answer may mean a draft was made): the caller looks in the draft box first.
   */
  addDraft(article: DraftArticle): Promise<{ mediaId: string }>;

  /**
   * Starts the asynchronous publish job of a draft. `POST /cgi-bin/freepublish/submit` `{"media_id"}`.
   * Accepted ≠ published: poll `getPublishStatus`. Never retried after an ambiguous failure (timeout, dropped
   * connection, HTTP 5xx: `WeChatError.ambiguous`); an explicit -1 answer (WeChat refused: system busy) is
   * retried. 48001 (`unauthorized-api`) on unverified accounts. A published draft leaves the draft box, so the
   * emulator answers a second submit of a publishing or published draft with 40007 (`not-found`); WeChat's own
   * answer to that is not documented.
   */
  submitPublish(draftMediaId: string): Promise<{ publishId: string; msgDataId?: string }>;

  /** Polls a publish job. `POST /cgi-bin/freepublish/get` `{"publish_id"}`. Quota: 100 calls a day. */
  getPublishStatus(publishId: string): Promise<PublishStatus>;

  /**
   * Successful publications, newest first: to reconcile an ambiguous submit, and before a first submit to find a
   * publication whose record was lost. `POST /cgi-bin/freepublish/batchget` `{"offset","count"(1..20),
   * "no_content"}` — `no_content: 0` with `withContent`, to read the marker each draft carries. Quota: 100 a day.
   */
  listPublished(
    offset: number,
    count: number,
    options?: { withContent?: boolean },
  ): Promise<{ totalCount: number; items: PublishedItem[] }>;

  /**
   * The draft box, newest first, with content: to find a draft whose `draft/add` answer was lost, before adding
   * another. `POST /cgi-bin/draft/batchget` `{"offset","count"(1..20),"no_content":0}`. Quota: 1000 a day.
   */
  listDrafts(offset: number, count: number): Promise<{ totalCount: number; items: DraftItem[] }>;

  /**
   * Withdraws a publication, every article of it. `POST /cgi-bin/freepublish/delete` `{"article_id","index":0}`.
   * Irreversible. Quota: 10 a day.
   */
  deletePublication(articleId: string): Promise<void>;

  /**
   * Mass-sends a draft to all followers. `POST /cgi-bin/message/mass/sendall`
   * `{"filter":{"is_to_all":true},"mpnews":{"media_id"},"msgtype":"mpnews","send_ignore_reprint":0,"clientmsgid"}`.
   * A stable `clientMsgId` (≤ 64 chars, derived from the article and its draft): WeChat refuses a second send
   * within 24 h (45065), which this method returns as success with the first send's `msgId` (`duplicate: true`),
   * so retries are safe.
   */
  massSend(
    draftMediaId: string,
    options: { clientMsgId: string },
  ): Promise<{ msgId: string; msgDataId?: string; duplicate: boolean }>;

  /** Deletes a mass-sent message, all of it. `POST /cgi-bin/message/mass/delete` `{"msg_id","article_idx":0}`. */
  deleteMassSend(msgId: string): Promise<void>;
}
