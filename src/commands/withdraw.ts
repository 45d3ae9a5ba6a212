import { CloneBusyError } from '../ledger/lock.js';
import { type Command, defineCommand, localeOf, UsageError } from './command.js';
import { LEDGER_OPTIONS, ledgerRequest } from './ledger-options.js';
import { BUSY_EXIT_CODE, busyMessage, runWithdrawRequest, writeStepSummary } from './publish-adapters.js';
import { WITHDRAW_HELP, WITHDRAW_WAIT_SECONDS } from './publish-help.js';
import { inLocale, printHalted, withdrawSummary } from './publish-output.js';
import { articleArgument, repositoryOf } from './repository.js';

export const withdraw: Command = defineCommand(
  WITHDRAW_HELP,
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
