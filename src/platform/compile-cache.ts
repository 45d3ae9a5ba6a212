import { createHash } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * V8's compiled code for dist/wxgate.cjs, kept between runs: what Node 22 does with `module.enableCompileCache()`,
 * done by hand because Node 20 has no compile cache. A cold `wxgate check` of one 20 KB article spends about a
 * sixth of its time compiling the bundle's code; with the code a previous run left, V8 skips parsing and compiling
 * what it ran before (measured in README "Performance").
 *
 * A cache file holds bytecode that V8 runs without checking it, so it must come from this user alone:
 * - it lives in a folder only the current user can write (created 0700; a folder or file others can write, or
 *   owned by someone else, is not used);
 * - it is off where machines are shared or short-lived (`CI` set: GitHub Actions, most CI), where a job starts
 *   cold anyway and a self-hosted runner might hold another job's files;
 * - its name carries the bundle's digest, the Node version and the platform, and V8 itself refuses code made by
 *   another V8 or with other flags;
 * - a SHA-256 of the code guards against a damaged file (V8 checks only its length).
 * Writing is atomic (a temp file renamed into place), so two runs at once never leave half a file. Every failure
 * only means compiling as if there were no cache.
 */

/** Where the cache lives, or why there is none. */
export type CompileCacheSetting = { dir: string } | { off: string };

/**
 * `WXGATE_COMPILE_CACHE`: `off` (or `0`, `false`) turns it off; a path puts it there; unset, it is
 * `$XDG_CACHE_HOME/wxgate` or `~/.cache/wxgate`, and off when `CI` is set.
 */
export function compileCacheSetting(
  env: NodeJS.ProcessEnv,
  home: () => string = homedir,
): CompileCacheSetting {
  const setting = env.WXGATE_COMPILE_CACHE?.trim();
  if (setting && /^(off|0|false|no)$/i.test(setting)) return { off: 'WXGATE_COMPILE_CACHE is off' };
  if (setting) return { dir: setting };
  if (env.CI && !/^(0|false)$/i.test(env.CI)) return { off: 'CI is set' };
  const xdg = env.XDG_CACHE_HOME?.trim();
  if (xdg) return { dir: join(xdg, 'wxgate') };
  try {
    return { dir: join(home(), '.cache', 'wxgate') };
  } catch {
    // A user without a home folder (some containers): nowhere private to keep it.
    return { off: 'no home folder' };
  }
}

/** The cache file of one bundle, Node and command: `wxgate check` and `wxgate publish` run different code. */
export function compileCacheFile(dir: string, bundleDigest: string, command: string): string {
  const name = /^[a-z][a-z-]{0,30}$/.test(command) ? command : 'other';
  return join(dir, `${filePrefix(bundleDigest)}${name}.v8cache`);
}

/** What every cache file of this bundle, Node release and platform is named with. */
function filePrefix(bundleDigest: string): string {
  return `cli-${bundleDigest}-node${process.versions.node}-${process.arch}-`;
}

const MAGIC = Buffer.from('WXGCC1\n');
const DIGEST_BYTES = 32;

/** The cached code of `file`, when it is there, private and intact. */
export function readCompileCache(file: string): Buffer | undefined {
  try {
    if (!isPrivate(file)) return undefined;
    const bytes = readFileSync(file);
    const start = MAGIC.length + DIGEST_BYTES;
    if (bytes.length <= start || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
    const code = bytes.subarray(start);
    const digest = createHash('sha256').update(code).digest();
    return digest.equals(bytes.subarray(MAGIC.length, start)) ? code : undefined;
  } catch {
    return undefined;
  }
}

/** Stores `code` as `file`, atomically; false when the folder cannot be made private or written. */
export function writeCompileCache(file: string, dir: string, code: Buffer): boolean {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!isPrivate(dir)) return false;
    const fd = openSync(temp, 'wx', 0o600);
    try {
      writeSync(fd, MAGIC);
      writeSync(fd, createHash('sha256').update(code).digest());
      writeSync(fd, code);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
    return true;
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // The folder is not one (a file of that name): there is no temp file to remove.
    }
    return false;
  }
}

/** Cache files of other builds or Node releases that no run has written for this long are removed. */
const STALE_MS = 7 * 24 * 3600 * 1000;

/**
 * Removes what an earlier wxgate or Node left: cache files of another build or Node release, and temp files,
 * last written over a week ago. Two installs in use at once (a global one and a project's) keep theirs, since
 * each rewrites its file when it finds none.
 */
export function pruneCompileCache(dir: string, bundleDigest: string, now = Date.now()): void {
  try {
    const keep = filePrefix(bundleDigest);
    for (const name of readdirSync(dir)) {
      if (!/^cli-.*\.v8cache(\.\d+\.tmp)?$/.test(name) || name.startsWith(keep)) continue;
      const path = join(dir, name);
      if (now - statSync(path).mtimeMs > STALE_MS) rmSync(path, { force: true });
    }
  } catch {
    // Pruning is housekeeping: a folder that cannot be listed keeps its files.
  }
}

/** Owned by this user and writable by no one else (POSIX); on Windows, where modes say little, the user's profile. */
function isPrivate(path: string): boolean {
  const stat = statSync(path);
  if (typeof process.getuid !== 'function') return true;
  return stat.uid === process.getuid() && (stat.mode & 0o022) === 0;
}
