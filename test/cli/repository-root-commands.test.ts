import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COVER_PNG, FRONT_MATTER } from '../helpers.js';
import { ACCOUNTS_YML, contentRepository, environment, SAMPLES, START } from '../publish/content.js';
import { runMain } from './run-main.js';

/** Every command that reads policies/ or content/ works on the repository above the folder it is run in. */

const ACCOUNTS =
  'accounts:\n  group:\n    name: 澜川集团\n    type: service\n    verified: true\n    owner_team: acme/market\n    publish_method: freepublish\n    app_id: wx-demo-group\n    secret_env: WECHAT_SECRET_GROUP\n';

/** A repository with policies/ and one article, not under git. */
function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wxgate-root-'));
  mkdirSync(join(dir, 'policies'));
  writeFileSync(join(dir, 'policies/accounts.yml'), ACCOUNTS);
  const folder = join(dir, 'content/group/2026-11-25-good');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'index.md'), `${FRONT_MATTER}\n正文。\n`);
  writeFileSync(join(folder, 'cover.png'), COVER_PNG);
  return dir;
}

describe('run from a subfolder, every command works on the repository above', () => {
  it('preview: the account of content/<account>/ and paths from where the user stands', async () => {
    const dir = repository();
    const out = join(dir, 'page.html');
    const r = await runMain(['preview', '2026-11-25-good', '--out', out, '--locale', 'en'], {
      cwd: join(dir, 'content/group'),
    });
    expect(r).toEqual({ code: 0, out: 'Preview written to ../../page.html\n', err: '' });
    // The account's name comes from policies/accounts.yml through the article's path in the repository.
    expect(readFileSync(out, 'utf8')).toContain('澜川集团');
    const byDefault = await runMain(['preview', '.'], { cwd: join(dir, 'content/group/2026-11-25-good') });
    expect(byDefault.out).toBe('预览已写入 ../../../.wxgate-cache/preview/group/2026-11-25-good.html\n');
    expect(existsSync(join(dir, '.wxgate-cache/preview/group/2026-11-25-good.html'))).toBe(true);
  });

  it('doctor: the repository, not the folder', async () => {
    const dir = repository();
    const fromRoot = await runMain(['doctor', '--format', 'json'], { cwd: dir });
    const fromFolder = await runMain(['doctor', '--format', 'json'], { cwd: join(dir, 'content/group') });
    expect(fromFolder).toEqual(fromRoot);
  });

  it('new: the article folder under the repository content/, shown from where the user stands', async () => {
    const dir = repository();
    const r = await runMain(
      ['new', 'group', 'spring', '--date', '2026-12-20', '--title', '春节', '--author', '澜川'],
      { cwd: join(dir, 'content') },
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain('已创建 group/2026-12-20-spring/index.md');
    expect(r.out).toContain('wxgate check group/2026-12-20-spring');
    expect(existsSync(join(dir, 'content/group/2026-12-20-spring/index.md'))).toBe(true);
  });

  it('publish --dry-run and withdraw: the clone, its policies and an article named from where the user stands', async () => {
    const { checkout, root } = contentRepository([{ from: SAMPLES.q3 }], ACCOUNTS_YML);
    const env = environment(root);
    const options = ['--now', START, '--remote', 'none'];
    const dry = async (cwd: string) => {
      const r = await runMain(['publish', '--dry-run', ...options], { cwd, env });
      return { ...r, out: r.out.replace(/本次运行 \S+ 写入/, '本次运行 … 写入') };
    };
    const fromRoot = await dry(checkout);
    expect(fromRoot.out).toContain('group/2026-11-12-q3-operating-update');
    expect(await dry(join(checkout, 'content/group'))).toEqual(fromRoot);

    const withdrawn = await runMain(
      ['withdraw', '2026-11-12-q3-operating-update', '--reason', '撤回演练', '--by', 'ivy', ...options],
      { cwd: join(checkout, 'content/group'), env },
    );
    expect(withdrawn.code).toBe(0);
    expect(withdrawn.out).toMatch(/^✓ group\/2026-11-12-q3-operating-update {2}已撤回/);
  });
});
