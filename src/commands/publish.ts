import { CloneBusyError } from '../ledger/lock.js';
import type { Locale } from '../text/vocabulary.js';
import { type Command, defineCommand, type Io, localeOf, UsageError } from './command.js';
import { LEDGER_OPTIONS, ledgerRequest } from './ledger-options.js';
import { BUSY_EXIT_CODE, busyMessage, runPublishRequest, writeStepSummary } from './publish-adapters.js';
import { PUBLISH_HELP } from './publish-help.js';
import { dryRunHeader, inLocale, outcomeLine, printHalted, publishSummary } from './publish-output.js';
import { articleArgument, repositoryOf } from './repository.js';

export const publish: Command = defineCommand(
  PUBLISH_HELP,
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
