import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist']);

/**
 * Expands the paths a user gave into Markdown files: a directory means every `*.md` below it except README.md; a
 * file is taken as given (even if it is not Markdown, so a wrong file gets a clear error, not a silent skip).
 * Paths are returned relative to `cwd`, with forward slashes, sorted.
 */
export function collectMarkdownFiles(
  paths: readonly string[],
  cwd: string,
): { files: string[]; missing: string[] } {
  const files = new Set<string>();
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) walk(full);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && isArticleName(entry.name)) {
        files.add(toPosix(relative(cwd, full)));
      }
    }
  };
  for (const p of paths) {
    const full = resolve(cwd, p);
    let stat: ReturnType<typeof statSync> | undefined;
    try {
      stat = statSync(full);
    } catch {
      missing.push(p);
      continue;
    }
    if (stat.isDirectory()) walk(full);
    else files.add(toPosix(relative(cwd, full)));
  }
  return { files: [...files].sort(), missing };
}

/** Names of the files beside an article (its images and cover). */
export function siblingFiles(dir: string): Set<string> {
  try {
    return new Set(
      readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => e.name),
    );
  } catch {
    return new Set();
  }
}

/** Markdown files are articles, except the READMEs that explain a folder. */
function isArticleName(name: string): boolean {
  return name.endsWith('.md') && name.toLowerCase() !== 'readme.md';
}

export function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/**
 * The largest image file wxgate reads from an article folder: WeChat takes covers (permanent image material) up to
 * 10 MB and body images up to 1 MB, so nothing larger can be published anyway.
 */
export const MAX_ASSET_BYTES = 10 * 1024 * 1024;

/** Why a file of an article folder was not read. */
export type RefusedRead =
  | { ok: false; reason: 'missing'; code: string }
  | { ok: false; reason: 'outside' }
  | { ok: false; reason: 'not-regular'; kind: string }
  | { ok: false; reason: 'too-large'; size: number; limit: number };

export type FileRead = { ok: true; bytes: Uint8Array } | RefusedRead;

/**
 * The one way wxgate reads a file of an article folder (the article itself, its cover and images), for check,
 * preview, render and publish alike. Articles come from pull requests, forks included, so a file is data an author
 * chose, and a committed symlink is theirs too:
 * - `localPath` must stay inside `folder`, and so must its target once every symlink is resolved (a `cover.png`
 *   pointing at /etc/shadow would otherwise be embedded in a preview or uploaded to WeChat). Links that stay inside
 *   the folder are fine.
 * - Only regular files are read: a FIFO would block forever, /dev/zero never ends, a directory is not content.
 * - At most `maxBytes` are read, whatever the file claims or becomes while it is read.
 * The resolved path is opened without following a symlink and without blocking, then checked on the open
 * descriptor, so a link swapped in between the checks and the read is refused rather than followed.
 */
export function readArticleFile(folder: string, localPath: string, maxBytes: number): FileRead {
  return withArticleFile(folder, localPath, (fd, size) => {
    if (size > maxBytes) return { ok: false, reason: 'too-large', size, limit: maxBytes };
    const read = readUpTo(fd, Math.min(size, maxBytes) + 1);
    if (read.length > maxBytes) return { ok: false, reason: 'too-large', size: read.length, limit: maxBytes };
    return { ok: true, bytes: read };
  });
}

export type HeadRead = { ok: true; head: Uint8Array; size: number } | RefusedRead;

/**
 * The first `headBytes` of a file of an article folder and its full size, under the same rules as readArticleFile:
 * enough to tell what an image really is without reading megabytes of pixels.
 */
export function readArticleFileHead(folder: string, localPath: string, headBytes: number): HeadRead {
  return withArticleFile(folder, localPath, (fd, size) => ({
    ok: true,
    head: readUpTo(fd, Math.min(size, headBytes)),
    size,
  }));
}

/** Opens `localPath` of `folder` as readArticleFile describes and hands the open regular file to `use`. */
function withArticleFile<T>(
  folder: string,
  localPath: string,
  use: (fd: number, size: number) => T | RefusedRead,
): T | RefusedRead {
  const full = join(folder, localPath);
  if (isAbsolute(localPath) || !isInside(folder, full)) return { ok: false, reason: 'outside' };
  let target: string;
  try {
    // Resolved as a whole: a link anywhere on the way (`images/` → /etc) counts, not only the last name.
    target = realpathSync(full);
    if (!isInside(realpathSync(folder), target)) return { ok: false, reason: 'outside' };
  } catch (error) {
    return { ok: false, reason: 'missing', code: errorCode(error) };
  }
  let fd: number;
  try {
    fd = openSync(target, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, reason: 'missing', code: errorCode(error) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: 'not-regular', kind: kindOf(stat) };
    return use(fd, stat.size);
  } catch (error) {
    return { ok: false, reason: 'missing', code: errorCode(error) };
  } finally {
    closeSync(fd);
  }
}

/** At most `limit` bytes from the start, whatever the file claimed or becomes while it is read. */
function readUpTo(fd: number, limit: number): Uint8Array {
  const buffer = Buffer.alloc(limit);
  let length = 0;
  while (length < limit) {
    const n = readSync(fd, buffer, length, limit - length, length);
    if (n === 0) break;
    length += n;
  }
  return buffer.subarray(0, length);
}

/** Why a read was refused, for messages: `code` is an errno name, the rest is plain English. */
export function describeRefusal(refused: RefusedRead): { zh: string; en: string } {
  switch (refused.reason) {
    case 'missing':
      return { zh: `无法读取（${refused.code}）`, en: `cannot be read (${refused.code})` };
    case 'outside':
      return {
        zh: '是指向文章目录之外的符号链接，wxgate 不读取',
        en: 'is a symbolic link that leads outside the article folder, which wxgate does not follow',
      };
    case 'not-regular':
      return {
        zh: `不是普通文件（${refused.kind}），wxgate 不读取`,
        en: `is not a regular file (${refused.kind}), which wxgate does not read`,
      };
    case 'too-large':
      return {
        zh: `超过 ${refused.limit} 字节的读取上限`,
        en: `is larger than the ${refused.limit}-byte read limit`,
      };
  }
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

function kindOf(stat: ReturnType<typeof fstatSync>): string {
  if (stat.isDirectory()) return 'directory';
  if (stat.isFIFO()) return 'FIFO';
  if (stat.isCharacterDevice()) return 'character device';
  if (stat.isBlockDevice()) return 'block device';
  if (stat.isSocket()) return 'socket';
  return 'special file';
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

/**
 * The repository a command run in `start` works on: the nearest folder, from `start` upward, that holds a
 * `policies/` folder (the way git looks for .git and eslint for its configuration). Undefined when none does.
 */
export function findRepositoryRoot(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    try {
      if (statSync(join(dir, 'policies')).isDirectory()) return dir;
    } catch {}
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** `path` (relative to `from`) as seen from `to`, with forward slashes: how a result is shown where the user stands. */
export function rebase(path: string, from: string, to: string): string {
  return toPosix(relative(to, resolve(from, path))) || '.';
}
