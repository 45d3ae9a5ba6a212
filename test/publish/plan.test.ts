import { describe, expect, it } from 'vitest';
import type { Account } from '../../src/config/accounts.js';
import type { ArticleSource } from '../../src/publish/articles.js';
import { type ArticleFacts, type PlanInput, planFor } from '../../src/publish/plan.js';
import { leadTimeOf, NEGATIVE_LEAD_TIME } from '../../src/publish/provenance.js';
import {
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
      reason: 'not due until 2026-11-12T10:00:00+08:00',
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
      reason: expect.stringContaining('run run-a'),
    });
    expect(plan({ record: held, now: T + 6 * MIN }).kind).toBe('work');
    expect(plan({ record: held, isAlive: () => false }).kind).toBe('work');
  });

  it('never takes a published article again; a later change is noted once', () => {
    expect(plan({ record: record({ content_hash: 'sha256:new' }) })).toEqual({
      kind: 'skip',
      reason: 'published',
    });
    expect(plan({ record: record({ content_hash: 'sha256:old' }) })).toMatchObject({ kind: 'note' });
    expect(
      plan({ record: record({ content_hash: 'sha256:old', later_content_hash: 'sha256:new' }) }).kind,
    ).toBe('skip');
  });

  it('a failure is tried again automatically after its time, or on a change, or on --retry', () => {
    const failure = {
      at: '',
      step: 'submit',
      kind: 'transient',
      errcode: -1,
      message: 'system error',
      hint: '',
      retry: 'automatic' as const,
      retry_after: '2026-11-21T12:10:00+08:00',
      attempts: 1,
      resume_from: 'drafted' as const,
      method: 'freepublish' as const,
    };
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
      reason: 'resume after an interrupted submit',
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
    expect(plan({ record: record({ state: 'withdrawn' }), withdraw: request })).toEqual({
      kind: 'skip',
      reason: 'already withdrawn',
    });
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
