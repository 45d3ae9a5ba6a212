#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  CLIENTMSGID_ALREADY_SENT,
  CLIENTMSGID_REPEATED_TOO_SOON,
  TOKEN_ERRCODES,
  meaningOf,
  uploadName
} from "./chunk-YI6FWPCZ.js";
import {
  resolveTheme
} from "./chunk-WCLO3KSL.js";
import {
  CHECK_NAMES,
  CODEOWNERS_PATHS,
  IncompletePullRequestError,
  loadPRContext
} from "./chunk-NGIQQ3X5.js";
import {
  URGENT_SOURCE,
  evaluatePullRequest
} from "./chunk-ZWJQLI25.js";
import {
  DEFAULT_LEDGER_BRANCH,
  Git,
  GitError,
  GitLedger,
  LEDGER_README,
  LedgerChangedOutsideError,
  LedgerContentionError,
  LedgerFormatError,
  LedgerRewoundError,
  accountLedgerPath,
  assetOf,
  commitMessage,
  discoverArticles,
  emptyAccountLedger,
  formatAccountLedger,
  formatRecord,
  parseAccountLedger,
  parseRecord,
  readArticle,
  recordPath
} from "./chunk-G2SPCBTE.js";
import {
  clockStartingAt,
  systemClock
} from "./chunk-MGRGO5V5.js";
import {
  ACTIONS_BOT,
  isOwnPost
} from "./chunk-2MKHB3FA.js";
import {
  lintArticle
} from "./chunk-PQTF2QBL.js";
import {
  createGitHubClient,
  describeError,
  httpStatus,
  mapLines,
  silentLogger,
  warningsOnly
} from "./chunk-L5TB2V2T.js";
import {
  loadPolicies
} from "./chunk-L2IO4MNK.js";
import {
  RULES,
  RenderError,
  collectImages,
  renderArticle
} from "./chunk-ZOOQVKV7.js";
import {
  repositoryOf
} from "./chunk-M62EH3RT.js";
import {
  UsageError
} from "./chunk-PYXF3RJ7.js";
import {
  loadAccounts,
  secretOf
} from "./chunk-NZZYWQNC.js";
import {
  parseOwner
} from "./chunk-6YKWKTNI.js";
import {
  isoIn,
  localDate,
  parseDateTime,
  parseIso,
  readableTime
} from "./chunk-OKF366UL.js";
import {
  ConfigurationError
} from "./chunk-M2DJWID3.js";

// src/ledger/lock.ts
import { hostname } from "node:os";
var LOCK_REF = "refs/wxgate/run-lock";
var STALE_AFTER_MS = 6 * 60 * 6e4;
var LOOK_AGAIN_MS = 2e3;
var CloneBusyError = class extends Error {
  constructor(holder, waitedMs) {
    super(
      `another run holds this clone: run ${holder.run} (host ${holder.host}, pid ${holder.pid}, since ${holder.since})` + (waitedMs > 0 ? `; waited ${Math.round(waitedMs / 1e3)} s` : "")
    );
    this.holder = holder;
    this.waitedMs = waitedMs;
    this.name = "CloneBusyError";
  }
  holder;
  waitedMs;
};
var CloneLock = class _CloneLock {
  constructor(git, blob, tookOverFrom) {
    this.git = git;
    this.blob = blob;
    this.tookOverFrom = tookOverFrom;
  }
  git;
  blob;
  tookOverFrom;
  static async acquire(git, me, options) {
    const { clock, waitMs } = options;
    const isAlive = options.isAlive ?? holderAlive;
    const started = clock.now();
    const mine = { ...me, since: new Date(started).toISOString() };
    const blob = (await git.run(["hash-object", "-w", "--stdin"], { input: `${JSON.stringify(mine)}
` })).trim();
    const zero = "0".repeat(40);
    for (; ; ) {
      if ((await git.exec(["update-ref", LOCK_REF, blob, zero])).code === 0) {
        return new _CloneLock(git, blob, void 0);
      }
      const held = (await git.exec(["rev-parse", "--verify", "--quiet", LOCK_REF])).stdout.trim();
      if (!held) continue;
      const holder = await readHolder(git, held);
      if (!holder || !isAlive(holder, clock.now())) {
        if ((await git.exec(["update-ref", LOCK_REF, blob, held])).code === 0) {
          return new _CloneLock(git, blob, holder);
        }
        continue;
      }
      const waited = clock.now() - started;
      if (waited >= waitMs) throw new CloneBusyError(holder, waited);
      await clock.sleep(Math.min(LOOK_AGAIN_MS, waitMs - waited));
    }
  }
  /** Lets go, if the lock is still this run's (a run that took over a stale lock is left alone). */
  async release() {
    const r = await this.git.exec(["update-ref", "-d", LOCK_REF, this.blob]);
    if (r.code !== 0 && (await this.git.exec(["rev-parse", "--verify", "--quiet", LOCK_REF])).stdout.trim() === this.blob) {
      throw new GitError(["update-ref", "-d", LOCK_REF], r);
    }
  }
};
async function readHolder(git, blob) {
  const r = await git.exec(["cat-file", "blob", blob]);
  if (r.code !== 0) return void 0;
  try {
    const h = JSON.parse(r.stdout);
    if (typeof h.run === "string" && typeof h.host === "string" && typeof h.pid === "number" && typeof h.since === "string") {
      return { run: h.run, host: h.host, pid: h.pid, since: h.since };
    }
  } catch {
  }
  return void 0;
}
function holderAlive(holder, now) {
  if (holder.host === hostname()) return processAlive(holder.pid);
  const since = Date.parse(holder.since);
  return Number.isFinite(since) && now - since < STALE_AFTER_MS;
}
function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

// src/commands/ledger-options.ts
import { resolve } from "node:path";
var LEDGER_OPTIONS = {
  now: { type: "string" },
  "api-base": { type: "string" },
  "cache-dir": { type: "string" },
  policies: { type: "string" },
  "ledger-branch": { type: "string" },
  remote: { type: "string" },
  wait: { type: "string" }
};
function ledgerRequest(values, io) {
  const repository = repositoryOf(io);
  const request = {
    cwd: repository.root,
    env: io.env,
    policiesDir: repository.policiesDir(values.policies),
    log: { info: (l) => io.err(`${l}
`), warn: (l) => io.err(`warning: ${l}
`) }
  };
  if (values.now !== void 0) request.now = parseNow(String(values.now));
  if (values["api-base"] !== void 0) request.apiBase = String(values["api-base"]).replace(/\/+$/, "");
  if (values["cache-dir"] !== void 0) request.cacheDir = resolve(io.cwd, String(values["cache-dir"]));
  if (values["ledger-branch"] !== void 0) request.ledgerBranch = String(values["ledger-branch"]);
  if (values.remote !== void 0) request.remote = String(values.remote);
  if (values.wait !== void 0) {
    const seconds = Number(values.wait);
    if (!Number.isFinite(seconds) || seconds < 0) {
      throw new UsageError(`--wait must be a number of seconds ≥ 0 (got "${values.wait}")`);
    }
    request.lockWaitMs = seconds * 1e3;
  }
  return request;
}
function parseNow(text) {
  const t = parseDateTime(text, "Asia/Shanghai");
  if (!t.ok) {
    throw new UsageError(`--now must be an ISO 8601 time such as 2026-11-21T12:00:00+08:00 (got "${text}")`);
  }
  return t.epochMs;
}

// src/commands/publish-adapters.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { appendFileSync, existsSync as existsSync4 } from "node:fs";
import { homedir, hostname as hostname2 } from "node:os";
import { isAbsolute, join as join4, relative, sep } from "node:path";

// src/publish/context.ts
var ArticleRun = class {
  constructor(deps, options, session, source, account) {
    this.deps = deps;
    this.options = options;
    this.session = session;
    this.source = source;
    this.account = account;
  }
  deps;
  options;
  session;
  source;
  account;
  /** Something went wrong in this run (the outcome says so). */
  failed = false;
  port;
  get wechat() {
    this.port ??= this.deps.wechatFor(this.account);
    return this.port;
  }
  /** What WeChat lists for this article's account (shared by the run's articles). */
  get lists() {
    return this.deps.lists(this.account);
  }
  /** The record as this run last wrote it. */
  get record() {
    return this.session.record;
  }
  /** The remote step in flight was started by another run that never recorded its outcome. */
  get interruptedStep() {
    const step = this.record.in_flight;
    return step && step.run !== this.deps.me.id ? step : void 0;
  }
  save(request) {
    return this.session.save(request);
  }
  now() {
    return this.session.now();
  }
  iso(ms) {
    return this.session.iso(ms);
  }
};
var STEP_WORDS = {
  "upload-image": "upload content image",
  "upload-cover": "upload cover",
  "add-draft": "create the draft",
  submit: "submit the draft for publishing (freepublish/submit)",
  "mass-send": "mass-send the draft (sendall)",
  delete: "delete the publication"
};
async function announce(run, step, detail, mutate) {
  const f = run.record.in_flight;
  if (f && f.step === step && f.run === run.deps.me.id && (f.detail ?? "") === detail && !mutate) return;
  await run.save({
    event: `about to ${STEP_WORDS[step]} ${detail}`.trim(),
    next: { step, detail },
    ...mutate ? { mutate } : {}
  });
}

// src/wechat/port.ts
var PUBLISH_STATUS = {
  0: "success",
  1: "publishing",
  /** 原创声明 (original-content) check failed; `failIdx` lists the articles. */
  2: "original-check-failed",
  /** 常规失败: failed, WeChat gives no reason. */
  3: "failed",
  /** Platform review rejected; `failIdx` lists the articles. */
  4: "review-rejected",
  /** Was successful, then a person deleted all its articles. */
  5: "deleted-by-user",
  /** Was successful, then the platform banned all its articles. */
  6: "banned"
};
var PUBLISH_STATUS_CODE = {
  success: 0,
  publishing: 1,
  originalCheckFailed: 2,
  failed: 3,
  reviewRejected: 4,
  deletedByUser: 5,
  banned: 6
};
var WeChatError = class extends Error {
  kind;
  errcode;
  errmsg;
  endpoint;
  hint;
  httpStatus;
  resetsAt;
  ip;
  attempts;
  ambiguous;
  body;
  constructor(init) {
    const code = init.errcode === void 0 ? "" : ` errcode ${init.errcode}`;
    const msg = init.errmsg === void 0 ? "" : `: ${init.errmsg}`;
    super(`WeChat ${init.endpoint}${code}${msg} — ${init.hint.en} / ${init.hint.zh}`, {
      cause: init.cause
    });
    this.name = "WeChatError";
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
};

// src/publish/timing.ts
var MINUTE = 6e4;
var HOUR = 60 * MINUTE;
var PUBLISHER_DEFAULTS = {
  /** How long a run's hold on an article lasts without a write; every write renews it. */
  leaseMs: 10 * MINUTE,
  /** A lost freepublish/submit: how long to look for the publication before submitting the same draft again. */
  submitGraceMs: 30 * MINUTE,
  /** freepublish/get calls per article per run. */
  maxPollsPerRun: 5,
  /** The wait before the first poll, doubled before each next one. */
  pollIntervalMs: 2e3,
  /** freepublish/get allows 100 calls a day per account; wxgate leaves some for people. */
  dailyPollBudget: 80
};
var LOST_ANSWER_RECHECK_MS = MINUTE;
var RECONCILE_LOOKBACK_MS = 10 * MINUTE;
var RECONCILE_RECHECK_BASE_MS = MINUTE;
var RECONCILE_RECHECK_MAX_DOUBLINGS = 4;
var NEXT_POLL_BASE_MS = 5 * MINUTE;
var NEXT_POLL_MAX_MS = 2 * HOUR;
var RETRY_BASE_MS = 5 * MINUTE;
var RETRY_MAX_MS = 6 * HOUR;
var QUOTA_WAIT_MS = HOUR;
var MASS_SEND_RESEND_WINDOW_MS = 23 * HOUR;
var MAX_STEPS_PER_RUN = 40;

// src/publish/failures.ts
var DRAFT_ONLY_HINT = " — 在 policies/accounts.yml 中把该账号设为 publish_method: draft-only / set publish_method: draft-only for this account in policies/accounts.yml";
var WAITS_FOR_A_CHANGE = /* @__PURE__ */ new Set([
  "unauthorized-api",
  "invalid",
  "manual-action",
  "account-restricted",
  "not-found"
]);
function classify(error, now) {
  if (error instanceof WeChatError) {
    const message = error.errmsg !== void 0 ? `${error.endpoint} errcode ${error.errcode}: ${error.errmsg}` : error.message.split(" — ")[0] ?? error.message;
    let hint = `${error.hint.zh} / ${error.hint.en}`;
    const errcode = error.errcode ?? null;
    if (error.kind === "quota") {
      const defer = error.resetsAt?.getTime() ?? now + QUOTA_WAIT_MS;
      return { kind: "quota", errcode, message, hint, retry: "automatic", defer };
    }
    if (error.kind === "unauthorized-api") hint += DRAFT_ONLY_HINT;
    if (error.kind === "ip-not-allowed" && error.ip && !hint.includes(error.ip)) hint += ` (IP ${error.ip})`;
    const retry = WAITS_FOR_A_CHANGE.has(error.kind) ? "on-change" : "automatic";
    return { kind: error.kind, errcode, message, hint, retry };
  }
  if (error instanceof ConfigurationError) {
    return {
      kind: "configuration",
      errcode: null,
      message: error.describe(),
      hint: "fix the configuration named above",
      retry: "automatic"
    };
  }
  if (error instanceof RenderError) {
    return {
      kind: "content",
      errcode: null,
      message: `line ${error.line}: ${error.messages.en}`,
      hint: error.messages.zh,
      retry: "on-change"
    };
  }
  throw error;
}
function retryAfter(now, attempts) {
  return now + Math.min(RETRY_BASE_MS * 2 ** (attempts - 1), RETRY_MAX_MS);
}
async function fail(run, f) {
  const now = run.now();
  const attempts = (run.record.retries ?? 0) + 1;
  const after = f.retry === "automatic" ? retryAfter(now, attempts) : void 0;
  run.failed = true;
  await run.save({
    event: `failed at ${f.step}: ${f.message}`,
    mutate: (rec) => {
      f.mutate?.(rec);
      rec.state = "failed";
      rec.failure = {
        at: run.iso(now),
        step: f.step,
        kind: f.kind,
        errcode: f.errcode ?? null,
        message: f.message,
        hint: f.hint,
        retry: f.retry,
        retry_after: after === void 0 ? null : run.iso(after),
        attempts,
        resume_from: f.resume,
        method: run.account.publishMethod
      };
      rec.times.failed_at = run.iso(now);
    },
    ...f.account ? { account: f.account } : {},
    keepInFlight: f.keepInFlight ?? false,
    release: true
  });
  return "stop";
}
function failContent(run, error, prefix) {
  const info = error instanceof RenderError ? classify(error, run.now()) : {
    message: error.message,
    hint: "检查文章目录中的文件 / check the files in the article folder"
  };
  return fail(run, {
    step: "render",
    kind: "content",
    message: prefix ? `${prefix}: ${info.message}` : info.message,
    hint: info.hint,
    retry: "on-change",
    resume: "claimed"
  });
}
async function failOrDefer(run, error, step, resume2, context = {}) {
  const info = classify(error, run.now());
  run.deps.log.warn(`${run.source.key}: ${step}: ${info.message}`);
  const setPolls = (rec) => {
    if (context.polls !== void 0) rec.polls = { count: context.polls, last_at: run.iso(), next_at: null };
  };
  if (info.defer !== void 0) {
    const until = info.defer;
    await run.save({
      event: `${step}: ${info.message}; state kept, resumed after ${run.iso(until)}`,
      mutate: (rec) => {
        setPolls(rec);
        rec.deferred = { until: run.iso(until), reason: `${info.message} — ${info.hint}` };
      },
      ...context.account ? { account: context.account } : {},
      keepInFlight: context.keepInFlight ?? false,
      release: true
    });
    return "stop";
  }
  return fail(run, {
    step,
    kind: info.kind,
    errcode: info.errcode,
    message: info.message,
    hint: info.hint,
    retry: context.retry ?? info.retry,
    resume: resume2,
    mutate: setPolls,
    ...context.account ? { account: context.account } : {},
    keepInFlight: context.keepInFlight ?? false
  });
}

// src/publish/mark.ts
import { createHash } from "node:crypto";
function markOf(key, contentHash) {
  return {
    article: createHash("sha256").update(key).digest("hex").slice(0, 16),
    content: contentHash.replace(/^sha256:/, "").slice(0, 16)
  };
}
function withMark(html, mark) {
  return `<section data-wxgate="${mark.article}.${mark.content}">${html}</section>`;
}
var MARK = /<section\b[^<>]*\sdata-wxgate="([0-9a-f]{16})\.([0-9a-f]{16})"[^<>]*>/;
function readMark(html) {
  const m = MARK.exec(html);
  return m ? { article: m[1], content: m[2] } : void 0;
}

// src/publish/steps/mass-send.ts
import { createHash as createHash2 } from "node:crypto";

// src/publish/steps/prior.ts
async function stopIfPublished(run) {
  if (run.account.publishMethod === "draft-only") return void 0;
  const mark = markOf(run.source.key, run.record.content_hash);
  const since = publishAtOf(run) - RECONCILE_LOOKBACK_MS;
  let listed;
  try {
    listed = await run.lists.publishedSince(Math.floor(since / 1e3));
  } catch (error) {
    if (error instanceof WeChatError && error.kind === "unauthorized-api") return void 0;
    return failOrDefer(run, error, "check-wechat", run.record.state);
  }
  for (const item of listed.items) {
    for (const [i, html] of item.contents.entries()) {
      const found = readMark(html);
      if (found?.article !== mark.article) continue;
      const hit = { articleId: item.articleId, url: item.urls[i] || void 0, updateTime: item.updateTime };
      return found.content === mark.content ? recordFound(run, hit) : failOtherContent(run, hit, found);
    }
  }
  const title = run.record.title.trim();
  const retried = run.options.retry?.has(run.source.key) ?? false;
  const unmarked = listed.items.find(
    (item) => item.titles.some((t) => t.trim() === title) && item.contents.every((c) => !readMark(c))
  );
  if (unmarked && !retried) return failSameTitle(run, unmarked.articleId, unmarked.updateTime);
  if (!listed.complete) {
    return fail(run, {
      step: "check-wechat",
      kind: "reconcile",
      message: `WeChat lists more publications since ${run.iso(since)} than wxgate reads in one run; it cannot tell whether this article is among them`,
      hint: "请在公众平台「发表记录」核对本文是否已发表；未发表则运行 wxgate publish --retry <文章> / check 发表记录 in the MP backend; if it is not there, run wxgate publish --retry <article>",
      retry: "manual",
      resume: run.record.state
    });
  }
  return void 0;
}
async function ownDraft(run) {
  const mark = markOf(run.source.key, run.record.content_hash);
  let box;
  try {
    box = await run.lists.draftBox();
  } catch (error) {
    return { error };
  }
  const ours = box.filter((d) => d.contents.some((c) => readMark(c)?.article === mark.article));
  const same = ours.find((d) => d.contents.some((c) => readMark(c)?.content === mark.content));
  if (!same) return void 0;
  return { mediaId: same.mediaId, others: ours.filter((d) => d !== same).map((d) => d.mediaId) };
}
function publishAtOf(run) {
  return parseIso(run.record.publish_at) ?? run.source.fields.publishAt ?? run.now();
}
async function recordFound(run, hit) {
  const when = hit.updateTime > 0 ? run.iso(hit.updateTime * 1e3) : "a time WeChat does not give";
  const note = `WeChat already lists this article as published (article_id ${hit.articleId}, ${when}): its record had been lost or rewound; recorded as published, not published again`;
  run.deps.log.warn(`${run.source.key}: ${note}`);
  await run.save({
    event: note,
    mutate: (rec) => {
      rec.state = "published";
      rec.method = "freepublish";
      rec.wechat.article_id = hit.articleId;
      if (hit.url) rec.wechat.url = hit.url;
      rec.wechat.publish_status = PUBLISH_STATUS_CODE.success;
      rec.wechat.publish_status_name = PUBLISH_STATUS[PUBLISH_STATUS_CODE.success];
      rec.times.published_at = hit.updateTime > 0 ? run.iso(hit.updateTime * 1e3) : run.iso();
      rec.notes = [...rec.notes ?? [], `${run.iso()} ${note}`];
    },
    release: !run.record.withdrawal
  });
  return "continue";
}
function failOtherContent(run, hit, found) {
  return fail(run, {
    step: "check-wechat",
    kind: "reconcile",
    message: `WeChat already lists a publication of this article (article_id ${hit.articleId}) made from other content (${found.content}…, now ${markOf(run.source.key, run.record.content_hash).content}…); its record had been lost or rewound, and wxgate does not publish an article twice`,
    hint: "请在公众平台「发表记录」核对；如确需以新内容再次发表，先删除旧的发表，再运行 wxgate publish --retry <文章> / check 发表记录 in the MP backend; to publish the new content, delete the old publication first, then run wxgate publish --retry <article>",
    retry: "manual",
    resume: run.record.state
  });
}
function failSameTitle(run, articleId, updateTime) {
  return fail(run, {
    step: "check-wechat",
    kind: "reconcile",
    message: `WeChat lists a publication titled like this article (article_id ${articleId}, ${updateTime > 0 ? run.iso(updateTime * 1e3) : "time unknown"}) without wxgate's mark (published by hand, or by an older wxgate); wxgate does not submit until a person has checked`,
    hint: "请在公众平台「发表记录」核对：若就是本文，无需操作；若不是，运行 wxgate publish --retry <文章> / check 发表记录 in the MP backend: if it is this article, nothing to do; if not, run wxgate publish --retry <article>",
    retry: "manual",
    resume: run.record.state
  });
}

// src/publish/steps/submit.ts
async function submitDraft(run) {
  const mediaId = run.record.wechat.draft_media_id;
  const published = await stopIfPublished(run);
  if (published) return published;
  await announce(run, "submit", mediaId);
  return sendSubmit(
    run,
    mediaId,
    "freepublish/submit accepted",
    (error) => (
      // The draft is gone from the draft box: a new one is made from the uploaded images.
      failOrDefer(run, error, "submit", "images-uploaded", { retry: "automatic" })
    )
  );
}
async function sendSubmit(run, mediaId, what, draftGone) {
  let result;
  try {
    result = await run.wechat.submitPublish(mediaId);
  } catch (error) {
    if (error instanceof WeChatError && error.ambiguous) return recordLostAnswer(run, error);
    if (error instanceof WeChatError && error.kind === "not-found") return draftGone(error);
    return failOrDefer(run, error, "submit", "drafted");
  }
  await recordSubmitted(run, result, what);
  return "continue";
}
async function recordSubmitted(run, result, what) {
  await run.save({
    event: `${what}: publish_id ${result.publishId}`,
    mutate: (rec) => {
      rec.state = "submitted";
      rec.method = "freepublish";
      rec.wechat.publish_id = result.publishId;
      if (result.msgDataId !== void 0) rec.wechat.msg_data_id = result.msgDataId;
      rec.times.submitted_at = run.iso();
      rec.polls = { count: 0, last_at: null, next_at: null };
    }
  });
}
async function recordLostAnswer(run, error) {
  const next = run.now() + LOST_ANSWER_RECHECK_MS;
  await run.save({
    event: `${error.endpoint}: no answer (${error.message.split(" — ")[0]}); whether WeChat acted is unknown — the next run resolves it before doing anything else`,
    keepInFlight: true,
    release: true,
    mutate: (rec) => {
      rec.polls = { count: rec.polls?.count ?? 0, last_at: null, next_at: run.iso(next) };
    }
  });
  return "stop";
}

// src/publish/steps/mass-send.ts
function clientMsgIdFor(article, contentHash, draftMediaId) {
  const digest = createHash2("sha256").update(`${article}
${contentHash}
${draftMediaId ?? ""}`).digest("hex");
  return `wxgate-${digest.slice(0, 40)}`;
}
function clientMsgId(r) {
  return r.wechat.client_msg_id ?? clientMsgIdFor(r.article, r.content_hash, r.wechat.draft_media_id);
}
async function massSendDraft(run) {
  const intent = run.record.in_flight;
  const lost = run.interruptedStep?.step === "mass-send" ? run.interruptedStep : void 0;
  if (lost && run.now() - (parseIso(lost.at) ?? 0) > MASS_SEND_RESEND_WINDOW_MS) {
    return fail(run, {
      step: "mass-send",
      kind: "reconcile",
      message: `the answer to run ${lost.run}'s sendall was lost over a day ago; WeChat dedupes a clientmsgid for 24 h only, so wxgate will not send again`,
      hint: "请在公众平台「群发记录」核对是否已发送 / check 群发记录 in the MP backend",
      retry: "manual",
      resume: "images-uploaded"
    });
  }
  const mediaId = run.record.wechat.draft_media_id;
  const id = clientMsgId(run.record);
  await announce(
    run,
    "mass-send",
    id,
    run.record.wechat.client_msg_id ? void 0 : (rec) => {
      rec.wechat.client_msg_id = id;
    }
  );
  let result;
  try {
    result = await run.wechat.massSend(mediaId, { clientMsgId: id });
  } catch (error) {
    if (error instanceof WeChatError && error.ambiguous) return recordLostAnswer(run, error);
    return failOrDefer(run, error, "mass-send", "drafted");
  }
  await run.save({
    event: result.duplicate ? `mass send already accepted earlier (45065 for clientmsgid ${id}): msg_id ${result.msgId}` : `mass send accepted (sendall): msg_id ${result.msgId}`,
    mutate: (rec) => {
      rec.state = "published";
      rec.method = "mass-send";
      rec.wechat.msg_id = result.msgId;
      rec.wechat.client_msg_id = id;
      if (result.msgDataId !== void 0) rec.wechat.msg_data_id = result.msgDataId;
      rec.times.submitted_at ??= intent?.at ?? run.iso();
      rec.times.published_at = run.iso();
    },
    release: !run.record.withdrawal
  });
  return "continue";
}

// src/publish/steps/draft.ts
async function addDraft(run) {
  const { front, article } = run.source;
  const cover = run.record.wechat.cover;
  if (!front || !article || !cover) return "stop";
  const urls = new Map(run.record.wechat.images.map((i) => [i.file, i.url]));
  let html;
  try {
    html = renderArticle(article, { theme: run.deps.theme, imageUrl: (p) => urls.get(p) }).html;
  } catch (error) {
    return failContent(run, error);
  }
  const published = await stopIfPublished(run);
  if (published) return published;
  const existing = await ownDraft(run);
  if (existing && "error" in existing)
    return failOrDefer(run, existing.error, "add-draft", "images-uploaded");
  if (existing) {
    const older = existing.others.length ? `; older drafts of this article stay in 草稿箱 unused (${existing.others.join(", ")})` : "";
    return recordDraft(
      run,
      existing.mediaId,
      `draft ${existing.mediaId} of this content found in 草稿箱: used, not added again${older}`
    );
  }
  const draft = {
    title: front.title,
    author: front.author,
    content: withMark(html, markOf(run.source.key, run.record.content_hash)),
    thumbMediaId: cover.media_id
  };
  if (front.digest !== void 0) draft.digest = front.digest;
  if (front.type === "reprint" && front.source?.url) draft.contentSourceUrl = front.source.url;
  if (front.comments?.open !== void 0) draft.needOpenComment = front.comments.open;
  if (front.comments?.fansOnly !== void 0) draft.onlyFansCanComment = front.comments.fansOnly;
  await announce(run, "add-draft", "");
  let mediaId;
  try {
    mediaId = (await run.wechat.addDraft(draft)).mediaId;
  } catch (error) {
    if (error instanceof WeChatError && error.ambiguous) return recordLostAnswer(run, error);
    return failOrDefer(run, error, "add-draft", "images-uploaded");
  }
  return recordDraft(run, mediaId, `draft created (draft/add media_id ${mediaId})`);
}
async function recordDraft(run, mediaId, what) {
  const method = run.account.publishMethod;
  const handoff = method === "draft-only" ? handoffText(run, mediaId) : void 0;
  const msgId = method === "mass-send" ? clientMsgIdFor(run.record.article, run.record.content_hash, mediaId) : void 0;
  await run.save({
    event: `${what}${handoff ? "; waiting for a person to press 发表" : ""}`,
    mutate: (rec) => {
      rec.state = "drafted";
      rec.method = method;
      rec.wechat.draft_media_id = mediaId;
      rec.times.drafted_at = run.iso();
      if (handoff) rec.handoff = handoff;
      if (msgId) rec.wechat.client_msg_id = msgId;
    },
    ...method === "freepublish" ? { next: { step: "submit", detail: mediaId } } : msgId ? { next: { step: "mass-send", detail: msgId } } : { release: !run.record.withdrawal }
  });
  return method === "draft-only" && !run.record.withdrawal ? "stop" : "continue";
}
async function handOffDraft(run) {
  const mediaId = run.record.wechat.draft_media_id ?? "";
  await run.save({
    event: "publish method is draft-only: the draft waits for a person to press 发表",
    mutate: (rec) => {
      rec.method = "draft-only";
      rec.handoff = handoffText(run, mediaId);
    },
    release: true
  });
  return "stop";
}
function handoffText(run, mediaId) {
  const team = run.account.ownerTeam;
  return `draft-only：草稿已创建（media_id ${mediaId}）。请 ${team} 登录微信公众平台 → 草稿箱，核对后手动点击「发表」。未认证账号自 2025-07 起不能通过接口发表，wxgate 不会代为发表。 / The draft is ready; a person of ${team} presses 发表 in the MP backend (草稿箱). wxgate does not publish draft-only accounts.`;
}

// src/publish/steps/withdrawn.ts
function recordWithdrawn(run, rec, deleted, note) {
  rec.state = "withdrawn";
  rec.times.withdrawn_at = run.iso();
  if (rec.withdrawal) {
    rec.withdrawal.done_at = run.iso();
    rec.withdrawal.deleted = deleted;
    rec.withdrawal.note = note;
  }
  rec.failure = void 0;
  rec.polls = void 0;
}

// src/publish/steps/poll.ts
var FAILED_JOB_WORDS = {
  [PUBLISH_STATUS_CODE.originalCheckFailed]: [
    "原创声明校验未通过",
    "the original-content (原创) check failed"
  ],
  [PUBLISH_STATUS_CODE.failed]: ["常规失败，微信未给出原因", "publishing failed; WeChat gives no reason"],
  [PUBLISH_STATUS_CODE.reviewRejected]: ["平台审核未通过", "the platform review rejected it"],
  [PUBLISH_STATUS_CODE.banned]: ["发表后被平台封禁", "it was published, then banned by the platform"]
};
async function pollPublishJob(run, mode) {
  const publishId = run.record.wechat.publish_id;
  if (!publishId) return "stop";
  const today = localDate(run.now(), run.deps.timeZone);
  const calls = run.session.accountLedger().api_calls;
  const used = calls.date === today ? calls["freepublish/get"] : 0;
  const budget = run.options.dailyPollBudget - used;
  const max = mode.once ? 1 : run.options.maxPollsPerRun;
  let made = 0;
  let status;
  let error;
  for (let i = 0; i < max && made < budget; i++) {
    if (!mode.once || i > 0) await run.deps.clock.sleep(run.options.pollIntervalMs * 2 ** i);
    try {
      status = await run.wechat.getPublishStatus(publishId);
      made++;
    } catch (e) {
      made++;
      error = e;
      break;
    }
    if (!status.pending) break;
  }
  const count = (run.record.polls?.count ?? 0) + made;
  const countCalls = (a) => {
    if (a.api_calls.date !== today) a.api_calls = { date: today, "freepublish/get": 0 };
    a.api_calls["freepublish/get"] += made;
  };
  if (error !== void 0)
    return failOrDefer(run, error, "poll", "submitted", { account: countCalls, polls: count });
  if (!status || status.pending) return waitForNextRun(run, { made, count, countCalls });
  const s = status;
  const setStatus = (rec) => {
    rec.wechat.publish_status = s.status;
    rec.wechat.publish_status_name = s.name;
    if (s.failIdx?.length) rec.wechat.fail_idx = s.failIdx;
    rec.polls = { count, last_at: run.iso(), next_at: null };
  };
  if (s.status === PUBLISH_STATUS_CODE.success) {
    await run.save({
      event: `published: article_id ${s.articleId ?? "?"} ${s.articleUrls?.[0] ?? ""}`.trim(),
      mutate: (rec) => {
        setStatus(rec);
        rec.state = "published";
        if (s.articleId) rec.wechat.article_id = s.articleId;
        if (s.articleUrls?.[0]) rec.wechat.url = s.articleUrls[0];
        rec.times.published_at = run.iso();
      },
      account: countCalls,
      release: !run.record.withdrawal
    });
    return "continue";
  }
  if (s.status === PUBLISH_STATUS_CODE.deletedByUser) {
    await run.save({
      event: "WeChat reports publish_status 5: published, then deleted by a person in the MP backend",
      mutate: (rec) => {
        setStatus(rec);
        rec.state = "withdrawn";
        if (s.articleId) rec.wechat.article_id = s.articleId;
        rec.times.withdrawn_at = run.iso();
        rec.withdrawal ??= {
          requested_at: run.iso(),
          by: "a person in the MP backend (publish_status 5)",
          reason: "deleted outside wxgate",
          source: "workflow",
          commit: null,
          done_at: run.iso(),
          deleted: true,
          note: null
        };
        if (rec.withdrawal) {
          rec.withdrawal.done_at ??= run.iso();
          rec.withdrawal.deleted = true;
        }
      },
      account: countCalls,
      release: true
    });
    return "stop";
  }
  const [zh, en] = FAILED_JOB_WORDS[s.status] ?? ["未知状态", "unknown status"];
  if (run.record.withdrawal) {
    await run.save({
      event: `withdrawn: WeChat reports publish_status ${s.status} (${s.name}); nothing is online`,
      mutate: (rec) => {
        setStatus(rec);
        recordWithdrawn(run, rec, false, `publish_status ${s.status}: ${en}`);
      },
      account: countCalls,
      release: true
    });
    return "stop";
  }
  return fail(run, {
    step: "poll",
    kind: "publish-status",
    message: `WeChat reports publish_status ${s.status} (${s.name}): ${en}` + (s.failIdx?.length ? `; failed article(s) ${s.failIdx.join(", ")}` : ""),
    hint: `${zh}。修改文章并合并后会自动重新发表（新草稿），或确认后运行 wxgate publish --retry <文章> / ${en}. A changed article is published again automatically (a new draft); or run wxgate publish --retry <article>.`,
    retry: s.status === PUBLISH_STATUS_CODE.banned ? "manual" : "on-change",
    resume: "images-uploaded",
    mutate: setStatus,
    account: countCalls
  });
}
async function waitForNextRun(run, polls) {
  const { made, count, countCalls } = polls;
  const runs = Math.ceil(count / Math.max(1, run.options.maxPollsPerRun));
  const wait = Math.min(NEXT_POLL_BASE_MS * 2 ** Math.max(0, runs - 1), NEXT_POLL_MAX_MS);
  const why = made === 0 ? `the day's freepublish/get budget (${run.options.dailyPollBudget}) is used up` : `still publishing after ${count} poll(s)`;
  await run.save({
    event: `${why}; next look at ${run.iso(run.now() + wait)}`,
    mutate: (rec) => {
      rec.polls = {
        count,
        last_at: made ? run.iso() : rec.polls?.last_at ?? null,
        next_at: run.iso(run.now() + wait)
      };
    },
    ...countCalls ? { account: countCalls } : {},
    release: true
  });
  return "stop";
}

// src/publish/session.ts
var LostLeaseError = class extends Error {
};
function readRecord(snapshot, path) {
  const text = snapshot.read(path);
  return text === void 0 ? void 0 : parseRecord(path, text);
}
var ArticleSession = class {
  constructor(ledger, path, record, me, clock, zone, leaseMs) {
    this.ledger = ledger;
    this.path = path;
    this.record = record;
    this.me = me;
    this.clock = clock;
    this.zone = zone;
    this.leaseMs = leaseMs;
  }
  ledger;
  path;
  record;
  me;
  clock;
  zone;
  leaseMs;
  holding = true;
  get accountPath() {
    return accountLedgerPath(this.record.account);
  }
  accountLedger() {
    return parseAccountLedger(this.accountPath, this.ledger.snapshot.read(this.accountPath));
  }
  now() {
    return this.clock.now();
  }
  iso(ms = this.clock.now()) {
    return isoIn(ms, this.zone);
  }
  async save(request) {
    const now = this.clock.now();
    const expected = this.record.revision;
    const desired = structuredClone(this.record);
    request.mutate?.(desired);
    if (request.next) {
      desired.in_flight = { step: request.next.step, run: this.me.id, at: isoIn(now, this.zone) };
      if (request.next.detail) desired.in_flight.detail = request.next.detail;
    } else if (!request.keepInFlight) {
      desired.in_flight = void 0;
    }
    desired.revision = expected + 1;
    desired.lease = request.release ? void 0 : lease(this.me, now + this.leaseMs, this.zone);
    desired.history = [
      ...desired.history,
      { at: isoIn(now, this.zone), state: desired.state, run: this.me.id, event: request.event }
    ];
    const written = await this.ledger.transact((snapshot) => {
      const fresh = readRecord(snapshot, this.path);
      if (!fresh || fresh.revision !== expected || fresh.lease?.run !== this.me.id) {
        throw new LostLeaseError(
          `${this.path}: another run changed the record (revision ${fresh?.revision ?? "none"}, expected ${expected})`
        );
      }
      const changes = /* @__PURE__ */ new Map([[this.path, formatRecord(desired)]]);
      if (request.account) {
        const account = parseAccountLedger(this.accountPath, snapshot.read(this.accountPath));
        request.account(account);
        changes.set(this.accountPath, formatAccountLedger(account));
      }
      return { value: desired, changes, message: commitMessage(desired, request.event, this.me.id) };
    });
    this.record = written;
    if (request.release) this.holding = false;
  }
};
function lease(me, until, zone) {
  return { run: me.id, host: me.host, pid: me.pid, until: isoIn(until, zone) };
}

// src/publish/steps/reconcile.ts
var BATCHGET_PAGE_SIZE = 20;
var BATCHGET_MAX_PAGES = 5;
var MINUTE2 = 6e4;
async function reconcileLostSubmit(run) {
  const lost = run.record.in_flight;
  const since = parseIso(lost.at) ?? 0;
  let found;
  try {
    found = await findPublication(run, since);
  } catch (error) {
    return failOrDefer(run, error, "reconcile", "drafted", { keepInFlight: true });
  }
  if (found) {
    const hit = found;
    await run.save({
      event: `reconciled: the submit of run ${lost.run} did publish — freepublish/batchget lists it as article_id ${hit.articleId} (its publish_id was never recorded)`,
      mutate: (rec) => {
        rec.state = "published";
        rec.method = "freepublish";
        rec.wechat.publish_id = rec.wechat.publish_id ?? null;
        rec.wechat.article_id = hit.articleId;
        if (hit.url) rec.wechat.url = hit.url;
        rec.wechat.publish_status = PUBLISH_STATUS_CODE.success;
        rec.wechat.publish_status_name = PUBLISH_STATUS[PUBLISH_STATUS_CODE.success];
        rec.times.published_at = run.iso();
        rec.times.submitted_at ??= lost.at;
        rec.polls = void 0;
      },
      release: !run.record.withdrawal
    });
    return "continue";
  }
  const age = run.now() - since;
  const grace = run.options.submitGraceMs;
  if (age < grace) {
    const looks = (run.record.polls?.count ?? 0) + 1;
    const doublings = Math.min(looks - 1, RECONCILE_RECHECK_MAX_DOUBLINGS);
    const wait = Math.min(grace - age, RECONCILE_RECHECK_BASE_MS * 2 ** doublings);
    await run.save({
      event: `reconciling the submit of run ${lost.run}: not listed by freepublish/batchget ${Math.round(age / 1e3)} s after it was sent (a job still publishing is not listed); looking again later`,
      keepInFlight: true,
      release: true,
      mutate: (rec) => {
        rec.polls = { count: looks, last_at: run.iso(), next_at: run.iso(run.now() + wait) };
      }
    });
    return "stop";
  }
  if (run.record.withdrawal) {
    await run.save({
      event: `withdrawn: the submit of run ${lost.run} never produced a publication within ${grace / MINUTE2} min`,
      mutate: (rec) => recordWithdrawn(run, rec, false, "nothing was published; the draft was not submitted again"),
      release: true
    });
    return "stop";
  }
  if (run.record.content_hash !== run.source.contentHash) {
    return fail(run, {
      step: "reconcile",
      kind: "reconcile",
      message: `the answer to run ${lost.run}'s freepublish/submit was lost, nothing is listed as published, and the article has changed since; wxgate will not submit the old draft`,
      hint: "请在公众平台「发表记录」确认该文未发表，然后运行 wxgate publish --retry <文章> / check 发表记录 in the MP backend; if nothing was published run wxgate publish --retry <article>",
      retry: "manual",
      resume: "images-uploaded"
    });
  }
  return submitSameDraftAgain(run, lost.run, grace);
}
async function submitSameDraftAgain(run, lostRun, grace) {
  const mediaId = run.record.wechat.draft_media_id;
  await run.save({
    event: `no publication appeared within ${grace / MINUTE2} min of run ${lostRun}'s submit: submitting the same draft again (a published draft leaves the draft box, so WeChat refuses it with 40007 if the first submit went through)`,
    next: { step: "submit", detail: mediaId }
  });
  return sendSubmit(
    run,
    mediaId,
    "freepublish/submit (again, after reconciling) accepted",
    (error) => fail(run, {
      step: "submit",
      kind: "reconcile",
      errcode: error.errcode ?? null,
      message: `the draft ${mediaId} is gone (${error.errcode}): run ${lostRun}'s lost submit probably used it, yet freepublish/batchget lists no publication of it`,
      hint: "请在公众平台「发表记录」核对：若已发表，无需操作；若未发表，运行 wxgate publish --retry <文章> 重新建草稿 / check 发表记录 in the MP backend; if it is not there, run wxgate publish --retry <article>",
      retry: "manual",
      resume: "images-uploaded"
    })
  );
}
async function findPublication(run, since) {
  const taken = /* @__PURE__ */ new Set();
  const snapshot = run.deps.ledger.snapshot;
  for (const path of snapshot.paths(`records/${run.record.account}/`)) {
    if (path === run.session.path) continue;
    const id = readRecord(snapshot, path)?.wechat.article_id;
    if (id) taken.add(id);
  }
  const earliest = Math.floor((since - RECONCILE_LOOKBACK_MS) / 1e3);
  for (let offset = 0, page = 0; page < BATCHGET_MAX_PAGES; page++, offset += BATCHGET_PAGE_SIZE) {
    const { totalCount, items } = await run.wechat.listPublished(offset, BATCHGET_PAGE_SIZE);
    for (const item of items) {
      const i = item.titles.indexOf(run.record.title);
      if (i !== -1 && item.updateTime >= earliest && !taken.has(item.articleId)) {
        return { articleId: item.articleId, url: item.urls[i] || void 0 };
      }
    }
    const oldest = Math.min(...items.map((item) => item.updateTime));
    const lastPage = items.length < BATCHGET_PAGE_SIZE || offset + items.length >= totalCount;
    if (lastPage || oldest < earliest) break;
  }
  return void 0;
}

// src/publish/steps/upload.ts
async function uploadImagesAndCover(run) {
  const { source } = run;
  if (!source.front || !source.article) {
    return fail(run, {
      step: "check",
      kind: "content",
      message: `the article cannot be published as written: ${source.problems.join("; ") || "front matter incomplete"}`,
      hint: "修正文章头信息后合并 / fix the front matter and merge the fix",
      retry: "on-change",
      resume: "claimed"
    });
  }
  const checks = run.record.checks;
  if (checks.errors > 0) {
    return fail(run, {
      step: "check",
      kind: "check",
      message: `wxgate check finds ${checks.errors} error(s) on the merged article: ${checks.rules.join(", ")}`,
      hint: "运行 wxgate check 并通过 PR 修正 / run wxgate check and fix the article in a pull request",
      retry: "on-change",
      resume: "claimed"
    });
  }
  let images;
  try {
    images = collectImages(source.article);
  } catch (error) {
    return failContent(run, error);
  }
  const cacheHits = [];
  const recordCacheHits = (rec) => {
    for (const hit of cacheHits) {
      if (!rec.wechat.images.some((i) => i.file === hit.file)) rec.wechat.images.push(hit);
    }
  };
  const known = (file) => run.record.wechat.images.some((i) => i.file === file) || cacheHits.some((i) => i.file === file);
  for (const file of images) {
    if (known(file)) continue;
    let asset;
    try {
      asset = assetOf(source, file);
    } catch (error) {
      return failContent(run, error, `image ${file} cannot be read`);
    }
    const cached = run.session.accountLedger().images[asset.sha256];
    if (cached) {
      cacheHits.push({ file, sha256: asset.sha256, url: cached.url });
      continue;
    }
    await announce(run, "upload-image", file, recordCacheHits);
    cacheHits.length = 0;
    let url;
    try {
      url = (await run.wechat.uploadContentImage(asset.bytes, basename(file))).url;
    } catch (error) {
      return failOrDefer(run, error, "upload-image", "claimed");
    }
    const at = run.iso();
    await run.save({
      event: `content image ${file} uploaded (media/uploadimg)`,
      mutate: (rec) => {
        rec.wechat.images.push({ file, sha256: asset.sha256, url });
      },
      account: (a) => {
        a.images[asset.sha256] ??= { url, file: `${source.dir}/${file}`, at };
      }
    });
  }
  const coverFile = source.front.cover;
  let coverAsset;
  try {
    coverAsset = assetOf(source, coverFile);
  } catch (error) {
    return failContent(run, error, `cover ${coverFile} cannot be read`);
  }
  let cover = run.record.wechat.cover?.sha256 === coverAsset.sha256 ? run.record.wechat.cover : void 0;
  if (!cover) {
    const cached = run.session.accountLedger().covers[coverAsset.sha256];
    if (cached) {
      cover = { file: coverFile, sha256: coverAsset.sha256, media_id: cached.media_id, url: cached.url };
    } else {
      await announce(run, "upload-cover", coverFile, recordCacheHits);
      cacheHits.length = 0;
      let uploaded;
      try {
        uploaded = await run.wechat.addCoverMaterial(coverAsset.bytes, basename(coverFile));
      } catch (error) {
        return failOrDefer(run, error, "upload-cover", "claimed");
      }
      const done = {
        file: coverFile,
        sha256: coverAsset.sha256,
        media_id: uploaded.mediaId,
        url: uploaded.url
      };
      cover = done;
      const at = run.iso();
      await run.save({
        event: `cover ${coverFile} uploaded (material/add_material)`,
        mutate: (rec) => {
          rec.wechat.cover = done;
        },
        account: (a) => {
          a.covers[done.sha256] ??= {
            media_id: done.media_id,
            url: done.url,
            file: `${source.dir}/${coverFile}`,
            at
          };
        }
      });
    }
  }
  const finalCover = cover;
  await run.save({
    event: `images ready: ${run.record.wechat.images.length + cacheHits.length} content image(s) and the cover`,
    mutate: (rec) => {
      recordCacheHits(rec);
      rec.wechat.cover = finalCover;
      rec.state = "images-uploaded";
    },
    next: { step: "add-draft" }
  });
  return "continue";
}
function basename(path) {
  return path.split("/").pop() ?? path;
}

// src/publish/steps/withdraw.ts
async function withdrawArticle(run) {
  const r = run.record;
  if (r.state === "published") return deletePublication(run);
  if (r.state === "submitted") return pollPublishJob(run, { once: true });
  const interrupted = run.interruptedStep?.step;
  if (interrupted === "submit") return reconcileLostSubmit(run);
  if (interrupted === "mass-send") return massSendDraft(run);
  const note = r.state === "drafted" && r.method === "draft-only" ? "the draft was handed to a person: if it was published by hand, delete it in the MP backend (wxgate cannot see manual publications)" : r.wechat.draft_media_id ? `never published; draft ${r.wechat.draft_media_id} stays in 草稿箱 unused` : "never published";
  const w = r.withdrawal;
  await run.save({
    event: `withdrawn by ${w.by} before publication: ${note}. Reason: ${w.reason}`,
    mutate: (rec) => recordWithdrawn(run, rec, false, note),
    release: true
  });
  return "stop";
}
async function deletePublication(run) {
  const r = run.record;
  const w = r.withdrawal;
  const massSent = r.method === "mass-send" && r.wechat.msg_id;
  const id = massSent ? r.wechat.msg_id : r.wechat.article_id;
  if (!id) {
    await run.save({
      event: `withdrawn by ${w.by}: no WeChat id is known — delete it in the MP backend`,
      mutate: (rec) => recordWithdrawn(run, rec, false, "no article_id/msg_id known: delete it by hand in the MP backend"),
      release: true
    });
    run.failed = true;
    return "stop";
  }
  await announce(run, "delete", id);
  let note = massSent ? `mass send ${id} deleted (message/mass/delete)` : `publication ${id} deleted (freepublish/delete)`;
  try {
    if (massSent) await run.wechat.deleteMassSend(id);
    else await run.wechat.deletePublication(id);
  } catch (error) {
    if (!(error instanceof WeChatError && error.kind === "not-found"))
      return recordDeleteFailed(run, id, error);
    note = `WeChat no longer knows ${id} (${error.errcode}): already deleted`;
  }
  await run.save({
    event: `withdrawn by ${w.by}: ${note}. Reason: ${w.reason}`,
    mutate: (rec) => recordWithdrawn(run, rec, true, note),
    release: true
  });
  return "stop";
}
async function recordDeleteFailed(run, id, error) {
  const info = classify(error, run.now());
  await run.save({
    event: `withdrawal of ${id} failed: ${info.message}`,
    mutate: (rec) => {
      if (rec.withdrawal) rec.withdrawal.note = `${run.iso()} delete failed: ${info.message} — ${info.hint}`;
      if (info.defer) rec.deferred = { until: run.iso(info.defer), reason: info.message };
    },
    release: true
  });
  run.failed = true;
  return "stop";
}

// src/publish/machine.ts
var stop = async () => "stop";
var PUBLISH_DRAFT = {
  freepublish: submitDraft,
  "mass-send": massSendDraft,
  "draft-only": handOffDraft
};
var STEP_FROM = {
  claimed: uploadImagesAndCover,
  "images-uploaded": addDraft,
  drafted: (run) => PUBLISH_DRAFT[run.account.publishMethod](run),
  submitted: (run) => pollPublishJob(run, { once: false }),
  published: stop,
  failed: stop,
  withdrawn: stop
};
async function drive(run) {
  for (let steps = 0; steps < MAX_STEPS_PER_RUN; steps++) {
    if (await nextStep(run)(run) === "stop") return;
  }
  throw new Error(
    `${run.record.article}: the publish state machine did not settle (state ${run.record.state})`
  );
}
function nextStep(run) {
  const r = run.record;
  if (r.withdrawal && !r.withdrawal.done_at) return withdrawArticle;
  if (run.interruptedStep) return resolveInterruptedStep;
  return STEP_FROM[r.state];
}
async function resolveInterruptedStep(run) {
  const f = run.interruptedStep;
  if (f.step === "submit") return reconcileLostSubmit(run);
  if (f.step === "mass-send") return massSendDraft(run);
  const what = f.step === "add-draft" ? "draft/add; looking in 草稿箱 for its draft before adding one" : `${f.step}${f.detail ? ` ${f.detail}` : ""} (the file may have been uploaded without being recorded); doing the step again`;
  await run.save({ event: `run ${f.run} stopped during ${what}` });
  return "continue";
}

// src/publish/outcome-text.ts
var STATE_NAMES = {
  claimed: { zh: "已认领", en: "claimed" },
  "images-uploaded": { zh: "图片已上传", en: "images-uploaded" },
  drafted: { zh: "草稿已建", en: "drafted" },
  submitted: { zh: "发表中", en: "submitted" },
  published: { zh: "已发表", en: "published" },
  failed: { zh: "失败", en: "failed" },
  withdrawn: { zh: "已撤回", en: "withdrawn" }
};
var LEFT_FOR_NEXT_RUN = { zh: "留待下次运行处理", en: "left for the next run" };
var TAKEN_OVER = { zh: "已由另一次运行接手", en: "taken over by another run" };
var OUTSIDE = {
  confirmed: (how) => ({
    zh: `在发布运行之外被改动；微信确认已发表（${how}）`,
    en: `changed outside a publish run; WeChat confirms the publication (${how})`
  }),
  unconfirmed: (why) => ({
    zh: `在发布运行之外被改成“已发表”，但微信不确认（${why}）：记为失败，交由人工处理`,
    en: `changed outside a publish run to say published, but WeChat does not confirm it (${why}): failed, for a person`
  }),
  unasked: (info) => ({
    zh: `在发布运行之外被改动，且无法向微信核实（${info}）；核实之前不写入任何记录`,
    en: `changed outside a publish run, and WeChat could not be asked (${info}); nothing is written until a run has checked it`
  }),
  checkedNextRun: {
    zh: "在发布运行之外被改动：下次运行时向微信核实",
    en: "changed outside a publish run: checked at WeChat by the next run"
  },
  noted: {
    zh: "在发布运行之外被改动；已记入它的历史",
    en: "changed outside a publish run; noted in its history"
  },
  notARecord: {
    zh: "在发布运行之外被改成了不是发布记录的内容",
    en: "changed outside a publish run into something that is not a publish record"
  },
  deleted: {
    zh: "在发布运行之外被删除：视为从未发表，提交前先向微信核实",
    en: "deleted outside a publish run: the article counts as never published, and WeChat is asked before any submit"
  }
};
function unreadableRecord(problem) {
  return { zh: `账本记录无法读取：${problem}`, en: `ledger record unreadable: ${problem}` };
}
function describeOutcome(r) {
  const w = r.wechat;
  const state = STATE_NAMES[r.state];
  if (r.withdrawal && !r.withdrawal.done_at) {
    const note = r.withdrawal.note ? `: ${r.withdrawal.note}` : "";
    return {
      zh: `撤回已记录，尚未完成（状态：${state.zh}${note ? `，${r.withdrawal.note}` : ""}）；下次运行完成它`,
      en: `withdrawal recorded, not done yet (state ${r.state}${note}); the next run finishes it`
    };
  }
  if (r.state === "images-uploaded" && r.in_flight?.step === "add-draft") {
    return {
      zh: "已调用 draft/add，但未收到答复：下次运行先在草稿箱里找，再决定是否新建草稿",
      en: "draft/add sent, answer lost: the next run looks in 草稿箱 before adding a draft"
    };
  }
  switch (r.state) {
    case "published":
      if (r.method === "mass-send") {
        return { zh: `已群发，msg_id ${w.msg_id}`, en: `published by mass send, msg_id ${w.msg_id}` };
      }
      return {
        zh: `已发表，article_id ${w.article_id ?? "?"}${w.url ? ` ${w.url}` : ""}`,
        en: `published, article_id ${w.article_id ?? "?"}${w.url ? ` ${w.url}` : ""}`
      };
    case "drafted":
      if (r.method === "draft-only") {
        return {
          zh: `草稿 ${w.draft_media_id} 已建：需要有人在公众号后台点“发表”（仅草稿账号）`,
          en: `draft ${w.draft_media_id} created: a person must press 发表 (draft-only)`
        };
      }
      return r.in_flight?.step === "submit" ? {
        zh: "已提交发表，但未收到答复：下次运行核对",
        en: "submitted, answer lost: reconciling on the next run"
      } : { zh: "草稿已建", en: "drafted" };
    case "submitted":
      return {
        zh: `已提交（publish_id ${w.publish_id}），仍在发表中——下次运行再查询`,
        en: `submitted (publish_id ${w.publish_id}); still publishing — the next run polls again`
      };
    case "failed": {
      const f = r.failure;
      return {
        zh: `在 ${f?.step} 步失败：${f?.message} —— ${f?.hint}（重试：${f?.retry}）`,
        en: `failed at ${f?.step}: ${f?.message} — ${f?.hint} (retry: ${f?.retry})`
      };
    }
    case "withdrawn":
      return {
        zh: `已撤回（${r.withdrawal?.note ?? "完成"}）`,
        en: `withdrawn (${r.withdrawal?.note ?? "done"})`
      };
    default:
      return r.deferred ? {
        zh: `${state.zh}；推迟到 ${r.deferred.until}：${r.deferred.reason}`,
        en: `${r.state}; deferred until ${r.deferred.until}: ${r.deferred.reason}`
      } : { zh: state.zh, en: r.state };
  }
}

// src/publish/outside.ts
async function checkOutsideChanges(deps, options) {
  const snapshot = deps.ledger.snapshot;
  const outside = snapshot.outside;
  if (!outside) return { outcomes: [], proceed: true };
  const since = outside.since.slice(0, 12);
  const records = outside.paths.filter((p) => /^records\/[^/]+\/[^/]+\.yml$/.test(p));
  deps.log.warn(
    `the ledger ${deps.ledger.describe()} was changed outside a publish run after commit ${since}: ${outside.paths.join(", ")}`
  );
  if (options.dryRun) {
    const outcomes2 = records.map(
      (path) => outcomeOf(path, readSafely(snapshot, path), OUTSIDE.checkedNextRun, false)
    );
    return { outcomes: outcomes2, proceed: true };
  }
  if (records.length === 0 && !outside.paths.some(isAccountLedger)) {
    await deps.ledger.accept(snapshot);
    return { outcomes: [], proceed: true };
  }
  const verdicts = /* @__PURE__ */ new Map();
  const outcomes = [];
  for (const path of records) {
    const record = readSafely(snapshot, path);
    if (record?.state !== "published") continue;
    try {
      verdicts.set(path, await confirm(deps, record));
    } catch (error) {
      const info = error instanceof WeChatError ? classify(error, deps.clock.now()).message : String(error);
      outcomes.push(outcomeOf(path, record, OUTSIDE.unasked(info), true));
      return { outcomes, proceed: false };
    }
  }
  const wrote = await deps.ledger.transact((fresh) => acceptDecision(deps, fresh, outside, verdicts));
  if (!wrote) await deps.ledger.accept(deps.ledger.snapshot);
  for (const path of records) {
    const record = readSafely(deps.ledger.snapshot, path);
    const verdict = verdicts.get(path);
    const result = verdict ? verdict.confirmed ? OUTSIDE.confirmed(verdict.how) : OUTSIDE.unconfirmed(verdict.why) : record ? OUTSIDE.noted : deps.ledger.snapshot.read(path) !== void 0 ? OUTSIDE.notARecord : OUTSIDE.deleted;
    outcomes.push(outcomeOf(path, record, result, verdict?.confirmed === false));
  }
  return { outcomes, proceed: true };
}
function acceptDecision(deps, snapshot, checked, verdicts) {
  const outside = snapshot.outside;
  if (!outside || outside.until !== checked.until) {
    throw new LedgerChangedOutsideError(deps.ledger.describe(), outside ?? checked);
  }
  const at = isoIn(deps.clock.now(), deps.timeZone);
  const since = outside.since.slice(0, 12);
  const changes = /* @__PURE__ */ new Map();
  const lines = [];
  for (const path of outside.paths) {
    if (isAccountLedger(path)) {
      const kept = parseAccountLedger(path, snapshot.read(path)).api_calls;
      changes.set(path, formatAccountLedger({ ...emptyAccountLedger(), api_calls: kept }));
      lines.push(`${path}: media cache emptied (every image is uploaded again)`);
      continue;
    }
    const record = readSafely(snapshot, path);
    if (!record) continue;
    const verdict = verdicts.get(path);
    const r = structuredClone(record);
    const event = verdict ? verdict.confirmed ? `changed outside a publish run after ledger commit ${since}; WeChat confirms the publication: ${verdict.how}` : `changed outside a publish run after ledger commit ${since} to say published; WeChat does not confirm it: ${verdict.why}` : `changed outside a publish run after ledger commit ${since}`;
    if (verdict && !verdict.confirmed) unconfirmed(r, event, verdict.why, at);
    r.revision += 1;
    r.lease = void 0;
    r.history.push({ at, state: r.state, run: deps.me.id, event });
    changes.set(path, formatRecord(r));
    lines.push(`${path}: ${event}`);
  }
  const message = `publish: changes made outside a publish run checked

${lines.join("\n")}

Wxgate-Outside-Since: ${outside.since}
Wxgate-Outside-Until: ${outside.until}
Wxgate-Run: ${deps.me.id}
`;
  return { value: changes.size > 0, changes, message, acceptOutside: true };
}
function unconfirmed(r, event, why, at) {
  const claimed = Object.entries(r.wechat).filter(([k, v]) => k !== "images" && k !== "cover" && v !== void 0 && v !== null).map(([k, v]) => `${k} ${String(v)}`).join(", ");
  r.notes = [...r.notes ?? [], `${at} the record claimed: ${claimed || "no WeChat id"} (${event})`];
  r.state = "failed";
  r.wechat = { images: [] };
  r.in_flight = void 0;
  r.failure = {
    at,
    step: "confirm",
    kind: "unconfirmed",
    errcode: null,
    message: `the record was changed outside a publish run to say published, and WeChat does not confirm it: ${why}`,
    hint: "有人绕过 wxgate 改动了发布账本。请在公众平台「发表记录」核对本文是否已发表：未发表则运行 wxgate publish --retry <文章>；已发表则无需操作，并检查账本分支的保护规则 / someone changed the publish ledger by hand. Check 发表记录 in the MP backend: if the article is not there, run wxgate publish --retry <article>; if it is, nothing to do — and check the protection of the ledger branch (docs/setup.md)",
    retry: "manual",
    retry_after: null,
    attempts: (r.retries ?? 0) + 1,
    resume_from: "claimed",
    method: r.method
  };
  r.times.failed_at = at;
}
async function confirm(deps, record) {
  const account = deps.registry.accounts.get(record.account);
  if (!account) return { confirmed: false, why: `account ${record.account} is not in ${deps.registry.file}` };
  const w = record.wechat;
  if (w.msg_id && record.method === "mass-send") {
    return {
      confirmed: false,
      why: `a mass send (msg_id ${w.msg_id}) cannot be confirmed through WeChat's API, which lists no mass sends`
    };
  }
  if (w.publish_id) return confirmByPublishId(deps, account, w.publish_id, w.article_id);
  if (w.article_id) return confirmByListing(deps, account, record, w.article_id);
  return { confirmed: false, why: "it names no publish_id and no article_id" };
}
async function confirmByPublishId(deps, account, publishId, articleId) {
  try {
    const s = await deps.wechatFor(account).getPublishStatus(publishId);
    if (s.status !== 0 && s.status !== 5 && s.status !== 6) {
      return {
        confirmed: false,
        why: `freepublish/get reports publish_id ${publishId} as ${s.status} (${s.name})`
      };
    }
    if (articleId && s.articleId && s.articleId !== articleId) {
      return {
        confirmed: false,
        why: `publish_id ${publishId} published article_id ${s.articleId}, not ${articleId}`
      };
    }
    return {
      confirmed: true,
      how: `freepublish/get: publish_id ${publishId} ${s.name}, article_id ${s.articleId ?? "?"}`
    };
  } catch (error) {
    if (error instanceof WeChatError && error.kind === "not-found") {
      return {
        confirmed: false,
        why: `freepublish/get does not know publish_id ${publishId} (${error.errcode})`
      };
    }
    throw error;
  }
}
async function confirmByListing(deps, account, record, articleId) {
  const from = Math.min(parseIso(record.times.published_at) ?? Infinity, parseIso(record.publish_at) ?? Infinity) - RECONCILE_LOOKBACK_MS;
  const since = Number.isFinite(from) ? Math.floor(from / 1e3) : 0;
  const { items, complete } = await deps.lists(account).publishedSince(since);
  if (items.some((i) => i.articleId === articleId)) {
    return { confirmed: true, how: `freepublish/batchget lists article_id ${articleId}` };
  }
  return {
    confirmed: false,
    why: `freepublish/batchget does not list article_id ${articleId}${complete ? "" : " among the publications wxgate read"}`
  };
}
function isAccountLedger(path) {
  return /^accounts\/[^/]+\.yml$/.test(path) && path === accountLedgerPath(path.slice(9, -4));
}
function readSafely(snapshot, path) {
  try {
    return readRecord(snapshot, path);
  } catch (error) {
    if (error instanceof LedgerFormatError) return void 0;
    throw error;
  }
}
function outcomeOf(path, record, result, failed) {
  const key = path.replace(/^records\//, "").replace(/\.yml$/, "");
  return {
    key,
    article: record?.article ?? `content/${key}/index.md`,
    result: result.en,
    text: result,
    state: record?.state,
    failed,
    ...record ? { record } : {}
  };
}

// src/publish/plan-reasons.ts
function spokenTime(ms, zone) {
  const { zh } = readableTime(ms, zone);
  const seconds = isoIn(ms, zone).slice(17, 19);
  return seconds === "00" ? zh : zh.replace(/ (\d{2}:\d{2})/, ` $1:${seconds}`);
}
function instant(ms, zone) {
  return { zh: spokenTime(ms, zone), en: isoIn(ms, zone) };
}
function recordedTime(text, zone) {
  const ms = parseIso(text);
  return { zh: ms === void 0 ? String(text) : spokenTime(ms, zone), en: String(text) };
}
var WITHDRAW_SOURCES = {
  cli: "命令行（wxgate withdraw）",
  "front-matter": "文章 front matter（status: withdrawn）",
  workflow: "发布工作流的手动运行"
};
var RETRY_MODES = {
  automatic: "自动重试",
  "on-change": "文章或发表方式改动后重试",
  manual: "需要有人确认后重试"
};
var RETRY_CAUSES = {
  asked: { zh: "已要求重试", en: "retry asked for" },
  changed: { zh: "文章有改动", en: "the article changed" },
  method: { zh: "发表方式已改", en: "the publish method changed" }
};
var SETTLED = {
  published: {
    state: { zh: "已发表", en: "published" },
    after: { zh: "发表", en: "published" }
  },
  handedOff: {
    state: {
      zh: "已作为草稿交出：需要有人在公众号后台点“发表”",
      en: "handed off as a draft: a person presses 发表 in the MP backend"
    },
    after: {
      zh: "作为草稿交出（需要有人在公众号后台点“发表”）",
      en: "handed off as a draft: a person presses 发表 in the MP backend"
    }
  }
};
var REASONS = {
  alreadyWithdrawn: { zh: "已撤回，无需再撤回", en: "already withdrawn" },
  withdrawn: { zh: "已撤回", en: "withdrawn" },
  finishWithdrawal: { zh: "完成尚未做完的撤回", en: "finish the withdrawal" },
  frontMatterIncomplete: { zh: "front matter 不完整", en: "front matter incomplete" },
  withdrawnBeforePublished: {
    zh: "front matter 写着 status: withdrawn，而本文从未发表过：无事可做",
    en: "status: withdrawn before it was ever published; nothing to do"
  },
  leaseHeld: (lease2, zone) => ({
    zh: `运行 ${lease2.run}（${lease2.host}，pid ${lease2.pid}）正在处理本文，占用到 ${recordedTime(lease2.until, zone).zh}`,
    en: `run ${lease2.run} (${lease2.host}, pid ${lease2.pid}) holds it until ${lease2.until}`
  }),
  withdrawalWaits: (busy) => ({
    zh: `撤回需等待：${busy.zh}`,
    en: `withdrawal waits: ${busy.en}`
  }),
  withdraw: (w) => ({
    zh: `撤回请求来自${WITHDRAW_SOURCES[w.source]}，理由：${w.reasonText?.zh ?? w.reason}`,
    en: `withdraw (${w.source}): ${w.reason}`
  }),
  notDue: (publishAt, zone) => {
    const at = instant(publishAt, zone);
    return { zh: `发布时间 ${at.zh}未到`, en: `not due until ${at.en}` };
  },
  due: (publishAt, zone) => {
    const at = instant(publishAt, zone);
    return { zh: `发布时间 ${at.zh}已到`, en: `due since ${at.en}` };
  },
  deferred: (deferred, zone) => ({
    zh: `推迟到 ${recordedTime(deferred.until, zone).zh}：${deferred.reason}`,
    en: `deferred until ${deferred.until}: ${deferred.reason}`
  }),
  changedAfter: (settled) => ({
    zh: `文章在${settled.after.zh}之后有改动；不会重新发表`,
    en: `the article changed after it was ${settled.after.en}; not republished`
  }),
  retryAfterFailure: (cause, f) => ({
    zh: `${RETRY_CAUSES[cause].zh}；上次失败：${f.message}`,
    en: `${RETRY_CAUSES[cause].en} after: ${f.message}`
  }),
  waitsToRetry: (f, zone) => ({
    zh: `失败（${f.kind}）；${recordedTime(f.retry_after, zone).zh}之后再试`,
    en: `failed (${f.kind}); next try after ${f.retry_after}`
  }),
  tryAgain: (f) => ({
    zh: `到了重试时间，再试一次；上次失败：${f.message}`,
    en: `try again after: ${f.message}`
  }),
  failedForGood: (f) => ({
    zh: `失败（${f.kind}，${RETRY_MODES[f.retry]}）：${f.message}`,
    en: `failed (${f.kind}, retry ${f.retry}): ${f.message}`
  }),
  waitingForWeChat: (nextAt, zone) => ({
    zh: `等待微信的结果；${recordedTime(nextAt ?? null, zone).zh}再查询`,
    en: `waiting for WeChat; next look at ${nextAt}`
  }),
  resumeInterrupted: (step) => ({
    zh: `上次在 ${step} 步中断，从那里接着做`,
    en: `resume after an interrupted ${step}`
  }),
  resumeFrom: (state) => ({
    zh: `从“${STATE_NAMES[state].zh}”接着做`,
    en: `resume from ${state}`
  })
};

// src/publish/plan.ts
function leaseHeldByOther(input) {
  const lease2 = input.record?.lease;
  if (!lease2 || lease2.run === input.me.id) return void 0;
  const until = parseIso(lease2.until) ?? 0;
  if (until <= input.now) return void 0;
  if (!input.isAlive(lease2)) return void 0;
  return REASONS.leaseHeld(lease2, input.timeZone);
}
function planFor(input) {
  const { record, source, account, now, timeZone } = input;
  const busy = leaseHeldByOther(input);
  const withdrawal = input.withdraw ?? (record?.withdrawal ? void 0 : input.frontMatterWithdrawal);
  if (withdrawal) {
    if (record?.state === "withdrawn") return { kind: "skip", reason: REASONS.alreadyWithdrawn };
    if (busy)
      return { kind: "skip", reason: REASONS.withdrawalWaits(busy), failed: input.withdraw !== void 0 };
    return {
      kind: "withdraw",
      reason: REASONS.withdraw(withdrawal),
      start: (fresh, facts) => {
        const r = fresh ? structuredClone(fresh) : newRecord(source, account, now, timeZone, facts);
        r.withdrawal = {
          requested_at: isoIn(now, timeZone),
          by: withdrawal.by,
          reason: withdrawal.reason,
          source: withdrawal.source,
          commit: withdrawal.commit,
          done_at: null,
          deleted: false,
          note: null
        };
        return r;
      }
    };
  }
  if (!record) {
    if (source.fields.status === "withdrawn") {
      return { kind: "skip", reason: REASONS.withdrawnBeforePublished };
    }
    const publishAt = source.fields.publishAt;
    if (publishAt !== void 0 && publishAt > now) {
      return { kind: "skip", reason: REASONS.notDue(publishAt, timeZone) };
    }
    return {
      kind: "work",
      reason: publishAt === void 0 ? REASONS.frontMatterIncomplete : REASONS.due(publishAt, timeZone),
      start: (_fresh, facts) => newRecord(source, account, now, timeZone, facts)
    };
  }
  if (busy) return { kind: "skip", reason: busy };
  if (record.state === "withdrawn") return { kind: "skip", reason: REASONS.withdrawn };
  if (record.withdrawal && !record.withdrawal.done_at) {
    return {
      kind: "work",
      reason: REASONS.finishWithdrawal,
      start: (fresh) => structuredClone(fresh ?? record)
    };
  }
  if (record.deferred && (parseIso(record.deferred.until) ?? 0) > now) {
    return { kind: "skip", reason: REASONS.deferred(record.deferred, timeZone) };
  }
  const changed = record.content_hash !== source.contentHash;
  const noteChange = (settled) => changed && record.later_content_hash !== source.contentHash ? { kind: "note", hash: source.contentHash, note: REASONS.changedAfter(settled) } : { kind: "skip", reason: settled.state };
  switch (record.state) {
    case "published":
      return noteChange(SETTLED.published);
    case "drafted":
      if (record.method === "draft-only" && !record.in_flight) {
        return noteChange(SETTLED.handedOff);
      }
      break;
    case "failed": {
      const f = record.failure;
      const methodChanged = f.method !== account.publishMethod;
      if (input.retry || changed || methodChanged) {
        const cause = input.retry ? "asked" : changed ? "changed" : "method";
        return {
          kind: "work",
          reason: REASONS.retryAfterFailure(cause, f),
          start: (fresh, facts) => resume(fresh ?? record, f, changed, input, facts)
        };
      }
      if (f.retry === "automatic") {
        const after = parseIso(f.retry_after) ?? 0;
        if (after > now)
          return {
            kind: "skip",
            reason: REASONS.waitsToRetry(f, timeZone),
            failed: true
          };
        return {
          kind: "work",
          reason: REASONS.tryAgain(f),
          start: (fresh, facts) => resume(fresh ?? record, f, false, input, facts)
        };
      }
      return { kind: "skip", reason: REASONS.failedForGood(f) };
    }
    default:
      break;
  }
  const nextAt = record.polls?.next_at;
  const nextPoll = parseIso(nextAt);
  const lostAnswer = record.in_flight?.step === "submit" || record.in_flight?.step === "add-draft";
  if ((record.state === "submitted" || lostAnswer) && nextPoll !== void 0 && nextPoll > now) {
    return { kind: "skip", reason: REASONS.waitingForWeChat(nextAt, timeZone) };
  }
  return {
    kind: "work",
    reason: record.in_flight ? REASONS.resumeInterrupted(record.in_flight.step) : REASONS.resumeFrom(record.state),
    start: (fresh, facts) => {
      const r = structuredClone(fresh ?? record);
      if (changed && !r.in_flight && (r.state === "claimed" || r.state === "images-uploaded" || r.state === "drafted")) {
        return restart(r, source, now, timeZone, facts, "the article changed before it was submitted");
      }
      return r;
    }
  };
}
function newRecord(source, account, now, zone, facts) {
  const f = source.fields;
  return {
    article: source.path,
    account: source.account,
    title: f.title ?? "(no title)",
    method: account.publishMethod,
    state: "claimed",
    revision: 0,
    content_hash: source.contentHash,
    publish_at: f.publishAt === void 0 ? "" : isoIn(f.publishAt, zone),
    source_commit: facts.sourceCommit,
    provenance: facts.provenance,
    urgent: f.urgent ? {
      reason: f.urgent.reason,
      // Known only from GitHub (the general manager's approval and the report the check posted).
      gm_approver: facts.provenance.github?.urgent?.gm_approver ?? null,
      report: facts.provenance.github?.urgent?.report ?? null
    } : null,
    checks: facts.checks,
    wechat: { images: [] },
    times: { claimed_at: isoIn(now, zone) },
    history: []
  };
}
function restart(r, source, now, zone, facts, why) {
  const f = source.fields;
  r.checks = facts.checks;
  r.provenance = facts.provenance;
  r.source_commit = facts.sourceCommit;
  const orphan = r.wechat.draft_media_id;
  r.notes = [
    ...r.notes ?? [],
    `${isoIn(now, zone)} ${why}; started again${orphan ? ` (draft ${orphan} is left in 草稿箱 unused)` : ""}`
  ];
  r.state = "claimed";
  r.content_hash = source.contentHash;
  r.title = f.title ?? r.title;
  r.publish_at = f.publishAt === void 0 ? r.publish_at : isoIn(f.publishAt, zone);
  r.wechat = { images: [] };
  r.polls = void 0;
  r.times = { ...r.times, claimed_at: isoIn(now, zone) };
  return r;
}
function resume(record, f, changed, input, facts) {
  const r = structuredClone(record);
  r.failure = void 0;
  r.notes = [
    ...r.notes ?? [],
    `${f.at} failed at ${f.step} (${f.kind}${f.errcode !== null ? ` ${f.errcode}` : ""}): ${f.message}`
  ];
  r.retries = (r.retries ?? 0) + 1;
  if (changed)
    return restart(r, input.source, input.now, input.timeZone, facts, "the article changed after it failed");
  r.checks = facts.checks;
  r.provenance = facts.provenance;
  r.source_commit = facts.sourceCommit;
  r.state = f.resume_from;
  return r;
}

// src/publish/provenance.ts
var GIT_ONLY_APPROVALS = "unknown: reviews live in GitHub, not in git; this record was written with the git-only PR source";
var GitPullRequestSource = class {
  constructor(git) {
    this.git = git;
  }
  git;
  async forMergeCommit(sha) {
    const message = await this.git.run(["log", "-1", "--format=%B", sha, "--"]);
    const [subject = "", ...rest] = message.split("\n");
    const body = rest.join("\n").trim();
    let number = null;
    let title = null;
    const merge = /^Merge pull request #(\d+) from \S+/.exec(subject);
    const squash = /^(.*?)\s*\(#(\d+)\)\s*$/.exec(subject);
    if (merge) {
      number = Number(merge[1]);
      title = body.split("\n")[0]?.trim() || null;
    } else if (squash) {
      number = Number(squash[2]);
      title = squash[1]?.trim() || null;
    }
    return {
      number,
      title,
      source: "git",
      approvals: "unknown",
      approvalsSource: GIT_ONLY_APPROVALS,
      createdAt: null,
      gmApprover: null,
      report: null
    };
  }
};
async function commitTouching(git, args, path) {
  const out = await git.exec([
    "log",
    "-1",
    "--format=%H%x00%an%x00%ae%x00%aI%x00%s",
    ...args,
    "HEAD",
    "--",
    path
  ]);
  if (out.code !== 0 || !out.stdout.trim()) return void 0;
  const [sha, name, email, at, subject] = out.stdout.trim().split("\0");
  return sha ? { sha, name: name ?? "", email: email ?? "", at: at ?? "", subject: subject ?? "" } : void 0;
}
function leadTimeOf(submittedAt, publishAt) {
  if (submittedAt === null) return { lead_time_hours: null };
  const hours = Math.round((publishAt - submittedAt) / 36e5 * 10) / 10;
  return hours < 0 ? { lead_time_hours: hours, lead_time_note: NEGATIVE_LEAD_TIME } : { lead_time_hours: hours };
}
var NEGATIVE_LEAD_TIME = "negative: submitted after its publish_at (the pull request, or the commit adding the article, came later than the time it names)";
async function articleProvenance(git, articleDir, publishAt, prs, timeZone) {
  const last = await commitTouching(git, [], articleDir);
  const merge = await commitTouching(git, ["--first-parent"], articleDir);
  const pr = merge ? await prs.forMergeCommit(merge.sha) : void 0;
  let submittedAt = pr?.createdAt ?? null;
  let submittedSource = "pull request creation time (GitHub)";
  if (submittedAt === null) {
    const added = await git.exec([
      "log",
      "--diff-filter=A",
      "--format=%aI",
      "HEAD",
      "--",
      `${articleDir}/index.md`
    ]);
    const first = added.stdout.trim().split("\n").filter(Boolean).pop();
    submittedAt = first ? Date.parse(first) : null;
    submittedSource = first ? "author date of the commit that added the article (the PR creation time needs the GitHub adapter)" : "unknown: no history (shallow clone?)";
  }
  const github = pr?.github ? forArticle(pr.github, pr, articleDir, timeZone) : void 0;
  return {
    article_commit: last?.sha ?? null,
    merge_commit: merge?.sha ?? null,
    pr: pr?.number ?? null,
    pr_title: pr?.title ?? null,
    pr_source: pr?.source ?? "git",
    author: last ? { name: last.name, email: last.email } : null,
    submitted_at: submittedAt === null ? null : isoIn(submittedAt, timeZone),
    submitted_at_source: submittedSource,
    ...leadTimeOf(submittedAt, publishAt),
    approvals: github && pr?.approvals !== "unknown" ? github.approvals : pr?.approvals ?? "unknown",
    approvals_source: pr?.approvalsSource ?? GIT_ONLY_APPROVALS,
    ...github ? { github: github.block } : {}
  };
}
function forArticle(facts, pr, articleDir, timeZone) {
  const inArticle = (file) => file.startsWith(`${articleDir}/`);
  const all = facts.approvalsCheck?.required ?? [];
  const mine = all.filter((r) => r.files.some(inArticle));
  const relevant = mine.length > 0 ? mine : all;
  const approvals = [];
  for (const a of relevant.flatMap((r) => r.approvals)) {
    if (!approvals.some((b) => b.user === a.user && b.team === a.team)) approvals.push(a);
  }
  const schedule = facts.schedule.find((s) => s.path === `${articleDir}/index.md`);
  const at = (ms) => ms === null ? null : isoIn(ms, timeZone);
  return {
    approvals,
    block: {
      url: facts.url,
      author: facts.author,
      merged_at: at(facts.mergedAt),
      merged_by: facts.mergedBy,
      head_commit: facts.headSha,
      found_by: facts.foundBy,
      rules_commit: facts.rulesCommit,
      approvals_check: facts.approvalsCheck?.status ?? null,
      required: relevant.map((r) => ({
        source: r.source,
        owners: r.owners,
        satisfied_by: r.approvals.map((a) => a.user).filter((u, i, list) => list.indexOf(u) === i),
        status: r.status
      })),
      ignored: facts.approvalsCheck?.ignored ?? [],
      team_lookups: facts.teamLookups,
      schedule: schedule ? {
        lead_time_hours: schedule.leadTimeHours,
        required_hours: schedule.requiredHours,
        urgent: schedule.urgent,
        status: schedule.status
      } : null,
      check_runs: facts.checkRuns,
      urgent: schedule?.urgent ?? facts.urgent ? { gm_approver: pr.gmApprover, report: pr.report } : null,
      unreadable: facts.unreadable
    }
  };
}
async function withdrawalCommit(git, articlePath, prs) {
  const commit = await commitTouching(git, ["-G", "^status:[[:space:]]*withdrawn"], articlePath) ?? await commitTouching(git, [], articlePath);
  if (!commit) return void 0;
  const merge = await commitTouching(git, ["--first-parent"], articlePath);
  const pr = merge ? await prs.forMergeCommit(merge.sha) : void 0;
  return {
    sha: commit.sha,
    by: `${commit.name} <${commit.email}>`,
    at: commit.at,
    subject: pr?.title ?? commit.subject,
    pr: pr?.number ?? null
  };
}

// src/publish/start-gate.ts
var LATE_MERGE_GRACE_MS = 10 * 6e4;
var WECHAT_APP_ID = /^wx[0-9a-f]{16}$/;
function isEmulatorAppId(appId) {
  return !WECHAT_APP_ID.test(appId);
}
async function startGate(deps, options, source, account, record) {
  const heldLate = record?.state === "failed" && record.failure?.kind === "late-merge";
  if (record && !heldLate) return { kind: "open" };
  if (heldLate && options.retry?.has(source.key)) return { kind: "open" };
  if (isEmulatorAppId(account.appId)) return { kind: "open" };
  if (account.publishing !== "enabled" && !options.publishingForAll) {
    return {
      kind: "off",
      reason: {
        zh: `账号 ${account.id} 尚未开启发布：在 ${deps.registry.file} 中为它写上 "publishing: enabled"（或把仓库变量 WXGATE_PUBLISHING 设为 "enabled"）之前，不会发送任何内容`,
        en: `publishing is not enabled for account ${account.id}: nothing is sent until ${deps.registry.file} says "publishing: enabled" for it (or the repository variable WXGATE_PUBLISHING is "enabled")`
      }
    };
  }
  const publishAt = source.fields.publishAt;
  if (publishAt === void 0) return { kind: "open" };
  const mergedAt = await firstMergeTime(deps, source.path);
  if (mergedAt !== void 0 && mergedAt <= publishAt + LATE_MERGE_GRACE_MS) return { kind: "open" };
  const at = (ms) => isoIn(ms, deps.timeZone);
  return {
    kind: "late",
    message: mergedAt === void 0 ? `wxgate cannot tell when this article reached the branch (no history: a shallow clone?), so it cannot rule out that its publish time ${at(publishAt)} had already passed` : `its publish time ${at(publishAt)} had already passed when it reached the branch (${at(mergedAt)}); wxgate does not publish it without a person's confirmation`,
    hint: "请确认本文仍应发表（或改为将来的 publish_at 再合并）：在 Actions → wxgate publish → Run workflow 中填写 retry-article 为本文，或运行 wxgate publish --retry <文章> / confirm it should still go out (or merge a later publish_at): run the publish workflow by hand with retry-article set to this article, or wxgate publish --retry <article>"
  };
}
async function firstMergeTime(deps, indexPath) {
  const r = await deps.git.exec([
    "log",
    "--first-parent",
    "--diff-filter=A",
    "--format=%ct",
    "--",
    indexPath
  ]);
  const oldest = r.code === 0 ? r.stdout.trim().split("\n").filter(Boolean).pop() : void 0;
  return oldest === void 0 ? void 0 : Number(oldest) * 1e3;
}

// src/publish/publisher.ts
async function publishDue(deps, options) {
  await deps.ledger.refresh();
  const outcomes = [];
  try {
    const outside = await checkOutsideChanges(deps, options);
    outcomes.push(...outside.outcomes);
    if (!outside.proceed) return outcomes;
  } catch (error) {
    if (!isLedgerUnwritable(error)) throw error;
    outcomes.push(ledgerUnwritable(error, "ledger", deps.ledger.describe()));
    return outcomes;
  }
  for (const source of discoverArticles(deps.cwd, deps.timeZone)) {
    if (options.accounts && !options.accounts.has(source.account)) continue;
    const account = deps.registry.accounts.get(source.account);
    if (!account) {
      outcomes.push({
        key: source.key,
        article: source.path,
        result: `content/${source.account}/ has no account in ${deps.registry.file}; not published`,
        state: void 0,
        failed: true
      });
      continue;
    }
    try {
      outcomes.push(await processArticle(deps, options, source, account));
    } catch (error) {
      if (isLedgerUnwritable(error)) {
        outcomes.push(ledgerUnwritable(error, source.key, source.path));
        return outcomes;
      }
      if (!(error instanceof LedgerFormatError)) throw error;
      outcomes.push({
        key: source.key,
        article: source.path,
        result: error.message,
        state: void 0,
        failed: true
      });
    }
  }
  return outcomes;
}
function isLedgerUnwritable(error) {
  return error instanceof GitError || error instanceof LedgerContentionError || error instanceof LedgerChangedOutsideError;
}
function ledgerUnwritable(error, key, article) {
  return {
    key,
    article,
    result: `the ledger cannot be written (${error.message.replace(/\s+/g, " ").trim()}); the run stopped before any further WeChat call`,
    state: void 0,
    failed: true
  };
}
var DRY_RUN_VERBS = {
  skip: { zh: "跳过", en: "skip" },
  note: { zh: "备注", en: "note" },
  withdraw: { zh: "将撤回", en: "would withdraw" },
  work: { zh: "将发表", en: "would publish" }
};
async function processArticle(deps, options, source, account, withdraw) {
  const path = recordPath(source.key);
  const outcome = (result, failed, record) => ({
    key: source.key,
    article: source.path,
    result: result.en,
    text: result,
    state: record?.state,
    failed,
    ...record ? { record } : {}
  });
  let current;
  try {
    current = readRecord(deps.ledger.snapshot, path);
  } catch (error) {
    if (error instanceof LedgerFormatError) return outcome(unreadableRecord(error.message), true);
    throw error;
  }
  let frontMatterWithdrawal;
  if (!withdraw && source.fields.status === "withdrawn" && current && !current.withdrawal && current.state !== "withdrawn") {
    const c = await withdrawalCommit(deps.git, source.path, deps.prs);
    const reasonText = {
      zh: `${c?.pr ? `PR #${c.pr} ` : ""}合并了 status: withdrawn${c ? `（提交 ${c.sha.slice(0, 12)}：${c.subject}）` : ""}`,
      en: `status: withdrawn merged${c?.pr ? ` in PR #${c.pr}` : ""}${c ? ` (commit ${c.sha.slice(0, 12)}: ${c.subject})` : ""}`
    };
    frontMatterWithdrawal = {
      by: c?.by ?? "unknown",
      reason: reasonText.en,
      reasonText,
      source: "front-matter",
      commit: c?.sha ?? null
    };
  }
  const planOn = (record) => planFor({
    record,
    source,
    account,
    now: deps.clock.now(),
    me: deps.me,
    timeZone: deps.timeZone,
    retry: options.retry?.has(source.key) ?? false,
    ...withdraw ? { withdraw } : {},
    ...frontMatterWithdrawal ? { frontMatterWithdrawal } : {},
    isAlive: deps.isAlive
  });
  const first = planOn(current);
  const gate = first.kind === "work" ? await startGate(deps, options, source, account, current) : void 0;
  if (gate?.kind === "off") return outcome(gate.reason, false, current);
  if (options.dryRun && gate?.kind === "late") {
    return outcome(
      { zh: `将等待人工确认：${gate.message}`, en: `would wait for a person: ${gate.message}` },
      false,
      current
    );
  }
  if (options.dryRun) {
    const verb = DRY_RUN_VERBS[first.kind];
    const why = first.kind === "note" ? first.note : first.reason;
    return outcome({ zh: `${verb.zh}：${why.zh}`, en: `${verb.en}: ${why.en}` }, false, current);
  }
  if (first.kind === "skip") return outcome(first.reason, first.failed ?? false, current);
  if (first.kind === "note") {
    const noted = await deps.ledger.transact((snapshot) => {
      const fresh = readRecord(snapshot, path);
      const p = planOn(fresh);
      if (!fresh || p.kind !== "note") return { value: fresh };
      const r = structuredClone(fresh);
      const at = formatIso(deps);
      const note = p.note.en;
      r.later_content_hash = p.hash;
      r.notes = [...r.notes ?? [], `${at} ${note} (content ${p.hash})`];
      r.revision += 1;
      r.history.push({ at, state: r.state, run: deps.me.id, event: note });
      return {
        value: r,
        changes: /* @__PURE__ */ new Map([[path, formatRecord(r)]]),
        message: commitMessage(r, note, deps.me.id)
      };
    });
    return outcome(first.note, false, noted);
  }
  const facts = await factsFor(deps, source);
  const claim = await deps.ledger.transact((snapshot) => {
    const fresh = readRecord(snapshot, path);
    const p = planOn(fresh);
    if (p.kind !== "work" && p.kind !== "withdraw")
      return { value: { plan: p, record: fresh, claimed: false } };
    const r = p.start(fresh, facts);
    const now = deps.clock.now();
    r.revision = (fresh?.revision ?? 0) + 1;
    r.lease = lease(deps.me, now + options.leaseMs, deps.timeZone);
    r.deferred = void 0;
    const event = `taken by run ${deps.me.id}: ${p.reason.en}`;
    r.history = [...r.history, { at: formatIso(deps), state: r.state, run: deps.me.id, event }];
    const changes = /* @__PURE__ */ new Map([[path, formatRecord(r)]]);
    if (snapshot.read("README.md") === void 0) changes.set("README.md", LEDGER_README);
    return {
      value: { plan: p, record: r, claimed: true },
      changes,
      message: commitMessage(r, event, deps.me.id)
    };
  });
  if (!claim.claimed || !claim.record) {
    const p = claim.plan;
    return outcome(
      p.kind === "skip" ? p.reason : LEFT_FOR_NEXT_RUN,
      p.kind === "skip" && !!p.failed,
      claim.record
    );
  }
  const session = new ArticleSession(
    deps.ledger,
    path,
    claim.record,
    deps.me,
    deps.clock,
    deps.timeZone,
    options.leaseMs
  );
  const run = new ArticleRun(deps, options, session, source, account);
  try {
    if (gate?.kind === "late") {
      await fail(run, {
        step: "confirm",
        kind: "late-merge",
        message: gate.message,
        hint: gate.hint,
        retry: "manual",
        resume: "claimed"
      });
    } else {
      await drive(run);
    }
  } catch (error) {
    if (error instanceof LostLeaseError) {
      deps.log.warn(`${source.key}: ${error.message}; another run carries on with it`);
      return outcome(TAKEN_OVER, false, session.record);
    }
    throw error;
  } finally {
    if (session.holding) {
      await session.save({ event: "released", release: true, keepInFlight: true }).catch(() => {
      });
    }
  }
  return outcome(describeOutcome(session.record), run.failed, session.record);
}
async function factsFor(deps, source) {
  return {
    provenance: await articleProvenance(
      deps.git,
      source.dir,
      source.fields.publishAt ?? deps.clock.now(),
      deps.prs,
      deps.timeZone
    ),
    checks: deps.lint(source),
    sourceCommit: deps.sourceCommit
  };
}
function formatIso(deps, ms = deps.clock.now()) {
  return isoIn(ms, deps.timeZone);
}

// src/publish/wechat-lists.ts
var PAGE_SIZE = 20;
var MAX_PUBLISHED_PAGES = 25;
var MAX_DRAFT_PAGES = 10;
var WeChatLists = class {
  constructor(port) {
    this.port = port;
  }
  port;
  published = [];
  publishedEnd = false;
  drafts;
  /**
   * Every publication listed no earlier than `earliest` (Unix seconds), newest first. `complete` is false when the
   * page limit stopped the look before it reached `earliest`.
   */
  async publishedSince(earliest) {
    let pages = Math.ceil(this.published.length / PAGE_SIZE);
    while (!this.publishedEnd && this.oldestPublished() >= earliest && pages < MAX_PUBLISHED_PAGES) {
      const { totalCount, items } = await this.port().listPublished(this.published.length, PAGE_SIZE, {
        withContent: true
      });
      this.published.push(...items);
      pages++;
      if (items.length < PAGE_SIZE || this.published.length >= totalCount) this.publishedEnd = true;
    }
    return {
      items: this.published.filter((i) => i.updateTime >= earliest || i.updateTime === 0),
      complete: this.publishedEnd || this.oldestPublished() < earliest
    };
  }
  /** The draft box, newest first (read once per run). */
  async draftBox() {
    if (this.drafts) return this.drafts;
    const drafts = [];
    for (let page = 0; page < MAX_DRAFT_PAGES; page++) {
      const { totalCount, items } = await this.port().listDrafts(drafts.length, PAGE_SIZE);
      drafts.push(...items);
      if (items.length < PAGE_SIZE || drafts.length >= totalCount) break;
    }
    this.drafts = drafts;
    return drafts;
  }
  /** A time WeChat did not give (0) never ends the look: such an item could be of any age. */
  oldestPublished() {
    const times = this.published.map((i) => i.updateTime).filter((t) => t > 0);
    return times.length === 0 ? Number.POSITIVE_INFINITY : Math.min(...times);
  }
};

// src/app/publish.ts
function rewoundReport(error, run) {
  return {
    outcomes: [],
    ledger: error.ledger,
    ledgerWrites: 0,
    run,
    exitCode: 1,
    halted: rewoundText(error)
  };
}
function rewoundText(error) {
  const branch = error.ledger.replace(/^[^/]+\/| \(local\)$/g, "");
  const restore = `git push origin ${error.trusted}:refs/heads/${branch}`;
  return {
    zh: `发布账本 ${error.ledger} 被回退、改写或删除：上一次发布运行写下的提交 ${error.trusted} ${error.found ? `不在当前账本（${error.found}）的历史中` : "所在的分支已不存在"}。本次运行不发表任何文章，以免重复发表。请管理员查明是谁移动了分支，用 ${restore} 恢复；或在公众平台「发表记录」核对后，将 ${branch}-seen 移到新的账本提交以接受它（见 docs/setup.md）。`,
    en: `${error.message}. Nothing is published in this run, so that nothing goes out twice. An administrator finds out who moved the branch and restores it (${restore}), or, after checking 发表记录 in the MP backend, accepts the new ledger by moving ${branch}-seen to it (docs/setup.md).`
  };
}
async function loadPublishSetup(cwd, policiesDir) {
  return {
    cwd,
    policies: await loadPolicies(policiesDir, RULES),
    registry: loadAccounts(policiesDir, cwd),
    theme: resolveTheme(cwd)
  };
}
async function publisherDeps(setup, adapters) {
  const { policy, lexicon } = setup.policies;
  const lintSetup = { rules: RULES, policy, lexicon };
  const lint = (source) => {
    if (!source.article) return { errors: 1, warnings: 0, infos: 0, rules: ["format/file"] };
    const result = lintArticle(source.article, lintSetup);
    const count = (s) => result.messages.filter((m) => m.severity === s).length;
    const rules = [
      ...new Set(result.messages.filter((m) => m.severity === "error").map((m) => m.ruleId))
    ].sort();
    return { errors: count("error"), warnings: count("warning"), infos: count("info"), rules };
  };
  const lists = /* @__PURE__ */ new Map();
  return {
    cwd: setup.cwd,
    git: adapters.git,
    ledger: adapters.ledger,
    registry: setup.registry,
    wechatFor: adapters.wechatFor,
    lists: (account) => {
      let found = lists.get(account.id);
      if (!found) {
        found = new WeChatLists(() => adapters.wechatFor(account));
        lists.set(account.id, found);
      }
      return found;
    },
    prs: adapters.prs,
    lint,
    theme: setup.theme,
    timeZone: policy.timeZone,
    clock: adapters.clock,
    log: adapters.log,
    me: adapters.identity,
    isAlive: adapters.isAlive,
    sourceCommit: await adapters.git.resolve("HEAD") ?? null
  };
}
async function runPublish(setup, adapters, request) {
  const registry = setup.registry;
  for (const id of request.accounts ?? []) {
    if (!registry.accounts.has(id)) {
      throw new ConfigurationError(
        `--account ${id}: no such account (accounts: ${[...registry.accounts.keys()].join(", ")})`,
        { file: registry.file }
      );
    }
  }
  const options = {
    ...PUBLISHER_DEFAULTS,
    ...request.tuning,
    dryRun: request.dryRun,
    ...request.publishingForAll ? { publishingForAll: true } : {},
    ...request.accounts?.length ? { accounts: new Set(request.accounts) } : {},
    ...request.retry?.length ? { retry: new Set(request.retry.map(articleKey)) } : {}
  };
  let outcomes;
  try {
    outcomes = await publishDue(await publisherDeps(setup, adapters), options);
  } catch (error) {
    if (error instanceof LedgerRewoundError) return rewoundReport(error, adapters.identity.id);
    throw error;
  }
  return {
    outcomes,
    ledger: adapters.ledger.describe(),
    ledgerWrites: adapters.ledger.writes,
    run: adapters.identity.id,
    exitCode: outcomes.some((o) => o.failed) ? 1 : 0
  };
}
function articleKey(given) {
  const m = /(?:^|\/)content\/([^/]+)\/([^/]+)(?:\/(?:index\.md)?)?$/.exec(given.replace(/\/+$/, ""));
  if (m) return `${m[1]}/${m[2]}`;
  const k = /^([^/]+)\/([^/]+)$/.exec(given.replace(/\/+$/, ""));
  if (k) return `${k[1]}/${k[2]}`;
  throw new ConfigurationError(
    `"${given}" is not an article: give content/<account>/<folder>/index.md, the folder, or <account>/<folder>`
  );
}

// src/app/withdraw.ts
import { existsSync } from "node:fs";
import { join } from "node:path";
function rewoundWithdrawal(key, error) {
  const halted = rewoundText(error);
  return {
    outcome: {
      key,
      article: `content/${key}/index.md`,
      result: halted.en,
      text: halted,
      state: void 0,
      failed: true
    },
    ledger: error.ledger,
    exitCode: 1,
    halted
  };
}
async function runWithdraw(setup, adapters, request) {
  if (request.reason.trim() === "")
    throw new ConfigurationError("--reason must say why the article is withdrawn");
  const key = articleKey(request.article);
  const deps = await publisherDeps(setup, adapters);
  try {
    await deps.ledger.refresh();
  } catch (error) {
    if (!(error instanceof LedgerRewoundError)) throw error;
    return rewoundWithdrawal(key, error);
  }
  const outside = await checkOutsideChanges(deps, { dryRun: false });
  const stopped = outside.outcomes.at(-1);
  if (!outside.proceed && stopped) return { outcome: stopped, ledger: deps.ledger.describe(), exitCode: 1 };
  const registry = setup.registry;
  const [accountId = "", folder = ""] = key.split("/");
  const account = registry.accounts.get(accountId);
  if (!account) {
    throw new ConfigurationError(`account ${accountId} is not in ${registry.file}`, {
      file: registry.file,
      zh: `账号 ${accountId} 不在 ${registry.file} 里`
    });
  }
  const record = readRecord(deps.ledger.snapshot, recordPath(key));
  let source;
  if (existsSync(join(setup.cwd, "content", accountId, folder, "index.md"))) {
    source = readArticle(setup.cwd, accountId, folder, deps.timeZone);
  } else if (record) {
    source = {
      key,
      account: accountId,
      path: record.article,
      dir: `content/${key}`,
      absDir: join(setup.cwd, "content", key),
      article: void 0,
      front: void 0,
      fields: { title: record.title },
      problems: ["the article is no longer on the branch"],
      contentHash: record.content_hash
    };
  } else {
    throw new ConfigurationError(`no article content/${key}/index.md and no publish record for it`, {
      zh: `没有文章 content/${key}/index.md，也没有它的发布记录`
    });
  }
  const by = request.by?.trim() || await deps.git.config("user.name") || request.fallbackBy?.trim() || "unknown";
  const outcome = await processArticle(deps, { ...PUBLISHER_DEFAULTS }, source, account, {
    by,
    reason: request.reason.trim(),
    source: request.source,
    commit: deps.sourceCommit
  });
  return {
    outcome,
    ledger: deps.ledger.describe(),
    exitCode: outcome.state === "withdrawn" && !outcome.failed ? 0 : 1
  };
}

// src/github/base-at-merge.ts
async function baseAtMerge(git, { octokit, owner, repo }, mergeCommit, pr) {
  const parents = (await git.run(["log", "-1", "--format=%P", mergeCommit, "--"])).trim().split(" ");
  const first = parents[0] || void 0;
  const count = pr.commits ?? 1;
  if (parents.length > 1 || count <= 1 || !first) return first;
  const commits = await octokit.paginate(octokit.rest.pulls.listCommits, {
    owner,
    repo,
    pull_number: pr.number,
    per_page: 100
  });
  if (commits.length !== count) return first;
  const log = await git.exec([
    "log",
    "--first-parent",
    `-${count + 1}`,
    "--format=%H%x00%s",
    mergeCommit,
    "--"
  ]);
  const chain = log.stdout.split("\n").filter(Boolean).map((line) => line.split("\0"));
  const subject = (message) => message.split("\n")[0]?.trim() ?? "";
  const rebased = chain.length === count + 1 && commits.every((c, i) => chain[count - 1 - i]?.[1]?.trim() === subject(c.commit.message));
  return rebased ? chain[count][0] : first;
}
async function policiesAt(git, sha, policiesPath) {
  const show = async (path) => {
    const r = await git.exec(["cat-file", "blob", `${sha}:${path}`]);
    return r.code === 0 ? r.stdout : void 0;
  };
  const codeowners = {};
  for (const path of CODEOWNERS_PATHS) {
    const text = await show(path);
    if (text !== void 0) {
      codeowners[path] = text;
      break;
    }
  }
  return {
    wxgateYml: await show(`${policiesPath}/wxgate.yml`),
    wxgateYmlPath: `${policiesPath}/wxgate.yml@${sha.slice(0, 7)}`,
    codeowners
  };
}
async function rebasedInto(git, commit, mergeCommit, count) {
  if ((await git.exec(["merge-base", "--is-ancestor", mergeCommit, "HEAD"])).code !== 0) return false;
  const r = await git.exec([
    "log",
    "--first-parent",
    `-${Math.max(1, count)}`,
    "--format=%H",
    mergeCommit,
    "--"
  ]);
  return r.code === 0 && r.stdout.split("\n").includes(commit);
}

// src/github/merged-pr-reads.ts
async function latestCheckRuns({ octokit, owner, repo }, headSha, unreadable) {
  const names = Object.values(CHECK_NAMES);
  try {
    const runs = await octokit.paginate(octokit.rest.checks.listForRef, {
      owner,
      repo,
      ref: headSha,
      filter: "latest",
      per_page: 100
    });
    const out = {};
    for (const name of names) {
      const latest = runs.filter((r) => r.name === name).sort(
        (a, b) => Date.parse(b.completed_at ?? b.started_at ?? "") - Date.parse(a.completed_at ?? a.started_at ?? "") || b.id - a.id
      )[0];
      out[name] = latest ? latest.conclusion ?? latest.status : "missing";
    }
    return out;
  } catch (error) {
    const why = describeError(error).split("\n")[0] ?? "";
    unreadable.push(`check runs: ${why}`);
    return Object.fromEntries(names.map((n) => [n, `unreadable (${why})`]));
  }
}
async function findUrgentReport({ octokit, owner, repo }, report, number, label, author) {
  const ours = (item) => isOwnPost(item, author, report.marker);
  if (report.target === "issue") {
    const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
      owner,
      repo,
      labels: label,
      state: "all",
      per_page: 100
    });
    return issues.filter((i) => !i.pull_request && ours(i)).sort((a, b) => a.number - b.number)[0]?.html_url;
  }
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: number,
    per_page: 100
  });
  return comments.filter((c) => ours(c)).sort((a, b) => a.id - b.id)[0]?.html_url;
}
function approvalOf(user, owners, reviews, lookups, zone) {
  const key = user.toLowerCase();
  const review = reviews.filter((r) => r.user.toLowerCase() === key && r.state === "APPROVED").at(-1);
  let team = null;
  for (const text of owners) {
    const owner = parseOwner(text);
    if (owner?.kind === "user" && owner.login.toLowerCase() === key) break;
    if (owner?.kind === "team") {
      const lookup = [...lookups].find(([t]) => t.toLowerCase() === owner.team.toLowerCase())?.[1];
      if (lookup?.ok && lookup.members.some((m) => m.toLowerCase() === key)) {
        team = owner.team;
        break;
      }
    }
  }
  return {
    user,
    team,
    at: review ? isoIn(review.submittedAt, zone) : "unknown",
    commit: review?.commitId ?? "unknown"
  };
}

// src/github/pull-request-source.ts
var DEFAULT_REPORT_LABEL = "wxgate-urgent-report";
var GitHubPullRequestSource = class {
  constructor(options) {
    this.options = options;
    this.fallback = options.fallback ?? new GitPullRequestSource(options.git);
    this.policiesPath = (options.policiesPath ?? "policies").replace(/^\.?\/+/, "").replace(/\/+$/, "");
    this.log = options.log ?? silentLogger;
  }
  options;
  cache = /* @__PURE__ */ new Map();
  fallback;
  policiesPath;
  log;
  /** Asked once per commit per run: articles merged together share one pull request. */
  forMergeCommit(sha) {
    let answer = this.cache.get(sha);
    if (!answer) {
      answer = this.answer(sha);
      this.cache.set(sha, answer);
    }
    return answer;
  }
  async answer(sha) {
    const fromGit = await this.fallback.forMergeCommit(sha);
    const { owner, repo } = this.options;
    let found;
    try {
      found = await this.find(sha, fromGit.number);
    } catch (error) {
      this.log.warn(
        `GitHub: cannot look up the pull request of ${sha.slice(0, 12)}: ${describeError(error)}`
      );
      return {
        ...fromGit,
        approvalsSource: `unknown: asking GitHub for the pull request of commit ${sha} failed (${describeError(error)}); recorded from git only`
      };
    }
    if (!found) {
      this.log.warn(
        `GitHub: no merged pull request of ${owner}/${repo} for ${sha.slice(0, 12)}; recorded from git only`
      );
      return {
        ...fromGit,
        approvalsSource: `unknown: GitHub lists no merged pull request for commit ${sha}${fromGit.number === null ? "" : ` (its message names #${fromGit.number}, which GitHub does not confirm)`}; reviews and teams not read: recorded with the git-only PR source`
      };
    }
    return this.describe(found);
  }
  /**
   * The merged pull request behind `sha`: first GitHub's own association (`GET /commits/{sha}/pulls`), the PR
   * whose merge commit it is; else one merged later that contains it (a rebase merge's earlier commits); else the
   * number in the commit message, but only if GitHub confirms that PR's merge commit is `sha` — anyone can type
   * `(#12)` into a commit message.
   */
  async find(sha, fromMessage) {
    const { octokit, owner, repo } = this.options;
    const listed = await octokit.paginate(octokit.rest.repos.listPullRequestsAssociatedWithCommit, {
      owner,
      repo,
      commit_sha: sha,
      per_page: 100
    });
    const merged = listed.filter((p) => p.merged_at && p.merge_commit_sha);
    const exact = merged.find((p) => p.merge_commit_sha === sha);
    if (exact)
      return { pr: exact, how: `GET /repos/${owner}/${repo}/commits/${sha}/pulls`, mergeCommit: sha };
    for (const p of merged.sort((a, b) => Date.parse(a.merged_at) - Date.parse(b.merged_at))) {
      if (await rebasedInto(this.options.git, sha, p.merge_commit_sha, p.commits ?? 1)) {
        return {
          pr: p,
          how: `GET /repos/${owner}/${repo}/commits/${sha}/pulls (merged as ${p.merge_commit_sha})`,
          mergeCommit: p.merge_commit_sha
        };
      }
    }
    if (fromMessage === null) return void 0;
    try {
      const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: fromMessage });
      const pr = data;
      if (pr.merged_at && pr.merge_commit_sha === sha) {
        return {
          pr,
          how: `#${fromMessage} named in the commit message, confirmed by GET /repos/${owner}/${repo}/pulls/${fromMessage}`,
          mergeCommit: sha
        };
      }
      return void 0;
    } catch (error) {
      if (httpStatus(error) === 404) return void 0;
      throw error;
    }
  }
  async describe({ pr, how, mergeCommit }) {
    const zone = this.options.timeZone;
    const mergedAt = pr.merged_at ? Date.parse(pr.merged_at) : null;
    const unreadable = [];
    const facts = {
      url: pr.html_url,
      author: pr.user?.login ?? "",
      mergedAt,
      mergedBy: pr.merged_by?.login ?? null,
      headSha: pr.head.sha,
      foundBy: how,
      rulesCommit: null,
      approvalsCheck: null,
      teamLookups: [],
      schedule: [],
      checkRuns: await latestCheckRuns(this.options, pr.head.sha, unreadable),
      urgent: false,
      unreadable
    };
    const info = {
      number: pr.number,
      title: pr.title,
      source: "github",
      approvals: "unknown",
      approvalsSource: "",
      createdAt: Date.parse(pr.created_at),
      gmApprover: null,
      report: null,
      github: facts
    };
    let judged;
    try {
      facts.rulesCommit = await baseAtMerge(this.options.git, this.options, mergeCommit, pr) ?? null;
      judged = await this.judge(pr, mergedAt ?? Date.now(), facts.rulesCommit);
    } catch (error) {
      const why = error instanceof IncompletePullRequestError ? error.message : describeError(error).split("\n")[0];
      this.log.warn(`GitHub: PR #${pr.number}: the approvals could not be evaluated: ${why}`);
      info.approvalsSource = `unknown: PR #${pr.number} could not be evaluated again at its merge: ${why}`;
      unreadable.push(`approvals: ${why}`);
      return info;
    }
    const { verdict, ctx, lookups } = judged;
    const required = verdict.checks.approvals.required.map(
      (r) => ({
        source: r.source,
        files: r.files,
        owners: r.owners,
        status: r.status,
        approvals: r.satisfiedBy.map((user) => approvalOf(user, r.owners, ctx.reviews, lookups, zone))
      })
    );
    facts.approvalsCheck = {
      status: verdict.checks.approvals.status,
      required,
      ignored: verdict.checks.approvals.ignored.map((i) => ({ user: i.user, why: i.why }))
    };
    for (const [team, lookup] of lookups) {
      if (!lookup.ok) facts.teamLookups.push({ team, result: `${lookup.reason}: ${lookup.detail}` });
    }
    facts.schedule = verdict.checks.schedule.articles.map((a) => ({
      path: a.path,
      leadTimeHours: a.leadTimeHours,
      requiredHours: a.requiredHours,
      urgent: a.urgent,
      status: a.status
    }));
    facts.urgent = verdict.checks.schedule.urgent;
    const approvals = [];
    for (const a of required.flatMap((r) => r.approvals)) {
      if (!approvals.some((b) => b.user === a.user && b.team === a.team)) approvals.push(a);
    }
    info.approvals = approvals;
    const gm = verdict.checks.approvals.required.find((r) => r.source === URGENT_SOURCE)?.satisfiedBy ?? [];
    info.gmApprover = gm.length > 0 ? gm.join(", ") : null;
    if (verdict.report) {
      try {
        info.report = await findUrgentReport(
          this.options,
          verdict.report,
          pr.number,
          this.reportLabel(),
          this.reportAuthor()
        ) ?? null;
        if (!info.report) {
          unreadable.push(
            `urgent report: no ${verdict.report.target === "issue" ? `issue labelled ${this.reportLabel()}` : `comment on #${pr.number}`} by ${this.reportAuthor()} starts with ${verdict.report.marker}`
          );
        }
      } catch (error) {
        unreadable.push(`urgent report: ${describeError(error).split("\n")[0]}`);
      }
    }
    const failed = facts.teamLookups.map(
      (t) => `team @${t.team} could not be read (${t.result.split(":")[0]})`
    );
    info.approvalsSource = [
      `GitHub: the reviews of PR #${pr.number} up to its merge${mergedAt === null ? "" : ` at ${isoIn(mergedAt, zone)}`}, judged by wxgate's approval rules with ${this.policiesPath}/wxgate.yml and CODEOWNERS at ${facts.rulesCommit ?? "no base commit (defaults)"} (the base at merge); team membership as read at publish time`,
      ...judged.policies.wxgateYml === void 0 ? [`no ${this.policiesPath}/wxgate.yml at the base: the policy defaults applied`] : [],
      `the approvals check was ${verdict.checks.approvals.status} at merge`,
      ...failed.length > 0 ? [`${failed.join(", ")}: approvals that depend on it are not counted`] : []
    ].join("; ");
    this.log.info(
      `GitHub: PR #${pr.number} (${how.split(" ")[0] === "GET" ? "by commit" : "by message"}): ${approvals.length} approval(s), approvals check ${verdict.checks.approvals.status} at merge, rules from ${(facts.rulesCommit ?? "-").slice(0, 12)}`
    );
    return info;
  }
  /** The PR judged as at its merge, by the evaluator the check uses. */
  async judge(pr, mergedAt, rulesCommit) {
    const { octokit, owner, repo } = this.options;
    const teams = this.options.teams;
    const loaded = await loadPRContext(
      octokit,
      { owner, repo, number: pr.number },
      mergedAt,
      teams ? { teams } : {}
    );
    const lookups = /* @__PURE__ */ new Map();
    const base = loaded.context;
    const ctx = {
      ...base,
      // A review given after the merge did not let the PR in.
      reviews: base.reviews.filter((r) => r.submittedAt <= mergedAt),
      members: async (team) => {
        const result = await base.members(team).catch(
          (error) => ({ ok: false, reason: "error", detail: describeError(error) })
        );
        lookups.set(team, result);
        return result;
      }
    };
    const policies = rulesCommit ? await policiesAt(this.options.git, rulesCommit, this.policiesPath) : { wxgateYml: void 0, codeowners: {} };
    const verdict = await this.options.judge(ctx, policies);
    return { verdict, ctx, lookups, policies };
  }
  reportLabel() {
    return this.options.reportLabel ?? DEFAULT_REPORT_LABEL;
  }
  reportAuthor() {
    return this.options.reportAuthor ?? ACTIONS_BOT;
  }
};

// src/wechat/transport.ts
var Transport = class {
  constructor(o) {
    this.o = o;
  }
  o;
  async call(spec, tokens) {
    let attempts = 0;
    let transientFailures = 0;
    let refreshed = false;
    for (; ; ) {
      attempts += 1;
      const token = spec.auth && tokens ? await tokens.current() : void 0;
      const started = this.o.clock.now();
      const outcome = await this.send(spec, token);
      const took = `${this.o.clock.now() - started} ms`;
      if (outcome.type === "ok") {
        const errcode = typeof outcome.body.errcode === "number" ? outcome.body.errcode : 0;
        if (errcode === 0) {
          this.o.log("debug", `WeChat ${spec.endpoint} ok (${took}, attempt ${attempts})`);
          return outcome.body;
        }
        const errmsg = typeof outcome.body.errmsg === "string" ? outcome.body.errmsg : "";
        if (tokens && token !== void 0 && TOKEN_ERRCODES.has(errcode) && !refreshed) {
          refreshed = true;
          this.o.log(
            "warn",
            `WeChat ${spec.endpoint} errcode ${errcode} (${errmsg}); fetching a new token once`
          );
          await tokens.rejected(token);
          continue;
        }
        if (errcode === -1 && transientFailures + 1 < this.o.maxAttempts) {
          transientFailures += 1;
          await this.backoff(spec.endpoint, `errcode -1 (${errmsg})`, transientFailures);
          continue;
        }
        this.o.log(
          "warn",
          `WeChat ${spec.endpoint} errcode ${errcode} (${errmsg}) after ${attempts} request(s)`
        );
        throw errcodeError(spec.endpoint, errcode, errmsg, this.o.clock.now(), {
          attempts,
          body: outcome.body
        });
      }
      const what = outcome.type === "http" ? `HTTP ${outcome.status}` : outcome.type === "timeout" ? `no answer within ${(spec.upload ? this.o.uploadTimeoutMs : this.o.timeoutMs) / 1e3} s` : `connection failed (${outcome.detail})`;
      if (outcome.type === "http" && outcome.status < 500) {
        throw new WeChatError({
          kind: "protocol",
          endpoint: spec.endpoint,
          httpStatus: outcome.status,
          attempts,
          hint: {
            zh: `微信返回 HTTP ${outcome.status}：检查 WECHAT_API_BASE 是否指向微信 API 或其代理`,
            en: `WeChat answered HTTP ${outcome.status}: check that WECHAT_API_BASE points at the WeChat API or its proxy`
          }
        });
      }
      if (outcome.type === "unparsable") {
        throw protocolError(spec.endpoint, `the answer is not JSON: ${outcome.detail}`, attempts);
      }
      if (spec.retrySafe && transientFailures + 1 < this.o.maxAttempts) {
        transientFailures += 1;
        await this.backoff(spec.endpoint, what, transientFailures);
        continue;
      }
      const ambiguous = !spec.retrySafe && (outcome.type !== "network" || outcome.sent);
      this.o.log("warn", `WeChat ${spec.endpoint} failed: ${what} after ${attempts} request(s)`);
      throw new WeChatError({
        kind: "transient",
        endpoint: spec.endpoint,
        httpStatus: outcome.type === "http" ? outcome.status : void 0,
        attempts,
        ambiguous,
        hint: ambiguous ? {
          zh: `${what}：请求可能已被微信受理，重新提交前须先核对（例如查询已发表列表）`,
          en: `${what}: WeChat may have accepted the request; reconcile (e.g. list what was published) before submitting again`
        } : {
          zh: `${what}：重试 ${attempts} 次后仍失败，请稍后再运行`,
          en: `${what}: still failing after ${attempts} request(s); run again later`
        },
        cause: outcome.type === "network" || outcome.type === "timeout" ? outcome.error : void 0
      });
    }
  }
  async send(spec, token) {
    const url = new URL(this.o.apiBase + spec.endpoint);
    if (token !== void 0) url.searchParams.set("access_token", token);
    for (const [k, v] of Object.entries(spec.query ?? {})) url.searchParams.set(k, v);
    const timeout = spec.upload ? this.o.uploadTimeoutMs : this.o.timeoutMs;
    const init = { method: spec.method, signal: AbortSignal.timeout(timeout) };
    if (spec.json !== void 0) {
      init.body = JSON.stringify(spec.json);
      init.headers = { "content-type": "application/json; charset=utf-8" };
    } else if (spec.form) {
      init.body = spec.form();
    }
    this.o.log("debug", `WeChat → ${spec.method} ${url.toString()}`);
    let response;
    try {
      response = await fetch(url, init);
    } catch (error) {
      return failure(error, false);
    }
    let text;
    try {
      text = await response.text();
    } catch (error) {
      return failure(error, true);
    }
    if (response.status < 200 || response.status > 299) return { type: "http", status: response.status };
    try {
      const body = JSON.parse(text);
      if (body === null || typeof body !== "object" || Array.isArray(body)) {
        return { type: "unparsable", detail: text.slice(0, 80) };
      }
      return { type: "ok", body };
    } catch {
      return { type: "unparsable", detail: this.o.mask(text.slice(0, 80)) };
    }
  }
  async backoff(endpoint, what, retry) {
    const ceiling = Math.min(this.o.backoffMaxMs, this.o.backoffBaseMs * 2 ** (retry - 1));
    const delay = Math.round(ceiling * (0.5 + 0.5 * this.o.random()));
    this.o.log(
      "warn",
      `WeChat ${endpoint}: ${what}; retry ${retry}/${this.o.maxAttempts - 1} in ${delay} ms`
    );
    await this.o.clock.sleep(delay);
  }
};
function failure(error, sent) {
  const e = error;
  if (e?.name === "TimeoutError" || e?.name === "AbortError") return { type: "timeout", error };
  const detail = e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(error);
  const neverConnected = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH/.test(String(detail));
  return { type: "network", detail: String(detail), sent: sent || !neverConnected, error };
}
function errcodeError(endpoint, errcode, errmsg, now, answer = {}) {
  return new WeChatError({
    ...meaningOf(errcode, errmsg, endpoint, now),
    errcode,
    errmsg,
    endpoint,
    ...answer
  });
}
function mediaForm(bytes, filename) {
  const { name, type } = uploadName(bytes, filename);
  const form = new FormData();
  form.append("media", new Blob([bytes], { type }), name);
  return form;
}
function requireString(body, field, endpoint) {
  const value = body[field];
  if (typeof value !== "string" || value === "") {
    throw protocolError(endpoint, `the answer has no ${field}`);
  }
  return value;
}
function optionalId(value) {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "string" && value !== "") return value;
  return void 0;
}
function requireId(body, field, endpoint) {
  const id = optionalId(body[field]);
  if (id === void 0) throw protocolError(endpoint, `the answer has no ${field}`);
  return id;
}
function protocolError(endpoint, detail, attempts = 1) {
  return new WeChatError({
    kind: "protocol",
    endpoint,
    attempts,
    hint: {
      zh: `无法理解微信的回应（${detail}）：检查 WECHAT_API_BASE`,
      en: `could not understand WeChat's answer (${detail}); check WECHAT_API_BASE`
    }
  });
}

// src/wechat/access-token.ts
var AccessTokens = class {
  constructor(o) {
    this.o = o;
  }
  o;
  token;
  inflight;
  async current() {
    const fresh = (t) => t !== void 0 && t.expiresAt - this.o.refreshMarginMs > this.o.clock.now();
    if (!fresh(this.token)) {
      const cached = this.o.cache.read();
      if (cached) this.o.remember(cached.accessToken);
      this.token = fresh(cached) ? cached : await this.fetch(false);
    }
    return this.token.accessToken;
  }
  /** After WeChat rejected `rejected`: fetch again; force a new token if WeChat still hands back the same one. */
  async rejected(rejected) {
    if (this.o.cache.read()?.accessToken === rejected) this.o.cache.clear();
    this.token = void 0;
    let next = await this.fetch(false);
    if (next.accessToken === rejected) next = await this.fetch(true);
    this.token = next;
  }
  /** One fetch at a time per client: concurrent callers share it. */
  fetch(force) {
    if (this.inflight) return this.inflight;
    const run = async () => {
      const endpoint = "/cgi-bin/stable_token";
      const body = await this.o.call({
        endpoint,
        method: "POST",
        json: {
          grant_type: "client_credential",
          appid: this.o.appId,
          secret: this.o.appSecret,
          force_refresh: force
        },
        auth: false,
        retrySafe: true
      });
      const accessToken = requireString(body, "access_token", endpoint);
      const expiresIn = Number(body.expires_in);
      if (!Number.isFinite(expiresIn) || expiresIn <= 0) {
        throw protocolError(endpoint, `expires_in is ${JSON.stringify(body.expires_in)}`);
      }
      this.o.remember(accessToken);
      const token = { accessToken, expiresAt: this.o.clock.now() + expiresIn * 1e3 };
      this.o.cache.write(token);
      this.o.logger.info(
        `WeChat access token for ${this.o.appId} ${force ? "force-refreshed" : "fetched"}; valid ${Math.round(expiresIn)} s`
      );
      return token;
    };
    this.inflight = run().finally(() => {
      this.inflight = void 0;
    });
    return this.inflight;
  }
};

// src/wechat/answers.ts
function publishStatusOf(body, publishId, endpoint) {
  const status = body.publish_status;
  if (typeof status !== "number" || !Number.isInteger(status) || status < 0 || status > 6) {
    throw protocolError(endpoint, `publish_status is ${JSON.stringify(status)}`);
  }
  const code = status;
  const result = {
    publishId: optionalId(body.publish_id) ?? publishId,
    status: code,
    name: PUBLISH_STATUS[code],
    pending: code === 1
  };
  if (typeof body.article_id === "string" && body.article_id !== "") result.articleId = body.article_id;
  const detail = body.article_detail;
  if (detail && Array.isArray(detail.item)) {
    result.articleUrls = detail.item.filter((i) => typeof i.article_url === "string").sort((a, b) => Number(a.idx ?? 0) - Number(b.idx ?? 0)).map((i) => i.article_url);
  }
  if (Array.isArray(body.fail_idx) && body.fail_idx.length > 0) {
    result.failIdx = body.fail_idx.filter((n) => typeof n === "number");
  }
  return result;
}
function listedItems(body) {
  const raw = Array.isArray(body.item) ? body.item : [];
  return raw.filter((item) => item !== null && typeof item === "object").map((item) => {
    const content = item.content ?? {};
    const news = Array.isArray(content.news_item) ? content.news_item.filter((n) => n !== null && typeof n === "object") : [];
    return { item, news, updateTime: unixSeconds(item.update_time) || unixSeconds(content.update_time) };
  });
}
function unixSeconds(value) {
  const n = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

// src/wechat/mask.ts
var SHAPES = [
  [/([?&](?:access_token|secret|appsecret)=)[^&#\s"']*/gi, "$1***"],
  [/("(?:secret|appsecret|access_token)"\s*:\s*")(?:[^"\\]|\\.)*"/gi, '$1***"']
];
function maskSecrets(text, known = []) {
  let out = text;
  for (const value of known) {
    if (value && value.length >= 6) out = out.split(value).join("***");
  }
  for (const [pattern, replacement] of SHAPES) out = out.replace(pattern, replacement);
  return out;
}

// src/wechat/token-cache.ts
import { createHash as createHash3, randomBytes } from "node:crypto";
import { chmodSync, existsSync as existsSync2, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join as join2, resolve as resolve2 } from "node:path";
var MemoryTokenCache = class {
  token;
  read() {
    return this.token;
  }
  write(token) {
    this.token = token;
  }
  clear() {
    this.token = void 0;
  }
};
var FileTokenCache = class {
  constructor(dir, apiBase, appId) {
    this.dir = dir;
    this.apiBase = apiBase;
    this.appId = appId;
    const key = createHash3("sha256").update(`${apiBase}
${appId}`).digest("hex").slice(0, 16);
    this.path = join2(dir, `wechat-token-${key}.json`);
  }
  dir;
  apiBase;
  appId;
  path;
  read() {
    let raw;
    try {
      raw = readFileSync(this.path, "utf8");
    } catch {
      return void 0;
    }
    try {
      const data = JSON.parse(raw);
      if (data.appid === this.appId && data.api_base === this.apiBase && typeof data.access_token === "string" && typeof data.expires_at === "number") {
        return { accessToken: data.access_token, expiresAt: data.expires_at };
      }
    } catch {
    }
    return void 0;
  }
  write(token) {
    mkdirSync(this.dir, { recursive: true, mode: 448 });
    const body = JSON.stringify({
      appid: this.appId,
      api_base: this.apiBase,
      access_token: token.accessToken,
      expires_at: token.expiresAt,
      expires_at_iso: new Date(token.expiresAt).toISOString()
    });
    const temp = `${this.path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
    try {
      writeFileSync(temp, `${body}
`, { mode: 384 });
      chmodSync(temp, 384);
      renameSync(temp, this.path);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
  }
  clear() {
    rmSync(this.path, { force: true });
  }
};
function enclosingGitWorkTree(dir) {
  let current = resolve2(dir);
  for (; ; ) {
    if (existsSync2(join2(current, ".git"))) return current;
    const parent = dirname(current);
    if (parent === current) return void 0;
    current = parent;
  }
}

// src/wechat/client.ts
var DEFAULT_API_BASE = "https://api.weixin.qq.com";
function apiBaseFromEnv(env) {
  const value = env.WECHAT_API_BASE?.trim();
  return value ? value.replace(/\/+$/, "") : DEFAULT_API_BASE;
}
var DEFAULTS = {
  timeoutMs: 3e4,
  uploadTimeoutMs: 12e4,
  maxAttempts: 4,
  backoffBaseMs: 1e3,
  backoffMaxMs: 3e4,
  refreshMarginMs: 12e4
};
var CLIENTMSGID_REPEAT_WAIT_MS = 6e4;
var WeChatClient = class {
  apiBase;
  logger;
  clock;
  transport;
  tokens;
  /** Values to mask wherever they appear: the secret and every token this client has held. */
  secrets = /* @__PURE__ */ new Set();
  constructor(options) {
    if (!options.appId) throw new TypeError("WeChatClient: appId is required");
    if (!options.appSecret) throw new TypeError("WeChatClient: appSecret is required");
    this.apiBase = (options.apiBase ?? DEFAULT_API_BASE).replace(/\/+$/, "");
    this.secrets.add(options.appSecret);
    this.logger = options.logger ?? silentLogger;
    this.clock = options.clock ?? systemClock;
    this.transport = new Transport({
      apiBase: this.apiBase,
      clock: this.clock,
      random: options.random ?? Math.random,
      timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
      uploadTimeoutMs: options.uploadTimeoutMs ?? DEFAULTS.uploadTimeoutMs,
      maxAttempts: Math.max(1, options.maxAttempts ?? DEFAULTS.maxAttempts),
      backoffBaseMs: options.backoffBaseMs ?? DEFAULTS.backoffBaseMs,
      backoffMaxMs: options.backoffMaxMs ?? DEFAULTS.backoffMaxMs,
      mask: (text) => this.mask(text),
      log: (level, message) => this.log(level, message)
    });
    this.tokens = new AccessTokens({
      appId: options.appId,
      appSecret: options.appSecret,
      cache: options.tokenCacheDir === void 0 ? new MemoryTokenCache() : new FileTokenCache(options.tokenCacheDir, this.apiBase, options.appId),
      clock: this.clock,
      refreshMarginMs: options.refreshMarginMs ?? DEFAULTS.refreshMarginMs,
      call: (spec) => this.call(spec),
      remember: (secret) => this.secrets.add(secret),
      logger: this.logger
    });
    const repo = options.tokenCacheDir === void 0 ? void 0 : enclosingGitWorkTree(options.tokenCacheDir);
    if (repo !== void 0) {
      throw new ConfigurationError(
        `WeChat token cache ${options.tokenCacheDir} is inside the git work tree ${repo}: a live access token must never be committed; use a directory outside the repository (e.g. $RUNNER_TEMP)`
      );
    }
  }
  // ── WeChatPort ────────────────────────────────────────────────────────────────────────────────────────────
  async uploadContentImage(bytes, filename) {
    const body = await this.call({
      endpoint: "/cgi-bin/media/uploadimg",
      method: "POST",
      form: () => mediaForm(bytes, filename),
      auth: true,
      retrySafe: true,
      upload: true
    });
    return { url: requireString(body, "url", "/cgi-bin/media/uploadimg") };
  }
  async addCoverMaterial(bytes, filename) {
    const endpoint = "/cgi-bin/material/add_material";
    const body = await this.call({
      endpoint,
      method: "POST",
      query: { type: "image" },
      form: () => mediaForm(bytes, filename),
      auth: true,
      retrySafe: true,
      upload: true
    });
    return {
      mediaId: requireString(body, "media_id", endpoint),
      url: typeof body.url === "string" ? body.url : ""
    };
  }
  async addDraft(article) {
    const item = { article_type: "news", title: article.title };
    if (article.author !== void 0) item.author = article.author;
    if (article.digest !== void 0) item.digest = article.digest;
    item.content = article.content;
    if (article.contentSourceUrl !== void 0) item.content_source_url = article.contentSourceUrl;
    item.thumb_media_id = article.thumbMediaId;
    if (article.needOpenComment !== void 0) item.need_open_comment = article.needOpenComment ? 1 : 0;
    if (article.onlyFansCanComment !== void 0) {
      item.only_fans_can_comment = article.onlyFansCanComment ? 1 : 0;
    }
    const body = await this.call({
      endpoint: "/cgi-bin/draft/add",
      method: "POST",
      json: { articles: [item] },
      auth: true,
      retrySafe: false
    });
    return { mediaId: requireString(body, "media_id", "/cgi-bin/draft/add") };
  }
  async submitPublish(draftMediaId) {
    const endpoint = "/cgi-bin/freepublish/submit";
    const body = await this.call({
      endpoint,
      method: "POST",
      json: { media_id: draftMediaId },
      auth: true,
      retrySafe: false
    });
    const publishId = requireId(body, "publish_id", endpoint);
    const msgDataId = optionalId(body.msg_data_id);
    return msgDataId === void 0 ? { publishId } : { publishId, msgDataId };
  }
  async getPublishStatus(publishId) {
    const endpoint = "/cgi-bin/freepublish/get";
    const body = await this.call({
      endpoint,
      method: "POST",
      json: { publish_id: publishId },
      auth: true,
      retrySafe: true
    });
    return publishStatusOf(body, publishId, endpoint);
  }
  async listPublished(offset = 0, count = 20, options = {}) {
    const body = await this.call({
      endpoint: "/cgi-bin/freepublish/batchget",
      method: "POST",
      json: { offset, count, no_content: options.withContent ? 0 : 1 },
      auth: true,
      retrySafe: true
    });
    const items = listedItems(body).map(
      ({ item, news, updateTime }) => ({
        articleId: String(item.article_id ?? ""),
        updateTime,
        titles: news.map((n) => String(n.title ?? "")),
        urls: news.map((n) => String(n.url ?? "")),
        contents: news.map((n) => typeof n.content === "string" ? n.content : "")
      })
    );
    return { totalCount: Number(body.total_count ?? items.length), items };
  }
  async listDrafts(offset = 0, count = 20) {
    const body = await this.call({
      endpoint: "/cgi-bin/draft/batchget",
      method: "POST",
      json: { offset, count, no_content: 0 },
      auth: true,
      retrySafe: true
    });
    const items = listedItems(body).map(
      ({ item, news, updateTime }) => ({
        mediaId: String(item.media_id ?? ""),
        updateTime,
        titles: news.map((n) => String(n.title ?? "")),
        contents: news.map((n) => typeof n.content === "string" ? n.content : "")
      })
    );
    return { totalCount: Number(body.total_count ?? items.length), items };
  }
  async deletePublication(articleId, index = 0) {
    await this.call({
      endpoint: "/cgi-bin/freepublish/delete",
      method: "POST",
      json: { article_id: articleId, index },
      auth: true,
      retrySafe: true
    });
  }
  massSend(draftMediaId, options = {}) {
    return this.sendAll(draftMediaId, options, false);
  }
  async sendAll(draftMediaId, options, waited) {
    const endpoint = "/cgi-bin/message/mass/sendall";
    const json = {
      filter: { is_to_all: true },
      mpnews: { media_id: draftMediaId },
      msgtype: "mpnews",
      send_ignore_reprint: options.sendIgnoreReprint ? 1 : 0
    };
    if (options.clientMsgId !== void 0) json.clientmsgid = options.clientMsgId;
    const spec = {
      endpoint,
      method: "POST",
      json,
      auth: true,
      retrySafe: json.clientmsgid !== void 0
    };
    let body;
    try {
      body = await this.call(spec);
    } catch (error) {
      if (!(error instanceof WeChatError)) throw error;
      if (error.errcode === CLIENTMSGID_ALREADY_SENT && error.body && optionalId(error.body.msg_id) !== void 0) {
        this.log("info", `WeChat ${endpoint}: this clientmsgid was already sent; using that send`);
        return { msgId: optionalId(error.body.msg_id), duplicate: true };
      }
      if (error.errcode !== CLIENTMSGID_REPEATED_TOO_SOON || waited) throw error;
      this.log("warn", `WeChat ${endpoint}: same clientmsgid retried too fast (45066); asking again in 60 s`);
      await this.clock.sleep(CLIENTMSGID_REPEAT_WAIT_MS);
      return this.sendAll(draftMediaId, options, true);
    }
    const msgId = requireId(body, "msg_id", endpoint);
    const msgDataId = optionalId(body.msg_data_id);
    return msgDataId === void 0 ? { msgId, duplicate: false } : { msgId, msgDataId, duplicate: false };
  }
  async deleteMassSend(msgId, articleIdx = 0) {
    const numeric = /^\d+$/.test(msgId) && Number.isSafeInteger(Number(msgId));
    await this.call({
      endpoint: "/cgi-bin/message/mass/delete",
      method: "POST",
      json: { msg_id: numeric ? Number(msgId) : msgId, article_idx: articleIdx },
      auth: true,
      retrySafe: true
    });
  }
  call(spec) {
    return this.transport.call(spec, spec.auth ? this.tokens : void 0);
  }
  // ── transport ─────────────────────────────────────────────────────────────────────────────────────────────
  mask(text) {
    return maskSecrets(text, this.secrets);
  }
  log(level, message) {
    const line = this.mask(message);
    if (level === "debug") this.logger.debug?.(line);
    else this.logger[level](line);
  }
};

// src/ledger/protection.ts
var LEDGER_RULES = ["deletion", "non_fast_forward", "update"];
var WHAT = {
  deletion: "Restrict deletions",
  non_fast_forward: "Block force pushes",
  update: "Restrict updates (the publish job as the only bypass actor)"
};
function missingRules(rules) {
  const present = new Set(rules.map((r) => r.type));
  return LEDGER_RULES.filter((rule) => !present.has(rule));
}
function protectionWarning(branch, missing) {
  if (missing.length === 0) return void 0;
  return `发布账本分支 ${branch} 缺少保护规则（${missing.map((r) => WHAT[r]).join("、")}）：有推送权限的人可以回退或删除它 / the ledger branch ${branch} lacks ruleset rules: ${missing.map((r) => WHAT[r]).join(", ")}. Anyone with push rights can rewind or delete it; wxgate then stops publishing until an administrator has looked. Add the ruleset in docs/setup.md ("Protect the ledger branch"); classic branch protection is not visible to the job token.`;
}

// src/commands/ledger-protection.ts
async function ledgerProtectionWarnings(env, branch, log, github = {}) {
  const token = env.GITHUB_TOKEN?.trim();
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY?.trim() ?? "").split("/");
  if (!token || !owner || !repo || rest.length > 0) return [];
  const client = createGitHubClient({
    token,
    baseUrl: env.GITHUB_API_URL || "https://api.github.com",
    retries: 0,
    ...github
  });
  try {
    const { data } = await client.request("GET /repos/{owner}/{repo}/rules/branches/{branch}", {
      owner,
      repo,
      branch,
      per_page: 100
    });
    const warning = protectionWarning(branch, missingRules(data));
    return warning ? [warning] : [];
  } catch (error) {
    log.info(`GitHub: the rules of ${branch} could not be read (${describeError(error)}); not checked`);
    return [];
  }
}

// src/commands/publish-secrets.ts
import { existsSync as existsSync3, readdirSync } from "node:fs";
import { join as join3 } from "node:path";
function accountsWithoutSecret(cwd, registry, env, only, publishingForAll) {
  return accountsWithArticles(cwd).filter((id) => only === void 0 || only.length === 0 || only.includes(id)).map((id) => registry.accounts.get(id)).filter((a) => a !== void 0 && !env[a.secretEnv]).filter((a) => publishingForAll || a.publishing === "enabled" || isEmulatorAppId(a.appId));
}
function missingSecretError(missing, registryFile) {
  const first = missing[0];
  const list = missing.map((a) => `${a.secretEnv} (account ${a.id})`).join(", ");
  const listZh = missing.map((a) => `${a.secretEnv}（账号 ${a.id}）`).join("、");
  return new ConfigurationError(
    `${missing.length === 1 ? "environment variable" : "environment variables"} ${list} not set: the AppSecret of each account with articles must be in the environment (the publish workflow maps the repository secret of that name); nothing was published`,
    {
      file: registryFile,
      line: first.line,
      field: `accounts.${first.id}.secret_env`,
      zh: `环境变量 ${listZh}未设置：有文章的每个账号，其 AppSecret 都必须在环境变量里（发布工作流会映射同名的仓库 secret）；本次没有发表任何文章`
    }
  );
}
function noteMissingSecrets(outcomes, missing) {
  for (const outcome of outcomes) {
    const account = missing.find((a) => outcome.key.startsWith(`${a.id}/`));
    if (!account || !outcome.result.startsWith("would ")) continue;
    outcome.result += ` — but ${account.secretEnv} is not set: a real run stops with a configuration error (exit 2) before any article`;
    if (outcome.text) {
      outcome.text = {
        zh: `${outcome.text.zh}——但 ${account.secretEnv} 未设置：真正运行时会在处理任何文章之前以配置错误退出（退出码 2）`,
        en: outcome.result
      };
    }
  }
}
function accountsWithArticles(cwd) {
  const root = join3(cwd, "content");
  if (!existsSync3(root)) return [];
  return readdirSync(root, { withFileTypes: true }).filter((account) => account.isDirectory() && !account.name.startsWith(".")).filter(
    (account) => readdirSync(join3(root, account.name), { withFileTypes: true }).some(
      (folder) => folder.isDirectory() && existsSync3(join3(root, account.name, folder.name, "index.md"))
    )
  ).map((account) => account.name).sort();
}

// src/commands/publish-adapters.ts
async function runPublishRequest(request) {
  const setup = await loadPublishSetup(request.cwd, request.policiesDir);
  const publishingForAll = request.env.WXGATE_PUBLISHING?.trim() === "enabled";
  const { registry } = setup;
  const missing = request.portFor ? [] : accountsWithoutSecret(request.cwd, registry, request.env, request.accounts, publishingForAll);
  if (missing.length > 0 && !request.dryRun) throw missingSecretError(missing, registry.file);
  const identity = runIdentity(request.env);
  const report = await holdingTheClone(request, identity, async () => {
    let adapters;
    try {
      adapters = await publishAdapters(request, setup, { dryRun: request.dryRun, identity });
    } catch (error) {
      if (error instanceof LedgerRewoundError) return rewoundReport(error, identity.id);
      throw error;
    }
    return runPublish(setup, adapters, {
      ...request,
      publishingForAll
    });
  });
  noteMissingSecrets(report.outcomes, missing);
  if (request.remote === "none" || !readsGitHub(request, request.dryRun)) return report;
  const branch = request.ledgerBranch ?? DEFAULT_LEDGER_BRANCH;
  const warnings = await ledgerProtectionWarnings(request.env, branch, request.log, request.github);
  for (const warning of warnings) request.log.warn(warning);
  return warnings.length ? { ...report, warnings: [...report.warnings ?? [], ...warnings] } : report;
}
async function runWithdrawRequest(request) {
  const setup = await loadPublishSetup(request.cwd, request.policiesDir);
  const env = request.env;
  const identity = runIdentity(env);
  return holdingTheClone(request, identity, async () => {
    let adapters;
    try {
      adapters = await publishAdapters(request, setup, { dryRun: false, identity });
    } catch (error) {
      if (error instanceof LedgerRewoundError) return rewoundWithdrawal(articleKey(request.article), error);
      throw error;
    }
    return runWithdraw(setup, adapters, {
      article: request.article,
      reason: request.reason,
      ...request.by?.trim() || env.GITHUB_ACTOR ? { by: request.by?.trim() || env.GITHUB_ACTOR } : {},
      ...env.USER ? { fallbackBy: env.USER } : {},
      source: env.GITHUB_ACTIONS ? "workflow" : "cli"
    });
  });
}
function readsGitHub(request, dryRun) {
  const mode = request.prSource ?? "auto";
  if (mode === "github") return true;
  return mode === "auto" && !dryRun && !!request.env.GITHUB_TOKEN?.trim() && !!request.env.GITHUB_REPOSITORY?.trim();
}
async function holdingTheClone(request, identity, work) {
  const git = new Git(request.cwd, request.env);
  if ((await git.exec(["rev-parse", "--git-dir"])).code !== 0) return work();
  const lock = await CloneLock.acquire(
    git,
    { run: identity.id, host: identity.host, pid: identity.pid },
    { clock: request.clock ?? systemClock, waitMs: request.lockWaitMs ?? 0 }
  );
  if (lock.tookOverFrom) {
    const h = lock.tookOverFrom;
    request.log.warn(
      `run ${h.run} (host ${h.host}, pid ${h.pid}) held this clone but is gone; its lock was taken over`
    );
  }
  try {
    return await work();
  } finally {
    await lock.release();
  }
}
async function publishAdapters(request, setup, run) {
  const git = new Git(request.cwd, request.env);
  const clock = request.clock ?? (request.now === void 0 ? systemClock : clockStartingAt(request.now));
  if (!run.dryRun) refuseCacheInWorkTree(request);
  const ledger = await GitLedger.open(git, {
    branch: request.ledgerBranch ?? DEFAULT_LEDGER_BRANCH,
    remote: request.remote === void 0 || request.remote === "auto" ? "auto" : request.remote === "none" ? void 0 : request.remote,
    identity: { name: "wxgate", email: "wxgate@users.noreply.github.com" },
    clock,
    trackSeen: true
  });
  const secrets = [];
  const log = mapLines(request.log, (line) => maskSecrets(line, secrets));
  const timeZone = setup.policies.policy.timeZone;
  const identity = run.identity;
  return {
    git,
    ledger,
    wechatFor: request.portFor ?? wechatClients(request, setup, { log, secrets }),
    prs: pullRequestSource(request, git, timeZone, log, secrets, run.dryRun),
    clock,
    log,
    identity,
    isAlive: (lease2) => lease2.host !== identity.host || processAlive(lease2.pid)
  };
}
function wechatClients(request, setup, shared) {
  const apiBase = request.apiBase ?? apiBaseFromEnv(request.env);
  const cacheDir = request.cacheDir ?? defaultCacheDir(request.env);
  const clients = /* @__PURE__ */ new Map();
  return (account) => {
    let client = clients.get(account.id);
    if (!client) {
      const secret = secretOf(account, request.env, setup.registry.file);
      shared.secrets.push(secret);
      client = new WeChatClient({
        appId: account.appId,
        appSecret: secret,
        apiBase,
        tokenCacheDir: cacheDir,
        // Token lifetimes are WeChat's real time, whatever --now says; a test's clock replaces both.
        clock: request.clock ?? systemClock,
        logger: warningsOnly(mapLines(shared.log, (line) => `  ${account.id}: ${line}`))
      });
      clients.set(account.id, client);
    }
    return client;
  };
}
function pullRequestSource(request, git, timeZone, log, secrets, dryRun) {
  const env = request.env;
  const token = env.GITHUB_TOKEN?.trim();
  const repository = env.GITHUB_REPOSITORY?.trim();
  if (!readsGitHub(request, dryRun)) return new GitPullRequestSource(git);
  if (!token || !repository) {
    throw new ConfigurationError(
      "--pr-source github needs GITHUB_TOKEN (a token that may read pull requests and checks) and GITHUB_REPOSITORY (owner/name) in the environment",
      {
        zh: "--pr-source github 需要环境变量 GITHUB_TOKEN（能读取拉取请求和检查的令牌）和 GITHUB_REPOSITORY（owner/name）"
      }
    );
  }
  const [owner, repo, ...rest] = repository.split("/");
  if (!owner || !repo || rest.length > 0) {
    throw new ConfigurationError(`GITHUB_REPOSITORY must be owner/name (got "${repository}")`);
  }
  const teamToken = env.WXGATE_TEAM_TOKEN?.trim() || void 0;
  secrets.push(token, ...teamToken ? [teamToken] : []);
  const clientLog = warningsOnly(mapLines(log, (line) => `GitHub: ${line}`));
  const client = (auth) => createGitHubClient({
    token: auth,
    baseUrl: env.GITHUB_API_URL || "https://api.github.com",
    log: clientLog,
    ...request.github
  });
  if (!teamToken) {
    log.info(
      "GitHub: no WXGATE_TEAM_TOKEN: team membership is read with GITHUB_TOKEN, which cannot read organisation teams; approvals that need a team are recorded as not counted (team unreadable)"
    );
  }
  const policies = relative(request.cwd, request.policiesDir).split(sep).join("/");
  return new GitHubPullRequestSource({
    octokit: client(token),
    ...teamToken ? { teams: client(teamToken) } : {},
    owner,
    repo,
    git,
    policiesPath: policies === "" || policies.startsWith("..") || isAbsolute(policies) ? "policies" : policies,
    timeZone,
    ...env.WXGATE_REPORT_LABEL ? { reportLabel: env.WXGATE_REPORT_LABEL } : {},
    log,
    // Only approvals, schedule and the report are recorded: the compliance verdict is the check run's conclusion.
    judge: (ctx, basePolicies) => evaluatePullRequest(ctx, basePolicies, () => [])
  });
}
function runIdentity(env) {
  const host = hostname2();
  const id = env.GITHUB_RUN_ID ? `gha-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? "1"}-${randomBytes2(2).toString("hex")}` : `${host}-${process.pid}-${randomBytes2(3).toString("hex")}`;
  return { id, host, pid: process.pid };
}
function refuseCacheInWorkTree(request) {
  const dir = request.cacheDir ?? defaultCacheDir(request.env);
  const repo = enclosingGitWorkTree(dir);
  if (repo !== void 0) {
    throw new ConfigurationError(
      `the WeChat token cache ${dir} is inside the git work tree ${repo}: a live access token must never be committed; give --cache-dir (or WXGATE_CACHE_DIR) a directory outside the repository, e.g. $RUNNER_TEMP`,
      {
        zh: `微信 access token 缓存目录 ${dir} 在 git 工作区 ${repo} 里：有效的 access token 绝不能被提交；请用 --cache-dir（或 WXGATE_CACHE_DIR）指定仓库之外的目录，例如 $RUNNER_TEMP`
      }
    );
  }
}
function defaultCacheDir(env) {
  if (env.WXGATE_CACHE_DIR) return env.WXGATE_CACHE_DIR;
  if (env.RUNNER_TEMP) return join4(env.RUNNER_TEMP, "wxgate");
  return join4(env.XDG_CACHE_HOME || join4(homedir(), ".cache"), "wxgate");
}
function writeStepSummary(env, title, report) {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file || !existsSync4(join4(file, ".."))) return;
  const cell = (s) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const rows = report.outcomes.map(
    (o) => `| ${o.failed ? "✗" : "✓"} | \`${o.key}\` | ${o.state ?? "—"} | ${cell(o.result)} |`
  );
  const notices = [
    ...report.halted ? [`> [!CAUTION]
> ${cell(report.halted.zh)}
>
> ${cell(report.halted.en)}`] : [],
    ...(report.warnings ?? []).map((w) => `> [!WARNING]
> ${cell(w)}`)
  ];
  appendFileSync(
    file,
    `## ${title}

Ledger: \`${report.ledger}\`

${notices.map((n) => `${n}

`).join("")}| | article | state | result |
|---|---|---|---|
${rows.join("\n")}

`
  );
}
var BUSY_EXIT_CODE = 75;
function busyMessage(error, command, locale) {
  return locale === "en" ? `wxgate ${command}: ${error.message}; nothing was done — run again when it has finished, or give --wait <seconds> (exit ${BUSY_EXIT_CODE})
` : `wxgate ${command}：另一个运行正在使用此克隆（${error.message}），本次未做任何事——等它结束后再运行，或加 --wait <秒数>（退出码 ${BUSY_EXIT_CODE}）
`;
}

// src/commands/publish-help.ts
var WITHDRAW_WAIT_SECONDS = 600;
var PUBLISH_HELP = {
  zh: `用法：wxgate publish [选项]

发表检出仓库里（合并后分支上的 content/<账号>/<文件夹>/index.md）所有 publish_at 已到、尚未发表的文章，每篇只发
一次，方式按 policies/accounts.yml 中该账号的 publish_method：
  freepublish  上传正文图片（media/uploadimg）和封面（material/add_material），新建草稿（draft/add），发表
               （freepublish/submit）并查询结果（freepublish/get）
  mass-send    同样的草稿，群发给所有关注者（message/mass/sendall，带固定的 clientmsgid）
  draft-only   只建草稿，并记录需要有人在公众号后台点“发表”（2025 年 7 月起，未认证账号不能通过接口发表）

每一步在发生前后都记入发布记录 records/<账号>/<文件夹>.yml，提交到账本分支（默认 ${DEFAULT_LEDGER_BRANCH}），
带 Wxgate-Article、Wxgate-PR、Approved-by、Published-at、Wxgate-Publish-Id 等 trailer，并推送到远端：重跑、任何
时刻崩溃、两个运行同时进行，都不会把一篇文章发两次。头信息写了 status: withdrawn 的文章会从微信删除（见 wxgate
withdraw）。仍在发表中的文章由下一次运行继续查询（freepublish/get 每天限 100 次，wxgate 每个账号最多用
${PUBLISHER_DEFAULTS.dailyPollBudget} 次）。

账本被回退时运行会停下：每次写入也会移动 ${DEFAULT_LEDGER_BRANCH}-seen，账本不再包含那个提交（被强推回退、改写或
删除）时，本次不发表任何文章并说明原因。被人手工改过的记录先与微信核对（微信不认可的“已发表”会变成等人处理的失败），
每篇文章第一次建草稿和第一次提交发表之前，先问微信是否已有这篇。

发表默认关闭，打开后才会发：app_id 为真实值的账号，要在 policies/accounts.yml 里写 "publishing: enabled"，或设置
WXGATE_PUBLISHING=enabled 对所有账号打开。publish_at 之后超过 10 分钟才合并的文章要等人确认（失败类型
late-merge）：用 --retry <文章> 确认。

选项：
  --now <iso>              假定现在是这个时间（如 2026-11-21T12:00:00+08:00），用于演练和演示；时间从它往后走。
                           默认：真实时钟
  --dry-run                只说会做什么；不调用、不写入，也不需要 secret
  --account <id>           只处理这个账号（可重复）
  --retry <文章>           再试这篇文章，即使它的失败在等修改或等人（可重复；content/<账号>/<文件夹> 或
                           <账号>/<文件夹>）
  --api-base <url>         微信 API 地址（默认：$WECHAT_API_BASE，否则 https://api.weixin.qq.com）。可指向固定
                           出口 IP 的代理，或 \`wxgate emulator\`
  --cache-dir <dir>        两次运行之间缓存 access token 的目录，须在仓库之外（默认：$WXGATE_CACHE_DIR，GitHub
                           Actions 中为 $RUNNER_TEMP/wxgate，否则 ~/.cache/wxgate）
  --policies <dir>         含 wxgate.yml 和 accounts.yml 的策略目录（默认：仓库的 policies）
  --locale <zh-CN|en>      给人看的输出用什么语言（默认：$WXGATE_LOCALE，否则 zh-CN）
  --ledger-branch <name>   存放发布记录的分支（默认：${DEFAULT_LEDGER_BRANCH}）
  --remote <name|none>     拉取和推送账本的远端（默认：存在 origin 时用 origin；none 表示账本只留在本地仓库）
  --pr-source <github|git> 每条记录的拉取请求信息从哪里来（默认：设置了 GITHUB_TOKEN 和 GITHUB_REPOSITORY 且不是
                           演练时用 github，否则 git）：
                             github  REST API：合并提交对应的 PR、作者、创建时间（提交时间）、合并时间和合并人、
                                     计入的批准——按检查的规则、以合并时的 base（合并提交的第一个父提交）重新判定
                                     ——三个 wxgate 检查的结果，紧急文章还有总经理的批准和报备链接。需要
                                     GITHUB_TOKEN（拉取请求、检查和 issue：只读；GitHub Enterprise Server 还要
                                     GITHUB_API_URL），以及读团队成员用的 WXGATE_TEAM_TOKEN（组织 "Members: read"；
                                     没有时按团队的批准记为不计入）。GitHub 找不到对应 PR 的提交从 git 记录，记录里
                                     说明原因
                             git     只看提交信息（Merge pull request #N / 标题 (#N)）：批准情况未知
  --max-polls <n>          每次运行每篇文章调用 freepublish/get 的次数（默认：${PUBLISHER_DEFAULTS.maxPollsPerRun}）
  --poll-interval <ms>     第一次查询前等待多久，之后每次翻倍（默认：${PUBLISHER_DEFAULTS.pollIntervalMs}）
  --submit-grace <min>     在 freepublish/submit 与其记录之间崩溃后，先找多久已有的发表，再重新提交同一草稿
                           （默认：${PUBLISHER_DEFAULTS.submitGraceMs / 6e4}）
  --wait <seconds>         另一个运行占用此克隆时等它多久（默认 0：直接说明，退出码 75）
  -h, --help               显示本帮助

Secret：每个账号的 AppSecret 从 accounts.yml 中 secret_env 指定的环境变量读取（如 WECHAT_SECRET_GROUP），绝不从
文件或命令行读取，打印的每一行里都会遮盖（masked）。微信只接受白名单 IP 的请求（errcode 40164 会给出要加的 IP）。

退出码：0 完成（已发表，或在等微信或配额，或没有到期的文章）· 1 本次有文章失败（它的记录说明原因和怎么办），或账本
被回退（没有发表任何文章）· 2 用法或配置错误 · 75 另一个运行占用此克隆（什么都没做；稍后再试）。

示例：
  wxgate publish --dry-run
  WECHAT_API_BASE=http://127.0.0.1:8086 WECHAT_SECRET_GROUP=… wxgate publish --account group
  wxgate publish --retry content/group/2026-11-12-q3-operating-update
`,
  en: `Usage: wxgate publish [options]

Publishes every article of the checkout (content/<account>/<folder>/index.md on the merged branch) whose
publish_at has come and that is not published yet — exactly once — by its account's publish_method in
policies/accounts.yml:
  freepublish  upload content images (media/uploadimg) and the cover (material/add_material), create the draft
               (draft/add), publish it (freepublish/submit) and poll the result (freepublish/get)
  mass-send    the same draft, sent to all followers (message/mass/sendall with a stable clientmsgid)
  draft-only   create the draft only and record that a person must press 发表 in the MP backend (unverified
               accounts cannot publish through the API since 2025-07)

Every step is recorded before and after it happens in a publish record, records/<account>/<folder>.yml, on the
ledger branch (default ${DEFAULT_LEDGER_BRANCH}), committed with trailers (Wxgate-Article, Wxgate-PR,
Approved-by, Published-at, Wxgate-Publish-Id …) and pushed to the remote: a re-run, a crash at any point or two
runs at once never publish an article twice. An article whose front matter says status: withdrawn is deleted
from WeChat (see wxgate withdraw). Articles still publishing are polled again by the next run (freepublish/get
allows 100 calls a day; wxgate uses at most ${PUBLISHER_DEFAULTS.dailyPollBudget} per account).

A ledger that went backwards stops the run: every write also moves ${DEFAULT_LEDGER_BRANCH}-seen, and a ledger
that no longer contains that commit (forced back, rewritten, deleted) publishes nothing and says so. Records
changed by hand are checked against WeChat first (a "published" that WeChat does not confirm becomes a failure
for a person), and before an article's first draft and first submit WeChat is asked whether it already lists it.

Publishing is off until it is turned on: an account with a real app_id publishes only with "publishing: enabled"
in policies/accounts.yml, or with WXGATE_PUBLISHING=enabled for every account. An article merged more than 10
minutes after its publish_at waits for a person (failure kind late-merge): --retry <article> confirms it.

Options:
  --now <iso>              Act as if it were this time (e.g. 2026-11-21T12:00:00+08:00), for dry-runs and demos;
                           time runs on from it. Default: the real clock.
  --dry-run                Say what would be done; call nothing, write nothing, need no secrets
  --account <id>           Only this account (repeatable)
  --retry <article>        Try this article again although its failure waits for a change or a person
                           (repeatable; content/<account>/<folder> or <account>/<folder>)
  --api-base <url>         WeChat API base (default: $WECHAT_API_BASE, else https://api.weixin.qq.com). Point it
                           at a fixed-IP egress proxy, or at \`wxgate emulator\`.
  --cache-dir <dir>        Where the access token is cached between runs, outside the repository (default:
                           $WXGATE_CACHE_DIR, $RUNNER_TEMP/wxgate in GitHub Actions, else ~/.cache/wxgate)
  --policies <dir>         Policy directory with wxgate.yml and accounts.yml (default: the repository's policies)
  --locale <zh-CN|en>      Language of what is printed for a person (default: $WXGATE_LOCALE, else zh-CN)
  --ledger-branch <name>   Branch holding the publish records (default: ${DEFAULT_LEDGER_BRANCH})
  --remote <name|none>     Remote the ledger is fetched from and pushed to (default: origin when it exists;
                           none keeps the ledger in the local repository only)
  --pr-source <github|git> Where each record's pull-request facts come from (default: github when GITHUB_TOKEN
                           and GITHUB_REPOSITORY are set and this is not a dry run, else git):
                             github  the REST API: the PR behind the merge commit, its author, creation (the
                                     submission time), merge time and merger, the approvals that counted — judged
                                     again by the check's rules from the base at merge (the merge commit's first
                                     parent) — the three wxgate check runs, and for urgent articles the general
                                     manager's approval and the report link. Needs GITHUB_TOKEN (pull requests,
                                     checks and issues: read; GITHUB_API_URL for GitHub Enterprise Server) and
                                     WXGATE_TEAM_TOKEN for team membership (organisation "Members: read"; without
                                     it approvals by team are recorded as not counted). A commit GitHub knows no
                                     merged PR for is recorded from git, and the record says why.
                             git     commit messages only (Merge pull request #N / Title (#N)): approvals unknown
  --max-polls <n>          freepublish/get calls per article per run (default: ${PUBLISHER_DEFAULTS.maxPollsPerRun})
  --poll-interval <ms>     Wait before the first poll, doubled before each next one (default: ${PUBLISHER_DEFAULTS.pollIntervalMs})
  --submit-grace <min>     After a crash between freepublish/submit and its record, how long to look for the
                           publication before submitting the same draft again (default: ${PUBLISHER_DEFAULTS.submitGraceMs / 6e4})
  --wait <seconds>         Another run holds this clone: wait this long for it (default 0: say so, exit 75)
  -h, --help               Show this help

Secrets: each account's AppSecret is read from the environment variable accounts.yml names in secret_env
(e.g. WECHAT_SECRET_GROUP), never from a file or the command line, and is masked in every line printed.
WeChat only answers allow-listed IPs (errcode 40164 names the IP to add).

Exit codes: 0 done (published, or waiting for WeChat or a quota, or nothing due) · 1 some article failed in this
run (its record says why and what to do), or the ledger went backwards (nothing was published) · 2 usage or
configuration error · 75 another run holds this clone (nothing was done; try again later).

Examples:
  wxgate publish --dry-run
  WECHAT_API_BASE=http://127.0.0.1:8086 WECHAT_SECRET_GROUP=… wxgate publish --account group
  wxgate publish --retry content/group/2026-11-12-q3-operating-update
`
};
var WITHDRAW_HELP = {
  zh: `用法：wxgate withdraw <文章> --reason <原因> [选项]

紧急撤回（001 第五章第2条 应急处理）：从微信删除文章的发表（freepublish/delete，群发的用 message/mass/delete），
并在账本分支（默认 ${DEFAULT_LEDGER_BRANCH}）上该文章的发布记录里记下谁、何时、为什么，带 Withdrawn-by 和
Wxgate-Withdraw-Reason trailer。尚未发表的文章记为已撤回，之后的运行不会再发表它。重复撤回什么也不做。仅草稿账号的
手工发表 wxgate 看不到：记录会提示到公众号后台删除。把 "status: withdrawn" 合并进文章头信息，下一次发布运行效果相同。

<文章> 是 content/<账号>/<文件夹>/index.md、该文件夹，或 <账号>/<文件夹>。

选项：
  --reason <text>          原因（必填）；会记录下来给审计人看
  --by <name>              决定人（默认：$GITHUB_ACTOR，否则 git config user.name）
  --now <iso>              假定现在是这个时间（测试和演练）
  --api-base <url>         微信 API 地址（默认：$WECHAT_API_BASE，否则 https://api.weixin.qq.com）
  --cache-dir <dir>        仓库之外的 access token 缓存目录（同 wxgate publish）
  --policies <dir>         策略目录（默认：仓库的 policies）
  --locale <zh-CN|en>      给人看的输出用什么语言（默认：$WXGATE_LOCALE，否则 zh-CN）
  --ledger-branch <name>   存放发布记录的分支（默认：${DEFAULT_LEDGER_BRANCH}）
  --remote <name|none>     账本的远端（默认：存在 origin 时用 origin）
  --wait <seconds>         另一个运行占用此克隆时等它多久（默认 ${WITHDRAW_WAIT_SECONDS}）
  -h, --help               显示本帮助

Secret：AppSecret 来自 policies/accounts.yml 中 secret_env 指定的环境变量，打印时遮盖。

退出码：0 已撤回（本次或之前）· 1 未完成：微信仍在发表它（下一次发布运行会删除）、配额、错误（记录说明是哪种），或
账本被回退 · 2 用法或配置错误 · 75 整个等待期间另一个运行都占用此克隆（什么都没做；再试一次）。
`,
  en: `Usage: wxgate withdraw <article> --reason <text> [options]

Emergency withdrawal (001 第五章第2条 应急处理): deletes an article's publication from WeChat
(freepublish/delete, or message/mass/delete for a mass send) and records who, when and why in its publish record
on the ledger branch (default ${DEFAULT_LEDGER_BRANCH}), with Withdrawn-by and Wxgate-Withdraw-Reason trailers.
An article not published yet is recorded as withdrawn, so no later run publishes it. Withdrawing again does
nothing. For a draft-only account wxgate cannot see a manual publication: the record says to delete it in the MP
backend. Merging "status: withdrawn" into the article's front matter has the same effect on the next publish run.

<article> is content/<account>/<folder>/index.md, the folder, or <account>/<folder>.

Options:
  --reason <text>          Why (required); recorded and shown to auditors
  --by <name>              Who decided (default: $GITHUB_ACTOR, else git config user.name)
  --now <iso>              Act as if it were this time (tests and drills)
  --api-base <url>         WeChat API base (default: $WECHAT_API_BASE, else https://api.weixin.qq.com)
  --cache-dir <dir>        Access-token cache outside the repository (as in wxgate publish)
  --policies <dir>         Policy directory (default: the repository's policies)
  --locale <zh-CN|en>      Language of what is printed for a person (default: $WXGATE_LOCALE, else zh-CN)
  --ledger-branch <name>   Branch holding the publish records (default: ${DEFAULT_LEDGER_BRANCH})
  --remote <name|none>     Remote of the ledger (default: origin when it exists)
  --wait <seconds>         Another run holds this clone: wait this long for it (default ${WITHDRAW_WAIT_SECONDS})
  -h, --help               Show this help

Secrets: the AppSecret comes from the environment variable named by secret_env in policies/accounts.yml, masked.

Exit codes: 0 withdrawn (now or earlier) · 1 not done: WeChat is still publishing it (the next publish run
deletes it), a quota, an error (the record says which), or the ledger went backwards · 2 usage or configuration
error · 75 another run held this clone for the whole wait (nothing was done; try again).
`
};

// src/commands/publish-output.ts
var pick = (text, locale) => locale === "en" ? text.en : text.zh;
function dryRunHeader(locale) {
  return pick(
    { zh: "演练：不调用微信，不写入任何内容。\n", en: "Dry run — nothing is sent or written.\n" },
    locale
  );
}
function outcomeLine(o, locale, mark) {
  const state = o.state === void 0 ? "-" : pick(STATE_NAMES[o.state], locale);
  return `${mark} ${o.key}  ${state}  ${o.text ? pick(o.text, locale) : o.result}
`;
}
function publishSummary(report, locale) {
  const failed = report.outcomes.filter((o) => o.failed).length;
  const n = report.outcomes.length;
  return pick(
    {
      zh: `
共 ${n} 篇文章，${failed} 篇失败。账本：${report.ledger}（本次运行 ${report.run} 写入 ${report.ledgerWrites} 次）
`,
      en: `
${n} article(s), ${failed} failed. Ledger: ${report.ledger} (${report.ledgerWrites} write(s) by run ${report.run})
`
    },
    locale
  );
}
function withdrawSummary(report, locale) {
  const mark = report.exitCode === 0 ? "✓" : "✗";
  return `${outcomeLine(report.outcome, locale, mark)}${pick({ zh: "账本：", en: "Ledger: " }, locale)}${report.ledger}
`;
}
function printHalted(io, title, halted, locale) {
  io.err(`✗ ${pick(halted, locale)}
`);
  if (io.env.GITHUB_ACTIONS === "true") {
    io.out(`::error title=${title}::${halted.en.replace(/[\r\n%]/g, " ")}
`);
  }
}
async function inLocale(io, locale, run) {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    io.err(
      locale === "en" ? `wxgate: configuration error: ${error.describe("en")}
` : `wxgate：配置错误：${error.describe("zh-CN")}
`
    );
    return 2;
  }
}

export {
  CloneBusyError,
  LEDGER_OPTIONS,
  ledgerRequest,
  runPublishRequest,
  runWithdrawRequest,
  writeStepSummary,
  BUSY_EXIT_CODE,
  busyMessage,
  WITHDRAW_WAIT_SECONDS,
  PUBLISH_HELP,
  WITHDRAW_HELP,
  dryRunHeader,
  outcomeLine,
  publishSummary,
  withdrawSummary,
  printHalted,
  inLocale
};
