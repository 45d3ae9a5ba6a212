import { createHash } from 'node:crypto';
import { CODEOWNERS_LOCATIONS } from '../governance/codeowners.js';
import { type Commit, subjectOf } from './history.js';

/**
 * One branch's history, indexed: every reachable commit, and the first-parent chain — the commits that landed on
 * the branch one after another (a merge or squash commit per pull request, or a direct push).
 */
export interface Branch {
  ref: string;
  tip: string;
  commits: ReadonlyMap<string, Commit>;
  /** Tip first, root last. */
  chain: readonly string[];
  /** Index in `chain` (0 = tip) of each first-parent commit. */
  position: ReadonlyMap<string, number>;
}

export function indexBranch(ref: string, tip: string, log: readonly Commit[]): Branch {
  const commits = new Map(log.map((c) => [c.sha, c]));
  const chain: string[] = [];
  const position = new Map<string, number>();
  for (let at: string | undefined = tip; at && commits.has(at) && !position.has(at); ) {
    position.set(at, chain.length);
    chain.push(at);
    at = commits.get(at)!.parents[0];
  }
  return { ref, tip, commits, chain, position };
}

/** Whether `sha` (full, or a prefix of at least 7 characters as in trailers) is in the branch's history. */
export function findCommit(branch: Branch, sha: string | null | undefined): Commit | undefined {
  if (!sha) return undefined;
  const exact = branch.commits.get(sha);
  if (exact || sha.length >= 40 || sha.length < 7) return exact;
  for (const [id, commit] of branch.commits) if (id.startsWith(sha)) return commit;
  return undefined;
}

/** How a first-parent commit came to the branch, read from its shape and the references GitHub writes. */
export type Landing =
  | { kind: 'pull-request'; pr: number; style: 'merge' | 'squash'; byGitHub: boolean }
  | { kind: 'direct'; reason: 'no-reference' | 'one-parent-merge-message' | 'root'; byGitHub: boolean };

/**
 * - `Merge pull request #N from owner/branch` with two parents: the merge button (github-governance.md §7.1);
 * - a subject ending in `(#N)` with one parent: squash merge;
 * - anything else: pushed to the branch — or a rebase merge, which GitHub writes without any reference.
 * `byGitHub`: GitHub's web flow wrote the commit (committer "GitHub", noreply@github.com), as it does for the merge
 * button, squash and rebase merges and for edits in the web editor; anything merged on a laptop and pushed has the
 * person as committer.
 */
export function landing(commit: Commit): Landing {
  const subject = subjectOf(commit.message);
  const byGitHub =
    /^GitHub( Enterprise)?$/.test(commit.committer.name) ||
    /^noreply@github\.com$/i.test(commit.committer.email);
  const merge = /^Merge pull request #(\d+) from \S+/.exec(subject);
  if (merge) {
    return commit.parents.length >= 2
      ? { kind: 'pull-request', pr: Number(merge[1]), style: 'merge', byGitHub }
      : { kind: 'direct', reason: 'one-parent-merge-message', byGitHub };
  }
  const squash = /\(#(\d+)\)\s*$/.exec(subject);
  if (squash && commit.parents.length === 1) {
    return { kind: 'pull-request', pr: Number(squash[1]), style: 'squash', byGitHub };
  }
  return { kind: 'direct', reason: commit.parents.length === 0 ? 'root' : 'no-reference', byGitHub };
}

/** content/, the policy folder, .github/ and every CODEOWNERS location: what only a reviewed PR may change. */
export function isGoverned(path: string, policiesDir: string): boolean {
  return (
    path.startsWith('content/') ||
    path.startsWith(`${policiesDir}/`) ||
    path.startsWith('.github/') ||
    (CODEOWNERS_LOCATIONS as readonly string[]).includes(path)
  );
}

/** `content/<account>/<folder>` of a path below an article folder, or undefined. */
export function articleDirOf(path: string): string | undefined {
  const m = /^content\/[^/]+\/[^/]+(?=\/)/.exec(path);
  return m?.[0];
}

/** A file directly inside an article folder: a regular or executable file (not a link, submodule or folder). */
export interface FolderFile {
  name: string;
  /** The blob id. */
  id: string;
}

export interface Folder {
  /** Equal for two folders exactly when they hold the same paths (subfolders too) with the same contents. */
  id: string;
  files: FolderFile[];
}

/**
 * An article folder at any commit of the branch's history, replayed from the log: each commit's changes are
 * against its first parent, so a folder at commit X is the folder at X's first parent with X's changes on top.
 * From X, first parents lead back to the first-parent chain of the branch (a pull request's commits are few);
 * from there on, only the chain commits that changed the folder (`changes`, newest first) are read. The newest
 * change of each path wins. Undefined when the folder is not there, or X is not in the history.
 */
export function folderAt(
  branch: Branch,
  changes: ReadonlyMap<string, number[]>,
  sha: string,
  dir: string,
): Folder | undefined {
  const seen = new Map<string, { id: string; mode: string } | null>();
  const apply = (commit: Commit) => {
    for (const c of commit.changes) {
      if (!c.path.startsWith(`${dir}/`)) continue;
      const rel = c.path.slice(dir.length + 1);
      if (!seen.has(rel)) seen.set(rel, c.id === null || c.mode === null ? null : { id: c.id, mode: c.mode });
    }
  };
  let at = branch.commits.get(sha);
  if (!at) return undefined;
  while (at && !branch.position.has(at.sha)) {
    apply(at);
    at = at.parents[0] ? branch.commits.get(at.parents[0]) : undefined;
  }
  if (at) {
    const from = branch.position.get(at.sha)!;
    for (const position of changes.get(dir) ?? []) {
      if (position >= from) apply(branch.commits.get(branch.chain[position]!)!);
    }
  }
  const present = [...seen]
    .filter((e): e is [string, { id: string; mode: string }] => e[1] !== null)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (present.length === 0) return undefined;
  return {
    id: createHash('sha1')
      .update(present.map(([rel, f]) => `${f.mode} ${f.id} ${rel}`).join('\n'))
      .digest('hex'),
    files: present
      .filter(([rel, f]) => !rel.includes('/') && (f.mode === '100644' || f.mode === '100755'))
      .map(([name, f]) => ({ name, id: f.id })),
  };
}

/** For each article folder, the chain positions of the first-parent commits that changed it (newest first). */
export function folderHistory(branch: Branch): Map<string, number[]> {
  const byFolder = new Map<string, number[]>();
  branch.chain.forEach((sha, index) => {
    const seen = new Set<string>();
    for (const change of branch.commits.get(sha)!.changes) {
      const dir = articleDirOf(change.path);
      if (!dir || seen.has(dir)) continue;
      seen.add(dir);
      const list = byFolder.get(dir);
      if (list) list.push(index);
      else byFolder.set(dir, [index]);
    }
  });
  return byFolder;
}

/** Every article folder any reachable commit ever changed. */
export function foldersEverChanged(branch: Branch): Set<string> {
  const out = new Set<string>();
  for (const commit of branch.commits.values()) {
    for (const change of commit.changes) {
      const dir = articleDirOf(change.path);
      if (dir) out.add(dir);
    }
  }
  return out;
}

/**
 * The commits a merge brought in: reachable from its other parents but not on the branch's first-parent chain
 * (a pull request's own commits). Capped, for the odd merge of a long-lived branch.
 */
export function mergedCommits(branch: Branch, merge: Commit, cap = 500): Commit[] {
  const out: Commit[] = [];
  const seen = new Set<string>();
  for (const stack = merge.parents.slice(1); stack.length > 0 && out.length < cap; ) {
    const sha = stack.pop()!;
    if (seen.has(sha) || branch.position.has(sha)) continue;
    seen.add(sha);
    const c = branch.commits.get(sha);
    if (!c) continue;
    out.push(c);
    stack.push(...c.parents);
  }
  return out;
}
