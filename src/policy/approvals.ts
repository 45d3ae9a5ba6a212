/**
 * Approvals: which reviews count, and whether each requirement (a CODEOWNERS line, an extra policy rule, the
 * urgent path, the admins) is met. Pure over a PRContext; team membership comes through `ctx.members`, and a team
 * that cannot be read fails closed.
 *
 * A review counts as an approval only if (reference github-governance.md §1.5–1.7):
 * - its author is not the PR author (000 三(一)4: 二次审核 — a second person reviews);
 * - it is the reviewer's latest DECISIVE review (APPROVED, CHANGES_REQUESTED, DISMISSED): a later COMMENTED
 *   review does not cancel it, a later CHANGES_REQUESTED does, and a dismissed approval has state DISMISSED;
 * - it is not stale: with `reset_on_push: content` (default) no commit after the approved one changed article
 *   content (`content/`) or governance files; with `any` it was given on the current head; `never` keeps it;
 * - the reviewer is one of the requirement's owners (a listed user, or an active member of a listed team).
 * A standing CHANGES_REQUESTED from an owner blocks the requirements that owner is an owner of.
 */
import type { LocalizedText } from '../lint/types.js';
import type { Owner } from './codeowners.js';
import type {
  ApprovalsCheck,
  CheckStatus,
  IgnoredReview,
  PRContext,
  PRReview,
  RequiredApproval,
  TeamLookup,
} from './pr-context.js';
import type { PrPolicy } from './pr-policy.js';

/** A requirement before evaluation: one approval from any of `owners` for `files`. */
export interface Requirement {
  files: string[];
  owners: Owner[];
  source: string;
  /** What the requirement is, for explanations: "CODEOWNERS 第 3 行" / "CODEOWNERS line 3". */
  label: LocalizedText;
  /** Why it cannot be met as configured (no owners to ask), when that is so. */
  unmet?: LocalizedText;
}

export type IgnoreReason = 'self' | 'superseded' | 'dismissed' | 'stale' | 'not-owner' | 'team-unreadable';

interface Reviewer {
  login: string;
  key: string;
  /** Latest APPROVED / CHANGES_REQUESTED / DISMISSED review. */
  decisive: PRReview | undefined;
  everApproved: boolean;
  self: boolean;
  /** Set when the latest decisive review is a non-stale approval by someone other than the author. */
  valid: boolean;
  stale?: { commit: string; changedBy: string | undefined };
}

export const lower = (s: string) => s.toLowerCase();
const short = (sha: string) => sha.slice(0, 7);

/** Memoised team lookups: each team is asked once per evaluation. */
export class Membership {
  private readonly cache = new Map<string, Promise<TeamLookup>>();
  constructor(private readonly ctx: PRContext) {}

  lookup(team: string): Promise<TeamLookup> {
    const key = lower(team);
    let hit = this.cache.get(key);
    if (!hit) {
      hit = this.ctx
        .members(team)
        .catch((error: unknown): TeamLookup => ({ ok: false, reason: 'error', detail: String(error) }));
      this.cache.set(key, hit);
    }
    return hit;
  }

  /** yes / no, or the failed lookup that keeps us from knowing. */
  async isOwner(login: string, owner: Owner): Promise<'yes' | 'no' | TeamLookup> {
    if (owner.kind === 'user') return lower(owner.login) === lower(login) ? 'yes' : 'no';
    if (owner.kind === 'email') return 'no';
    const result = await this.lookup(owner.team);
    if (!result.ok) return result;
    return result.members.some((m) => lower(m) === lower(login)) ? 'yes' : 'no';
  }
}

/** Per reviewer: the effective review and whether it is a counting approval. */
export function reviewers(ctx: PRContext, policy: PrPolicy): Reviewer[] {
  const byKey = new Map<string, Reviewer>();
  for (const review of ctx.reviews) {
    const key = lower(review.user);
    let r = byKey.get(key);
    if (!r) {
      r = {
        login: review.user,
        key,
        decisive: undefined,
        everApproved: false,
        self: key === lower(ctx.author),
        valid: false,
      };
      byKey.set(key, r);
    }
    if (review.state === 'COMMENTED') continue;
    r.decisive = review;
    if (review.state === 'APPROVED') r.everApproved = true;
  }
  for (const r of byKey.values()) {
    if (r.decisive?.state !== 'APPROVED' || r.self) continue;
    const stale = staleness(ctx, policy, r.decisive.commitId);
    if (stale) r.stale = stale;
    else r.valid = true;
  }
  return [...byKey.values()];
}

/** Paths whose change after an approval resets it under `reset_on_push: content`. */
export function resetsApprovals(path: string, policy: PrPolicy): boolean {
  return path.startsWith('content/') || policy.approvals.isAdminPath(path);
}

function staleness(
  ctx: PRContext,
  policy: PrPolicy,
  commit: string,
): { commit: string; changedBy: string | undefined } | undefined {
  const mode = policy.approvals.resetOnPush;
  if (mode === 'never' || commit === ctx.headSha) return undefined;
  if (mode === 'any' || !ctx.commits) return { commit, changedBy: undefined };
  const index = ctx.commits.findIndex((c) => c.sha === commit);
  // The approved commit is no longer part of the PR (history rewritten): nothing it covered can be assumed.
  if (index === -1) return { commit, changedBy: undefined };
  const later = ctx.commits.slice(index + 1).find((c) => c.files.some((f) => resetsApprovals(f, policy)));
  return later ? { commit, changedBy: later.sha } : undefined;
}

export interface ApprovalOutcome {
  check: ApprovalsCheck;
  /** Valid approvers of each requirement, by source, for the schedule check (the urgent approver). */
  satisfied: Map<string, string[]>;
}

export async function evaluateApprovals(
  ctx: PRContext,
  policy: PrPolicy,
  requirements: readonly Requirement[],
  membership: Membership,
): Promise<ApprovalOutcome> {
  const people = reviewers(ctx, policy);
  const required: RequiredApproval[] = [];
  const explanation: LocalizedText[] = [];
  const satisfied = new Map<string, string[]>();
  const countedSomewhere = new Set<string>();
  /** Reviewers whose ownership could not be read, with the failed lookup. */
  const unreadableFor = new Map<string, { team: string; lookup: TeamLookup & { ok: false } }>();
  const blockedBy = new Set<string>();
  const blocking = new Set<string>();
  const unreadableTeams = new Map<string, TeamLookup & { ok: false }>();

  for (const req of requirements) {
    const satisfiedBy: string[] = [];
    const blockers: string[] = [];
    for (const owner of req.owners) {
      if (owner.kind === 'team') {
        const lookup = await membership.lookup(owner.team);
        if (!lookup.ok) unreadableTeams.set(owner.team, lookup);
      }
    }
    for (const person of people) {
      const state = person.decisive?.state;
      if (person.self || (!person.valid && state !== 'CHANGES_REQUESTED')) continue;
      let owns: 'yes' | 'no' | 'unknown' = 'no';
      for (const owner of req.owners) {
        const answer = await membership.isOwner(person.login, owner);
        if (answer === 'yes') {
          owns = 'yes';
          break;
        }
        if (answer !== 'no' && !answer.ok && owner.kind === 'team') {
          owns = 'unknown';
          if (!unreadableFor.has(person.key)) {
            unreadableFor.set(person.key, { team: owner.team, lookup: answer });
          }
        }
      }
      if (owns !== 'yes') continue;
      if (state === 'CHANGES_REQUESTED') {
        blockers.push(person.login);
        blocking.add(person.key);
      } else {
        satisfiedBy.push(person.login);
        countedSomewhere.add(person.key);
      }
    }
    const resolvable = req.owners.some(
      (o) => o.kind === 'user' || (o.kind === 'team' && !unreadableTeams.has(o.team)),
    );
    let status: CheckStatus;
    if (blockers.length > 0) status = 'fail';
    else if (satisfiedBy.length > 0) status = 'pass';
    else if (req.owners.length === 0 || !resolvable) status = 'fail';
    else status = 'pending';
    for (const b of blockers) blockedBy.add(b);
    satisfied.set(req.source, satisfiedBy);
    required.push({
      files: req.files,
      owners: req.owners.map((o) => o.text),
      satisfiedBy,
      source: req.source,
      label: req.label,
      blockedBy: blockers,
      status,
    });
    explanation.push(explainRequirement(req, status, satisfiedBy, blockers, unreadableTeams));
  }

  const ignored: IgnoredReview[] = [];
  for (const person of people) {
    const why = ignoreReason(person, countedSomewhere, blocking, unreadableFor);
    if (!why) continue;
    ignored.push({ user: person.login, why, explanation: explainIgnored(person, why, unreadableFor) });
  }

  const statuses = required.map((r) => r.status);
  const status: CheckStatus = statuses.includes('fail')
    ? 'fail'
    : statuses.includes('pending')
      ? 'pending'
      : 'pass';
  if (required.length === 0) {
    explanation.unshift({
      zh: '所改文件没有负责人（CODEOWNERS 与策略规则均未覆盖），无需额外批准。',
      en: 'No changed file has an owner (neither CODEOWNERS nor a policy rule covers it): no approval is required.',
    });
  }
  for (const [team, lookup] of unreadableTeams) explanation.push(explainUnreadable(team, lookup));
  return {
    check: { status, required, ignored, blockedBy: [...blockedBy], explanation },
    satisfied,
  };
}

function ignoreReason(
  person: Reviewer,
  counted: ReadonlySet<string>,
  blocking: ReadonlySet<string>,
  unreadable: ReadonlyMap<string, unknown>,
): IgnoreReason | undefined {
  const state = person.decisive?.state;
  if (person.self) return person.everApproved ? 'self' : undefined;
  if (state === 'DISMISSED') return 'dismissed';
  if (state === 'CHANGES_REQUESTED') {
    if (person.everApproved) return 'superseded';
    // A change request from someone who owns nothing here does not block (its comments still deserve a read).
    if (blocking.has(person.key)) return undefined;
    return unreadable.has(person.key) ? 'team-unreadable' : 'not-owner';
  }
  if (state !== 'APPROVED') return undefined;
  if (person.stale) return 'stale';
  if (counted.has(person.key)) return undefined;
  return unreadable.has(person.key) ? 'team-unreadable' : 'not-owner';
}

function explainIgnored(
  person: Reviewer,
  why: IgnoreReason,
  unreadable: ReadonlyMap<string, { team: string; lookup: TeamLookup & { ok: false } }>,
): LocalizedText {
  const who = person.login;
  switch (why) {
    case 'self':
      return {
        zh: `${who} 是 PR 作者，本人的批准不计入（000 三(一)4：须由他人二次审核）。`,
        en: `${who} is the PR author: an author's own approval never counts (000 三(一)4: a second person reviews).`,
      };
    case 'superseded':
      return {
        zh: `${who} 批准后又要求修改，以其最后一次审查为准。`,
        en: `${who} approved, then requested changes: the latest decisive review is what counts.`,
      };
    case 'dismissed':
      return {
        zh: `${who} 的审查已被撤销，需重新审查。`,
        en: `${who}'s review was dismissed: it needs a new review.`,
      };
    case 'stale': {
      const s = person.stale!;
      return s.changedBy
        ? {
            zh: `${who} 批准的是提交 ${short(s.commit)}，之后提交 ${short(s.changedBy)} 修改了文章内容，需重新批准。`,
            en: `${who} approved commit ${short(s.commit)}; commit ${short(s.changedBy)} changed article content after it, so it needs a new approval.`,
          }
        : {
            zh: `${who} 批准的是提交 ${short(s.commit)}，不是当前最新提交（或该提交已不在 PR 中），需重新批准。`,
            en: `${who} approved commit ${short(s.commit)}, which is not the current head (or is no longer in the PR): it needs a new approval.`,
          };
    }
    case 'team-unreadable': {
      const u = unreadable.get(person.key)!;
      return {
        zh: `无法确认 ${who} 是否属于 @${u.team}（团队成员读取失败：${u.lookup.reason}），按不计入处理。`,
        en: `Cannot tell whether ${who} belongs to @${u.team} (team lookup failed: ${u.lookup.reason}); the approval does not count.`,
      };
    }
    case 'not-owner':
      if (person.decisive?.state === 'CHANGES_REQUESTED') {
        return {
          zh: `${who} 要求修改，但不是所改文件的负责人，不阻止合并（其意见仍请阅读）。`,
          en: `${who} requested changes but owns none of the changed files: it does not block (do read the comments).`,
        };
      }
      return {
        zh: `${who} 不是任何所需批准的负责人（CODEOWNERS 或策略规则），其批准不计入。`,
        en: `${who} is not an owner of any required approval (CODEOWNERS or a policy rule); the approval does not count.`,
      };
  }
}

function explainRequirement(
  req: Requirement,
  status: CheckStatus,
  satisfiedBy: readonly string[],
  blockers: readonly string[],
  unreadable: ReadonlyMap<string, unknown>,
): LocalizedText {
  const owners = req.owners.map((o) => o.text).join(req.owners.length > 1 ? ' / ' : '');
  const files = req.files.join(', ');
  if (blockers.length > 0) {
    return {
      zh: `✗ ${req.label.zh}（${files}）：${blockers.join('、')} 要求修改，须其重新批准或撤销该审查。`,
      en: `✗ ${req.label.en} (${files}): ${blockers.join(', ')} requested changes; they must approve, or the review must be dismissed.`,
    };
  }
  if (status === 'pass') {
    return {
      zh: `✓ ${req.label.zh}（${files}）：已由 ${satisfiedBy.join('、')} 批准。`,
      en: `✓ ${req.label.en} (${files}): approved by ${satisfiedBy.join(', ')}.`,
    };
  }
  if (req.unmet) {
    return {
      zh: `✗ ${req.label.zh}（${files}）：${req.unmet.zh}`,
      en: `✗ ${req.label.en} (${files}): ${req.unmet.en}`,
    };
  }
  if (status === 'fail') {
    const teams = req.owners.filter((o) => o.kind === 'team' && unreadable.has(o.team)).map((o) => o.text);
    const emails = req.owners.filter((o) => o.kind === 'email').map((o) => o.text);
    return {
      zh: `✗ ${req.label.zh}（${files}）：无法确认批准人——${[
        teams.length ? `团队 ${teams.join('、')} 的成员无法读取` : '',
        emails.length ? `邮箱负责人 ${emails.join('、')} 无法对应到 GitHub 账号` : '',
      ]
        .filter(Boolean)
        .join('；')}。`,
      en: `✗ ${req.label.en} (${files}): no approver can be confirmed — ${[
        teams.length ? `members of ${teams.join(', ')} cannot be read` : '',
        emails.length ? `e-mail owners ${emails.join(', ')} cannot be matched to GitHub accounts` : '',
      ]
        .filter(Boolean)
        .join('; ')}.`,
    };
  }
  return {
    zh: `… ${req.label.zh}（${files}）：仍需 ${owners} 中任一人批准。`,
    en: `… ${req.label.en} (${files}): still needs an approval from ${owners}${req.owners.length > 1 ? ' (any one)' : ''}.`,
  };
}

function explainUnreadable(team: string, lookup: TeamLookup & { ok: false }): LocalizedText {
  const why = {
    'not-found': {
      zh: '返回 404：团队不存在，或令牌无权查看该组织的团队',
      en: '404: the team does not exist, or the token cannot see the organisation’s teams',
    },
    forbidden: { zh: '无权限（401/403）', en: 'not permitted (401/403)' },
    error: { zh: '请求出错', en: 'the request failed' },
  }[lookup.reason];
  return {
    zh: `⚠ 无法读取团队 @${team} 的成员（${why.zh}：${lookup.detail}），相关批准一律不计入（失败即关闭）。读取团队成员需要 GitHub App 安装令牌（组织权限 Members: read）或带 read:org 的 PAT；Actions 自带的 GITHUB_TOKEN 读不到组织成员。`,
    en: `⚠ Cannot read the members of @${team} (${why.en}: ${lookup.detail}); approvals that depend on it do not count (fails closed). Team lookups need a GitHub App installation token with the organisation permission "Members: read", or a PAT with read:org; the Actions GITHUB_TOKEN cannot read organisation membership.`,
  };
}
