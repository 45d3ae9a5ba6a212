/**
 * `wxgate new <account> <slug>`: an article folder with valid front matter and a real placeholder cover, which
 * `wxgate check` accepts unchanged; Chinese questions when a person is at the terminal; clear refusals.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleText, defaultPublishDate, isDate } from '../../src/install/scaffold.js';
import { filesIn, fillPlaceholders, initRepo, wx } from './helpers.js';

let dir: string;
beforeAll(async () => {
  dir = (await initRepo(['--org', 'acme', '--account', 'group', '--account', 'pharma'])).dir;
  fillPlaceholders(dir);
});

/** Width, height and pixel rows of an RGB PNG, read back through its chunks (so a broken file fails here). */
function readPng(bytes: Buffer): { width: number; height: number; rows: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let at = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (at < bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
    }
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  return { width, height, rows: raw.length / (1 + width * 3) };
}

describe('wxgate new', () => {
  it('creates content/<account>/<date>-<slug>/ that wxgate check accepts unchanged', async () => {
    const ran = await wx(
      [
        'new',
        'group',
        'spring-festival',
        '--date',
        '2027-02-01',
        '--title',
        '春节祝福：新春快乐',
        '--author',
        '市场部',
      ],
      dir,
    );
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    const folder = 'content/group/2027-02-01-spring-festival';
    expect(filesIn(join(dir, folder))).toEqual(['cover.png', 'index.md']);
    const text = readFileSync(join(dir, folder, 'index.md'), 'utf8');
    expect(text).toContain('title: 春节祝福：新春快乐\n'); // a full-width colon is text to YAML
    expect(text).toContain('publish_at: 2027-02-01T10:00:00\n');
    expect(readPng(readFileSync(join(dir, folder, 'cover.png')))).toEqual({
      width: 900,
      height: 383,
      rows: 383,
    });
    expect(ran.stdout).toContain(`wxgate check ${folder}`);

    const checked = await wx(['check', folder, '--jobs', '1'], dir);
    expect(checked.stdout).toContain('1 个文件全部通过');
    expect(checked.code).toBe(0);
  });

  it('asks in Chinese at a terminal, and asks again when an answer is too long', async () => {
    const questions: string[] = [];
    const replies = [
      '这是一个远远超过三十二个字的标题，因为作者想把全部内容都写进标题里面去，结果太长了',
      '秋季招聘',
      '',
      // A department the policy's approval rule lists: any other could be approved by nobody (format/front-matter).
      '市场部',
    ];
    const ran = await wx(['new', 'pharma', 'autumn-hiring', '--date', '2027-09-01'], dir, async (q) => {
      questions.push(q);
      return replies.shift()!;
    });
    expect(ran.code).toBe(0);
    expect(questions).toEqual([
      '标题（不超过 32 个字）：',
      '标题（不超过 32 个字）：',
      '作者（不超过 16 个字）：',
      '提交部门（可留空）：',
    ]);
    expect(ran.stderr).toMatch(/^太长：\d+ 个字，最多 32 个。\n$/);
    const text = readFileSync(join(dir, 'content/pharma/2027-09-01-autumn-hiring/index.md'), 'utf8');
    // An empty answer keeps the default; the department names whose head must approve.
    expect(text).toContain('title: 秋季招聘\nauthor: 待定作者\n');
    expect(text).toContain('department: 市场部\n');
    const checked = await wx(['check', 'content/pharma', '--jobs', '1'], dir);
    expect(checked.code).toBe(0);
  });

  it('refuses an unknown account, suggesting the closest one', async () => {
    const ran = await wx(['new', 'grop', 'x', '--date', '2027-01-01'], dir);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain(
      'account "grop" is not in policies/accounts.yml; did you mean group? (accounts: group, pharma)',
    );
    expect(existsSync(join(dir, 'content/grop'))).toBe(false);
  });

  it('refuses an existing folder and leaves it as it was', async () => {
    const args = ['new', 'group', 'kept', '--date', '2027-03-01', '--title', '第一篇', '--author', '甲'];
    expect((await wx(args, dir)).code).toBe(0);
    const index = join(dir, 'content/group/2027-03-01-kept/index.md');
    writeFileSync(index, 'edited by the author\n');
    const again = await wx(args, dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('content/group/2027-03-01-kept already exists');
    expect(readFileSync(index, 'utf8')).toBe('edited by the author\n');
  });

  it.each([
    [['new', 'group', 'Spring_Festival']],
    [['new', 'group', 'x', '--date', '2027-02-30']],
    [['new', 'group', 'x', '--date', '2027-02-01', '--title', '一行\n两行']],
    [['new', 'group']],
  ])('rejects %j as a usage error', async (args) => {
    const ran = await wx(args, dir);
    expect(ran.code).toBe(2);
  });
});

describe('scaffold', () => {
  const zone = 'Asia/Shanghai';
  it('dates a new article the day after the earliest publish time the lead time allows', () => {
    // Friday 2026-09-25 10:00 in Beijing: 72 hours later is Monday the 28th; the day after is the 29th.
    const friday = Date.parse('2026-09-25T02:00:00Z');
    expect(defaultPublishDate(friday, zone, { kind: 'hours', hours: 72 })).toBe('2026-09-29');
    // Three working days from before the National Day holiday (1–8 October 2026) end after it.
    const tuesday = Date.parse('2026-09-29T02:00:00Z');
    const date = defaultPublishDate(tuesday, zone, { kind: 'working-days', days: 3 });
    expect(date > '2026-10-08').toBe(true);
  });

  it('quotes what YAML would read otherwise, and writes plain Chinese as it is', () => {
    const text = articleText({ title: 'yes', author: '张三', department: '#1 部' }, '2027-01-01');
    expect(text).toContain('title: "yes"\nauthor: 张三\n');
    expect(text).toContain('department: "#1 部"\n');
  });

  it('accepts only real dates', () => {
    expect(['2027-02-28', '2028-02-29'].map(isDate)).toEqual([true, true]);
    expect(['2027-02-29', '2027-13-01', '27-01-01'].map(isDate)).toEqual([false, false, false]);
  });
});
