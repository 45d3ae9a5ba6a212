/**
 * An in-memory Ledger for tests: the same contract as the git ledger (test/ledger/ledger.test.ts runs one suite
 * against both), without git. A `MemoryLedgerRemote` stands for the branch on the server; every `MemoryLedger`
 * opened on it is one run's clone, with its own snapshot, swapping the remote's tip only if it still is the
 * version the run decided on.
 */
import {
  CompareAndSwapLedger,
  type CompareAndSwapOptions,
  type LedgerChanges,
  LedgerSnapshot,
} from '../../src/ledger/ledger.js';

interface Version {
  tip: string;
  files: ReadonlyMap<string, string>;
  message: string;
}

export class MemoryLedgerRemote {
  /** Every version written, oldest first: the branch's history. */
  readonly history: Version[] = [];

  constructor(readonly name = 'wxgate-ledger') {}

  read(): LedgerSnapshot {
    const last = this.history.at(-1);
    return new LedgerSnapshot(last?.tip, last?.files ?? new Map());
  }

  /** Writes on top of `base` only if `base` is still the newest version. */
  swap(base: LedgerSnapshot, changes: LedgerChanges, message: string): LedgerSnapshot | undefined {
    if (base.tip !== this.history.at(-1)?.tip) return undefined;
    const version = { tip: `v${this.history.length + 1}`, files: base.withChanges(changes), message };
    this.history.push(version);
    return new LedgerSnapshot(version.tip, version.files);
  }

  /** The commit messages, newest first (what `git log` shows). */
  messages(): string[] {
    return this.history.map((v) => v.message).reverse();
  }
}

export class MemoryLedger extends CompareAndSwapLedger {
  private constructor(
    private readonly remote: MemoryLedgerRemote,
    options: CompareAndSwapOptions,
  ) {
    super(options);
  }

  /** Opens the ledger as a run does: reading the newest version. */
  static async open(remote: MemoryLedgerRemote, options: CompareAndSwapOptions = {}): Promise<MemoryLedger> {
    const ledger = new MemoryLedger(remote, options);
    await ledger.refresh();
    return ledger;
  }

  describe(): string {
    return `${this.remote.name} (in memory)`;
  }

  async refresh(): Promise<LedgerSnapshot> {
    this.current = this.remote.read();
    return this.current;
  }

  protected async compareAndSwap(
    base: LedgerSnapshot,
    changes: LedgerChanges,
    message: string,
  ): Promise<boolean> {
    const written = this.remote.swap(base, changes, message);
    if (written) this.current = written;
    return written !== undefined;
  }
}
