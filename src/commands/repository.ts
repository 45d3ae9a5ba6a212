import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { findRepositoryRoot, rebase, toPosix } from '../platform/files.js';
import type { Io } from './command.js';

/**
 * The content repository a command works on, seen from where the user stands. Run from a subfolder, that is the
 * nearest folder above holding `policies/` (as git looks for .git); outside any, the folder the user is in.
 * Paths the user types are read from where they stand; paths the command prints are shown from there too.
 */
export interface Repository {
  /** The repository's folder (absolute). */
  root: string;
  /** The folder the user stands in (absolute). */
  cwd: string;
  /** The policy folder: `--policies` read from where the user stands, else the repository's `policies/`. */
  policiesDir(option: unknown): string;
  /** A path the user typed, as a path inside the repository (forward slashes; `..` when it lies outside). */
  fromUser(path: string): string;
  /** A path inside the repository, as the user sees it from where they stand. */
  shown(pathInRepository: string): string;
}

export function repositoryOf(io: Pick<Io, 'cwd'>): Repository {
  const cwd = resolve(io.cwd);
  const root = findRepositoryRoot(cwd) ?? cwd;
  return {
    root,
    cwd,
    policiesDir: (option) => (option === undefined ? join(root, 'policies') : resolve(cwd, String(option))),
    fromUser: (path) => toPosix(relative(root, resolve(cwd, path))) || '.',
    shown: (path) => rebase(path, root, cwd),
  };
}

/**
 * An article named on the command line (content/<account>/<folder>[/index.md] or <account>/<folder>): a path
 * that exists from where the user stands is taken as a path, made relative to the repository; anything else is
 * passed on as written, for the command to read as an article key.
 */
export function articleArgument(repository: Repository, given: string): string {
  const full = resolve(repository.cwd, given);
  if (!existsSync(full)) return given;
  const inside = relative(repository.root, full);
  return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? given : toPosix(inside);
}
