import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitLedger } from '../../src/ledger/store.js';
import { ConfigurationError } from '../../src/platform/errors.js';
import { Git } from '../../src/platform/git.js';

const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
};

function sh(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: ENV, encoding: 'utf8' });
}

/** A bare "origin" with a main branch, and `n` clones of it. */
function repos(n: number): { origin: string; clones: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'wxgate-ledger-'));
  const seed = join(root, 'seed');
  sh(root, 'init', '-q', '-b', 'main', seed);
  writeFileSync(join(seed, 'README.md'), 'content\n');
  sh(seed, 'add', 'README.md');
  sh(seed, 'commit', '-q', '-m', 'seed');
  const origin = join(root, 'origin.git');
  sh(root, 'clone', '-q', '--bare', seed, origin);
  const clones = Array.from({ length: n }, (_, i) => {
    const dir = join(root, `clone${i}`);
    sh(root, 'clone', '-q', origin, dir);
    return dir;
  });
  return { origin, clones };
}

const open = (dir: string, remote: string | 'auto' | undefined = 'auto') =>
  GitLedger.open(new Git(dir, ENV), { branch: 'wxgate-ledger', remote });

describe('GitLedger', () => {
  it('writes files as commits on its own branch, never touching the checkout', async () => {
    const { clones } = repos(1);
    const dir = clones[0]!;
    const ledger = await open(dir);
    expect(ledger.describe()).toBe('origin/wxgate-ledger');
    expect(ledger.snapshot.tip).toBeUndefined();
    const message = 'publish: x\n\nA reason with "quotes", $(rm -rf /) and `ticks`\n\nWxgate-Article: a/b\n';
    await ledger.transact(() => ({
      value: undefined,
      changes: new Map([['records/group/a.yml', 'state: published\n']]),
      message,
    }));
    expect(sh(dir, 'status', '--porcelain')).toBe('');
    expect(sh(dir, 'show', 'origin/wxgate-ledger:records/group/a.yml')).toBe('state: published\n');
    expect(sh(dir, 'log', '-1', '--format=%B', 'origin/wxgate-ledger')).toMatch(
      /^publish: x\n\nA reason with "quotes", \$\(rm -rf \/\) and `ticks`\n\nWxgate-Article: a\/b\nWxgate-Write-Id: [0-9a-f]{16}\n\n$/,
    );
    expect(
      sh(
        dir,
        'log',
        '-1',
        '--format=%(trailers:key=Wxgate-Article,valueonly)',
        'origin/wxgate-ledger',
      ).trim(),
    ).toBe('a/b');
    // A fresh clone (a new Actions job) reads what was pushed.
    const again = await open(dir);
    expect(again.snapshot.read('records/group/a.yml')).toBe('state: published\n');
    await again.transact(() => ({
      value: 0,
      changes: new Map([['records/group/a.yml', null]]),
      message: 'delete',
    }));
    expect(again.snapshot.read('records/group/a.yml')).toBeUndefined();
  });

  it('keeps the ledger local when there is no remote, with update-ref as the compare-and-swap', async () => {
    const { clones } = repos(1);
    const dir = clones[0]!;
    sh(dir, 'remote', 'remove', 'origin');
    const ledger = await open(dir);
    expect(ledger.describe()).toBe('wxgate-ledger (local)');
    await ledger.transact(() => ({ value: 0, changes: new Map([['f.yml', '1\n']]), message: 'one' }));
    expect(sh(dir, 'show', 'wxgate-ledger:f.yml')).toBe('1\n');
  });

  it('a rejected push means another run moved first: the decision is taken again on the new state', async () => {
    const { clones } = repos(2);
    const a = await open(clones[0]!);
    const b = await open(clones[1]!);
    await a.transact(() => ({ value: 0, changes: new Map([['n.yml', '1\n']]), message: 'a' }));
    // b still holds the empty snapshot: its first write is refused, it re-reads and decides again.
    const seen: (string | undefined)[] = [];
    await b.transact((snapshot) => {
      const n = Number(snapshot.read('n.yml') ?? 0);
      seen.push(snapshot.read('n.yml'));
      return { value: 0, changes: new Map([['n.yml', `${n + 1}\n`]]), message: 'b' };
    });
    expect(seen).toEqual([undefined, '1\n']);
    expect(b.snapshot.read('n.yml')).toBe('2\n');
  });

  it('two writers incrementing one counter at once lose no update', async () => {
    const { clones } = repos(2);
    const ledgers = await Promise.all(clones.map((c) => open(c)));
    const bump = (ledger: GitLedger) =>
      ledger.transact((snapshot) => ({
        value: 0,
        changes: new Map([['counter.yml', `${Number(snapshot.read('counter.yml') ?? 0) + 1}\n`]]),
        message: 'bump',
      }));
    await Promise.all(
      ledgers.map(async (ledger) => {
        for (let i = 0; i < 5; i++) await bump(ledger);
      }),
    );
    const check = await open(clones[0]!);
    expect(check.snapshot.read('counter.yml')).toBe('10\n');
    expect(sh(clones[0]!, 'rev-list', '--count', 'origin/wxgate-ledger').trim()).toBe('10');
  });

  it('refuses a ledger branch that is checked out, and a remote that does not exist', async () => {
    const { clones } = repos(1);
    const dir = clones[0]!;
    await expect(open(dir, 'upstream')).rejects.toThrow(ConfigurationError);
    sh(dir, 'checkout', '-q', '-b', 'wxgate-ledger');
    await expect(open(dir)).rejects.toThrow(/checked out/);
  });
});
