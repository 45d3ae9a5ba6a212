import type { PublishRecord } from './record.js';

/**
 * The commit message of a ledger write. The subject says what happened to which article; the trailers carry the
 * facts, so `git log wxgate-ledger` alone tells the story and `git log --format='%(trailers)'` or
 * `git interpret-trailers --parse` reads it by machine:
 *
 *     Wxgate-Article: content/group/2026-11-12-q3-operating-update/index.md
 *     Wxgate-Account: group
 *     Wxgate-State: published
 *     Wxgate-Method: freepublish
 *     Wxgate-Content-Hash: sha256:…
 *     Wxgate-PR: 12                      (or "unknown")
 *     Approved-by: alice (acme/market-dept) 2026-11-08T10:00:00Z abc1234      (one per approval, when known)
 *     Wxgate-Approvals: unknown (git-only PR source)                          (when not known)
 *     Wxgate-Lead-Time: 96.0h            (negative, with the reason, when submitted after publish_at)
 *     Wxgate-Urgent: <reason>
 *     Wxgate-Draft-Media-Id / Wxgate-Publish-Id / Wxgate-Article-Id / Wxgate-Url / Wxgate-Msg-Id
 *     Published-at: 2026-11-12T10:00:05+08:00
 *     Withdrawn-by: … / Withdrawn-at: … / Wxgate-Withdraw-Reason: …
 *     Wxgate-Failure: <kind> <errcode>: <message>
 *     Wxgate-Run: <run id>
 */
export function commitMessage(record: PublishRecord, event: string, run: string): string {
  const subject = `publish: ${record.account}/${folderOf(record.article)} ${record.state}`;
  const t: [string, string | number | null | undefined][] = [
    ['Wxgate-Article', record.article],
    ['Wxgate-Account', record.account],
    ['Wxgate-State', record.state],
    ['Wxgate-Method', record.method],
    ['Wxgate-Content-Hash', record.content_hash],
    ['Wxgate-PR', record.provenance.pr ?? 'unknown'],
  ];
  const approvals = record.provenance.approvals;
  if (approvals === 'unknown') {
    const why =
      record.provenance.pr_source === 'git'
        ? 'git-only PR source'
        : 'the pull request could not be judged on GitHub';
    t.push(['Wxgate-Approvals', `unknown (${why})`]);
  } else {
    for (const a of approvals) {
      t.push(['Approved-by', `${a.user}${a.team ? ` (${a.team})` : ''} ${a.at} ${a.commit.slice(0, 12)}`]);
    }
  }
  const { lead_time_hours: leadTime, lead_time_note: leadNote } = record.provenance;
  if (leadTime !== null) t.push(['Wxgate-Lead-Time', `${leadTime}h${leadNote ? ` (${leadNote})` : ''}`]);
  if (record.urgent) {
    t.push(['Wxgate-Urgent', record.urgent.reason]);
    t.push(['Wxgate-GM-Approver', record.urgent.gm_approver ?? 'unknown']);
  }
  const w = record.wechat;
  t.push(['Wxgate-Draft-Media-Id', w.draft_media_id]);
  t.push(['Wxgate-Publish-Id', w.publish_id]);
  t.push(['Wxgate-Article-Id', w.article_id]);
  t.push(['Wxgate-Msg-Id', w.msg_id]);
  t.push(['Wxgate-Url', w.url]);
  t.push(['Published-at', record.times.published_at]);
  if (record.withdrawal) {
    t.push(['Withdrawn-by', record.withdrawal.by]);
    t.push(['Withdrawn-at', record.times.withdrawn_at]);
    t.push(['Wxgate-Withdraw-Reason', record.withdrawal.reason]);
  }
  if (record.state === 'failed' && record.failure) {
    const f = record.failure;
    t.push(['Wxgate-Failure', `${f.kind}${f.errcode !== null ? ` ${f.errcode}` : ''}: ${f.message}`]);
    t.push(['Wxgate-Retry', f.retry]);
  }
  t.push(['Wxgate-Run', run]);
  const trailers = t
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${k}: ${oneLine(String(v))}`);
  return `${subject}\n\n${oneLine(event, 2000)}\n\nTitle: ${oneLine(record.title)}\n\n${trailers.join('\n')}\n`;
}

function folderOf(articlePath: string): string {
  const parts = articlePath.split('/');
  return parts[parts.length - 2] ?? articlePath;
}

/** A trailer value is one line; a person's text (a reason, a title) must not inject more trailers. */
function oneLine(s: string, max = 500): string {
  const flat = s.replace(/[\r\n\t]+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
