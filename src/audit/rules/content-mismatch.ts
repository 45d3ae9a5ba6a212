import type { PublishRecord } from '../../publish/record.js';
import { dirOf, wentOut } from '../articles.js';
import { findCommit } from '../branch.js';
import { listFolder, short, showRecord } from '../commands.js';
import { type Anomaly, type Evidence, folderKey } from '../types.js';
import { about, anomaly, type RuleContext, say } from './context.js';

/** What the content check found for one record; `verified` is null when nothing could be compared. */
export interface ContentCheck {
  verified: boolean | null;
  merge?: string;
  expected?: string;
  problems: { severity: 'error' | 'warning'; zh: string; en: string; commits: string[] }[];
}

/**
 * (1) What went out is what was merged and approved: the content hash in the record equals the hash of the article
 * folder at the merge commit the record names (recomputed from git exactly as the publisher computes it), and the
 * folder at every approved commit still in the history (the PR head, each approval's commit) is the merged one.
 * A squash merge leaves the PR's commits out of the branch: those approvals cannot be compared from git.
 */
export function checkContent(e: Evidence, r: PublishRecord): ContentCheck {
  const dir = dirOf(r.article);
  const named = r.provenance.merge_commit ?? r.source_commit;
  if (!named) {
    return {
      verified: null,
      problems: [
        {
          severity: 'warning',
          zh: '记录中没有合并提交（浅克隆中发布？），无法核对发布内容。',
          en: 'the record names no merge commit (published from a shallow clone?): what went out cannot be compared',
          commits: [],
        },
      ],
    };
  }
  const merge = findCommit(e.content, named);
  if (!merge) {
    return {
      verified: false,
      problems: [
        {
          severity: 'error',
          zh: `记录中的合并提交 ${short(named)} 不在内容分支 ${e.content.ref} 的历史中（历史被改写，或从其他分支发布）。`,
          en: `the merge commit ${short(named)} the record names is not in the history of ${e.content.ref} (history rewritten, or published from another branch)`,
          commits: [named],
        },
      ],
    };
  }
  const folder = e.folders.get(folderKey(merge.sha, dir));
  const problems: ContentCheck['problems'] = [];
  if (!folder) {
    problems.push({
      severity: 'error',
      zh: `合并提交 ${short(merge.sha)} 中没有文章目录 ${dir}。`,
      en: `the merge commit ${short(merge.sha)} has no folder ${dir}`,
      commits: [merge.sha],
    });
    return { verified: false, merge: merge.sha, problems };
  }
  const expected = e.hashes.get(folderKey(merge.sha, dir));
  if (expected && expected !== r.content_hash) {
    problems.push({
      severity: 'error',
      zh: `发布内容的哈希 ${r.content_hash} 与合并提交 ${short(merge.sha)} 中文章的哈希 ${expected} 不同：发出的不是合并的内容。`,
      en: `the content hash of what went out, ${r.content_hash}, differs from the article at the merge commit ${short(merge.sha)}, ${expected}: what went out is not what was merged`,
      commits: [merge.sha],
    });
  }
  const approved = [
    (r.provenance as { github?: { head_commit?: string } }).github?.head_commit,
    ...(r.provenance.approvals === 'unknown' ? [] : r.provenance.approvals.map((a) => a.commit)),
  ];
  for (const sha of new Set(approved)) {
    const commit = findCommit(e.content, sha);
    const at = commit ? e.folders.get(folderKey(commit.sha, dir)) : undefined;
    if (commit && commit.sha !== merge.sha && at?.id !== folder.id) {
      problems.push({
        severity: 'error',
        zh: `审批所在的提交 ${short(commit.sha)} 中的文章与合并提交 ${short(merge.sha)} 中的不同：合并的内容未经审批。`,
        en: `the article at the approved commit ${short(commit.sha)} differs from the one at the merge commit ${short(merge.sha)}: what was merged was not what was approved`,
        commits: [commit.sha, merge.sha],
      });
    }
  }
  return {
    verified: expected === undefined ? null : problems.length === 0,
    merge: merge.sha,
    ...(expected ? { expected } : {}),
    problems,
  };
}

export function contentMismatch(ctx: RuleContext): Anomaly[] {
  const out: Anomaly[] = [];
  for (const row of ctx.rows) {
    const r = ctx.recordOf(row);
    // An article never on the branch is a record without its article (5), not a content difference.
    if (!r || !wentOut(r) || !ctx.e.everFolders.has(row.dir)) continue;
    const check = checkContent(ctx.e, r);
    for (const p of check.problems) {
      out.push(
        anomaly('content-mismatch', {
          ...about(row),
          severity: p.severity,
          commits: [...p.commits, ctx.ledgerCommits(row.record!)[0]?.sha],
          detail: say(p.zh, p.en),
          commands: [
            showRecord(ctx.e.ledgerRef, row.record!),
            ...p.commits.map((sha) => listFolder(sha, row.dir)),
          ],
          data: {
            recorded_hash: r.content_hash,
            merged_hash: check.expected ?? null,
            merge_commit: check.merge ?? null,
          },
        }),
      );
    }
  }
  return out;
}
