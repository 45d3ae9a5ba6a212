import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../src/app/check.js';
import { didYouMean } from '../../../src/text/did-you-mean.js';
import { COVER_PNG, said } from '../../helpers.js';
import { ROOT } from '../../support/bundle.js';

/** Checks one article written at `path` (under a copy of the shipped policies), as `wxgate check content` does. */
async function check(path: string, extraFrontMatter = '', locale: 'en' | 'zh-CN' = 'en') {
  const dir = mkdtempSync(join(tmpdir(), 'wxgate-names-'));
  cpSync(join(ROOT, 'policies'), join(dir, 'policies'), { recursive: true });
  mkdirSync(join(dir, path, '..'), { recursive: true });
  const date = /\d{4}-\d{2}-\d{2}/.exec(path)![0];
  const front = `---\ntitle: 通知\nauthor: 集团市场部\npublish_at: ${date}T09:00:00+08:00\ncover: cover.png\n${extraFrontMatter}---\n`;
  writeFileSync(join(dir, path), `${front}\n正文。\n`);
  writeFileSync(join(dir, path, '..', 'cover.png'), COVER_PNG);
  const outcome = await runCheck({
    paths: ['content'],
    cwd: dir,
    policiesDir: join(dir, 'policies'),
    jobs: 1,
  });
  return outcome.files[0]!.messages.map((m) => `${m.line} ${m.ruleId} ${said(m, locale)}`);
}

describe('didYouMean', () => {
  it('suggests the closest known name for a typo, and nothing for a stranger', () => {
    expect(didYouMean('gruop', ['group', 'lanchuan-pharma'])).toBe('group');
    expect(didYouMean('--fromat', ['--format', '--locale'])).toBe('--format');
    expect(didYouMean('chek', ['check', 'rules', 'explain'])).toBe('check');
    expect(didYouMean('Group', ['group'])).toBe('group');
    expect(didYouMean('marketing', ['group', 'lanchuan-pharma'])).toBeUndefined();
  });
});

// Before, these articles passed `wxgate check`: an account folder nobody registered failed only in the publisher
// ("content/gruop/ has no account in policies/accounts.yml; not published", src/publish/publisher.ts), and a
// department without a head failed only as an unmeetable approval (test/scenarios/department-not-in-policy.yml).
describe('names the policies declare, checked at check time', () => {
  it('an account folder with no account is an error naming the accounts, with a did-you-mean', async () => {
    expect(await check('content/gruop/2026-11-25-notice/index.md')).toEqual([
      '1 format/article-path The folder content/gruop/ belongs to no account: policies/accounts.yml has group, lanchuan-pharma. Did you mean content/group/? (Source: wxgate 文章目录约定（一篇文章一个目录）)',
    ]);
    expect(await check('content/marketing/2026-11-25-notice/index.md', '', 'zh-CN')).toEqual([
      '1 format/article-path 文章目录 content/marketing/ 没有对应的公众号：policies/accounts.yml 只有 group, lanchuan-pharma。请移到正确的账号目录，或先在 accounts.yml 中登记账号。（依据：wxgate 文章目录约定（一篇文章一个目录））',
    ]);
    expect(await check('content/group/2026-11-25-notice/index.md')).toEqual([]);
  });

  it('a department the approval rules do not list is an error on its line, listing the valid ones', async () => {
    expect(await check('content/group/2026-11-25-notice/index.md', 'department: 法务部\n')).toEqual([
      expect.stringContaining(
        '6 format/front-matter department: "法务部" is not in the policy\'s approval list (policies/wxgate.yml approvals.rules), so nobody can approve this article. Valid values: 市场部, 人力资源部, 财务部, 信息技术部, 战略发展部.',
      ),
    ]);
    expect(await check('content/group/2026-11-25-notice/index.md', 'department: 市场部\n')).toEqual([]);
  });
});
