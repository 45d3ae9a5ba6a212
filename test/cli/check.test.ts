import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COVER_PNG, FRONT_MATTER } from '../helpers.js';
import { bundledCli } from '../support/bundle.js';

const root = resolve(import.meta.dirname, '../..');
let cli = '';
const policies = join(root, 'policies');

/** Runs the built CLI exactly as users do. */
function wxgate(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  cli = bundledCli();
});

const GOOD = `${FRONT_MATTER}\n## 季度回顾\n\n最近，集团首先完成了第一季度的目标。\n`;

function workspace(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'wxgate-cli-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

describe('wxgate --help', () => {
  it('explains commands and every check option', () => {
    const top = wxgate(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('check [paths...]');
    const help = wxgate(['check', '--help']);
    expect(help.code).toBe(0);
    for (const option of [
      '--format',
      '--locale',
      '--policies',
      '--output',
      '--jobs',
      '--cache',
      '--cache-location',
      '--no-color',
      'Exit codes',
    ]) {
      expect(help.stdout).toContain(option);
    }
  });
});

describe('installed as a bin', () => {
  it('runs through a symlink, as npm links bin scripts', () => {
    const link = join(mkdtempSync(join(tmpdir(), 'wxgate-bin-')), 'wxgate');
    symlinkSync(cli, link);
    const r = spawnSync(process.execPath, [link, '--version'], { encoding: 'utf8' });
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(r.status).toBe(0);
  });
});

describe('usage and configuration errors exit 2 with a clear message', () => {
  it.each([
    [['frobnicate'], 'wxgate: unknown command "frobnicate"'],
    [['check', '--format', 'xml'], 'wxgate: --format must be one of text, json, sarif (got "xml")'],
    [['check', '--locale', 'fr'], 'wxgate: --locale must be one of zh-CN, en (got "fr")'],
    [['check', '--jobs', '0'], 'wxgate: --jobs must be a whole number ≥ 1 (got "0")'],
    [['check', '--bogus'], 'wxgate: unknown option --bogus'],
    [['check', 'content/nope'], 'wxgate: no such file or directory: content/nope'],
    [['check', '--policies', 'nowhere'], 'policy directory'],
  ])('%j', (args, message) => {
    const r = wxgate(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('a broken policy names its file, line and field and checks nothing', () => {
    const dir = workspace({
      'policies/wxgate.yml': 'rules:\n  law/ad-absolute-term: maybe\n',
      'content/group/2026-11-25-sample/index.md': GOOD,
    });
    const r = wxgate(['check'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `wxgate: configuration error: ${join(dir, 'policies/wxgate.yml')}:2: field "rules.law/ad-absolute-term": severity must be one of error, warning, info, off\n`,
    );
    expect(r.stdout).toBe('');
  });

  it('a broken policy stops a run large enough for worker processes, and only the parent reports it', () => {
    const files: Record<string, string> = {
      'policies/wxgate.yml': 'rules:\n  law/ad-absolute-term: maybe\n',
    };
    const padding = '集团各部门按计划推进年度重点工作。\n\n'.repeat(600);
    for (let i = 0; i < 12; i++) files[`content/group/2026-11-25-a${i}/index.md`] = `${GOOD}\n${padding}`;
    const dir = workspace(files);
    const r = wxgate(['check', '--jobs', '2'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `wxgate: configuration error: ${join(dir, 'policies/wxgate.yml')}:2: field "rules.law/ad-absolute-term": severity must be one of error, warning, info, off\n`,
    );
    expect(r.stdout).toBe('');
  });
});

describe('wxgate check', () => {
  it('passes the sample content', () => {
    const r = wxgate(['check', 'content']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('✔');
    expect(r.code).toBe(0);
  });

  it('takes an absolute path, and reports it relative to where the user stands', () => {
    const r = wxgate(['check', join(root, 'examples/failing'), '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files[0].path).toBe('examples/failing/2026-11-23-violations/index.md');
  });

  it('fails the deliberately failing example, in JSON that follows the contract', () => {
    const r = wxgate(['check', 'examples/failing', '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(['files', 'errorCount', 'warningCount']);
    expect(report.errorCount).toBeGreaterThan(10);
    const [file] = report.files;
    expect(Object.keys(file)).toEqual(['path', 'messages', 'suppressed']);
    expect(file.path).toBe('examples/failing/2026-11-23-violations/index.md');
    for (const m of file.messages) {
      expect(Object.keys(m)).toEqual([
        'ruleId',
        'severity',
        'line',
        'column',
        'endLine',
        'endColumn',
        'message',
        'actual',
      ]);
      expect(['error', 'warning', 'info']).toContain(m.severity);
    }
    const ruleIds = new Set(file.messages.map((m: { ruleId: string }) => m.ruleId));
    for (const id of [
      'format/front-matter',
      'law/ad-absolute-term',
      'law/ad-medical-claim',
      'law/ad-return-promise',
      'law/personal-info',
      'law/prohibited-content',
      'wechat/induced-share',
      'wechat/induced-follow',
      'wechat/clickbait-title',
      'wechat/external-image',
      'wechat/author-length',
      'source/reprint-attribution',
      'source/reprint-authorization',
      'format/heading-increment',
      'format/image-alt',
      'typo/cjk-latin-space',
      'typo/duplicate-punct',
      'typo/invisible-chars',
    ]) {
      expect(ruleIds, id).toContain(id);
    }
  });

  it('lists suppressions with their reasons and keeps the file passing', () => {
    const r = wxgate(['check', 'examples/suppressed', '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(r.code).toBe(0);
    expect(report.files[0].suppressed.length).toBeGreaterThan(0);
    for (const s of report.files[0].suppressed) {
      expect(s.ruleId).toBe('law/ad-absolute-term');
      expect(s.reason).not.toBe('');
    }
  });

  it('speaks English with --locale en', () => {
    const r = wxgate(['check', 'examples/failing', '--locale', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('(Source: ');
    expect(r.stdout).toMatch(/\d+ error\(s\), \d+ warning\(s\)/);
  });

  it('writes SARIF 2.1.0 that code scanning accepts, to a file with --output', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'wxgate-sarif-')), 'report.sarif');
    const r = wxgate(['check', 'examples', '--format', 'sarif', '--output', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const sarif = JSON.parse(readFileSync(out, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('wxgate');
    const ruleIds = run.tool.driver.rules.map((x: { id: string }) => x.id);
    expect(ruleIds).toContain('law/ad-absolute-term');
    for (const result of run.results) {
      expect(ruleIds[result.ruleIndex]).toBe(result.ruleId);
      expect(['error', 'warning', 'note']).toContain(result.level);
      expect(result.message.text.length).toBeGreaterThan(0);
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      expect(artifactLocation.uri).toMatch(/^examples\//);
      expect(region.startLine).toBeGreaterThanOrEqual(1);
      expect(region.startColumn).toBeGreaterThanOrEqual(1);
    }
    expect(run.results.some((x: { suppressions?: unknown[] }) => x.suppressions?.length)).toBe(true);
  });

  it('analyses a pattern the company wrote (the analysis is a file of its own in dist/) and refuses an unsafe one', () => {
    const dir = workspace({ 'content/group/2026-11-25-good/index.md': GOOD });
    cpSync(policies, join(dir, 'policies'), { recursive: true });
    const lexicon = join(dir, 'policies/lexicons/clickbait.yml');
    const base = readFileSync(lexicon, 'utf8');
    const entry = (pattern: string) =>
      `  - pattern: "${pattern}"\n    severity: warning\n    note: 公司自己加的\n`;
    writeFileSync(lexicon, base + entry('(?:速看|快转)[a-z]{1,9}'));
    const safe = wxgate(['check', '--format', 'json'], dir);
    expect(safe.stderr).toBe('');
    expect(safe.code).not.toBe(2); // checked: the findings of the article, not a configuration error
    expect(JSON.parse(safe.stdout).files).toHaveLength(1);
    writeFileSync(lexicon, base + entry('(a+)+b'));
    const unsafe = wxgate(['check'], dir);
    expect(unsafe.code).toBe(2);
    expect(unsafe.stderr).toMatch(
      /clickbait\.yml:\d+: field "entries\[\d+\]\.pattern": could take minutes on some texts \(exponential backtracking/,
    );
  });

  it('reports each bad file clearly and still checks the others', () => {
    const bomb =
      'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n';
    const dir = workspace({
      'content/group/2026-11-25-good/index.md': GOOD,
      'content/group/2026-11-25-good/cover.png': COVER_PNG,
      'content/group/2026-11-25-empty/index.md': '',
      'content/group/2026-11-25-binary/index.md': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0a]),
      'content/group/2026-11-25-gbk/index.md': Uint8Array.from([
        0x2d, 0x2d, 0x2d, 0x0a, 0xb1, 0xea, 0xcc, 0xe2,
      ]),
      'content/group/2026-11-25-huge/index.md': `${FRONT_MATTER}\n${'很长的文章。'.repeat(70_000)}`,
      'content/group/2026-11-25-yaml/index.md': '---\ntitle: [unclosed\n---\n\n正文\n',
      'content/group/2026-11-25-bomb/index.md': `---\n${bomb}---\n\n正文\n`,
    });
    symlinkSync(join(dir, 'missing-target.md'), join(dir, 'content/group/dangling.md'));
    const r = wxgate(['check', '--policies', policies, '--format', 'json', '--jobs', '1'], dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    const byPath = Object.fromEntries(
      report.files.map(
        (f: { path: string; messages: Array<{ ruleId: string; line: number; message: string }> }) => [
          f.path.replace('content/group/', ''),
          f.messages.map((m) => `${m.ruleId}:${m.line} ${m.message}`),
        ],
      ),
    );
    expect(byPath['2026-11-25-good/index.md']).toEqual([]);
    expect(byPath['2026-11-25-empty/index.md']).toEqual([
      'format/file:1 文件为空。文章需要 YAML 头信息（title、author、publish_at、cover）和正文。（依据：微信草稿接口 draft/add：正文小于 1 MB）',
    ]);
    expect(byPath['2026-11-25-binary/index.md']?.[0]).toMatch(/^format\/file:1 这是二进制文件/);
    expect(byPath['2026-11-25-gbk/index.md']?.[0]).toMatch(
      /^format\/file:2 文件不是有效的 UTF-8 编码（第 4 字节起）/,
    );
    expect(byPath['2026-11-25-huge/index.md']?.[0]).toMatch(
      /^format\/file:1 文件大小 \d+ 字节，超过 1 MB 上限/,
    );
    expect(byPath['2026-11-25-yaml/index.md']?.[0]).toMatch(
      /^format\/front-matter:2 \(front matter\)：方括号或花括号没有闭合/,
    );
    expect(byPath['2026-11-25-bomb/index.md']).toContain(
      'format/front-matter:2 (front matter)：不允许使用 YAML 锚点和别名（&名称、*名称）。请直接写出值。（依据：wxgate 文章格式（README「Writing an article」））',
    );
    expect(byPath['dangling.md']?.[0]).toMatch(/^format\/file:1 文件无法读取（ENOENT）/);
  });

  it('a hostile article is one format/file error; every other file is still checked, the run ends', () => {
    const utf16 = Uint8Array.from(
      [...`\uFEFF${GOOD}`].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    );
    const dir = workspace({
      'content/group/2026-11-25-good/index.md': GOOD,
      'content/group/2026-11-25-good/cover.png': COVER_PNG,
      // 3,000 nested quotes in 3 KB overflowed the stack and ended the run.
      'content/group/2026-11-25-quotes/index.md': `${GOOD}\n${'>'.repeat(3000)} 集\n`,
      // 100 KB of '[' and 250 KB of '**集' each kept the parser busy for minutes (and are past the in-process size).
      'content/group/2026-11-25-brackets/index.md': `${GOOD}\n${'['.repeat(100_000)}\n`,
      'content/group/2026-11-25-emphasis/index.md': `${GOOD}\n${'**集'.repeat(62_500)}\n`,
      'content/group/2026-11-25-utf16/index.md': utf16,
      'content/group/2026-11-25-title/index.md': GOOD.replace(
        'title: 澜川集团发布第三季度经营简报',
        'title: "简报\\e]8;;https://evil.example\\a点我\\e]8;;\\a"',
      ),
    });
    symlinkSync('/dev/zero', join(dir, 'content/group/2026-11-25-zero.md'));
    const r = wxgate(['check', '--policies', policies, '--format', 'json', '--jobs', '1'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const byPath = Object.fromEntries(
      JSON.parse(r.stdout).files.map(
        (f: { path: string; messages: Array<{ ruleId: string; line: number; message: string }> }) => [
          f.path.replace('content/group/', ''),
          f.messages.map((m) => `${m.ruleId}:${m.line} ${m.message}`),
        ],
      ),
    );
    expect(byPath['2026-11-25-good/index.md']).toEqual([]);
    expect(byPath['2026-11-25-quotes/index.md']).toEqual([
      expect.stringMatching(/^format\/file:12 引用和列表嵌套过深（约 3000 层），上限为 32 层。/),
    ]);
    expect(byPath['2026-11-25-brackets/index.md']).toEqual([
      expect.stringMatching(/^format\/file:12 同一段落中未闭合的方括号 \[ 超过 32 个/),
    ]);
    expect(byPath['2026-11-25-emphasis/index.md']).toEqual([
      expect.stringMatching(/^format\/file:12 同一段落中的强调或删除线标记（\*、_、~）超过 500 组/),
    ]);
    expect(byPath['2026-11-25-utf16/index.md']).toEqual([
      expect.stringMatching(/^format\/file:1 文件是 UTF-16 编码（小端序），不是 UTF-8。请另存为 UTF-8。/),
    ]);
    expect(byPath['2026-11-25-title/index.md']).toContain(
      'format/front-matter:2 title：字段 title 含有控制字符（U+001B）。标题、作者和摘要中不允许换行、回车、制表符或终端转义字符。（依据：wxgate 文章格式（README「Writing an article」））',
    );
    expect(byPath['2026-11-25-zero.md']).toEqual([
      expect.stringMatching(
        /^format\/file:1 文件是指向文章目录之外的符号链接，wxgate 不读取，请提交文件本身。/,
      ),
    ]);
    const text = wxgate(['check', '--policies', policies, 'content/group/2026-11-25-title'], dir);
    expect(text.stdout).not.toContain('\u001b');
  });

  it('--cache gives the same report again from .wxgate-cache/check.json, and says when it cannot write it', () => {
    const dir = workspace({
      'content/group/2026-11-25-a/index.md': `${GOOD}\n全网第一的产品。\n`,
      'content/group/2026-11-25-a/cover.png': COVER_PNG,
    });
    const first = wxgate(['check', '--policies', policies, '--cache'], dir);
    expect(first.code).toBe(1);
    expect(existsSync(join(dir, '.wxgate-cache/check.json'))).toBe(true);
    const second = wxgate(['check', '--policies', policies, '--cache'], dir);
    expect(second).toEqual(first);
    writeFileSync(join(dir, 'blocked'), '');
    const blocked = wxgate(['check', '--policies', policies, '--cache-location', 'blocked/check.json'], dir);
    expect(blocked.stdout).toBe(first.stdout);
    expect(blocked.stderr).toMatch(
      /^wxgate: could not write the cache \(.*blocked\/check\.json: EEXIST.*\); results are complete\n$/,
    );
  });

  it('gives the same verdict on one thread and on several', () => {
    // Large enough (over 256 KB in all) that the run is split across threads.
    const padding = '集团各部门按计划推进年度重点工作。\n\n'.repeat(600);
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) {
      files[`content/group/2026-11-25-a${i}/index.md`] = `${GOOD}\n${padding}全网第一的产品${i}。\n`;
      files[`content/group/2026-11-25-a${i}/cover.png`] = 'png';
    }
    const dir = workspace(files);
    const one = wxgate(['check', '--policies', policies, '--format', 'json', '--jobs', '1'], dir);
    const two = wxgate(['check', '--policies', policies, '--format', 'json', '--jobs', '2'], dir);
    expect(one.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    const absolute = JSON.parse(one.stdout).files.flatMap((f: { messages: Array<{ ruleId: string }> }) =>
      f.messages.filter((m) => m.ruleId === 'law/ad-absolute-term'),
    );
    expect(absolute).toHaveLength(12);
  });
});
