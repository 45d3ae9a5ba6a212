import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleFile } from '../../src/platform/files.js';

/** An article folder with a secret beside it, outside the folder. */
function folder(): { dir: string; secret: string } {
  const root = mkdtempSync(join(tmpdir(), 'wxgate-read-'));
  const secret = join(root, 'secret.txt');
  writeFileSync(secret, 'root:$6$hash');
  const dir = join(root, 'content', 'group', '2026-11-25-x');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.md'), '# 标题\n');
  return { dir, secret };
}

const text = (r: ReturnType<typeof readArticleFile>) => (r.ok ? Buffer.from(r.bytes).toString() : r);

describe('readArticleFile', () => {
  it('reads a regular file of the folder, and a symlink that stays inside it', () => {
    const { dir } = folder();
    symlinkSync('index.md', join(dir, 'copy.md'));
    expect(text(readArticleFile(dir, 'index.md', 1024))).toBe('# 标题\n');
    expect(text(readArticleFile(dir, 'copy.md', 1024))).toBe('# 标题\n');
  });

  it('refuses a symlink that leads outside the folder (cover.png → a secret)', () => {
    const { dir, secret } = folder();
    symlinkSync(secret, join(dir, 'cover.png'));
    expect(readArticleFile(dir, 'cover.png', 1024)).toEqual({ ok: false, reason: 'outside' });
  });

  it('refuses a file reached through a symlinked directory that leaves the folder', () => {
    const { dir, secret } = folder();
    symlinkSync(join(secret, '..'), join(dir, 'images'));
    expect(readArticleFile(dir, 'images/secret.txt', 1024)).toEqual({ ok: false, reason: 'outside' });
  });

  it('refuses paths that climb out of the folder or are absolute', () => {
    const { dir, secret } = folder();
    expect(readArticleFile(dir, '../../../secret.txt', 1024)).toEqual({ ok: false, reason: 'outside' });
    expect(readArticleFile(dir, secret, 1024)).toEqual({ ok: false, reason: 'outside' });
  });

  it('refuses index.md symlinked to /dev/zero at once instead of reading forever', () => {
    const { dir } = folder();
    const other = mkdtempSync(join(tmpdir(), 'wxgate-read-'));
    symlinkSync('/dev/zero', join(other, 'index.md'));
    expect(readArticleFile(other, 'index.md', 1024)).toEqual({ ok: false, reason: 'outside' });
    expect(readArticleFile(dir, 'index.md', 1024).ok).toBe(true);
  });

  it('refuses a FIFO and a directory without blocking', () => {
    const { dir } = folder();
    expect(spawnSync('mkfifo', [join(dir, 'pipe.md')]).status).toBe(0);
    mkdirSync(join(dir, 'sub.md'));
    expect(readArticleFile(dir, 'pipe.md', 1024)).toEqual({ ok: false, reason: 'not-regular', kind: 'FIFO' });
    expect(readArticleFile(dir, 'sub.md', 1024)).toEqual({
      ok: false,
      reason: 'not-regular',
      kind: 'directory',
    });
  });

  it('reads at most the cap: a larger file is refused with its size', () => {
    const { dir } = folder();
    writeFileSync(join(dir, 'big.png'), Buffer.alloc(2049, 1));
    writeFileSync(join(dir, 'exact.png'), Buffer.alloc(2048, 1));
    expect(readArticleFile(dir, 'big.png', 2048)).toEqual({
      ok: false,
      reason: 'too-large',
      size: 2049,
      limit: 2048,
    });
    const exact = readArticleFile(dir, 'exact.png', 2048);
    expect(exact.ok && exact.bytes.length).toBe(2048);
  });

  it('says why a missing file cannot be read', () => {
    const { dir } = folder();
    expect(readArticleFile(dir, 'nope.png', 1024)).toEqual({ ok: false, reason: 'missing', code: 'ENOENT' });
  });
});
