import { type ParseArgsConfig, parseArgs } from 'node:util';

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
