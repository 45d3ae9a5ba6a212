import { describe, expect, it } from 'vitest';
import { GitLedger } from '../../src/ledger/store.js';
import { ConfigurationError } from '../../src/platform/errors.js';
import { Git } from '../../src/platform/git.js';
import { ENV, remote, sh } from './repos.js';

/** A bare "origin" with a main branch, and `n` clones of it. */
function repos(n: number): { origin: string; clones: string[] } {
  const r = remote();
  return { origin: r.origin, clones: Array.from({ length: n }, () => r.clone()) };
}

const open = (dir: string, remote: string | 'auto' | undefined = 'auto') =>
  GitLedger.open(new Git(dir, ENV), { branch: 'wxgate-ledger', remote });

/** What only the git ledger does; the Ledger contract itself is in ledger.test.ts. */
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
    expect(sh(dir, 'for-each-ref', 'refs/wxgate')).toBe('');
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
    // A second run in the same clone, on the snapshot before: its swap is refused and it decides again.
    const other = await open(dir);
    await ledger.transact(() => ({ value: 0, changes: new Map([['f.yml', '2\n']]), message: 'two' }));
    const seen: (string | undefined)[] = [];
    await other.transact((snapshot) => {
      seen.push(snapshot.read('f.yml'));
      return {
        value: 0,
        changes: new Map([['f.yml', `${Number(snapshot.read('f.yml')) + 1}\n`]]),
        message: 'three',
      };
    });
    expect(seen).toEqual(['1\n', '2\n']);
    expect(sh(dir, 'show', 'wxgate-ledger:f.yml')).toBe('3\n');
    // The commits were built on private refs, none of which is left behind.
    expect(sh(dir, 'for-each-ref', 'refs/wxgate')).toBe('');
  });

  it('refuses a ledger branch that is checked out, and a remote that does not exist', async () => {
    const { clones } = repos(1);
    const dir = clones[0]!;
    await expect(open(dir, 'upstream')).rejects.toThrow(ConfigurationError);
    sh(dir, 'checkout', '-q', '-b', 'wxgate-ledger');
    await expect(open(dir)).rejects.toThrow(/checked out/);
  });
});
