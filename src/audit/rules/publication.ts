import { parseIso } from '../../platform/time.js';
import { dirOf, recordInScope } from '../articles.js';
import { folderLog, recordLog, sh, shortRef, showRecord } from '../commands.js';
import type { Anomaly } from '../types.js';
import { about, anomaly, type RuleContext, say } from './context.js';

/**
 * (5) Records and articles that do not meet: a record whose article is not on the content branch — never was (an
 * error: what was published never came through the branch), or was removed while it is still online (a warning) —
 * and an article due in the period, past its publish_at plus the grace, that is not published.
 */
export function publicationGaps(ctx: RuleContext): Anomaly[] {
  const { e } = ctx;
  const out: Anomaly[] = [];
  for (const entry of e.records.values()) {
    const r = entry.record;
    if (!r || !ctx.wants(r.account)) continue;
    const dir = dirOf(r.article);
    if (e.tipFiles.has(r.article)) continue;
    const never = !e.everFolders.has(dir);
    if (!never && (!recordInScope(r, e.period, e.account) || r.state === 'withdrawn')) continue;
    out.push(
      anomaly('record-without-article', {
        article: r.article,
        account: r.account,
        record: entry.path,
        severity: never ? 'error' : 'warning',
        commits: [entry.lastCommit],
        detail: never
          ? say(
              `发布记录 ${entry.path}（${r.state}）对应的文章 ${r.article} 从未出现在内容分支 ${shortRef(e.content.ref)} 的历史中。`,
              `the publish record ${entry.path} (${r.state}) is for ${r.article}, which was never on ${shortRef(e.content.ref)}`,
            )
          : say(
              `文章 ${r.article} 已从内容分支删除，但其记录为 ${r.state} 且未撤回：线上仍可能有这篇文章。`,
              `${r.article} was removed from the content branch while its record says ${r.state} and it was not withdrawn: it may still be online`,
            ),
        commands: [showRecord(e.ledgerRef, entry.path), folderLog(e.content.ref, dir)],
      }),
    );
  }
  for (const row of ctx.rows) {
    const r = ctx.recordOf(row);
    const due = parseIso(row.publish_at);
    if (due === undefined || due + e.graceMs > e.now) continue;
    if (row.status !== 'unpublished' && row.status !== 'failed' && row.status !== 'in-progress') continue;
    const graceHours = Math.round((e.graceMs / 3_600_000) * 10) / 10;
    const state = r
      ? say(
          `记录状态为 ${r.state}${r.failure ? `（${r.failure.kind}：${r.failure.message}）` : ''}`,
          `its record says ${r.state}${r.failure ? ` (${r.failure.kind}: ${r.failure.message})` : ''}`,
        )
      : say('没有发布记录', 'there is no publish record');
    out.push(
      anomaly('unpublished', {
        ...about(row),
        severity: 'error',
        commits: [r ? ctx.ledgerCommits(row.record!)[0]?.sha : undefined],
        detail: say(
          `计划于 ${row.publish_at} 发布，宽限 ${graceHours} 小时后仍未发布：${state.zh}。`,
          `due at ${row.publish_at} and not published ${graceHours} h later: ${state.en}`,
        ),
        commands: [
          folderLog(e.content.ref, row.dir),
          row.record
            ? showRecord(e.ledgerRef, row.record)
            : recordLog(e.ledgerRef, `records/${row.dir.replace(/^content\//, '')}.yml`, ['Wxgate-State']),
          `git show ${sh(`${shortRef(e.content.ref)}:${row.path}`)}`,
        ],
      }),
    );
  }
  return out;
}
