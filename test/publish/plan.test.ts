import { describe, expect, it } from 'vitest';
import type { Account } from '../../src/config/accounts.js';
import type { ArticleSource } from '../../src/publish/articles.js';
import { type ArticleFacts, type PlanInput, planFor } from '../../src/publish/plan.js';
import { leadTimeOf, NEGATIVE_LEAD_TIME } from '../../src/publish/provenance.js';
import {
  type FailureInfo,
  formatRecord,
  LedgerFormatError,
  type PublishRecord,
  parseRecord,
} from '../../src/publish/record.js';
import { commitMessage } from '../../src/publish/trailers.js';

const T = Date.parse('2026-11-21T12:00:00+08:00');
const MIN = 60_000;
const me = { id: 'run-b', host: 'runner', pid: 2 };
const account: Account = {
  id: 'group',
  name: '澜川集团',
  type: 'service',
  verified: true,
  ownerTeam: 'acme/market-dept',
  publishMethod: 'freepublish',
  appId: 'wx-demo-group',
  secretEnv: 'WECHAT_SECRET_GROUP',
  line: 2,
};
const source: ArticleSource = {
  key: 'group/2026-11-12-q3',
  account: 'group',
  path: 'content/group/2026-11-12-q3/index.md',
  dir: 'content/group/2026-11-12-q3',
  absDir: '/nowhere',
  article: undefined,
  front: undefined,
  fields: { title: '季度通报', publishAt: Date.parse('2026-11-12T10:00:00+08:00') },
  problems: [],
  contentHash: 'sha256:new',
};
const facts: ArticleFacts = {
  provenance: {
    article_commit: 'a',
    merge_commit: 'b',
    pr: 7,
    pr_title: 't',
    pr_source: 'git',
    author: null,
    submitted_at: null,
    submitted_at_source: 'x',
    lead_time_hours: null,
    approvals: 'unknown',
    approvals_source: 'x',
  },
  checks: { errors: 0, warnings: 0, infos: 0, rules: [] },
  sourceCommit: 'c',
};

function record(over: Partial<PublishRecord> = {}): PublishRecord {
  return {
    article: source.path,
    account: 'group',
    title: '季度通报',
    method: 'freepublish',
    state: 'published',
    revision: 5,
    content_hash: 'sha256:new',
    publish_at: '2026-11-12T10:00:00+08:00',
    source_commit: 'c',
    provenance: facts.provenance,
    urgent: null,
    checks: facts.checks,
    wechat: { images: [], publish_id: '2247483648', article_id: 'A' },
    times: {},
    history: [],
    ...over,
  };
}

const FAILURE: FailureInfo = {
  at: '',
  step: 'submit',
  kind: 'transient',
  errcode: -1,
  message: 'system error',
  hint: '',
  retry: 'automatic',
  retry_after: '2026-11-21T12:10:00+08:00',
  attempts: 1,
  resume_from: 'drafted',
  method: 'freepublish',
};

const plan = (over: Partial<PlanInput>) =>
  planFor({
    record: undefined,
    source,
    account,
    now: T,
    me,
    timeZone: 'Asia/Shanghai',
    retry: false,
    isAlive: () => true,
    ...over,
  });

describe('planFor', () => {
  it('publishes what is due, waits for what is not', () => {
    expect(plan({}).kind).toBe('work');
    expect(plan({ now: Date.parse('2026-11-12T09:59:59+08:00') })).toEqual({
      kind: 'skip',
      reason: {
        zh: '发布时间 2026-11-12 10:00（北京时间）未到',
        en: 'not due until 2026-11-12T10:00:00+08:00',
      },
    });
  });

  it("a new urgent record carries the reason, and the general manager's approval and report when GitHub knows them", () => {
    const urgentSource = { ...source, fields: { ...source.fields, urgent: { reason: '突发事件' } } };
    const work = plan({ source: urgentSource });
    if (work.kind !== 'work') throw new Error(`expected work, got ${work.kind}`);
    expect(work.start(undefined, facts).urgent).toEqual({
      reason: '突发事件',
      gm_approver: null,
      report: null,
    });
    const github = { urgent: { gm_approver: 'dave', report: 'https://github.com/acme/site/issues/9' } };
    const known = { ...facts, provenance: { ...facts.provenance, github } } as unknown as ArticleFacts;
    expect(work.start(undefined, known).urgent).toEqual({
      reason: '突发事件',
      gm_approver: 'dave',
      report: 'https://github.com/acme/site/issues/9',
    });
  });

  it('leaves an article another live run holds; takes it over when the lease ran out or its process is gone', () => {
    const lease = { run: 'run-a', host: 'runner', pid: 1, until: '2026-11-21T12:05:00+08:00' };
    const held = record({ state: 'drafted', lease });
    expect(plan({ record: held })).toMatchObject({
      kind: 'skip',
      reason: { en: expect.stringContaining('run run-a'), zh: expect.stringContaining('运行 run-a') },
    });
    expect(plan({ record: held, now: T + 6 * MIN }).kind).toBe('work');
    expect(plan({ record: held, isAlive: () => false }).kind).toBe('work');
  });

  it('never takes a published article again; a later change is noted once', () => {
    expect(plan({ record: record({ content_hash: 'sha256:new' }) })).toEqual({
      kind: 'skip',
      reason: { zh: '已发表', en: 'published' },
    });
    expect(plan({ record: record({ content_hash: 'sha256:old' }) })).toMatchObject({ kind: 'note' });
    expect(
      plan({ record: record({ content_hash: 'sha256:old', later_content_hash: 'sha256:new' }) }).kind,
    ).toBe('skip');
  });

  it('a failure is tried again automatically after its time, or on a change, or on --retry', () => {
    const failure = FAILURE;
    const failed = record({ state: 'failed', failure });
    expect(plan({ record: failed })).toMatchObject({ kind: 'skip', failed: true });
    const later = plan({ record: failed, now: T + 11 * MIN });
    expect(later.kind).toBe('work');
    if (later.kind === 'work') expect(later.start(failed, facts).state).toBe('drafted');

    const waits = record({
      state: 'failed',
      failure: { ...failure, retry: 'on-change', kind: 'publish-status' },
    });
    expect(plan({ record: waits, now: T + 60 * MIN }).kind).toBe('skip');
    expect(plan({ record: waits, retry: true }).kind).toBe('work');
    const changed = plan({ record: { ...waits, content_hash: 'sha256:old' } });
    expect(changed.kind).toBe('work');
    if (changed.kind === 'work') {
      const r = changed.start({ ...waits, content_hash: 'sha256:old' }, facts);
      expect([r.state, r.content_hash, r.wechat.images]).toEqual(['claimed', 'sha256:new', []]);
    }
    expect(plan({ record: waits, account: { ...account, publishMethod: 'draft-only' } }).kind).toBe('work');
  });

  it('an unresolved submit is looked at again only when its time comes', () => {
    const inFlight = record({
      state: 'drafted',
      in_flight: { step: 'submit', run: 'run-a', at: '2026-11-21T11:59:00+08:00' },
      polls: { count: 1, last_at: null, next_at: '2026-11-21T12:02:00+08:00' },
    });
    expect(plan({ record: inFlight }).kind).toBe('skip');
    expect(plan({ record: inFlight, now: T + 3 * MIN })).toMatchObject({
      kind: 'work',
      reason: { en: 'resume after an interrupted submit' },
    });
  });

  it('a withdrawal: of a published article, of one never published, and never twice', () => {
    const request = { by: '王总', reason: '数据有误', source: 'cli' as const, commit: null };
    const w = plan({ record: record(), withdraw: request });
    expect(w.kind).toBe('withdraw');
    if (w.kind === 'withdraw')
      expect(w.start(record(), facts).withdrawal).toMatchObject({ by: '王总', done_at: null });
    const fresh = plan({ withdraw: request });
    if (fresh.kind === 'withdraw')
      expect(fresh.start(undefined, facts)).toMatchObject({ state: 'claimed', title: '季度通报' });
    expect(plan({ record: record({ state: 'withdrawn' }), withdraw: request })).toMatchObject({
      kind: 'skip',
      reason: { en: 'already withdrawn' },
    });
  });
});

describe("the planner's reasons, in both languages", () => {
  const lease = { run: 'run-a', host: 'runner', pid: 1, until: '2026-11-21T12:05:30+08:00' };
  const request = { by: '王总', reason: '数据有误', source: 'cli' as const, commit: null };
  const failed = (over: Partial<FailureInfo> = {}) =>
    record({ state: 'failed', failure: { ...FAILURE, ...over } });
  const handedOff = { state: 'drafted', method: 'draft-only' } as const;
  const holds = '运行 run-a（runner，pid 1）正在处理本文，占用到 2026-11-21 12:05:30（北京时间）';
  const pending = {
    requested_at: '',
    by: '王总',
    reason: '数据有误',
    source: 'cli' as const,
    commit: null,
    done_at: null,
    deleted: false,
    note: null,
  };
  // Chinese reads times in the policy's zone (to the second when there are seconds); English keeps ISO as recorded.
  const cases: [string, Partial<PlanInput>, string, string][] = [
    ['due', {}, '发布时间 2026-11-12 10:00（北京时间）已到', 'due since 2026-11-12T10:00:00+08:00'],
    [
      'not due',
      { now: Date.parse('2026-11-12T09:59:59+08:00') },
      '发布时间 2026-11-12 10:00（北京时间）未到',
      'not due until 2026-11-12T10:00:00+08:00',
    ],
    [
      'no publish time',
      { source: { ...source, fields: { title: '季度通报' } } },
      'front matter 不完整',
      'front matter incomplete',
    ],
    [
      'withdrawn before it was published',
      { source: { ...source, fields: { ...source.fields, status: 'withdrawn' } } },
      'front matter 写着 status: withdrawn，而本文从未发表过：无事可做',
      'status: withdrawn before it was ever published; nothing to do',
    ],
    [
      'withdraw',
      { record: record(), withdraw: request },
      '撤回请求来自命令行（wxgate withdraw），理由：数据有误',
      'withdraw (cli): 数据有误',
    ],
    [
      'withdraw from the front matter',
      {
        record: record(),
        frontMatterWithdrawal: {
          ...request,
          source: 'front-matter',
          reason: 'status: withdrawn merged in PR #20',
          reasonText: { zh: 'PR #20 合并了 status: withdrawn', en: 'status: withdrawn merged in PR #20' },
        },
      },
      '撤回请求来自文章 front matter（status: withdrawn），理由：PR #20 合并了 status: withdrawn',
      'withdraw (front-matter): status: withdrawn merged in PR #20',
    ],
    [
      'withdraw twice',
      { record: record({ state: 'withdrawn' }), withdraw: request },
      '已撤回，无需再撤回',
      'already withdrawn',
    ],
    [
      'withdraw while another run holds it',
      { record: record({ lease }), withdraw: request },
      `撤回需等待：${holds}`,
      'withdrawal waits: run run-a (runner, pid 1) holds it until 2026-11-21T12:05:30+08:00',
    ],
    [
      'another run holds it',
      { record: record({ state: 'drafted', lease }) },
      holds,
      'run run-a (runner, pid 1) holds it until 2026-11-21T12:05:30+08:00',
    ],
    ['withdrawn', { record: record({ state: 'withdrawn' }) }, '已撤回', 'withdrawn'],
    [
      'a withdrawal not finished',
      { record: record({ withdrawal: pending }) },
      '完成尚未做完的撤回',
      'finish the withdrawal',
    ],
    [
      'deferred (a time recorded in UTC)',
      {
        record: record({
          state: 'drafted',
          deferred: { until: '2026-11-21T04:30:00Z', reason: 'rate limited' },
        }),
      },
      '推迟到 2026-11-21 12:30（北京时间）：rate limited',
      'deferred until 2026-11-21T04:30:00Z: rate limited',
    ],
    ['published', { record: record() }, '已发表', 'published'],
    [
      'published, then changed',
      { record: record({ content_hash: 'sha256:old' }) },
      '文章在发表之后有改动；不会重新发表',
      'the article changed after it was published; not republished',
    ],
    [
      'handed off as a draft',
      { record: record(handedOff) },
      '已作为草稿交出：需要有人在公众号后台点“发表”',
      'handed off as a draft: a person presses 发表 in the MP backend',
    ],
    [
      'handed off as a draft, then changed',
      { record: record({ ...handedOff, content_hash: 'sha256:old' }) },
      '文章在作为草稿交出（需要有人在公众号后台点“发表”）之后有改动；不会重新发表',
      'the article changed after it was handed off as a draft: a person presses 发表 in the MP backend; not republished',
    ],
    [
      'failed, --retry',
      { record: failed({ retry: 'manual' }), retry: true },
      '已要求重试；上次失败：system error',
      'retry asked for after: system error',
    ],
    [
      'failed, then changed',
      { record: { ...failed({ retry: 'manual' }), content_hash: 'sha256:old' } },
      '文章有改动；上次失败：system error',
      'the article changed after: system error',
    ],
    [
      'failed, then the method changed',
      { record: failed({ retry: 'manual' }), account: { ...account, publishMethod: 'draft-only' } },
      '发表方式已改；上次失败：system error',
      'the publish method changed after: system error',
    ],
    [
      'failed, retried later by itself',
      { record: failed() },
      '失败（transient）；2026-11-21 12:10（北京时间）之后再试',
      'failed (transient); next try after 2026-11-21T12:10:00+08:00',
    ],
    [
      'failed, its retry time has come',
      { record: failed(), now: T + 11 * MIN },
      '到了重试时间，再试一次；上次失败：system error',
      'try again after: system error',
    ],
    [
      'failed, waits for a change',
      { record: failed({ retry: 'on-change', kind: 'publish-status' }) },
      '失败（publish-status，文章或发表方式改动后重试）：system error',
      'failed (publish-status, retry on-change): system error',
    ],
    [
      'failed, waits for a person',
      { record: failed({ retry: 'manual', kind: 'late-merge' }) },
      '失败（late-merge，需要有人确认后重试）：system error',
      'failed (late-merge, retry manual): system error',
    ],
    [
      'submitted, polled later',
      {
        record: record({
          state: 'submitted',
          polls: { count: 1, last_at: null, next_at: '2026-11-21T12:02:30+08:00' },
        }),
      },
      '等待微信的结果；2026-11-21 12:02:30（北京时间）再查询',
      'waiting for WeChat; next look at 2026-11-21T12:02:30+08:00',
    ],
    [
      'interrupted',
      { record: record({ state: 'drafted', in_flight: { step: 'submit', run: 'run-a', at: '' } }) },
      '上次在 submit 步中断，从那里接着做',
      'resume after an interrupted submit',
    ],
    [
      'half done',
      { record: record({ state: 'images-uploaded' }) },
      '从“图片已上传”接着做',
      'resume from images-uploaded',
    ],
  ];

  it.each(cases)('%s', (_, over, zh, en) => {
    const p = plan(over);
    expect(p.kind === 'note' ? p.note : p.reason).toEqual({ zh, en });
  });
});

describe('publish records and commit messages', () => {
  it('round-trip through YAML; ids stay text', () => {
    const r = record();
    const text = formatRecord(r);
    expect(text).toContain("publish_id: '2247483648'");
    expect(parseRecord('r.yml', text)).toEqual(r);
    expect(() => parseRecord('r.yml', 'state: nonsense\n')).toThrow(LedgerFormatError);
  });

  it("a person's text cannot add trailers", () => {
    const r = record({
      state: 'withdrawn',
      withdrawal: {
        requested_at: '',
        by: '王总',
        reason: '数据有误\nApproved-by: mallory',
        source: 'cli',
        commit: null,
        done_at: '',
        deleted: true,
        note: null,
      },
    });
    const message = commitMessage(r, 'withdrawn\n\nApproved-by: eve', 'run-b');
    expect(message.match(/^Approved-by:/gm)).toBeNull();
    expect(message).toContain('Wxgate-Withdraw-Reason: 数据有误 Approved-by: mallory');
    expect(message).toContain('Wxgate-PR: 7');
  });
});

describe('a negative lead time', () => {
  it('is explained in the record and its trailer: submitted after publish_at', () => {
    const publishAt = Date.parse('2026-11-12T10:00:00+08:00');
    expect(leadTimeOf(publishAt - 96 * 3_600_000, publishAt)).toEqual({ lead_time_hours: 96 });
    expect(leadTimeOf(null, publishAt)).toEqual({ lead_time_hours: null });
    const late = leadTimeOf(publishAt + 5.5 * 3_600_000, publishAt);
    expect(late).toEqual({ lead_time_hours: -5.5, lead_time_note: NEGATIVE_LEAD_TIME });
    const r = record();
    r.provenance = { ...r.provenance, ...late };
    expect(parseRecord('r.yml', formatRecord(r)).provenance.lead_time_note).toBe(NEGATIVE_LEAD_TIME);
    expect(commitMessage(r, 'published', 'run-b')).toContain(
      'Wxgate-Lead-Time: -5.5h (negative: submitted after its publish_at (the pull request, or the commit adding the article, came later than the time it names))',
    );
  });
});
