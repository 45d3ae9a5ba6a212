import { type Clock, systemClock } from '../platform/clock.js';

/**
 * The Ledger port: what the publisher needs of its durable store. Files (publish records, account caches) read
 * from one consistent snapshot, and writes that are compare-and-swap on that snapshot, so that a decision is only
 * ever applied to the state it was made on. Leases and revisions are data inside the records; the ledger only
 * guarantees that two writers never both succeed on the same snapshot.
 *
 * Implementations: `GitLedger` (store.ts, a branch pushed without force) and, for tests, an in-memory ledger that
 * honours the same contract (test/ledger/contract.ts runs one suite against both).
 */
/** The branch publish records live on, unless a run names another. */
export const DEFAULT_LEDGER_BRANCH = 'wxgate-ledger';

export interface Ledger {
  /** The files as last read or written by this process. */
  readonly snapshot: LedgerSnapshot;
  /**
   * Reads the newest state (fetching it when it lives elsewhere). A ledger that keeps a trusted tip never moves
   * backwards silently: a ledger that no longer contains that tip (rewound, rewritten, deleted) is a
   * `LedgerRewoundError`; commits after it that no publish run wrote are named in `snapshot.outside`.
   */
  refresh(): Promise<LedgerSnapshot>;
  /**
   * Decides on the current snapshot and writes the decision; when another writer moved first, reads again and
   * decides again on the new state. `decide` must be a pure function of the snapshot: it may run several times.
   * Returns the value of the decision that was written (or that needed no write).
   */
  transact<T>(decide: (snapshot: LedgerSnapshot) => Decision<T>): Promise<T>;
  /**
   * Trusts the changes made outside the publish runs up to `snapshot.tip` (`snapshot.outside`), once a run has
   * checked them, without writing anything else. A later snapshot that has moved on is left as it is.
   */
  accept(snapshot: LedgerSnapshot): Promise<void>;
  /** Where the ledger lives, for messages. */
  describe(): string;
  /** Writes made by this process, for the summary. */
  readonly writes: number;
}

/**
 * Commits on the ledger that no publish run wrote: after the last tip a run wrote or accepted (the trusted tip),
 * someone pushed to the branch by hand, or another program did. Until a run has checked them, no run writes on
 * top of them (`LedgerChangedOutsideError`), so a record edited by hand cannot be made to look like a run's own.
 */
export interface OutsideChanges {
  /** The trusted tip: the last commit a publish run wrote or accepted. */
  since: string;
  /** The ledger's tip when they were found. */
  until: string;
  /** The files those commits added, changed or deleted, sorted. */
  paths: string[];
}

/** Every file of the ledger at one version. */
export class LedgerSnapshot {
  constructor(
    /** The version the files were read from; undefined while the ledger is empty. */
    readonly tip: string | undefined,
    private readonly files: ReadonlyMap<string, string>,
    /** Changes after the trusted tip that no publish run made; undefined when there are none. */
    readonly outside?: OutsideChanges,
  ) {}

  read(path: string): string | undefined {
    return this.files.get(path);
  }

  /** Paths under a folder (`records/group/`), sorted. */
  paths(prefix = ''): string[] {
    return [...this.files.keys()].filter((p) => p.startsWith(prefix)).sort();
  }

  /** The same files, with their outside changes trusted. */
  withoutOutside(): LedgerSnapshot {
    return new LedgerSnapshot(this.tip, this.files);
  }

  /** The files of this snapshot with `changes` applied. */
  withChanges(changes: LedgerChanges): Map<string, string> {
    const files = new Map(this.files);
    for (const [path, text] of changes) {
      if (text === null) files.delete(path);
      else files.set(path, text);
    }
    return files;
  }
}

/** Files to write (text) or delete (null), by path. */
export type LedgerChanges = Map<string, string | null>;

export interface Decision<T> {
  value: T;
  /** Nothing to write when absent or empty: `transact` returns `value` at once. */
  changes?: LedgerChanges;
  message?: string;
  /** This write is the check of `snapshot.outside`: it may go on top of those changes, and trusts them. */
  acceptOutside?: boolean;
}

/** Other writers kept moving first: no write of this run got through. */
export class LedgerContentionError extends Error {}

/**
 * The ledger no longer contains the last tip a publish run wrote: it was rewound, rewritten or deleted. Nothing
 * may be published on such a ledger — its records could say "not published yet" about what is published.
 */
export class LedgerRewoundError extends Error {
  constructor(
    /** Where the ledger lives. */
    readonly ledger: string,
    /** The last commit a publish run wrote (or accepted). */
    readonly trusted: string,
    /** The ledger's tip now; undefined when the branch is gone. */
    readonly found: string | undefined,
    /** Where the trusted tip is kept, for the message. */
    readonly keptIn: string,
  ) {
    super(
      found === undefined
        ? `the ledger branch ${ledger} is gone, but the last publish run wrote commit ${trusted} (${keptIn}): it was deleted`
        : `the ledger branch ${ledger} is at commit ${found}, which does not contain commit ${trusted} that the last publish run wrote (${keptIn}): it was rewound or rewritten`,
    );
    this.name = 'LedgerRewoundError';
  }
}

/** A run was about to write on top of changes made outside the publish runs that no run has checked yet. */
export class LedgerChangedOutsideError extends Error {
  constructor(
    ledger: string,
    readonly outside: OutsideChanges,
  ) {
    super(
      `the ledger ${ledger} was changed outside a publish run after commit ${outside.since.slice(0, 12)} (${outside.paths.join(', ')}); those changes are checked before anything else is written`,
    );
    this.name = 'LedgerChangedOutsideError';
  }
}

/** How many times a write is tried again after another writer moved first. */
export const DEFAULT_WRITE_ATTEMPTS = 30;
/** Before trying again: a short wait with jitter, so two runs do not collide in lock-step. */
const RETRY_WAIT_BASE_MS = 20;
const RETRY_JITTER_STEP_MS = 80;
const RETRY_JITTER_MAX_FACTOR = 5;

export interface CompareAndSwapOptions {
  maxAttempts?: number;
  clock?: Clock;
  /** In [0, 1): the jitter of the wait between attempts. */
  random?: () => number;
}

/**
 * The part of the contract every ledger shares: the decide → write → on conflict re-read loop. A subclass says how
 * to read the newest state and how to write on top of a snapshot only if it is still the newest one.
 */
export abstract class CompareAndSwapLedger implements Ledger {
  protected current: LedgerSnapshot = new LedgerSnapshot(undefined, new Map());
  writes = 0;
  private readonly maxAttempts: number;
  protected readonly clock: Clock;
  private readonly random: () => number;

  constructor(options: CompareAndSwapOptions = {}) {
    this.maxAttempts = options.maxAttempts ?? DEFAULT_WRITE_ATTEMPTS;
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
  }

  get snapshot(): LedgerSnapshot {
    return this.current;
  }

  abstract describe(): string;
  abstract refresh(): Promise<LedgerSnapshot>;
  abstract accept(snapshot: LedgerSnapshot): Promise<void>;

  /**
   * Writes `changes` on top of `base` only if `base` is still the newest version; false when another writer moved
   * first. On success `this.current` is the new snapshot.
   */
  protected abstract compareAndSwap(
    base: LedgerSnapshot,
    changes: LedgerChanges,
    message: string,
  ): Promise<boolean>;

  async transact<T>(decide: (snapshot: LedgerSnapshot) => Decision<T>): Promise<T> {
    for (let attempt = 0; attempt < this.maxAttempts; attempt++) {
      const snapshot = attempt === 0 ? this.current : await this.refresh();
      const decision = decide(snapshot);
      if (!decision.changes || decision.changes.size === 0) return decision.value;
      if (snapshot.outside && !decision.acceptOutside) {
        throw new LedgerChangedOutsideError(this.describe(), snapshot.outside);
      }
      for (const path of decision.changes.keys()) {
        if (!isSafeLedgerPath(path)) throw new Error(`refusing to write ledger path ${JSON.stringify(path)}`);
      }
      if (
        await this.compareAndSwap(snapshot, decision.changes, decision.message ?? 'wxgate: update ledger')
      ) {
        this.writes++;
        return decision.value;
      }
      const jitter = Math.floor(this.random() * RETRY_JITTER_STEP_MS);
      await this.clock.sleep(RETRY_WAIT_BASE_MS + jitter * Math.min(attempt + 1, RETRY_JITTER_MAX_FACTOR));
    }
    throw new LedgerContentionError(
      `the ledger branch ${this.describe()} kept moving: ${this.maxAttempts} writes in a row were pre-empted by other runs`,
    );
  }
}

/** A relative path of plain names: nothing that could climb out of the ledger or into `.git`. */
export function isSafeLedgerPath(path: string): boolean {
  return (
    path.length > 0 &&
    !path.startsWith('/') &&
    !path.split('/').some((part) => part === '' || part === '.' || part === '..' || part === '.git') &&
    !/[\0\n\r\t]/.test(path)
  );
}
