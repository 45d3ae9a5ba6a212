import type { Ledger } from '../ledger/ledger.js';
import type { Clock } from '../platform/clock.js';
import type { Git } from '../platform/git.js';
import type { Logger } from '../platform/logger.js';
import type { Account, AccountRegistry } from '../policy/accounts.js';
import type { Theme } from '../render/render.js';
import type { WeChatPort } from '../wechat/port.js';
import type { ArticleSource } from './articles.js';
import type { RunIdentity } from './plan.js';
import type { PullRequestSource } from './provenance.js';
import type { PublishRecord, RemoteStep } from './record.js';
import type { ArticleSession, SaveRequest } from './session.js';
import type { WeChatLists } from './wechat-lists.js';

/** What the publisher works with: the ports it calls and the facts of this run. */
export interface PublisherDeps {
  cwd: string;
  git: Git;
  ledger: Ledger;
  registry: AccountRegistry;
  /** The WeChat port of an account (may throw ConfigurationError when its secret is not set). */
  wechatFor: (account: Account) => WeChatPort;
  /** What WeChat lists for an account, read once per run and shared by its articles. */
  lists: (account: Account) => WeChatLists;
  prs: PullRequestSource;
  lint: (source: ArticleSource) => PublishRecord['checks'];
  theme: Theme;
  timeZone: string;
  clock: Clock;
  log: Logger;
  me: RunIdentity;
  isAlive: (lease: NonNullable<PublishRecord['lease']>) => boolean;
  /** The commit of the content branch being published (HEAD). */
  sourceCommit: string | null;
}

export interface PublisherOptions {
  accounts?: ReadonlySet<string>;
  /** Article keys (`<account>/<folder>`) to retry after a failure that waits for a change or a person. */
  retry?: ReadonlySet<string>;
  dryRun?: boolean;
  /** WXGATE_PUBLISHING=enabled: every account may publish, whatever accounts.yml says (start-gate.ts). */
  publishingForAll?: boolean;
  leaseMs: number;
  submitGraceMs: number;
  maxPollsPerRun: number;
  pollIntervalMs: number;
  dailyPollBudget: number;
}

/** After a step: take the next one in this run, or leave the article (done, waiting, or failed). */
export type Next = 'continue' | 'stop';

export type Step = (run: ArticleRun) => Promise<Next>;

/** One run's work on one article it holds: the article, its account, the session that writes its record. */
export class ArticleRun {
  /** Something went wrong in this run (the outcome says so). */
  failed = false;
  private port: WeChatPort | undefined;

  constructor(
    readonly deps: PublisherDeps,
    readonly options: PublisherOptions,
    readonly session: ArticleSession,
    readonly source: ArticleSource,
    readonly account: Account,
  ) {}

  get wechat(): WeChatPort {
    this.port ??= this.deps.wechatFor(this.account);
    return this.port;
  }

  /** What WeChat lists for this article's account (shared by the run's articles). */
  get lists(): WeChatLists {
    return this.deps.lists(this.account);
  }

  /** The record as this run last wrote it. */
  get record(): PublishRecord {
    return this.session.record;
  }

  /** The remote step in flight was started by another run that never recorded its outcome. */
  get interruptedStep(): NonNullable<PublishRecord['in_flight']> | undefined {
    const step = this.record.in_flight;
    return step && step.run !== this.deps.me.id ? step : undefined;
  }

  save(request: SaveRequest): Promise<void> {
    return this.session.save(request);
  }

  now(): number {
    return this.session.now();
  }

  iso(ms?: number): string {
    return this.session.iso(ms);
  }
}

const STEP_WORDS: Record<RemoteStep, string> = {
  'upload-image': 'upload content image',
  'upload-cover': 'upload cover',
  'add-draft': 'create the draft',
  submit: 'submit the draft for publishing (freepublish/submit)',
  'mass-send': 'mass-send the draft (sendall)',
  delete: 'delete the publication',
};

/** Before a remote step: make the intent durable, unless this run already did. */
export async function announce(
  run: ArticleRun,
  step: RemoteStep,
  detail: string,
  mutate?: (record: PublishRecord) => void,
): Promise<void> {
  const f = run.record.in_flight;
  if (f && f.step === step && f.run === run.deps.me.id && (f.detail ?? '') === detail && !mutate) return;
  await run.save({
    event: `about to ${STEP_WORDS[step]} ${detail}`.trim(),
    next: { step, detail },
    ...(mutate ? { mutate } : {}),
  });
}

/** A change to the account's media cache and call counts, written with the record. */
export type AccountChange = SaveRequest['account'];
