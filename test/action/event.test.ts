import { describe, expect, it } from 'vitest';
import { decideEvent, PR_ACTIONS, REVIEW_ACTIONS } from '../../src/action/event.js';
import { ConfigurationError } from '../../src/platform/errors.js';
import { example, examples, fromFork } from './payloads.js';

describe('decideEvent on real webhook payloads', () => {
  const prExamples = examples('pull_request');

  it('judges the PR on every pull_request_target action that can change the verdict', () => {
    const seen = new Set<string>();
    for (const payload of prExamples) {
      const action = String(payload.action);
      const decision = decideEvent('pull_request_target', payload, undefined);
      const pr = payload.pull_request as { number: number; state: string };
      if ((PR_ACTIONS as readonly string[]).includes(action) && pr.state === 'open') {
        expect(decision).toMatchObject({ kind: 'pulls', numbers: [pr.number] });
        seen.add(action);
      } else {
        expect(decision.kind).toBe('skip');
      }
    }
    // The examples cover these actions (edited has no example payload in the package).
    expect([...seen].sort()).toEqual([
      'labeled',
      'opened',
      'ready_for_review',
      'reopened',
      'synchronize',
      'unlabeled',
    ]);
  });

  it('skips what cannot change the verdict (assigned, closed, locked …) with the reason', () => {
    expect(decideEvent('pull_request_target', example('pull_request', 'assigned'), undefined)).toEqual({
      kind: 'skip',
      why: 'pull_request_target.assigned does not change the verdict',
    });
    const closed = example('pull_request', 'closed');
    expect(decideEvent('pull_request_target', closed, undefined).kind).toBe('skip');
  });

  it('judges a review on a same-repository PR', () => {
    for (const action of REVIEW_ACTIONS) {
      const payload = example('pull_request_review', action);
      expect(decideEvent('pull_request_review', payload, undefined)).toMatchObject({
        kind: 'pulls',
        numbers: [2],
      });
    }
  });

  it('skips a review on a fork PR: its token is read-only, the relay re-judges it', () => {
    const decision = decideEvent(
      'pull_request_review',
      fromFork(example('pull_request_review', 'submitted')),
      undefined,
    );
    expect(decision.kind).toBe('skip');
    expect(decision.why).toMatch(/fork.*read-only.*workflow_run/);
  });

  it('finds the PR of a relay run by its head branch, trusting only the payload GitHub wrote', () => {
    const payload = example('workflow_run', 'completed') as { workflow_run: Record<string, unknown> };
    payload.workflow_run.event = 'pull_request_review';
    payload.workflow_run.head_branch = 'changes';
    payload.workflow_run.head_repository = { full_name: 'mallory/Hello-World', owner: { login: 'mallory' } };
    payload.workflow_run.pull_requests = []; // GitHub leaves this empty for forks
    expect(decideEvent('workflow_run', payload, undefined)).toMatchObject({
      kind: 'head',
      owner: 'mallory',
      branch: 'changes',
      numbers: [],
    });
  });

  it('ignores workflow runs that are not about pull requests (the package’s examples are dispatches)', () => {
    for (const payload of examples('workflow_run')) {
      expect(decideEvent('workflow_run', payload, undefined).kind).toBe('skip');
    }
  });

  it('uses the pull-request input on any event, and refuses other events without it', () => {
    expect(decideEvent('workflow_dispatch', {}, 7)).toMatchObject({ kind: 'pulls', numbers: [7] });
    expect(() => decideEvent('push', example('pull_request', 'opened'), undefined)).toThrow(
      ConfigurationError,
    );
    expect(() => decideEvent('pull_request_target', {}, undefined)).toThrow(/carries no pull request/);
  });
});
