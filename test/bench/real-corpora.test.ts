import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatSummary, summarizeCompliance } from '../../scripts/bench/compliance-summary.js';
import {
  CORPUS_KINDS,
  drawForLabelling,
  globToRegExp,
  labelSet,
  locateMirror,
  MARKER,
  manifestProblems,
  materialize,
  REAL_CORPORA,
  type RealCorpus,
  runCli,
} from '../../scripts/bench/real-corpora.js';

// A fixed author and date make the tiny repository's commit the same on every run; a clean environment keeps
// the machine's git configuration out of it.
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8' }).trim();
}

const ARTICLES: Record<string, string> = {
  'posts/2024/发布会.md': '# 新品发布\n\n本公司产品全球领先。\n',
  'posts/2025/deep/notes.md': '# 笔记\n\n最佳线程数取决于负载。\n',
  'posts/README.md': '# 目录\n',
  'posts/2025/cover.png': 'not an article',
  'top.md': '# 顶层\n',
};

/** A tiny repository, a bare mirror of it under mirrors/acme+blog/repo, and its commit. */
function fixture(): { root: string; work: string; mirrors: string; commit: string } {
  const root = tempDir('wxgate-real-corpora-');
  const work = join(root, 'remotes', 'acme', 'blog');
  mkdirSync(work, { recursive: true });
  git(work, 'init', '-q');
  for (const [path, text] of Object.entries(ARTICLES)) {
    mkdirSync(join(work, path, '..'), { recursive: true });
    writeFileSync(join(work, path), text);
  }
  symlinkSync('top.md', join(work, 'posts', 'link.md'));
  git(work, 'add', '-A');
  git(work, 'commit', '-q', '-m', 'articles');
  const commit = git(work, 'rev-parse', 'HEAD');
  const mirrors = join(root, 'mirrors');
  git(root, 'clone', '-q', '--bare', work, join(mirrors, 'acme+blog', 'repo'));
  return { root, work, mirrors, commit };
}

function corpus(commit: string, overrides: Partial<RealCorpus> = {}): RealCorpus {
  return {
    id: 'acme-blog',
    repo: 'acme/blog',
    commit,
    include: ['posts/**/*.md'],
    exclude: ['**/README.md'],
    kind: 'corporate',
    licence: 'MIT',
    description: 'test corpus',
    labelQuota: 2,
    ...overrides,
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .sort();
}

describe('the real-corpora manifest', () => {
  it('is well formed: 40-hex commits, unique ids, known kinds, at least 300 articles to label', () => {
    expect(manifestProblems(REAL_CORPORA)).toEqual([]);
    expect(new Set(REAL_CORPORA.map((c) => c.id)).size).toBe(REAL_CORPORA.length);
    for (const c of REAL_CORPORA) {
      expect(c.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(CORPUS_KINDS).toContain(c.kind);
    }
    expect(new Set(REAL_CORPORA.map((c) => c.kind))).toEqual(new Set(CORPUS_KINDS));
    expect(REAL_CORPORA.reduce((sum, c) => sum + c.labelQuota, 0)).toBeGreaterThanOrEqual(300);
  });

  it('names each problem of a bad manifest', () => {
    const good = corpus('a'.repeat(40));
    const problems = manifestProblems([
      good,
      { ...good },
      corpus('ABC', { id: 'short-commit' }),
      corpus('b'.repeat(40), { id: 'odd-kind', kind: 'blog' as never }),
      corpus('c'.repeat(40), { id: 'escapes', include: ['../secret/*.md'], repo: 'not a repo' }),
    ]);
    expect(problems).toEqual([
      'corpus "acme-blog": id used twice',
      'corpus "short-commit": commit "ABC" is not 40 lower-case hex',
      'corpus "odd-kind": kind "blog" is not one of corporate, newsletter, news, wechat',
      'corpus "escapes": repo "not a repo" is not owner/name',
      'corpus "escapes": glob "../secret/*.md" must be a relative path inside the repository',
    ]);
  });
});

describe('globToRegExp', () => {
  it.each([
    ['*.md', 'a.md', true],
    ['*.md', 'dir/a.md', false],
    ['docs/issue-*.md', 'docs/issue-12.md', true],
    ['content/zh/blog/**/*.md', 'content/zh/blog/a.md', true],
    ['content/zh/blog/**/*.md', 'content/zh/blog/news/x/index.md', true],
    ['content/zh/blog/**/*.md', 'content/zh/blogx/a.md', false],
    ['**/_index.md', '_index.md', true],
    ['**/_index.md', 'a/b/_index.md', true],
    ['TOC*.md', 'TOC-User-Case.md', true],
    ['a?c.md', 'abc.md', true],
    ['a.md', 'aXmd', false],
  ])('%s matches %s: %s', (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected);
  });
});

describe('materialize', () => {
  it('writes the selected files of the pinned commit from the mirror, keeping their paths and bytes', () => {
    const { root, work, mirrors, commit } = fixture();
    // A later commit in the working repository must not leak into a corpus pinned to the first one.
    writeFileSync(join(work, 'posts', 'later.md'), 'later\n');
    git(work, 'add', '-A');
    git(work, 'commit', '-q', '-m', 'later');
    const dest = join(root, 'out', 'acme-blog');
    const result = materialize(corpus(commit), dest, {
      mirrorRoots: [mirrors],
      remoteBase: join(root, 'none/'),
    });
    expect(result).toEqual({ status: 'ok', source: 'mirror', files: 2, bytes: expect.any(Number) });
    expect(filesUnder(dest)).toEqual(['posts/2024/发布会.md', 'posts/2025/deep/notes.md']);
    expect(readFileSync(join(dest, 'posts/2024/发布会.md'), 'utf8')).toBe(ARTICLES['posts/2024/发布会.md']);
    expect(JSON.parse(readFileSync(join(dest, MARKER), 'utf8'))).toMatchObject({
      id: 'acme-blog',
      commit,
      files: 2,
    });
  });

  it('replaces an earlier corpus folder whole and refuses a folder holding other files', () => {
    const { root, mirrors, commit } = fixture();
    const dest = join(root, 'out');
    const options = { mirrorRoots: [mirrors], remoteBase: join(root, 'none/') };
    materialize(corpus(commit, { include: ['top.md'] }), dest, options);
    expect(filesUnder(dest)).toEqual(['top.md']);
    expect(materialize(corpus(commit), dest, options).status).toBe('ok');
    expect(filesUnder(dest)).toEqual(['posts/2024/发布会.md', 'posts/2025/deep/notes.md']);

    const foreign = join(root, 'mine');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'keep.txt'), 'mine');
    const refused = materialize(corpus(commit), foreign, options);
    expect(refused).toEqual({ status: 'failed', reason: expect.stringContaining('holds other files') });
    expect(readdirSync(foreign)).toEqual(['keep.txt']);
  });

  it('refuses a hostile tree whose paths climb out of the corpus folder, writing nothing', () => {
    const root = tempDir('wxgate-real-corpora-');
    const mirror = join(root, 'mirrors', 'evil+repo', 'repo');
    git(root, 'init', '-q', '--bare', mirror);
    const run = (args: string[], input: string) =>
      execFileSync('git', [`--git-dir=${mirror}`, ...args], { input, env: GIT_ENV, encoding: 'utf8' }).trim();
    const blob = run(['hash-object', '-w', '--stdin'], 'escaped\n');
    const inner = run(['mktree'], `100644 blob ${blob}\tescaped.md\n`);
    const top = run(['mktree'], `040000 tree ${inner}\t..\n`);
    const commit = run(['commit-tree', top, '-m', 'evil'], '');
    const dest = join(root, 'out', 'evil');
    const result = materialize(corpus(commit, { repo: 'evil/repo', include: ['**/*.md'] }), dest, {
      mirrorRoots: [join(root, 'mirrors')],
    });
    expect(result).toEqual({
      status: 'failed',
      reason: 'evil/repo: path "../escaped.md" leaves the corpus folder',
    });
    expect(readdirSync(root)).toEqual(['mirrors']);
  });

  it('fetches the pinned commit when no mirror has it', () => {
    const { root, commit } = fixture();
    const dest = join(root, 'out');
    const result = materialize(corpus(commit), dest, {
      mirrorRoots: [join(root, 'no-mirrors')],
      remoteBase: `${join(root, 'remotes')}/`,
    });
    expect(result).toMatchObject({ status: 'ok', source: 'clone', files: 2 });
    expect(filesUnder(dest)).toEqual(['posts/2024/发布会.md', 'posts/2025/deep/notes.md']);
  });

  it('says "unavailable" and how to get it, without throwing, when neither a mirror nor a fetch works', () => {
    const { root, commit } = fixture();
    const dest = join(root, 'out');
    const result = materialize(corpus(commit), dest, {
      mirrorRoots: [join(root, 'no-mirrors')],
      remoteBase: `${join(root, 'no-remotes')}/`,
    });
    expect(result).toMatchObject({
      status: 'unavailable',
      reason: expect.stringContaining('no mirror found'),
    });
    expect(result.status === 'unavailable' && result.howToGet).toContain(
      'git clone --bare https://github.com/acme/blog',
    );
    expect(existsSync(dest)).toBe(false);
  });

  it('finds the mirror layouts a fetch or a bare clone leaves', () => {
    const { root, mirrors } = fixture();
    expect(locateMirror('acme/blog', [join(root, 'elsewhere'), mirrors])).toBe(
      join(mirrors, 'acme+blog', 'repo'),
    );
    expect(locateMirror('acme/blog', [join(root, 'remotes')])).toBe(
      join(root, 'remotes', 'acme', 'blog', '.git'),
    );
    expect(locateMirror('acme/other', [mirrors])).toBeUndefined();
    expect(locateMirror('../etc', [mirrors])).toBeUndefined();
  });
});

describe('the labelling draw', () => {
  const paths = Array.from({ length: 200 }, (_, i) => `news/2024${String(i).padStart(4, '0')}.md`);

  it('takes the quota, sorted, the same whatever the order of the files', () => {
    const drawn = drawForLabelling('news', paths, 20);
    expect(drawn).toHaveLength(20);
    expect(drawn).toEqual([...drawn].sort());
    expect(drawForLabelling('news', [...paths].reverse(), 20)).toEqual(drawn);
    expect(drawForLabelling('other-corpus', paths, 20)).not.toEqual(drawn);
  });

  it('keeps the articles already drawn when files are added, except the ones a newcomer outranks', () => {
    const before = drawForLabelling('news', paths, 20);
    const more = [...paths, ...Array.from({ length: 10 }, (_, i) => `news/2025${i}.md`)];
    const after = drawForLabelling('news', more, 20);
    const newcomers = after.filter((p) => p.startsWith('news/2025'));
    expect(after.filter((p) => !before.includes(p))).toEqual(newcomers);
  });

  it('draws each corpus from its files at the pinned commit and reports the ones it cannot read', () => {
    const { root, mirrors, commit } = fixture();
    const set = labelSet(
      [corpus(commit, { labelQuota: 5 }), corpus(commit, { id: 'gone', repo: 'acme/gone' })],
      [mirrors, join(root, 'none')],
    );
    expect(set.articles).toEqual([
      { corpus: 'acme-blog', path: 'posts/2024/发布会.md' },
      { corpus: 'acme-blog', path: 'posts/2025/deep/notes.md' },
    ]);
    expect(set.unavailable).toEqual([
      { corpus: 'gone', reason: 'no mirror found', howToGet: expect.stringContaining('acme/gone') },
    ]);
  });
});

describe('the compliance summary of a check report', () => {
  const report = {
    files: [
      {
        path: 'a.md',
        messages: [
          { ruleId: 'law/ad-absolute-term', severity: 'error', actual: '最佳' },
          { ruleId: 'law/ad-absolute-term', severity: 'error', actual: '最佳' },
          { ruleId: 'wechat/induced-share', severity: 'error', actual: '转发领取' },
          { ruleId: 'format/front-matter', severity: 'error', actual: '(front matter)' },
          { ruleId: 'law/ad-absolute-term', severity: 'info', actual: '国家级' },
        ],
      },
      { path: 'b.md', messages: [{ ruleId: 'wechat/content-size', severity: 'error' }] },
      { path: 'c.md', messages: [{ ruleId: 'wechat/clickbait-title', severity: 'warning', actual: '震惊' }] },
    ],
  };

  it('counts only compliance errors, by file, rule and matched text', () => {
    expect(summarizeCompliance(report)).toEqual({
      files: 3,
      filesWithError: 1,
      errors: 3,
      byRule: [
        ['law/ad-absolute-term', 2],
        ['wechat/induced-share', 1],
      ],
      byText: [
        ['law/ad-absolute-term: 最佳', 2],
        ['wechat/induced-share: 转发领取', 1],
      ],
    });
    expect(formatSummary('x', summarizeCompliance(report))).toContain('1 of 3 files (33.3 %)');
  });

  it('rejects what is not a check report, and the command line says which file', () => {
    expect(() => summarizeCompliance({ errors: 1 })).toThrow('no "files" array');
    const file = join(tempDir('wxgate-summary-'), 'bad.json');
    writeFileSync(file, '{"errors": 1}');
    const out: string[] = [];
    expect(runCli(['summarize', file], (text) => out.push(text))).toBe(1);
    expect(out.join('')).toContain(`${file}: not a wxgate check JSON report`);
  });
});
