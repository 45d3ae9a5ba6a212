import { type ChildProcessWithoutNullStreams, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Commit, HistoryPort, Ref } from '../../src/audit/history.js';

/**
 * Two ways to write the same synthetic history: into memory (MemoryRepo, which also answers the audit's history
 * port, for pure tests; its blob ids are git's), and into a real git repository in a temp folder through ONE `git fast-import` process
 * (GitRepo), read back by the real adapter. Scenarios are written once against RepoWriter and run on both.
 */
export interface Who {
  name: string;
  email: string;
}

export interface CommitSpec {
  /** `refs/heads/main` */
  branch: string;
  /** Default: the branch's tip (none for its first commit). */
  parents?: string[];
  /** Changes against the first parent; null deletes. */
  files?: Record<string, string | Uint8Array | null>;
  message: string;
  author?: Who;
  committer?: Who;
  /** ISO 8601 with offset: the committer time, and the author time unless `authorAt`. */
  at: string;
  authorAt?: string;
}

export interface RepoWriter {
  commit(spec: CommitSpec): Promise<string>;
  /** Points a ref at a commit whatever it pointed at (a force-push), or deletes it (null). */
  reset(ref: string, sha: string | null): Promise<void>;
  tip(ref: string): string | undefined;
  /** Makes everything written visible to readers (git: ends fast-import). */
  close(): Promise<void>;
}

export const PERSON: Who = { name: 'Li Lei', email: 'lilei@example.com' };

const bytesOf = (c: string | Uint8Array) =>
  typeof c === 'string' ? new Uint8Array(Buffer.from(c, 'utf8')) : c;
const sha1 = (...parts: (string | Uint8Array)[]) => {
  const h = createHash('sha1');
  for (const p of parts) h.update(p);
  return h.digest('hex');
};

interface Stored {
  commit: Commit;
  tree: Map<string, Uint8Array>;
}

/** A history in memory that answers the audit's port like the git adapter does. */
export class MemoryRepo implements RepoWriter, HistoryPort {
  readonly refMap = new Map<string, string>();
  private readonly commits = new Map<string, Stored>();
  private counter = 0;

  async commit(spec: CommitSpec): Promise<string> {
    const parents = spec.parents ?? (this.refMap.has(spec.branch) ? [this.refMap.get(spec.branch)!] : []);
    const base = parents[0] ? this.commits.get(parents[0])!.tree : new Map<string, Uint8Array>();
    const tree = new Map(base);
    const changes: Commit['changes'] = [];
    for (const [path, content] of Object.entries(spec.files ?? {})) {
      if (content === null) {
        if (tree.delete(path)) changes.push({ status: 'D', path, id: null, mode: null });
        continue;
      }
      const bytes = bytesOf(content);
      const before = tree.get(path);
      tree.set(path, bytes);
      if (!before) changes.push({ status: 'A', path, id: blobId(bytes), mode: '100644' });
      else if (Buffer.compare(Buffer.from(before), Buffer.from(bytes)) !== 0)
        changes.push({ status: 'M', path, id: blobId(bytes), mode: '100644' });
    }
    const sha = sha1(`commit ${++this.counter}\n`, spec.message);
    const who = (w: Who | undefined, at: string) => ({ ...(w ?? PERSON), at });
    this.commits.set(sha, {
      commit: {
        sha,
        parents,
        author: who(spec.author, spec.authorAt ?? spec.at),
        committer: who(spec.committer ?? spec.author, spec.at),
        message: spec.message.endsWith('\n') ? spec.message : `${spec.message}\n`,
        changes: changes.sort((a, b) => a.path.localeCompare(b.path)),
      },
      tree,
    });
    this.refMap.set(spec.branch, sha);
    return sha;
  }

  async reset(ref: string, sha: string | null): Promise<void> {
    if (sha === null) this.refMap.delete(ref);
    else this.refMap.set(ref, sha);
  }

  tip(ref: string): string | undefined {
    return this.refMap.get(ref);
  }

  async close(): Promise<void> {}

  async resolve(ref: string): Promise<string | undefined> {
    return this.refMap.get(ref) ?? (this.commits.has(ref) ? ref : undefined);
  }

  async log(tip: string): Promise<Commit[]> {
    const out: Commit[] = [];
    const seen = new Set<string>();
    for (const stack = [tip]; stack.length > 0; ) {
      const sha = stack.pop()!;
      if (seen.has(sha) || !this.commits.has(sha)) continue;
      seen.add(sha);
      const c = this.commits.get(sha)!.commit;
      out.push(c);
      stack.push(...c.parents);
    }
    return out;
  }

  async refs(prefix: string): Promise<Ref[]> {
    return [...this.refMap]
      .filter(([name]) => name.startsWith(prefix))
      .map(([name, target]) => ({ name, target }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  async tree(commit: string): Promise<Map<string, string>> {
    const tree = this.commits.get(commit)?.tree ?? new Map<string, Uint8Array>();
    return new Map([...tree].map(([path, bytes]) => [path, blobId(bytes)]));
  }

  async files(requests: readonly { commit: string; path: string }[]): Promise<(Uint8Array | undefined)[]> {
    return requests.map(({ commit, path }) => this.commits.get(commit)?.tree.get(path));
  }

  async blobs(ids: readonly string[]): Promise<Map<string, Uint8Array>> {
    const wanted = new Set(ids);
    const out = new Map<string, Uint8Array>();
    for (const { tree } of this.commits.values()) {
      for (const bytes of tree.values()) {
        const id = blobId(bytes);
        if (wanted.has(id)) out.set(id, bytes);
      }
    }
    return out;
  }
}

const blobId = (bytes: Uint8Array) => sha1(`blob ${bytes.length}\0`, bytes);

/** fast-import's `<epoch seconds> <+hhmm>` for an ISO time with an offset. */
function gitDate(iso: string): string {
  const ms = Date.parse(iso);
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  const zone = iso.endsWith('Z') || !m ? '+0000' : `${m[1]}${m[2]}${m[3]}`;
  return `${Math.floor(ms / 1000)} ${zone}`;
}

/**
 * A real repository in a temp folder, written by one interactive `git fast-import` (each commit's id is asked
 * for with `get-mark` as soon as it is written). `close()` ends the import and updates the refs.
 */
export class GitRepo implements RepoWriter {
  readonly dir: string;
  private process: ChildProcessWithoutNullStreams | undefined;
  private pending: { resolve: (line: string) => void; reject: (error: Error) => void }[] = [];
  private buffered = '';
  private stderr = '';
  private mark = 0;
  private readonly tips = new Map<string, string>();
  /** Commits of this import by id: fast-import names them by mark until it ends. */
  private readonly marks = new Map<string, number>();

  constructor(dir?: string) {
    this.dir = dir ?? mkdtempSync(join(tmpdir(), 'wxgate-audit-'));
    if (!dir) execFileSync('git', ['init', '-q', '-b', 'main', this.dir]);
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.process) return this.process;
    const child = spawn('git', ['fast-import', '--quiet', '--done', '--force', '--cat-blob-fd=1'], {
      cwd: this.dir,
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' },
    });
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      this.buffered += chunk;
      for (let nl = this.buffered.indexOf('\n'); nl >= 0; nl = this.buffered.indexOf('\n')) {
        const line = this.buffered.slice(0, nl);
        this.buffered = this.buffered.slice(nl + 1);
        this.pending.shift()?.resolve(line);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8');
    });
    child.on('close', (code) => {
      for (const p of this.pending.splice(0))
        p.reject(new Error(`git fast-import exited (${code}): ${this.stderr}`));
    });
    this.process = child;
    return child;
  }

  async commit(spec: CommitSpec): Promise<string> {
    const child = this.start();
    const parents = spec.parents ?? (this.tips.has(spec.branch) ? [this.tips.get(spec.branch)!] : []);
    const mark = ++this.mark;
    const who = (w: Who | undefined, at: string) =>
      `${(w ?? PERSON).name} <${(w ?? PERSON).email}> ${gitDate(at)}`;
    const message = Buffer.from(spec.message.endsWith('\n') ? spec.message : `${spec.message}\n`);
    const chunks: Buffer[] = [
      Buffer.from(
        `commit ${spec.branch}\nmark :${mark}\nauthor ${who(spec.author, spec.authorAt ?? spec.at)}\ncommitter ${who(spec.committer ?? spec.author, spec.at)}\ndata ${message.length}\n`,
      ),
      message,
      Buffer.from(parents[0] ? `from ${this.name(parents[0])}\n` : 'deleteall\n'),
      ...parents.slice(1).map((p) => Buffer.from(`merge ${this.name(p)}\n`)),
    ];
    for (const [path, content] of Object.entries(spec.files ?? {})) {
      if (content === null) {
        chunks.push(Buffer.from(`D ${quote(path)}\n`));
        continue;
      }
      const bytes = Buffer.from(bytesOf(content));
      chunks.push(
        Buffer.from(`M 100644 inline ${quote(path)}\ndata ${bytes.length}\n`),
        bytes,
        Buffer.from('\n'),
      );
    }
    chunks.push(Buffer.from(`\nget-mark :${mark}\n`));
    const sha = new Promise<string>((resolve, reject) => this.pending.push({ resolve, reject }));
    child.stdin.write(Buffer.concat(chunks));
    const id = (await sha).trim();
    this.tips.set(spec.branch, id);
    this.marks.set(id, mark);
    return id;
  }

  private name(sha: string): string {
    const mark = this.marks.get(sha);
    return mark === undefined ? sha : `:${mark}`;
  }

  async reset(ref: string, sha: string | null): Promise<void> {
    const child = this.start();
    if (sha === null) {
      await this.close();
      execFileSync('git', ['update-ref', '-d', ref], { cwd: this.dir });
    } else child.stdin.write(`reset ${ref}\nfrom ${this.name(sha)}\n\n`);
    if (sha === null) this.tips.delete(ref);
    else this.tips.set(ref, sha);
  }

  tip(ref: string): string | undefined {
    return this.tips.get(ref);
  }

  async close(): Promise<void> {
    const child = this.process;
    if (!child) return;
    this.process = undefined;
    this.marks.clear();
    const done = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
    child.stdin.end('done\n');
    const code = await done;
    if (code !== 0) throw new Error(`git fast-import exited with ${code}`);
  }
}

/** A path for fast-import: quoted C-style when it holds anything unusual. */
function quote(path: string): string {
  if (/^[\w./@+-]+$/.test(path)) return path;
  return `"${path.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\n')}"`;
}
