import { CloneBusyError } from '../ledger/lock.js';
import { type Command, defineCommand, localeOf, UsageError } from './command.js';
import { LEDGER_OPTIONS, ledgerRequest } from './ledger-options.js';
import {
  BUSY_EXIT_CODE,
  busyMessage,
  DEFAULT_LEDGER_BRANCH,
  runWithdrawRequest,
  writeStepSummary,
} from './publish-adapters.js';
import { inLocale, printHalted, withdrawSummary } from './publish-output.js';
import { articleArgument, repositoryOf } from './repository.js';

/** An emergency waits for a publish run in the same clone to finish, up to this long, rather than give up. */
const WITHDRAW_WAIT_SECONDS = 600;

const HELP = `Usage: wxgate withdraw <article> --reason <text> [options]

Emergency withdrawal (001 第五章第2条 应急处理): deletes an article's publication from WeChat
(freepublish/delete, or message/mass/delete for a mass send) and records who, when and why in its publish record
on the ledger branch (default ${DEFAULT_LEDGER_BRANCH}), with Withdrawn-by and Wxgate-Withdraw-Reason trailers.
An article not published yet is recorded as withdrawn, so no later run publishes it. Withdrawing again does
nothing. For a draft-only account wxgate cannot see a manual publication: the record says to delete it in the MP
backend. Merging "status: withdrawn" into the article's front matter has the same effect on the next publish run.

<article> is content/<account>/<folder>/index.md, the folder, or <account>/<folder>.

Options:
  --reason <text>          Why (required); recorded and shown to auditors
  --by <name>              Who decided (default: $GITHUB_ACTOR, else git config user.name)
  --now <iso>              Act as if it were this time (tests and drills)
  --api-base <url>         WeChat API base (default: $WECHAT_API_BASE, else https://api.weixin.qq.com)
  --cache-dir <dir>        Access-token cache outside the repository (as in wxgate publish)
  --policies <dir>         Policy directory (default: policies)
  --locale <zh-CN|en>      Language of what is printed for a person (default: $WXGATE_LOCALE, else zh-CN)
  --ledger-branch <name>   Branch holding the publish records (default: ${DEFAULT_LEDGER_BRANCH})
  --remote <name|none>     Remote of the ledger (default: origin when it exists)
  --wait <seconds>         Another run holds this clone: wait this long for it (default ${WITHDRAW_WAIT_SECONDS})
  -h, --help               Show this help

Secrets: the AppSecret comes from the environment variable named by secret_env in policies/accounts.yml, masked.

Exit codes: 0 withdrawn (now or earlier) · 1 not done: WeChat is still publishing it (the next publish run
deletes it), a quota, an error (the record says which), or the ledger went backwards · 2 usage or configuration
error · 75 another run held this clone for the whole wait (nothing was done; try again).
`;

export const withdraw: Command = defineCommand(
  HELP,
  {
    reason: { type: 'string' },
    by: { type: 'string' },
    locale: { type: 'string' },
    ...LEDGER_OPTIONS,
  },
  async ({ values, positionals }, io) => {
    const locale = localeOf(values.locale, io.env);
    if (positionals.length !== 1) throw new UsageError('withdraw takes exactly one article');
    if (values.reason === undefined || String(values.reason).trim() === '') {
      throw new UsageError('--reason is required: say why the article is withdrawn');
    }
    return inLocale(io, locale, async () => {
      let report: Awaited<ReturnType<typeof runWithdrawRequest>>;
      try {
        report = await runWithdrawRequest({
          lockWaitMs: WITHDRAW_WAIT_SECONDS * 1000,
          ...ledgerRequest(values, io),
          article: articleArgument(repositoryOf(io), positionals[0] as string),
          reason: String(values.reason),
          ...(values.by === undefined ? {} : { by: String(values.by) }),
        });
      } catch (error) {
        if (!(error instanceof CloneBusyError)) throw error;
        io.err(busyMessage(error, 'withdraw', locale));
        return BUSY_EXIT_CODE;
      }
      if (report.halted) printHalted(io, 'wxgate withdraw', report.halted, locale);
      io.out(withdrawSummary(report, locale));
      writeStepSummary(io.env, 'wxgate withdraw', {
        outcomes: [report.outcome],
        ledger: report.ledger,
        halted: report.halted,
      });
      return report.exitCode;
    });
  },
);
