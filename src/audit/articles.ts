import { isoIn, parseIso } from '../platform/time.js';
import { type PublishRecord, type PublishState, recordPath } from '../publish/record.js';
import { inPeriod, type Period } from './period.js';
import type { AnomalyKind, ArticleAtTip, Evidence } from './types.js';

/** Where an article stands at the end of the audit, in words an auditor uses. */
export type ArticleStatus =
  | 'published'
  | 'withdrawn'
  | 'failed'
  /** draft-only: the draft waits in the MP backend for a person to press 发表. */
  | 'handed-off'
  | 'in-progress'
  /** Due (past publish_at plus the grace) and not published. */
  | 'unpublished'
  /** Not due yet. */
  | 'scheduled';

export interface ArticleRow {
  account: string;
  /** `content/<account>/<folder>/index.md` */
  path: string;
  dir: string;
  record: string | null;
  title: string;
  status: ArticleStatus;
  state: PublishState | null;
  method: string | null;
  /** Git author of the article's last commit. */
  author: { name: string; email: string } | null;
  pr: {
    number: number;
    title: string | null;
    url: string | null;
    author: string | null;
    source: string;
  } | null;
  approvals: { user: string; team: string | null; at: string; commit: string }[] | 'unknown';
  approvals_source: string | null;
  submitted_at: string | null;
  publish_at: string | null;
  published_at: string | null;
  withdrawn_at: string | null;
  failed_at: string | null;
  lead_time_hours: number | null;
  urgent: { reason: string; gm_approver: string | null; report: string | null } | null;
  checks: { errors: number; warnings: number; infos: number; rules: string[] } | null;
  wechat: {
    publish_id: string | null;
    article_id: string | null;
    msg_id: string | null;
    url: string | null;
    draft_media_id: string | null;
  } | null;
  /** The content-branch commit the publish run read the article from. */
  published_commit: string | null;
  /** The first-parent (merge or squash) commit that brought the article in. */
  merge_commit: string | null;
  content_hash: string | null;
  /** The content hash computed again from git at the merge commit equals the record's; null: not checked. */
  content_verified: boolean | null;
  withdrawal: { by: string; reason: string; at: string | null } | null;
  failure: { kind: string; message: string } | null;
  anomalies: AnomalyKind[];
}

/** The times of a record that place it in a period: planned, published, withdrawn, failed, handed off. */
function recordTimes(r: PublishRecord): (number | undefined)[] {
  return [
    r.publish_at,
    r.times.published_at,
    r.times.withdrawn_at,
    r.times.failed_at,
    r.times.drafted_at,
  ].map((t) => parseIso(t));
}

export function recordInScope(r: PublishRecord, period: Period, account: string | undefined): boolean {
  if (account !== undefined && r.account !== account) return false;
  return recordTimes(r).some((t) => inPeriod(period, t));
}

/** The article folder of a record: `content/<account>/<folder>`. */
export function dirOf(articlePath: string): string {
  return articlePath.replace(/\/index\.md$/, '');
}

/** Did the article go out (or, for draft-only, get handed to a person)? Then what went out can be judged. */
export function wentOut(r: PublishRecord): boolean {
  return Boolean(r.times.published_at) || (r.state === 'drafted' && Boolean(r.handoff));
}

export function statusOf(r: PublishRecord): ArticleStatus {
  switch (r.state) {
    case 'published':
      return 'published';
    case 'withdrawn':
      return 'withdrawn';
    case 'failed':
      return 'failed';
    case 'drafted':
      return r.handoff ? 'handed-off' : 'in-progress';
    default:
      return 'in-progress';
  }
}

/** One row per article of the period: every record in scope, then every due article on the branch without one. */
export function articleRows(e: Evidence): ArticleRow[] {
  const rows: ArticleRow[] = [];
  // An article with a record anywhere in the ledger is judged by its record, whatever its front matter says now.
  const recorded = new Set<string>();
  for (const entry of e.records.values()) {
    recorded.add(entry.path);
    const r = entry.record;
    if (r && recordInScope(r, e.period, e.account)) rows.push(rowOfRecord(r, entry.path));
  }
  for (const a of e.articles) {
    if (
      recorded.has(recordPath(a.dir.replace(/^content\//, ''))) ||
      (e.account !== undefined && a.account !== e.account)
    )
      continue;
    const row = rowOfArticle(a, e);
    if (row) rows.push(row);
  }
  return rows.sort(
    (a, b) => a.account.localeCompare(b.account) || cmp(a.publish_at, b.publish_at) || cmp(a.path, b.path),
  );
}

function cmp(a: string | null, b: string | null): number {
  return (a ?? '').localeCompare(b ?? '');
}

function rowOfRecord(r: PublishRecord, path: string): ArticleRow {
  const p = r.provenance;
  const github = (p as { github?: { url?: string; author?: string } }).github;
  const w = r.wechat;
  return {
    account: r.account,
    path: r.article,
    dir: dirOf(r.article),
    record: path,
    title: r.title,
    status: statusOf(r),
    state: r.state,
    method: r.method,
    author: p.author,
    pr:
      p.pr === null
        ? null
        : {
            number: p.pr,
            title: p.pr_title,
            url: github?.url ?? null,
            author: github?.author ?? null,
            source: p.pr_source,
          },
    approvals: p.approvals,
    approvals_source: p.approvals_source,
    submitted_at: p.submitted_at,
    publish_at: r.publish_at || null,
    published_at: r.times.published_at ?? null,
    withdrawn_at: r.times.withdrawn_at ?? null,
    failed_at: r.state === 'failed' ? (r.failure?.at ?? r.times.failed_at ?? null) : null,
    lead_time_hours: p.lead_time_hours,
    urgent: r.urgent,
    checks: r.checks,
    wechat: {
      publish_id: w.publish_id ?? null,
      article_id: w.article_id ?? null,
      msg_id: w.msg_id ?? null,
      url: w.url ?? null,
      draft_media_id: w.draft_media_id ?? null,
    },
    published_commit: r.source_commit,
    merge_commit: p.merge_commit,
    content_hash: r.content_hash,
    content_verified: null,
    withdrawal: r.withdrawal
      ? {
          by: r.withdrawal.by,
          reason: r.withdrawal.reason,
          at: r.withdrawal.done_at ?? r.withdrawal.requested_at,
        }
      : null,
    failure: r.state === 'failed' && r.failure ? { kind: r.failure.kind, message: r.failure.message } : null,
    anomalies: [],
  };
}

function rowOfArticle(a: ArticleAtTip, e: Evidence): ArticleRow | undefined {
  const at = a.fields.publishAt;
  if (at === undefined || !inPeriod(e.period, at) || a.fields.status === 'withdrawn') return undefined;
  const due = at + e.graceMs <= e.now;
  return {
    account: a.account,
    path: a.path,
    dir: a.dir,
    record: null,
    title: a.fields.title ?? '',
    status: due ? 'unpublished' : 'scheduled',
    state: null,
    method: null,
    author: null,
    pr: null,
    approvals: 'unknown',
    approvals_source: null,
    submitted_at: null,
    publish_at: isoIn(at, e.period.timeZone),
    published_at: null,
    withdrawn_at: null,
    failed_at: null,
    lead_time_hours: null,
    urgent: a.fields.urgent ? { reason: a.fields.urgent.reason, gm_approver: null, report: null } : null,
    checks: null,
    wechat: null,
    published_commit: null,
    merge_commit: null,
    content_hash: null,
    content_verified: null,
    withdrawal: null,
    failure: null,
    anomalies: [],
  };
}
