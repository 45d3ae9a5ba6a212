import type { FrontMatter } from '../article/front-matter.js';
import type { PrPolicy } from '../governance/pr-policy.js';
import type { PublishRecord } from '../publish/record.js';
import type { LocalizedText } from '../text/vocabulary.js';
import type { Branch, Folder } from './branch.js';
import type { FoundCheckpoint } from './checkpoint.js';
import type { Period } from './period.js';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** The anomaly kinds, each under the number of the list auditors read in the README (1–8). */
export const ANOMALY_KINDS = {
  'content-mismatch': 1,
  'approval-missing': 2,
  'approvals-unknown': 2,
  'lead-time': 3,
  'direct-push': 4,
  'record-without-article': 5,
  unpublished: 5,
  'double-publish': 6,
  'edited-after-publish': 6,
  'policy-change': 7,
  'history-rewritten': 8,
  'trailer-mismatch': 8,
} as const;
export type AnomalyKind = keyof typeof ANOMALY_KINDS;

export interface Anomaly {
  kind: AnomalyKind;
  severity: Severity;
  /** `content/<account>/<folder>/index.md`, or null for what concerns the repository (a push, a policy). */
  article: string | null;
  account: string | null;
  /** `records/<account>/<folder>.yml` on the ledger branch, when a record is involved. */
  record: string | null;
  /** Full commit ids, the most telling first. */
  commits: string[];
  detail: LocalizedText;
  /** Plain git commands that show the evidence (paths shell-quoted). */
  commands: string[];
  /** Kind-specific facts for machines (hashes, trailer lines, diffs). */
  data?: Record<string, unknown>;
}

/** A publish record on the ledger tip, or why it cannot be read. */
export interface RecordAtTip {
  path: string;
  record?: PublishRecord;
  error?: string;
  /** The last ledger commit that wrote it. */
  lastCommit?: string;
}

/** A ledger commit that wrote a record, with the record as it wrote it. */
export interface RecordVersion {
  commit: string;
  path: string;
  status: string;
  /** The blob written (null: deleted). */
  id: string | null;
  record?: PublishRecord;
  error?: string;
}

/** An article on the content branch's tip whose folder date lies in (or next to) the period. */
export interface ArticleAtTip {
  dir: string;
  path: string;
  account: string;
  fields: Partial<FrontMatter>;
  problems: string[];
}

export interface PolicyVersion {
  commit: string;
  /** Position on the content branch's first-parent chain (0 = tip). */
  position: number;
  policy?: PrPolicy;
  error?: string;
}

export interface PolicyFileChange {
  commit: string;
  path: string;
  before?: string;
  after?: string;
}

/** Everything the audit knows, read from git; the anomaly rules and the report are pure functions of it. */
export interface Evidence {
  now: number;
  period: Period;
  /** Only this account's articles (repository-wide anomalies are always kept). */
  account?: string;
  /** How long after publish_at an article may still be on its way before it counts as not published. */
  graceMs: number;
  policiesDir: string;
  content: Branch;
  ledger?: Branch;
  ledgerRef: string;
  records: Map<string, RecordAtTip>;
  /** Ledger commits since the last verified checkpoint of an earlier period, for the trailer check. */
  versions: RecordVersion[];
  /** Where the trailer check started: the ledger tip of that checkpoint, when there is one. */
  baseline?: string;
  policies: PolicyVersion[];
  tipPolicy: PrPolicy;
  policyChanges: PolicyFileChange[];
  /** `<commit>:<dir>` → the folder there (undefined: not there). */
  folders: Map<string, Folder | undefined>;
  /** `<commit>:<dir>` → content hash of the folder, as the publisher computes it. */
  hashes: Map<string, string>;
  /** Path → blob id of every file at the content branch's tip. */
  tipFiles: ReadonlyMap<string, string>;
  everFolders: ReadonlySet<string>;
  folderCommits: ReadonlyMap<string, number[]>;
  articles: ArticleAtTip[];
  checkpoints: FoundCheckpoint[];
}

export const folderKey = (commit: string, dir: string) => `${commit}:${dir}`;
