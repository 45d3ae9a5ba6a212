import { CloneBusyError } from '../ledger/lock.js';
import { PUBLISHER_DEFAULTS } from '../publish/timing.js';
import type { Locale } from '../text/vocabulary.js';
import { type Command, defineCommand, type Io, localeOf, UsageError } from './command.js';
import { LEDGER_OPTIONS, ledgerRequest } from './ledger-options.js';
import {
  BUSY_EXIT_CODE,
  busyMessage,
  DEFAULT_LEDGER_BRANCH,
  runPublishRequest,
  writeStepSummary,
} from './publish-adapters.js';
import { dryRunHeader, inLocale, outcomeLine, printHalted, publishSummary } from './publish-output.js';
import { articleArgument, repositoryOf } from './repository.js';

const HELP = `Usage: wxgate publish [options]

Publishes every article of the checkout (content/<account>/<folder>/index.md on the merged branch) whose
publish_at has come and that is not published yet — exactly once — by its account's publish_method in
policies/accounts.yml:
  freepublish  upload content images (media/uploadimg) and the cover (material/add_material), create the draft
               (draft/add), publish it (freepublish/submit) and poll the result (freepublish/get)
  mass-send    the same draft, sent to all followers (message/mass/sendall with a stable clientmsgid)
  draft-only   create the draft only and record that a person must press 发表 in the MP backend (unverified
               accounts cannot publish through the API since 2025-07)

Every step is recorded before and after it happens in a publish record, records/<account>/<folder>.yml, on the
ledger branch (default ${DEFAULT_LEDGER_BRANCH}), committed with trailers (Wxgate-Article, Wxgate-PR,
Approved-by, Published-at, Wxgate-Publish-Id …) and pushed to the remote: a re-run, a crash at any point or two
runs at once never publish an article twice. An article whose front matter says status: withdrawn is deleted
from WeChat (see wxgate withdraw). Articles still publishing are polled again by the next run (freepublish/get
allows 100 calls a day; wxgate uses at most ${PUBLISHER_DEFAULTS.dailyPollBudget} per account).

A ledger that went backwards stops the run: every write also moves ${DEFAULT_LEDGER_BRANCH}-seen, and a ledger
that no longer contains that commit (forced back, rewritten, deleted) publishes nothing and says so. Records
changed by hand are checked against WeChat first (a "published" that WeChat does not confirm becomes a failure
for a person), and before an article's first draft and first submit WeChat is asked whether it already lists it.

Publishing is off until it is turned on: an account with a real app_id publishes only with "publishing: enabled"
in policies/accounts.yml, or with WXGATE_PUBLISHING=enabled for every account. An article merged more than 10
minutes after its publish_at waits for a person (failure kind late-merge): --retry <article> confirms it.

Options:
  --now <iso>              Act as if it were this time (e.g. 2026-11-21T12:00:00+08:00), for dry-runs and demos;
                           time runs on from it. Default: the real clock.
  --dry-run                Say what would be done; call nothing, write nothing, need no secrets
  --account <id>           Only this account (repeatable)
  --retry <article>        Try this article again although its failure waits for a change or a person
                           (repeatable; content/<account>/<folder> or <account>/<folder>)
  --api-base <url>         WeChat API base (default: $WECHAT_API_BASE, else https://api.weixin.qq.com). Point it
                           at a fixed-IP egress proxy, or at \`wxgate emulator\`.
  --cache-dir <dir>        Where the access token is cached between runs, outside the repository (default:
                           $WXGATE_CACHE_DIR, $RUNNER_TEMP/wxgate in GitHub Actions, else ~/.cache/wxgate)
  --policies <dir>         Policy directory with wxgate.yml and accounts.yml (default: policies)
  --locale <zh-CN|en>      Language of what is printed for a person (default: $WXGATE_LOCALE, else zh-CN)
  --ledger-branch <name>   Branch holding the publish records (default: ${DEFAULT_LEDGER_BRANCH})
  --remote <name|none>     Remote the ledger is fetched from and pushed to (default: origin when it exists;
                           none keeps the ledger in the local repository only)
  --pr-source <github|git> Where each record's pull-request facts come from (default: github when GITHUB_TOKEN
                           and GITHUB_REPOSITORY are set and this is not a dry run, else git):
                             github  the REST API: the PR behind the merge commit, its author, creation (the
                                     submission time), merge time and merger, the approvals that counted — judged
                                     again by the check's rules from the base at merge (the merge commit's first
                                     parent) — the three wxgate check runs, and for urgent articles the general
                                     manager's approval and the report link. Needs GITHUB_TOKEN (pull requests,
                                     checks and issues: read; GITHUB_API_URL for GitHub Enterprise Server) and
                                     WXGATE_TEAM_TOKEN for team membership (organisation "Members: read"; without
                                     it approvals by team are recorded as not counted). A commit GitHub knows no
                                     merged PR for is recorded from git, and the record says why.
                             git     commit messages only (Merge pull request #N / Title (#N)): approvals unknown
  --max-polls <n>          freepublish/get calls per article per run (default: ${PUBLISHER_DEFAULTS.maxPollsPerRun})
  --poll-interval <ms>     Wait before the first poll, doubled before each next one (default: ${PUBLISHER_DEFAULTS.pollIntervalMs})
  --submit-grace <min>     After a crash between freepublish/submit and its record, how long to look for the
                           publication before submitting the same draft again (default: ${PUBLISHER_DEFAULTS.submitGraceMs / 60_000})
  --wait <seconds>         Another run holds this clone: wait this long for it (default 0: say so, exit 75)
  -h, --help               Show this help

Secrets: each account's AppSecret is read from the environment variable accounts.yml names in secret_env
(e.g. WECHAT_SECRET_GROUP), never from a file or the command line, and is masked in every line printed.
WeChat only answers allow-listed IPs (errcode 40164 names the IP to add).

Exit codes: 0 done (published, or waiting for WeChat or a quota, or nothing due) · 1 some article failed in this
run (its record says why and what to do), or the ledger went backwards (nothing was published) · 2 usage or
configuration error · 75 another run holds this clone (nothing was done; try again later).

Examples:
  wxgate publish --dry-run
  WECHAT_API_BASE=http://127.0.0.1:8086 WECHAT_SECRET_GROUP=… wxgate publish --account group
  wxgate publish --retry content/group/2026-11-12-q3-operating-update
`;

export const publish: Command = defineCommand(
  HELP,
  {
    ...LEDGER_OPTIONS,
    'dry-run': { type: 'boolean' },
    locale: { type: 'string' },
    account: { type: 'string', multiple: true },
    retry: { type: 'string', multiple: true },
    'pr-source': { type: 'string' },
    'max-polls': { type: 'string' },
    'poll-interval': { type: 'string' },
    'submit-grace': { type: 'string' },
  },
  async ({ values, positionals }, io) => {
    const locale = localeOf(values.locale, io.env);
    return inLocale(io, locale, () => publishRun(values, positionals, io, locale));
  },
);

async function publishRun(
  values: Record<string, unknown>,
  positionals: string[],
  io: Io,
  locale: Locale,
): Promise<number> {
  if (positionals.length > 0) {
    throw new UsageError(`publish takes no paths (got "${positionals.join(' ')}"); it publishes what is due`);
  }
  const prSource = values['pr-source'] === undefined ? undefined : String(values['pr-source']);
  if (prSource !== undefined && prSource !== 'github' && prSource !== 'git') {
    throw new UsageError(`--pr-source must be github or git (got "${prSource}")`);
  }
  const tuning: Record<string, number> = {};
  if (values['max-polls'] !== undefined) tuning.maxPollsPerRun = count('max-polls', values['max-polls'], 0);
  if (values['poll-interval'] !== undefined)
    tuning.pollIntervalMs = count('poll-interval', values['poll-interval'], 0);
  if (values['submit-grace'] !== undefined) {
    tuning.submitGraceMs = count('submit-grace', values['submit-grace'], 0) * 60_000;
  }
  let report: Awaited<ReturnType<typeof runPublishRequest>>;
  try {
    report = await runPublishRequest({
      ...ledgerRequest(values, io),
      dryRun: Boolean(values['dry-run']),
      ...(prSource === undefined ? {} : { prSource }),
      ...(values.account ? { accounts: values.account as string[] } : {}),
      ...(values.retry
        ? { retry: (values.retry as string[]).map((r) => articleArgument(repositoryOf(io), r)) }
        : {}),
      tuning,
    });
  } catch (error) {
    if (!(error instanceof CloneBusyError)) throw error;
    io.err(busyMessage(error, 'publish', locale));
    return BUSY_EXIT_CODE;
  }
  if (report.halted) printHalted(io, 'wxgate publish', report.halted, locale);
  const mark = (failed: boolean, state: string | undefined) =>
    failed ? '✗' : state === 'published' || state === 'withdrawn' ? '✓' : '·';
  if (values['dry-run']) io.out(dryRunHeader(locale));
  for (const o of report.outcomes) io.out(outcomeLine(o, locale, mark(o.failed, o.state)));
  io.out(publishSummary(report, locale));
  writeStepSummary(io.env, 'wxgate publish', report);
  return report.exitCode;
}

function count(name: string, value: unknown, min: number): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min)
    throw new UsageError(`--${name} must be a number ≥ ${min} (got "${value}")`);
  return n;
}
