import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { bundledCli, ROOT } from '../support/bundle.js';
import { runMain } from './run-main.js';

const run = (argv: string[]) => runMain(argv);

describe('command-line mistakes get one clear line and a did-you-mean', () => {
  it('an unknown command', async () => {
    expect(await run(['chek'])).toEqual({
      code: 2,
      out: '',
      err: `wxgate: unknown command "chek" (did you mean "check"?)\nRun 'wxgate --help' for usage.\n`,
    });
    expect((await run(['frobnicate'])).err).toMatch(/^wxgate: unknown command "frobnicate"\n/);
  });

  it('an unknown option, never the parser text of Node', async () => {
    const r = await run(['check', '--fromat', 'json']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `wxgate: unknown option --fromat (did you mean --format?)\nRun 'wxgate --help' for usage.\n`,
    );
    expect((await run(['check', '--zzz'])).err).toMatch(/^wxgate: unknown option --zzz\n/);
  });

  it('an option without its value, or a value given to a switch', async () => {
    expect((await run(['check', '--format'])).err).toMatch(
      /^wxgate: option --format needs a value \(--format <value>\)\n/,
    );
    expect((await run(['check', '--help=yes'])).err).toMatch(/^wxgate: option --help takes no value\n/);
  });
});

describe('wxgate … | head', () => {
  it('ends quietly when the reader goes away (no EPIPE stack trace)', async () => {
    const child = spawn(process.execPath, [bundledCli(), 'rules'], { cwd: ROOT });
    // The reader leaves before wxgate has started: its first write meets a closed pipe.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
