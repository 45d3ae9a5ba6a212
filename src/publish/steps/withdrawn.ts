import type { ArticleRun } from '../context.js';
import type { PublishRecord } from '../record.js';

/** Marks the record withdrawn now (001 第五章第2条 应急处理): done, with what was deleted and why. */
export function recordWithdrawn(run: ArticleRun, rec: PublishRecord, deleted: boolean, note: string): void {
  rec.state = 'withdrawn';
  rec.times.withdrawn_at = run.iso();
  if (rec.withdrawal) {
    rec.withdrawal.done_at = run.iso();
    rec.withdrawal.deleted = deleted;
    rec.withdrawal.note = note;
  }
  rec.failure = undefined;
  rec.polls = undefined;
}
