import { isoIn } from '../../platform/time.js';
import type { Locale } from '../../text/vocabulary.js';
import type { AuditReport } from '../report.js';
import { ANOMALY_KINDS } from '../types.js';
import { pick } from './labels.js';

/**
 * The stable JSON contract (README, "wxgate audit" → JSON): `period`, `repository`, `generated_at`, `summary`,
 * `articles`, `anomalies` (each with `kind`, `severity`, `article`, `commits`, `detail`, and the evidence: `item`,
 * `account`, `record`, `commands`, `data`) and `checkpoints`. Fields are only ever added.
 */
export function formatJson(report: AuditReport, locale: Locale): string {
  const p = report.period;
  const json = {
    period: {
      label: p.label,
      from: isoIn(p.from, p.timeZone),
      until: isoIn(p.until, p.timeZone),
      first_day: p.firstDay,
      last_day: p.lastDay,
      time_zone: p.timeZone,
    },
    repository: report.repository,
    generated_at: report.generated_at,
    account: report.account,
    policy: report.policy,
    summary: report.summary,
    articles: report.articles,
    anomalies: report.anomalies.map((a) => ({
      kind: a.kind,
      severity: a.severity,
      article: a.article,
      commits: a.commits,
      detail: pick(a.detail, locale),
      item: ANOMALY_KINDS[a.kind],
      account: a.account,
      record: a.record,
      commands: a.commands,
      data: a.data ?? {},
    })),
    checkpoints: report.checkpoints.map((c) => ({ ...c, problems: c.problems.map((x) => pick(x, locale)) })),
    verified_since: report.verified_since,
    figures: report.figures,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
