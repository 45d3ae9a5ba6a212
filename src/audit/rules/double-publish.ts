import { recordLog } from '../commands.js';
import { commitTrailers, trailer } from '../history.js';
import type { Anomaly } from '../types.js';
import { about, anomaly, type RuleContext, say } from './context.js';

/**
 * (6a) One article, more than one publication: the ledger commits that recorded it as published name two
 * different publications (publish_id for freepublish, msg_id for a mass send). A publish that failed and was done
 * again has one published commit per publication that really went out, so only those count.
 */
export function doublePublish(ctx: RuleContext): Anomaly[] {
  const out: Anomaly[] = [];
  for (const row of ctx.rows) {
    if (!row.record) continue;
    const ids = new Map<string, string[]>();
    for (const commit of ctx.ledgerCommits(row.record)) {
      const t = commitTrailers(commit);
      if (trailer(t, 'Wxgate-State') !== 'published') continue;
      const id = trailer(t, 'Wxgate-Publish-Id') ?? trailer(t, 'Wxgate-Msg-Id');
      if (!id) continue;
      const list = ids.get(id);
      if (list) list.push(commit.sha);
      else ids.set(id, [commit.sha]);
    }
    if (ids.size < 2) continue;
    const listed = [...ids.keys()].join(', ');
    out.push(
      anomaly('double-publish', {
        ...about(row),
        severity: 'error',
        commits: [...ids.values()].map((shas) => shas[shas.length - 1]),
        detail: say(
          `同一篇文章被发布了 ${ids.size} 次（发布 ID：${listed}）。`,
          `the article was published ${ids.size} times (publication ids: ${listed})`,
        ),
        commands: [
          recordLog(ctx.e.ledgerRef, row.record, [
            'Wxgate-State',
            'Wxgate-Publish-Id',
            'Wxgate-Msg-Id',
            'Published-at',
          ]),
        ],
        data: { publications: Object.fromEntries(ids) },
      }),
    );
  }
  return out;
}
