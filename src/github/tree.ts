/**
 * One commit's files through the git data API, a folder at a time and each folder once. Everything is addressed by
 * the commit's SHA and by the tree and blob SHAs it names, so what is read is that commit's content whatever is
 * pushed meanwhile: the base rules are read this way, and so is the head of a pull request. A file's bytes are
 * read by its blob SHA (readBlob).
 */
import type { GitHubClient } from './client.js';

export interface TreeEntry {
  path?: string;
  mode?: string;
  type?: string;
  sha?: string;
  size?: number;
}

/** A git symlink: its "content" is a path, and it is no file of the folder. */
const SYMLINK_MODE = '120000';

export class CommitTree {
  private readonly folders = new Map<string, Promise<TreeEntry[] | undefined>>();

  constructor(
    private readonly octokit: GitHubClient,
    private readonly owner: string,
    private readonly repo: string,
    /** The commit everything is read at. */
    readonly commit: string,
  ) {}

  /** A tree's entries by the tree's (or, for the root, the commit's) SHA; `recursive` lists every level below. */
  async list(treeSha: string, recursive = false): Promise<TreeEntry[]> {
    const { data } = await this.octokit.rest.git.getTree({
      owner: this.owner,
      repo: this.repo,
      tree_sha: treeSha,
      ...(recursive ? { recursive: 'true' } : {}),
    });
    if (data.truncated) throw new Error(`the tree ${treeSha} is too large for GitHub to list`);
    return data.tree;
  }

  /** The entries of folder `dir` (`''` is the root); undefined when the commit has no such folder. */
  folder(dir: string): Promise<TreeEntry[] | undefined> {
    let entries = this.folders.get(dir);
    if (!entries) {
      entries = this.readFolder(dir);
      this.folders.set(dir, entries);
    }
    return entries;
  }

  /** What is at `path` (a/b/c) in the commit, or undefined. */
  async entry(path: string): Promise<TreeEntry | undefined> {
    const slash = path.lastIndexOf('/');
    const entries = await this.folder(slash < 0 ? '' : path.slice(0, slash));
    return entries?.find((e) => e.path === path.slice(slash + 1));
  }

  /** Names of the regular files in folder `dir` (no subfolders, no symlinks). */
  async fileNames(dir: string): Promise<string[]> {
    const entries = (await this.folder(dir)) ?? [];
    return entries.filter((e) => e.type === 'blob' && e.mode !== SYMLINK_MODE && e.path).map((e) => e.path!);
  }

  private async readFolder(dir: string): Promise<TreeEntry[] | undefined> {
    if (dir === '') return this.list(this.commit);
    const here = await this.entry(dir);
    return here?.type === 'tree' && here.sha ? this.list(here.sha) : undefined;
  }
}

/** A file's bytes by its blob SHA: content-addressed, so they are the bytes of that version and no other. */
export async function readBlob(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  sha: string,
): Promise<Uint8Array> {
  const { data } = await octokit.rest.git.getBlob({ owner, repo, file_sha: sha });
  return decodeBlob(data.content, data.encoding);
}

export function decodeBlob(content: string, encoding: string): Uint8Array {
  if (encoding === 'base64') return new Uint8Array(Buffer.from(content, 'base64'));
  return new Uint8Array(Buffer.from(content, 'utf8'));
}
