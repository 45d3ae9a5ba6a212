import yaml from 'js-yaml';
import type { PublishMethod } from '../config/accounts.js';
import { parseYaml } from '../platform/yaml.js';

/**
 * The publish record of one article: its state in the publishing state machine and everything an auditor needs,
 * as one YAML file on the ledger branch, `records/<account>/<article folder>.yml`
 * (e.g. `records/group/2026-11-12-q3-operating-update.yml`). Keys are snake_case because people read them.
 *
 * States (DESIGN §7):
 *
 *     claimed ──► images-uploaded ──► drafted ──► submitted ──► published ──► withdrawn
 *        │               │               │            │
 *        └───────────────┴───────────────┴────────────┴──────► failed (── retry ──► the state it failed in)
 *
 * - `claimed`: a run took the article (nothing sent yet; content images and the cover go next).
 * - `images-uploaded`: every content image (media/uploadimg) and the cover (material/add_material) are on WeChat.
 * - `drafted`: the draft exists (`wechat.draft_media_id`). Final for `draft-only`: a person presses 发表.
 * - `submitted`: freepublish/submit accepted the draft (`wechat.publish_id`); polling freepublish/get.
 * - `published`: WeChat reports success (article_id, url), or a mass send was accepted (msg_id).
 * - `failed`: see `failure` — what went wrong, what to do, and whether and when wxgate tries again.
 * - `withdrawn`: deleted after 001 第五章第2条 (应急处理), or withdrawn before it was ever published.
 *
 * `in_flight` is written BEFORE every remote step that changes something at WeChat (upload, draft/add,
 * freepublish/submit, sendall, delete) and cleared by the write AFTER it. A run that finds `in_flight` set knows
 * the step may or may not have happened and resolves it before going on (see publisher.ts).
 */
export type PublishState =
  | 'claimed'
  | 'images-uploaded'
  | 'drafted'
  | 'submitted'
  | 'published'
  | 'failed'
  | 'withdrawn';

export const STATES: readonly PublishState[] = [
  'claimed',
  'images-uploaded',
  'drafted',
  'submitted',
  'published',
  'failed',
  'withdrawn',
];

export type RemoteStep = 'upload-image' | 'upload-cover' | 'add-draft' | 'submit' | 'mass-send' | 'delete';

export interface Approval {
  user: string;
  team: string | null;
  at: string;
  commit: string;
}

export interface Provenance {
  /** The last commit that changed the article (its content as published). */
  article_commit: string | null;
  /** The first-parent commit of the content branch that brought it in (merge or squash commit). */
  merge_commit: string | null;
  pr: number | null;
  pr_title: string | null;
  /** Where PR facts come from: `git` (commit messages only) or `github` (the API). */
  pr_source: 'git' | 'github';
  /** Git author of `article_commit`. */
  author: { name: string; email: string } | null;
  /** When the article was submitted (DESIGN §2.2) and how that was determined. */
  submitted_at: string | null;
  submitted_at_source: string;
  /** Hours from submission to publish_at; negative when submitted after publish_at (see lead_time_note). */
  lead_time_hours: number | null;
  /** Why the lead time is negative, when it is. */
  lead_time_note?: string;
  approvals: Approval[] | 'unknown';
  approvals_source: string;
}

export interface FailureInfo {
  at: string;
  /** The step or check that failed. */
  step: string;
  /** A WeChatError kind, or `check`, `content`, `publish-status`, `reconcile`, `ledger`. */
  kind: string;
  errcode: number | null;
  message: string;
  /** What a person should do, in Chinese and English. */
  hint: string;
  /**
   * - `automatic`: wxgate tries again by itself from `resume_from`, not before `retry_after`.
   * - `on-change`: only after the article (content hash) or its account's publish method changes, or
   *   `wxgate publish --retry <article>`.
   * - `manual`: a person must look first (e.g. the MP backend), then `wxgate publish --retry <article>`.
   */
  retry: 'automatic' | 'on-change' | 'manual';
  retry_after: string | null;
  attempts: number;
  resume_from: PublishState;
  /** The publish method when it failed, so changing it in accounts.yml counts as a change. */
  method: PublishMethod;
}

export interface HistoryEntry {
  at: string;
  state: PublishState;
  run: string;
  event: string;
}

export interface PublishRecord {
  article: string;
  account: string;
  title: string;
  method: PublishMethod;
  state: PublishState;
  /** Increases with every write; a write applies only to the revision it was decided on. */
  revision: number;
  content_hash: string;
  /** A different content hash seen after publication (not republished; noted once). */
  later_content_hash?: string;
  publish_at: string;
  /** The commit of the content branch the run read the article from. */
  source_commit: string | null;
  provenance: Provenance;
  urgent: { reason: string; gm_approver: string | null; report: string | null } | null;
  checks: { errors: number; warnings: number; infos: number; rules: string[] };
  wechat: {
    images: { file: string; sha256: string; url: string }[];
    cover?: { file: string; sha256: string; media_id: string; url: string };
    draft_media_id?: string;
    publish_id?: string | null;
    msg_data_id?: string;
    article_id?: string;
    url?: string;
    publish_status?: number;
    publish_status_name?: string;
    fail_idx?: number[];
    msg_id?: string;
    client_msg_id?: string;
  };
  /** For `draft-only`: the draft waits for a person to press 发表 in the MP backend. */
  handoff?: string;
  times: {
    claimed_at?: string;
    drafted_at?: string;
    submitted_at?: string;
    published_at?: string;
    failed_at?: string;
    withdrawn_at?: string;
  };
  lease?: { run: string; host: string; pid: number; until: string };
  in_flight?: { step: RemoteStep; run: string; at: string; detail?: string };
  polls?: { count: number; last_at: string | null; next_at: string | null };
  deferred?: { until: string; reason: string };
  failure?: FailureInfo;
  withdrawal?: {
    requested_at: string;
    by: string;
    reason: string;
    source: 'cli' | 'front-matter' | 'workflow';
    commit: string | null;
    done_at: string | null;
    deleted: boolean;
    note: string | null;
  };
  /** How many times a failure was tried again. */
  retries?: number;
  notes?: string[];
  history: HistoryEntry[];
}

/** Written at the root of the ledger branch by the first run, for whoever opens the branch. */
export const LEDGER_README = `# wxgate publish ledger

This branch is written only by \`wxgate publish\` and \`wxgate withdraw\` (the publish workflow). It is the
publishing history of the articles on the content branch; nothing here is edited by hand.

- \`records/<account>/<folder>.yml\` — one publish record per article (\`content/<account>/<folder>/index.md\`):
  state (claimed → images-uploaded → drafted → submitted → published | failed | withdrawn), article path and content
  hash, pull request and author, approvals, check results, lead time, urgent reason, WeChat ids (draft media_id,
  publish_id, article_id, url, msg_id), times, withdrawal (who, when, why) and the full state history.
- \`accounts/<account>.yml\` — images and covers already uploaded to WeChat (by SHA-256, so each is uploaded
  once) and the day's count of freepublish/get calls.

Every commit is one step of one article. Its trailers carry the facts, so \`git log\` alone tells the story:

    git log wxgate-ledger --format='%h %s%n%(trailers)'
    git log wxgate-ledger --format='%(trailers:key=Wxgate-Article,valueonly) %(trailers:key=Published-at,valueonly)' --grep ' published$'
`;

/** `records/<account>/<folder>.yml` for `content/<account>/<folder>/index.md`. */
export function recordPath(key: string): string {
  return `records/${key}.yml`;
}

const HEADER =
  '# wxgate publish record: written by `wxgate publish` and `wxgate withdraw` on the ledger branch.\n' +
  '# One file per article; its git history is the article’s publishing history. Do not edit by hand.\n';

const DUMP_OPTIONS: yaml.DumpOptions = {
  schema: yaml.CORE_SCHEMA,
  lineWidth: -1,
  noRefs: true,
  sortKeys: false,
};

export function formatRecord(record: PublishRecord): string {
  return HEADER + yaml.dump(stripUndefined(record), DUMP_OPTIONS);
}

export class LedgerFormatError extends Error {}

/** Reads a record written by `formatRecord`. A damaged record is an error, never a guess. */
export function parseRecord(path: string, text: string): PublishRecord {
  const parsed = parseYaml(text);
  if (!parsed.ok) throw new LedgerFormatError(`${path}:${parsed.line}: ${parsed.message}`);
  const r = parsed.value as Partial<PublishRecord> | null;
  if (
    !r ||
    typeof r !== 'object' ||
    typeof r.article !== 'string' ||
    typeof r.revision !== 'number' ||
    !STATES.includes(r.state as PublishState) ||
    !Array.isArray(r.history) ||
    typeof r.wechat !== 'object'
  ) {
    throw new LedgerFormatError(`${path}: not a wxgate publish record (article, state, revision, history)`);
  }
  return r as PublishRecord;
}

/** The account's media cache and API call counts: `accounts/<account>.yml` on the ledger branch. */
export interface AccountLedger {
  /** Content images by SHA-256 of their bytes: uploaded once, reused by every article (media/uploadimg). */
  images: Record<string, { url: string; file: string; at: string }>;
  /** Covers by SHA-256: permanent material (material/add_material), reused. */
  covers: Record<string, { media_id: string; url: string; file: string; at: string }>;
  /** Calls made today (policy time zone) to endpoints with a small daily quota. */
  api_calls: { date: string; 'freepublish/get': number };
}

export function accountLedgerPath(account: string): string {
  return `accounts/${account}.yml`;
}

export function emptyAccountLedger(): AccountLedger {
  return { images: {}, covers: {}, api_calls: { date: '', 'freepublish/get': 0 } };
}

export function parseAccountLedger(path: string, text: string | undefined): AccountLedger {
  if (text === undefined) return emptyAccountLedger();
  const parsed = parseYaml(text);
  if (!parsed.ok) throw new LedgerFormatError(`${path}:${parsed.line}: ${parsed.message}`);
  const v = (parsed.value ?? {}) as Partial<AccountLedger>;
  const empty = emptyAccountLedger();
  return {
    images: v.images ?? empty.images,
    covers: v.covers ?? empty.covers,
    api_calls: v.api_calls ?? empty.api_calls,
  };
}

export function formatAccountLedger(ledger: AccountLedger): string {
  return (
    '# wxgate media cache: images and covers already uploaded to WeChat, by SHA-256, so each is uploaded once.\n' +
    yaml.dump(ledger, DUMP_OPTIONS)
  );
}

function stripUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(stripUndefined) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = stripUndefined(v);
    return out as T;
  }
  return value;
}
