import type { PublishReport } from '../app/publish.js';
import type { WithdrawReport } from '../app/withdraw.js';
import { ConfigurationError } from '../platform/errors.js';
import type { ArticleOutcome } from '../publish/outcome.js';
import { STATE_NAMES } from '../publish/outcome-text.js';
import type { Locale, LocalizedText } from '../text/vocabulary.js';
import type { Io } from './command.js';

/**
 * What `wxgate publish` and `wxgate withdraw` print for the person who runs them, in their language. Lines for
 * machines stay as they are: the ::error annotation of a halted run is English (GitHub's log search and alerting
 * read it; the Chinese is on stderr above it), and the job summary table quotes each record's English result.
 */

const pick = (text: LocalizedText, locale: Locale) => (locale === 'en' ? text.en : text.zh);

export function dryRunHeader(locale: Locale): string {
  return pick(
    { zh: '演练：不调用微信，不写入任何内容。\n', en: 'Dry run — nothing is sent or written.\n' },
    locale,
  );
}

/** `✓ group/2026-11-12-q3  已发表  已发表，article_id …`: the mark, the article, its state and what happened. */
export function outcomeLine(o: ArticleOutcome, locale: Locale, mark: string): string {
  const state = o.state === undefined ? '-' : pick(STATE_NAMES[o.state], locale);
  return `${mark} ${o.key}  ${state}  ${o.text ? pick(o.text, locale) : o.result}\n`;
}

export function publishSummary(report: PublishReport, locale: Locale): string {
  const failed = report.outcomes.filter((o) => o.failed).length;
  const n = report.outcomes.length;
  return pick(
    {
      zh: `\n共 ${n} 篇文章，${failed} 篇失败。账本：${report.ledger}（本次运行 ${report.run} 写入 ${report.ledgerWrites} 次）\n`,
      en: `\n${n} article(s), ${failed} failed. Ledger: ${report.ledger} (${report.ledgerWrites} write(s) by run ${report.run})\n`,
    },
    locale,
  );
}

export function withdrawSummary(report: WithdrawReport, locale: Locale): string {
  const mark = report.exitCode === 0 ? '✓' : '✗';
  return `${outcomeLine(report.outcome, locale, mark)}${pick({ zh: '账本：', en: 'Ledger: ' }, locale)}${report.ledger}\n`;
}

/** The run stopped before any article: said on stderr, and as an error annotation in GitHub Actions. */
export function printHalted(io: Io, title: string, halted: LocalizedText, locale: Locale): void {
  io.err(`✗ ${pick(halted, locale)}\n`);
  if (io.env.GITHUB_ACTIONS === 'true') {
    io.out(`::error title=${title}::${halted.en.replace(/[\r\n%]/g, ' ')}\n`);
  }
}

/**
 * Runs a publish or withdraw command, saying a configuration error (exit 2) in the person's language; the
 * command line's generic handler speaks English only.
 */
export async function inLocale(io: Io, locale: Locale, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    io.err(
      locale === 'en'
        ? `wxgate: configuration error: ${error.describe('en')}\n`
        : `wxgate：配置错误：${error.describe('zh-CN')}\n`,
    );
    return 2;
  }
}
