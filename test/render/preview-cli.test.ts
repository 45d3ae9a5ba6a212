import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, run, workspace } from './cli-helpers.js';

const FLU = 'content/lanchuan-pharma/2026-11-16-winter-flu-prevention';
let cli: string;
let dir: string;

beforeAll(async () => {
  cli = await buildCli();
  dir = workspace();
});

describe('wxgate preview', () => {
  it('--help explains every option and the exit codes', () => {
    const r = run(cli, ['preview', '--help'], dir);
    expect(r.code).toBe(0);
    for (const option of [
      '<article>',
      '--out',
      '--theme',
      '--policies',
      '--locale',
      '--help',
      'Exit codes',
    ]) {
      expect(r.stdout).toContain(option);
    }
    expect(run(cli, ['--help'], dir).stdout).toContain('preview <article>');
  });

  it('writes a self-contained page outside content/ and says where', () => {
    const r = run(cli, ['preview', FLU], dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      '预览已写入 .wxgate-cache/preview/lanchuan-pharma/2026-11-16-winter-flu-prevention.html\n',
    );
    expect(r.code).toBe(0);
    const html = readFileSync(
      join(dir, '.wxgate-cache/preview/lanchuan-pharma/2026-11-16-winter-flu-prevention.html'),
      'utf8',
    );
    expect(html).toContain('<title>预览：冬季流感预防，从做好这几件事开始</title>');
    expect(html).toContain(
      '<span class="author">江临市医学会</span><span class="account">澜川医药</span><span class="date">2026年11月16日 09:30</span>',
    );
    expect(html).toContain('本文转载自：江临医学科普（江临市医学会），原文链接：');
    expect(html).toContain('<img src="data:image/png;base64,');
    expect(html).toContain(`content="default-src 'none'; img-src data:; style-src 'unsafe-inline'"`);
    // The same article gives the same bytes.
    run(cli, ['preview', `${FLU}/index.md`, '--out', 'again.html'], dir);
    expect(readFileSync(join(dir, 'again.html'), 'utf8')).toBe(html);
  });

  it('inlines body images, honours --out, --theme and --locale, and reports dropped images', () => {
    const folder = join(dir, 'content/group/2026-12-01-photos');
    mkdirSync(folder, { recursive: true });
    copyFileSync(join(dir, FLU, 'cover.png'), join(folder, 'cover.png'));
    copyFileSync(join(dir, FLU, 'cover.png'), join(folder, 'photo.png'));
    writeFileSync(
      join(folder, 'index.md'),
      '---\ntitle: 图片\nauthor: 企宣部\npublish_at: "2026-12-01T10:00:00+08:00"\ncover: cover.png\n---\n\n![现场](photo.png)\n\n![外部](https://example.com/x.png)\n',
    );
    writeFileSync(join(dir, 'red.yml'), 'styles:\n  p: "color: red"\n');
    const r = run(
      cli,
      [
        'preview',
        'content/group/2026-12-01-photos',
        '--out',
        'out/p.html',
        '--theme',
        'red.yml',
        '--locale',
        'en',
      ],
      dir,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Preview written to out/p.html\n');
    expect(r.stderr).toContain(
      'content/group/2026-12-01-photos/index.md:10: Image "https://example.com/x.png" is not a file',
    );
    const html = readFileSync(join(dir, 'out/p.html'), 'utf8');
    expect(html.match(/<img src="data:image\/png;base64,/g)).toHaveLength(2);
    expect(html).not.toMatch(/src="https?:/);
    expect(html).toContain('<span class="account">澜川集团</span>');
  });

  it.each([
    [['preview'], 'wxgate: preview needs one article (its index.md or folder)'],
    [['preview', 'a.md', 'b.md'], 'wxgate: preview takes one article, got 2'],
    [['preview', 'content/nope'], 'wxgate: no such file or directory: content/nope'],
    [
      ['preview', 'content/group'],
      'wxgate: content/group is a folder without index.md, so it is not an article',
    ],
    [
      ['preview', 'policies/wxgate.yml'],
      'wxgate: policies/wxgate.yml is not a Markdown (.md) file, so it is not an article',
    ],
    [['preview', 'notes.md'], 'wxgate: notes.md is not an article: it has no YAML front matter'],
    [['preview', FLU, '--locale', 'fr'], 'wxgate: --locale must be one of zh-CN, en (got "fr")'],
    [['preview', FLU, '--policies', 'nowhere'], 'wxgate: policy directory nowhere does not exist'],
    [['preview', FLU, '--theme', 'bad-theme.yml'], 'wxgate: configuration error: '],
    [
      ['preview', 'content/group/2026-12-02-missing'],
      'wxgate: content/group/2026-12-02-missing/index.md:8: 图片「missing.png」在文章目录里找不到',
    ],
  ])('%j exits 2: %s', (args, message) => {
    writeFileSync(join(dir, 'notes.md'), '# 笔记\n\n没有头信息。\n');
    writeFileSync(join(dir, 'bad-theme.yml'), 'styles:\n  p: "margin: 0"\n  h7: "color: red"\n');
    const missing = join(dir, 'content/group/2026-12-02-missing');
    mkdirSync(missing, { recursive: true });
    writeFileSync(
      join(missing, 'index.md'),
      '---\ntitle: 缺图\nauthor: 企宣部\npublish_at: "2026-12-02T10:00:00+08:00"\ncover: cover.png\n---\n\n![缺](missing.png)\n',
    );
    const r = run(cli, args, dir);
    expect(r.stderr).toContain(message);
    expect(r.code).toBe(2);
    if (args.includes('bad-theme.yml'))
      expect(r.stderr).toContain('bad-theme.yml:3: field "styles.h7": unknown element "h7"');
  });

  describe('reads the article folder through the shared reader', () => {
    const ARTICLE =
      '---\ntitle: 链接\nauthor: 企宣部\npublish_at: "2026-12-03T10:00:00+08:00"\ncover: cover.png\n---\n\n![图](photo.png)\n';

    it('never embeds the target of a symlink that leaves the folder (cover.png → a secret)', () => {
      const secret = join(dir, 'shadow');
      writeFileSync(secret, 'root:$6$SECRET-HASH:19000:0:99999:7:::\n');
      const folder = join(dir, 'content/group/2026-12-03-links');
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'index.md'), ARTICLE.replace('![图](photo.png)', '正文。'));
      symlinkSync(secret, join(folder, 'cover.png'));
      const r = run(cli, ['preview', 'content/group/2026-12-03-links', '--out', 'links.html'], dir);
      expect(r.code).toBe(0);
      const html = readFileSync(join(dir, 'links.html'), 'utf8');
      expect(html).not.toContain(Buffer.from(readFileSync(secret)).toString('base64').slice(0, 24));
      expect(html).not.toContain('data:image/png;base64,');
      expect(html).toContain('封面图「cover.png」在文章目录里找不到，或不是图片文件。');
      // A body image that is such a link is missing too: the preview stops instead of embedding it.
      writeFileSync(join(folder, 'index.md'), ARTICLE);
      symlinkSync(secret, join(folder, 'photo.png'));
      const body = run(cli, ['preview', 'content/group/2026-12-03-links', '--out', 'body.html'], dir);
      expect(body.stderr).toContain(
        'content/group/2026-12-03-links/index.md:8: 图片「photo.png」在文章目录里找不到',
      );
      expect(body.code).toBe(2);
      expect(existsSync(join(dir, 'body.html'))).toBe(false);
    });

    it('refuses an index.md symlinked to /dev/zero at once', () => {
      const folder = join(dir, 'content/group/2026-12-04-zero');
      mkdirSync(folder, { recursive: true });
      symlinkSync('/dev/zero', join(folder, 'index.md'));
      const r = run(cli, ['preview', 'content/group/2026-12-04-zero'], dir);
      expect(r.stderr).toContain(
        'wxgate: content/group/2026-12-04-zero is a symbolic link that leads outside the article folder, which wxgate does not follow\n',
      );
      expect(r.code).toBe(2);
    });

    it('stops at the parser limits with the line, instead of overflowing the stack', () => {
      const folder = join(dir, 'content/group/2026-12-05-deep');
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'index.md'), ARTICLE.replace('![图](photo.png)', `${'>'.repeat(3000)} 集`));
      const r = run(cli, ['preview', 'content/group/2026-12-05-deep', '--locale', 'en'], dir);
      expect(r.stderr).toMatch(
        /^wxgate: content\/group\/2026-12-05-deep\/index\.md:8: Block quotes and lists are nested too deeply \(about 3000 levels\)/,
      );
      expect(r.code).toBe(2);
    });
  });

  it('writes nothing into content/', () => {
    rmSync(join(dir, '.wxgate-cache'), { recursive: true, force: true });
    run(cli, ['preview', FLU], dir);
    expect(existsSync(join(dir, FLU, 'preview.html'))).toBe(false);
    expect(
      existsSync(join(dir, '.wxgate-cache/preview/lanchuan-pharma/2026-11-16-winter-flu-prevention.html')),
    ).toBe(true);
  });
});
