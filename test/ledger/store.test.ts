import { describe, expect, it } from 'vitest';
import { GitLedger } from '../../src/ledger/store.js';
import { ConfigurationError } from '../../src/platform/errors.js';
import { Git, type GitOptions, type GitResult } from '../../src/platform/git.js';
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

  it('reads again when a fetch races another run’s write, instead of taking a torn read for a rewind', async () => {
    const { origin, clones } = repos(2);
    const track = (dir: string, git = new Git(dir, ENV)) =>
      GitLedger.open(git, { branch: 'wxgate-ledger', remote: 'auto', trackSeen: true });
    const write = (ledger: GitLedger, state: string) =>
      ledger.transact(() => ({
        value: undefined,
        changes: new Map([['records/group/a.yml', `state: ${state}\n`]]),
        message: state,
      }));
    const writer = await track(clones[0]!);
    await write(writer, 'submitted');
    const first = sh(origin, 'rev-parse', 'wxgate-ledger').trim();
    const reader = new TearingGit(clones[1]!);
    const ledger = await track(clones[1]!, reader);
    await write(writer, 'published');
    const second = sh(origin, 'rev-parse', 'wxgate-ledger').trim();
    // What a fetch can see while the server renames the two refs of the writer's atomic push: the seen branch
    // moved, the ledger not yet. The rename completes before the reader fetches again.
    sh(origin, 'update-ref', 'refs/heads/wxgate-ledger', first);
    reader.afterFetch = () => sh(origin, 'update-ref', 'refs/heads/wxgate-ledger', second);
    const snapshot = await ledger.refresh();
    expect(snapshot.tip).toBe(second);
    expect(snapshot.outside).toBeUndefined();
    expect(snapshot.read('records/group/a.yml')).toBe('state: published\n');
  });
});

/** A Git whose next fetch is followed by a change on the remote, as a concurrent push would make it. */
class TearingGit extends Git {
  afterFetch: (() => void) | undefined;

  constructor(dir: string) {
    super(dir, ENV);
  }

  override async exec(args: readonly string[], options?: GitOptions): Promise<GitResult> {
    const result = await super.exec(args, options);
    const after = this.afterFetch;
    if (args[0] === 'fetch' && after) {
      this.afterFetch = undefined;
      after();
    }
    return result;
  }
}
