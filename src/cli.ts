import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import pkg from '../package.json' with { type: 'json' };
import { helpIn, type Io, localeOf, UsageError } from './commands/command.js';
import { COMMANDS } from './commands/index.js';
import { ConfigurationError } from './platform/errors.js';
import { didYouMean } from './text/did-you-mean.js';

function help(): string {
  const lines = Object.values(COMMANDS).map((c) => `  ${c.synopsis}`);
  return `wxgate ${pkg.version} — publishing governance for WeChat Official Accounts (微信公众号)

Usage: wxgate <command> [options]

Commands:
${lines.join('\n')}
  help [command]     Show help for a command

Run 'wxgate <command> --help' for the options of a command.
Exit codes: 0 success · 1 the command found problems · 2 usage or configuration error.
`;
}

export async function main(argv: readonly string[], io: Io = defaultIo()): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
      const topic = rest[0] === undefined ? undefined : COMMANDS[rest[0]];
      io.out(topic ? helpIn(await topic.load(), localeOf(undefined, io.env)) : help());
      return 0;
    }
    if (name === '--version' || name === '-v') {
      io.out(`${pkg.version}\n`);
      return 0;
    }
    const entry = COMMANDS[name];
    if (!entry) {
      const guess = didYouMean(name, [...Object.keys(COMMANDS), 'help']);
      throw new UsageError(`unknown command "${name}"${guess ? ` (did you mean "${guess}"?)` : ''}`);
    }
    return await (await entry.load()).run(rest, io);
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

function defaultIo(): Io {
  return {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    isTty: Boolean(process.stdout.isTTY),
    env: process.env,
    ...(process.stdin.isTTY ? { ask: askOnTerminal } : {}),
  };
}

/**
 * One question on the terminal. readline is loaded only when a command asks, with require rather than import():
 * the bundle runs as a vm.Script (src/platform/bundle-loader.ts), where import() has no loader on every Node 20
 * release.
 */
async function askOnTerminal(question: string): Promise<string> {
  const { createInterface } = createRequire(import.meta.url)(
    'node:readline/promises',
  ) as typeof import('node:readline/promises');
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await terminal.question(question);
  } finally {
    terminal.close();
  }
}

/**
 * The CLI as a program: the arguments of the process, its exit code, its streams. dist/cli.js calls it after
 * loading the bundle (src/cli-loader.ts); `tsx src/cli.ts` runs it directly.
 */
export function runAsProgram(hooks: Pick<Io, 'unlikeNextRun'> = {}): void {
  endQuietlyWhenReaderLeaves();
  main(process.argv.slice(2), { ...defaultIo(), ...hooks }).then(
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

// Run only as a program, not when imported by tests. npm links bin scripts, so compare real paths.
if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) {
  runAsProgram();
}

/**
 * `wxgate rules | head` closes the pipe after a few lines: the next write fails with EPIPE. Like git and ls, stop
 * there quietly (the reader has what it wanted) instead of printing a stack trace.
 */
function endQuietlyWhenReaderLeaves(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    });
  }
}
