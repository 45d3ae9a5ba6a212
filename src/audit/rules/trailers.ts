import { recordPath } from '../../publish/record.js';
import { commitMessage } from '../../publish/trailers.js';
import { sh, short, shortRef } from '../commands.js';
import { commitTrailers, subjectOf, trailer, trailersOf } from '../history.js';
import type { Anomaly, RecordVersion } from '../types.js';
import { anomaly, type RuleContext, say } from './context.js';

/** Trailers wxgate adds to every write whatever the record says: not facts to compare. */
const UNCOMPARED = new Set(['wxgate-write-id']);

/**
 * (8b) Every ledger commit since the last intact checkpoint of an earlier period says in its trailers what the
 * record it wrote says: the expected message is built by the publisher's own `commitMessage` from the record in
 * that commit, and the trailers must be exactly its trailers (the run id taken from the commit). A record written
 * without trailers, deleted, unreadable, or filed under another article's path is reported too.
 */
export function trailerMismatch(ctx: RuleContext): Anomaly[] {
  const { e } = ctx;
  const out: Anomaly[] = [];
  const reported = new Set<string>();
  for (const v of e.versions) {
    const problem = versionProblem(ctx, v);
    if (!problem) continue;
    reported.add(v.path);
    const account = v.path.split('/')[1] ?? null;
    if (!ctx.wants(account)) continue;
    out.push(
      anomaly('trailer-mismatch', {
        severity: 'error',
        article: v.record?.article ?? null,
        account,
        record: v.path,
        commits: [v.commit],
        detail: say(
          `记录分支提交 ${short(v.commit)}（${v.path}）：${problem.zh}`,
          `ledger commit ${short(v.commit)} (${v.path}): ${problem.en}`,
        ),
        commands: [
          `git log -1 --format=${sh('%H%n%B')} ${short(v.commit)}`,
          `git show ${sh(`${short(v.commit)}:${v.path}`)}`,
        ],
        ...(problem.data ? { data: problem.data } : {}),
      }),
    );
  }
  for (const entry of e.records.values()) {
    if (!entry.error || reported.has(entry.path)) continue;
    const account = entry.path.split('/')[1] ?? null;
    if (!ctx.wants(account)) continue;
    out.push(
      anomaly('trailer-mismatch', {
        severity: 'error',
        account,
        record: entry.path,
        commits: [entry.lastCommit],
        detail: say(
          `记录 ${entry.path} 无法读取：${entry.error}`,
          `the record ${entry.path} cannot be read: ${entry.error}`,
        ),
        commands: [`git show ${sh(`${shortRef(e.ledgerRef)}:${entry.path}`)}`],
      }),
    );
  }
  return out;
}

type Problem = { zh: string; en: string; data?: Record<string, unknown> };

function versionProblem(ctx: RuleContext, v: RecordVersion): Problem | undefined {
  if (v.status === 'D')
    return {
      zh: '删除了发布记录（wxgate 从不删除记录）',
      en: 'deleted the publish record (wxgate never deletes one)',
    };
  if (v.error || !v.record)
    return { zh: `记录无法读取：${v.error ?? ''}`, en: `the record cannot be read: ${v.error ?? ''}` };
  const commit = ctx.e.ledger?.commits.get(v.commit);
  if (!commit) return undefined;
  const actual = commitTrailers(commit);
  if (!trailer(actual, 'Wxgate-Article')) {
    return {
      zh: '提交没有 wxgate 的附注（trailer）：不是 wxgate 写入的',
      en: 'the commit has no wxgate trailers: wxgate did not write it',
    };
  }
  const r = v.record;
  const key = r.article.replace(/^content\//, '').replace(/\/index\.md$/, '');
  if (recordPath(key) !== v.path) {
    return {
      zh: `记录写的是文章 ${r.article}，却存放在 ${v.path}`,
      en: `the record is for ${r.article} but is filed as ${v.path}`,
    };
  }
  const expectedMessage = commitMessage(r, '', trailer(actual, 'Wxgate-Run') ?? '');
  const expected = trailersOf(expectedMessage).map(([k, val]) => `${k}: ${val}`);
  const got = actual.filter(([k]) => !UNCOMPARED.has(k.toLowerCase())).map(([k, val]) => `${k}: ${val}`);
  const subject = subjectOf(expectedMessage);
  const subjectDiffers = subjectOf(commit.message) !== subject;
  // What the publisher wrote comes back in the same order: the common case needs no counting.
  if (!subjectDiffers && expected.join('\n') === got.join('\n')) return undefined;
  const missing = multisetMinus(expected, got);
  const extra = multisetMinus(got, expected);
  if (missing.length === 0 && extra.length === 0 && !subjectDiffers) return undefined;
  const list = (lines: string[]) =>
    lines.slice(0, 6).join(' | ') + (lines.length > 6 ? ` … (+${lines.length - 6})` : '');
  const parts: Problem[] = [];
  if (extra.length) parts.push({ zh: `附注写着「${list(extra)}」`, en: `the trailers say "${list(extra)}"` });
  if (missing.length)
    parts.push({ zh: `记录内容对应「${list(missing)}」`, en: `the record says "${list(missing)}"` });
  if (subjectDiffers) parts.push({ zh: `标题应为「${subject}」`, en: `the subject should be "${subject}"` });
  return {
    zh: `附注与记录内容不一致：${parts.map((p) => p.zh).join('；')}`,
    en: `the trailers and the record disagree: ${parts.map((p) => p.en).join('; ')}`,
    data: {
      trailers_only: extra,
      record_only: missing,
      subject: subjectOf(commit.message),
      expected_subject: subject,
    },
  };
}

function multisetMinus(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  const out: string[] = [];
  for (const x of a) {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    else out.push(x);
  }
  return out;
}
