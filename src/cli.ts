import { realpathSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import pkg from '../package.json' with { type: 'json' };
import { DEFAULT_JOBS, runCheck } from './app/check.js';
import { countSeverities, formatJson } from './lint/reporters/json.js';
import { formatSarif } from './lint/reporters/sarif.js';
import { formatText } from './lint/reporters/text.js';
import { FILE_RULE } from './lint/runner.js';
import type { Locale } from './lint/types.js';
import { ConfigurationError } from './platform/errors.js';
import { RULES } from './rules/index.js';

const HELP = `wxgate ${pkg.version} — publishing governance for WeChat Official Accounts (微信公众号)

Usage: wxgate <command> [options]

Commands:
  check [paths...]   Check articles for compliance (default path: content/)
  rules              List every rule with its id, default severity and source
  help [command]     Show help for a command

Run 'wxgate <command> --help' for the options of a command.
Exit codes: 0 no errors · 1 errors found · 2 usage or configuration error.
`;

const CHECK_HELP = `Usage: wxgate check [paths...] [options]

Checks Markdown articles (content/<account>/<YYYY-MM-DD>-<slug>/index.md) against the content rules: laws and
WeChat platform rules, reprint attribution, WeChat field limits, typography and readability. A directory means
every *.md file below it. The verdict is exactly the one the pull-request check gives.

Options:
  --format <text|json|sarif>   Output format (default: text). json is a stable contract; sarif is SARIF 2.1.0
                               for GitHub code scanning.
  --locale <zh-CN|en>          Language of messages (default: zh-CN)
  --policies <dir>             Policy directory with wxgate.yml and lexicons/ (default: policies)
  --output <file>              Write the report to a file instead of standard output
  --jobs <n>                   Threads to use (default: ${DEFAULT_JOBS}, the available cores)
  --no-color                   Plain text output (also when NO_COLOR is set or output is not a terminal)
  -h, --help                   Show this help

Exit codes: 0 no errors (warnings allowed) · 1 at least one error · 2 usage or configuration error.

Examples:
  wxgate check                                  # everything under content/
  wxgate check content/group/2026-11-20-news    # one article folder
  wxgate check --format sarif --output wxgate.sarif
`;

const RULES_HELP = `Usage: wxgate rules [--format text|json] [--locale zh-CN|en]

Lists every rule: id, default severity, description and the law, platform rule or rule-book clause it enforces.
Severities and options are set per rule in policies/wxgate.yml under "rules:".
`;

class UsageError extends Error {}

export async function main(argv: readonly string[], io = defaultIo()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(rest[0] === 'check' ? CHECK_HELP : rest[0] === 'rules' ? RULES_HELP : HELP);
        return 0;
      case '--version':
      case '-v':
        io.out(`${pkg.version}\n`);
        return 0;
      case 'check':
        return await check(rest, io);
      case 'rules':
        return listRules(rest, io);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`wxgate: ${error.message}\nRun 'wxgate --help' for usage.\n`);
      return 2;
    }
    if (error instanceof ConfigurationError) {
      io.err(`wxgate: configuration error: ${error.describe()}\n`);
      return 2;
    }
    throw error;
  }
}

function parse(args: readonly string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T))
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

async function check(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: 'string' },
    locale: { type: 'string' },
    policies: { type: 'string' },
    output: { type: 'string' },
    jobs: { type: 'string' },
    'no-color': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.out(CHECK_HELP);
    return 0;
  }
  const format = oneOf('format', values.format, ['text', 'json', 'sarif'] as const, 'text');
  const locale = oneOf<Locale>('locale', values.locale, ['zh-CN', 'en'], 'zh-CN');
  const jobs = values.jobs === undefined ? DEFAULT_JOBS : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new UsageError(`--jobs must be a whole number ≥ 1 (got "${values.jobs}")`);
  const cwd = io.cwd;
  const outcome = await runCheck({
    paths: positionals.length > 0 ? positionals : ['content'],
    cwd,
    policiesDir: resolve(cwd, String(values.policies ?? 'policies')),
    locale,
    jobs,
  });
  if (outcome.missing.length > 0) {
    throw new UsageError(`no such file or directory: ${outcome.missing.join(', ')}`);
  }
  if (outcome.files.length === 0) {
    throw new UsageError(`no Markdown files found in ${positionals.join(', ') || 'content'}`);
  }
  const color = !values['no-color'] && !process.env.NO_COLOR && io.isTty && values.output === undefined;
  const report =
    format === 'json'
      ? formatJson(outcome.files)
      : format === 'sarif'
        ? formatSarif(outcome.files, [...RULES.map((r) => r.meta), FILE_RULE], locale, pkg.version)
        : formatText(outcome.files, locale, color);
  if (values.output !== undefined) writeFileSync(resolve(cwd, String(values.output)), report);
  else io.out(report);
  return countSeverities(outcome.files).errorCount > 0 ? 1 : 0;
}

function listRules(args: readonly string[], io: Io): number {
  const { values } = parse(args, {
    format: { type: 'string' },
    locale: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.out(RULES_HELP);
    return 0;
  }
  const format = oneOf('format', values.format, ['text', 'json'] as const, 'text');
  const locale = oneOf<Locale>('locale', values.locale, ['zh-CN', 'en'], 'zh-CN');
  const metas = [...RULES.map((r) => r.meta), FILE_RULE];
  if (format === 'json') {
    io.out(`${JSON.stringify(metas, null, 2)}\n`);
    return 0;
  }
  for (const m of metas) {
    const description = locale === 'en' ? m.description.en : m.description.zh;
    io.out(`${m.id.padEnd(30)} ${m.defaultSeverity.padEnd(8)} ${description}  [${m.source}]\n`);
  }
  return 0;
}

interface Io {
  out(s: string): void;
  err(s: string): void;
  cwd: string;
  isTty: boolean;
}

function defaultIo(): Io {
  return {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    isTty: Boolean(process.stdout.isTTY),
  };
}

// Run only as a program, not when imported by tests. npm links bin scripts, so compare real paths.
if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `wxgate: internal error (please report it): ${(error as Error).stack ?? String(error)}\n`,
      );
      process.exitCode = 2;
    },
  );
}
