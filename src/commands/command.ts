import { type ParseArgsConfig, parseArgs } from 'node:util';
import { didYouMean } from '../text/did-you-mean.js';
import type { Locale, LocalizedText } from '../text/vocabulary.js';

/** Where a command writes and what it may know of its surroundings; tests pass their own. */
export interface Io {
  out(s: string): void;
  err(s: string): void;
  cwd: string;
  isTty: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** Asks a person on the terminal and resolves with the reply; absent when stdin is not a terminal. */
  ask?(question: string): Promise<string>;
  /**
   * Says that what this run compiled would serve the next run of the command badly (the work ran in worker
   * processes), so dist/cli.js keeps no compile cache from it (src/platform/bundle-loader.ts). Absent outside it.
   */
  unlikeNextRun?(): void;
}

/** One `wxgate <name>` command. `run` returns the exit code. */
export interface Command {
  /** The help in English. */
  help: string;
  /** The help in Chinese, for a command that has it: shown by default, the English one with --locale en. */
  helpZh?: string;
  run(args: readonly string[], io: Io): Promise<number>;
}

/** A mistake in the command line: exit 2 with the message and a pointer to --help. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

export function parse(args: readonly string[], options: Options) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(usageProblem(error as Error & { code?: string }, options));
  }
}

/** Node's parser errors in one plain line, with the option meant when one is close (`--fromat` → `--format`). */
function usageProblem(error: Error & { code?: string }, options: Options): string {
  const named = /'([^']+)'/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && named !== undefined) {
    const known = Object.entries(options).flatMap(([name, o]) => [
      `--${name}`,
      ...(o.short ? [`-${o.short}`] : []),
    ]);
    const guess = didYouMean(named, known);
    return `unknown option ${named}${guess ? ` (did you mean ${guess}?)` : ''}`;
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && named !== undefined) {
    const long = /--[\w-]+/.exec(named)?.[0] ?? named;
    const option = options[long.slice(2)];
    return option?.type === 'boolean'
      ? `option ${long} takes no value`
      : `option ${long} needs a value (${long} <value>)`;
  }
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
    return `unexpected argument ${named ?? ''}`.trim();
  return error.message;
}

export function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;
type Parsed<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O & typeof HELP_OPTION; allowPositionals: true; strict: true }>
>;

/**
 * A command whose options are parsed, and whose -h/--help prints its help, the same way as every other: `run`
 * receives the parsed values and positionals, and is not called for --help.
 */
export function defineCommand<const O extends Options>(
  help: string | LocalizedText,
  options: O,
  run: (parsed: Parsed<O>, io: Io) => Promise<number>,
): Command {
  const command: Command = {
    help: typeof help === 'string' ? help : help.en,
    ...(typeof help === 'string' ? {} : { helpZh: help.zh }),
    async run(args, io) {
      const parsed = parse(args, { ...options, ...HELP_OPTION }) as Parsed<O>;
      const values = parsed.values as { help?: boolean; locale?: unknown };
      if (values.help) {
        io.out(helpIn(command, localeOf(values.locale, io.env)));
        return 0;
      }
      return run(parsed, io);
    },
  };
  return command;
}

/** A command's help in `locale`: Chinese where the command has it, else English. */
export function helpIn(command: Command, locale: Locale): string {
  return locale === 'zh-CN' && command.helpZh !== undefined ? command.helpZh : command.help;
}

/**
 * The language of a command's output: --locale, else WXGATE_LOCALE, else Chinese. One setting for every command,
 * so a team that reads English sets the variable once.
 */
export function localeOf(value: unknown, env: Readonly<Record<string, string | undefined>>): Locale {
  if (value !== undefined) return oneOf<Locale>('locale', value, LOCALES, 'zh-CN');
  const fromEnv = env.WXGATE_LOCALE;
  if (fromEnv === undefined || fromEnv === '') return 'zh-CN';
  if (!LOCALES.includes(fromEnv as Locale)) {
    throw new UsageError(`WXGATE_LOCALE must be one of ${LOCALES.join(', ')} (got "${fromEnv}")`);
  }
  return fromEnv as Locale;
}

const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
