import type { Clock } from '../../platform/clock.js';
import { beijingDate } from '../errcodes.js';
import { EmulatorClock } from './clock.js';
import { type AccountConfig, type EmulatorConfig, mergeConfig, normalizeAccount } from './config.js';
import { type Fault, FaultQueue } from './faults.js';
import { settleJob } from './jobs.js';
import type { DraftRecord, PublicationRecord, Store } from './store.js';

export interface CallRecord {
  seq: number;
  at: string;
  method: string;
  endpoint: string;
  appid: string | null;
  /** 0 on success; null when no WeChat answer was sent (dropped connection, HTTP error). */
  errcode: number | null;
  http_status: number | null;
  ip: string;
  /** The fault applied, if any: `errcode 45009`, `drop before`, `delay 500 ms`… */
  fault: string | null;
}

/** One entry per freepublish/submit or sendall accepted. */
export interface PublicationView {
  publish_id: string | null;
  article_id: string | null;
  title: string;
  status: number;
  deleted: boolean;
  method: 'freepublish' | 'sendall';
  appid: string;
  media_id: string;
  msg_id: string | null;
  msg_data_id: string;
  urls: string[];
  fail_idx: number[];
  submitted_at: string;
  finished_at: string | null;
}

export interface DraftView {
  media_id: string;
  appid: string;
  state: DraftRecord['state'];
  titles: string[];
  created_at: string;
  updated_at: string;
  articles: DraftRecord['articles'];
}

/** A test's watch on the next call of an endpoint. */
export interface CallWatch {
  arrived: Promise<void>;
  answered: Promise<CallRecord>;
}

export interface Watch extends CallWatch {
  endpoint: string;
  arrive: () => void;
  answer: (call: CallRecord) => void;
}

/** Control and inspection of a running emulator, for tests and the `/__emulator/` endpoints. */
export class EmulatorState {
  private readonly faultQueue = new FaultQueue();
  private readonly callLog: CallRecord[] = [];
  private callSeq = 0;
  private readonly watches: Watch[] = [];
  baseUrl = '';
  readonly clock: EmulatorClock;

  constructor(
    readonly store: Store,
    baseClock: Clock,
  ) {
    this.clock = new EmulatorClock(baseClock, store);
  }

  now(): number {
    return this.clock.now();
  }

  get config(): EmulatorConfig {
    return this.store.config;
  }

  /** Moves the emulator's clock forward (token expiry, publish jobs, quota days). */
  advanceClock(ms: number): void {
    this.clock.advance(ms);
  }

  /** Settings changed at run time (partial EmulatorConfig). */
  configure(input: unknown): void {
    this.store.config = mergeConfig(this.store.config, input, 'config');
    this.store.save();
  }

  upsertAccount(input: AccountConfig | Record<string, unknown>): AccountConfig {
    const account = normalizeAccount(input, 'account');
    const accounts = this.store.config.accounts.filter((a) => a.appid !== account.appid);
    this.store.config = { ...this.store.config, accounts: [...accounts, account] };
    this.store.save();
    return account;
  }

  account(appid: string): AccountConfig | undefined {
    return this.store.config.accounts.find((a) => a.appid === appid);
  }

  addFault(fault: Fault | Record<string, unknown>): void {
    this.faultQueue.add(fault);
  }

  faults(): (Fault & { times: number })[] {
    return this.faultQueue.all();
  }

  clearFaults(): void {
    this.faultQueue.clear();
  }

  /** The first fault for this call, with one use consumed. */
  takeFault(endpoint: string, appid: string | undefined): (Fault & { times: number }) | undefined {
    return this.faultQueue.take(endpoint, appid);
  }

  /**
   * Watches the next call of `endpoint`: `arrived` when the emulator has it (waiting out a fault's delay, or being
   * handled), `answered` once it was answered or dropped. Lets a test act at that moment without polling.
   */
  watchCall(endpoint: string): CallWatch {
    const watch = { endpoint } as Watch;
    watch.arrived = new Promise<void>((resolve) => {
      watch.arrive = resolve;
    });
    watch.answered = new Promise<CallRecord>((resolve) => {
      watch.answer = resolve;
    });
    this.watches.push(watch);
    return { arrived: watch.arrived, answered: watch.answered };
  }

  /** The watch of a call that just arrived, if a test set one (server.ts). */
  claimWatch(endpoint: string): Watch | undefined {
    const index = this.watches.findIndex((w) => w.endpoint === endpoint);
    return index === -1 ? undefined : this.watches.splice(index, 1)[0];
  }

  /** Every token of the account (all accounts without one) expires now: the next business call gets 42001. */
  expireTokens(appid?: string): void {
    const now = this.now();
    for (const token of Object.values(this.store.data.tokens)) {
      if (appid === undefined || token.appid === appid) token.expiresAt = Math.min(token.expiresAt, now);
    }
    this.store.save();
  }

  /** A published job turns 5 (deleted by the user) or 6 (banned by the platform). */
  setPublicationStatus(publishIdOrArticleId: string, status: number): PublicationView {
    if (![0, 5, 6].includes(status)) throw new Error('status must be 5, 6 (or 0)');
    const pub = this.store.data.publications.find(
      (p) => p.publish_id === publishIdOrArticleId || p.article_id === publishIdOrArticleId,
    );
    if (!pub) throw new Error(`no publication ${publishIdOrArticleId}`);
    this.settleAll();
    if (![0, 5, 6].includes(pub.status))
      throw new Error(`publication ${publishIdOrArticleId} did not succeed`);
    pub.status = status;
    pub.deleted = status === 5 ? true : pub.deleted;
    this.store.save();
    return this.view(pub);
  }

  settleAll(): void {
    for (const pub of this.store.data.publications) settleJob(this.store, pub, this.now(), this.baseUrl);
  }

  publications(): PublicationView[] {
    this.settleAll();
    return this.store.data.publications.map((p) => this.view(p));
  }

  drafts(): DraftView[] {
    return Object.values(this.store.data.drafts).map((d) => ({
      media_id: d.media_id,
      appid: d.appid,
      state: d.state,
      titles: d.articles.map((a) => a.title),
      created_at: new Date(d.createdAt).toISOString(),
      updated_at: new Date(d.updatedAt).toISOString(),
      articles: d.articles,
    }));
  }

  calls(): CallRecord[] {
    return this.callLog.map((c) => ({ ...c }));
  }

  clearCalls(): void {
    this.callLog.length = 0;
  }

  recordCall(call: Omit<CallRecord, 'seq' | 'at'>): CallRecord {
    this.callSeq += 1;
    const record = { seq: this.callSeq, at: new Date(this.now()).toISOString(), ...call };
    this.callLog.push(record);
    if (this.callLog.length > 10_000) this.callLog.shift();
    return record;
  }

  /** Daily counters of the current (Beijing) day, per account and endpoint. */
  quotas(): Record<string, Record<string, { used: number; limit: number | null }>> {
    const day = beijingDate(this.now());
    const out: Record<string, Record<string, { used: number; limit: number | null }>> = {};
    for (const [appid, counter] of Object.entries(this.store.data.daily)) {
      if (counter.day !== day) continue;
      out[appid] = {};
      for (const [path, used] of Object.entries(counter.calls)) {
        (out[appid] as Record<string, { used: number; limit: number | null }>)[path] = {
          used,
          limit: this.store.config.dailyQuotas[path] ?? null,
        };
      }
    }
    return out;
  }

  reset(): void {
    this.store.reset();
    this.faultQueue.clear();
    this.callLog.length = 0;
    this.store.save();
  }

  private view(p: PublicationRecord): PublicationView {
    return {
      publish_id: p.publish_id,
      article_id: p.article_id,
      title: p.title,
      status: p.status,
      deleted: p.deleted,
      method: p.method,
      appid: p.appid,
      media_id: p.media_id,
      msg_id: p.msg_id,
      msg_data_id: p.msg_data_id,
      urls: p.urls,
      fail_idx: p.failIdx,
      submitted_at: new Date(p.submittedAt).toISOString(),
      finished_at: p.finishedAt === undefined ? null : new Date(p.finishedAt).toISOString(),
    };
  }
}
