/**
 * The Ledger contract, as one suite that runs against every implementation: the git ledger in a temporary
 * repository and the in-memory ledger the publisher's tests use. An implementation that passes behaves, for the
 * publisher, like the other.
 */
import { describe, expect, it } from 'vitest';
import { type Ledger, LedgerContentionError } from '../../src/ledger/ledger.js';

export interface LedgerUnderTest {
  /** Opens the ledger as a new run would (a fresh clone of the same remote). */
  open(options?: { maxAttempts?: number }): Promise<Ledger>;
}

const write =
  (path: string, text: string | null, message = 'write') =>
  () => ({
    value: undefined,
    changes: new Map([[path, text]]),
    message,
  });

export function describeLedgerContract(name: string, setup: () => LedgerUnderTest): void {
  describe(`the Ledger contract: ${name}`, () => {
    it('starts empty; a write is read back by the writer and by a run opened later; a delete removes', async () => {
      const store = setup();
      const ledger = await store.open();
      expect(ledger.snapshot.tip).toBeUndefined();
      expect(ledger.snapshot.paths()).toEqual([]);
      expect(ledger.describe()).not.toBe('');
      await ledger.transact(write('records/group/a.yml', 'state: published\n'));
      await ledger.transact(write('records/group/b.yml', 'state: drafted\n'));
      expect(ledger.snapshot.read('records/group/a.yml')).toBe('state: published\n');
      expect(ledger.writes).toBe(2);
      const later = await store.open();
      expect(later.snapshot.paths('records/group/')).toEqual(['records/group/a.yml', 'records/group/b.yml']);
      expect(later.snapshot.tip).toBe(ledger.snapshot.tip);
      await later.transact(write('records/group/a.yml', null));
      expect(later.snapshot.read('records/group/a.yml')).toBeUndefined();
      expect((await ledger.refresh()).paths()).toEqual(['records/group/b.yml']);
    });

    it('a decision without changes writes nothing', async () => {
      const ledger = await setup().open();
      expect(await ledger.transact(() => ({ value: 42 }))).toBe(42);
      expect(ledger.writes).toBe(0);
      expect(ledger.snapshot.tip).toBeUndefined();
    });

    it('a rejected push means another run moved first: the decision is taken again on the new state', async () => {
      const store = setup();
      const a = await store.open();
      const b = await store.open();
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
      const store = setup();
      const ledgers = await Promise.all([store.open(), store.open()]);
      const bump = (ledger: Ledger) =>
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
      const check = await store.open();
      expect(check.snapshot.read('counter.yml')).toBe('10\n');
      expect(ledgers[0]!.writes + ledgers[1]!.writes).toBe(10);
    });

    it('a writer pre-empted on every attempt stops with LedgerContentionError, writing nothing', async () => {
      const store = setup();
      const stale = await store.open({ maxAttempts: 1 });
      await (await store.open()).transact(write('f.yml', 'theirs\n'));
      await expect(stale.transact(write('f.yml', 'mine\n'))).rejects.toThrow(LedgerContentionError);
      expect(stale.writes).toBe(0);
      expect((await store.open()).snapshot.read('f.yml')).toBe('theirs\n');
    });

    it('refuses paths that could leave the ledger', async () => {
      const ledger = await setup().open();
      for (const path of ['../x.yml', '/etc/x', 'a//b', '.git/config', 'a\nb']) {
        await expect(ledger.transact(write(path, 'x'))).rejects.toThrow(/refusing to write ledger path/);
      }
      expect(ledger.writes).toBe(0);
    });
  });
}
