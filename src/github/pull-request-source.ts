/**
 * The publisher's `PullRequestSource` over the REST API: for a commit of the content branch, the pull request
 * that brought it in, and what the publish record needs from it — number, title, author, creation time (the
 * submission time), merge time and who merged, the approvals that counted, the three `wxgate / …` check runs, the
 * schedule, the urgent path's general-manager approval and the report link.
 *
 * The approvals are not read off the reviews: the PR is judged again by the evaluator the check uses
 * (`evaluatePullRequest`), on the PR as it was at merge (reviews submitted up to `merged_at`, evaluated at
 * `merged_at`), against the policies and CODEOWNERS of the BASE at merge — the merge commit's first parent, read
 * from the local checkout (./base-at-merge.ts) — so a PR that loosened CODEOWNERS is recorded under the rules it
 * was judged by. Team membership is read now (GitHub has no history of it) with the team token; a lookup that
 * fails is recorded as failed, and the approvals that depend on it do not count, exactly as in the check.
 *
 * Every API read goes through the retrying client (5xx and rate limits are retried there). When GitHub knows no
 * merged pull request for the commit, or cannot be asked, the answer is the git-only one, and says why.
 */
import type { BasePolicies, PRContext, PRVerdict, TeamLookup } from '../governance/pr-context.js';
import { URGENT_SOURCE } from '../governance/requirements.js';
import type { Git } from '../platform/git.js';
import { type Logger, silentLogger } from '../platform/logger.js';
import { isoIn } from '../platform/time.js';
import {
  type GitHubPullRequestFacts,
  GitPullRequestSource,
  type PullRequestInfo,
  type PullRequestSource,
  type RequirementAtMerge,
} from '../publish/provenance.js';
import type { Approval } from '../publish/record.js';
import { baseAtMerge, policiesAt, rebasedInto } from './base-at-merge.js';
import { describeError, type GitHubClient, httpStatus } from './client.js';
import { ACTIONS_BOT } from './comments.js';
import { approvalOf, findUrgentReport, latestCheckRuns } from './merged-pr-reads.js';
import { IncompletePullRequestError, loadPRContext } from './pr-context.js';

export interface GitHubPullRequestSourceOptions {
  /** Reads pull requests, reviews, check runs and issues (the workflow's GITHUB_TOKEN). */
  octokit: GitHubClient;
  /** Reads team membership (organisation "Members: read"); `octokit` otherwise, whose lookups then fail closed. */
  teams?: GitHubClient;
  owner: string;
  repo: string;
  /** The checkout of the content branch, with history: first parents and the base policies are read here. */
  git: Git;
  /** The policy folder, relative to the repository root. Default `policies`. */
  policiesPath?: string;
  /** The zone record times are written in. */
  timeZone: string;
  /** The label the urgent-report issues carry (the Action's `report-label`). Default `wxgate-urgent-report`. */
  reportLabel?: string;
  /**
   * The account the pull-request checks post as, whose reports alone count: `github-actions[bot]` (the default)
   * when they use the workflow's token, `<app-slug>[bot]` when they post with an App.
   */
  reportAuthor?: string;
  log?: Logger;
  /**
   * Judges the PR as the check does (the use case `evaluatePullRequest` without compliance, built by the entry
   * point): handed in so this adapter never calls back into a use case.
   */
  judge: (ctx: PRContext, policies: BasePolicies) => Promise<PRVerdict>;
  /** What answers when GitHub has no pull request for a commit. Default: the git-only source. */
  fallback?: PullRequestSource;
}

export const DEFAULT_REPORT_LABEL = 'wxgate-urgent-report';

/** The fields of a pull request this source reads (`GET /pulls/{n}`, `GET /commits/{sha}/pulls`). */
interface PullJson {
  number: number;
  title: string;
  html_url: string;
  state: string;
  user: { login: string } | null;
  created_at: string;
  merged_at: string | null;
  merged_by?: { login: string } | null;
  merge_commit_sha: string | null;
  head: { sha: string };
  base: { ref: string };
  commits?: number;
}

interface Found {
  pr: PullJson;
  how: string;
  /** The commit on the content branch the PR's merge produced (the anchor for the base at merge). */
  mergeCommit: string;
}

export class GitHubPullRequestSource implements PullRequestSource {
  private readonly cache = new Map<string, Promise<PullRequestInfo>>();
  private readonly fallback: PullRequestSource;
  private readonly policiesPath: string;
  private readonly log: Logger;

  constructor(private readonly options: GitHubPullRequestSourceOptions) {
    this.fallback = options.fallback ?? new GitPullRequestSource(options.git);
    this.policiesPath = (options.policiesPath ?? 'policies').replace(/^\.?\/+/, '').replace(/\/+$/, '');
    this.log = options.log ?? silentLogger;
  }

  /** Asked once per commit per run: articles merged together share one pull request. */
  forMergeCommit(sha: string): Promise<PullRequestInfo> {
    let answer = this.cache.get(sha);
    if (!answer) {
      answer = this.answer(sha);
      this.cache.set(sha, answer);
    }
    return answer;
  }

  private async answer(sha: string): Promise<PullRequestInfo> {
    const fromGit = await this.fallback.forMergeCommit(sha);
    const { owner, repo } = this.options;
    let found: Found | undefined;
    try {
      found = await this.find(sha, fromGit.number);
    } catch (error) {
      this.log.warn(
        `GitHub: cannot look up the pull request of ${sha.slice(0, 12)}: ${describeError(error)}`,
      );
      return {
        ...fromGit,
        approvalsSource: `unknown: asking GitHub for the pull request of commit ${sha} failed (${describeError(error)}); recorded from git only`,
      };
    }
    if (!found) {
      this.log.warn(
        `GitHub: no merged pull request of ${owner}/${repo} for ${sha.slice(0, 12)}; recorded from git only`,
      );
      return {
        ...fromGit,
        approvalsSource: `unknown: GitHub lists no merged pull request for commit ${sha}${
          fromGit.number === null
            ? ''
            : ` (its message names #${fromGit.number}, which GitHub does not confirm)`
        }; reviews and teams not read: recorded with the git-only PR source`,
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
  private async find(sha: string, fromMessage: number | null): Promise<Found | undefined> {
    const { octokit, owner, repo } = this.options;
    const listed = (await octokit.paginate(octokit.rest.repos.listPullRequestsAssociatedWithCommit, {
      owner,
      repo,
      commit_sha: sha,
      per_page: 100,
    })) as unknown as PullJson[];
    const merged = listed.filter((p) => p.merged_at && p.merge_commit_sha);
    const exact = merged.find((p) => p.merge_commit_sha === sha);
    if (exact)
      return { pr: exact, how: `GET /repos/${owner}/${repo}/commits/${sha}/pulls`, mergeCommit: sha };
    for (const p of merged.sort((a, b) => Date.parse(a.merged_at!) - Date.parse(b.merged_at!))) {
      if (await rebasedInto(this.options.git, sha, p.merge_commit_sha!, p.commits ?? 1)) {
        return {
          pr: p,
          how: `GET /repos/${owner}/${repo}/commits/${sha}/pulls (merged as ${p.merge_commit_sha})`,
          mergeCommit: p.merge_commit_sha!,
        };
      }
    }
    if (fromMessage === null) return undefined;
    try {
      const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: fromMessage });
      const pr = data as unknown as PullJson;
      if (pr.merged_at && pr.merge_commit_sha === sha) {
        return {
          pr,
          how: `#${fromMessage} named in the commit message, confirmed by GET /repos/${owner}/${repo}/pulls/${fromMessage}`,
          mergeCommit: sha,
        };
      }
      return undefined;
    } catch (error) {
      if (httpStatus(error) === 404) return undefined;
      throw error;
    }
  }

  private async describe({ pr, how, mergeCommit }: Found): Promise<PullRequestInfo> {
    const zone = this.options.timeZone;
    const mergedAt = pr.merged_at ? Date.parse(pr.merged_at) : null;
    const unreadable: string[] = [];
    const facts: GitHubPullRequestFacts = {
      url: pr.html_url,
      author: pr.user?.login ?? '',
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
      unreadable,
    };
    const info: PullRequestInfo = {
      number: pr.number,
      title: pr.title,
      source: 'github',
      approvals: 'unknown',
      approvalsSource: '',
      createdAt: Date.parse(pr.created_at),
      gmApprover: null,
      report: null,
      github: facts,
    };

    let judged: Judged;
    try {
      facts.rulesCommit = (await baseAtMerge(this.options.git, this.options, mergeCommit, pr)) ?? null;
      judged = await this.judge(pr, mergedAt ?? Date.now(), facts.rulesCommit);
    } catch (error) {
      const why =
        error instanceof IncompletePullRequestError ? error.message : describeError(error).split('\n')[0];
      this.log.warn(`GitHub: PR #${pr.number}: the approvals could not be evaluated: ${why}`);
      info.approvalsSource = `unknown: PR #${pr.number} could not be evaluated again at its merge: ${why}`;
      unreadable.push(`approvals: ${why}`);
      return info;
    }
    const { verdict, ctx, lookups } = judged;
    const required = verdict.checks.approvals.required.map(
      (r): RequirementAtMerge => ({
        source: r.source,
        files: r.files,
        owners: r.owners,
        status: r.status,
        approvals: r.satisfiedBy.map((user) => approvalOf(user, r.owners, ctx.reviews, lookups, zone)),
      }),
    );
    facts.approvalsCheck = {
      status: verdict.checks.approvals.status,
      required,
      ignored: verdict.checks.approvals.ignored.map((i) => ({ user: i.user, why: i.why })),
    };
    for (const [team, lookup] of lookups) {
      if (!lookup.ok) facts.teamLookups.push({ team, result: `${lookup.reason}: ${lookup.detail}` });
    }
    facts.schedule = verdict.checks.schedule.articles.map((a) => ({
      path: a.path,
      leadTimeHours: a.leadTimeHours,
      requiredHours: a.requiredHours,
      urgent: a.urgent,
      status: a.status,
    }));
    facts.urgent = verdict.checks.schedule.urgent;

    const approvals: Approval[] = [];
    for (const a of required.flatMap((r) => r.approvals)) {
      if (!approvals.some((b) => b.user === a.user && b.team === a.team)) approvals.push(a);
    }
    info.approvals = approvals;
    const gm = verdict.checks.approvals.required.find((r) => r.source === URGENT_SOURCE)?.satisfiedBy ?? [];
    info.gmApprover = gm.length > 0 ? gm.join(', ') : null;
    if (verdict.report) {
      try {
        info.report =
          (await findUrgentReport(
            this.options,
            verdict.report,
            pr.number,
            this.reportLabel(),
            this.reportAuthor(),
          )) ?? null;
        if (!info.report) {
          unreadable.push(
            `urgent report: no ${verdict.report.target === 'issue' ? `issue labelled ${this.reportLabel()}` : `comment on #${pr.number}`} by ${this.reportAuthor()} starts with ${verdict.report.marker}`,
          );
        }
      } catch (error) {
        unreadable.push(`urgent report: ${describeError(error).split('\n')[0]}`);
      }
    }

    const failed = facts.teamLookups.map(
      (t) => `team @${t.team} could not be read (${t.result.split(':')[0]})`,
    );
    info.approvalsSource = [
      `GitHub: the reviews of PR #${pr.number} up to its merge${mergedAt === null ? '' : ` at ${isoIn(mergedAt, zone)}`}, judged by wxgate's approval rules with ${this.policiesPath}/wxgate.yml and CODEOWNERS at ${facts.rulesCommit ?? 'no base commit (defaults)'} (the base at merge); team membership as read at publish time`,
      ...(judged.policies.wxgateYml === undefined
        ? [`no ${this.policiesPath}/wxgate.yml at the base: the policy defaults applied`]
        : []),
      `the approvals check was ${verdict.checks.approvals.status} at merge`,
      ...(failed.length > 0 ? [`${failed.join(', ')}: approvals that depend on it are not counted`] : []),
    ].join('; ');
    this.log.info(
      `GitHub: PR #${pr.number} (${how.split(' ')[0] === 'GET' ? 'by commit' : 'by message'}): ${approvals.length} approval(s), approvals check ${verdict.checks.approvals.status} at merge, rules from ${(facts.rulesCommit ?? '-').slice(0, 12)}`,
    );
    return info;
  }

  /** The PR judged as at its merge, by the evaluator the check uses. */
  private async judge(pr: PullJson, mergedAt: number, rulesCommit: string | null): Promise<Judged> {
    const { octokit, owner, repo } = this.options;
    const teams = this.options.teams;
    const loaded = await loadPRContext(
      octokit,
      { owner, repo, number: pr.number },
      mergedAt,
      teams ? { teams } : {},
    );
    const lookups = new Map<string, TeamLookup>();
    const base = loaded.context;
    const ctx: PRContext = {
      ...base,
      // A review given after the merge did not let the PR in.
      reviews: base.reviews.filter((r) => r.submittedAt <= mergedAt),
      members: async (team) => {
        const result = await base
          .members(team)
          .catch(
            (error: unknown): TeamLookup => ({ ok: false, reason: 'error', detail: describeError(error) }),
          );
        lookups.set(team, result);
        return result;
      },
    };
    const policies = rulesCommit
      ? await policiesAt(this.options.git, rulesCommit, this.policiesPath)
      : { wxgateYml: undefined, codeowners: {} };
    const verdict = await this.options.judge(ctx, policies);
    return { verdict, ctx, lookups, policies };
  }

  private reportLabel(): string {
    return this.options.reportLabel ?? DEFAULT_REPORT_LABEL;
  }

  private reportAuthor(): string {
    return this.options.reportAuthor ?? ACTIONS_BOT;
  }
}

interface Judged {
  verdict: PRVerdict;
  ctx: PRContext;
  /** Every team lookup the evaluator made, by team as the policy names it. */
  lookups: Map<string, TeamLookup>;
  policies: BasePolicies;
}
