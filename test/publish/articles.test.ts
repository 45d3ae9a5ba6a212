import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetOf, discoverArticles, readArticle } from '../../src/publish/articles.js';
import { FRONT_MATTER } from '../helpers.js';

/** A repository with one article folder; returns the repository and the folder. */
function repo(index: string): { cwd: string; folder: string } {
  const cwd = mkdtempSync(join(tmpdir(), 'wxgate-articles-'));
  const folder = join(cwd, 'content/group/2026-11-25-x');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'index.md'), index);
  return { cwd, folder };
}

describe('the publisher reads articles through the guarded path', () => {
  it('an article past a parser limit is a problem of that article, not a crash of the run', () => {
    const { cwd } = repo(`${FRONT_MATTER}\n${'>'.repeat(3000)} 集\n`);
    const source = readArticle(cwd, 'group', '2026-11-25-x', 'Asia/Shanghai');
    expect(source.article).toBeUndefined();
    expect(source.problems[0]).toMatch(/^Block quotes and lists are nested too deeply \(about 3000 levels\)/);
  });

  it('never reads an image or an index.md that is a symlink out of the folder', () => {
    const { cwd, folder } = repo(`${FRONT_MATTER}\n正文。\n`);
    writeFileSync(join(cwd, 'secret'), 'SECRET');
    symlinkSync(join(cwd, 'secret'), join(folder, 'cover.png'));
    const source = readArticle(cwd, 'group', '2026-11-25-x', 'Asia/Shanghai');
    expect(() => assetOf(source, 'cover.png')).toThrow(
      'cover.png is a symbolic link that leads outside the article folder, which wxgate does not follow',
    );
    const other = join(cwd, 'content/group/2026-11-26-zero');
    mkdirSync(other);
    symlinkSync('/dev/zero', join(other, 'index.md'));
    const zero = discoverArticles(cwd, 'Asia/Shanghai').find((a) => a.key === 'group/2026-11-26-zero')!;
    expect(zero.article).toBeUndefined();
    expect(zero.problems).toEqual([
      'index.md is a symbolic link that leads outside the article folder, which wxgate does not follow',
    ]);
  });
});
