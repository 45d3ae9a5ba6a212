import { describe, expect, it } from 'vitest';
import { ACCOUNTS_YML, contentRepository, environment, SAMPLES, START } from '../publish/content.js';
import { runMain } from './run-main.js';

/** wxgate publish and withdraw speak Chinese by default, English with --locale en or WXGATE_LOCALE=en. */

const KEY = 'group/2026-11-12-q3-operating-update';

function world() {
  const { checkout, root } = contentRepository([{ from: SAMPLES.q3 }], ACCOUNTS_YML);
  return { checkout, env: environment(root) };
}

const withoutRun = (text: string) => text.replace(/(by run|本次运行) [^\s)）]+/, '$1 …');

describe('the language of publish and withdraw', () => {
  it('the dry run: header, article lines and summary in Chinese, or in English', async () => {
    const { checkout, env } = world();
    const args = ['publish', '--dry-run', '--now', START, '--remote', 'none'];
    const zh = await runMain(args, { cwd: checkout, env });
    expect(zh.code).toBe(0);
    expect(withoutRun(zh.out)).toBe(
      `演练：不调用微信，不写入任何内容。\n· ${KEY}  -  将发表：发布时间 2026-11-12 10:00（北京时间）已到\n\n` +
        '共 1 篇文章，0 篇失败。账本：wxgate-ledger (local)（本次运行 … 写入 0 次）\n',
    );
    const expected =
      `Dry run — nothing is sent or written.\n· ${KEY}  -  would publish: due since 2026-11-12T10:00:00+08:00\n\n` +
      '1 article(s), 0 failed. Ledger: wxgate-ledger (local) (0 write(s) by run …)\n';
    expect(withoutRun((await runMain([...args, '--locale', 'en'], { cwd: checkout, env })).out)).toBe(
      expected,
    );
    const fromEnv = await runMain(args, { cwd: checkout, env: { ...env, WXGATE_LOCALE: 'en' } });
    expect(withoutRun(fromEnv.out)).toBe(expected);
  });

  it('a configuration error (a missing secret) in Chinese, or in English', async () => {
    const { checkout, env } = world();
    delete env.WECHAT_SECRET_GROUP;
    const args = ['publish', '--now', START, '--remote', 'none'];
    const zh = await runMain(args, { cwd: checkout, env });
    expect(zh).toMatchObject({ code: 2, out: '' });
    expect(zh.err).toMatch(
      /^wxgate：配置错误：.*accounts\.yml:\d+：字段 "accounts\.group\.secret_env"：环境变量 WECHAT_SECRET_GROUP（账号 group）未设置：.*本次没有发表任何文章\n$/,
    );
    const en = await runMain([...args, '--locale', 'en'], { cwd: checkout, env });
    expect(en.code).toBe(2);
    expect(en.err).toMatch(
      /^wxgate: configuration error: .*accounts\.yml:\d+: field "accounts\.group\.secret_env": environment variable WECHAT_SECRET_GROUP \(account group\) not set: .*nothing was published\n$/,
    );
  });

  it('withdraw: the article line and the ledger in the chosen language', async () => {
    const { checkout, env } = world();
    const args = ['withdraw', KEY, '--reason', '演练', '--by', 'ivy', '--now', START, '--remote', 'none'];
    const zh = await runMain(args, { cwd: checkout, env });
    expect(zh).toMatchObject({ code: 0, err: '' });
    expect(zh.out).toMatch(
      new RegExp(`^✓ ${KEY} {2}已撤回 {2}已撤回（.+）\\n账本：wxgate-ledger \\(local\\)\\n$`),
    );
    // Withdrawing again does nothing, and the planner says why in the reader's language.
    expect((await runMain(args, { cwd: checkout, env })).out).toMatch(
      new RegExp(`^✓ ${KEY} {2}已撤回 {2}已撤回，无需再撤回\\n账本：wxgate-ledger \\(local\\)\\n$`),
    );
    const again = await runMain([...args, '--locale', 'en'], { cwd: checkout, env });
    expect(again.out).toMatch(
      new RegExp(`^✓ ${KEY} {2}withdrawn {2}already withdrawn\\nLedger: wxgate-ledger \\(local\\)\\n$`),
    );
  });

  it('withdraw of an article that is nowhere: a configuration error in Chinese, or in English', async () => {
    const { checkout, env } = world();
    const args = [
      'withdraw',
      'group/2026-01-01-none',
      '--reason',
      '演练',
      '--now',
      START,
      '--remote',
      'none',
    ];
    expect(await runMain(args, { cwd: checkout, env })).toEqual({
      code: 2,
      out: '',
      err: 'wxgate：配置错误：没有文章 content/group/2026-01-01-none/index.md，也没有它的发布记录\n',
    });
    expect((await runMain([...args, '--locale', 'en'], { cwd: checkout, env })).err).toBe(
      'wxgate: configuration error: no article content/group/2026-01-01-none/index.md and no publish record for it\n',
    );
  });

  it('--help names --locale', async () => {
    for (const command of ['publish', 'withdraw']) {
      expect((await runMain([command, '--help'])).out).toContain('--locale <zh-CN|en>');
    }
  });
});
