import { describe, expect, it } from 'vitest';
import { defineCommand, type Io, UsageError } from '../../src/commands/command.js';

function io(): Io & { output: string[] } {
  const output: string[] = [];
  return { output, out: (s) => output.push(s), err: (s) => output.push(s), cwd: '/', isTty: false, env: {} };
}

describe('defineCommand', () => {
  const seen: unknown[] = [];
  const command = defineCommand(
    'Usage: wxgate demo [--name N] [paths...]\n',
    { name: { type: 'string' } },
    async (p) => {
      seen.push(p);
      return 7;
    },
  );

  it('prints the help for -h and --help, without running the command', async () => {
    seen.length = 0;
    for (const flag of ['-h', '--help']) {
      const sink = io();
      expect(await command.run([flag], sink)).toBe(0);
      expect(sink.output).toEqual(['Usage: wxgate demo [--name N] [paths...]\n']);
    }
    expect(seen).toEqual([]);
  });

  it('hands the command its parsed options and paths', async () => {
    seen.length = 0;
    expect(await command.run(['--name', '澜川', 'a.md'], io())).toBe(7);
    expect(seen).toEqual([{ values: { name: '澜川' }, positionals: ['a.md'] }]);
  });

  it('turns an unknown option into a usage error', async () => {
    await expect(command.run(['--nmae', 'x'], io())).rejects.toThrow(UsageError);
  });
});
