import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRepositoryRoot } from '../../src/platform/files.js';
import { COVER_PNG, FRONT_MATTER } from '../helpers.js';
import { runMain } from './run-main.js';

/** A repository with policies/ and two articles, one of them with an error (a folder of no account). */
function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wxgate-root-'));
  mkdirSync(join(dir, 'policies'));
  for (const folder of ['content/group/2026-11-25-good', 'content/gruop/2026-11-25-typo']) {
    mkdirSync(join(dir, folder), { recursive: true });
    writeFileSync(join(dir, folder, 'index.md'), `${FRONT_MATTER}\n正文。\n`);
    writeFileSync(join(dir, folder, 'cover.png'), COVER_PNG);
  }
  writeFileSync(
    join(dir, 'policies/accounts.yml'),
    'accounts:\n  group:\n    name: 澜川集团\n    type: service\n    verified: true\n    owner_team: acme/market\n    publish_method: freepublish\n    app_id: wx-demo-group\n    secret_env: WECHAT_SECRET_GROUP\n',
  );
  return dir;
}

async function checkIn(cwd: string, args: string[] = []) {
  const { code, out, err } = await runMain(['check', '--format', 'json', '--jobs', '1', ...args], { cwd });
  const files =
    code === 2
      ? []
      : (JSON.parse(out) as { files: { path: string; messages: { ruleId: string }[] }[] }).files;
  return { code, err, files: files.map((f) => `${f.path} ${f.messages.map((m) => m.ruleId).join(',')}`) };
}

describe('wxgate check from a subfolder', () => {
  it('finds the repository root above, like git', () => {
    const dir = repository();
    expect(findRepositoryRoot(join(dir, 'content/group/2026-11-25-good'))).toBe(dir);
    expect(findRepositoryRoot(dir)).toBe(dir);
  });

  it('checks with the repository policies and shows paths from where the user stands', async () => {
    const dir = repository();
    // Before, from content/ the policies were looked for in content/policies (exit 2), and from an account
    // folder the article paths lost their content/<account>/ part, so the account went unchecked.
    expect(await checkIn(join(dir, 'content'))).toEqual({
      code: 1,
      err: '',
      files: ['group/2026-11-25-good/index.md ', 'gruop/2026-11-25-typo/index.md format/article-path'],
    });
    expect(await checkIn(join(dir, 'content/gruop'))).toEqual({
      code: 1,
      err: '',
      files: ['2026-11-25-typo/index.md format/article-path'],
    });
    expect(await checkIn(join(dir, 'content/gruop'), ['../group'])).toEqual({
      code: 0,
      err: '',
      files: ['../group/2026-11-25-good/index.md '],
    });
    expect((await checkIn(join(dir, 'content'), ['nope'])).err).toMatch(
      /^wxgate: no such file or directory: nope\n/,
    );
  });

  it('from the root, checks content/ as before', async () => {
    const dir = repository();
    expect((await checkIn(dir)).files).toEqual([
      'content/group/2026-11-25-good/index.md ',
      'content/gruop/2026-11-25-typo/index.md format/article-path',
    ]);
  });
});
