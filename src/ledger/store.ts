import { randomBytes } from 'node:crypto';
import type { Clock } from '../platform/clock.js';
import { ConfigurationError } from '../platform/errors.js';
import { type Git, GitError } from '../platform/git.js';
import {
  CompareAndSwapLedger,
  type LedgerChanges,
  LedgerRewoundError,
  LedgerSnapshot,
  type OutsideChanges,
} from './ledger.js';

export interface LedgerOptions {
  branch: string;
  /** The remote to fetch from and push to; undefined keeps the ledger in the local repository only. */
  remote: string | undefined;
  /** Commit identity when git has none configured. */
  identity?: { name: string; email: string };
  /** How many times a write is tried again after another run moved first (default 30). */
  maxAttempts?: number;
  /** Waits between attempts (default: the system clock). */
  clock?: Clock;
  /**
   * Keep the trusted tip on the branch `<branch>-seen` (see `GitLedger`): every write moves it with the ledger in
   * one atomic push; a fetch that finds the ledger without it stops with LedgerRewoundError. The publisher sets
   * it; a reader or a writer of other files (the audit's checkpoints) leaves it off and never moves it.
   */
  trackSeen?: boolean;
}

/** The branch that holds the trusted tip of the ledger branch `branch`. */
export function seenBranchOf(branch: string): string {
  return `${branch}-seen`;
}

/** A push that failed for a reason other than "another run moved first" is tried again after n × this. */
const PUSH_RETRY_WAIT_MS = 500;
const PUSH_ATTEMPTS = 3;

/**
 * The publish ledger: a git branch (default `wxgate-ledger`) whose files are the publish records. It is the only
 * durable store the publisher has — the publish job runs in a fresh GitHub Actions checkout every time, so
 * anything not pushed is gone when the job ends.
 *
 * Why a branch of its own rather than `main`:
 * - its only writers are publish runs, so a rejected push always means "another publish run moved first", never "a
 *   person merged a pull request"; and branch protection of `main` (required reviews and checks) stays intact;
 * - the content checkout is never touched: records are written with plumbing (one `fast-import` per write, on a
 *   private ref), never by checking anything out or touching the index;
 * - `git log wxgate-ledger` is the publishing story and nothing else, with trailers on every commit.
 *
 * Compare-and-swap. Every write is a commit whose parent is the tip this run last read. With a remote, it is pushed
 * without force: the server's receive-pack updates the branch under a lock only if it is a fast-forward, i.e. only
 * if the branch still points at that parent. Without a remote, `git update-ref <ref> <new> <old>` does the same
 * locally. When the swap fails another run wrote first: the ledger is fetched again and the caller's decision is
 * taken again on what is there now (`transact`). So a decision is only ever applied to the state it was made on.
 *
 * Durability. A write returns only once the push succeeded, so the publisher can persist an intent ("about to
 * submit") and know it survives this job before it calls WeChat.
 *
 * The trusted tip (`trackSeen`). A fetch takes whatever the remote says, and a branch can be force-pushed back or
 * deleted by anyone who may push — the next run would then find "not published" records for what is published,
 * and publish it again. So every publish write also moves a second branch, `<branch>-seen`, to the same commit, in
 * one atomic push without force: the server accepts both or neither, and each only as a fast-forward. The seen
 * branch therefore always names the last commit a publish run wrote, and never moves backwards by a run's hand.
 * On every fetch: the ledger must contain that commit (`git merge-base --is-ancestor`), else LedgerRewoundError
 * names both commits and the run publishes nothing; commits after it that no run wrote (a push by hand) are
 * `snapshot.outside`, which the publisher checks against WeChat before it writes on top of them. Why a branch: a
 * repository ruleset can protect it exactly as the ledger (no deletion, no force push, only the publish job may
 * update it), which GitHub offers for branches and tags only. An insider who rewinds both branches in step
 * defeats this check alone; the ruleset stops that, and before a first submit the publisher asks WeChat itself.
 */
/** How many more fetches a refresh makes at most while the ledger and its seen branch disagree, each differently. */
const TORN_READ_FETCHES = 4;

export class GitLedger extends CompareAndSwapLedger {
  private identityEnv: Record<string, string> = {};
  private idents: { author: string; committer: string } | undefined;

  private constructor(
    private readonly git: Git,
    readonly options: LedgerOptions,
  ) {
    super({
      ...(options.maxAttempts === undefined ? {} : { maxAttempts: options.maxAttempts }),
      ...(options.clock ? { clock: options.clock } : {}),
    });
  }

  /**
   * Opens the ledger of the repository `git` works in, fetching the branch from the remote when there is one.
   * `remote: 'auto'` uses `origin` when it exists and the local repository otherwise.
   */
  static async open(
    git: Git,
    options: Omit<LedgerOptions, 'remote'> & { remote: string | 'auto' | undefined },
  ): Promise<GitLedger> {
    if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(options.branch) || options.branch.includes('..')) {
      throw new ConfigurationError(`ledger branch "${options.branch}" is not a valid branch name`);
    }
    if ((await git.exec(['rev-parse', '--git-dir'])).code !== 0) {
      throw new ConfigurationError(
        `${git.cwd} is not a git repository: publish runs in a clone of the content`,
      );
    }
    const remotes = await git.remotes();
    let remote = options.remote;
    if (remote === 'auto') remote = remotes.includes('origin') ? 'origin' : undefined;
    if (remote !== undefined && !remotes.includes(remote)) {
      throw new ConfigurationError(
        `git remote "${remote}" does not exist (remotes: ${remotes.join(', ') || 'none'})`,
      );
    }
    const head = (await git.exec(['symbolic-ref', '-q', 'HEAD'])).stdout.trim();
    if (head === `refs/heads/${options.branch}` || head === `refs/heads/${seenBranchOf(options.branch)}`) {
      throw new ConfigurationError(
        `the ledger branch ${options.branch} is checked out; publish from the content branch (e.g. main)`,
      );
    }
    const ledger = new GitLedger(git, { ...options, remote });
    if (!(await git.config('user.email')) || !(await git.config('user.name'))) {
      const who = options.identity ?? { name: 'wxgate', email: 'wxgate@users.noreply.github.com' };
      ledger.identityEnv = {
        GIT_AUTHOR_NAME: who.name,
        GIT_AUTHOR_EMAIL: who.email,
        GIT_COMMITTER_NAME: who.name,
        GIT_COMMITTER_EMAIL: who.email,
      };
    }
    await ledger.refresh();
    return ledger;
  }

  /** Where the ledger lives, for messages: `origin/wxgate-ledger` or `wxgate-ledger (local)`. */
  describe(): string {
    return this.options.remote
      ? `${this.options.remote}/${this.options.branch}`
      : `${this.options.branch} (local)`;
  }

  private get trackingRef(): string {
    return this.options.remote
      ? `refs/remotes/${this.options.remote}/${this.options.branch}`
      : `refs/heads/${this.options.branch}`;
  }

  private get seenRef(): string {
    const seen = seenBranchOf(this.options.branch);
    return this.options.remote ? `refs/remotes/${this.options.remote}/${seen}` : `refs/heads/${seen}`;
  }

  /** The trusted tip as last read. */
  private seen: string | undefined;

  /**
   * Fetches the branch and its seen branch (with a remote) and reads every file at its tip. The glob fetches
   * whichever of the two exist and `--prune` forgets one the remote no longer has, in one round trip.
   */
  async refresh(): Promise<LedgerSnapshot> {
    let { tip, seen } = await this.fetchTips();
    // A server updates the two branches of one atomic push under one lock, but renames their files one after the
    // other, so a fetch racing another run's write can read one branch moved and the other not yet: the seen
    // branch ahead of the ledger looks rewound, the ledger ahead of it looks pushed by hand. A torn read does not
    // survive a second fetch; a rewind or a push by hand reads the same again.
    for (
      let again = 0;
      this.options.remote && seen !== undefined && seen !== tip && again < TORN_READ_FETCHES;
      again++
    ) {
      const next = await this.fetchTips();
      const stable = next.tip === tip && next.seen === seen;
      ({ tip, seen } = next);
      if (stable) break;
    }
    if (tip === this.current.tip && seen === this.seen) return this.current;
    const outside = await this.outsideChanges(seen, tip);
    this.seen = seen;
    this.current = new LedgerSnapshot(tip, tip ? await this.readTree(tip) : new Map(), outside);
    return this.current;
  }

  /** Fetches the ledger and its seen branch (with a remote) and resolves both. */
  private async fetchTips(): Promise<{ tip: string | undefined; seen: string | undefined }> {
    const { remote, branch } = this.options;
    if (remote) {
      const r = await this.git.exec([
        'fetch',
        '--quiet',
        '--prune',
        '--no-tags',
        '--no-write-fetch-head',
        remote,
        `+refs/heads/${branch}*:refs/remotes/${remote}/${branch}*`,
      ]);
      if (r.code !== 0) throw new GitError(['fetch', remote, branch], r);
    }
    const tip = await this.git.resolve(this.trackingRef);
    const seen = this.options.trackSeen ? await this.git.resolve(this.seenRef) : undefined;
    return { tip, seen };
  }

  /** What happened after the trusted tip: nothing, commits no run wrote, or a history without it (thrown). */
  private async outsideChanges(
    seen: string | undefined,
    tip: string | undefined,
  ): Promise<OutsideChanges | undefined> {
    if (seen === undefined || seen === tip) return undefined;
    const keptIn = `branch ${seenBranchOf(this.options.branch)}`;
    if (tip === undefined) throw new LedgerRewoundError(this.describe(), seen, undefined, keptIn);
    const ancestor = await this.git.exec(['merge-base', '--is-ancestor', seen, tip]);
    if (ancestor.code === 1) throw new LedgerRewoundError(this.describe(), seen, tip, keptIn);
    if (ancestor.code !== 0) throw new GitError(['merge-base', '--is-ancestor', seen, tip], ancestor);
    const names = await this.git.run(['diff', '--name-only', '--no-renames', '-z', seen, tip]);
    return { since: seen, until: tip, paths: names.split('\0').filter(Boolean).sort() };
  }

  /** Moves the seen branch to `snapshot.tip` (only forwards: a push without force). */
  async accept(snapshot: LedgerSnapshot): Promise<void> {
    const tip = snapshot.tip;
    if (!this.options.trackSeen || !tip || !snapshot.outside) return;
    const { remote, branch } = this.options;
    const seen = seenBranchOf(branch);
    if (remote) {
      const r = await this.git.exec(['push', '--porcelain', '--quiet', remote, `${tip}:refs/heads/${seen}`]);
      if (r.code !== 0 && !/\[rejected\]|non-fast-forward|fetch first/i.test(`${r.stdout}\n${r.stderr}`)) {
        throw new GitError(['push', remote, seen], r);
      }
      if (r.code !== 0) return;
      await this.git.run(['update-ref', this.seenRef, tip]);
    } else {
      const old = snapshot.outside.since;
      if ((await this.git.exec(['update-ref', this.seenRef, tip, old])).code !== 0) return;
    }
    this.seen = tip;
    if (this.current.tip === tip) this.current = snapshot.withoutOutside();
  }

  private async readTree(commit: string): Promise<Map<string, string>> {
    const listing = await this.git.run(['ls-tree', '-r', '-z', '--full-tree', commit]);
    const entries: { path: string; sha: string }[] = [];
    for (const item of listing.split('\0')) {
      if (!item) continue;
      const tab = item.indexOf('\t');
      const [, type, sha] = item.slice(0, tab).split(' ');
      if (type === 'blob' && sha) entries.push({ path: item.slice(tab + 1), sha });
    }
    const files = new Map<string, string>();
    if (entries.length === 0) return files;
    const out = await this.git.runBytes(['cat-file', '--batch'], {
      input: `${entries.map((e) => e.sha).join('\n')}\n`,
    });
    let at = 0;
    for (const entry of entries) {
      const headerEnd = out.indexOf(0x0a, at);
      const header = out.subarray(at, headerEnd).toString('utf8');
      const size = Number(header.split(' ')[2]);
      files.set(entry.path, out.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8'));
      at = headerEnd + 1 + size + 1;
    }
    return files;
  }

  /**
   * One compare-and-swap write on top of `base`. False when the branch no longer points at `base.tip`. The commit
   * is built by one `git fast-import` (tree and commit objects from the changes, on a private ref), never by
   * touching an index or the checkout.
   */
  protected async compareAndSwap(
    base: LedgerSnapshot,
    changes: LedgerChanges,
    message: string,
  ): Promise<boolean> {
    const pending = `refs/wxgate/pending/${process.pid}-${randomBytes(6).toString('hex')}`;
    const commit = await this.buildCommit(pending, base, changes, withWriteId(message));
    let swapped = false;
    try {
      swapped = await this.swap(base.tip, commit, pending);
    } finally {
      if (!swapped) await this.git.exec(['update-ref', '-d', pending]);
    }
    if (swapped) this.current = new LedgerSnapshot(commit, base.withChanges(changes));
    return swapped;
  }

  /** The commit of `changes` on top of `base`, as git would make it with this repository's identity now. */
  private async buildCommit(
    ref: string,
    base: LedgerSnapshot,
    changes: LedgerChanges,
    message: string,
  ): Promise<string> {
    this.idents ??= {
      author: await this.ident('GIT_AUTHOR_IDENT'),
      committer: await this.ident('GIT_COMMITTER_IDENT'),
    };
    const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
    let stream =
      `commit ${ref}\nmark :1\nauthor ${this.idents.author} now\ncommitter ${this.idents.committer} now\n` +
      data(message) +
      (base.tip ? `from ${base.tip}\n` : '');
    for (const [path, text] of changes) {
      stream +=
        text === null ? `D ${quotePath(path)}\n` : `M 100644 inline ${quotePath(path)}\n${data(text)}`;
    }
    stream += '\nget-mark :1\ndone\n';
    const out = await this.git.run(['fast-import', '--quiet', '--done', '--date-format=now'], {
      input: stream,
      env: this.identityEnv,
    });
    return out.trim();
  }

  /** `Name <email>` as git would write it here (configuration, environment, or the fallback identity). */
  private async ident(variable: 'GIT_AUTHOR_IDENT' | 'GIT_COMMITTER_IDENT'): Promise<string> {
    const line = (await this.git.run(['var', variable], { env: this.identityEnv })).trim();
    return line.replace(/ \d+ [+-]\d{4}$/, '');
  }

  /**
   * Moves the branch from `old` to `commit` if it is still at `old` — and the seen branch with it, in the same
   * transaction (`trackSeen`); once moved, `pending` is deleted with it.
   */
  private async swap(old: string | undefined, commit: string, pending: string): Promise<boolean> {
    const { remote, branch } = this.options;
    const seen = seenBranchOf(branch);
    const zero = '0'.repeat(40);
    const track = this.options.trackSeen;
    if (!remote) {
      const cas =
        `update refs/heads/${branch} ${commit} ${old ?? zero}\n` +
        (track ? `update refs/heads/${seen} ${commit} ${this.seen ?? zero}\n` : '') +
        `delete ${pending}\n`;
      const moved = (await this.git.exec(['update-ref', '--stdin'], { input: cas })).code === 0;
      if (moved && track) this.seen = commit;
      return moved;
    }
    const refspecs = [`${commit}:refs/heads/${branch}`, ...(track ? [`${commit}:refs/heads/${seen}`] : [])];
    // A push that fails for any other reason (network, credentials) is tried again a few times, then thrown:
    // without a durable write the caller must not go on to call WeChat.
    for (let attempt = 1; ; attempt++) {
      const r = await this.git.exec(['push', '--atomic', '--porcelain', '--quiet', remote, ...refspecs]);
      if (r.code === 0) {
        // The tracking refs and the local branch follow the remote, in one transaction when it can be.
        const follow =
          `update ${this.trackingRef} ${commit}\nupdate refs/heads/${branch} ${commit}\n` +
          (track ? `update ${this.seenRef} ${commit}\n` : '') +
          `delete ${pending}\n`;
        if ((await this.git.exec(['update-ref', '--stdin'], { input: follow })).code !== 0) {
          await this.git.run(['update-ref', this.trackingRef, commit]);
          if (track) await this.git.run(['update-ref', this.seenRef, commit]);
          await this.git.exec(['update-ref', `refs/heads/${branch}`, commit]);
          await this.git.exec(['update-ref', '-d', pending]);
        }
        if (track) this.seen = commit;
        return true;
      }
      const text = `${r.stdout}\n${r.stderr}`;
      // Refused because the branch moved (or was being moved: the server's ref lock) → another run wrote first.
      if (/\[rejected\]|non-fast-forward|fetch first|stale info/i.test(text)) return false;
      // (An atomic push reports a ref it could not lock or update as a failed transaction.)
      if (
        /\[remote rejected\][^\n]*(?:lock|failed to update ref|incorrect old value|atomic transaction failed)/i.test(
          text,
        )
      )
        return false;
      // Refused for another reason (branch protection, a hook): no retry helps; say what the server said.
      if (/\[remote rejected\]/i.test(text)) throw new GitError(['push', remote, branch], r);
      if (attempt >= PUSH_ATTEMPTS) throw new GitError(['push', remote, branch], r);
      await this.clock.sleep(PUSH_RETRY_WAIT_MS * attempt);
    }
  }
}

/**
 * Every write gets its own commit id. Without it two runs that decide the same change on the same tip in the same
 * second would build the very same commit, and the second push would "succeed" as already up to date although
 * its decision was never applied on its own — a lost update.
 */
function withWriteId(message: string): string {
  const line = `Wxgate-Write-Id: ${randomBytes(8).toString('hex')}`;
  const text = message.replace(/\s+$/, '');
  const last = text.split(/\n\s*\n/).pop() ?? '';
  const trailers = last.split('\n').every((l) => /^[A-Za-z0-9-]+: /.test(l));
  return `${text}${trailers && text.includes('\n\n') ? '\n' : '\n\n'}${line}\n`;
}

/** A path as fast-import reads it: C-style quoted, so no character of it can end the command. */
function quotePath(path: string): string {
  return `"${path.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
