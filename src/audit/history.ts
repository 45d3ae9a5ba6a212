/**
 * What the audit reads from git, behind one narrow port. The git adapter (git-history.ts) answers with a handful
 * of processes whatever the size of the history — one `git log` per branch, naming the blob of every changed path,
 * and `git cat-file --batch` for the blobs — and tests answer from histories held in memory. Everything after the
 * reading is pure: which files a folder holds at any commit is replayed from the logs.
 */

export interface Person {
  name: string;
  email: string;
  /** ISO 8601 with the offset the commit was made in (`%aI` / `%cI`). */
  at: string;
}

/** One changed path of a commit against its FIRST parent (a merge too): A, M, D or T (no rename detection). */
export interface FileChange {
  status: string;
  path: string;
  /** The blob (or submodule commit) after the change; null when the path was deleted. */
  id: string | null;
  /** Its git mode after the change: 100644, 100755 (files), 120000 (link), 160000 (submodule); null when deleted. */
  mode: string | null;
}

export interface Commit {
  sha: string;
  parents: string[];
  author: Person;
  committer: Person;
  /** The whole message (`%B`). */
  message: string;
  changes: FileChange[];
}

export interface Ref {
  name: string;
  /** The commit it points at. */
  target: string;
}

export interface HistoryPort {
  /** The commit id a ref names, or undefined when there is no such ref. */
  resolve(ref: string): Promise<string | undefined>;
  /** Every commit reachable from `tip`, each with its changes against its first parent. */
  log(tip: string): Promise<Commit[]>;
  /** The refs below a prefix (`refs/tags/wxgate-audit/`) with the commits they point at. */
  refs(prefix: string): Promise<Ref[]>;
  /** Every file at a commit: path → blob id (`git ls-tree -r`), links and submodules left out. */
  tree(commit: string): Promise<Map<string, string>>;
  /** A file at a commit, or undefined when it is not there (for the few files no log names a blob of). */
  files(requests: readonly { commit: string; path: string }[]): Promise<(Uint8Array | undefined)[]>;
  /** Blobs by id. */
  blobs(ids: readonly string[]): Promise<Map<string, Uint8Array>>;
}

/** The subject line of a commit message. */
export function subjectOf(message: string): string {
  return message.split('\n', 1)[0] ?? '';
}

/**
 * The trailers of a message: `Key: value` lines of its last paragraph, as `git interpret-trailers --parse` reads
 * the messages wxgate writes (every line of that paragraph is a trailer). A last paragraph with any other line
 * has no trailers.
 */
export function trailersOf(message: string): [string, string][] {
  const paragraphs = message
    .replace(/\r\n/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (paragraphs.length < 2) return [];
  const lines = paragraphs[paragraphs.length - 1]!.split('\n');
  const out: [string, string][] = [];
  for (const line of lines) {
    const m = /^([A-Za-z0-9][A-Za-z0-9-]*):[ \t]*(.*)$/.exec(line);
    if (!m) return [];
    out.push([m[1]!, m[2]!.trim()]);
  }
  return out;
}

/** The first value of a trailer, case-insensitive as git reads them. */
export function trailer(trailers: readonly [string, string][], key: string): string | undefined {
  const k = key.toLowerCase();
  return trailers.find(([name]) => name.toLowerCase() === k)?.[1];
}

const parsedTrailers = new WeakMap<Commit, [string, string][]>();

/** A commit's trailers, read once however many checks ask. */
export function commitTrailers(commit: Commit): [string, string][] {
  let t = parsedTrailers.get(commit);
  if (!t) {
    t = trailersOf(commit.message);
    parsedTrailers.set(commit, t);
  }
  return t;
}
