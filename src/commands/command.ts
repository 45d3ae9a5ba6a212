import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { Locale } from '../text/vocabulary.js';

/** Where a command writes and what it may know of its surroundings; tests pass their own. */
export interface Io {
  out(s: string): void;
  err(s: string): void;
  cwd: string;
  isTty: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** Asks a person on the terminal and resolves with the reply; absent when stdin is not a terminal. */
  ask?(question: string): Promise<string>;
}

/** One `wxgate <name>` command. `run` returns the exit code. */
export interface Command {
  help: string;
  run(args: readonly string[], io: Io): Promise<number>;
}

/** A mistake in the command line: exit 2 with the message and a pointer to --help. */
export class UsageError extends Error {}

export function parse(args: readonly string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}

type Options = NonNullable<ParseArgsConfig['options']>;
const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;
type Parsed<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O & typeof HELP_OPTION; allowPositionals: true; strict: true }>
>;

/**
 * A command whose options are parsed, and whose -h/--help prints its help, the same way as every other: `run`
 * receives the parsed values and positionals, and is not called for --help.
 */
export function defineCommand<const O extends Options>(
  help: string,
  options: O,
  run: (parsed: Parsed<O>, io: Io) => Promise<number>,
): Command {
  return {
    help,
    async run(args, io) {
      const parsed = parse(args, { ...options, ...HELP_OPTION }) as Parsed<O>;
      if ((parsed.values as { help?: boolean }).help) {
        io.out(help);
        return 0;
      }
      return run(parsed, io);
    },
  };
}

/** The --locale option every command that writes messages takes: Chinese unless `en` is asked for. */
export function localeOption(value: unknown): Locale {
  return oneOf<Locale>('locale', value, ['zh-CN', 'en'], 'zh-CN');
}
