import type { Ledger, LedgerChanges, LedgerSnapshot } from '../ledger/ledger.js';
import type { Clock } from '../platform/clock.js';
import { isoIn } from '../platform/time.js';
import type { RunIdentity } from './plan.js';
import {
  type AccountLedger,
  accountLedgerPath,
  formatAccountLedger,
  formatRecord,
  type PublishRecord,
  parseAccountLedger,
  parseRecord,
  type RemoteStep,
} from './record.js';
import { commitMessage } from './trailers.js';

/** Another run took the article over (our lease ran out): stop touching it at once. */
export class LostLeaseError extends Error {}

export function readRecord(snapshot: LedgerSnapshot, path: string): PublishRecord | undefined {
  const text = snapshot.read(path);
  return text === undefined ? undefined : parseRecord(path, text);
}

export interface SaveRequest {
  /** One sentence for the history and the commit message. */
  event: string;
  mutate?: (record: PublishRecord) => void;
  /**
   * The remote step about to be taken: written BEFORE it is taken (and durable once `save` returns). Every save
   * without it clears `in_flight`, because a save after a step means the step's outcome is known.
   */
  next?: { step: RemoteStep; detail?: string };
  /** Keep `in_flight` as it is (an answer was lost: the step's outcome is still unknown). */
  keepInFlight?: boolean;
  /** Give the article back: this run is done with it. */
  release?: boolean;
  /** Changes to the account's media cache and call counts, applied to the newest version of that file. */
  account?: (ledger: AccountLedger) => void;
}

/**
 * One run's hold on one article. Every `save` is a compare-and-swap write of the record on the revision this run
 * holds, with the lease renewed: if anything else changed the record in between (another run took over after our
 * lease ran out), the write is refused with LostLeaseError and this run stops working on the article.
 */
export class ArticleSession {
  holding = true;

  constructor(
    private readonly ledger: Ledger,
    readonly path: string,
    public record: PublishRecord,
    private readonly me: RunIdentity,
    private readonly clock: Clock,
    private readonly zone: string,
    private readonly leaseMs: number,
  ) {}

  get accountPath(): string {
    return accountLedgerPath(this.record.account);
  }

  accountLedger(): AccountLedger {
    return parseAccountLedger(this.accountPath, this.ledger.snapshot.read(this.accountPath));
  }

  now(): number {
    return this.clock.now();
  }

  iso(ms = this.clock.now()): string {
    return isoIn(ms, this.zone);
  }

  async save(request: SaveRequest): Promise<void> {
    const now = this.clock.now();
    const expected = this.record.revision;
    const desired = structuredClone(this.record);
    request.mutate?.(desired);
    if (request.next) {
      desired.in_flight = { step: request.next.step, run: this.me.id, at: isoIn(now, this.zone) };
      if (request.next.detail) desired.in_flight.detail = request.next.detail;
    } else if (!request.keepInFlight) {
      desired.in_flight = undefined;
    }
    desired.revision = expected + 1;
    desired.lease = request.release ? undefined : lease(this.me, now + this.leaseMs, this.zone);
    desired.history = [
      ...desired.history,
      { at: isoIn(now, this.zone), state: desired.state, run: this.me.id, event: request.event },
    ];
    const written = await this.ledger.transact((snapshot) => {
      const fresh = readRecord(snapshot, this.path);
      if (!fresh || fresh.revision !== expected || fresh.lease?.run !== this.me.id) {
        throw new LostLeaseError(
          `${this.path}: another run changed the record (revision ${fresh?.revision ?? 'none'}, expected ${expected})`,
        );
      }
      const changes: LedgerChanges = new Map([[this.path, formatRecord(desired)]]);
      if (request.account) {
        const account = parseAccountLedger(this.accountPath, snapshot.read(this.accountPath));
        request.account(account);
        changes.set(this.accountPath, formatAccountLedger(account));
      }
      return { value: desired, changes, message: commitMessage(desired, request.event, this.me.id) };
    });
    this.record = written;
    if (request.release) this.holding = false;
  }
}

export function lease(me: RunIdentity, until: number, zone: string): NonNullable<PublishRecord['lease']> {
  return { run: me.id, host: me.host, pid: me.pid, until: isoIn(until, zone) };
}
