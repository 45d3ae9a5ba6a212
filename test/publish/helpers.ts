import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { afterEach } from 'vitest';
import type { PublishReport } from '../../src/app/publish.js';
import type { WithdrawReport } from '../../src/app/withdraw.js';
import { runPublishRequest, runWithdrawRequest } from '../../src/commands/publish-adapters.js';
import type { Account } from '../../src/policy/accounts.js';
import type { PublishRecord } from '../../src/publish/record.js';
import { WeChatClient } from '../../src/wechat/client.js';
import { DEMO_ACCOUNTS } from '../../src/wechat/emulator/config.js';
import {
  type PublicationView,
  type RunningEmulator,
  startEmulator,
} from '../../src/wechat/emulator/server.js';
import { bundledCli } from '../support/bundle.js';

export const ROOT = resolve(import.meta.dirname, '../..');

export const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Li Lei',
  GIT_AUTHOR_EMAIL: 'lilei@example.com',
  GIT_COMMITTER_NAME: 'Li Lei',
  GIT_COMMITTER_EMAIL: 'lilei@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};

export const SECRETS = {
  WECHAT_SECRET_GROUP: DEMO_ACCOUNTS[0]!.secret,
  WECHAT_SECRET_LANCHUAN_PHARMA: DEMO_ACCOUNTS[1]!.secret,
  WECHAT_SECRET_MASS: 'wxgate-demo-secret-mass',
};

/** The account matrix of the tests: the shipped two, plus a verified service account that mass-sends. */
export const ACCOUNTS_YML = `accounts:
  group:
    name: 澜川集团
    type: service
    verified: true
    owner_team: acme/market-dept
    publish_method: freepublish
    app_id: wx-demo-group
    secret_env: WECHAT_SECRET_GROUP
  lanchuan-pharma:
    name: 澜川医药
    type: subscription
    verified: false
    owner_team: acme/lanchuan-pharma-editors
    publish_method: draft-only
    app_id: wx-demo-lanchuan-pharma
    secret_env: WECHAT_SECRET_LANCHUAN_PHARMA
  mass:
    name: 澜川服务
    type: service
    verified: true
    owner_team: acme/market-dept
    publish_method: mass-send
    app_id: wx-demo-mass
    secret_env: WECHAT_SECRET_MASS
`;

export const SAMPLES = {
  q3: 'content/group/2026-11-12-q3-operating-update',
  aid: 'content/group/2026-11-19-warm-winter-school-aid',
  security: 'content/group/2026-11-30-year-end-security-reminder',
  flu: 'content/lanchuan-pharma/2026-11-16-winter-flu-prevention',
} as const;

export interface ArticleSpec {
  /** A sample article folder of this repository to copy. */
  from: string;
  /** Where it goes: `content/<account>/<folder>`; default the same path. */
  to?: string;
  /** Extra Markdown appended to the body (e.g. an image). */
  append?: string;
  /** Files added beside index.md. */
  files?: Record<string, Uint8Array | string>;
  publishAt?: string;
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' });
}

/** A PNG with its own bytes per `seed` (a sample cover with one byte after IEND, which viewers ignore). */
export function png(seed: number): Uint8Array {
  return Buffer.concat([readFileSync(join(ROOT, SAMPLES.q3, 'cover.png')), Buffer.from([seed & 0xff])]);
}

export interface Fixture {
  root: string;
  /** The bare repository every clone pushes the ledger to ("GitHub"). */
  origin: string;
  emu: RunningEmulator;
  env: Record<string, string>;
  /** A fresh clone of origin, as actions/checkout makes one for every job. */
  clone(name?: string): string;
  publications(): PublicationView[];
  record(key: string): PublishRecord | undefined;
  ledgerLog(format?: string): string;
}

/**
 * A content repository in a temp folder — policies, the given articles each merged from its own pull request
 * (`Merge pull request #N …`) — pushed to a bare origin, and a WeChat emulator on loopback.
 */
export async function fixture(
  articles: ArticleSpec[],
  options: { emulator?: Record<string, unknown>; accountsYml?: string } = {},
): Promise<Fixture> {
  const root = mkdtempSync(join(tmpdir(), 'wxgate-publish-'));
  const seed = join(root, 'seed');
  mkdirSync(seed);
  git(seed, 'init', '-q', '-b', 'main');
  mkdirSync(join(seed, 'policies'));
  cpSync(join(ROOT, 'policies/wxgate.yml'), join(seed, 'policies/wxgate.yml'));
  cpSync(join(ROOT, 'policies/lexicons'), join(seed, 'policies/lexicons'), { recursive: true });
  writeFileSync(join(seed, 'policies/accounts.yml'), options.accountsYml ?? ACCOUNTS_YML);
  git(seed, 'add', '-A');
  git(seed, 'commit', '-q', '-m', 'Policies');
  let pr = 10;
  for (const spec of articles) {
    const to = spec.to ?? spec.from;
    const branch = `article-${pr}`;
    git(seed, 'checkout', '-q', '-b', branch);
    cpSync(join(ROOT, spec.from), join(seed, to), { recursive: true });
    let text = readFileSync(join(seed, to, 'index.md'), 'utf8');
    if (spec.publishAt) text = text.replace(/^publish_at: .*$/m, `publish_at: "${spec.publishAt}"`);
    if (spec.append) text = `${text.trimEnd()}\n\n${spec.append}\n`;
    writeFileSync(join(seed, to, 'index.md'), text);
    for (const [name, bytes] of Object.entries(spec.files ?? {})) writeFileSync(join(seed, to, name), bytes);
    git(seed, 'add', '-A');
    git(seed, 'commit', '-q', '-m', `Add ${to}`);
    git(seed, 'checkout', '-q', 'main');
    const title = /^title: (.*)$/m.exec(text)?.[1] ?? to;
    git(
      seed,
      'merge',
      '-q',
      '--no-ff',
      branch,
      '-m',
      `Merge pull request #${pr} from acme/${branch}\n\n${title}`,
    );
    pr++;
  }
  const origin = join(root, 'origin.git');
  git(root, 'clone', '-q', '--bare', seed, origin);
  const emu = await startEmulator({ port: 0, config: { publishSeconds: 0.2, ...options.emulator } });
  emu.state.upsertAccount({
    appid: 'wx-demo-mass',
    secret: SECRETS.WECHAT_SECRET_MASS,
    type: 'service',
    verified: true,
  });
  cleanups.push(() => emu.close());
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    ...GIT_ENV,
    ...SECRETS,
    WECHAT_API_BASE: emu.url,
    WXGATE_CACHE_DIR: join(root, 'cache'),
    NO_COLOR: '1',
  };
  delete env.GITHUB_ACTIONS;
  delete env.GITHUB_RUN_ID;
  delete env.GITHUB_STEP_SUMMARY;
  delete env.GITHUB_ACTOR;
  let clones = 0;
  return {
    root,
    origin,
    emu,
    env,
    clone(name = `job${++clones}`) {
      const dir = join(root, name);
      git(root, 'clone', '-q', origin, dir);
      return dir;
    },
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
    ledgerLog(format = '%s') {
      return git(origin, 'log', `--format=${format}`, 'wxgate-ledger');
    },
  };
}

/** A client that never really waits: backoffs move the emulator's clock instead. */
export function fastClient(f: Fixture) {
  return (account: Account) =>
    new WeChatClient({
      appId: account.appId,
      appSecret: SECRETS[account.secretEnv as keyof typeof SECRETS],
      apiBase: f.emu.url,
      tokenCacheDir: f.env.WXGATE_CACHE_DIR,
      backoffBaseMs: 1,
      backoffMaxMs: 5,
      clock: { now: () => Date.now(), sleep: async () => {} },
      timeoutMs: 5000,
    });
}

export interface RunOptions {
  now?: string;
  retry?: string[];
  accounts?: string[];
  dryRun?: boolean;
  graceMinutes?: number;
  fast?: boolean;
}

/** `wxgate publish` in this process, in a fresh clone (or `dir`). */
export async function publishIn(
  f: Fixture,
  dir: string,
  o: RunOptions = {},
): Promise<PublishReport & { log: string[] }> {
  const log: string[] = [];
  const report = await runPublishRequest({
    cwd: dir,
    env: f.env,
    policiesDir: join(dir, 'policies'),
    dryRun: o.dryRun ?? false,
    ...(o.now ? { now: Date.parse(o.now) } : {}),
    ...(o.retry ? { retry: o.retry } : {}),
    ...(o.accounts ? { accounts: o.accounts } : {}),
    ...(o.fast === false ? {} : { portFor: fastClient(f) }),
    tuning: {
      pollIntervalMs: 50,
      maxPollsPerRun: 6,
      ...(o.graceMinutes === undefined ? {} : { submitGraceMs: o.graceMinutes * 60_000 }),
    },
    log: { info: (l) => log.push(l), warn: (l) => log.push(`warning: ${l}`) },
  });
  return { ...report, log };
}

export async function withdrawIn(
  f: Fixture,
  dir: string,
  article: string,
  reason: string,
  by?: string,
): Promise<WithdrawReport> {
  return runWithdrawRequest({
    cwd: dir,
    env: f.env,
    policiesDir: join(dir, 'policies'),
    article,
    reason,
    ...(by ? { by } : {}),
    portFor: fastClient(f),
    log: { info: () => {}, warn: () => {} },
  });
}

/** The built CLI (bundled into a private folder, test/support/bundle.ts) as a child process, as the workflow runs it. */
export function spawnCli(f: Fixture, dir: string, args: string[]) {
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

export async function until(what: string, check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Successful (status 0) publications per title, as the emulator saw them. */
export function liveByTitle(f: Fixture): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of f.publications())
    if (p.status === 0 || p.status === 5) out.set(p.title, (out.get(p.title) ?? 0) + 1);
  return out;
}
