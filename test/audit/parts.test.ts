import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { folderAt, folderHistory, indexBranch } from '../../src/audit/branch.js';
import { GitHistory } from '../../src/audit/git-history.js';
import { trailersOf } from '../../src/audit/history.js';
import { monthsOf, resolvePeriod } from '../../src/audit/period.js';
import { settingsDiff } from '../../src/audit/settings-diff.js';
import { ConfigurationError } from '../../src/platform/errors.js';
import { Git } from '../../src/platform/git.js';
import { GitRepo, MemoryRepo, type RepoWriter } from './repos.js';

const ZONE = 'Asia/Shanghai';
const at = (iso: string) => Date.parse(iso);

describe('periods, in the policy time zone', () => {
  it('a quarter runs from its first midnight to the next quarter’s, Beijing time', () => {
    const q = resolvePeriod({ kind: 'quarter', quarter: '2026Q4' }, 0, ZONE);
    expect(q).toEqual({
      label: '2026Q4',
      from: at('2026-10-01T00:00:00+08:00'),
      until: at('2027-01-01T00:00:00+08:00'),
      timeZone: ZONE,
      firstDay: '2026-10-01',
      lastDay: '2026-12-31',
    });
    expect(monthsOf(q)).toEqual(['2026-10', '2026-11', '2026-12']);
  });

  it('"last" is the quarter before today in Beijing, even while it is still the old year in UTC', () => {
    const now = at('2027-01-01T00:30:00+08:00');
    expect(resolvePeriod({ kind: 'quarter', quarter: 'last' }, now, ZONE).label).toBe('2026Q4');
    expect(resolvePeriod({ kind: 'quarter', quarter: 'last' }, now, 'UTC').label).toBe('2026Q3');
    expect(resolvePeriod({ kind: 'quarter', quarter: 'current' }, now, ZONE).label).toBe('2027Q1');
    expect(
      resolvePeriod({ kind: 'quarter', quarter: 'last' }, at('2026-05-10T12:00:00+08:00'), ZONE).label,
    ).toBe('2026Q1');
  });

  it('--from/--to are whole days, both included; --to defaults to today', () => {
    const p = resolvePeriod({ kind: 'dates', from: '2026-11-01', to: '2026-11-30' }, 0, ZONE);
    expect([p.label, p.from, p.until]).toEqual([
      '2026-11-01_2026-11-30',
      at('2026-11-01T00:00:00+08:00'),
      at('2026-12-01T00:00:00+08:00'),
    ]);
    const open = resolvePeriod(
      { kind: 'dates', from: '2026-12-01', to: undefined },
      at('2026-12-07T23:59:00+08:00'),
      ZONE,
    );
    expect(open.lastDay).toBe('2026-12-07');
  });

  it.each([
    [
      { kind: 'quarter', quarter: '2026Q5' },
      '--quarter must be a quarter such as 2026Q4, or last or current (got "2026Q5")',
    ],
    [
      { kind: 'dates', from: '2026-02-30', to: undefined },
      '--from must be a date such as 2026-10-01 (got "2026-02-30")',
    ],
    [{ kind: 'dates', from: '2026-11-01', to: '2026-10-01' }, '--to 2026-10-01 is before --from 2026-11-01'],
  ] as const)('refuses %j', (request, message) => {
    expect(() => resolvePeriod(request, 0, ZONE)).toThrow(new ConfigurationError(message));
  });
});

describe('trailers', () => {
  it('reads the last paragraph when every line of it is a trailer', () => {
    expect(
      trailersOf('publish: a\n\nevent\n\nTitle: t\n\nWxgate-State: published\nApproved-by: a (t) x y\n'),
    ).toEqual([
      ['Wxgate-State', 'published'],
      ['Approved-by', 'a (t) x y'],
    ]);
    expect(trailersOf('subject\r\n\r\nKey: v\r\n')).toEqual([['Key', 'v']]);
  });

  it('has none when the last paragraph is prose, or there is only a subject', () => {
    expect(trailersOf('subject\n\nKey: v\nnot a trailer\n')).toEqual([]);
    expect(trailersOf('Key: v\n')).toEqual([]);
  });
});

describe('settings diff', () => {
  it('names changed, added and removed settings by path', () => {
    const before = 'lead_time:\n  hours: 72\nurgent:\n  label: 加急\n  approvers: ["@a/gm"]\n';
    const after =
      'lead_time:\n  hours: 48\nurgent:\n  label: 加急\n  approvers: ["@a/gm", "@a/ceo"]\n  report: issue\n';
    expect(settingsDiff('policies/wxgate.yml', before, after)).toEqual([
      '~ lead_time.hours: 72 → 48',
      '~ urgent.approvers: ["@a/gm"] → ["@a/gm", "@a/ceo"]',
      '+ urgent.report: "issue"',
    ]);
  });

  it('compares list entries as whole entries, so inserting one shifts nothing', () => {
    const before = 'entries:\n  - { term: 最佳 }\n  - { term: 第一 }\n';
    const after = 'entries:\n  - { term: 顶级 }\n  - { term: 最佳 }\n  - { term: 第一 }\n';
    expect(settingsDiff('policies/lexicons/ad.yml', before, after)).toEqual(['+ entries[] {"term":"顶级"}']);
  });

  it('compares CODEOWNERS and unreadable YAML line by line, and cuts long diffs', () => {
    expect(settingsDiff('.github/CODEOWNERS', '# owners\n* @a\n', '* @a\n/policies/ @b\n')).toEqual([
      '+ /policies/ @b',
    ]);
    expect(settingsDiff('policies/x.yml', 'a: [', 'a: [1')).toEqual(['- a: [', '+ a: [1']);
    const many = Array.from({ length: 50 }, (_, i) => `k${i}: ${i}`).join('\n');
    const diff = settingsDiff('policies/x.yml', '', many);
    expect(diff).toHaveLength(41);
    expect(diff.at(-1)).toBe('… 10 more');
  });
});

/**
 * The git adapter against the in-memory port on the same history: paths with spaces, Chinese and quotes, a merge
 * (changes against its first parent), a deletion, an executable, a nested folder.
 */
describe('the git history adapter answers like the in-memory port', () => {
  async function write(w: RepoWriter) {
    const main = 'refs/heads/main';
    const root = await w.commit({
      branch: main,
      files: { 'content/g/a b/index.md': '一', 'content/g/a b/中文 "q".png': 'png', 'x.txt': 'x' },
      message: 'root\n\nbody\n\nKey: v',
      at: '2026-10-01T10:00:00+08:00',
    });
    const side = await w.commit({
      branch: 'refs/heads/side',
      parents: [root],
      files: { 'content/g/a b/index.md': '二', 'content/g/a b/sub/deep.md': 'd' },
      message: 'side',
      at: '2026-10-02T10:00:00+08:00',
    });
    await w.commit({
      branch: main,
      files: { 'x.txt': null },
      message: 'drop x',
      at: '2026-10-03T10:00:00+08:00',
    });
    await w.commit({
      branch: main,
      parents: [w.tip(main)!, side],
      files: { 'content/g/a b/index.md': '二', 'content/g/a b/sub/deep.md': 'd' },
      message: 'Merge pull request #1 from a/side',
      at: '2026-10-04T10:00:00+08:00',
    });
    await w.close();
    return w.tip(main)!;
  }

  it('gives the same log (with blob ids), trees, files and blobs', async () => {
    const memory = new MemoryRepo();
    const git = new GitRepo();
    const [memTip, gitTip] = [await write(memory), await write(git)];
    const real = new GitHistory(new Git(git.dir));
    const shape = async (port: MemoryRepo | GitHistory, tip: string) => {
      const log = await port.log(tip);
      const ids = new Map(log.map((c) => [c.sha, c.message.split('\n')[0]]));
      const [file, gone] = await port.files([
        { commit: tip, path: 'content/g/a b/中文 "q".png' },
        { commit: tip, path: 'x.txt' },
      ]);
      const blobIds = log
        .flatMap((c) => c.changes.map((x) => x.id))
        .filter((id): id is string => Boolean(id));
      const blobs = await port.blobs(blobIds);
      return {
        log: log
          .map((c) => ({ ...c, sha: ids.get(c.sha), parents: c.parents.map((p) => ids.get(p)) }))
          .sort((a, b) => a.sha!.localeCompare(b.sha!)),
        blobs: [...blobs].map(([id, b]) => [id, Buffer.from(b).toString()]).sort(),
        file: Buffer.from(file!).toString(),
        gone,
        tree: [...(await port.tree(tip))].sort(),
        resolve: Boolean(await port.resolve('refs/heads/main')),
        none: await port.resolve('refs/heads/nothing'),
      };
    };
    const fromGit = await shape(real, gitTip);
    expect(fromGit).toEqual(await shape(memory, memTip));
    expect(
      fromGit.log.find((c) => c.message.startsWith('Merge'))!.changes.map((c) => [c.status, c.path, c.mode]),
    ).toEqual([
      ['M', 'content/g/a b/index.md', '100644'],
      ['A', 'content/g/a b/sub/deep.md', '100644'],
    ]);
    expect(fromGit.blobs).toHaveLength(5);
  });

  it('replays a folder at any commit — on the chain or on a pull request’s branch — as git has it', async () => {
    const git = new GitRepo();
    const tip = await write(git);
    const branch = indexBranch('refs/heads/main', tip, await new GitHistory(new Git(git.dir)).log(tip));
    const changes = folderHistory(branch);
    const lsTree = (sha: string, dir: string) =>
      execFileSync('git', ['ls-tree', '-z', sha, '--', `${dir}/`], { cwd: git.dir, encoding: 'utf8' })
        .split('\0')
        .filter(Boolean)
        .map((line) => {
          const [meta = '', path = ''] = line.split('\t');
          const [mode, type, id] = meta.split(' ');
          return { mode, type, id, name: path.slice(dir.length + 1) };
        });
    for (const commit of branch.commits.values()) {
      const folder = folderAt(branch, changes, commit.sha, 'content/g/a b');
      const listed = lsTree(commit.sha, 'content/g/a b');
      expect(folder?.files ?? []).toEqual(
        listed.filter((e) => e.type === 'blob').map((e) => ({ name: e.name, id: e.id })),
      );
    }
    const side = [...branch.commits.values()].find((c) => c.message.startsWith('side'))!;
    const merge = branch.commits.get(tip)!;
    expect(folderAt(branch, changes, side.sha, 'content/g/a b')!.id).toBe(
      folderAt(branch, changes, merge.sha, 'content/g/a b')!.id,
    );
    const root = [...branch.commits.values()].find((c) => c.parents.length === 0)!;
    expect(folderAt(branch, changes, root.sha, 'content/g/a b')!.id).not.toBe(
      folderAt(branch, changes, merge.sha, 'content/g/a b')!.id,
    );
    expect(folderAt(branch, changes, tip, 'content/g/none')).toBeUndefined();
  });

  it('answers a name with a line break as missing, without asking git', async () => {
    const git = new GitRepo();
    const tip = await write(git);
    const real = new GitHistory(new Git(git.dir));
    const [odd, plain] = await real.files([
      { commit: tip, path: 'x.txt\nHEAD' },
      { commit: tip, path: 'content/g/a b/index.md' },
    ]);
    expect(odd).toBeUndefined();
    expect(Buffer.from(plain!).toString()).toBe('二');
  });
});
