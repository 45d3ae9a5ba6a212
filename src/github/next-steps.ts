/**
 * What the people on a pull request should do next, as the comment's first section: the author fixes lines or
 * moves a date, named owners approve, someone who asked for changes reviews again. Addressed to whoever acts,
 * in the words a market-department reviewer uses. Every name comes from the verdict and is escaped here.
 */
import type { Locale } from '../lint/types.js';
import { readableTime } from '../platform/time.js';
import { codeSpan, login, markdownText } from '../policy/markdown.js';
import type { PRVerdict } from '../policy/pr-context.js';

/** Each step is one Markdown line, already escaped. */
export function nextSteps(verdict: PRVerdict, locale: Locale, zone: string): string[] {
  const en = locale === 'en';
  const { compliance, schedule, approvals } = verdict.checks;
  const steps: string[] = [];
  if (compliance.status !== 'pass') {
    steps.push(
      en
        ? 'Author: fix the lines marked ❌ under Compliance, then push a new commit; the checks run again by themselves.'
        : '作者：修改「合规检查」中标为 ❌ 错误的行，然后推送新的提交，检查会自动重新运行。',
    );
  }
  if (schedule.status !== 'pass') {
    steps.push(
      en
        ? 'Author: move publish_at later, or take the urgent path (see Lead time).'
        : '作者：推迟 publish_at，或走加急流程（见「提前量」中的说明）。',
    );
  }
  if (approvals.blockedBy.length > 0) {
    const who = approvals.blockedBy.map(login).join(en ? ', ' : '、');
    steps.push(
      en
        ? `${who} asked for changes: the author makes them, then asks ${who} to approve again.`
        : `${who} 要求修改：作者按其意见修改后，请其重新批准。`,
    );
  }
  for (const r of approvals.required) {
    // A requirement someone asked changes on is the step above.
    if (r.status === 'pass' || r.blockedBy.length > 0) continue;
    const what = markdownText(en ? r.label.en : r.label.zh);
    if (r.status === 'fail') {
      steps.push(
        en
          ? `${what}: nobody can approve it as configured; an administrator fixes the policy or CODEOWNERS (see Approvals).`
          : `${what}：按现有配置无人能批准，请管理员修正策略或 CODEOWNERS（见「审批」）。`,
      );
      continue;
    }
    const owners = r.owners.map(codeSpan).join(en ? ' or ' : ' 或 ');
    steps.push(en ? `Ask ${owners} (any one) to approve: ${what}.` : `请 ${owners} 中任一人批准：${what}。`);
  }
  for (const i of approvals.ignored) {
    if (i.why !== 'stale') continue;
    steps.push(
      en
        ? `${login(i.user)} approved an earlier commit: ask for a new approval of the latest one.`
        : `${login(i.user)} 批准的是较早的提交，请其重新批准最新提交。`,
    );
  }
  if (verdict.mergeable) {
    const times = schedule.articles
      .map((a) => a.publishAt)
      .filter((t): t is number => t !== null)
      .sort((a, b) => a - b);
    const first = times[0];
    const when = first === undefined ? undefined : readableTime(first, zone);
    steps.push(
      en
        ? `Nothing left to do: merge${when ? `; it publishes as scheduled, first at ${when.en}` : ''}.`
        : `无需其他操作，可以合并${when ? `；合并后按计划发布，最早于 ${when.zh}` : ''}。`,
    );
  }
  return steps;
}
