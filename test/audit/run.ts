import type { AuditRequest } from '../../src/app/audit.js';
import type { Checkpoint } from '../../src/audit/checkpoint.js';
import { gatherEvidence } from '../../src/audit/gather.js';
import type { PeriodRequest } from '../../src/audit/period.js';
import { buildReport } from '../../src/audit/report.js';
import { articleFiles, Company, hashOf, LEDGER, MAIN, makeRecord, POLICY } from './company.js';
import { MemoryRepo } from './repos.js';
import { BEFORE, NOW } from './scenarios.js';

/** How the audit tests run the audit: on a repository through the use case, or on a history in memory. */

/** [kind, severity, article folder] of a report's anomalies, in report order. */
export function kindsOf(anomalies: readonly { kind: string; severity: string; article: string | null }[]) {
  return anomalies.map((a) => [
    a.kind,
    a.severity,
    a.article ? a.article.replace(/^content\//, '').replace(/\/index\.md$/, '') : null,
  ]);
}

/** `wxgate audit` of 2026Q4 at NOW in a repository, as JSON in English, with what a test changes. */
export function auditRequest(cwd: string, o: Partial<AuditRequest> = {}): AuditRequest {
  return {
    cwd,
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GITHUB_ACTOR: 'auditor', GITHUB_REPOSITORY: '' },
    now: NOW,
    period: { kind: 'quarter', quarter: '2026Q4' },
    format: 'json',
    locale: 'en',
    policiesDir: 'policies',
    graceHours: 24,
    failOn: 'error',
    checkpoint: false,
    log: { info: () => {}, warn: () => {} },
    ...o,
  };
}

/** The audit's report of a history held in memory (main and wxgate-ledger). */
export async function auditInMemory(
  repo: MemoryRepo,
  o: { period?: PeriodRequest; now?: number; account?: string; graceHours?: number } = {},
) {
  const evidence = await gatherEvidence({
    port: repo,
    contentRefs: [MAIN],
    ledgerRefs: [LEDGER],
    ledgerRequired: false,
    policiesDir: 'policies',
    period: o.period ?? { kind: 'quarter', quarter: '2026Q4' },
    now: o.now ?? NOW,
    ...(o.account ? { account: o.account } : {}),
    graceMs: (o.graceHours ?? 24) * 3_600_000,
  });
  return buildReport(evidence, 'acme/content');
}

/** The 2026Q4 audit's checkpoint of the given tips, as `wxgate audit --checkpoint` writes it. */
export function checkpointOf(contentTip: string, ledgerTip: string | null): Checkpoint {
  return {
    period: '2026Q4',
    from: '2026-10-01T00:00:00+08:00',
    until: '2027-01-01T00:00:00+08:00',
    generated_at: '2027-01-01T09:17:00+08:00',
    by: 'auditor',
    run: null,
    content_ref: MAIN,
    content_tip: contentTip,
    ledger_ref: LEDGER,
    ledger_tip: ledgerTip,
    anomalies: { error: 0, warning: 0, info: 0 },
    wxgate: '0.1.0',
  };
}

/** A repository with policies, and helpers to add one article end to end. */
export async function memoryCompany(policy = POLICY) {
  const repo = new MemoryRepo();
  const c = new Company(repo);
  await c.init(BEFORE, policy);
  let pr = 100;
  const publishOne = async (
    key: string,
    o: {
      submittedAt?: string;
      mergedAt?: string;
      publishAt?: string;
      record?: Partial<Parameters<typeof makeRecord>[0]>;
      style?: 'merge' | 'squash';
    } = {},
  ) => {
    const spec = { key, title: `标题 ${key}`, publishAt: o.publishAt ?? '2026-11-20T10:00:00+08:00' };
    const files = articleFiles(spec);
    const submittedAt = o.submittedAt ?? '2026-11-10T10:00:00+08:00';
    const merged = await c.pr(++pr, {
      files,
      title: spec.title,
      at: submittedAt,
      mergedAt: o.mergedAt ?? '2026-11-11T10:00:00+08:00',
      ...(o.style ? { style: o.style } : {}),
    });
    const record = makeRecord({
      article: spec,
      merged,
      hash: hashOf(files),
      state: 'published',
      submittedAt,
      publishedAt: spec.publishAt.replace(':00+08:00', ':05+08:00'),
      publishId: `p-${key}`,
      approvals: [{ user: 'wang', team: 'acme/market-dept', at: submittedAt, commit: merged.head }],
      ...o.record,
    });
    const sha = await c.publish(record, spec.publishAt);
    return { spec, files, merged, record, sha };
  };
  return { repo, c, publishOne };
}
