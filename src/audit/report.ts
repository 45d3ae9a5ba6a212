import { isoIn } from '../platform/time.js';
import { type ArticleRow, type ArticleStatus, articleRows, wentOut } from './articles.js';
import { landing } from './branch.js';
import { type Figures, figures } from './figures.js';
import { inPeriod, type Period } from './period.js';
import { approvals } from './rules/approvals.js';
import { type CheckpointStatus, checkpointStatuses, historyRewritten } from './rules/checkpoints.js';
import { checkContent, contentMismatch } from './rules/content-mismatch.js';
import { type Rule, RuleContext } from './rules/context.js';
import { directPush } from './rules/direct-push.js';
import { doublePublish } from './rules/double-publish.js';
import { editedAfterPublish } from './rules/edited-after-publish.js';
import { describeLead, leadTime } from './rules/lead-time.js';
import { policyChanges } from './rules/policy-changes.js';
import { publicationGaps } from './rules/publication.js';
import { trailerMismatch } from './rules/trailers.js';
import {
  ANOMALY_KINDS,
  type Anomaly,
  type AnomalyKind,
  type Evidence,
  SEVERITIES,
  type Severity,
} from './types.js';

/** In the order of the list auditors read (README): 1 … 8. */
export const RULES: readonly Rule[] = [
  contentMismatch,
  approvals,
  leadTime,
  directPush,
  publicationGaps,
  doublePublish,
  editedAfterPublish,
  policyChanges,
  historyRewritten,
  trailerMismatch,
];

export interface Summary {
  articles: number;
  by_status: Partial<Record<ArticleStatus, number>>;
  by_account: Record<string, number>;
  urgent: number;
  approvals_verified: number;
  approvals_unknown: number;
  content_verified: number;
  content_not_verified: number;
  anomalies: Record<Severity, number>;
  by_kind: Partial<Record<AnomalyKind, number>>;
  content_commits: number;
  via_pull_request: number;
  policy_changes: number;
  checkpoints: { ok: number; rewritten: number; unreadable: number };
}

export interface AuditReport {
  period: Period;
  repository: {
    name: string | null;
    content: { ref: string; tip: string };
    ledger: { ref: string; tip: string | null };
    policies: string;
  };
  generated_at: string;
  account: string | null;
  summary: Summary;
  articles: ArticleRow[];
  anomalies: Anomaly[];
  checkpoints: (CheckpointStatus | WrittenCheckpoint)[];
  figures: Figures;
  policy: { lead_time: { zh: string; en: string; hours: number }; urgent_label: string };
  /** Where the trailer check started (the newest intact checkpoint of an earlier period), if anywhere. */
  verified_since: string | null;
}

/** The checkpoint this audit wrote (`--checkpoint`). */
export interface WrittenCheckpoint {
  period: string;
  generated_at: string;
  by: string;
  commit: string;
  tag: string | null;
  path: string;
  content_tip: string;
  ledger_tip: string | null;
  status: 'written';
  problems: [];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function buildReport(e: Evidence, repository: string | null): AuditReport {
  const rows = articleRows(e);
  for (const row of rows) {
    const r = row.record ? e.records.get(row.record)?.record : undefined;
    if (r && wentOut(r)) row.content_verified = checkContent(e, r).verified;
  }
  const ctx = new RuleContext(e, rows);
  const anomalies = RULES.flatMap((rule) => rule(ctx)).sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] ||
      ANOMALY_KINDS[a.kind] - ANOMALY_KINDS[b.kind] ||
      (a.article ?? '').localeCompare(b.article ?? ''),
  );
  const byArticle = new Map(rows.map((r) => [r.path, r]));
  for (const a of anomalies) {
    const row = a.article ? byArticle.get(a.article) : undefined;
    if (row && !row.anomalies.includes(a.kind)) row.anomalies.push(a.kind);
  }
  const checkpoints = checkpointStatuses(e.checkpoints, e.ledger, e.content);
  const lead = describeLead(e.tipPolicy.leadTime);
  return {
    period: e.period,
    repository: {
      name: repository,
      content: { ref: e.content.ref, tip: e.content.tip },
      ledger: { ref: e.ledgerRef, tip: e.ledger?.tip ?? null },
      policies: e.policiesDir,
    },
    generated_at: isoIn(e.now, e.period.timeZone),
    account: e.account ?? null,
    summary: summarise(e, rows, anomalies, checkpoints),
    articles: rows,
    anomalies,
    checkpoints,
    figures: figures(rows, e.period, lead),
    policy: { lead_time: lead, urgent_label: e.tipPolicy.urgent.label },
    verified_since: e.baseline ?? null,
  };
}

function summarise(
  e: Evidence,
  rows: ArticleRow[],
  anomalies: Anomaly[],
  checkpoints: CheckpointStatus[],
): Summary {
  const count = <K extends string>(keys: K[]) => {
    const out: Partial<Record<K, number>> = {};
    for (const k of keys) out[k] = (out[k] ?? 0) + 1;
    return out;
  };
  const inPeriodCommits = e.content.chain
    .map((sha) => e.content.commits.get(sha)!)
    .filter((c) => inPeriod(e.period, Date.parse(c.committer.at)));
  const severities = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const a of anomalies) severities[a.severity]++;
  // What went out (or, for draft-only, was handed to a person): what approvals and content can be judged on.
  const out = rows.filter((r) => r.record !== null && (r.published_at !== null || r.status === 'handed-off'));
  return {
    articles: rows.length,
    by_status: count(rows.map((r) => r.status)),
    by_account: count(rows.map((r) => r.account)) as Record<string, number>,
    urgent: rows.filter((r) => r.urgent).length,
    approvals_verified: out.filter((r) => r.approvals !== 'unknown').length,
    approvals_unknown: out.filter((r) => r.approvals === 'unknown').length,
    content_verified: out.filter((r) => r.content_verified === true).length,
    content_not_verified: out.filter((r) => r.content_verified !== true).length,
    anomalies: severities,
    by_kind: count(anomalies.map((a) => a.kind)),
    content_commits: inPeriodCommits.length,
    via_pull_request: inPeriodCommits.filter((c) => landing(c).kind === 'pull-request').length,
    policy_changes: new Set(e.policyChanges.map((c) => c.commit)).size,
    checkpoints: {
      ok: checkpoints.filter((c) => c.status === 'ok').length,
      rewritten: checkpoints.filter((c) => c.status === 'rewritten').length,
      unreadable: checkpoints.filter((c) => c.status === 'unreadable').length,
    },
  };
}
