// Reading one commit of a git repository in bulk, without a work tree: list its files with one `git ls-tree` and
// read every selected blob with one `git cat-file --batch`, so a corpus of 1,400 files costs two processes, not
// 1,400. Also finds the bare mirrors that a fetch leaves on this machine and, failing those, fetches the commit.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/** Where fetched mirrors live on the machines this bench runs on (one bare git dir a repository). */
export const DEFAULT_MIRROR_ROOT = '/work/.mirror';
/** Extra mirror roots, separated like PATH; searched before the default. */
export const MIRRORS_ENV = 'WXGATE_CORPUS_MIRRORS';

const REPO_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*\/[A-Za-z0-9][A-Za-z0-9_.-]*$/;
// A corpus can be hundreds of MB; spawnSync's default 1 MB would cut it off.
const MAX_OUTPUT = 1 << 30;

export function isRepoName(repo: string): boolean {
  return REPO_NAME.test(repo) && !repo.split('/').some((part) => part === '..' || part === '.');
}

export function mirrorRoots(env: NodeJS.ProcessEnv = process.env): string[] {
  const extra = (env[MIRRORS_ENV] ?? '').split(delimiter).filter((root) => root !== '');
  return [...extra, DEFAULT_MIRROR_ROOT];
}

function isGitDir(dir: string): boolean {
  try {
    return statSync(join(dir, 'objects')).isDirectory() && existsSync(join(dir, 'HEAD'));
  } catch {
    return false;
  }
}

/**
 * The git directory of a local copy of `repo` (owner/name) under one of the mirror roots, or undefined. Layouts
 * understood: <root>/owner+name/repo (what fetch leaves), <root>/owner+name, <root>/owner/name.git and
 * <root>/owner/name/.git.
 */
export function locateMirror(repo: string, roots: readonly string[] = mirrorRoots()): string | undefined {
  if (!isRepoName(repo)) return undefined;
  const flat = repo.replace('/', '+');
  for (const root of roots) {
    const candidates = [
      join(root, flat, 'repo'),
      join(root, flat),
      join(root, `${repo}.git`),
      join(root, repo, '.git'),
    ];
    const found = candidates.find(isGitDir);
    if (found) return found;
  }
  return undefined;
}

interface Git {
  ok: boolean;
  stdout: Buffer;
  problem: string;
}

function git(gitDir: string, args: readonly string[], input?: string, timeoutMs = 120_000): Git {
  const run = spawnSync('git', [`--git-dir=${gitDir}`, ...args], {
    input,
    maxBuffer: MAX_OUTPUT,
    timeout: timeoutMs,
    // Never ask for a password: a private or missing repository must fail, not wait for a terminal.
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
  });
  const stderr = run.stderr?.toString('utf8').trim() ?? '';
  const problem = run.error ? run.error.message : run.status === 0 ? '' : stderr || `exit ${run.status}`;
  return { ok: !run.error && run.status === 0, stdout: run.stdout ?? Buffer.alloc(0), problem };
}

export function hasCommit(gitDir: string, commit: string): boolean {
  return git(gitDir, ['cat-file', '-e', `${commit}^{commit}`]).ok;
}

export interface TreeFile {
  path: string;
  oid: string;
}

/** Regular files (not links, not submodules) of the commit, in git's order. */
export function listFiles(gitDir: string, commit: string): TreeFile[] | string {
  const run = git(gitDir, ['ls-tree', '-r', '-z', '--full-tree', commit]);
  if (!run.ok) return `git ls-tree ${commit}: ${run.problem}`;
  const files: TreeFile[] = [];
  for (const entry of run.stdout.toString('utf8').split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, oid] = entry.slice(0, tab).split(' ');
    if (type === 'blob' && (mode === '100644' || mode === '100755') && oid) {
      files.push({ path: entry.slice(tab + 1), oid });
    }
  }
  return files;
}

/** The contents of the given blobs, same order, read by one `git cat-file --batch`. */
export function readBlobs(gitDir: string, oids: readonly string[]): Buffer[] | string {
  if (oids.length === 0) return [];
  const run = git(gitDir, ['cat-file', '--batch'], `${oids.join('\n')}\n`, 600_000);
  if (!run.ok) return `git cat-file --batch: ${run.problem}`;
  const out = run.stdout;
  const blobs: Buffer[] = [];
  let at = 0;
  for (const oid of oids) {
    const headerEnd = out.indexOf(0x0a, at);
    const header = out.subarray(at, headerEnd < 0 ? out.length : headerEnd).toString('utf8');
    const [gotOid, type, size] = header.split(' ');
    if (headerEnd < 0 || gotOid !== oid || type !== 'blob' || size === undefined) {
      return `git cat-file --batch: expected blob ${oid}, got "${header.slice(0, 80)}"`;
    }
    const start = headerEnd + 1;
    const end = start + Number(size);
    blobs.push(out.subarray(start, end));
    at = end + 1; // the newline after each object
  }
  return blobs;
}

/**
 * Fetches just `commit` of `remote` into a new temporary bare repository. Returns its git dir (the caller removes
 * it with discardClone) or why it failed.
 */
export function cloneCommit(remote: string, commit: string): { gitDir: string } | { problem: string } {
  const gitDir = mkdtempSync(join(tmpdir(), 'wxgate-corpus-'));
  const init = spawnSync('git', ['init', '-q', '--bare', gitDir], { encoding: 'utf8' });
  const fetch =
    init.status === 0
      ? git(gitDir, ['fetch', '-q', '--depth', '1', remote, commit], undefined, 900_000)
      : undefined;
  if (fetch?.ok) return { gitDir };
  discardClone(gitDir);
  return {
    problem: fetch ? `git fetch ${remote} ${commit}: ${fetch.problem}` : `git init: ${init.stderr.trim()}`,
  };
}

export function discardClone(gitDir: string): void {
  rmSync(gitDir, { recursive: true, force: true });
}
