import { localDate, parseIso } from '../platform/time.js';
import type { ArticleRow } from './articles.js';
import { monthsOf, type Period } from './period.js';

/** The numbers behind the charts of the HTML page, computed once so every format agrees. */
export interface Figures {
  months: string[];
  /** Articles that went out, per account (rows) and month (columns). */
  perAccountMonth: { accounts: string[]; counts: number[][] };
  /** Lead times in hours of the articles that went out, and the policy's line. */
  leadTimes: { hours: number[]; policyHours: number; policyLabel: { zh: string; en: string } };
  urgentPerMonth: number[];
  /** Hours from submission to each approval, per reviewer team. */
  turnaround: { team: string; count: number; median: number; max: number }[];
}

const OUT = new Set(['published', 'handed-off', 'withdrawn']);

function monthOf(row: ArticleRow, zone: string): string | undefined {
  const at = parseIso(row.published_at ?? row.publish_at);
  return at === undefined ? undefined : localDate(at, zone).slice(0, 7);
}

export function figures(
  rows: readonly ArticleRow[],
  period: Period,
  policy: { hours: number; zh: string; en: string },
): Figures {
  const months = monthsOf(period);
  const accounts = [...new Set(rows.map((r) => r.account))].sort();
  const counts = accounts.map(() => months.map(() => 0));
  const urgentPerMonth = months.map(() => 0);
  const hours: number[] = [];
  const byTeam = new Map<string, number[]>();
  for (const row of rows) {
    const went = OUT.has(row.status) && (row.status !== 'withdrawn' || row.published_at !== null);
    const month = monthOf(row, period.timeZone);
    const m = month === undefined ? -1 : months.indexOf(month);
    if (went && m >= 0) counts[accounts.indexOf(row.account)]![m]!++;
    if (row.urgent && m >= 0) urgentPerMonth[m]!++;
    if (went && row.lead_time_hours !== null) hours.push(row.lead_time_hours);
    const submitted = parseIso(row.submitted_at);
    if (row.approvals !== 'unknown' && submitted !== undefined) {
      for (const a of row.approvals) {
        const at = parseIso(a.at);
        if (at === undefined) continue;
        const team = a.team ?? `@${a.user}`;
        const list = byTeam.get(team) ?? [];
        list.push(Math.round(((at - submitted) / 3_600_000) * 10) / 10);
        byTeam.set(team, list);
      }
    }
  }
  const turnaround = [...byTeam]
    .map(([team, list]) => {
      const sorted = [...list].sort((a, b) => a - b);
      const mid = Math.floor(sorted.length / 2);
      const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
      return {
        team,
        count: list.length,
        median: Math.round(median * 10) / 10,
        max: sorted[sorted.length - 1]!,
      };
    })
    .sort((a, b) => a.team.localeCompare(b.team));
  return {
    months,
    perAccountMonth: { accounts, counts },
    leadTimes: { hours, policyHours: policy.hours, policyLabel: { zh: policy.zh, en: policy.en } },
    urgentPerMonth,
    turnaround,
  };
}
