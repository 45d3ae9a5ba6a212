import { isoIn } from '../../platform/time.js';
import type { PublishRecord } from '../../publish/record.js';
import type { LocalizedText } from '../../text/vocabulary.js';
import type { ArticleRow } from '../articles.js';
import type { Commit } from '../history.js';
import type { Anomaly, AnomalyKind, Evidence, Severity } from '../types.js';

/** What every anomaly rule reads: the evidence, the period's article rows, and indexes built once. */
export class RuleContext {
  private byRecordPath: Map<string, Commit[]> | undefined;

  constructor(
    readonly e: Evidence,
    readonly rows: readonly ArticleRow[],
  ) {}

  recordOf(row: ArticleRow): PublishRecord | undefined {
    return row.record ? this.e.records.get(row.record)?.record : undefined;
  }

  /** The ledger commits that wrote a record, newest first. */
  ledgerCommits(recordPath: string): Commit[] {
    if (!this.byRecordPath) {
      this.byRecordPath = new Map();
      const ledger = this.e.ledger;
      for (const sha of ledger?.chain ?? []) {
        const commit = ledger!.commits.get(sha)!;
        for (const c of commit.changes) {
          const list = this.byRecordPath.get(c.path);
          if (list) list.push(commit);
          else this.byRecordPath.set(c.path, [commit]);
        }
      }
    }
    return this.byRecordPath.get(recordPath) ?? [];
  }

  /** Whether an anomaly about an account's article belongs in this audit (`--account`). */
  wants(account: string | null): boolean {
    return this.e.account === undefined || account === null || account === this.e.account;
  }
}

export type Rule = (ctx: RuleContext) => Anomaly[];

export interface AnomalyInput {
  severity: Severity;
  article?: string | null;
  account?: string | null;
  record?: string | null;
  commits?: (string | null | undefined)[];
  detail: LocalizedText;
  commands?: string[];
  data?: Record<string, unknown>;
}

export function anomaly(kind: AnomalyKind, a: AnomalyInput): Anomaly {
  return {
    kind,
    severity: a.severity,
    article: a.article ?? null,
    account: a.account ?? null,
    record: a.record ?? null,
    commits: [...new Set((a.commits ?? []).filter((c): c is string => Boolean(c)))],
    detail: a.detail,
    commands: a.commands ?? [],
    ...(a.data ? { data: a.data } : {}),
  };
}

/** The fields of an anomaly about one article row. */
export function about(row: ArticleRow): Pick<AnomalyInput, 'article' | 'account' | 'record'> {
  return { article: row.path, account: row.account, record: row.record };
}

/** Both languages of a sentence built from the same facts. */
export const say = (zh: string, en: string): LocalizedText => ({ zh, en });

/** A commit time (git writes it in the committer's own offset) in the policy time zone, as the report speaks. */
export function localTime(e: Evidence, iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : isoIn(ms, e.period.timeZone);
}
