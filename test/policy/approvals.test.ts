/**
 * evaluatePullRequest on PRContexts built in code: the edges the scenario files do not reach (lookups that throw,
 * commits unknown, force-pushes, renames, e-mail owners, letter case, unconfigured policy) and its promises (each
 * team looked up once, a report that does not change with the clock, rules from the base branch only).
 */
import { describe, expect, it } from 'vitest';
import { evaluatePullRequest } from '../../src/app/evaluate-pr.js';
import type { PRContext, PRReview, TeamLookup } from '../../src/policy/pr-context.js';

const H = 3_600_000;
const T0 = Date.parse('2026-11-16T01:00:00Z');
const ARTICLE = 'content/group/2026-11-20-news/index.md';
const article = (extra = '') => `---
title: 集团新闻
author: 集团市场部
publish_at: 2026-11-20T09:00:00+08:00
cover: cover.png
${extra}---

集团新闻正文。
`;

const BASE_POLICY = `
urgent: {approvers: "@acme/gm"}
approvals:
  admins: "@acme/admins"
`;
const CODEOWNERS = '* @acme/market\n/content/bu1/ @acme/bu1\n';

function context(
  over: Partial<PRContext> = {},
  teams: Record<string, string[]> = { 'acme/market': ['bob', 'carol'] },
) {
  const calls: string[] = [];
  const ctx: PRContext = {
    evaluatedAt: T0 + 24 * H,
    number: 5,
    author: 'alice',
    createdAt: T0,
    draft: false,
    labels: [],
    headSha: 'bbbbbbb',
    base: { ref: 'main' },
    files: [
      { path: ARTICLE, status: 'added', content: article(), siblings: ['cover.png'] },
      { path: 'content/group/2026-11-20-news/cover.png', status: 'added' },
    ],
    reviews: [],
    members: async (team: string): Promise<TeamLookup> => {
      calls.push(team);
      const members = teams[team];
      return members ? { ok: true, members } : { ok: false, reason: 'not-found', detail: '404' };
    },
    ...over,
  };
  return { ctx, calls };
}

const review = (user: string, state: PRReview['state'], commitId = 'bbbbbbb', hours = 1): PRReview => ({
  user,
  state,
  commitId,
  submittedAt: T0 + hours * H,
});

const evaluate = (ctx: PRContext, policy = BASE_POLICY, codeowners = CODEOWNERS) =>
  evaluatePullRequest(ctx, { wxgateYml: policy, codeowners: { '.github/CODEOWNERS': codeowners } }, () => []);

describe('team lookups', () => {
  it('each team is looked up once per evaluation, however many requirements and reviewers need it', async () => {
    const { ctx, calls } = context({
      reviews: [
        review('bob', 'APPROVED'),
        review('carol', 'APPROVED', 'bbbbbbb', 2),
        review('dan', 'COMMENTED', 'bbbbbbb', 3),
      ],
    });
    const v = await evaluate(
      ctx,
      `${BASE_POLICY}  rules:\n    - {name: x, paths: [/content/], owners: "@acme/market"}\n`,
    );
    expect(v.checks.approvals.required.map((r) => r.satisfiedBy)).toEqual([
      ['bob', 'carol'],
      ['bob', 'carol'],
    ]);
    expect(calls).toEqual(['acme/market']);
  });

  it('a lookup that throws fails closed as an error, with the reason', async () => {
    const { ctx } = context({
      reviews: [review('bob', 'APPROVED')],
      members: async () => {
        throw new Error('socket hang up');
      },
    });
    const v = await evaluate(ctx);
    expect(v.checks.approvals.status).toBe('fail');
    expect(v.checks.approvals.ignored).toMatchObject([{ user: 'bob', why: 'team-unreadable' }]);
    expect(v.checks.approvals.explanation.at(-1)?.en).toContain(
      '(the request failed: Error: socket hang up)',
    );
    expect(v.mergeable).toBe(false);
  });

  it('logins compare without regard to case, as on GitHub', async () => {
    const { ctx } = context({
      author: 'Alice',
      reviews: [review('alice', 'APPROVED'), review('BOB', 'APPROVED', 'bbbbbbb', 2)],
    });
    const v = await evaluate(ctx);
    expect(v.checks.approvals.required[0]?.satisfiedBy).toEqual(['BOB']);
    expect(v.checks.approvals.ignored).toEqual([expect.objectContaining({ user: 'alice', why: 'self' })]);
  });

  it('a user owner needs no lookup; an e-mail owner cannot be matched and fails with an explanation', async () => {
    const { ctx, calls } = context({ reviews: [review('erin', 'APPROVED')] });
    const v = await evaluate(ctx, BASE_POLICY, '* @erin\n/content/group/ news@example.com\n');
    expect(calls).toEqual([]);
    expect(v.checks.approvals.required).toEqual([
      {
        files: [ARTICLE, 'content/group/2026-11-20-news/cover.png'],
        owners: ['news@example.com'],
        satisfiedBy: [],
        source: '.github/CODEOWNERS:2',
        label: {
          zh: '内容负责人（.github/CODEOWNERS 第 2 行）',
          en: 'Code owners (.github/CODEOWNERS line 2)',
        },
        blockedBy: [],
        status: 'fail',
      },
    ]);
    expect(v.checks.approvals.explanation[0]?.en).toContain(
      'e-mail owners news@example.com cannot be matched to GitHub accounts',
    );
  });
});

describe('which approvals are fresh', () => {
  it('without the commit list, only an approval of the head counts', async () => {
    const { ctx } = context({
      reviews: [review('bob', 'APPROVED', 'aaaaaaa'), review('carol', 'APPROVED', 'bbbbbbb', 2)],
    });
    const v = await evaluate(ctx);
    expect(v.checks.approvals.required[0]?.satisfiedBy).toEqual(['carol']);
    expect(v.checks.approvals.ignored).toEqual([expect.objectContaining({ user: 'bob', why: 'stale' })]);
  });

  it('an approved commit that is no longer in the PR (force-push) is stale', async () => {
    const { ctx } = context({
      commits: [{ sha: 'bbbbbbb', files: [ARTICLE] }],
      reviews: [review('bob', 'APPROVED', 'fffffff')],
    });
    const v = await evaluate(ctx);
    expect(v.checks.approvals.status).toBe('pending');
    expect(v.checks.approvals.ignored[0]?.explanation.en).toContain(
      'which is not the current head (or is no longer in the PR)',
    );
  });

  it('a later change to governance files also resets an approval; reset_on_push: never keeps it', async () => {
    const { ctx } = context({
      files: [{ path: 'policies/wxgate.yml', status: 'modified', content: 'x: 1' }],
      commits: [
        { sha: 'aaaaaaa', files: ['policies/wxgate.yml'] },
        { sha: 'bbbbbbb', files: ['policies/wxgate.yml'] },
      ],
      reviews: [review('frank', 'APPROVED', 'aaaaaaa')],
    });
    const teams = { 'acme/market': ['frank'], 'acme/admins': ['frank'] };
    const reset = await evaluate({ ...ctx, members: context({}, teams).ctx.members });
    expect(reset.checks.approvals.ignored).toEqual([
      expect.objectContaining({ user: 'frank', why: 'stale' }),
    ]);
    const kept = await evaluate(
      { ...ctx, members: context({}, teams).ctx.members },
      `${BASE_POLICY}  reset_on_push: never\n`,
    );
    expect(kept.checks.approvals.status).toBe('pass');
  });

  it('a CHANGES_REQUESTED from someone who owns nothing here does not block, and is listed', async () => {
    const { ctx } = context({
      reviews: [review('bob', 'APPROVED'), review('zed', 'CHANGES_REQUESTED', 'bbbbbbb', 2)],
    });
    const v = await evaluate(ctx);
    expect(v.checks.approvals.status).toBe('pass');
    expect(v.checks.approvals.blockedBy).toEqual([]);
    expect(v.checks.approvals.ignored).toEqual([
      {
        user: 'zed',
        why: 'not-owner',
        explanation: {
          zh: 'zed 要求修改，但不是所改文件的负责人，不阻止合并（其意见仍请阅读）。',
          en: 'zed requested changes but owns none of the changed files: it does not block (do read the comments).',
        },
      },
    ]);
  });

  it('a CHANGES_REQUESTED on an older commit still blocks until it is dismissed or replaced', async () => {
    const { ctx } = context({
      reviews: [review('carol', 'CHANGES_REQUESTED', 'aaaaaaa'), review('bob', 'APPROVED', 'bbbbbbb', 2)],
    });
    const v = await evaluate(ctx);
    expect(v.checks.approvals.status).toBe('fail');
    expect(v.checks.approvals.blockedBy).toEqual(['carol']);
  });
});

describe('what needs whom', () => {
  it('a renamed file is judged on both paths: moving out of an owned folder needs that owner too', async () => {
    const { ctx } = context(
      {
        files: [
          {
            path: ARTICLE,
            previousPath: 'content/bu1/2026-11-20-news/index.md',
            status: 'renamed',
            content: article(),
            siblings: ['cover.png'],
          },
        ],
        reviews: [review('bob', 'APPROVED')],
      },
      { 'acme/market': ['bob'], 'acme/bu1': ['hank'] },
    );
    const v = await evaluate(ctx);
    expect(v.checks.approvals.required.map((r) => [r.files, r.owners, r.status])).toEqual([
      [[ARTICLE], ['@acme/market'], 'pass'],
      [['content/bu1/2026-11-20-news/index.md'], ['@acme/bu1'], 'pending'],
    ]);
  });

  it('unconfigured admins fail closed for governance files', async () => {
    const { ctx } = context({
      files: [{ path: '.github/workflows/wxgate.yml', status: 'modified' }],
      reviews: [review('bob', 'APPROVED')],
    });
    const v = await evaluate(ctx, '', '* @acme/market\n');
    expect(v.checks.approvals.required.at(-1)).toEqual({
      files: ['.github/workflows/wxgate.yml'],
      owners: [],
      satisfiedBy: [],
      source: 'policy:admin',
      label: {
        zh: '修改策略、工作流、CODEOWNERS 或发布任务运行的代码须管理员批准',
        en: 'Changes to policies, workflows, CODEOWNERS or the code the publish job runs need the admins',
      },
      blockedBy: [],
      status: 'fail',
    });
    expect(v.checks.approvals.explanation.at(-1)?.en).toContain('the policy names no approvals.admins');
  });

  it('invalid CODEOWNERS lines are skipped and reported, as GitHub does', async () => {
    const { ctx } = context({ reviews: [review('bob', 'APPROVED')] });
    const v = await evaluate(ctx, BASE_POLICY, '* @acme/market\n!content/ @acme/x\n');
    expect(v.codeownersErrors).toEqual([
      { file: '.github/CODEOWNERS', line: 2, message: 'negation (!) is not supported in CODEOWNERS' },
    ]);
    expect(v.checks.approvals.status).toBe('pass');
    expect(v.checks.approvals.explanation.at(-1)?.zh).toContain('第 2 行 negation (!) is not supported');
  });

  it('no CODEOWNERS and no rule: nothing needs an approval, and the verdict says so', async () => {
    const { ctx } = context();
    const v = await evaluatePullRequest(ctx, { wxgateYml: undefined, codeowners: {} }, () => []);
    expect(v.codeownersFile).toBeUndefined();
    expect(v.checks.approvals).toMatchObject({ status: 'pass', required: [], ignored: [] });
  });
});

describe('the urgent report', () => {
  it('does not change with the evaluation time, so re-running an unchanged PR never rewrites it', async () => {
    const urgent = context({
      labels: ['加急'],
      files: [
        {
          path: 'content/group/2026-11-17-flash/index.md',
          status: 'added',
          content: article('urgent: {reason: 突发}\n').replace('2026-11-20T09:00', '2026-11-17T09:00'),
          siblings: ['cover.png'],
        },
      ],
    });
    const first = await evaluate(urgent.ctx);
    const later = await evaluate({ ...urgent.ctx, evaluatedAt: urgent.ctx.evaluatedAt + 5 * H });
    expect(first.report).toBeDefined();
    expect(later.report).toEqual(first.report);
    expect(first.report?.marker).toBe('<!-- wxgate-urgent-report:pr-5 -->');
    expect(first.report?.body.startsWith(first.report.marker)).toBe(true);
    expect(first.report?.body).toContain('审批状态：待批准：需 @acme/gm 中一人批准该 PR');
  });

  it('without configured approvers the urgent path is unavailable and says why', async () => {
    const { ctx } = context({
      labels: ['加急'],
      files: [
        {
          path: 'content/group/2026-11-17-flash/index.md',
          status: 'added',
          content: article('urgent: {reason: 突发}\n').replace('2026-11-20T09:00', '2026-11-17T09:00'),
          siblings: ['cover.png'],
        },
      ],
    });
    const v = await evaluate(ctx, '', '');
    expect(v.checks.schedule.status).toBe('fail');
    expect(v.checks.schedule.explanation[0]?.en).toContain(
      'the policy names no urgent approvers (urgent.approvers)',
    );
    expect(v.checks.approvals.required).toMatchObject([
      { source: 'policy:urgent', owners: [], status: 'fail' },
    ]);
  });
});
