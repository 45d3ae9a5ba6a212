/**
 * The Action end to end, in-process (see ./harness.ts): real webhook payloads, every GitHub call answered by the
 * local GitHub-like server.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verdictJson } from '../../src/governance/verdict-format.js';
import { gitSha } from '../github/fake-github.js';
import { visibleText } from '../github/markdown-probe.js';
import { ARTICLE_PATH, article, companyRepo } from '../github/repo-fixture.js';
import { COVER_PNG } from '../helpers.js';
import {
  expectConclusionsMatch,
  latestRuns,
  runAction,
  secretsAbsent,
  serve,
  useActionHarness,
} from './harness.js';
import { example, fromFork } from './payloads.js';

useActionHarness();

describe('the Action on pull_request_target', () => {
  it('judges PR #2 from the real "opened" payload and posts three check runs matching the verdict', async () => {
    const { gh, head } = await serve(companyRepo());
    gh.reviews.set(2, [
      { user: 'bob', state: 'APPROVED', commitId: head, submittedAt: '2026-11-17T02:00:00Z' },
    ]);
    const outcome = await runAction(gh, 'pull_request_target', example('pull_request', 'opened'));

    expect(outcome.exitCode).toBeUndefined();
    const [judged] = outcome.judged;
    const verdict = judged!.verdict!;
    expect(verdict.mergeable).toBe(true);
    expectConclusionsMatch(gh, head, verdict);
    expect([...latestRuns(gh, head).values()].map((r) => r.conclusion)).toEqual([
      'success',
      'success',
      'success',
    ]);
    expect(latestRuns(gh, head).get('wxgate / approvals')?.details_url).toBe(
      'https://github.example/Codertocat/Hello-World/actions/runs/4242',
    );

    expect(outcome.outputs).toMatchObject({
      mergeable: 'true',
      compliance: 'pass',
      schedule: 'pass',
      approvals: 'pass',
      'pull-requests': '[2]',
    });
    const written = JSON.parse(readFileSync(outcome.outputs['verdict-path']!, 'utf8'));
    expect(written).toEqual(verdictJson(verdict));

    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]!.body).toMatch(/^<!-- wxgate:pr-comment -->\n## wxgate 检查结果/);
    expect(gh.comments[0]!.body).toContain('可以合并');
    expect(outcome.summary).toContain('## wxgate 检查结果');
    // The article was read as data: through the blob API, by the blob id of its head version.
    expect(
      gh.requests('GET', new RegExp(`/git/blobs/${gitSha('blob', Buffer.from(article()))}$`)),
    ).toHaveLength(1);
    secretsAbsent(outcome);
  });

  it('puts compliance problems on the article’s lines, batched at most 50 per request', async () => {
    // A zero-width space hidden in each of 60 paragraphs: 60 errors, one per line.
    const body = Array.from({ length: 60 }, (_, i) => `第 ${i + 1} 段\u200b内容。`).join('\n\n');
    const { gh, head } = await serve(companyRepo({ headChanges: { [ARTICLE_PATH]: article({ body }) } }));
    const outcome = await runAction(gh, 'pull_request_target', example('pull_request', 'synchronize'));
    const compliance = latestRuns(gh, head).get('wxgate / compliance')!;
    expect(compliance.conclusion).toBe('failure');
    expect(compliance.annotations).toHaveLength(60);
    expect(compliance.batches).toEqual([50, 10]);
    expect(Math.max(...compliance.batches)).toBeLessThanOrEqual(50);
    const verdict = outcome.judged[0]!.verdict!;
    expect(compliance.annotations).toHaveLength(
      verdict.checks.compliance.errorCount + verdict.checks.compliance.warningCount,
    );
    expect(compliance.annotations[0]).toMatchObject({ path: ARTICLE_PATH, annotation_level: 'failure' });
    expectConclusionsMatch(gh, head, verdict);
    expect(outcome.outputs.mergeable).toBe('false');
  });

  it('keeps one sticky comment across runs and updates it in place when a review arrives (via the relay)', async () => {
    const { gh, head } = await serve(companyRepo());
    const first = await runAction(gh, 'pull_request_target', example('pull_request', 'opened'));
    expect(first.judged[0]!.verdict!.checks.approvals.status).not.toBe('pass');
    expect(gh.comments).toHaveLength(1);
    const commentId = gh.comments[0]!.id;
    expect(gh.comments[0]!.body).toContain('暂不能合并');

    // bob approves; the relay workflow's completion triggers workflow_run for the head branch.
    gh.reviews.set(2, [
      { user: 'bob', state: 'APPROVED', commitId: head, submittedAt: '2026-11-19T02:00:00Z' },
    ]);
    const relay = example('workflow_run', 'completed') as { workflow_run: Record<string, unknown> };
    Object.assign(relay.workflow_run, {
      event: 'pull_request_review',
      head_branch: 'changes',
      head_sha: head,
      head_repository: { full_name: 'Codertocat/Hello-World', owner: { login: 'Codertocat' } },
      pull_requests: [],
    });
    const second = await runAction(gh, 'workflow_run', relay);
    expect(second.judged.map((j) => j.number)).toEqual([2]);
    expect(second.judged[0]!.verdict!.mergeable).toBe(true);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]!.id).toBe(commentId);
    expect(gh.comments[0]!.body).toContain('可以合并');
    expectConclusionsMatch(gh, head, second.judged[0]!.verdict!);
    // Compliance did not change: its run was left alone rather than posted again.
    expect(gh.checkRuns.filter((r) => r.name === 'wxgate / compliance')).toHaveLength(1);
    expect(gh.checkRuns.filter((r) => r.name === 'wxgate / approvals')).toHaveLength(1);
  });

  it('fails approvals closed, with the explanation in the check run, when teams cannot be read (404)', async () => {
    const { gh, head } = await serve(companyRepo());
    gh.reviews.set(2, [
      { user: 'bob', state: 'APPROVED', commitId: head, submittedAt: '2026-11-17T02:00:00Z' },
    ]);
    // No team-token: the repository token, like GITHUB_TOKEN, gets 404 for the organisation's teams.
    const outcome = await runAction(gh, 'pull_request_target', example('pull_request', 'opened'), {
      'INPUT_TEAM-TOKEN': '',
    });
    const verdict = outcome.judged[0]!.verdict!;
    expect(verdict.checks.approvals.status).not.toBe('pass');
    expect(verdict.checks.approvals.ignored).toEqual([
      expect.objectContaining({ user: 'bob', why: 'team-unreadable' }),
    ]);
    expectConclusionsMatch(gh, head, verdict);
    const approvals = latestRuns(gh, head).get('wxgate / approvals')!;
    expect(approvals.conclusion).not.toBe('success');
    // What a reader sees; the team is named without being mentioned.
    expect(visibleText(approvals.output.summary!)).toContain('@Codertocat/market');
    expect(visibleText(approvals.output.summary!)).toContain('Members: read');
    expect(outcome.stdout).toContain('no team-token given');
    expect(outcome.exitCode).toBeUndefined();
  });

  it('judges by the BASE branch’s policy and CODEOWNERS even when the PR loosens them', async () => {
    const { gh, head, base } = await serve(
      companyRepo({
        createdAt: '2026-11-24T02:00:00Z', // 24 hours before publish_at (2026-11-25 10:00 +08:00)
        headChanges: {
          'policies/wxgate.yml': 'lead_time:\n  hours: 1\nurgent:\n  approvers: "@alice"\n',
          '.github/CODEOWNERS': '* @alice\n',
        },
      }),
    );
    gh.reviews.set(2, [
      { user: 'bob', state: 'APPROVED', commitId: head, submittedAt: '2026-11-24T03:00:00Z' },
    ]);
    const outcome = await runAction(gh, 'pull_request_target', example('pull_request', 'opened'));
    const verdict = outcome.judged[0]!.verdict!;
    expect(verdict.checks.schedule).toMatchObject({ status: 'fail', requiredHours: 72 });
    expect(verdict.codeownersFile).toBe('.github/CODEOWNERS');
    // Changing policies/ and .github/ needs the admins (a rule of the base policy), whatever the PR says.
    const admin = verdict.checks.approvals.required.find((r) => r.source === 'policy:admin');
    expect(admin).toMatchObject({
      owners: ['@Codertocat/admins'],
      status: expect.not.stringMatching('pass'),
    });
    expect(verdict.mergeable).toBe(false);
    expectConclusionsMatch(gh, head, verdict);
    // The PR's own policy blob was never read; the base one was.
    const headPolicy = gitSha(
      'blob',
      Buffer.from('lead_time:\n  hours: 1\nurgent:\n  approvers: "@alice"\n'),
    );
    expect(gh.log.some((r) => r.path.endsWith(headPolicy))).toBe(false);
    expect(gh.requests('GET', new RegExp(`/git/trees/${base}$`))).toHaveLength(1);
    expect(latestRuns(gh, head).get('wxgate / schedule')!.output.summary).toContain(
      `\`${base.slice(0, 7)}\``,
    );
  });

  it('reports an urgent PR to the general manager once, and updates that report when the GM approves', async () => {
    // Submitted 2026-11-19 10:00 (+08:00), to be published 2026-11-21 10:00: 48 hours instead of 72.
    const urgentArticle = article({
      publishAt: '2026-11-21T10:00:00+08:00',
      urgentReason: '配合集团临时活动发布',
    });
    const { gh, head } = await serve(
      companyRepo({
        labels: ['加急'],
        createdAt: '2026-11-19T02:00:00Z',
        headChanges: {
          [ARTICLE_PATH]: null,
          'content/group/2026-11-25-hello/cover.png': null,
          'content/group/2026-11-21-sports-day/index.md': urgentArticle,
          'content/group/2026-11-21-sports-day/cover.png': COVER_PNG,
        },
      }),
    );
    gh.reviews.set(2, [
      { user: 'bob', state: 'APPROVED', commitId: head, submittedAt: '2026-11-19T03:00:00Z' },
    ]);
    const first = await runAction(gh, 'pull_request_target', example('pull_request', 'labeled'));
    expect(first.judged[0]!.verdict!.checks.schedule.urgent).toBe(true);
    expect(first.judged[0]!.verdict!.mergeable).toBe(false);
    expect(gh.issues).toHaveLength(1);
    expect(gh.issues[0]!.labels).toEqual(['wxgate-urgent-report']);
    expect(gh.issues[0]!.body).toContain('@Codertocat/gm');
    expect(gh.issues[0]!.body).toContain('配合集团临时活动发布');
    expect(gh.issues[0]!.body).toContain('待批准');

    const again = await runAction(gh, 'pull_request_target', example('pull_request', 'synchronize'));
    expect(again.judged[0]!.verdict!.report).toBeDefined();
    expect(gh.issues).toHaveLength(1);

    gh.reviews
      .get(2)!
      .push({ user: 'dave', state: 'APPROVED', commitId: head, submittedAt: '2026-11-19T04:00:00Z' });
    const approved = await runAction(gh, 'pull_request_review', example('pull_request_review', 'submitted'));
    const verdict = approved.judged[0]!.verdict!;
    expect(verdict.checks.schedule).toMatchObject({ status: 'pass', urgent: true, leadTimeHours: 48 });
    expect(verdict.checks.schedule.explanation[0]?.zh).toMatch(/^✓ .*已走加急流程.*dave 已批准/);
    expect(verdict.mergeable).toBe(true);
    expect(gh.issues).toHaveLength(1);
    expect(gh.issues[0]!.body).toContain('已批准：`@dave`');
    expect(gh.requests('POST', /\/issues$/)).toHaveLength(1);
    expect(gh.requests('PATCH', /\/issues\/\d+$/)).toHaveLength(1);
    expectConclusionsMatch(gh, head, verdict);
  });

  it('writes in English with locale en', async () => {
    const { gh } = await serve(companyRepo());
    await runAction(gh, 'pull_request_target', example('pull_request', 'opened'), { INPUT_LOCALE: 'en' });
    expect(gh.comments[0]!.body).toContain('## wxgate check results');
    expect(gh.checkRuns.find((r) => r.name === 'wxgate / approvals')!.output.title).toMatch(
      /approval\(s\) still needed/,
    );
  });
});

describe('what the Action refuses or skips', () => {
  it('skips a review event on a fork PR without calling GitHub (the relay covers it)', async () => {
    const { gh } = await serve(companyRepo());
    const outcome = await runAction(
      gh,
      'pull_request_review',
      fromFork(example('pull_request_review', 'submitted')),
    );
    expect(outcome.judged).toEqual([]);
    expect(outcome.exitCode).toBeUndefined();
    expect(outcome.outputs['pull-requests']).toBe('[]');
    expect(gh.log).toHaveLength(0);
    expect(outcome.stdout).toMatch(/nothing to judge: #2 comes from a fork/);
  });

  it('fails every check, and the Action, when the base branch’s policy is broken', async () => {
    const { gh, head } = await serve(companyRepo({ basePolicy: 'lead_time:\n  hours: -3\n' }));
    const outcome = await runAction(gh, 'pull_request_target', example('pull_request', 'opened'));
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stdout).toMatch(
      /::error::wxgate: configuration error: #2: .*policies\/wxgate\.yml@[0-9a-f]{7}/,
    );
    const latest = latestRuns(gh, head);
    expect([...latest.values()].map((r) => r.conclusion)).toEqual(['failure', 'failure', 'failure']);
    expect(visibleText(latest.get('wxgate / schedule')!.output.summary!)).toContain('lead_time.hours');
    expect(gh.comments[0]!.body).toContain('策略配置有误');
    expect(outcome.outputs).toMatchObject({ mergeable: 'false', compliance: 'fail' });
  });

  it('fails with a clear message on an event it does not judge, before calling GitHub', async () => {
    const { gh } = await serve(companyRepo());
    const outcome = await runAction(gh, 'push', { ref: 'refs/heads/main' });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stdout).toMatch(/::error::wxgate: configuration error: wxgate judges pull requests/);
    expect(gh.log).toHaveLength(0);
  });

  it('rejects a bad input by name', async () => {
    const { gh } = await serve(companyRepo());
    const outcome = await runAction(gh, 'pull_request_target', example('pull_request', 'opened'), {
      INPUT_LOCALE: 'fr',
    });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stdout).toContain('input "locale" must be zh-CN or en');
  });

  it('never prints a token, even when GitHub refuses it or fails', async () => {
    const { gh } = await serve(companyRepo());
    gh.fail('GET', /\/pulls\/2$/, { times: 4, status: 502, body: { message: 'Bad gateway' } }); // 1 + 3 retries
    const failed = await runAction(gh, 'pull_request_target', example('pull_request', 'opened'));
    expect(failed.exitCode).toBe(1);
    expect(failed.stdout).toMatch(/::error::wxgate: HTTP 502/);
    secretsAbsent(failed);

    const refused = await runAction(gh, 'pull_request_target', example('pull_request', 'opened'), {
      'INPUT_GITHUB-TOKEN': 'ghs_wrongTOKENdoNotLeak55555',
    });
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toMatch(/HTTP 401/);
    expect(refused.stdout.split('\n').filter((l) => l.includes('ghs_wrongTOKEN'))).toEqual([
      '::add-mask::ghs_wrongTOKENdoNotLeak55555',
    ]);
    secretsAbsent(refused);
  });
});
