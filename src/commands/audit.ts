import { isAbsolute, relative, resolve } from 'node:path';
import { AUDIT_FORMATS, type FailOn, runAudit } from '../app/audit.js';
import type { PeriodRequest } from '../audit/period.js';
import { DEFAULT_LEDGER_BRANCH } from '../ledger/ledger.js';
import type { Logger } from '../platform/logger.js';
import { parseDateTime } from '../platform/time.js';
import { githubAuditIssue } from './audit-issue.js';
import { type Command, defineCommand, localeOf, oneOf, UsageError } from './command.js';
import { repositoryOf } from './repository.js';

const DEFAULT_GRACE_HOURS = 24;

const HELP = `Usage: wxgate audit [--quarter 2026Q4 | --from DATE [--to DATE]] [options]

The quarterly review (001 第六章 监督机制：每季度进行一次全面的审查) from the repository's git history alone — no
GitHub API, no network: the content branch (main) and the publish records on the ledger branch
(${DEFAULT_LEDGER_BRANCH}). For every article published, withdrawn, failed, or due but not published in the period:
account, title, path, author, PR, approvals, submission and publish times, lead time, urgent reason, check
results, WeChat ids, the commit that was published and the content hash. Then the anomalies, each with its kind,
severity, article and evidence (commit ids, record path, the git command that shows it):

  1 content-mismatch        what went out differs from what was merged or approved
  2 approval-missing        a required approval is missing; approvals-unknown: the record cannot say
  3 lead-time               lead time below the policy without a complete urgent record
  4 direct-push             a change to content/, policies/, .github/ or CODEOWNERS without a merged PR
  5 record-without-article  a record whose article is not on the branch; unpublished: due and not published
  6 double-publish          published more than once; edited-after-publish: changed after going out
  7 policy-change           who changed the policies, when, through which PR, and what
  8 history-rewritten       an earlier checkpoint is no longer in the history; trailer-mismatch: a ledger
                            commit whose trailers disagree with the record it wrote

The README's section for auditors explains each one and how to check it by hand.

Period (dates are whole days in the policy time zone, policies/wxgate.yml time_zone):
  --quarter <YYYYQn|last|current>  A calendar quarter (default: last, the last whole quarter)
  --from <YYYY-MM-DD>              First day; with --to <YYYY-MM-DD>, the last day (default: today)

Options:
  --format <text|md|html|csv|json> Output format (default: text). html is one self-contained page in Chinese
                                   with charts; json is a stable contract (README); csv has a row per article
                                   and per anomaly
  --output <file>                  Write the report to a file instead of standard output
  --output-dir <dir>               Write every format to <dir>/wxgate-audit-<period>.<ext> and print the text
  --locale <zh-CN|en>              Language of text, md, csv and json (default: $WXGATE_LOCALE, else zh-CN; html is Chinese)
  --account <id>                   Only this account's articles (repository-wide anomalies are kept)
  --content-branch <name>          The content branch (default: main; origin/main when there is a remote)
  --ledger-branch <name>           The ledger branch (default: ${DEFAULT_LEDGER_BRANCH})
  --remote <name|none>             Read <remote>/<branch> refs (default: origin when it exists). The audit never
                                   fetches: run git fetch first for the latest state
  --policies <dir>                 Policy folder in the repository (default: policies)
  --grace <hours>                  How long after publish_at an article may still be on its way (default: ${DEFAULT_GRACE_HOURS})
  --fail-on <error|warning|info|never>  Exit 1 when an anomaly is at least this severe (default: error)
  --now <iso>                      Audit as if it were this time (drills, demos, tests)
  --checkpoint                     Write a checkpoint of the tips this audit covered: audits/<period>.yml in a
                                   commit on the ledger branch, pushed with a tag wxgate-audit/<period>/<commit>
  --issue                          Open or update the one audit issue for the market department (needs
                                   GITHUB_TOKEN with issues: write, and GITHUB_REPOSITORY)
  -h, --help                       Show this help

Exit codes: 0 no anomaly at or above --fail-on · 1 anomalies · 2 usage or configuration error.

Examples:
  git fetch origin && wxgate audit                     # the last quarter, in the terminal
  wxgate audit --quarter 2026Q4 --format html --output audit-2026Q4.html
  wxgate audit --from 2026-11-01 --to 2026-11-30 --account group --format csv --output november.csv
`;

export const audit: Command = defineCommand(
  HELP,
  {
    quarter: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string' },
    'output-dir': { type: 'string' },
    locale: { type: 'string' },
    account: { type: 'string' },
    'content-branch': { type: 'string' },
    'ledger-branch': { type: 'string' },
    remote: { type: 'string' },
    policies: { type: 'string' },
    grace: { type: 'string' },
    'fail-on': { type: 'string' },
    now: { type: 'string' },
    checkpoint: { type: 'boolean' },
    issue: { type: 'boolean' },
  },
  async ({ values, positionals }, io) => {
    if (positionals.length > 0) throw new UsageError(`audit takes no paths (got "${positionals.join(' ')}")`);
    if (values.output !== undefined && values['output-dir'] !== undefined) {
      throw new UsageError('give --output or --output-dir, not both');
    }
    const grace = values.grace === undefined ? DEFAULT_GRACE_HOURS : Number(values.grace);
    if (!Number.isFinite(grace) || grace < 0) {
      throw new UsageError(`--grace must be a number of hours ≥ 0 (got "${values.grace}")`);
    }
    let now: number | undefined;
    if (values.now !== undefined) {
      const t = parseDateTime(String(values.now), 'Asia/Shanghai');
      if (!t.ok)
        throw new UsageError(
          `--now must be an ISO 8601 time such as 2026-12-31T12:00:00+08:00 (got "${values.now}")`,
        );
      now = t.epochMs;
    }
    const log: Logger = { info: (l) => io.err(`${l}\n`), warn: (l) => io.err(`warning: ${l}\n`) };
    // Run from a subfolder, the audit is of the repository above it; the files it writes go where the user says.
    const repository = repositoryOf(io);
    const outcome = await runAudit({
      cwd: repository.root,
      env: io.env,
      ...(now === undefined ? {} : { now }),
      period: periodRequest(values),
      format: oneOf('format', values.format, AUDIT_FORMATS, 'text'),
      locale: localeOf(values.locale, io.env),
      ...(values.output === undefined ? {} : { output: resolve(io.cwd, String(values.output)) }),
      ...(values['output-dir'] === undefined
        ? {}
        : { outputDir: resolve(io.cwd, String(values['output-dir'])) }),
      ...(values.account === undefined ? {} : { account: String(values.account) }),
      ...(values['content-branch'] === undefined ? {} : { contentBranch: String(values['content-branch']) }),
      ...(values['ledger-branch'] === undefined ? {} : { ledgerBranch: String(values['ledger-branch']) }),
      ...(values.remote === undefined ? {} : { remote: String(values.remote) }),
      policiesDir: values.policies === undefined ? 'policies' : repository.fromUser(String(values.policies)),
      graceHours: grace,
      failOn: oneOf<FailOn>('fail-on', values['fail-on'], ['error', 'warning', 'info', 'never'], 'error'),
      checkpoint: Boolean(values.checkpoint),
      ...(values.issue ? { issue: githubAuditIssue(io.env, log) } : {}),
      log,
    });
    io.out(outcome.stdout);
    for (const file of outcome.written) {
      // Below where the user stands: as a relative path; elsewhere (a temporary folder) as the full path.
      const shown = relative(io.cwd, file);
      io.err(`wrote ${shown.startsWith('..') || isAbsolute(shown) ? file : shown}\n`);
    }
    return outcome.exitCode;
  },
);

function periodRequest(values: Record<string, unknown>): PeriodRequest {
  const { quarter, from, to } = values as { quarter?: string; from?: string; to?: string };
  if (quarter !== undefined && (from !== undefined || to !== undefined)) {
    throw new UsageError('give --quarter or --from/--to, not both');
  }
  if (to !== undefined && from === undefined) throw new UsageError('--to needs --from');
  if (from !== undefined) return { kind: 'dates', from, to };
  return { kind: 'quarter', quarter: quarter ?? 'last' };
}
