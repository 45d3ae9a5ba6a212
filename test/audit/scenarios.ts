import type { Approval } from '../../src/publish/record.js';
import {
  type ArticleSpec,
  articleFiles,
  Company,
  hashOf,
  ledgerMessage,
  type Merged,
  makeRecord,
  POLICY,
} from './company.js';
import type { RepoWriter } from './repos.js';

/**
 * The synthetic histories of the audit tests, written once and run on a real git repository and in memory. Times
 * are Beijing time; the audited period is 2026Q4 and the audit runs at NOW.
 */
export const NOW = Date.parse('2026-12-31T12:00:00+08:00');
export const BEFORE = '2026-09-01T10:00:00+08:00';

const approved = (
  merged: Merged,
  user = 'wang',
  team = 'acme/market-dept',
  at = '2026-11-03T09:00:00+08:00',
): Approval[] => [{ user, team, at, commit: merged.head }];

interface Published {
  spec: ArticleSpec;
  merged: Merged;
  path: string;
  record: string;
}

async function article(
  c: Company,
  n: number,
  spec: ArticleSpec,
  o: { at: string; mergedAt: string; style?: 'merge' | 'squash'; later?: string },
): Promise<Published & { files: Record<string, string | Uint8Array> }> {
  const files = articleFiles(spec);
  const later = o.later ? articleFiles({ ...spec, body: '审批之后又改了正文。' }) : undefined;
  const merged = await c.pr(n, {
    files,
    title: spec.title,
    at: o.at,
    mergedAt: o.mergedAt,
    ...(o.style ? { style: o.style } : {}),
    ...(later && o.later
      ? {
          later: {
            files: { [`content/${spec.key}/index.md`]: later[`content/${spec.key}/index.md`]! },
            at: o.later,
          },
        }
      : {}),
  });
  return {
    spec,
    merged,
    files: later ?? files,
    path: `content/${spec.key}/index.md`,
    record: `records/${spec.key}.yml`,
  };
}

/** Four articles published exactly by the rules: nothing to report. */
export async function cleanHistory(w: RepoWriter) {
  const c = new Company(w);
  await c.init(BEFORE);
  const a1 = await article(
    c,
    10,
    {
      key: 'group/2026-11-12-q3-update',
      title: '三季度经营情况通报',
      publishAt: '2026-11-12T10:00:00+08:00',
    },
    { at: '2026-11-02T10:00:00+08:00', mergedAt: '2026-11-04T15:00:00+08:00' },
  );
  await c.publish(
    makeRecord({
      article: a1.spec,
      merged: a1.merged,
      hash: hashOf(a1.files),
      state: 'published',
      submittedAt: '2026-11-02T10:00:00+08:00',
      publishedAt: '2026-11-12T10:00:05+08:00',
      publishId: '2247483648',
      approvals: approved(a1.merged),
    }),
    '2026-11-12T10:00:05+08:00',
  );
  const a2 = await article(
    c,
    11,
    { key: 'lanchuan-pharma/2026-11-16-flu', title: '冬季流感预防', publishAt: '2026-11-16T09:30:00+08:00' },
    { at: '2026-11-05T10:00:00+08:00', mergedAt: '2026-11-06T10:00:00+08:00', style: 'squash' },
  );
  await c.publish(
    makeRecord({
      article: a2.spec,
      merged: a2.merged,
      hash: hashOf(a2.files),
      state: 'drafted',
      method: 'draft-only',
      submittedAt: '2026-11-05T10:00:00+08:00',
      approvals: approved(a2.merged, 'li', 'acme/lanchuan-pharma-editors', '2026-11-05T12:00:00+08:00'),
    }),
    '2026-11-16T09:30:05+08:00',
  );
  const a3 = await article(
    c,
    12,
    {
      key: 'group/2026-11-20-urgent',
      title: '突发事件通报',
      publishAt: '2026-11-20T09:00:00+08:00',
      urgent: '突发事件须当日通报',
    },
    { at: '2026-11-19T09:00:00+08:00', mergedAt: '2026-11-19T11:00:00+08:00' },
  );
  await c.publish(
    makeRecord({
      article: a3.spec,
      merged: a3.merged,
      hash: hashOf(a3.files),
      state: 'published',
      submittedAt: '2026-11-19T09:00:00+08:00',
      publishedAt: '2026-11-20T09:00:04+08:00',
      publishId: '2247483650',
      approvals: [
        ...approved(a3.merged, 'wang', 'acme/market-dept', '2026-11-19T09:30:00+08:00'),
        ...approved(a3.merged, 'boss', 'acme/gm', '2026-11-19T10:00:00+08:00'),
      ],
      urgent: {
        reason: '突发事件须当日通报',
        gm_approver: 'boss',
        report: 'https://github.com/acme/content/issues/5',
        label: true,
      },
    }),
    '2026-11-20T09:00:04+08:00',
  );
  const a4 = await article(
    c,
    13,
    { key: 'group/2026-12-01-recall', title: '十二月活动预告', publishAt: '2026-12-01T10:00:00+08:00' },
    { at: '2026-11-20T10:00:00+08:00', mergedAt: '2026-11-21T10:00:00+08:00' },
  );
  await c.publish(
    makeRecord({
      article: a4.spec,
      merged: a4.merged,
      hash: hashOf(a4.files),
      state: 'withdrawn',
      submittedAt: '2026-11-20T10:00:00+08:00',
      publishedAt: '2026-12-01T10:00:03+08:00',
      publishId: '2247483652',
      approvals: approved(a4.merged, 'wang', 'acme/market-dept', '2026-11-20T11:00:00+08:00'),
      withdrawal: { by: 'wang', reason: '活动取消', at: '2026-12-02T09:00:00+08:00' },
    }),
    '2026-12-02T09:00:00+08:00',
  );
  return { articles: [a1, a2, a3, a4] };
}

/** One history with each anomaly the audit must find, next to articles it must leave alone. */
export async function dirtyHistory(w: RepoWriter) {
  const c = new Company(w);
  await c.init(BEFORE);
  // Approved an hour after submission.
  const ok = (merged: Merged, submitted: string) =>
    approved(merged, 'wang', 'acme/market-dept', new Date(Date.parse(submitted) + 3_600_000).toISOString());
  const publish = async (
    a: Published & { files: Record<string, string | Uint8Array> },
    submittedAt: string,
    extra: Partial<Parameters<typeof makeRecord>[0]> = {},
  ) => {
    const publishedAt = extra.publishedAt ?? a.spec.publishAt.replace(':00+08:00', ':05+08:00');
    const record = makeRecord({
      article: a.spec,
      merged: a.merged,
      hash: hashOf(a.files),
      state: 'published',
      submittedAt,
      publishedAt,
      publishId: `p-${a.spec.key.slice(-6)}`,
      approvals: ok(a.merged, submittedAt),
      ...extra,
    });
    return { record, sha: await c.publish(record, publishedAt) };
  };

  const clean = await article(
    c,
    10,
    { key: 'group/2026-11-12-clean', title: '正常发布', publishAt: '2026-11-12T10:00:00+08:00' },
    { at: '2026-11-02T10:00:00+08:00', mergedAt: '2026-11-03T10:00:00+08:00' },
  );
  await publish(clean, '2026-11-02T10:00:00+08:00');

  const directPush = await c.push(
    { '.github/CODEOWNERS': '*  @acme/market-dept\n/policies/  @someone\n' },
    'Hand over the policies',
    '2026-11-10T20:00:00+08:00',
  );

  const noGm = await article(
    c,
    11,
    {
      key: 'group/2026-11-18-no-gm',
      title: '加急但无总经理审批',
      publishAt: '2026-11-18T09:00:00+08:00',
      urgent: '领导临时要求',
    },
    { at: '2026-11-17T10:00:00+08:00', mergedAt: '2026-11-17T12:00:00+08:00' },
  );
  await publish(noGm, '2026-11-17T10:00:00+08:00', {
    urgent: { reason: '领导临时要求', gm_approver: null, report: null, label: true },
  });

  const withGm = await article(
    c,
    12,
    {
      key: 'group/2026-11-19-with-gm',
      title: '加急且有总经理审批',
      publishAt: '2026-11-19T09:00:00+08:00',
      urgent: '突发事件',
    },
    { at: '2026-11-18T10:00:00+08:00', mergedAt: '2026-11-18T12:00:00+08:00' },
  );
  await publish(withGm, '2026-11-18T10:00:00+08:00', {
    urgent: {
      reason: '突发事件',
      gm_approver: 'boss',
      report: 'https://github.com/acme/content/issues/7',
      label: true,
    },
  });

  const withdrawn = await article(
    c,
    13,
    { key: 'group/2026-11-21-withdrawn', title: '已撤回的文章', publishAt: '2026-11-21T10:00:00+08:00' },
    { at: '2026-11-10T10:00:00+08:00', mergedAt: '2026-11-11T10:00:00+08:00' },
  );
  await publish(withdrawn, '2026-11-10T10:00:00+08:00', {
    state: 'withdrawn',
    withdrawal: { by: 'wang', reason: '数据有误', at: '2026-11-21T15:00:00+08:00' },
  });

  const policyChange = await c.pr(20, {
    files: { 'policies/wxgate.yml': POLICY.replace(/^ {2}hours: 72$/m, '  hours: 48') },
    title: 'Shorten the lead time',
    at: '2026-11-24T10:00:00+08:00',
    mergedAt: '2026-11-25T10:00:00+08:00',
  });

  const changed = await article(
    c,
    21,
    { key: 'group/2026-11-30-changed', title: '审批后被修改', publishAt: '2026-11-30T10:00:00+08:00' },
    {
      at: '2026-11-20T10:00:00+08:00',
      later: '2026-11-22T10:00:00+08:00',
      mergedAt: '2026-11-23T10:00:00+08:00',
    },
  );
  await publish(changed, '2026-11-20T10:00:00+08:00', {
    approvals: [
      {
        user: 'wang',
        team: 'acme/market-dept',
        at: '2026-11-21T09:00:00+08:00',
        commit: changed.merged.first,
      },
    ],
  });

  const tampered = await article(
    c,
    22,
    {
      key: 'group/2026-12-01-tampered',
      title: '发出的内容与合并的不同',
      publishAt: '2026-12-01T10:00:00+08:00',
    },
    { at: '2026-11-20T10:00:00+08:00', mergedAt: '2026-11-21T10:00:00+08:00' },
  );
  const wrongHash = hashOf(articleFiles({ ...tampered.spec, body: '发布时被替换的正文。' }));
  await publish(tampered, '2026-11-20T10:00:00+08:00', { hash: wrongHash });

  const twice = await article(
    c,
    23,
    { key: 'group/2026-12-02-twice', title: '发布了两次', publishAt: '2026-12-02T10:00:00+08:00' },
    { at: '2026-11-20T10:00:00+08:00', mergedAt: '2026-11-21T10:00:00+08:00' },
  );
  const first = await publish(twice, '2026-11-20T10:00:00+08:00', { publishId: '111' });
  const second = await publish(twice, '2026-11-20T10:00:00+08:00', {
    publishId: '222',
    publishedAt: '2026-12-02T11:00:00+08:00',
  });

  const edited = await article(
    c,
    24,
    { key: 'group/2026-12-03-trailer', title: '附注被改过', publishAt: '2026-12-03T10:00:00+08:00' },
    { at: '2026-11-20T10:00:00+08:00', mergedAt: '2026-11-21T10:00:00+08:00' },
  );
  const editedRecord = makeRecord({
    article: edited.spec,
    merged: edited.merged,
    hash: hashOf(edited.files),
    state: 'published',
    submittedAt: '2026-11-20T10:00:00+08:00',
    publishedAt: '2026-12-03T10:00:05+08:00',
    publishId: 'p-trailer',
    approvals: ok(edited.merged, '2026-11-20T10:00:00+08:00'),
  });
  await c.publish(editedRecord, '2026-12-03T10:00:05+08:00');
  const forged = ledgerMessage({ ...editedRecord, revision: 3 }).replace(
    /^Approved-by: .*$/m,
    'Approved-by: boss (acme/gm) 2026-11-20T11:00:00+08:00 000000000000',
  );
  const forgedCommit = await c.write({ ...editedRecord, revision: 3 }, '2026-12-03T11:00:00+08:00', forged);

  const missed = await article(
    c,
    25,
    { key: 'group/2026-12-05-missed', title: '到期未发布', publishAt: '2026-12-05T10:00:00+08:00' },
    { at: '2026-11-25T10:00:00+08:00', mergedAt: '2026-11-26T10:00:00+08:00' },
  );

  const ghostSpec: ArticleSpec = {
    key: 'group/2026-12-06-ghost',
    title: '不存在的文章',
    publishAt: '2026-12-06T10:00:00+08:00',
  };
  const ghost = makeRecord({
    article: ghostSpec,
    merged: clean.merged,
    hash: hashOf(articleFiles(ghostSpec)),
    state: 'published',
    submittedAt: '2026-11-25T10:00:00+08:00',
    publishedAt: '2026-12-06T10:00:05+08:00',
    publishId: 'p-ghost',
    approvals: ok(clean.merged, '2026-11-25T10:00:00+08:00'),
  });
  const ghostCommit = await c.publish(ghost, '2026-12-06T10:00:05+08:00');

  const later = await article(
    c,
    26,
    { key: 'group/2026-12-07-later', title: '发布后被修改', publishAt: '2026-12-07T10:00:00+08:00' },
    { at: '2026-11-25T10:00:00+08:00', mergedAt: '2026-11-26T11:00:00+08:00' },
  );
  await publish(later, '2026-11-25T10:00:00+08:00');
  const laterEdit = await c.pr(27, {
    files: { [later.path]: articleFiles({ ...later.spec, body: '发布之后改的正文。' })[later.path]! },
    title: 'Fix a typo after publishing',
    at: '2026-12-08T10:00:00+08:00',
    mergedAt: '2026-12-09T10:00:00+08:00',
  });

  const unapproved = await article(
    c,
    28,
    { key: 'group/2026-12-10-unapproved', title: '缺审批', publishAt: '2026-12-10T10:00:00+08:00' },
    { at: '2026-11-25T10:00:00+08:00', mergedAt: '2026-11-26T12:00:00+08:00' },
  );
  await publish(unapproved, '2026-11-25T10:00:00+08:00', { approvalsCheck: 'fail' });

  const unknown = await article(
    c,
    29,
    { key: 'group/2026-12-11-unknown', title: '审批未知', publishAt: '2026-12-11T10:00:00+08:00' },
    { at: '2026-11-25T10:00:00+08:00', mergedAt: '2026-11-26T13:00:00+08:00' },
  );
  await publish(unknown, '2026-11-25T10:00:00+08:00', { approvals: 'unknown' });

  return {
    clean,
    directPush,
    noGm,
    withGm,
    withdrawn,
    policyChange,
    changed,
    tampered,
    wrongHash,
    twice: { ...twice, first: first.sha, second: second.sha },
    edited: { ...edited, forgedCommit },
    missed,
    ghost: { record: 'records/group/2026-12-06-ghost.yml', commit: ghostCommit },
    later: { ...later, edit: laterEdit },
    unapproved,
    unknown,
  };
}

/** Every anomaly the dirty history holds, as [kind, severity, article folder or null]: nothing more, nothing less. */
export const EXPECTED_DIRTY: [string, string, string | null][] = [
  ['content-mismatch', 'error', 'group/2026-11-30-changed'],
  ['content-mismatch', 'error', 'group/2026-12-01-tampered'],
  ['approval-missing', 'error', 'group/2026-12-10-unapproved'],
  ['lead-time', 'error', 'group/2026-11-18-no-gm'],
  ['direct-push', 'error', null],
  ['unpublished', 'error', 'group/2026-12-05-missed'],
  ['record-without-article', 'error', 'group/2026-12-06-ghost'],
  ['double-publish', 'error', 'group/2026-12-02-twice'],
  ['trailer-mismatch', 'error', 'group/2026-12-03-trailer'],
  ['approvals-unknown', 'warning', 'group/2026-12-11-unknown'],
  ['edited-after-publish', 'warning', 'group/2026-12-07-later'],
  ['policy-change', 'info', null],
  ['policy-change', 'info', null],
];
