import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { FRONT_MATTER } from '../helpers.js';

const root = resolve(import.meta.dirname, '../..');
const ARTICLE = 'content/group/2026-11-25-sample/index.md';
const DIRTY = `${FRONT_MATTER}\n我们用VPN访问,共有3个服务器。。\n\n\`\`\`\n中文,代码3个\n\`\`\`\n`;
const CLEAN = `${FRONT_MATTER}\n我们用 VPN 访问，共有 3 个服务器。\n\n\`\`\`\n中文,代码3个\n\`\`\`\n`;

/** A repository with the shipped policies and the given articles. */
function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'wxgate-fix-'));
  cpSync(join(root, 'policies'), join(dir, 'policies'), { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  if (ARTICLE in files) writeFileSync(join(dir, ARTICLE, '..', 'cover.png'), '');
  return dir;
}

async function wxgate(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    out: (s) => {
      stdout += s;
    },
    err: (s) => {
      stderr += s;
    },
    cwd,
    isTty: false,
    env: {},
  });
  return { code, stdout, stderr };
}

describe('wxgate check --fix', () => {
  it('writes the fixes, says how many, and reports only what is left', async () => {
    const dir = workspace({ [ARTICLE]: DIRTY });
    const run = await wxgate(['check', '--fix', '--format', 'json'], dir);
    expect(readFileSync(join(dir, ARTICLE), 'utf8')).toBe(CLEAN);
    expect(run.stderr).toBe('wxgate：已自动修正 1 个文件中的 4 处排版问题。\n');
    const typo = JSON.parse(run.stdout).files[0].messages.filter((m: { ruleId: string }) =>
      m.ruleId.startsWith('typo/'),
    );
    expect(typo).toEqual([]);
    expect(run.code).toBe(0);
    const again = await wxgate(['check', '--fix', '--locale', 'en'], dir);
    expect(again.stderr).toBe('wxgate: nothing to fix.\n');
    expect(readFileSync(join(dir, ARTICLE), 'utf8')).toBe(CLEAN);
  });

  it('--fix-dry-run prints a unified diff, changes nothing and exits 1 while there is something to fix', async () => {
    const dir = workspace({ [ARTICLE]: DIRTY });
    const run = await wxgate(['check', '--fix-dry-run', '--locale', 'en'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        `--- a/${ARTICLE}`,
        `+++ b/${ARTICLE}`,
        '@@ -5,7 +5,7 @@',
        ' cover: cover.png',
        ' ---',
        ' ',
        '-我们用VPN访问,共有3个服务器。。',
        '+我们用 VPN 访问，共有 3 个服务器。',
        ' ',
        ' ```',
        ' 中文,代码3个',
        '',
      ].join('\n'),
    );
    expect(run.stderr).toBe('wxgate: --fix would fix 4 typography problems in 1 file.\n');
    expect(readFileSync(join(dir, ARTICLE), 'utf8')).toBe(DIRTY);
  });

  it('leaves the sample articles byte for byte: their typography is already right', async () => {
    const dir = workspace({});
    cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
    const files = readdirSync(join(dir, 'content'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.md'),
    );
    expect(files.length).toBeGreaterThanOrEqual(6);
    const run = await wxgate(['check', '--fix', 'content'], dir);
    expect(run.stderr).toBe('wxgate：没有可自动修正的问题。\n');
    for (const f of files) {
      expect(readFileSync(join(dir, 'content', f))).toEqual(readFileSync(join(root, 'content', f)));
    }
  });

  it('refuses --fix with --fix-dry-run, and names a file it cannot read instead of fixing it', async () => {
    const dir = workspace({ [ARTICLE]: DIRTY });
    expect((await wxgate(['check', '--fix', '--fix-dry-run'], dir)).code).toBe(2);
    const binary = `${DIRTY}\u0000`;
    writeFileSync(join(dir, ARTICLE), binary);
    const run = await wxgate(['check', '--fix'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('format/file');
    expect(readFileSync(join(dir, ARTICLE), 'utf8')).toBe(binary);
  });
});
