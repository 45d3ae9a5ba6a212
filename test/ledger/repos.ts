import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
};

export function sh(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: ENV, encoding: 'utf8' });
}

/** A bare "origin" with a main branch, in a temp folder; `clone()` makes a fresh clone of it (a new job). */
export function remote(): { origin: string; clone(): string } {
  const root = mkdtempSync(join(tmpdir(), 'wxgate-ledger-'));
  const seed = join(root, 'seed');
  sh(root, 'init', '-q', '-b', 'main', seed);
  writeFileSync(join(seed, 'README.md'), 'content\n');
  sh(seed, 'add', 'README.md');
  sh(seed, 'commit', '-q', '-m', 'seed');
  const origin = join(root, 'origin.git');
  sh(root, 'clone', '-q', '--bare', seed, origin);
  let clones = 0;
  return {
    origin,
    clone() {
      const dir = join(root, `clone${clones++}`);
      sh(root, 'clone', '-q', origin, dir);
      return dir;
    },
  };
}
