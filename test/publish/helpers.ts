/**
 * Two worlds to publish in, driven by one test clock (a ManualClock that only the test and the runs' own waits
 * move — no test waits for real time):
 *
 * - `simulation()`: the publisher's state machine against the in-memory ledger and the in-memory WeChat (both
 *   held to the real ones' contracts in test/ledger and test/wechat), over a real content repository. Fast; used
 *   for the faults, the withdrawals and most publishing cases. A crash is a call that never returns
 *   (`crashOn`) followed by `kill()`.
 * - `fixture()`: end to end — a content repository with a bare origin ("GitHub"), the git ledger pushed there,
 *   and the WeChat emulator over HTTP on loopback, for the few runs that must prove the whole chain (a clean
 *   publish of each method, a crash mid-submit, concurrent runs, a withdrawal, the workflow, the CLI).
 *
 * Both give the same handles: `clone()`, `record(key)`, `ledgerLog()`, `publications()`, `wechat` (calls, faults,
 * drafts, accounts) and `clock`.
 */
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import yaml from 'js-yaml';
import {
  articleKey,
  loadPublishSetup,
  type PublishReport,
  rewoundReport,
  runPublish,
} from '../../src/app/publish.js';
import { rewoundWithdrawal, runWithdraw, type WithdrawReport } from '../../src/app/withdraw.js';
import { runPublishRequest, runWithdrawRequest } from '../../src/commands/publish-adapters.js';
import { type Account, secretOf } from '../../src/config/accounts.js';
import { LedgerRewoundError } from '../../src/ledger/ledger.js';
import { ManualClock } from '../../src/platform/clock.js';
import { Git } from '../../src/platform/git.js';
import type { RunIdentity } from '../../src/publish/plan.js';
import { GitPullRequestSource } from '../../src/publish/provenance.js';
import type { PublishRecord } from '../../src/publish/record.js';
import { WeChatClient } from '../../src/wechat/client.js';
import type { AccountConfig } from '../../src/wechat/emulator/config.js';
import { type EmulatorState, type RunningEmulator, startEmulator } from '../../src/wechat/emulator/server.js';
import type { WeChatPort } from '../../src/wechat/port.js';
import { MemoryLedger, MemoryLedgerRemote } from '../ledger/memory-ledger.js';
import { bundledCli } from '../support/bundle.js';
import { type MemoryFault, MemoryWeChat } from '../wechat/memory-wechat.js';
import {
  ACCOUNTS_YML,
  type ArticleSpec,
  cleanups,
  cloner,
  contentRepository,
  environment,
  git,
  SECRETS,
  START,
  WECHAT_ACCOUNTS,
} from './content.js';

export {
  ACCOUNTS_YML,
  type ArticleSpec,
  END_TO_END_TIMEOUT,
  GIT_ENV,
  git,
  png,
  ROOT,
  SAMPLES,
  SECRETS,
  START,
} from './content.js';

/** What the tests look at and steer in WeChat, with the emulator's names (EmulatorState and MemoryWeChat). */
export interface WeChatControl {
  calls(): { endpoint: string; errcode: number | null }[];
  publications(): ReturnType<EmulatorState['publications']> | ReturnType<MemoryWeChat['publications']>;
  drafts(): { media_id: string; appid: string; state: string; articles: { content: string }[] }[];
  addFault(fault: MemoryFault): void;
  expireTokens(appid?: string): void;
  account(appid: string): AccountConfig | undefined;
  upsertAccount(account: AccountConfig): unknown;
}

export interface RunOptions {
  /** The run starts at this time: the test clock moves there first (it never moves back). */
  now?: string;
  retry?: string[];
  accounts?: string[];
  dryRun?: boolean;
  graceMinutes?: number;
  /** WXGATE_PUBLISHING=enabled. */
  publishingForAll?: boolean;
}

export interface World {
  root: string;
  /** The bare repository every clone pushes to ("GitHub"). */
  origin: string;
  clock: ManualClock;
  env: Record<string, string>;
  wechat: WeChatControl;
  /** A fresh clone of origin, as actions/checkout makes one for every job. */
  clone(name?: string): string;
  publications(): ReturnType<WeChatControl['publications']>;
  record(key: string): PublishRecord | undefined;
  /** `git log --format=<format> wxgate-ledger` of the ledger (throws while the ledger has no commit). */
  ledgerLog(format?: string): string;
  publish(dir: string, o: RunOptions): Promise<PublishReport & { log: string[] }>;
  withdraw(dir: string, article: string, reason: string, by?: string): Promise<WithdrawReport>;
}

export interface Fixture extends World {
  emu: RunningEmulator;
  wechat: EmulatorState;
}

export interface Simulation extends World {
  /** The ledger's branch and seen branch, and what an insider with push rights can do to them. */
  ledger: MemoryLedgerRemote;
  /** The next call of `endpoint` never returns (see MemoryWeChat.crashOn); in-memory WeChat only. */
  crashOn: MemoryWeChat['crashOn'];
  /** The next call of `endpoint` waits until the test releases it (see MemoryWeChat.holdOn); in-memory only. */
  holdOn: MemoryWeChat['holdOn'];
  /** Every run still in progress dies now (its leases stay, as a killed process leaves them). */
  kill(): void;
}

/** Tuning of every in-process run: short first poll, a few more polls than the default. */
const TUNING = { pollIntervalMs: 50, maxPollsPerRun: 6 };

interface Options {
  emulator?: Record<string, unknown>;
  accountsYml?: string;
  /** Where the test clock starts (default START). */
  start?: string;
}

/** End to end: the git ledger on a bare origin and the WeChat emulator over HTTP, on the test clock. */
export async function fixture(articles: ArticleSpec[], options: Options = {}): Promise<Fixture> {
  const { root, origin } = contentRepository(articles, options.accountsYml ?? ACCOUNTS_YML);
  const clock = new ManualClock(Date.parse(options.start ?? START));
  const emu = await startEmulator({ port: 0, clock, config: { publishSeconds: 0, ...options.emulator } });
  emu.state.upsertAccount(WECHAT_ACCOUNTS[2]!);
  cleanups.push(() => emu.close());
  const env = environment(root, emu.url);
  const f: Fixture = {
    root,
    origin,
    clock,
    emu,
    env,
    wechat: emu.state,
    clone: cloner(root, origin),
    publications: () => emu.state.publications(),
    record(key) {
      try {
        const text = execFileSync('git', ['show', `wxgate-ledger:records/${key}.yml`], {
          cwd: origin,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        });
        return yaml.load(text, { schema: yaml.CORE_SCHEMA }) as PublishRecord;
      } catch {
        return undefined;
      }
    },
    ledgerLog: (format = '%s') => git(origin, 'log', `--format=${format}`, 'wxgate-ledger'),
    async publish(dir, o) {
      if (o.now) clock.advanceTo(Date.parse(o.now));
      const log: string[] = [];
      const report = await runPublishRequest({
        ...request(f, dir, log),
        dryRun: o.dryRun ?? false,
        ...(o.retry ? { retry: o.retry } : {}),
        ...(o.accounts ? { accounts: o.accounts } : {}),
        tuning: tuning(o),
      });
      return { ...report, log };
    },
    withdraw: (dir, article, reason, by) =>
      runWithdrawRequest({ ...request(f, dir, []), article, reason, ...(by ? { by } : {}) }),
  };
  return f;
}

/** The part of a command-line request a fixture run shares: this clone, this environment, the test clock. */
function request(f: Fixture, dir: string, log: string[]) {
  return {
    cwd: dir,
    env: f.env,
    policiesDir: join(dir, 'policies'),
    clock: f.clock.selfAdvancing(),
    log: { info: (l: string) => log.push(l), warn: (l: string) => log.push(`warning: ${l}`) },
  };
}

function tuning(o: RunOptions) {
  return { ...TUNING, ...(o.graceMinutes === undefined ? {} : { submitGraceMs: o.graceMinutes * 60_000 }) };
}

/**
 * A client of the fixture's emulator whose waits move the test clock (for callers that build their own request,
 * like the GitHub pull-request source tests).
 */
export function fastClient(f: Fixture) {
  return (account: Account) =>
    new WeChatClient({
      appId: account.appId,
      appSecret: SECRETS[account.secretEnv as keyof typeof SECRETS],
      apiBase: f.emu.url,
      tokenCacheDir: f.env.WXGATE_CACHE_DIR,
      clock: f.clock.selfAdvancing(),
    });
}

/**
 * The state machine in memory: the in-memory ledger and WeChat on the test clock, over a real content repository
 * (the publisher reads articles and their provenance from git). `wechat: 'emulator'` keeps the in-memory ledger
 * but talks HTTP to the emulator through the real client, for what only the client does (token replays, retries).
 */
export async function simulation(
  articles: ArticleSpec[],
  options: Options & { wechat?: 'memory' | 'emulator' } = {},
): Promise<Simulation> {
  const { root, origin, checkout } = contentRepository(articles, options.accountsYml ?? ACCOUNTS_YML);
  const clock = new ManualClock(Date.parse(options.start ?? START));
  const settings = { publishSeconds: 0, ...options.emulator } as {
    publishSeconds: number;
    dailyQuotas?: Record<string, number>;
  };
  const memory = new MemoryWeChat(clock, { accounts: WECHAT_ACCOUNTS, ...settings });
  let emu: RunningEmulator | undefined;
  if (options.wechat === 'emulator') {
    emu = await startEmulator({ port: 0, clock, config: settings });
    emu.state.upsertAccount(WECHAT_ACCOUNTS[2]!);
    cleanups.push(() => emu?.close());
  }
  const wechat: WeChatControl = emu ? emu.state : memory;
  const env = environment(root);
  const ledger = new MemoryLedgerRemote();
  /** Runs in progress, by id; a killed run is no longer alive and never writes again. */
  const running = new Set<string>();
  let runs = 0;

  const adapters = async (dir: string, log: string[]) => {
    const setup = await loadPublishSetup(dir, join(dir, 'policies'));
    const gitIn = new Git(dir, env);
    runs += 1;
    const identity: RunIdentity = { id: `run-${runs}`, host: 'test-host', pid: 1000 + runs };
    running.add(identity.id);
    const clients = new Map<string, WeChatPort>();
    const wechatFor = (account: Account): WeChatPort => {
      const secret = secretOf(account, env, setup.registry.file);
      if (!emu) return memory.portFor(account.appId, secret);
      const client =
        clients.get(account.id) ??
        new WeChatClient({
          appId: account.appId,
          appSecret: secret,
          apiBase: emu.url,
          // Shared between runs, as on a runner: a token WeChat expired is found in the cache by the next run.
          tokenCacheDir: env.WXGATE_CACHE_DIR,
          clock: clock.selfAdvancing(),
        });
      clients.set(account.id, client);
      return client;
    };
    return {
      setup,
      adapters: {
        git: gitIn,
        ledger: await MemoryLedger.open(ledger, { clock: clock.selfAdvancing(), trackSeen: true }),
        wechatFor,
        prs: new GitPullRequestSource(gitIn),
        clock: clock.selfAdvancing(),
        log: { info: (l: string) => log.push(l), warn: (l: string) => log.push(`warning: ${l}`) },
        identity,
        isAlive: (lease: NonNullable<PublishRecord['lease']>) => running.has(lease.run),
      },
      done: () => running.delete(identity.id),
    };
  };

  return {
    root,
    origin,
    clock,
    env,
    wechat,
    ledger,
    // One checkout serves every run: the ledger is not in git here, so a fresh clone per run would prove nothing.
    clone: () => checkout,
    publications: () => wechat.publications(),
    record(key) {
      const text = ledger.read().read(`records/${key}.yml`);
      return text === undefined
        ? undefined
        : (yaml.load(text, { schema: yaml.CORE_SCHEMA }) as PublishRecord);
    },
    ledgerLog(format = '%s') {
      const messages = ledger.messages();
      if (messages.length === 0) throw new Error('the ledger has no commit yet');
      if (format === '%s') return messages.map((m) => `${m.split('\n')[0]}\n`).join('');
      if (format === '%B') return messages.map((m) => `${m.trimEnd()}\n\n`).join('');
      throw new Error(`ledgerLog: format ${format} is not simulated`);
    },
    kill: () => running.clear(),
    holdOn(endpoint) {
      if (emu) throw new Error('holdOn: the simulation runs against the emulator');
      return memory.holdOn(endpoint);
    },
    crashOn(endpoint, crash) {
      if (emu) throw new Error('crashOn: the simulation runs against the emulator');
      return memory.crashOn(endpoint, crash);
    },
    async publish(dir, o) {
      if (o.now) clock.advanceTo(Date.parse(o.now));
      const log: string[] = [];
      let run: Awaited<ReturnType<typeof adapters>>;
      try {
        run = await adapters(dir, log);
      } catch (error) {
        // As the command line does when opening the ledger finds it went backwards (publish-adapters.ts).
        if (!(error instanceof LedgerRewoundError)) throw error;
        return { ...rewoundReport(error, `run-${runs}`), log };
      }
      const report = await runPublish(run.setup, run.adapters, {
        dryRun: o.dryRun ?? false,
        ...(o.retry ? { retry: o.retry } : {}),
        ...(o.accounts ? { accounts: o.accounts } : {}),
        ...(o.publishingForAll ? { publishingForAll: true } : {}),
        tuning: tuning(o),
      });
      run.done();
      return { ...report, log };
    },
    async withdraw(dir, article, reason, by) {
      let run: Awaited<ReturnType<typeof adapters>>;
      try {
        run = await adapters(dir, []);
      } catch (error) {
        if (!(error instanceof LedgerRewoundError)) throw error;
        return rewoundWithdrawal(articleKey(article), error);
      }
      const report = await runWithdraw(run.setup, run.adapters, {
        article,
        reason,
        ...(by ? { by } : {}),
        source: 'cli',
      });
      run.done();
      return report;
    },
  };
}

/** `wxgate publish` in this process, in a clone of the world's origin. */
export function publishIn(f: World, dir: string, o: RunOptions = {}) {
  return f.publish(dir, o);
}

/** `wxgate withdraw` in this process. */
export function withdrawIn(f: World, dir: string, article: string, reason: string, by?: string) {
  return f.withdraw(dir, article, reason, by);
}

/** The built CLI (bundled into a private folder, test/support/bundle.ts) as a child process, as the workflow runs it. */
export function spawnCli(f: World, dir: string, args: string[]) {
  const child = spawn(process.execPath, [bundledCli(), ...args], {
    cwd: dir,
    env: f.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const done = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>((resolveDone) => child.on('close', (code, signal) => resolveDone({ code, signal, stdout, stderr })));
  return { child, done };
}

/** Successful (status 0) publications per title, as WeChat saw them. */
export function liveByTitle(f: World): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of f.publications())
    if (p.status === 0 || p.status === 5) out.set(p.title, (out.get(p.title) ?? 0) + 1);
  return out;
}
