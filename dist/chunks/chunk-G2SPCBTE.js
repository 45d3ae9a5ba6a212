#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  systemClock
} from "./chunk-MGRGO5V5.js";
import {
  MAX_ARTICLE_BYTES,
  loadArticle
} from "./chunk-QI4ADP2A.js";
import {
  MAX_ASSET_BYTES,
  describeRefusal,
  readArticleFile
} from "./chunk-RCBCJIJT.js";
import {
  parseYaml,
  yaml
} from "./chunk-B6G33NBB.js";
import {
  ConfigurationError
} from "./chunk-M2DJWID3.js";

// src/ledger/ledger.ts
var DEFAULT_LEDGER_BRANCH = "wxgate-ledger";
var LedgerSnapshot = class _LedgerSnapshot {
  constructor(tip, files, outside) {
    this.tip = tip;
    this.files = files;
    this.outside = outside;
  }
  tip;
  files;
  outside;
  read(path) {
    return this.files.get(path);
  }
  /** Paths under a folder (`records/group/`), sorted. */
  paths(prefix = "") {
    return [...this.files.keys()].filter((p) => p.startsWith(prefix)).sort();
  }
  /** The same files, with their outside changes trusted. */
  withoutOutside() {
    return new _LedgerSnapshot(this.tip, this.files);
  }
  /** The files of this snapshot with `changes` applied. */
  withChanges(changes) {
    const files = new Map(this.files);
    for (const [path, text] of changes) {
      if (text === null) files.delete(path);
      else files.set(path, text);
    }
    return files;
  }
};
var LedgerContentionError = class extends Error {
};
var LedgerRewoundError = class extends Error {
  constructor(ledger, trusted, found, keptIn) {
    super(
      found === void 0 ? `the ledger branch ${ledger} is gone, but the last publish run wrote commit ${trusted} (${keptIn}): it was deleted` : `the ledger branch ${ledger} is at commit ${found}, which does not contain commit ${trusted} that the last publish run wrote (${keptIn}): it was rewound or rewritten`
    );
    this.ledger = ledger;
    this.trusted = trusted;
    this.found = found;
    this.keptIn = keptIn;
    this.name = "LedgerRewoundError";
  }
  ledger;
  trusted;
  found;
  keptIn;
};
var LedgerChangedOutsideError = class extends Error {
  constructor(ledger, outside) {
    super(
      `the ledger ${ledger} was changed outside a publish run after commit ${outside.since.slice(0, 12)} (${outside.paths.join(", ")}); those changes are checked before anything else is written`
    );
    this.outside = outside;
    this.name = "LedgerChangedOutsideError";
  }
  outside;
};
var DEFAULT_WRITE_ATTEMPTS = 30;
var RETRY_WAIT_BASE_MS = 20;
var RETRY_JITTER_STEP_MS = 80;
var RETRY_JITTER_MAX_FACTOR = 5;
var CompareAndSwapLedger = class {
  current = new LedgerSnapshot(void 0, /* @__PURE__ */ new Map());
  writes = 0;
  maxAttempts;
  clock;
  random;
  constructor(options = {}) {
    this.maxAttempts = options.maxAttempts ?? DEFAULT_WRITE_ATTEMPTS;
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
  }
  get snapshot() {
    return this.current;
  }
  async transact(decide) {
    for (let attempt = 0; attempt < this.maxAttempts; attempt++) {
      const snapshot = attempt === 0 ? this.current : await this.refresh();
      const decision = decide(snapshot);
      if (!decision.changes || decision.changes.size === 0) return decision.value;
      if (snapshot.outside && !decision.acceptOutside) {
        throw new LedgerChangedOutsideError(this.describe(), snapshot.outside);
      }
      for (const path of decision.changes.keys()) {
        if (!isSafeLedgerPath(path)) throw new Error(`refusing to write ledger path ${JSON.stringify(path)}`);
      }
      if (await this.compareAndSwap(snapshot, decision.changes, decision.message ?? "wxgate: update ledger")) {
        this.writes++;
        return decision.value;
      }
      const jitter = Math.floor(this.random() * RETRY_JITTER_STEP_MS);
      await this.clock.sleep(RETRY_WAIT_BASE_MS + jitter * Math.min(attempt + 1, RETRY_JITTER_MAX_FACTOR));
    }
    throw new LedgerContentionError(
      `the ledger branch ${this.describe()} kept moving: ${this.maxAttempts} writes in a row were pre-empted by other runs`
    );
  }
};
function isSafeLedgerPath(path) {
  return path.length > 0 && !path.startsWith("/") && !path.split("/").some((part) => part === "" || part === "." || part === ".." || part === ".git") && !/[\0\n\r\t]/.test(path);
}

// src/platform/git.ts
import { execFile } from "node:child_process";
var GitError = class extends Error {
  args;
  code;
  stderr;
  constructor(args, result) {
    super(
      `git ${args.join(" ")} failed (exit ${result.code}): ${result.stderr.trim() || result.stdout.trim()}`
    );
    this.name = "GitError";
    this.args = args;
    this.code = result.code;
    this.stderr = result.stderr;
  }
};
var Git = class {
  constructor(cwd, baseEnv = process.env) {
    this.cwd = cwd;
    this.baseEnv = baseEnv;
  }
  cwd;
  baseEnv;
  /** Runs git and returns the whole result, whatever the exit code. */
  exec(args, options = {}) {
    return new Promise((resolve, reject) => {
      const child = execFile(
        "git",
        [...args],
        {
          cwd: this.cwd,
          env: {
            ...this.baseEnv,
            LC_ALL: "C",
            GIT_TERMINAL_PROMPT: "0",
            GIT_OPTIONAL_LOCKS: "0",
            ...options.env
          },
          maxBuffer: 256 * 1024 * 1024,
          encoding: "utf8"
        },
        (error, stdout, stderr) => {
          if (error && typeof error.code === "string") {
            reject(new Error(`git could not be run: ${error.message}`));
            return;
          }
          const code = error ? error.code ?? 1 : 0;
          resolve({ code, stdout, stderr });
        }
      );
      child.stdin?.on("error", () => {
      });
      if (options.input !== void 0) child.stdin?.end(options.input);
      else child.stdin?.end();
    });
  }
  /** Runs git; a non-zero exit is a GitError. Returns standard output as bytes (for `cat-file --batch`). */
  runBytes(args, options = {}) {
    return new Promise((resolve, reject) => {
      const child = execFile(
        "git",
        [...args],
        {
          cwd: this.cwd,
          env: { ...this.baseEnv, LC_ALL: "C", GIT_TERMINAL_PROMPT: "0", ...options.env },
          maxBuffer: 1024 * 1024 * 1024,
          encoding: "buffer"
        },
        (error, stdout, stderr) => {
          if (error) {
            const code = typeof error.code === "number" ? error.code : 1;
            reject(new GitError(args, { code, stdout: "", stderr: stderr.toString("utf8") }));
          } else resolve(stdout);
        }
      );
      child.stdin?.on("error", () => {
      });
      child.stdin?.end(options.input ?? "");
    });
  }
  /** Runs git; a non-zero exit is a GitError. Returns standard output. */
  async run(args, options = {}) {
    const result = await this.exec(args, options);
    if (result.code !== 0) throw new GitError(args, result);
    return result.stdout;
  }
  /** `git rev-parse --verify --quiet <ref>^{commit}`, or undefined when the ref does not exist. */
  async resolve(ref) {
    const r = await this.exec(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
    return r.code === 0 ? r.stdout.trim() : void 0;
  }
  /** The names of the configured remotes. */
  async remotes() {
    return (await this.run(["remote"])).split("\n").filter(Boolean);
  }
  /** `git config --get <key>`, or undefined. */
  async config(key) {
    const r = await this.exec(["config", "--get", key]);
    return r.code === 0 ? r.stdout.trim() : void 0;
  }
};

// src/ledger/store.ts
import { randomBytes } from "node:crypto";
function seenBranchOf(branch) {
  return `${branch}-seen`;
}
var PUSH_RETRY_WAIT_MS = 500;
var PUSH_ATTEMPTS = 3;
var TORN_READ_FETCHES = 4;
var GitLedger = class _GitLedger extends CompareAndSwapLedger {
  constructor(git, options) {
    super({
      ...options.maxAttempts === void 0 ? {} : { maxAttempts: options.maxAttempts },
      ...options.clock ? { clock: options.clock } : {}
    });
    this.git = git;
    this.options = options;
  }
  git;
  options;
  identityEnv = {};
  idents;
  /**
   * Opens the ledger of the repository `git` works in, fetching the branch from the remote when there is one.
   * `remote: 'auto'` uses `origin` when it exists and the local repository otherwise.
   */
  static async open(git, options) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(options.branch) || options.branch.includes("..")) {
      throw new ConfigurationError(`ledger branch "${options.branch}" is not a valid branch name`);
    }
    if ((await git.exec(["rev-parse", "--git-dir"])).code !== 0) {
      throw new ConfigurationError(
        `${git.cwd} is not a git repository: publish runs in a clone of the content`
      );
    }
    const remotes = await git.remotes();
    let remote = options.remote;
    if (remote === "auto") remote = remotes.includes("origin") ? "origin" : void 0;
    if (remote !== void 0 && !remotes.includes(remote)) {
      throw new ConfigurationError(
        `git remote "${remote}" does not exist (remotes: ${remotes.join(", ") || "none"})`
      );
    }
    const head = (await git.exec(["symbolic-ref", "-q", "HEAD"])).stdout.trim();
    if (head === `refs/heads/${options.branch}` || head === `refs/heads/${seenBranchOf(options.branch)}`) {
      throw new ConfigurationError(
        `the ledger branch ${options.branch} is checked out; publish from the content branch (e.g. main)`
      );
    }
    const ledger = new _GitLedger(git, { ...options, remote });
    if (!await git.config("user.email") || !await git.config("user.name")) {
      const who = options.identity ?? { name: "wxgate", email: "wxgate@users.noreply.github.com" };
      ledger.identityEnv = {
        GIT_AUTHOR_NAME: who.name,
        GIT_AUTHOR_EMAIL: who.email,
        GIT_COMMITTER_NAME: who.name,
        GIT_COMMITTER_EMAIL: who.email
      };
    }
    await ledger.refresh();
    return ledger;
  }
  /** Where the ledger lives, for messages: `origin/wxgate-ledger` or `wxgate-ledger (local)`. */
  describe() {
    return this.options.remote ? `${this.options.remote}/${this.options.branch}` : `${this.options.branch} (local)`;
  }
  get trackingRef() {
    return this.options.remote ? `refs/remotes/${this.options.remote}/${this.options.branch}` : `refs/heads/${this.options.branch}`;
  }
  get seenRef() {
    const seen = seenBranchOf(this.options.branch);
    return this.options.remote ? `refs/remotes/${this.options.remote}/${seen}` : `refs/heads/${seen}`;
  }
  /** The trusted tip as last read. */
  seen;
  /**
   * Fetches the branch and its seen branch (with a remote) and reads every file at its tip. The glob fetches
   * whichever of the two exist and `--prune` forgets one the remote no longer has, in one round trip.
   */
  async refresh() {
    let { tip, seen } = await this.fetchTips();
    for (let again = 0; this.options.remote && seen !== void 0 && seen !== tip && again < TORN_READ_FETCHES; again++) {
      const next = await this.fetchTips();
      const stable = next.tip === tip && next.seen === seen;
      ({ tip, seen } = next);
      if (stable) break;
    }
    if (tip === this.current.tip && seen === this.seen) return this.current;
    const outside = await this.outsideChanges(seen, tip);
    this.seen = seen;
    this.current = new LedgerSnapshot(tip, tip ? await this.readTree(tip) : /* @__PURE__ */ new Map(), outside);
    return this.current;
  }
  /** Fetches the ledger and its seen branch (with a remote) and resolves both. */
  async fetchTips() {
    const { remote, branch } = this.options;
    if (remote) {
      const r = await this.git.exec([
        "fetch",
        "--quiet",
        "--prune",
        "--no-tags",
        "--no-write-fetch-head",
        remote,
        `+refs/heads/${branch}*:refs/remotes/${remote}/${branch}*`
      ]);
      if (r.code !== 0) throw new GitError(["fetch", remote, branch], r);
    }
    const tip = await this.git.resolve(this.trackingRef);
    const seen = this.options.trackSeen ? await this.git.resolve(this.seenRef) : void 0;
    return { tip, seen };
  }
  /** What happened after the trusted tip: nothing, commits no run wrote, or a history without it (thrown). */
  async outsideChanges(seen, tip) {
    if (seen === void 0 || seen === tip) return void 0;
    const keptIn = `branch ${seenBranchOf(this.options.branch)}`;
    if (tip === void 0) throw new LedgerRewoundError(this.describe(), seen, void 0, keptIn);
    const ancestor = await this.git.exec(["merge-base", "--is-ancestor", seen, tip]);
    if (ancestor.code === 1) throw new LedgerRewoundError(this.describe(), seen, tip, keptIn);
    if (ancestor.code !== 0) throw new GitError(["merge-base", "--is-ancestor", seen, tip], ancestor);
    const names = await this.git.run(["diff", "--name-only", "--no-renames", "-z", seen, tip]);
    return { since: seen, until: tip, paths: names.split("\0").filter(Boolean).sort() };
  }
  /** Moves the seen branch to `snapshot.tip` (only forwards: a push without force). */
  async accept(snapshot) {
    const tip = snapshot.tip;
    if (!this.options.trackSeen || !tip || !snapshot.outside) return;
    const { remote, branch } = this.options;
    const seen = seenBranchOf(branch);
    if (remote) {
      const r = await this.git.exec(["push", "--porcelain", "--quiet", remote, `${tip}:refs/heads/${seen}`]);
      if (r.code !== 0 && !/\[rejected\]|non-fast-forward|fetch first/i.test(`${r.stdout}
${r.stderr}`)) {
        throw new GitError(["push", remote, seen], r);
      }
      if (r.code !== 0) return;
      await this.git.run(["update-ref", this.seenRef, tip]);
    } else {
      const old = snapshot.outside.since;
      if ((await this.git.exec(["update-ref", this.seenRef, tip, old])).code !== 0) return;
    }
    this.seen = tip;
    if (this.current.tip === tip) this.current = snapshot.withoutOutside();
  }
  async readTree(commit) {
    const listing = await this.git.run(["ls-tree", "-r", "-z", "--full-tree", commit]);
    const entries = [];
    for (const item of listing.split("\0")) {
      if (!item) continue;
      const tab = item.indexOf("	");
      const [, type, sha] = item.slice(0, tab).split(" ");
      if (type === "blob" && sha) entries.push({ path: item.slice(tab + 1), sha });
    }
    const files = /* @__PURE__ */ new Map();
    if (entries.length === 0) return files;
    const out = await this.git.runBytes(["cat-file", "--batch"], {
      input: `${entries.map((e) => e.sha).join("\n")}
`
    });
    let at = 0;
    for (const entry of entries) {
      const headerEnd = out.indexOf(10, at);
      const header = out.subarray(at, headerEnd).toString("utf8");
      const size = Number(header.split(" ")[2]);
      files.set(entry.path, out.subarray(headerEnd + 1, headerEnd + 1 + size).toString("utf8"));
      at = headerEnd + 1 + size + 1;
    }
    return files;
  }
  /**
   * One compare-and-swap write on top of `base`. False when the branch no longer points at `base.tip`. The commit
   * is built by one `git fast-import` (tree and commit objects from the changes, on a private ref), never by
   * touching an index or the checkout.
   */
  async compareAndSwap(base, changes, message) {
    const pending = `refs/wxgate/pending/${process.pid}-${randomBytes(6).toString("hex")}`;
    const commit = await this.buildCommit(pending, base, changes, withWriteId(message));
    let swapped = false;
    try {
      swapped = await this.swap(base.tip, commit, pending);
    } finally {
      if (!swapped) await this.git.exec(["update-ref", "-d", pending]);
    }
    if (swapped) this.current = new LedgerSnapshot(commit, base.withChanges(changes));
    return swapped;
  }
  /** The commit of `changes` on top of `base`, as git would make it with this repository's identity now. */
  async buildCommit(ref, base, changes, message) {
    this.idents ??= {
      author: await this.ident("GIT_AUTHOR_IDENT"),
      committer: await this.ident("GIT_COMMITTER_IDENT")
    };
    const data = (text) => `data ${Buffer.byteLength(text)}
${text}
`;
    let stream = `commit ${ref}
mark :1
author ${this.idents.author} now
committer ${this.idents.committer} now
` + data(message) + (base.tip ? `from ${base.tip}
` : "");
    for (const [path, text] of changes) {
      stream += text === null ? `D ${quotePath(path)}
` : `M 100644 inline ${quotePath(path)}
${data(text)}`;
    }
    stream += "\nget-mark :1\ndone\n";
    const out = await this.git.run(["fast-import", "--quiet", "--done", "--date-format=now"], {
      input: stream,
      env: this.identityEnv
    });
    return out.trim();
  }
  /** `Name <email>` as git would write it here (configuration, environment, or the fallback identity). */
  async ident(variable) {
    const line = (await this.git.run(["var", variable], { env: this.identityEnv })).trim();
    return line.replace(/ \d+ [+-]\d{4}$/, "");
  }
  /**
   * Moves the branch from `old` to `commit` if it is still at `old` — and the seen branch with it, in the same
   * transaction (`trackSeen`); once moved, `pending` is deleted with it.
   */
  async swap(old, commit, pending) {
    const { remote, branch } = this.options;
    const seen = seenBranchOf(branch);
    const zero = "0".repeat(40);
    const track = this.options.trackSeen;
    if (!remote) {
      const cas = `update refs/heads/${branch} ${commit} ${old ?? zero}
` + (track ? `update refs/heads/${seen} ${commit} ${this.seen ?? zero}
` : "") + `delete ${pending}
`;
      const moved = (await this.git.exec(["update-ref", "--stdin"], { input: cas })).code === 0;
      if (moved && track) this.seen = commit;
      return moved;
    }
    const refspecs = [`${commit}:refs/heads/${branch}`, ...track ? [`${commit}:refs/heads/${seen}`] : []];
    for (let attempt = 1; ; attempt++) {
      const r = await this.git.exec(["push", "--atomic", "--porcelain", "--quiet", remote, ...refspecs]);
      if (r.code === 0) {
        const follow = `update ${this.trackingRef} ${commit}
update refs/heads/${branch} ${commit}
` + (track ? `update ${this.seenRef} ${commit}
` : "") + `delete ${pending}
`;
        if ((await this.git.exec(["update-ref", "--stdin"], { input: follow })).code !== 0) {
          await this.git.run(["update-ref", this.trackingRef, commit]);
          if (track) await this.git.run(["update-ref", this.seenRef, commit]);
          await this.git.exec(["update-ref", `refs/heads/${branch}`, commit]);
          await this.git.exec(["update-ref", "-d", pending]);
        }
        if (track) this.seen = commit;
        return true;
      }
      const text = `${r.stdout}
${r.stderr}`;
      if (/\[rejected\]|non-fast-forward|fetch first|stale info/i.test(text)) return false;
      if (/\[remote rejected\][^\n]*(?:lock|failed to update ref|incorrect old value|atomic transaction failed)/i.test(
        text
      ))
        return false;
      if (/\[remote rejected\]/i.test(text)) throw new GitError(["push", remote, branch], r);
      if (attempt >= PUSH_ATTEMPTS) throw new GitError(["push", remote, branch], r);
      await this.clock.sleep(PUSH_RETRY_WAIT_MS * attempt);
    }
  }
};
function withWriteId(message) {
  const line = `Wxgate-Write-Id: ${randomBytes(8).toString("hex")}`;
  const text = message.replace(/\s+$/, "");
  const last = text.split(/\n\s*\n/).pop() ?? "";
  const trailers = last.split("\n").every((l) => /^[A-Za-z0-9-]+: /.test(l));
  return `${text}${trailers && text.includes("\n\n") ? "\n" : "\n\n"}${line}
`;
}
function quotePath(path) {
  return `"${path.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

// src/publish/articles.ts
import { createHash } from "node:crypto";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
function discoverArticles(cwd, timeZone) {
  const root = join(cwd, "content");
  if (!existsSync(root)) return [];
  const out = [];
  for (const account of readdirSync(root).sort()) {
    const accountDir = join(root, account);
    if (account.startsWith(".") || !statSync(accountDir).isDirectory()) continue;
    for (const folder of readdirSync(accountDir).sort()) {
      const absDir = join(accountDir, folder);
      if (folder.startsWith(".") || !statSync(absDir).isDirectory()) continue;
      if (!existsSync(join(absDir, "index.md"))) continue;
      out.push(readArticle(cwd, account, folder, timeZone));
    }
  }
  return out;
}
function contentHashOf(files) {
  const hash = createHash("sha256");
  for (const { name, bytes } of [...files].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
    hash.update(`${name}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return `sha256:${hash.digest("hex")}`;
}
function readArticle(cwd, account, folder, timeZone) {
  const dir = `content/${account}/${folder}`;
  const absDir = join(cwd, dir);
  const path = `${dir}/index.md`;
  const names = readdirSync(absDir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort();
  const readable = [];
  const refused = [];
  for (const name of names) {
    const read = readArticleFile(absDir, name, MAX_ASSET_BYTES);
    if (read.ok) readable.push({ name, bytes: read.bytes });
    else refused.push(`${name} ${describeRefusal(read).en}`);
  }
  const contentHash = contentHashOf(readable);
  const base = { key: `${account}/${folder}`, account, path, dir, absDir, contentHash };
  const index = readArticleFile(absDir, "index.md", MAX_ARTICLE_BYTES);
  const loaded = index.ok ? loadArticle(path, index.bytes, { timeZone, assets: new Set(names) }) : { ok: false, line: 1, problem: { en: `index.md ${describeRefusal(index).en}` } };
  if (!loaded.ok) {
    return {
      ...base,
      article: void 0,
      front: void 0,
      fields: {},
      problems: [loaded.problem.en, ...refused]
    };
  }
  const article = loaded.article;
  const fm = article.frontMatter;
  return {
    ...base,
    article,
    front: fm.data,
    fields: fm.fields,
    problems: [...fm.problems.map((p) => `line ${p.line}, ${p.field}: ${p.message.en}`), ...refused]
  };
}
function assetOf(source, localPath) {
  if (localPath.startsWith("/") || localPath.split("/").includes("..")) {
    throw new Error(`${localPath} is outside the article folder`);
  }
  const read = readArticleFile(source.absDir, localPath, MAX_ASSET_BYTES);
  if (!read.ok) throw new Error(`${localPath} ${describeRefusal(read).en}`);
  return { bytes: read.bytes, sha256: createHash("sha256").update(read.bytes).digest("hex") };
}

// src/publish/record.ts
var STATES = [
  "claimed",
  "images-uploaded",
  "drafted",
  "submitted",
  "published",
  "failed",
  "withdrawn"
];
var LEDGER_README = `# wxgate publish ledger

This branch is written only by \`wxgate publish\` and \`wxgate withdraw\` (the publish workflow). It is the
publishing history of the articles on the content branch; nothing here is edited by hand.

- \`records/<account>/<folder>.yml\` — one publish record per article (\`content/<account>/<folder>/index.md\`):
  state (claimed → images-uploaded → drafted → submitted → published | failed | withdrawn), article path and content
  hash, pull request and author, approvals, check results, lead time, urgent reason, WeChat ids (draft media_id,
  publish_id, article_id, url, msg_id), times, withdrawal (who, when, why) and the full state history.
- \`accounts/<account>.yml\` — images and covers already uploaded to WeChat (by SHA-256, so each is uploaded
  once) and the day's count of freepublish/get calls.

Every commit is one step of one article. Its trailers carry the facts, so \`git log\` alone tells the story:

    git log wxgate-ledger --format='%h %s%n%(trailers)'
    git log wxgate-ledger --format='%(trailers:key=Wxgate-Article,valueonly) %(trailers:key=Published-at,valueonly)' --grep ' published$'
`;
function recordPath(key) {
  return `records/${key}.yml`;
}
var HEADER = "# wxgate publish record: written by `wxgate publish` and `wxgate withdraw` on the ledger branch.\n# One file per article; its git history is the article’s publishing history. Do not edit by hand.\n";
var DUMP_OPTIONS = {
  schema: yaml.CORE_SCHEMA,
  lineWidth: -1,
  noRefs: true,
  sortKeys: false
};
function formatRecord(record) {
  return HEADER + yaml.dump(stripUndefined(record), DUMP_OPTIONS);
}
var LedgerFormatError = class extends Error {
};
function parseRecord(path, text) {
  const parsed = parseYaml(text);
  if (!parsed.ok) throw new LedgerFormatError(`${path}:${parsed.line}: ${parsed.message}`);
  const r = parsed.value;
  if (!r || typeof r !== "object" || typeof r.article !== "string" || typeof r.revision !== "number" || !STATES.includes(r.state) || !Array.isArray(r.history) || typeof r.wechat !== "object") {
    throw new LedgerFormatError(`${path}: not a wxgate publish record (article, state, revision, history)`);
  }
  return r;
}
function accountLedgerPath(account) {
  return `accounts/${account}.yml`;
}
function emptyAccountLedger() {
  return { images: {}, covers: {}, api_calls: { date: "", "freepublish/get": 0 } };
}
function parseAccountLedger(path, text) {
  if (text === void 0) return emptyAccountLedger();
  const parsed = parseYaml(text);
  if (!parsed.ok) throw new LedgerFormatError(`${path}:${parsed.line}: ${parsed.message}`);
  const v = parsed.value ?? {};
  const empty = emptyAccountLedger();
  return {
    images: v.images ?? empty.images,
    covers: v.covers ?? empty.covers,
    api_calls: v.api_calls ?? empty.api_calls
  };
}
function formatAccountLedger(ledger) {
  return "# wxgate media cache: images and covers already uploaded to WeChat, by SHA-256, so each is uploaded once.\n" + yaml.dump(ledger, DUMP_OPTIONS);
}
function stripUndefined(value) {
  if (Array.isArray(value)) return value.map(stripUndefined);
  if (value && typeof value === "object") {
    const out = {};
    for (const [k, v] of Object.entries(value)) if (v !== void 0) out[k] = stripUndefined(v);
    return out;
  }
  return value;
}

// src/publish/trailers.ts
function commitMessage(record, event, run) {
  const subject = `publish: ${record.account}/${folderOf(record.article)} ${record.state}`;
  const t = [
    ["Wxgate-Article", record.article],
    ["Wxgate-Account", record.account],
    ["Wxgate-State", record.state],
    ["Wxgate-Method", record.method],
    ["Wxgate-Content-Hash", record.content_hash],
    ["Wxgate-PR", record.provenance.pr ?? "unknown"]
  ];
  const approvals = record.provenance.approvals;
  if (approvals === "unknown") {
    const why = record.provenance.pr_source === "git" ? "git-only PR source" : "the pull request could not be judged on GitHub";
    t.push(["Wxgate-Approvals", `unknown (${why})`]);
  } else {
    for (const a of approvals) {
      t.push(["Approved-by", `${a.user}${a.team ? ` (${a.team})` : ""} ${a.at} ${a.commit.slice(0, 12)}`]);
    }
  }
  const { lead_time_hours: leadTime, lead_time_note: leadNote } = record.provenance;
  if (leadTime !== null) t.push(["Wxgate-Lead-Time", `${leadTime}h${leadNote ? ` (${leadNote})` : ""}`]);
  if (record.urgent) {
    t.push(["Wxgate-Urgent", record.urgent.reason]);
    t.push(["Wxgate-GM-Approver", record.urgent.gm_approver ?? "unknown"]);
  }
  const w = record.wechat;
  t.push(["Wxgate-Draft-Media-Id", w.draft_media_id]);
  t.push(["Wxgate-Publish-Id", w.publish_id]);
  t.push(["Wxgate-Article-Id", w.article_id]);
  t.push(["Wxgate-Msg-Id", w.msg_id]);
  t.push(["Wxgate-Url", w.url]);
  t.push(["Published-at", record.times.published_at]);
  if (record.withdrawal) {
    t.push(["Withdrawn-by", record.withdrawal.by]);
    t.push(["Withdrawn-at", record.times.withdrawn_at]);
    t.push(["Wxgate-Withdraw-Reason", record.withdrawal.reason]);
  }
  if (record.state === "failed" && record.failure) {
    const f = record.failure;
    t.push(["Wxgate-Failure", `${f.kind}${f.errcode !== null ? ` ${f.errcode}` : ""}: ${f.message}`]);
    t.push(["Wxgate-Retry", f.retry]);
  }
  t.push(["Wxgate-Run", run]);
  const trailers = t.filter(([, v]) => v !== void 0 && v !== null && v !== "").map(([k, v]) => `${k}: ${oneLine(String(v))}`);
  return `${subject}

${oneLine(event, 2e3)}

Title: ${oneLine(record.title)}

${trailers.join("\n")}
`;
}
function folderOf(articlePath) {
  const parts = articlePath.split("/");
  return parts[parts.length - 2] ?? articlePath;
}
function oneLine(s, max = 500) {
  const flat = s.replace(/[\r\n\t]+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export {
  discoverArticles,
  contentHashOf,
  readArticle,
  assetOf,
  LEDGER_README,
  recordPath,
  formatRecord,
  LedgerFormatError,
  parseRecord,
  accountLedgerPath,
  emptyAccountLedger,
  parseAccountLedger,
  formatAccountLedger,
  commitMessage,
  DEFAULT_LEDGER_BRANCH,
  LedgerContentionError,
  LedgerRewoundError,
  LedgerChangedOutsideError,
  GitError,
  Git,
  GitLedger
};
