/**
 * The contract between the GitHub side (src/github/, which builds a PRContext from the REST API and posts the
 * verdict) and the governance side (src/governance/, src/app/evaluate-pr.ts, which judges it). Nothing in
 * src/governance/ calls GitHub: everything the evaluator may know about a pull request comes through a
 * PRContext, and time is an input (`evaluatedAt`), never read from the clock while judging (policy-bot's
 * `EvaluationTimestamp`).
 *
 * Times are epoch milliseconds (UTC instants). Logins and team slugs compare case-insensitively, as on GitHub.
 */
import type { ImageFacts } from '../article/image-header.js';
import type { LocalizedText } from '../text/vocabulary.js';

/** Review states as the REST API gives them (`GET /repos/{o}/{r}/pulls/{n}/reviews`). PENDING reviews are drafts
 * nobody else can see: the GitHub side drops them before building the context. */
export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED';

export interface PRReview {
  /** Review id, when known: carried into explanations and audit output. */
  id?: number;
  /** Login of the reviewer, without `@`. */
  user: string;
  state: ReviewState;
  /** The head SHA the review was given on (`commit_id`). */
  commitId: string;
  submittedAt: number;
}

/** Status of a changed file as the REST API gives it (`GET /repos/{o}/{r}/pulls/{n}/files`). */
export type FileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

export interface PRFile {
  /** Path at head, forward slashes, relative to the repository root. */
  path: string;
  status: FileStatus;
  /** The path before a rename (`previous_filename`). Ownership is judged on both paths. */
  previousPath?: string;
  /**
   * The file's bytes at head, read through the API as DATA (never checked out, never executed). Given for
   * changed Markdown under `content/` that was not removed; may be omitted for other files.
   */
  content?: Uint8Array | string;
  /** Names of the files in the same folder at head (images, cover), for the cover/asset checks. */
  siblings?: readonly string[];
  /** What those files really are (read from their bytes at head), by name, for the image checks. */
  images?: ReadonlyMap<string, ImageFacts>;
}

/** One commit of the PR, oldest first, with the paths it changed (relative to its first parent). */
export interface PRCommit {
  sha: string;
  /** Paths the commit added, modified, removed or renamed (both names of a rename). */
  files: readonly string[];
  /**
   * A SERVER-side time no earlier than GitHub's receipt of this commit, e.g. the `created_at` of the first check
   * suite on the SHA. Never the commit's author/committer date: its author controls those. Used to date an article
   * added to an existing PR (see schedule.ts `articleSubmission`); optional.
   */
  pushedAt?: number;
}

/** Team membership as the organisation has it, or why it cannot be known. */
export type TeamLookup =
  | { ok: true; members: readonly string[] }
  | {
      ok: false;
      /** not-found: 404 (no such team, OR the token cannot see it: GitHub answers both with 404);
       *  forbidden: 401/403 (the token lacks read:org / "Members: read");
       *  error: anything else (5xx, network, rate limit). */
      reason: 'not-found' | 'forbidden' | 'error';
      detail: string;
    };

export interface PRContext {
  /** The instant this evaluation is for; fixed for the whole run. */
  evaluatedAt: number;
  number: number;
  /** Login of the PR author. */
  author: string;
  /** Submission time = the PR's creation time (`created_at`); a draft PR counts as submitted. */
  createdAt: number;
  draft: boolean;
  labels: readonly string[];
  headSha: string;
  base: { ref: string; sha?: string };
  /** Every changed file (all pages of the files endpoint). */
  files: readonly PRFile[];
  /** Every submitted review, chronological (all pages). */
  reviews: readonly PRReview[];
  /**
   * The PR's commits, oldest first, each with the files it changed: tells whether article content changed after
   * an approval. `undefined` when unknown: then an approval counts only if given on the current head.
   */
  commits?: readonly PRCommit[];
  /**
   * Active members of a team (`org/slug`, no `@`; pending invitations are not members; members of child teams
   * are, as GitHub lists them). May fail: the Actions GITHUB_TOKEN cannot read organisation membership — use a
   * GitHub App installation token with organisation permission "Members: read", or a PAT with `read:org`.
   * Called at most once per team per evaluation.
   */
  members(team: string): Promise<TeamLookup>;
}

/**
 * The policy text the PR is judged by: ALWAYS from the PR's BASE branch (the commit the PR would merge into),
 * never from its head, so a PR that edits policies/ or CODEOWNERS cannot loosen the rules that judge it.
 */
export interface BasePolicies {
  /** `policies/wxgate.yml` at the base commit; undefined when absent (defaults apply). */
  wxgateYml: string | undefined;
  /** Where it was read from, for error messages (e.g. `policies/wxgate.yml@main`). */
  wxgateYmlPath?: string;
  /** The CODEOWNERS files at the base commit, by path; the first of .github/CODEOWNERS, CODEOWNERS,
   * docs/CODEOWNERS that exists is used (GitHub's order). Pass every one you have; absent ones may be left out.
   * A single entry under another path is used as given (an explicitly chosen file). */
  codeowners: Readonly<Record<string, string>>;
}

export type CheckStatus = 'pass' | 'fail' | 'pending';

/** One line of explanation, in both languages; the reporter picks one. */
export type Explanation = LocalizedText;

/** One problem the content rules found, as a reviewer reads it: where, which rule, what to do. */
export interface Finding {
  line: number;
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  /** In both languages; shown joined to its source (`compose`) in the reader's. */
  message: LocalizedText;
  /** The clause, law or platform rule behind it. */
  source: string;
}

export interface ComplianceCheck {
  status: CheckStatus;
  errorCount: number;
  warningCount: number;
  /** Articles checked, with their counts and what was found, in line order. */
  files: { path: string; errorCount: number; warningCount: number; findings: Finding[] }[];
  explanation: Explanation[];
}

export interface ScheduleArticle {
  path: string;
  /** publish_at as an instant; null when the article has no valid publish_at. */
  publishAt: number | null;
  /** Hours from submission to publish_at, two decimals; null without a valid publish_at. */
  leadTimeHours: number | null;
  /** Hours from submission to the earliest allowed publish time, two decimals. */
  requiredHours: number;
  status: CheckStatus;
  /** The article goes through the urgent path (too short a lead time and the PR carries the urgent label). */
  urgent: boolean;
}

export interface ScheduleCheck {
  status: CheckStatus;
  /** The shortest lead time over the PR's articles; null when there is none with a valid publish_at. */
  leadTimeHours: number | null;
  /** Required lead time for that article (for working days: hours to the earliest allowed time). */
  requiredHours: number | null;
  urgent: boolean;
  articles: ScheduleArticle[];
  explanation: Explanation[];
}

export interface RequiredApproval {
  /** Changed files this requirement covers. */
  files: string[];
  /** Alternatives: one approval from any of them suffices (`@user`, `@org/team`, or an e-mail). */
  owners: string[];
  /** Logins whose valid approval satisfies it (empty while missing). */
  satisfiedBy: string[];
  /** Where the requirement comes from: `CODEOWNERS:12`, `policy:approvals.rules[0]`, `policy:urgent`,
   * `policy:admin`. */
  source: string;
  /** What it is, for people: 「内容负责人（.github/CODEOWNERS 第 9 行）」, a policy rule's name and clause. */
  label: LocalizedText;
  /** Owners whose standing request for changes fails it. */
  blockedBy: string[];
  status: CheckStatus;
}

export interface IgnoredReview {
  user: string;
  /** Machine-readable reason: self | superseded | stale | not-owner | team-unreadable | not-approval. */
  why: string;
  explanation: Explanation;
}

export interface ApprovalsCheck {
  status: CheckStatus;
  required: RequiredApproval[];
  ignored: IgnoredReview[];
  /** Owners whose CHANGES_REQUESTED stands (blocks until they approve or the review is dismissed). */
  blockedBy: string[];
  explanation: Explanation[];
}

/** The report to the general manager for an urgent PR (001 第四章第2条: 特殊情况下可加急处理，但需向总经理报告). */
export interface UrgentReport {
  /** Stable key: the GitHub side finds the issue/comment it posted before by this marker, and updates it. */
  key: string;
  /** Hidden HTML comment carrying the key, put into the body. */
  marker: string;
  /** Where to post: a new issue mentioning the team, or a comment on the PR mentioning it. */
  target: 'issue' | 'comment';
  /** The team to mention (`@org/gm`). */
  mention: string;
  /** Issue title (for target `issue`). */
  title: string;
  /** Markdown body, Chinese, including the marker. */
  body: string;
}

export interface PRVerdict {
  mergeable: boolean;
  checks: {
    compliance: ComplianceCheck;
    schedule: ScheduleCheck;
    approvals: ApprovalsCheck;
  };
  /** Present when the PR takes the urgent path: post it once, then update it in place. */
  report?: UrgentReport;
  /** Problems in the base branch's CODEOWNERS (skipped lines), for the summary. */
  codeownersErrors: { file: string; line: number; message: string }[];
  /** Where things were read from: which CODEOWNERS file, the evaluation instant. */
  evaluatedAt: number;
  codeownersFile: string | undefined;
}

/** Changed Markdown under `content/` (except folder READMEs) is an article: checked, scheduled, approved. */
export function isArticlePath(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  return path.startsWith('content/') && name.endsWith('.md') && name !== 'readme.md';
}
