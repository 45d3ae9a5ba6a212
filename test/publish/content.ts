/**
 * The content repository the publish tests work on — the policies, sample articles each merged from its own pull
 * request, a bare origin — and the accounts, secrets and environment of a run. Temp folders go after each test.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach } from 'vitest';
import type { AccountConfig } from '../../src/wechat/emulator/config.js';
import { DEMO_ACCOUNTS } from '../../src/wechat/emulator/config.js';

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

/** The WeChat accounts of the tests: the shipped two, plus a verified service account that mass-sends. */
export const WECHAT_ACCOUNTS: AccountConfig[] = [
  ...DEMO_ACCOUNTS,
  { appid: 'wx-demo-mass', secret: SECRETS.WECHAT_SECRET_MASS, type: 'service', verified: true },
];

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

/**
 * The time limit of an end-to-end test: a guard against a hang only, far above what one takes even on a busy
 * machine (they spawn git, node and HTTP; their speed is the machine's, their outcome never is).
 */
export const END_TO_END_TIMEOUT = 180_000;

/** Where the test clock starts: the moment the sample articles are due. */
export const START = '2026-11-21T12:00:00+08:00';

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

/** Undone after each test, last first. */
export const cleanups: (() => Promise<void> | void)[] = [];
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

/**
 * A content repository in a temp folder — policies, the given articles each merged from its own pull request
 * (`Merge pull request #N …`) — pushed to a bare origin.
 */
export function contentRepository(
  articles: ArticleSpec[],
  accountsYml: string,
): { root: string; origin: string; checkout: string } {
  const root = mkdtempSync(join(tmpdir(), 'wxgate-publish-'));
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  const seed = join(root, 'seed');
  git(root, 'init', '-q', '-b', 'main', seed);
  // The whole history in one git fast-import: what `git commit` and `git merge --no-ff` would have made.
  const history = new FastImport(`${GIT_ENV.GIT_AUTHOR_NAME} <${GIT_ENV.GIT_AUTHOR_EMAIL}>`);
  const policies = new Map<string, Uint8Array | string>([
    ['policies/wxgate.yml', readFileSync(join(ROOT, 'policies/wxgate.yml'))],
    ['policies/accounts.yml', accountsYml],
  ]);
  for (const name of readdirSync(join(ROOT, 'policies/lexicons'))) {
    policies.set(`policies/lexicons/${name}`, readFileSync(join(ROOT, 'policies/lexicons', name)));
  }
  let main = history.commit('refs/heads/main', 'Policies', policies);
  let pr = 10;
  for (const spec of articles) {
    const to = spec.to ?? spec.from;
    const branch = `article-${pr}`;
    const files = new Map<string, Uint8Array | string>();
    for (const name of readdirSync(join(ROOT, spec.from))) {
      files.set(`${to}/${name}`, readFileSync(join(ROOT, spec.from, name)));
    }
    let text = readFileSync(join(ROOT, spec.from, 'index.md'), 'utf8');
    if (spec.publishAt) text = text.replace(/^publish_at: .*$/m, `publish_at: "${spec.publishAt}"`);
    if (spec.append) text = `${text.trimEnd()}\n\n${spec.append}\n`;
    files.set(`${to}/index.md`, text);
    for (const [name, bytes] of Object.entries(spec.files ?? {})) files.set(`${to}/${name}`, bytes);
    const article = history.commit(`refs/heads/${branch}`, `Add ${to}`, files, [main]);
    const title = /^title: (.*)$/m.exec(text)?.[1] ?? to;
    // A merge commit's tree is its first parent's plus what the merge brings: the article's files.
    const merge = `Merge pull request #${pr} from acme/${branch}\n\n${title}`;
    main = history.commit('refs/heads/main', merge, files, [main, article]);
    pr++;
  }
  execFileSync('git', ['fast-import', '--quiet', '--date-format=raw'], {
    cwd: seed,
    input: history.stream(),
  });
  git(seed, 'reset', '-q', '--hard', 'main');
  const origin = join(root, 'origin.git');
  git(root, 'clone', '-q', '--bare', seed, origin);
  git(seed, 'remote', 'add', 'origin', origin);
  return { root, origin, checkout: seed };
}

/** Commits for `git fast-import`, by mark. */
class FastImport {
  private readonly chunks: Buffer[] = [];
  private marks = 0;

  constructor(private readonly ident: string) {}

  /** A commit on `ref` with these files added or replaced; `parents` by mark (first parent first). */
  commit(
    ref: string,
    message: string,
    files: Map<string, Uint8Array | string>,
    parents: number[] = [],
  ): number {
    const mark = ++this.marks;
    const [first, ...merged] = parents;
    const when = gitDate();
    this.text(
      `commit ${ref}\nmark :${mark}\nauthor ${this.ident} ${when}\ncommitter ${this.ident} ${when}\n`,
    );
    this.data(message);
    if (first !== undefined) this.text(`from :${first}\n`);
    for (const parent of merged) this.text(`merge :${parent}\n`);
    for (const [path, content] of files) {
      this.text(`M 100644 inline ${path}\n`);
      this.data(content);
    }
    this.text('\n');
    return mark;
  }

  stream(): Buffer {
    return Buffer.concat(this.chunks);
  }

  private text(text: string): void {
    this.chunks.push(Buffer.from(text));
  }

  private data(content: Uint8Array | string): void {
    const bytes = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
    this.text(`data ${bytes.length}\n`);
    this.chunks.push(bytes);
    this.text('\n');
  }
}

export function environment(root: string, apiBase?: string): Record<string, string> {
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    ...GIT_ENV,
    ...SECRETS,
    WXGATE_CACHE_DIR: join(root, 'cache'),
    NO_COLOR: '1',
    ...(apiBase ? { WECHAT_API_BASE: apiBase } : {}),
  };
  for (const key of [
    'GITHUB_ACTIONS',
    'GITHUB_RUN_ID',
    'GITHUB_STEP_SUMMARY',
    'GITHUB_ACTOR',
    'GITHUB_TOKEN',
  ]) {
    delete env[key];
  }
  return env;
}

export function cloner(root: string, origin: string): (name?: string) => string {
  let clones = 0;
  return (name = `job${++clones}`) => {
    const dir = join(root, name);
    git(root, 'clone', '-q', origin, dir);
    return dir;
  };
}

/**
 * The date of the fixture's commits, as `git commit` would take it: GIT_COMMITTER_DATE (ISO 8601) when a test sets
 * it — the audit tests date the fixture outside the quarter they audit — else now. In fast-import's raw format.
 */
function gitDate(): string {
  const set = process.env.GIT_COMMITTER_DATE;
  const ms = set ? Date.parse(set) : Date.now();
  const zone = set ? /([+-])(\d{2}):?(\d{2})$/.exec(set) : null;
  return `${Math.floor(ms / 1000)} ${zone ? `${zone[1]}${zone[2]}${zone[3]}` : '+0000'}`;
}
