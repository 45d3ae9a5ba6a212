/**
 * How a verdict reads on GitHub: the three check runs (title, Markdown summary, line annotations), the sticky PR
 * comment and the job summary. Pure functions of the verdict; Chinese by default, English with locale `en`.
 *
 * Every string that comes from the pull request (paths, front-matter values and the messages that quote them,
 * logins, rule sources naming a department) is escaped for the place it lands by ../text/escape.ts: the
 * explanations are whole lines of text, the tables escape cell by cell, logins are code and never mentions.
 */

import type { CheckStatus, Finding, PRVerdict } from '../governance/pr-context.js';
import type { FileResult, LintMessage } from '../lint/runner.js';
import { readableTime } from '../platform/time.js';
import {
  codeSpan,
  login,
  markdownLink,
  markdownText,
  plainText,
  tableCell,
  tableCode,
} from '../text/escape.js';
import { compose, type Locale, type LocalizedText } from '../text/vocabulary.js';
import type { CheckAnnotation, CheckConclusion, CheckRunResult } from './check-runs.js';
import { nextSteps } from './next-steps.js';

export const CHECK_NAMES = {
  compliance: 'wxgate / compliance',
  schedule: 'wxgate / schedule',
  approvals: 'wxgate / approvals',
} as const;

export type CheckKey = keyof typeof CHECK_NAMES;

/** The hidden marker the sticky comment is found by. */
export const COMMENT_MARKER = '<!-- wxgate:pr-comment -->';

/**
 * A check that is still waiting (approvals missing) must not satisfy a required check, yet it is not a defect
 * either: `action_required` blocks the merge and reads "action required" in the merge box.
 */
export const CONCLUSION: Record<CheckStatus, CheckConclusion> = {
  pass: 'success',
  fail: 'failure',
  pending: 'action_required',
};

const ICON: Record<CheckStatus, string> = { pass: '✅', fail: '❌', pending: '⏳' };

export interface RenderContext {
  locale: Locale;
  headSha: string;
  /** Base commit the policies and CODEOWNERS were read at. */
  baseSha: string;
  policiesPath: string;
  /** The policy's time zone, for times shown to people. */
  timeZone: string;
  /** Link to the workflow run, shown as the check runs' details. */
  runUrl?: string;
  /** What happened during the run that a reader should know (the head moved while it was judged). */
  notes?: readonly LocalizedText[];
}

export function say(locale: Locale, text: LocalizedText): string {
  return locale === 'en' ? text.en : text.zh;
}

const T = {
  checks: { zh: '检查', en: 'Check' },
  status: { zh: '结果', en: 'Result' },
  pass: { zh: '通过', en: 'passed' },
  fail: { zh: '未通过', en: 'failed' },
  pending: { zh: '等待中', en: 'pending' },
  // Check names as reviewers read them, with the id GitHub shows (wxgate / compliance) after.
  compliance: { zh: '合规检查（compliance）', en: 'Compliance (compliance)' },
  schedule: { zh: '提前量（schedule）', en: 'Lead time (schedule)' },
  approvals: { zh: '审批（approvals）', en: 'Approvals (approvals)' },
  mergeable: { zh: '✅ 可以合并：三项检查均已通过。', en: '✅ Mergeable: all three checks passed.' },
  notMergeable: {
    zh: '⛔ 暂不能合并：请按下列说明处理。',
    en: '⛔ Not mergeable yet: see below for what is missing.',
  },
  file: { zh: '文件', en: 'File' },
  owners: { zh: '可批准人（任一即可）', en: 'Owners (any one)' },
  satisfiedBy: { zh: '已批准', en: 'Approved by' },
  source: { zh: '要求', en: 'Requirement' },
  ignored: { zh: '未计入的审批', en: 'Reviews not counted' },
  blockedBy: { zh: '要求修改（阻止合并）', en: 'Changes requested (blocks the merge)' },
  article: { zh: '文章', en: 'Article' },
  publishAt: { zh: '发布时间', en: 'Publish at' },
  leadTime: { zh: '提前（小时）', en: 'Lead time (h)' },
  required: { zh: '要求（小时）', en: 'Required (h)' },
  urgent: { zh: '加急', en: 'Urgent' },
  line: { zh: '行', en: 'Line' },
  severity: { zh: '级别', en: 'Level' },
  rule: { zh: '规则', en: 'Rule' },
  message: { zh: '说明', en: 'Message' },
  codeowners: { zh: 'CODEOWNERS 中被跳过的无效行', en: 'Invalid CODEOWNERS lines (skipped)' },
  next: { zh: '下一步', en: 'What to do next' },
  footer: {
    zh: '本评论由 wxgate 自动生成，每次推送、改标签或审阅后原地更新',
    en: 'Written by wxgate and updated in place on every push, label change and review',
  },
} satisfies Record<string, LocalizedText>;

function statusWord(locale: Locale, status: CheckStatus): string {
  return `${ICON[status]} ${say(locale, T[status])}`;
}

/** Explanations mix wxgate's words with the PR's (paths, values, reasons): each line is escaped whole. */
function list(locale: Locale, lines: readonly LocalizedText[]): string {
  return lines.map((l) => `- ${markdownText(say(locale, l))}`).join('\n');
}

/** An instant as people read it: `2026-11-20 10:00（北京时间）` / `2026-11-20 10:00 (Beijing time)`. */
export function time(epochMs: number | null, zone: string, locale: Locale): string {
  return epochMs === null ? '—' : say(locale, readableTime(epochMs, zone));
}

const SEVERITY: Record<Finding['severity'], LocalizedText> = {
  error: { zh: '❌ 错误', en: '❌ error' },
  warning: { zh: '⚠️ 警告', en: '⚠️ warning' },
  info: { zh: 'ℹ️ 提示', en: 'ℹ️ note' },
};

function level(m: LintMessage): CheckAnnotation['level'] {
  return m.severity === 'error' ? 'failure' : m.severity === 'warning' ? 'warning' : 'notice';
}

export function annotationsOf(files: readonly FileResult[], locale: Locale): CheckAnnotation[] {
  const out: CheckAnnotation[] = [];
  for (const f of files) {
    for (const m of f.messages) {
      out.push({
        path: f.path,
        startLine: m.line,
        endLine: m.endLine,
        startColumn: m.column,
        endColumn: m.endColumn,
        level: level(m),
        message: plainText(compose(m.message, m.source, locale), { multiline: true }),
        title: plainText(m.ruleId),
      });
    }
  }
  return out;
}

function complianceTitle(locale: Locale, v: PRVerdict): string {
  const c = v.checks.compliance;
  if (c.files.length === 0) return locale === 'en' ? 'No articles changed' : '本 PR 未改动文章';
  if (c.errorCount === 0 && c.warningCount === 0) {
    return locale === 'en' ? `${c.files.length} article(s), no problems` : `${c.files.length} 篇文章全部通过`;
  }
  if (c.errorCount === 0) {
    return locale === 'en'
      ? `No errors in ${c.files.length} article(s) (${c.warningCount} warning(s))`
      : `${c.files.length} 篇文章无错误（${c.warningCount} 个警告）`;
  }
  return locale === 'en'
    ? `${c.errorCount} error(s), ${c.warningCount} warning(s) in ${c.files.length} article(s)`
    : `${c.files.length} 篇文章：${c.errorCount} 个错误，${c.warningCount} 个警告`;
}

function scheduleTitle(locale: Locale, v: PRVerdict): string {
  const s = v.checks.schedule;
  const urgent = s.urgent ? (locale === 'en' ? ' (urgent path)' : '（加急）') : '';
  if (s.leadTimeHours === null) {
    return locale === 'en' ? `No valid publish_at${urgent}` : `没有可用的发布时间${urgent}`;
  }
  return locale === 'en'
    ? `Submitted ${s.leadTimeHours} h ahead; ${s.requiredHours ?? '—'} h required${urgent}`
    : `提前 ${s.leadTimeHours} 小时提交，要求 ${s.requiredHours ?? '—'} 小时${urgent}`;
}

function approvalsTitle(locale: Locale, v: PRVerdict): string {
  const a = v.checks.approvals;
  const missing = a.required.filter((r) => r.status !== 'pass').length;
  if (a.blockedBy.length > 0) {
    return locale === 'en'
      ? `Changes requested by ${plainText(a.blockedBy.join(', '))}`
      : `${plainText(a.blockedBy.join('、'))} 要求修改`;
  }
  if (a.status === 'pass') {
    return locale === 'en'
      ? `All ${a.required.length} approval(s) given`
      : `${a.required.length} 项审批均已满足`;
  }
  return locale === 'en' ? `${missing} approval(s) still needed` : `还需 ${missing} 项审批`;
}

/**
 * What each article passed or failed, then its findings as a table per file (line, level, rule, message), the
 * first `limit` of them: the check run shows many, the comment few (the rest are the check run's annotations).
 */
function complianceBody(locale: Locale, v: PRVerdict, limit: number): string {
  const c = v.checks.compliance;
  const parts = [list(locale, c.explanation)];
  let left = limit;
  for (const f of c.files) {
    const shown = f.findings.slice(0, Math.max(0, left));
    left -= shown.length;
    if (shown.length === 0) continue;
    parts.push(
      `${tableCode(f.path)}\n\n| ${say(locale, T.line)} | ${say(locale, T.severity)} | ${say(locale, T.rule)} | ${say(locale, T.message)} |\n| ---: | --- | --- | --- |\n${shown
        .map(
          (m) =>
            `| ${m.line} | ${say(locale, SEVERITY[m.severity])} | ${tableCode(m.ruleId)} | ${tableCell(compose(m.message, m.source, locale))} |`,
        )
        .join('\n')}`,
    );
  }
  const total = c.files.reduce((n, f) => n + f.findings.length, 0);
  if (total > limit) {
    parts.push(
      locale === 'en'
        ? `… and ${total - limit} more, each annotated on its line under "Files changed".`
        : `……另有 ${total - limit} 条，均已标注在「Files changed」页的对应行。`,
    );
  }
  return parts.filter(Boolean).join('\n\n');
}

function scheduleBody(locale: Locale, v: PRVerdict, zone: string): string {
  const s = v.checks.schedule;
  const parts = [list(locale, s.explanation)];
  if (s.articles.length > 0) {
    parts.push(
      `| ${say(locale, T.article)} | ${say(locale, T.publishAt)} | ${say(locale, T.leadTime)} | ${say(locale, T.required)} | ${say(locale, T.urgent)} | ${say(locale, T.status)} |\n| --- | --- | ---: | ---: | --- | --- |\n${s.articles
        .map(
          (a) =>
            `| ${tableCode(a.path)} | ${time(a.publishAt, zone, locale)} | ${a.leadTimeHours ?? '—'} | ${a.requiredHours} | ${a.urgent ? '⚡' : ''} | ${statusWord(locale, a.status)} |`,
        )
        .join('\n')}`,
    );
  }
  return parts.filter(Boolean).join('\n\n');
}

function approvalsBody(locale: Locale, v: PRVerdict): string {
  const a = v.checks.approvals;
  const parts = [list(locale, a.explanation)];
  if (a.required.length > 0) {
    parts.push(
      `| ${say(locale, T.status)} | ${say(locale, T.owners)} | ${say(locale, T.satisfiedBy)} | ${say(locale, T.file)} | ${say(locale, T.source)} |\n| --- | --- | --- | --- | --- |\n${a.required
        .map(
          (r) =>
            `| ${statusWord(locale, r.status)} | ${tableCell(r.owners.join(' '))} | ${r.satisfiedBy.map(login).join(' ') || '—'} | ${r.files
              .slice(0, 5)
              .map(tableCode)
              .join(
                ' ',
              )}${r.files.length > 5 ? ` +${r.files.length - 5}` : ''} | ${tableCell(say(locale, r.label))} |`,
        )
        .join('\n')}`,
    );
  }
  if (a.blockedBy.length > 0) {
    parts.push(`**${say(locale, T.blockedBy)}**: ${a.blockedBy.map(login).join(' ')}`);
  }
  if (a.ignored.length > 0) {
    parts.push(
      `**${say(locale, T.ignored)}**\n\n${a.ignored.map((i) => `- ${login(i.user)}: ${markdownText(say(locale, i.explanation))}`).join('\n')}`,
    );
  }
  if (v.codeownersErrors.length > 0) {
    parts.push(
      `**${say(locale, T.codeowners)}**\n\n${v.codeownersErrors.map((e) => `- ${codeSpan(`${e.file}:${e.line}`)} ${markdownText(e.message)}`).join('\n')}`,
    );
  }
  return parts.filter(Boolean).join('\n\n');
}

function provenance(locale: Locale, ctx: RenderContext): string {
  const head = codeSpan(ctx.headSha.slice(0, 7));
  const base = codeSpan(ctx.baseSha.slice(0, 7));
  const folder = codeSpan(`${ctx.policiesPath}/`);
  return locale === 'en'
    ? `Latest commit ${head}; policies (${folder}) and CODEOWNERS read from the base branch at ${base}.`
    : `最新提交 ${head}；策略（${folder}）与 CODEOWNERS 读取自目标分支的提交 ${base}。`;
}

/** What the run itself noticed (the head moved while it was judged), as a quoted note above the verdict. */
function notes(locale: Locale, ctx: RenderContext): string {
  return (ctx.notes ?? []).map((n) => `> ⚠ ${markdownText(say(locale, n))}`).join('\n>\n');
}

/** Findings shown in a check run's summary and in the comment; every one is also an annotation on its line. */
const CHECK_RUN_FINDINGS = 200;
const COMMENT_FINDINGS = 30;

export function checkRuns(
  verdict: PRVerdict,
  files: readonly FileResult[],
  ctx: RenderContext,
): Record<CheckKey, CheckRunResult> {
  const { locale } = ctx;
  const make = (key: CheckKey, title: string, summary: string, annotations: CheckAnnotation[]) => ({
    name: CHECK_NAMES[key],
    conclusion: CONCLUSION[verdict.checks[key].status],
    title,
    summary: [notes(locale, ctx), summary, provenance(locale, ctx)].filter(Boolean).join('\n\n'),
    annotations,
    ...(ctx.runUrl ? { detailsUrl: ctx.runUrl } : {}),
  });
  return {
    compliance: make(
      'compliance',
      complianceTitle(locale, verdict),
      complianceBody(locale, verdict, CHECK_RUN_FINDINGS),
      annotationsOf(files, locale),
    ),
    schedule: make(
      'schedule',
      scheduleTitle(locale, verdict),
      scheduleBody(locale, verdict, ctx.timeZone),
      [],
    ),
    approvals: make('approvals', approvalsTitle(locale, verdict), approvalsBody(locale, verdict), []),
  };
}

/** The three checks failing with one message: the PR cannot be judged (broken base policy, too large a PR). */
export function failedCheckRuns(
  message: LocalizedText,
  ctx: RenderContext,
): Record<CheckKey, CheckRunResult> {
  const title = ctx.locale === 'en' ? 'Cannot be judged' : '无法判定';
  const summary = `${markdownText(say(ctx.locale, message))}\n\n${provenance(ctx.locale, ctx)}`;
  const make = (key: CheckKey): CheckRunResult => ({
    name: CHECK_NAMES[key],
    conclusion: 'failure',
    title,
    summary,
    annotations: [],
    ...(ctx.runUrl ? { detailsUrl: ctx.runUrl } : {}),
  });
  return { compliance: make('compliance'), schedule: make('schedule'), approvals: make('approvals') };
}

/** The sticky PR comment: what passed, what is missing, whose approval is still needed. */
export function commentBody(verdict: PRVerdict, ctx: RenderContext): string {
  const { locale } = ctx;
  const section = (key: CheckKey, body: string) =>
    `### ${ICON[verdict.checks[key].status]} ${say(locale, T[key])}\n\n${body}`;
  const rows = (['compliance', 'schedule', 'approvals'] as const)
    .map((k) => `| ${say(locale, T[k])} | ${statusWord(locale, verdict.checks[k].status)} |`)
    .join('\n');
  const run = ctx.runUrl ? ` ${markdownLink(locale === 'en' ? 'Run' : '运行记录', ctx.runUrl)}` : '';
  return [
    `## wxgate ${locale === 'en' ? 'check results' : '检查结果'}`,
    notes(locale, ctx),
    verdict.mergeable ? say(locale, T.mergeable) : say(locale, T.notMergeable),
    `### ${say(locale, T.next)}\n\n${nextSteps(verdict, locale, ctx.timeZone)
      .map((step) => `- ${step}`)
      .join('\n')}`,
    `| ${say(locale, T.checks)} | ${say(locale, T.status)} |\n| --- | --- |\n${rows}`,
    section('compliance', complianceBody(locale, verdict, COMMENT_FINDINGS)),
    section('schedule', scheduleBody(locale, verdict, ctx.timeZone)),
    section('approvals', approvalsBody(locale, verdict)),
    `<sub>${say(locale, T.footer)}${locale === 'en' ? '. ' : '。'}${provenance(locale, ctx)}${run}</sub>`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** The comment when the PR cannot be judged at all. */
export function failureCommentBody(message: LocalizedText, ctx: RenderContext): string {
  return [
    `## wxgate ${ctx.locale === 'en' ? 'check results' : '检查结果'}`,
    notes(ctx.locale, ctx),
    `❌ ${markdownText(say(ctx.locale, message))}`,
    `<sub>${provenance(ctx.locale, ctx)}</sub>`,
  ]
    .filter(Boolean)
    .join('\n\n');
}
