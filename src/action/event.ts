/**
 * Which pull request(s) an event asks us to judge. Pure: (event name, payload, inputs) → a decision.
 *
 * - `pull_request_target` (opened, synchronize, reopened, ready_for_review, labeled, unlabeled, edited): the PR
 *   in the payload. This is the main trigger: it runs the BASE branch's workflow with a token that may write,
 *   also for PRs from forks.
 * - `workflow_run` of the review relay (a workflow on `pull_request_review` submitted/dismissed that has no
 *   permissions and runs nothing): a review on a PR from a fork gets a read-only token, so the relay only marks
 *   the moment and this privileged run, which always uses the default branch's workflow, re-judges the open PRs
 *   of the relay run's head branch. Nothing from the relay run (no artifact) is trusted or read.
 * - `pull_request_review` directly: judged when the PR comes from this repository (the token can write); for a
 *   fork PR it is skipped with a notice, since the relay covers it.
 * - `pull_request`: accepted (same-repository PRs), with a notice that forks need `pull_request_target`.
 * - `workflow_dispatch`, `schedule`, anything with the `pull-request` input: that PR.
 */
import { ConfigurationError } from '../platform/errors.js';

export const PR_ACTIONS = [
  'opened',
  'synchronize',
  'reopened',
  'ready_for_review',
  'labeled',
  'unlabeled',
  'edited',
] as const;
export const REVIEW_ACTIONS = ['submitted', 'dismissed'] as const;

export type EventDecision =
  | { kind: 'pulls'; numbers: number[]; why: string }
  | { kind: 'head'; owner: string; branch: string; sha: string; numbers: number[]; why: string }
  | { kind: 'skip'; why: string };

interface RepoLike {
  full_name?: string;
  owner?: { login?: string } | null;
}

interface PullLike {
  number?: number;
  state?: string;
  head?: { repo?: RepoLike | null };
  base?: { repo?: RepoLike | null };
}

interface Payload {
  action?: string;
  pull_request?: PullLike;
  repository?: RepoLike;
  workflow_run?: {
    event?: string;
    head_sha?: string;
    head_branch?: string | null;
    head_repository?: RepoLike | null;
    pull_requests?: { number?: number }[];
  };
}

export function decideEvent(
  eventName: string,
  raw: unknown,
  pullRequestInput: number | undefined,
): EventDecision {
  const payload = (raw ?? {}) as Payload;
  if (pullRequestInput !== undefined) {
    return { kind: 'pulls', numbers: [pullRequestInput], why: `input pull-request = #${pullRequestInput}` };
  }
  const action = payload.action ?? '';
  const pr = payload.pull_request;
  switch (eventName) {
    case 'pull_request_target':
    case 'pull_request': {
      if (!pr?.number) throw new ConfigurationError(`the ${eventName} event carries no pull request`);
      if (!(PR_ACTIONS as readonly string[]).includes(action)) {
        return { kind: 'skip', why: `${eventName}.${action} does not change the verdict` };
      }
      if (pr.state === 'closed') return { kind: 'skip', why: `#${pr.number} is closed` };
      return { kind: 'pulls', numbers: [pr.number], why: `${eventName}.${action} on #${pr.number}` };
    }
    case 'pull_request_review': {
      if (!pr?.number) throw new ConfigurationError('the pull_request_review event carries no pull request');
      if (!(REVIEW_ACTIONS as readonly string[]).includes(action)) {
        return { kind: 'skip', why: `pull_request_review.${action} does not change the verdict` };
      }
      if (pr.state === 'closed') return { kind: 'skip', why: `#${pr.number} is closed` };
      if (isFork(pr)) {
        return {
          kind: 'skip',
          why: `#${pr.number} comes from a fork: a review event gets a read-only token there, so the review relay (workflow_run) re-judges it`,
        };
      }
      return { kind: 'pulls', numbers: [pr.number], why: `pull_request_review.${action} on #${pr.number}` };
    }
    case 'workflow_run': {
      const run = payload.workflow_run;
      if (!run?.head_sha) throw new ConfigurationError('the workflow_run event carries no workflow run');
      if (
        run.event !== 'pull_request_review' &&
        run.event !== 'pull_request' &&
        run.event !== 'pull_request_target'
      ) {
        return {
          kind: 'skip',
          why: `workflow_run of a ${run.event ?? 'unknown'} run is not about a pull request`,
        };
      }
      const owner = run.head_repository?.owner?.login;
      const numbers = (run.pull_requests ?? [])
        .map((p) => p.number)
        .filter((n): n is number => Number.isInteger(n));
      if (!owner || !run.head_branch) {
        if (numbers.length === 0) return { kind: 'skip', why: 'the workflow run names no head branch' };
        return { kind: 'pulls', numbers, why: `workflow_run (${run.event})` };
      }
      return {
        kind: 'head',
        owner,
        branch: run.head_branch,
        sha: run.head_sha,
        numbers,
        why: `workflow_run (${run.event}) on ${owner}:${run.head_branch}`,
      };
    }
    default:
      throw new ConfigurationError(
        `wxgate judges pull requests: run it on pull_request_target (and workflow_run of the review relay), or set the pull-request input (event was ${eventName})`,
      );
  }
}

function isFork(pr: PullLike): boolean {
  const head = pr.head?.repo?.full_name;
  const base = pr.base?.repo?.full_name;
  // A deleted fork has no head repository: treat it as a fork (never assume write access).
  return head === undefined || head !== base;
}
