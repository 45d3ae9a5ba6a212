import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CheckRequest, runCheck } from '../../src/app/check.js';
import { ConfigurationError } from '../../src/platform/errors.js';
import { runMain } from '../cli/run-main.js';
import { COVER_PNG, FRONT_MATTER } from '../helpers.js';
import { ROOT } from '../support/bundle.js';

const ARTICLES = {
  'content/group/2026-11-25-a/index.md': `${FRONT_MATTER}\n最近，集团首先完成了第一季度的目标。\n`,
  'content/group/2026-11-25-b/index.md': `${FRONT_MATTER}\n我们的产品全网第一。\n`,
  'content/group/2026-11-25-c/index.md': `${FRONT_MATTER}\n欢迎关注我们的公众号。\n`,
};

/** A repository with three articles (each with its cover) and a copy of the shipped policies. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wxgate-cache-'));
  cpSync(join(ROOT, 'policies'), join(dir, 'policies'), { recursive: true });
  for (const [path, text] of Object.entries(ARTICLES)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
    writeFileSync(join(dir, path, '..', 'cover.png'), COVER_PNG);
  }
  return dir;
}

function request(dir: string, extra: Partial<CheckRequest> = {}): CheckRequest {
  return {
    paths: ['content'],
    cwd: dir,
    policiesDir: join(dir, 'policies'),
    jobs: 1,
    cacheFile: join(dir, '.wxgate-cache/check.json'),
    ...extra,
  };
}

const ruleIds = (files: Awaited<ReturnType<typeof runCheck>>['files'], path: string) =>
  files.find((f) => f.path === path)?.messages.map((m) => m.ruleId);

describe('wxgate check --cache', () => {
  it('serves unchanged files from the cache with the verdict a new check gives', async () => {
    const dir = workspace();
    const first = await runCheck(request(dir));
    expect(first.cached).toBe(0);
    const second = await runCheck(request(dir));
    expect(second.cached).toBe(3);
    const uncached = await runCheck(request(dir, { cacheFile: undefined }));
    expect(second.files).toEqual(uncached.files);
    expect(ruleIds(second.files, 'content/group/2026-11-25-b/index.md')).toContain('law/ad-absolute-term');
  });

  it('checks again a file whose bytes changed, and only that one', async () => {
    const dir = workspace();
    await runCheck(request(dir));
    appendFileSync(join(dir, 'content/group/2026-11-25-a/index.md'), '\n本品效果最佳。\n');
    const again = await runCheck(request(dir));
    expect(again.cached).toBe(2);
    expect(ruleIds(again.files, 'content/group/2026-11-25-a/index.md')).toContain('law/ad-absolute-term');
  });

  it('checks again a file whose neighbours changed (a cover removed)', async () => {
    const dir = workspace();
    const before = await runCheck(request(dir));
    rmSync(join(dir, 'content/group/2026-11-25-c/cover.png'));
    const after = await runCheck(request(dir));
    expect(after.cached).toBe(2);
    const c = 'content/group/2026-11-25-c/index.md';
    expect(after.files.find((f) => f.path === c)).not.toEqual(before.files.find((f) => f.path === c));
  });

  it('checks everything again after any policy edit', async () => {
    const dir = workspace();
    await runCheck(request(dir));
    writeFileSync(join(dir, 'policies/wxgate.yml'), 'rules:\n  law/ad-absolute-term: off\n');
    const edited = await runCheck(request(dir));
    expect(edited.cached).toBe(0);
    expect(ruleIds(edited.files, 'content/group/2026-11-25-b/index.md')).not.toContain(
      'law/ad-absolute-term',
    );
  });

  it('filled by an English run, answers a Chinese one in Chinese: results hold both languages', async () => {
    const dir = workspace();
    const check = (locale: string, ...more: string[]) =>
      runMain(['check', '--format', 'json', '--locale', locale, ...more], { cwd: dir });
    const english = await check('en', '--cache');
    expect(english.out).toContain('(Source: 广告法第九条第（三）项；第五十七条)');
    // The entry for b is marked: a Chinese run that prints the mark was answered from the English run's cache.
    const file = join(dir, '.wxgate-cache/check.json');
    const cached = readFileSync(file, 'utf8');
    expect(cached).toContain('广告绝对化用语');
    writeFileSync(file, cached.replace('广告绝对化用语', '（缓存）广告绝对化用语'));
    const chinese = await check('zh-CN', '--cache');
    expect(chinese.out).toContain('"message": "（缓存）广告绝对化用语');
    expect(chinese.out).toContain('（依据：广告法第九条第（三）项；第五十七条）');
    expect(chinese.out).not.toContain('(Source:');
    // Apart from the mark, what the cache answered is what a fresh Chinese check says.
    const fresh = await check('zh-CN');
    expect(chinese.out.replace('（缓存）', '')).toBe(fresh.out);
    expect(chinese.code).toBe(fresh.code);
  });

  it('still rejects a broken policy when every file is cached', async () => {
    const dir = workspace();
    await runCheck(request(dir));
    writeFileSync(join(dir, 'policies/wxgate.yml'), 'rules:\n  law/ad-absolute-term: maybe\n');
    await expect(runCheck(request(dir))).rejects.toThrow(ConfigurationError);
  });

  it('treats a corrupt cache as empty and rewrites it', async () => {
    const dir = workspace();
    mkdirSync(join(dir, '.wxgate-cache'));
    writeFileSync(join(dir, '.wxgate-cache/check.json'), '{"version": 1, "context": ');
    const first = await runCheck(request(dir));
    expect(first.cached).toBe(0);
    expect(first.cacheProblem).toBeUndefined();
    expect((await runCheck(request(dir))).cached).toBe(3);
  });

  it('says why when the cache cannot be written, with every result complete', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'not-a-directory'), '');
    const outcome = await runCheck(request(dir, { cacheFile: join(dir, 'not-a-directory/check.json') }));
    // mkdir of the cache folder fails: a file has its name.
    expect(outcome.cacheProblem).toBe(
      `${join(dir, 'not-a-directory/check.json')}: EEXIST: file already exists, mkdir '${join(dir, 'not-a-directory')}'`,
    );
    expect(outcome.files).toHaveLength(3);
  });
});
