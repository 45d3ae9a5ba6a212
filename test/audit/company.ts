import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentHashOf } from '../../src/publish/articles.js';
import type { GitHubProvenance } from '../../src/publish/provenance.js';
import { type Approval, formatRecord, type PublishRecord, recordPath } from '../../src/publish/record.js';
import { commitMessage } from '../../src/publish/trailers.js';
import { PERSON, type RepoWriter, type Who } from './repos.js';

/**
 * A company's content repository as the audit sees it, written through a RepoWriter: policies, articles merged
 * from pull requests the way GitHub writes them, direct pushes, and publish records on the ledger branch written
 * with the publisher's own formatRecord and commitMessage — so the test data is what the publisher writes.
 */
export const ROOT = resolve(import.meta.dirname, '../..');
export const MAIN = 'refs/heads/main';
export const LEDGER = 'refs/heads/wxgate-ledger';
export const GITHUB: Who = { name: 'GitHub', email: 'noreply@github.com' };
export const WRITER: Who = { name: 'Zhang Wei', email: 'zhangwei@example.com' };
export const BOT: Who = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

export const POLICY = readFileSync(join(ROOT, 'policies/wxgate.yml'), 'utf8');
export const ACCOUNTS = readFileSync(join(ROOT, 'policies/accounts.yml'), 'utf8');
const COVER = readFileSync(join(ROOT, 'content/group/2026-11-12-q3-operating-update/cover.png'));

export interface ArticleSpec {
  /** `<account>/<YYYY-MM-DD>-<slug>` */
  key: string;
  title: string;
  publishAt: string;
  body?: string;
  urgent?: string;
}

/** The files of an article folder. */
export function articleFiles(a: ArticleSpec): Record<string, string | Uint8Array> {
  const urgent = a.urgent ? `urgent:\n  reason: ${JSON.stringify(a.urgent)}\n` : '';
  return {
    [`content/${a.key}/index.md`]: `---\ntitle: ${JSON.stringify(a.title)}\nauthor: 张伟\npublish_at: "${a.publishAt}"\ncover: cover.png\n${urgent}---\n\n${a.body ?? '正文。'}\n`,
    [`content/${a.key}/cover.png`]: COVER,
  };
}

/** The publisher's content hash of those files. */
export function hashOf(files: Record<string, string | Uint8Array | null>): string {
  return contentHashOf(
    Object.entries(files)
      .filter((e): e is [string, string | Uint8Array] => e[1] !== null)
      .map(([path, content]) => ({
        name: path.split('/').pop()!,
        bytes: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
      })),
  );
}

export interface Merged {
  head: string;
  merge: string;
  /** The commit that added the article (the submission, by author date). */
  first: string;
}

export interface RecordSpec {
  article: ArticleSpec;
  merged: Merged;
  /** The content hash that went out (default: the merged files' hash). */
  hash: string;
  state: PublishRecord['state'];
  method?: PublishRecord['method'];
  submittedAt: string;
  publishedAt?: string;
  publishId?: string;
  /** Approvals known from GitHub (with the approvals check at merge), or unknown (git-only source). */
  approvals?: Approval[] | 'unknown';
  approvalsCheck?: 'pass' | 'fail';
  urgent?: { reason: string; gm_approver: string | null; report: string | null; label: boolean };
  withdrawal?: { by: string; reason: string; at: string };
}

const hours = (from: string, to: string) =>
  Math.round(((Date.parse(to) - Date.parse(from)) / 3_600_000) * 10) / 10;

/** A publish record as the publisher writes it (GitHub facts when approvals are known). */
export function makeRecord(s: RecordSpec): PublishRecord {
  const [account = ''] = s.article.key.split('/');
  const approvals = s.approvals ?? 'unknown';
  const github: GitHubProvenance | undefined =
    approvals === 'unknown'
      ? undefined
      : {
          url: `https://github.com/acme/content/pull/${s.merged.merge.slice(0, 4)}`,
          author: 'zhangwei',
          merged_at: s.submittedAt,
          merged_by: 'wang',
          head_commit: s.merged.head,
          found_by: 'GET /repos/{o}/{r}/commits/{sha}/pulls',
          rules_commit: null,
          approvals_check: s.approvalsCheck ?? 'pass',
          required: [
            {
              source: '.github/CODEOWNERS:2',
              owners: ['@acme/market-dept'],
              satisfied_by: approvals.map((a) => a.user),
              status: s.approvalsCheck ?? 'pass',
            },
          ],
          ignored: [],
          team_lookups: [],
          schedule: {
            lead_time_hours: null,
            required_hours: 72,
            urgent: s.urgent?.label ?? false,
            status: 'pass',
          },
          check_runs: { 'wxgate / compliance': 'success' },
          urgent: s.urgent?.label ? { gm_approver: s.urgent.gm_approver, report: s.urgent.report } : null,
          unreadable: [],
        };
  const published = s.publishedAt;
  return {
    article: `content/${s.article.key}/index.md`,
    account,
    title: s.article.title,
    method: s.method ?? 'freepublish',
    state: s.state,
    revision: 1,
    content_hash: s.hash,
    publish_at: s.article.publishAt,
    source_commit: s.merged.merge,
    provenance: {
      article_commit: s.merged.head,
      merge_commit: s.merged.merge,
      pr: 10,
      pr_title: s.article.title,
      pr_source: github ? 'github' : 'git',
      author: { name: WRITER.name, email: WRITER.email },
      submitted_at: s.submittedAt,
      submitted_at_source: 'pull request creation time (GitHub)',
      lead_time_hours: hours(s.submittedAt, s.article.publishAt),
      approvals,
      approvals_source: github ? 'GitHub reviews' : 'unknown: reviews live in GitHub, not in git',
      ...(github ? { github } : {}),
    } as PublishRecord['provenance'],
    urgent: s.urgent
      ? { reason: s.urgent.reason, gm_approver: s.urgent.gm_approver, report: s.urgent.report }
      : null,
    checks: { errors: 0, warnings: 0, infos: 0, rules: [] },
    wechat: {
      images: [],
      draft_media_id: `draft-${s.article.key}`,
      ...(s.publishId
        ? {
            publish_id: s.publishId,
            article_id: `art-${s.publishId}`,
            url: `https://mp.weixin.qq.com/s/${s.publishId}`,
          }
        : {}),
    },
    ...(s.method === 'draft-only' ? { handoff: 'a person presses 发表 in the MP backend' } : {}),
    times: {
      claimed_at: s.article.publishAt,
      ...(published ? { published_at: published } : {}),
      ...(s.withdrawal ? { withdrawn_at: s.withdrawal.at } : {}),
    },
    ...(s.withdrawal
      ? {
          withdrawal: {
            requested_at: s.withdrawal.at,
            by: s.withdrawal.by,
            reason: s.withdrawal.reason,
            source: 'cli' as const,
            commit: null,
            done_at: s.withdrawal.at,
            deleted: true,
            note: null,
          },
        }
      : {}),
    history: [{ at: s.article.publishAt, state: s.state, run: 'run-1', event: 'test' }],
  };
}

let writes = 0;
/** The message the ledger writes: the publisher's commitMessage, plus the write id GitLedger adds. */
export function ledgerMessage(record: PublishRecord, run = 'gha-1-1-abcd'): string {
  return `${commitMessage(record, `test event ${++writes}`, run).trimEnd()}\nWxgate-Write-Id: ${String(writes).padStart(16, '0')}\n`;
}

export class Company {
  constructor(readonly w: RepoWriter) {}

  /** The first commit: policies and CODEOWNERS (before the audited period). */
  init(at: string, policy = POLICY): Promise<string> {
    return this.w.commit({
      branch: MAIN,
      message: 'Policies and CODEOWNERS',
      at,
      files: {
        'policies/wxgate.yml': policy,
        'policies/accounts.yml': ACCOUNTS,
        '.github/CODEOWNERS': '*  @acme/market-dept\n/policies/  @acme/wxgate-admins\n',
      },
    });
  }

  /**
   * A pull request: a commit on its branch (submitted at `at`), optionally more pushes, merged by GitHub at
   * `mergedAt` (merge commit "Merge pull request #N from …", or a squash "title (#N)").
   */
  async pr(
    n: number,
    o: {
      files: Record<string, string | Uint8Array | null>;
      title: string;
      at: string;
      mergedAt: string;
      later?: { files: Record<string, string | Uint8Array | null>; at: string };
      style?: 'merge' | 'squash';
      mergedBy?: Who;
    },
  ): Promise<Merged> {
    const base = this.w.tip(MAIN)!;
    const branch = `refs/heads/pr-${n}`;
    const first = await this.w.commit({
      branch,
      parents: [base],
      files: o.files,
      message: `Add ${o.title}`,
      at: o.at,
      author: WRITER,
    });
    const head = o.later
      ? await this.w.commit({
          branch,
          files: o.later.files,
          message: `Update ${o.title}`,
          at: o.later.at,
          author: WRITER,
        })
      : first;
    const all = { ...o.files, ...(o.later?.files ?? {}) };
    const merge =
      o.style === 'squash'
        ? await this.w.commit({
            branch: MAIN,
            parents: [base],
            files: all,
            message: `${o.title} (#${n})`,
            at: o.mergedAt,
            author: WRITER,
            committer: o.mergedBy ?? GITHUB,
          })
        : await this.w.commit({
            branch: MAIN,
            parents: [base, head],
            files: all,
            message: `Merge pull request #${n} from acme/pr-${n}\n\n${o.title}`,
            at: o.mergedAt,
            author: PERSON,
            committer: o.mergedBy ?? GITHUB,
          });
    return { head, merge, first };
  }

  push(
    files: Record<string, string | Uint8Array | null>,
    message: string,
    at: string,
    who: Who = PERSON,
  ): Promise<string> {
    return this.w.commit({ branch: MAIN, files, message, at, author: who });
  }

  /** One ledger commit writing `record` (formatRecord + commitMessage); `message` replaces the message. */
  write(record: PublishRecord, at: string, message?: string): Promise<string> {
    const key = record.article.replace(/^content\//, '').replace(/\/index\.md$/, '');
    return this.w.commit({
      branch: LEDGER,
      files: { [recordPath(key)]: formatRecord(record) },
      message: message ?? ledgerMessage(record),
      at,
      author: BOT,
    });
  }

  /** claimed, then the final state: two ledger commits, as a run that publishes at once writes at least. */
  async publish(record: PublishRecord, at: string): Promise<string> {
    const claimed: PublishRecord = {
      ...structuredClone(record),
      state: 'claimed',
      revision: 1,
      wechat: { images: [] },
      times: { claimed_at: at },
    };
    delete claimed.withdrawal;
    delete claimed.handoff;
    await this.write(claimed, at);
    return this.write({ ...record, revision: 2 }, at);
  }
}
