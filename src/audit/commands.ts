/**
 * The git commands printed as evidence: an auditor pastes them into a shell in a clone of the repository and sees
 * the same facts without wxgate. Paths come from commits and records, so every argument is shell-quoted.
 */

/** A POSIX shell word: bare when it is plainly safe, otherwise in single quotes. */
export function sh(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word) && !word.startsWith('-')) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** `origin/wxgate-ledger` for `refs/remotes/origin/wxgate-ledger`, `main` for `refs/heads/main`. */
export function shortRef(ref: string): string {
  return ref.replace(/^refs\/(heads|remotes|tags)\//, '');
}

export const short = (sha: string) => sha.slice(0, 12);

/** The commit and the paths it changed (against its first parent, for a merge too). */
export function showCommit(sha: string): string {
  return `git show -m --first-parent --stat --format=fuller ${short(sha)}`;
}

/** What a commit changed in some paths, against its first parent (a merge too). */
export function diffOf(sha: string, paths: readonly string[]): string {
  return `git diff ${short(sha)}^1 ${short(sha)} -- ${paths.map(sh).join(' ')}`;
}

export function showRecord(ledgerRef: string, record: string): string {
  return `git show ${sh(`${shortRef(ledgerRef)}:${record}`)}`;
}

export function recordLog(ledgerRef: string, record: string, keys: readonly string[]): string {
  const fields = keys.map((k) => `%(trailers:key=${k},valueonly,separator=%x20)`).join(' ');
  return `git log ${sh(shortRef(ledgerRef))} --format=${sh(`%h %cI ${fields}`)} -- ${sh(record)}`;
}

export function folderLog(ref: string, dir: string, range?: string): string {
  return `git log --first-parent --format=${sh('%h %cI %an %s')} ${sh(range ?? shortRef(ref))} -- ${sh(dir)}`;
}

export function listFolder(sha: string, dir: string): string {
  return `git ls-tree ${short(sha)} -- ${sh(`${dir}/`)}`;
}

export function isAncestor(sha: string, ref: string): string {
  return `git merge-base --is-ancestor ${sha} ${sh(shortRef(ref))} && echo kept || echo REWRITTEN`;
}
