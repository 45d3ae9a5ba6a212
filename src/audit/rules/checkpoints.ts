import type { LocalizedText } from '../../text/vocabulary.js';
import type { Branch } from '../branch.js';
import type { FoundCheckpoint } from '../checkpoint.js';
import { isAncestor, short, shortRef } from '../commands.js';
import type { Period } from '../period.js';
import type { Anomaly } from '../types.js';
import { anomaly, type RuleContext, say } from './context.js';

export interface CheckpointStatus {
  period: string | null;
  generated_at: string | null;
  by: string | null;
  /** The ledger commit that wrote the checkpoint. */
  commit: string;
  tag: string | null;
  path: string;
  content_tip: string | null;
  ledger_tip: string | null;
  status: 'ok' | 'rewritten' | 'unreadable';
  problems: LocalizedText[];
}

/**
 * Each checkpoint against the branches as they are now: the commit that wrote it, the ledger tip and the content
 * tip it covered must all still be in the history (a commit id fixes everything before it, so then nothing
 * earlier was rewritten). Sorted oldest first.
 */
export function checkpointStatuses(
  found: readonly FoundCheckpoint[],
  ledger: Branch | undefined,
  content: Branch,
) {
  const onLedger = (sha: string) => ledger?.commits.has(sha) ?? false;
  const statuses: CheckpointStatus[] = found.map((f) => {
    const c = f.checkpoint;
    const problems: LocalizedText[] = [];
    if (!onLedger(f.commit)) {
      problems.push(
        say(
          `写入检查点的提交 ${short(f.commit)}${f.tag ? `（标签 ${shortRef(f.tag)}）` : ''} 已不在记录分支上`,
          `the commit ${short(f.commit)} that wrote the checkpoint${f.tag ? ` (tag ${shortRef(f.tag)})` : ''} is no longer on the ledger branch`,
        ),
      );
    }
    if (c?.ledger_tip && !onLedger(c.ledger_tip)) {
      problems.push(
        say(
          `检查点覆盖的记录分支提交 ${short(c.ledger_tip)} 已不在记录分支的历史中`,
          `the ledger tip it covered, ${short(c.ledger_tip)}, is no longer in the ledger's history`,
        ),
      );
    }
    if (c && !content.commits.has(c.content_tip)) {
      problems.push(
        say(
          `检查点覆盖的内容分支提交 ${short(c.content_tip)} 已不在 ${shortRef(content.ref)} 的历史中`,
          `the content tip it covered, ${short(c.content_tip)}, is no longer in the history of ${shortRef(content.ref)}`,
        ),
      );
    }
    if (!c)
      problems.push(
        say(`检查点无法读取：${f.problem ?? ''}`, `the checkpoint cannot be read: ${f.problem ?? ''}`),
      );
    return {
      period: c?.period ?? null,
      generated_at: c?.generated_at ?? null,
      by: c?.by ?? null,
      commit: f.commit,
      tag: f.tag ?? null,
      path: f.path,
      content_tip: c?.content_tip ?? null,
      ledger_tip: c?.ledger_tip ?? null,
      status: problems.length === 0 ? 'ok' : c || !onLedger(f.commit) ? 'rewritten' : 'unreadable',
      problems,
    };
  });
  return statuses.sort(
    (a, b) =>
      (a.generated_at ?? '\uffff').localeCompare(b.generated_at ?? '\uffff') ||
      a.commit.localeCompare(b.commit),
  );
}

/**
 * Where the trailer check may start: the ledger tip of the newest checkpoint of an earlier period that the ledger
 * still holds (the commit that wrote it, and the tip it covered). Every ledger commit before that tip was checked by
 * that audit and cannot have changed since. The content branch plays no part in it, so the ledger can be read
 * while the content branch still is.
 */
export function baselineCheckpoint(
  found: readonly FoundCheckpoint[],
  ledger: Branch,
  period: Period,
): string | undefined {
  const intact = found
    .filter((f) => {
      const c = f.checkpoint;
      return (
        c?.ledger_tip &&
        ledger.commits.has(f.commit) &&
        ledger.commits.has(c.ledger_tip) &&
        Date.parse(c.until) <= period.from
      );
    })
    .sort((a, b) => a.checkpoint!.generated_at.localeCompare(b.checkpoint!.generated_at));
  return intact[intact.length - 1]?.checkpoint?.ledger_tip ?? undefined;
}

/**
 * (8a) The ledger (or the content branch) was rewritten: the first checkpoint, oldest first, whose tips are no
 * longer ancestors of the branches. The others that broke are listed in its data.
 */
export function historyRewritten(ctx: RuleContext): Anomaly[] {
  const { e } = ctx;
  const statuses = checkpointStatuses(e.checkpoints, e.ledger, e.content);
  const broken = statuses.filter((s) => s.status !== 'ok');
  const first = broken[0];
  if (!first) return [];
  const tips = [first.ledger_tip, first.content_tip].filter((t): t is string => Boolean(t));
  return [
    anomaly('history-rewritten', {
      severity: first.status === 'rewritten' ? 'error' : 'warning',
      commits: [first.commit, ...tips],
      detail: say(
        `${first.period ?? '?'} 审计（${first.generated_at ?? '?'}，${first.by ?? '?'}）写下的检查点已不在历史中：${first.problems.map((p) => p.zh).join('；')}。历史在此之后被改写${broken.length > 1 ? `（共 ${broken.length} 个检查点受影响）` : ''}。`,
        `the checkpoint of the ${first.period ?? '?'} audit (${first.generated_at ?? '?'}, ${first.by ?? '?'}) is no longer in the history: ${first.problems.map((p) => p.en).join('; ')}. History was rewritten after it${broken.length > 1 ? ` (${broken.length} checkpoints affected)` : ''}.`,
      ),
      commands: [
        ...(first.ledger_tip ? [isAncestor(first.ledger_tip.slice(0, 12), e.ledgerRef)] : []),
        ...(first.content_tip ? [isAncestor(first.content_tip.slice(0, 12), e.content.ref)] : []),
        isAncestor(first.commit.slice(0, 12), e.ledgerRef),
        ...(first.tag ? [`git log -1 --format=%B ${shortRef(first.tag)}`] : []),
      ],
      data: { broken: broken.map((b) => ({ commit: b.commit, period: b.period, tag: b.tag })) },
    }),
  ];
}
