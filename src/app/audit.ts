import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import {
  type Checkpoint,
  checkpointMessage,
  checkpointPath,
  checkpointTag,
  formatCheckpoint,
} from '../audit/checkpoint.js';
import { formatCsv } from '../audit/format/csv.js';
import { formatHtml } from '../audit/format/html.js';
import { formatJson } from '../audit/format/json.js';
import { formatMarkdown } from '../audit/format/markdown.js';
import { formatText } from '../audit/format/text.js';
import { gatherEvidence } from '../audit/gather.js';
import { GitHistory } from '../audit/git-history.js';
import type { PeriodRequest } from '../audit/period.js';
import { type AuditReport, buildReport } from '../audit/report.js';
import { SEVERITIES, type Severity } from '../audit/types.js';
import { DEFAULT_LEDGER_BRANCH } from '../ledger/ledger.js';
import { GitLedger } from '../ledger/store.js';
import { ConfigurationError } from '../platform/errors.js';
import { Git, GitError } from '../platform/git.js';
import type { Logger } from '../platform/logger.js';
import { isoIn } from '../platform/time.js';
import type { Locale } from '../text/vocabulary.js';

export const AUDIT_FORMATS = ['text', 'md', 'html', 'csv', 'json'] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];
export type FailOn = Severity | 'never';

export interface AuditRequest {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** The audit's "now" (what is due, generated_at); default the real clock. */
  now?: number;
  period: PeriodRequest;
  format: AuditFormat;
  locale: Locale;
  /** Write the report here instead of returning it for standard output. */
  output?: string;
  /** Write every format here (`wxgate-audit-<period>.<ext>`); the text report is returned for standard output. */
  outputDir?: string;
  account?: string;
  contentBranch?: string;
  ledgerBranch?: string;
  /** A remote name, 'auto' (origin when it exists) or 'none' (local branches only). */
  remote?: string;
  /** The policy folder, relative to the repository root. */
  policiesDir: string;
  graceHours: number;
  failOn: FailOn;
  /** Write a checkpoint of the tips this audit covered to the ledger branch (and its tag). */
  checkpoint: boolean;
  /**
   * Opens or updates the one audit issue for the market department with the finished report (built by the entry
   * point: src/commands/audit-issue.ts); none, no issue.
   */
  issue?: AuditIssue;
  log: Logger;
}

/** Posts the report as the audit issue: its address, and whether it was created, updated or unchanged. */
export type AuditIssue = (report: AuditReport) => Promise<{ url: string; action: string }>;

export interface AuditOutcome {
  report: AuditReport;
  /** What goes to standard output ('' when the report went to a file). */
  stdout: string;
  written: string[];
  issue?: { url: string; action: string };
  exitCode: 0 | 1;
}

const EXTENSIONS: Record<AuditFormat, string> = {
  text: 'txt',
  md: 'md',
  html: 'html',
  csv: 'csv',
  json: 'json',
};

export function render(report: AuditReport, format: AuditFormat, locale: Locale): string {
  switch (format) {
    case 'json':
      return formatJson(report, locale);
    case 'md':
      return formatMarkdown(report, locale);
    case 'html':
      return formatHtml(report);
    case 'csv':
      return formatCsv(report, locale);
    default:
      return formatText(report, locale);
  }
}

/** `wxgate audit`: the period's report from git alone; optionally a checkpoint and the market department's issue. */
export async function runAudit(request: AuditRequest): Promise<AuditOutcome> {
  const git = new Git(request.cwd, request.env);
  if ((await git.exec(['rev-parse', '--git-dir'])).code !== 0) {
    throw new ConfigurationError(
      `${request.cwd} is not a git repository: audit runs in a clone of the content`,
    );
  }
  const remotes = await git.remotes();
  const remote =
    request.remote === undefined || request.remote === 'auto'
      ? remotes.includes('origin')
        ? 'origin'
        : undefined
      : request.remote === 'none'
        ? undefined
        : request.remote;
  if (remote !== undefined && !remotes.includes(remote)) {
    throw new ConfigurationError(
      `git remote "${remote}" does not exist (remotes: ${remotes.join(', ') || 'none'})`,
    );
  }
  const refsOf = (branch: string) =>
    branch === 'HEAD' || branch.startsWith('refs/')
      ? [branch]
      : [...(remote ? [`refs/remotes/${remote}/${branch}`] : []), `refs/heads/${branch}`];
  const ledgerBranch = request.ledgerBranch ?? DEFAULT_LEDGER_BRANCH;
  const now = request.now ?? Date.now();
  const evidence = await gatherEvidence({
    port: new GitHistory(git),
    contentRefs: refsOf(request.contentBranch ?? 'main'),
    ledgerRefs: refsOf(ledgerBranch),
    ledgerRequired: request.ledgerBranch !== undefined,
    policiesDir: request.policiesDir.replace(/^\.\/|\/+$/g, ''),
    period: request.period,
    now,
    ...(request.account === undefined ? {} : { account: request.account }),
    graceMs: request.graceHours * 3_600_000,
  });
  if (!evidence.ledger) request.log.warn(`no ledger branch ${ledgerBranch}: no article has a publish record`);
  const report = buildReport(evidence, request.env.GITHUB_REPOSITORY || basename(resolve(request.cwd)));

  if (request.checkpoint) {
    const written = await writeCheckpoint(git, request, report, ledgerBranch, remote);
    report.checkpoints.push(written);
    request.log.info(
      `checkpoint ${written.path} written to ${ledgerBranch} (${written.commit.slice(0, 12)})`,
    );
  }

  const written: string[] = [];
  let stdout = '';
  if (request.outputDir !== undefined) {
    const dir = resolve(request.cwd, request.outputDir);
    mkdirSync(dir, { recursive: true });
    for (const format of AUDIT_FORMATS) {
      const file = join(dir, `wxgate-audit-${report.period.label}.${EXTENSIONS[format]}`);
      writeFileSync(file, render(report, format, format === 'html' ? 'zh-CN' : request.locale));
      written.push(file);
    }
    stdout = formatText(report, request.locale);
  } else if (request.output !== undefined) {
    const file = resolve(request.cwd, request.output);
    writeFileSync(file, render(report, request.format, request.locale));
    written.push(file);
  } else {
    stdout = render(report, request.format, request.locale);
  }

  const outcome: AuditOutcome = { report, stdout, written, exitCode: exitCode(report, request.failOn) };
  if (request.issue) outcome.issue = await request.issue(report);
  return outcome;
}

export function exitCode(report: AuditReport, failOn: FailOn): 0 | 1 {
  if (failOn === 'never') return 0;
  const worst = SEVERITIES.indexOf(failOn);
  return report.anomalies.some((a) => SEVERITIES.indexOf(a.severity) <= worst) ? 1 : 0;
}

async function writeCheckpoint(
  git: Git,
  request: AuditRequest,
  report: AuditReport,
  branch: string,
  remote: string | undefined,
): Promise<AuditReport['checkpoints'][number] & { status: 'written' }> {
  const env = request.env;
  const by = env.GITHUB_ACTOR || (await git.config('user.name')) || env.USER || 'unknown';
  const checkpoint: Checkpoint = {
    period: report.period.label,
    from: isoIn(report.period.from, report.period.timeZone),
    until: isoIn(report.period.until, report.period.timeZone),
    generated_at: report.generated_at,
    by,
    run:
      env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
        ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : null,
    content_ref: report.repository.content.ref,
    content_tip: report.repository.content.tip,
    ledger_ref: report.repository.ledger.ref,
    ledger_tip: report.repository.ledger.tip,
    anomalies: report.summary.anomalies,
    wxgate: pkg.version,
  };
  const ledger = await GitLedger.open(git, {
    branch,
    remote,
    identity: { name: 'wxgate', email: 'wxgate@users.noreply.github.com' },
  });
  const path = checkpointPath(checkpoint.period);
  await ledger.transact(() => ({
    value: undefined,
    changes: new Map([[path, formatCheckpoint(checkpoint)]]),
    message: checkpointMessage(checkpoint),
  }));
  const commit = ledger.snapshot.tip!;
  const tag = checkpointTag(checkpoint.period, commit);
  const pushed = remote
    ? await git.exec(['push', '--quiet', remote, `${commit}:${tag}`])
    : await git.exec(['update-ref', tag, commit, '0'.repeat(40)]);
  if (pushed.code !== 0) throw new GitError(['push', remote ?? '(local)', tag], pushed);
  if (remote) await git.exec(['update-ref', tag, commit]);
  return {
    period: checkpoint.period,
    generated_at: checkpoint.generated_at,
    by,
    commit,
    tag,
    path,
    content_tip: checkpoint.content_tip,
    ledger_tip: checkpoint.ledger_tip,
    status: 'written',
    problems: [],
  };
}
