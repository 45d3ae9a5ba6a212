/**
 * A local HTTP server on loopback that answers the REST endpoints wxgate calls the way GitHub does: real git
 * object ids (sha1 of `blob <len>\0…`), trees and blobs, PR files as the diff of base and head, pagination with
 * `Link` headers, 404 for a team the token may not see, rate limits (403 with x-ratelimit-remaining: 0, 429 with
 * retry-after and the secondary-limit message), 5xx, the Checks API's 50-annotations-per-request limit with
 * appending updates, comments/issues authored by the token's identity, and GraphQL's `viewer` (who the token is).
 * `before` runs a step (a push, a new review) just before GitHub answers a given request, so a test can land a
 * push between two reads of the same run.
 *
 * Tests point the client's baseUrl at it (under `/api/v3`, like GitHub Enterprise Server). Every request is logged
 * with its method, path, query, body and the token it carried.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeRepoSettings } from './fake-repo-settings.js';

export interface Identity {
  login: string;
  type: 'Bot' | 'User';
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  token: string | undefined;
  status: number;
}

interface Hook {
  method: string;
  path: RegExp;
  times: number;
  run: () => void;
}

interface Fault {
  method: string;
  path: RegExp;
  times: number;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

type Files = Record<string, string | Uint8Array>;

interface TreeEntry {
  path: string;
  mode: string;
  type: 'blob' | 'tree';
  sha: string;
  size?: number;
}

interface CommitObject {
  sha: string;
  tree: string;
  parent: string | undefined;
  files: Files;
  message: string;
}

export interface PullSpec {
  number: number;
  author: string;
  title?: string;
  createdAt: string;
  draft?: boolean;
  labels?: string[];
  base: { ref: string; sha: string };
  /** Commits of the PR, oldest first; the last is the head. */
  commits: string[];
  headRepo?: string;
  headRef?: string;
  state?: 'open' | 'closed';
  /** Reported `changed_files`, when a test wants it to differ from the real diff. */
  changedFiles?: number;
}

export interface ReviewSpec {
  id?: number;
  user: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  commitId: string;
  submittedAt?: string;
}

export interface CheckRunRecord {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  started_at: string;
  completed_at: string | null;
  details_url: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: Record<string, unknown>[];
  /** Sizes of the annotation batches received, per request. */
  batches: number[];
}

export interface CommentRecord {
  id: number;
  issue: number;
  body: string;
  user: Identity;
  created_at: string;
  updated_at: string;
}

export interface IssueRecord {
  id: number;
  number: number;
  title: string;
  body: string;
  labels: string[];
  state: 'open' | 'closed';
  user: Identity;
}

export interface TeamRecord {
  /** Tokens that may see the team (others get 404, as GitHub answers). */
  visibleTo: Set<string>;
  members: Map<string, 'active' | 'pending'>;
}

export function gitSha(kind: string, bytes: Uint8Array): string {
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`${kind} ${bytes.length}\0`), bytes]))
    .digest('hex');
}

function bytesOf(content: string | Uint8Array): Uint8Array {
  return typeof content === 'string' ? new Uint8Array(Buffer.from(content, 'utf8')) : content;
}

export class FakeGitHub {
  readonly owner: string;
  readonly repo: string;
  readonly log: LoggedRequest[] = [];
  readonly blobs = new Map<string, Uint8Array>();
  readonly trees = new Map<string, TreeEntry[]>();
  readonly commits = new Map<string, CommitObject>();
  readonly refs = new Map<string, string>();
  readonly pulls = new Map<number, PullSpec>();
  readonly reviews = new Map<number, ReviewSpec[]>();
  readonly checkRuns: CheckRunRecord[] = [];
  readonly comments: CommentRecord[] = [];
  readonly issues: IssueRecord[] = [];
  readonly labels = new Set<string>();
  readonly teams = new Map<string, TeamRecord>();
  /** Check suites by commit SHA (created_at). */
  readonly checkSuites = new Map<string, string[]>();
  /** token → identity; requests with another token get 401. */
  readonly tokens = new Map<string, Identity>();
  /** The repository's settings (default branch, rulesets, environments, secret names): fake-repo-settings.ts. */
  readonly settings = new FakeRepoSettings();
  private faults: Fault[] = [];
  private hooks: Hook[] = [];
  private server: Server | undefined;
  private nextId = 1000;
  private clock = Date.parse('2026-11-20T02:00:00Z');
  url = '';

  constructor(fullName: string) {
    const [owner, repo] = fullName.split('/');
    this.owner = owner!;
    this.repo = repo!;
  }

  /** The client's baseUrl (GitHub Enterprise Server style prefix). */
  get apiUrl(): string {
    return `${this.url}/api/v3`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: `fake server bug: ${(error as Error).stack}` }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** The next `times` requests matching method and path answer with this instead. */
  fail(method: string, path: RegExp, fault: Omit<Fault, 'method' | 'path'>): void {
    this.faults.push({ method, path, ...fault });
  }

  /** Runs `step` just before answering the next `times` requests matching method and path. */
  before(method: string, path: RegExp, step: () => void, times = 1): void {
    this.hooks.push({ method, path, times, run: step });
  }

  /** A push to a PR: a commit on top of its head, which becomes the new head (seen by GitHub now). */
  push(number: number, changes: Record<string, string | Uint8Array | null>, message = 'push'): string {
    const pr = this.pulls.get(number)!;
    const sha = this.change(pr.commits.at(-1)!, changes, message);
    pr.commits.push(sha);
    this.checkSuites.set(sha, [new Date(this.clock).toISOString()]);
    return sha;
  }

  /** Records a commit whose tree is exactly `files` (paths with forward slashes). */
  commit(files: Files, parent?: string, message = 'commit'): string {
    const tree = this.writeTree(files);
    const body = Buffer.from(`tree ${tree}\n${parent ? `parent ${parent}\n` : ''}\n${message}\n`);
    const sha = gitSha('commit', body);
    this.commits.set(sha, { sha, tree, parent, files, message });
    return sha;
  }

  /** A commit on top of `parent` with some files changed (null removes a file). */
  change(parent: string, changes: Record<string, string | Uint8Array | null>, message = 'change'): string {
    const files: Files = { ...this.commits.get(parent)!.files };
    for (const [path, content] of Object.entries(changes)) {
      if (content === null) delete files[path];
      else files[path] = content;
    }
    return this.commit(files, parent, message);
  }

  addPull(spec: PullSpec): void {
    this.pulls.set(spec.number, spec);
  }

  addTeam(team: string, members: Record<string, 'active' | 'pending'>, visibleTo: string[]): void {
    this.teams.set(team.toLowerCase(), {
      visibleTo: new Set(visibleTo),
      members: new Map(Object.entries(members).map(([k, v]) => [k.toLowerCase(), v])),
    });
  }

  requests(method: string, path: RegExp): LoggedRequest[] {
    return this.log.filter((r) => r.method === method && path.test(r.path));
  }

  private writeTree(files: Files): string {
    const dirs = new Map<string, Files>();
    const entries: TreeEntry[] = [];
    for (const [path, content] of Object.entries(files)) {
      const slash = path.indexOf('/');
      if (slash >= 0) {
        const dir = path.slice(0, slash);
        const sub = dirs.get(dir) ?? {};
        sub[path.slice(slash + 1)] = content;
        dirs.set(dir, sub);
      } else {
        const bytes = bytesOf(content);
        const sha = gitSha('blob', bytes);
        this.blobs.set(sha, bytes);
        entries.push({ path, mode: '100644', type: 'blob', sha, size: bytes.length });
      }
    }
    for (const [dir, sub] of dirs)
      entries.push({ path: dir, mode: '040000', type: 'tree', sha: this.writeTree(sub) });
    entries.sort((a, b) => (a.path < b.path ? -1 : 1));
    const sha = gitSha('tree', Buffer.from(entries.map((e) => `${e.mode} ${e.path}\0${e.sha}`).join('')));
    this.trees.set(sha, entries);
    return sha;
  }

  private flatten(treeSha: string, prefix = ''): TreeEntry[] {
    const out: TreeEntry[] = [];
    for (const e of this.trees.get(treeSha) ?? []) {
      const path = prefix + e.path;
      out.push({ ...e, path });
      if (e.type === 'tree') out.push(...this.flatten(e.sha, `${path}/`));
    }
    return out;
  }

  private diff(from: Files, to: Files) {
    const out: { filename: string; status: string; sha: string | null; previous_filename?: string }[] = [];
    for (const path of [...new Set([...Object.keys(from), ...Object.keys(to)])].sort()) {
      const a = from[path];
      const b = to[path];
      if (a === undefined && b !== undefined) {
        out.push({ filename: path, status: 'added', sha: gitSha('blob', bytesOf(b)) });
      } else if (a !== undefined && b === undefined) {
        out.push({ filename: path, status: 'removed', sha: null });
      } else if (
        a !== undefined &&
        b !== undefined &&
        gitSha('blob', bytesOf(a)) !== gitSha('blob', bytesOf(b))
      ) {
        out.push({ filename: path, status: 'modified', sha: gitSha('blob', bytesOf(b)) });
      }
    }
    return out;
  }

  private tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    let path = url.pathname;
    if (path.startsWith('/api/v3')) path = path.slice('/api/v3'.length);
    // Octokit percent-encodes slashes inside a parameter (contents/{path}, git/ref/{ref}); GitHub accepts both.
    path = decodeURIComponent(path);
    const method = req.method ?? 'GET';
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body: unknown = raw ? JSON.parse(raw) : undefined;
    const auth = req.headers.authorization;
    const token = auth?.replace(/^(token|bearer)\s+/i, '');
    const entry: LoggedRequest = { method, path, query: url.searchParams, body, token, status: 0 };
    this.log.push(entry);

    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      entry.status = status;
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
        ...headers,
      });
      res.end(data === undefined ? '' : JSON.stringify(data));
    };

    const hook = this.hooks.find((h) => h.method === method && h.path.test(path) && h.times > 0);
    if (hook) {
      hook.times--;
      hook.run();
    }
    const fault = this.faults.find((f) => f.method === method && f.path.test(path) && f.times > 0);
    if (fault) {
      fault.times--;
      return send(fault.status, fault.body ?? { message: 'Server Error' }, fault.headers);
    }
    const identity = token ? this.tokens.get(token) : undefined;
    if (!identity) {
      return send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    }
    const notFound = () =>
      send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });

    // Paginates an array the way GitHub does: per_page (default 30, max 100), page, Link rel="next"/"last".
    const page = <T>(items: T[]) => {
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
      const n = Number(url.searchParams.get('page') ?? 1);
      const last = Math.max(1, Math.ceil(items.length / perPage));
      const links: string[] = [];
      const at = (p: number) => {
        const u = new URL(url.toString());
        u.searchParams.set('page', String(p));
        return `<${u.toString()}>`;
      };
      if (n < last) links.push(`${at(n + 1)}; rel="next"`, `${at(last)}; rel="last"`);
      if (n > 1) links.push(`${at(1)}; rel="first"`, `${at(n - 1)}; rel="prev"`);
      return {
        slice: items.slice((n - 1) * perPage, n * perPage),
        headers: links.length ? { link: links.join(', ') } : ({} as Record<string, string>),
      };
    };

    // GraphQL (octokit sends it to /api/graphql on GitHub Enterprise Server): only `viewer`, the token's account.
    if (method === 'POST' && (path === '/api/graphql' || path === '/graphql')) {
      const query = String((body as { query?: string } | undefined)?.query ?? '');
      if (!/\bviewer\b/.test(query))
        return send(200, { errors: [{ message: `unsupported query: ${query}` }] });
      return send(200, { data: { viewer: { login: identity.login } } });
    }

    const repoPrefix = `/repos/${this.owner}/${this.repo}`;
    const setting = this.settings.answer(method, path, repoPrefix, `${this.owner}/${this.repo}`);
    if (setting) return send(setting.status, setting.data);
    let m: RegExpExecArray | null;

    // Teams (organisation scope).
    m = method === 'GET' ? /^\/orgs\/([^/]+)\/teams\/([^/]+)$/.exec(path) : null;
    if (m) {
      const team = this.teams.get(`${m[1]}/${m[2]}`.toLowerCase());
      if (!team?.visibleTo.has(token!)) return notFound();
      return send(200, { id: 1, slug: m[2], name: m[2], organization: { login: m[1] } });
    }
    m = method === 'GET' ? /^\/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/.exec(path) : null;
    if (m) {
      const team = this.teams.get(`${m[1]}/${m[2]}`.toLowerCase());
      if (!team?.visibleTo.has(token!)) return notFound();
      const state = team.members.get(m[3]!.toLowerCase());
      if (!state) return notFound();
      return send(200, { state, role: 'member', url: '' });
    }

    if (!path.startsWith(repoPrefix)) return notFound();
    const rest = path.slice(repoPrefix.length);

    m = method === 'GET' ? /^\/pulls\/(\d+)$/.exec(rest) : null;
    if (m) {
      const pr = this.pulls.get(Number(m[1]));
      return pr ? send(200, this.pullJson(pr)) : notFound();
    }
    if (rest === '/pulls' && method === 'GET') {
      const head = url.searchParams.get('head');
      const state = url.searchParams.get('state') ?? 'open';
      const list = [...this.pulls.values()]
        .filter((p) => (state === 'all' ? true : (p.state ?? 'open') === state))
        .filter(
          (p) =>
            !head ||
            `${(p.headRepo ?? `${this.owner}/${this.repo}`).split('/')[0]}:${p.headRef ?? 'topic'}` === head,
        )
        .map((p) => this.pullJson(p));
      const { slice, headers } = page(list);
      return send(200, slice, headers);
    }
    m = method === 'GET' ? /^\/pulls\/(\d+)\/files$/.exec(rest) : null;
    if (m) {
      const pr = this.pulls.get(Number(m[1]));
      if (!pr) return notFound();
      const files = this.pullFiles(pr).slice(0, 3000);
      const { slice, headers } = page(files);
      return send(200, slice, headers);
    }
    m = method === 'GET' ? /^\/pulls\/(\d+)\/reviews$/.exec(rest) : null;
    if (m) {
      const reviews = (this.reviews.get(Number(m[1])) ?? []).map((r, i) => ({
        id: r.id ?? 500 + i,
        user: { login: r.user, type: 'User' },
        body: '',
        state: r.state,
        commit_id: r.commitId,
        author_association: 'MEMBER',
        ...(r.state === 'PENDING' ? {} : { submitted_at: r.submittedAt ?? '2026-11-17T02:00:00Z' }),
      }));
      const { slice, headers } = page(reviews);
      return send(200, slice, headers);
    }
    m = method === 'GET' ? /^\/pulls\/(\d+)\/commits$/.exec(rest) : null;
    if (m) {
      const pr = this.pulls.get(Number(m[1]));
      if (!pr) return notFound();
      const list = pr.commits
        .slice(0, 250)
        .map((sha) => ({ sha, commit: { message: this.commits.get(sha)?.message } }));
      const { slice, headers } = page(list);
      return send(200, slice, headers);
    }
    m = method === 'GET' ? /^\/commits\/([0-9a-f]{40})\/check-suites$/.exec(rest) : null;
    if (m) {
      const suites = (this.checkSuites.get(m[1]!) ?? []).map((created_at, i) => ({ id: i + 1, created_at }));
      return send(200, { total_count: suites.length, check_suites: suites });
    }
    m = method === 'GET' ? /^\/commits\/([^/]+)\/check-runs$/.exec(rest) : null;
    if (m) {
      const name = url.searchParams.get('check_name');
      const runs = this.checkRuns
        .filter((r) => r.head_sha === m![1] && (!name || r.name === name))
        .map((r) => this.checkRunJson(r));
      const { slice, headers } = page(runs);
      return send(200, { total_count: runs.length, check_runs: slice }, headers);
    }
    m = method === 'GET' ? /^\/commits\/([0-9a-f]{40})$/.exec(rest) : null;
    if (m) {
      const commit = this.commits.get(m[1]!);
      if (!commit) return notFound();
      const parent = commit.parent ? this.commits.get(commit.parent)!.files : {};
      const { slice, headers } = page(this.diff(parent, commit.files));
      return send(200, { sha: commit.sha, files: slice }, headers);
    }
    m = method === 'GET' ? /^\/git\/ref\/heads\/(.+)$/.exec(rest) : null;
    if (m) {
      const sha = this.refs.get(m[1]!);
      return sha ? send(200, { ref: `refs/heads/${m[1]}`, object: { sha, type: 'commit' } }) : notFound();
    }
    m = method === 'GET' ? /^\/git\/trees\/([^/]+)$/.exec(rest) : null;
    if (m) {
      const id = this.commits.get(m[1]!)?.tree ?? m[1]!;
      if (!this.trees.has(id)) return notFound();
      const entries = url.searchParams.get('recursive') ? this.flatten(id) : this.trees.get(id)!;
      return send(200, { sha: id, tree: entries, truncated: false });
    }
    m = method === 'GET' ? /^\/git\/blobs\/([0-9a-f]{40})$/.exec(rest) : null;
    if (m) {
      const bytes = this.blobs.get(m[1]!);
      if (!bytes) return notFound();
      return send(200, {
        sha: m[1],
        size: bytes.length,
        encoding: 'base64',
        // GitHub wraps base64 at 60 characters.
        content: `${Buffer.from(bytes).toString('base64').replace(/.{60}/g, '$&\n')}\n`,
      });
    }
    m = method === 'GET' ? /^\/contents\/?(.*)$/.exec(rest) : null;
    if (m) {
      const ref = url.searchParams.get('ref') ?? this.refs.get('main')!;
      const commit = this.commits.get(ref);
      if (!commit) return notFound();
      const target = m[1] ?? '';
      const all = this.flatten(commit.tree);
      const file = all.find((e) => e.path === target && e.type === 'blob');
      if (file) {
        const bytes = this.blobs.get(file.sha)!;
        return send(200, {
          type: 'file',
          name: target.split('/').pop(),
          path: target,
          sha: file.sha,
          size: bytes.length,
          encoding: 'base64',
          content: Buffer.from(bytes).toString('base64'),
        });
      }
      const prefix = target ? `${target}/` : '';
      const children = all.filter(
        (e) => e.path.startsWith(prefix) && !e.path.slice(prefix.length).includes('/'),
      );
      if (target && children.length === 0) return notFound();
      return send(
        200,
        children.map((e) => ({
          type: e.type === 'tree' ? 'dir' : 'file',
          name: e.path.slice(prefix.length),
          path: e.path,
          sha: e.sha,
        })),
      );
    }

    // Checks.
    if (rest === '/check-runs' && method === 'POST') {
      const b = body as Record<string, unknown>;
      const output = (b.output ?? {}) as Record<string, unknown>;
      const annotations = (output.annotations ?? []) as Record<string, unknown>[];
      if (annotations.length > 50)
        return send(422, { message: 'Only 50 annotations are allowed per request' });
      const run: CheckRunRecord = {
        id: this.nextId++,
        name: String(b.name),
        head_sha: String(b.head_sha),
        status: String(b.status ?? 'queued'),
        conclusion: (b.conclusion as string) ?? null,
        started_at: this.tick(),
        completed_at: (b.completed_at as string) ?? null,
        details_url: (b.details_url as string) ?? null,
        output: {
          title: (output.title as string) ?? null,
          summary: (output.summary as string) ?? null,
          text: (output.text as string) ?? null,
        },
        annotations: [...annotations],
        batches: annotations.length ? [annotations.length] : [],
      };
      this.checkRuns.push(run);
      return send(201, this.checkRunJson(run));
    }
    m = method === 'PATCH' ? /^\/check-runs\/(\d+)$/.exec(rest) : null;
    if (m) {
      const run = this.checkRuns.find((r) => r.id === Number(m![1]));
      if (!run) return notFound();
      const b = body as Record<string, unknown>;
      const output = b.output as Record<string, unknown> | undefined;
      const annotations = (output?.annotations ?? []) as Record<string, unknown>[];
      if (annotations.length > 50)
        return send(422, { message: 'Only 50 annotations are allowed per request' });
      if (output && (output.title === undefined || output.summary === undefined)) {
        return send(422, { message: 'output.title and output.summary are required' });
      }
      if (b.status) run.status = String(b.status);
      if (b.conclusion) run.conclusion = String(b.conclusion);
      if (b.completed_at) run.completed_at = String(b.completed_at);
      if (output) {
        run.output = {
          title: output.title as string,
          summary: output.summary as string,
          text: (output.text as string) ?? run.output.text,
        };
        // Updates APPEND annotations, as GitHub does.
        run.annotations.push(...annotations);
        if (annotations.length) run.batches.push(annotations.length);
      }
      return send(200, this.checkRunJson(run));
    }

    // Comments.
    m = /^\/issues\/(\d+)\/comments$/.exec(rest);
    if (m) {
      const issue = Number(m[1]);
      if (method === 'GET') {
        const list = this.comments.filter((c) => c.issue === issue).map((c) => this.commentJson(c));
        const { slice, headers } = page(list);
        return send(200, slice, headers);
      }
      if (method === 'POST') {
        const now = this.tick();
        const c: CommentRecord = {
          id: this.nextId++,
          issue,
          body: String((body as { body: string }).body),
          user: identity,
          created_at: now,
          updated_at: now,
        };
        this.comments.push(c);
        return send(201, this.commentJson(c));
      }
    }
    m = /^\/issues\/comments\/(\d+)$/.exec(rest);
    if (m) {
      const i = this.comments.findIndex((c) => c.id === Number(m![1]));
      if (i < 0) return notFound();
      const c = this.comments[i]!;
      if (method === 'PATCH') {
        c.body = String((body as { body: string }).body);
        c.updated_at = this.tick();
        return send(200, this.commentJson(c));
      }
      if (method === 'DELETE') {
        this.comments.splice(i, 1);
        return send(204, undefined);
      }
    }

    // Labels and issues.
    m = method === 'GET' ? /^\/labels\/(.+)$/.exec(rest) : null;
    if (m) {
      const name = m[1]!;
      return this.labels.has(name) ? send(200, { name }) : notFound();
    }
    if (rest === '/labels' && method === 'POST') {
      this.labels.add(String((body as { name: string }).name));
      return send(201, body);
    }
    if (rest === '/issues' && method === 'GET') {
      const labels = url.searchParams.get('labels')?.split(',') ?? [];
      const state = url.searchParams.get('state') ?? 'open';
      const list = this.issues
        .filter((i) => state === 'all' || i.state === state)
        .filter((i) => labels.every((l) => i.labels.includes(l)))
        .map((i) => this.issueJson(i));
      const { slice, headers } = page(list);
      return send(200, slice, headers);
    }
    if (rest === '/issues' && method === 'POST') {
      const b = body as { title: string; body: string; labels?: string[] };
      for (const l of b.labels ?? []) this.labels.add(l);
      const issue: IssueRecord = {
        id: this.nextId++,
        number: 100 + this.issues.length,
        title: b.title,
        body: b.body,
        labels: b.labels ?? [],
        state: 'open',
        user: identity,
      };
      this.issues.push(issue);
      return send(201, this.issueJson(issue));
    }
    m = method === 'PATCH' ? /^\/issues\/(\d+)$/.exec(rest) : null;
    if (m) {
      const issue = this.issues.find((i) => i.number === Number(m![1]));
      if (!issue) return notFound();
      const b = body as { title?: string; body?: string };
      if (b.title !== undefined) issue.title = b.title;
      if (b.body !== undefined) issue.body = b.body;
      return send(200, this.issueJson(issue));
    }
    return notFound();
  }

  private pullFiles(pr: PullSpec) {
    const base = this.commits.get(pr.base.sha)!.files;
    const head = this.commits.get(pr.commits[pr.commits.length - 1]!)!.files;
    return this.diff(base, head);
  }

  private pullJson(pr: PullSpec) {
    const head = pr.commits[pr.commits.length - 1]!;
    const full = `${this.owner}/${this.repo}`;
    const headRepo = pr.headRepo ?? full;
    return {
      number: pr.number,
      state: pr.state ?? 'open',
      title: pr.title ?? `PR ${pr.number}`,
      html_url: `https://github.example/${full}/pull/${pr.number}`,
      user: { login: pr.author, type: 'User' },
      created_at: pr.createdAt,
      draft: pr.draft ?? false,
      labels: (pr.labels ?? []).map((name, i) => ({ id: i + 1, name })),
      head: {
        sha: head,
        ref: pr.headRef ?? 'topic',
        repo: { full_name: headRepo, owner: { login: headRepo.split('/')[0] } },
      },
      base: { sha: pr.base.sha, ref: pr.base.ref, repo: { full_name: full } },
      commits: pr.commits.length,
      changed_files: pr.changedFiles ?? this.pullFiles(pr).length,
    };
  }

  private checkRunJson(r: CheckRunRecord) {
    return {
      id: r.id,
      name: r.name,
      head_sha: r.head_sha,
      status: r.status,
      conclusion: r.conclusion,
      started_at: r.started_at,
      completed_at: r.completed_at,
      details_url: r.details_url,
      app: { slug: 'github-actions' },
      output: { ...r.output, annotations_count: r.annotations.length, annotations_url: '' },
    };
  }

  private commentJson(c: CommentRecord) {
    return {
      id: c.id,
      body: c.body,
      user: c.user,
      created_at: c.created_at,
      updated_at: c.updated_at,
      html_url: `https://github.example/${this.owner}/${this.repo}/pull/${c.issue}#issuecomment-${c.id}`,
    };
  }

  private issueJson(i: IssueRecord) {
    return {
      id: i.id,
      number: i.number,
      title: i.title,
      body: i.body,
      state: i.state,
      user: i.user,
      labels: i.labels.map((name) => ({ name })),
      html_url: `https://github.example/${this.owner}/${this.repo}/issues/${i.number}`,
    };
  }
}
