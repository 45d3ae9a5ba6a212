import type { Git } from '../platform/git.js';
import type { Commit, HistoryPort, Ref } from './history.js';

/**
 * The history port over a git repository, in bulk: one `git log` per branch (every message, and each changed path
 * with the blob it now holds) and one `git cat-file --batch` per round of reads, never a process per commit. Nothing from a
 * commit or a record reaches a command line: object names go to cat-file's standard input, one per line, and a
 * name with a line break in it is answered as missing without asking git.
 */
export class GitHistory implements HistoryPort {
  constructor(private readonly git: Git) {}

  async resolve(ref: string): Promise<string | undefined> {
    return this.git.resolve(ref);
  }

  async log(tip: string): Promise<Commit[]> {
    const out = await this.git.runBytes([
      'log',
      '-z',
      '--no-renames',
      '--diff-merges=first-parent',
      '--raw',
      '--no-abbrev',
      `--format=${LOG_FORMAT}`,
      tip,
      '--',
    ]);
    return parseLog(out.toString('utf8'));
  }

  async refs(prefix: string): Promise<Ref[]> {
    const out = await this.git.run([
      'for-each-ref',
      '--format=%(refname)%00%(objectname)%00%(*objectname)',
      prefix,
    ]);
    return out
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [name = '', object = '', peeled = ''] = line.split('\0');
        return { name, target: peeled || object };
      });
  }

  async tree(commit: string): Promise<Map<string, string>> {
    const out = await this.git.runBytes(['ls-tree', '-r', '-z', '--full-tree', commit]);
    const files = new Map<string, string>();
    for (const entry of out.toString('utf8').split('\0')) {
      const tab = entry.indexOf('\t');
      const [mode, type, id] = entry.slice(0, tab).split(' ');
      if (type === 'blob' && id && (mode === '100644' || mode === '100755'))
        files.set(entry.slice(tab + 1), id);
    }
    return files;
  }

  async files(requests: readonly { commit: string; path: string }[]): Promise<(Uint8Array | undefined)[]> {
    const objects = await this.batch(requests.map((r) => `${r.commit}:${r.path}`));
    return objects.map((o) => (o?.type === 'blob' ? o.bytes : undefined));
  }

  async blobs(ids: readonly string[]): Promise<Map<string, Uint8Array>> {
    const unique = [...new Set(ids)];
    const objects = await this.batch(unique);
    const out = new Map<string, Uint8Array>();
    unique.forEach((id, i) => {
      const o = objects[i];
      if (o?.type === 'blob') out.set(id, o.bytes);
    });
    return out;
  }

  /** One `git cat-file --batch` for all names; undefined for what is missing. */
  private async batch(names: readonly string[]): Promise<(GitObject | undefined)[]> {
    const asked = names.map((n) => (/[\n\r\0]/.test(n) || n.trim() !== n || n === '' ? undefined : n));
    const input = asked.filter((n): n is string => n !== undefined);
    if (input.length === 0) return names.map(() => undefined);
    const out = await this.git.runBytes(['cat-file', '--batch'], { input: `${input.join('\n')}\n` });
    const answers = parseBatch(out, input.length);
    let next = 0;
    return asked.map((n) => (n === undefined ? undefined : answers[next++]));
  }
}

interface GitObject {
  id: string;
  type: string;
  bytes: Uint8Array;
}

// Fields are NUL-separated (no commit message, name or path can hold a NUL); `-z` separates the paths too.
const LOG_FORMAT = '%H%x00%P%x00%an%x00%ae%x00%aI%x00%cn%x00%ce%x00%cI%x00%B%x00';
/** `:100644 100644 <old id> <new id> M`: a `--raw` change, its path in the next field. */
const RAW = /^\n?:(\d{6}) (\d{6}) [0-9a-f]+ ([0-9a-f]+) ([A-Z])\d*$/;

/**
 * Parses `git log -z --raw --no-abbrev` with LOG_FORMAT. Each commit is its nine fields and an empty one, then a
 * `:mode mode id id status` field and a path per change (the first after a line break); the next commit id follows
 * at once. A commit id never starts with ':', so the boundary is never in doubt.
 */
export function parseLog(text: string): Commit[] {
  const t = text.split('\0');
  const commits: Commit[] = [];
  let i = 0;
  while (i < t.length && t[i] !== '') {
    const [sha, parents, an, ae, aI, cn, ce, cI, message] = t.slice(i, i + 9) as string[];
    i += 10;
    const commit: Commit = {
      sha: sha!,
      parents: parents ? parents.split(' ') : [],
      author: { name: an!, email: ae!, at: aI! },
      committer: { name: cn!, email: ce!, at: cI! },
      message: message ?? '',
      changes: [],
    };
    for (let m = RAW.exec(t[i] ?? ''); m; m = RAW.exec(t[i] ?? '')) {
      const deleted = m[4] === 'D';
      const paths = m[4] === 'R' || m[4] === 'C' ? 2 : 1;
      commit.changes.push({
        status: m[4]!,
        path: t[i + paths]!,
        id: deleted ? null : m[3]!,
        mode: deleted ? null : m[2]!,
      });
      i += 1 + paths;
    }
    commits.push(commit);
  }
  return commits;
}

function parseBatch(out: Buffer, count: number): (GitObject | undefined)[] {
  const answers: (GitObject | undefined)[] = [];
  let at = 0;
  for (let n = 0; n < count; n++) {
    const end = out.indexOf(0x0a, at);
    if (end < 0) break;
    const header = out.subarray(at, end).toString('utf8');
    at = end + 1;
    const m = /^([0-9a-f]+) (\S+) (\d+)$/.exec(header);
    if (!m) {
      answers.push(undefined);
      continue;
    }
    const size = Number(m[3]);
    answers.push({ id: m[1]!, type: m[2]!, bytes: out.subarray(at, at + size) });
    at += size + 1;
  }
  while (answers.length < count) answers.push(undefined);
  return answers;
}
