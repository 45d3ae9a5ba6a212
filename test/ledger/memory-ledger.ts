/**
 * An in-memory Ledger for tests: the same contract as the git ledger (test/ledger/ledger.test.ts runs one suite
 * against both), without git. A `MemoryLedgerRemote` stands for the branch on the server and its seen branch;
 * every `MemoryLedger` opened on it is one run's clone, with its own snapshot, swapping the remote's tip only if
 * it still is the version the run decided on. What an insider can do with `git push` is here too: push a commit
 * by hand, force the branch back, delete it.
 */
import {
  CompareAndSwapLedger,
  type CompareAndSwapOptions,
  type LedgerChanges,
  LedgerRewoundError,
  LedgerSnapshot,
} from '../../src/ledger/ledger.js';

interface Version {
  tip: string;
  parent: string | undefined;
  files: ReadonlyMap<string, string>;
  message: string;
}

export class MemoryLedgerRemote {
  /** Every version ever written, by tip (a branch forced back keeps its later versions, as git objects stay). */
  private readonly versions = new Map<string, Version>();
  /** The branch: undefined while it does not exist. */
  private head: string | undefined;
  /** The seen branch: the last version a run wrote or accepted. */
  seen: string | undefined;

  constructor(readonly name = 'wxgate-ledger') {}

  /** The branch as a run fetches it; `trackSeen` checks it against the seen branch as GitLedger does. */
  read(trackSeen = false): LedgerSnapshot {
    const head = this.head === undefined ? undefined : this.versions.get(this.head);
    const files = head?.files ?? new Map<string, string>();
    if (!trackSeen || this.seen === undefined || this.seen === this.head) {
      return new LedgerSnapshot(this.head, files);
    }
    const keptIn = `${this.name}-seen (in memory)`;
    if (this.head === undefined) throw new LedgerRewoundError(this.describe(), this.seen, undefined, keptIn);
    if (!this.lineOf(this.head).includes(this.seen)) {
      throw new LedgerRewoundError(this.describe(), this.seen, this.head, keptIn);
    }
    const before = (this.versions.get(this.seen) as Version).files;
    const paths = [...new Set([...before.keys(), ...files.keys()])]
      .filter((p) => before.get(p) !== files.get(p))
      .sort();
    return new LedgerSnapshot(this.head, files, { since: this.seen, until: this.head, paths });
  }

  describe(): string {
    return `${this.name} (in memory)`;
  }

  /** Writes on top of `base` only if `base` is still the newest version; a run's write moves the seen branch. */
  swap(
    base: LedgerSnapshot,
    changes: LedgerChanges,
    message: string,
    moveSeen: boolean,
  ): LedgerSnapshot | undefined {
    if (base.tip !== this.head) return undefined;
    const files = base.withChanges(changes);
    const tip = this.add(base.tip, files, message);
    this.head = tip;
    if (moveSeen) this.seen = tip;
    return new LedgerSnapshot(tip, files);
  }

  /** The seen branch moves forward to `tip` (never back, as a push without force). */
  accept(tip: string): void {
    if (this.seen === undefined || this.lineOf(tip).includes(this.seen)) this.seen = tip;
  }

  /** A commit pushed by hand (a person with push rights, not a run): the seen branch stays where it is. */
  pushByHand(changes: LedgerChanges, message = 'edit by hand'): string {
    const base = this.read();
    this.head = this.add(this.head, base.withChanges(changes), message);
    return this.head;
  }

  /** `git push --force origin <tip>:wxgate-ledger`: the branch goes back to an older version. */
  forceTo(tip: string | undefined): void {
    this.head = tip;
  }

  /** `git push origin :wxgate-ledger`. */
  deleteBranch(): void {
    this.head = undefined;
  }

  /** The branch's versions, oldest first. */
  tips(): string[] {
    return this.head === undefined ? [] : this.lineOf(this.head).reverse();
  }

  /** The commit messages, newest first (what `git log` shows). */
  messages(): string[] {
    if (this.head === undefined) return [];
    return this.lineOf(this.head).map((tip) => (this.versions.get(tip) as Version).message);
  }

  private add(parent: string | undefined, files: ReadonlyMap<string, string>, message: string): string {
    const tip = `v${this.versions.size + 1}`;
    this.versions.set(tip, { tip, parent, files, message });
    return tip;
  }

  /** `tip` and its ancestors, newest first. */
  private lineOf(tip: string): string[] {
    const line: string[] = [];
    for (let at: string | undefined = tip; at !== undefined; at = this.versions.get(at)?.parent)
      line.push(at);
    return line;
  }
}

export class MemoryLedger extends CompareAndSwapLedger {
  private constructor(
    private readonly remote: MemoryLedgerRemote,
    private readonly trackSeen: boolean,
    options: CompareAndSwapOptions,
  ) {
    super(options);
  }

  /** Opens the ledger as a run does: reading the newest version (checked against the seen branch with `trackSeen`). */
  static async open(
    remote: MemoryLedgerRemote,
    options: CompareAndSwapOptions & { trackSeen?: boolean } = {},
  ): Promise<MemoryLedger> {
    const { trackSeen = false, ...rest } = options;
    const ledger = new MemoryLedger(remote, trackSeen, rest);
    await ledger.refresh();
    return ledger;
  }

  describe(): string {
    return this.remote.describe();
  }

  async refresh(): Promise<LedgerSnapshot> {
    this.current = this.remote.read(this.trackSeen);
    return this.current;
  }

  async accept(snapshot: LedgerSnapshot): Promise<void> {
    if (!this.trackSeen || !snapshot.tip || !snapshot.outside) return;
    this.remote.accept(snapshot.tip);
    if (this.current.tip === snapshot.tip) this.current = snapshot.withoutOutside();
  }

  protected async compareAndSwap(
    base: LedgerSnapshot,
    changes: LedgerChanges,
    message: string,
  ): Promise<boolean> {
    const written = this.remote.swap(base, changes, message, this.trackSeen);
    if (written) this.current = written;
    return written !== undefined;
  }
}
