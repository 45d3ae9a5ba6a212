/**
 * The Ledger contract, as one suite that runs against every implementation: the git ledger in a temporary
 * repository and the in-memory ledger the publisher's tests use. An implementation that passes behaves, for the
 * publisher, like the other.
 */
import { describe, expect, it } from 'vitest';
import {
  type Ledger,
  LedgerChangedOutsideError,
  LedgerContentionError,
  LedgerRewoundError,
} from '../../src/ledger/ledger.js';

export interface LedgerUnderTest {
  /** Opens the ledger as a new run would (a fresh clone of the same remote); a publish run sets `trackSeen`. */
  open(options?: { maxAttempts?: number; trackSeen?: boolean }): Promise<Ledger>;
  /** What anyone who may push to the branch can do without wxgate. */
  insider: {
    /** Commits a file change on the branch's tip and pushes it; returns the new tip. */
    pushByHand(path: string, text: string): Promise<string>;
    /** Forces the branch to an older commit. */
    forceTo(tip: string): Promise<void>;
    deleteBranch(): Promise<void>;
  };
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

    it('a ledger forced back to an older commit stops every run, naming both commits; nothing is written', async () => {
      const store = setup();
      const ledger = await store.open({ trackSeen: true });
      await ledger.transact(write('records/group/a.yml', 'state: claimed\n'));
      const older = ledger.snapshot.tip as string;
      await ledger.transact(write('records/group/a.yml', 'state: published\n'));
      const last = ledger.snapshot.tip as string;
      await store.insider.forceTo(older);
      const stopped = await store.open({ trackSeen: true }).catch((e: unknown) => e);
      expect(stopped).toBeInstanceOf(LedgerRewoundError);
      expect(stopped).toMatchObject({ trusted: last, found: older });
      expect((stopped as Error).message).toContain(last);
      expect((stopped as Error).message).toContain(older);
      // A run that was already open finds out on its next fetch, before it could write on the old state.
      await expect(ledger.refresh()).rejects.toThrow(LedgerRewoundError);
      // Without the check (a reader such as the audit) the branch is read as it is.
      expect((await store.open()).snapshot.read('records/group/a.yml')).toBe('state: claimed\n');
    });

    it('a deleted ledger branch stops every run', async () => {
      const store = setup();
      const ledger = await store.open({ trackSeen: true });
      await ledger.transact(write('records/group/a.yml', 'state: published\n'));
      const last = ledger.snapshot.tip as string;
      await store.insider.deleteBranch();
      const stopped = await store.open({ trackSeen: true }).catch((e: unknown) => e);
      expect(stopped).toBeInstanceOf(LedgerRewoundError);
      expect(stopped).toMatchObject({ trusted: last, found: undefined });
      expect((stopped as Error).message).toMatch(/is gone/);
    });

    it('a commit pushed by hand is named as outside; no run writes on it until a run has checked it', async () => {
      const store = setup();
      const ledger = await store.open({ trackSeen: true });
      await ledger.transact(write('records/group/a.yml', 'state: claimed\n'));
      const trusted = ledger.snapshot.tip as string;
      const edited = await store.insider.pushByHand('records/group/a.yml', 'state: published\n');
      const next = await store.open({ trackSeen: true });
      expect(next.snapshot.outside).toEqual({
        since: trusted,
        until: edited,
        paths: ['records/group/a.yml'],
      });
      await expect(next.transact(write('records/group/b.yml', 'x\n'))).rejects.toThrow(
        LedgerChangedOutsideError,
      );
      expect(next.writes).toBe(0);
      // The run that checked the change writes on top of it, and from then on it is trusted.
      await next.transact(() => ({
        ...write('records/group/a.yml', 'state: failed\n')(),
        acceptOutside: true,
      }));
      const after = await store.open({ trackSeen: true });
      expect(after.snapshot.outside).toBeUndefined();
      expect(after.snapshot.read('records/group/a.yml')).toBe('state: failed\n');
    });

    it('outside changes can be accepted without a write; a writer that keeps no seen tip never moves it', async () => {
      const store = setup();
      await (await store.open({ trackSeen: true })).transact(write('records/group/a.yml', '1\n'));
      // The audit writes its checkpoints without the seen tip: for a publish run they are outside changes.
      await (await store.open()).transact(write('checkpoints/2026Q4.yml', 'c\n'));
      const run = await store.open({ trackSeen: true });
      expect(run.snapshot.outside?.paths).toEqual(['checkpoints/2026Q4.yml']);
      await run.accept(run.snapshot);
      expect(run.snapshot.outside).toBeUndefined();
      const next = await store.open({ trackSeen: true });
      expect(next.snapshot.outside).toBeUndefined();
      await next.transact(write('records/group/a.yml', '2\n'));
      expect((await store.open({ trackSeen: true })).snapshot.read('records/group/a.yml')).toBe('2\n');
    });

    it('a ledger that never had a seen tip is trusted as found (first use)', async () => {
      const store = setup();
      await (await store.open()).transact(write('records/group/a.yml', 'state: published\n'));
      const run = await store.open({ trackSeen: true });
      expect(run.snapshot.outside).toBeUndefined();
      await run.transact(write('records/group/b.yml', 'state: claimed\n'));
      await store.insider.pushByHand('records/group/b.yml', 'state: published\n');
      expect((await store.open({ trackSeen: true })).snapshot.outside?.paths).toEqual([
        'records/group/b.yml',
      ]);
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
