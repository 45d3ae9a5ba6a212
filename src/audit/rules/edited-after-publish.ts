import { wentOut } from '../articles.js';
import { findCommit } from '../branch.js';
import { folderLog, short, showRecord } from '../commands.js';
import { type Anomaly, folderKey } from '../types.js';
import { about, anomaly, type RuleContext, say } from './context.js';

/**
 * (6b) An article changed on the content branch after it went out, and neither withdrawn nor published again: git
 * now holds something other than what readers see. Compared as the article folder at the merge commit the record
 * names against the folder at the tip.
 */
export function editedAfterPublish(ctx: RuleContext): Anomaly[] {
  const { e } = ctx;
  const out: Anomaly[] = [];
  for (const row of ctx.rows) {
    const r = ctx.recordOf(row);
    if (!r || !wentOut(r) || r.state === 'withdrawn') continue;
    const merge = findCommit(e.content, r.provenance.merge_commit ?? r.source_commit);
    if (!merge) continue;
    const published = e.folders.get(folderKey(merge.sha, row.dir));
    const now = e.folders.get(folderKey(e.content.tip, row.dir));
    if (!published || !now || published.id === now.id) continue;
    const mergeAt = e.content.position.get(merge.sha) ?? Number.POSITIVE_INFINITY;
    const later = (e.folderCommits.get(row.dir) ?? [])
      .filter((position) => position < mergeAt)
      .map((position) => e.content.chain[position]!);
    out.push(
      anomaly('edited-after-publish', {
        ...about(row),
        severity: 'warning',
        commits: [...later, merge.sha],
        detail: say(
          `文章发布后在内容分支上又被修改（${later.length} 个提交），既未撤回也未重新发布：git 中的内容与读者看到的不同${r.later_content_hash ? `（发布程序也记下了新内容 ${r.later_content_hash}）` : ''}。`,
          `the article changed on the content branch after it went out (${later.length} commit(s)) and was neither withdrawn nor published again: git holds something other than what readers see${r.later_content_hash ? ` (the publisher noted the new content ${r.later_content_hash} too)` : ''}`,
        ),
        commands: [
          folderLog(e.content.ref, row.dir, `${short(merge.sha)}..${e.content.tip.slice(0, 12)}`),
          showRecord(e.ledgerRef, row.record!),
        ],
      }),
    );
  }
  return out;
}
