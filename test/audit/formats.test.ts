import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AuditRequest, exitCode, runAudit } from '../../src/app/audit.js';
import { formatCsv } from '../../src/audit/format/csv.js';
import { formatHtml } from '../../src/audit/format/html.js';
import { issueBody } from '../../src/audit/format/issue.js';
import { formatJson } from '../../src/audit/format/json.js';
import { formatMarkdown } from '../../src/audit/format/markdown.js';
import { formatText } from '../../src/audit/format/text.js';
import type { AuditReport } from '../../src/audit/report.js';
import { articleFiles, Company, hashOf, makeRecord } from './company.js';
import { GitRepo } from './repos.js';
import { auditRequest } from './run.js';
import { BEFORE } from './scenarios.js';

/**
 * Every author-controlled string — a title, a folder name, a git author, a withdrawal reason, a URL — escaped for
 * where it lands: the terminal, Markdown, the HTML page, a spreadsheet, and the shell an auditor pastes the
 * evidence commands into. And the JSON contract's shape.
 */
const HOSTILE_TITLE = '<script>alert(1)</script> @everyone #1 \u001b[31mRED\u001b[0m \u202Egnp.exe';
const KEY = "group/2026-11-20-x $(touch pwned) 'q'";
// git refuses < and > in a name; everything else an author may choose.
const AUTHOR = { name: '=HYPERLINK("http://evil","x") @admin \u202Eexe', email: 'evil@example.com' };

let repo: GitRepo;
let report: AuditReport;

beforeAll(async () => {
  repo = new GitRepo();
  const c = new Company(repo);
  await c.init(BEFORE);
  const spec = { key: KEY, title: HOSTILE_TITLE, publishAt: '2026-11-20T10:00:00+08:00' };
  const files = articleFiles(spec);
  const merged = await c.pr(10, {
    files,
    title: 'x',
    at: '2026-11-10T10:00:00+08:00',
    mergedAt: '2026-11-11T10:00:00+08:00',
  });
  const record = makeRecord({
    article: spec,
    merged,
    hash: hashOf(files),
    state: 'withdrawn',
    submittedAt: '2026-11-10T10:00:00+08:00',
    publishedAt: '2026-11-20T10:00:05+08:00',
    publishId: 'p1',
    approvals: 'unknown',
    withdrawal: { by: '@admin', reason: '`rm -rf` <b>| =1+1', at: '2026-11-21T10:00:00+08:00' },
  });
  record.wechat.url = 'javascript:alert(1)';
  await c.publish(record, '2026-11-20T10:00:05+08:00');
  await c.push(
    { [`content/${KEY}/note.md`]: 'x' },
    `Direct ${HOSTILE_TITLE}`,
    '2026-11-25T10:00:00+08:00',
    AUTHOR,
  );
  await repo.close();
  report = (await run()).report;
}, 60_000);

function run(o: Partial<AuditRequest> = {}) {
  return runAudit(auditRequest(repo.dir, { locale: 'zh-CN', ...o }));
}

describe('escaping', () => {
  it('the terminal gets no escape sequence and no bidirectional override', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const text = formatText(report, locale);
      expect(text).toContain('␛[31mRED␛[0m');
      expect(text).not.toMatch(/[\u001b\u202E]/);
      expect(text).toContain(HOSTILE_TITLE.slice(0, 8));
    }
  });

  it('Markdown renders no HTML, mentions nobody and links nothing', () => {
    for (const md of [formatMarkdown(report, 'zh-CN'), issueBody(report, null)]) {
      expect(md).not.toMatch(/(^|[^\\])<(script|b>)/m);
      expect(md).not.toMatch(/@everyone|@admin/);
      expect(md).not.toMatch(/(^|[^\\])#1\b/m);
      expect(md).not.toMatch(/[\u001b\u202E]/);
    }
    expect(formatMarkdown(report, 'zh-CN')).toContain('\\<script\\>');
  });

  it('the page escapes every string and links only http(s)', () => {
    const html = formatHtml(report);
    expect(html.match(/<script/gi)).toBeNull();
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('javascript:');
    for (const href of html.match(/href="[^"]*"/g) ?? []) expect(href).toMatch(/^href="https?:\/\//);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
  });

  it('a spreadsheet runs no formula and keeps every cell whole', () => {
    const csv = formatCsv(report, 'en');
    expect(csv.startsWith('\uFEFFrow,account,path,title,')).toBe(true);
    expect(csv).toContain('"\'@admin 2026-11-21T10:00:00+08:00: `rm -rf` <b>| =1+1"');
    expect(csv).toContain('by =HYPERLINK(""http://evil"",""x"") @admin \uFFFDexe <evil@example.com>');
    expect(csv).not.toMatch(/,=/);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines.map((l) => l.split(',')[0]!.replace('\uFEFF', ''))).toEqual([
      'row',
      'article',
      'anomaly',
      'anomaly',
    ]);
  });

  it('the evidence commands quote every path: pasted into a shell they show the record and run nothing', () => {
    const command = report.anomalies.find((a) => a.kind === 'approvals-unknown')?.commands[0] ?? '';
    expect(command).toBe(`git show 'wxgate-ledger:records/${KEY.replace(/'/g, `'\\''`)}.yml'`);
    const shown = execFileSync('sh', ['-c', command], { cwd: repo.dir, encoding: 'utf8' });
    expect(shown).toContain('state: withdrawn');
    expect(existsSync(join(repo.dir, 'pwned'))).toBe(false);
  });
});

describe('the JSON contract', () => {
  it('has the documented keys, and each anomaly its evidence', async () => {
    const json = JSON.parse(formatJson(report, 'en'));
    expect(Object.keys(json)).toEqual([
      'period',
      'repository',
      'generated_at',
      'account',
      'policy',
      'summary',
      'articles',
      'anomalies',
      'checkpoints',
      'verified_since',
      'figures',
    ]);
    expect(json.period).toEqual({
      label: '2026Q4',
      from: '2026-10-01T00:00:00+08:00',
      until: '2027-01-01T00:00:00+08:00',
      first_day: '2026-10-01',
      last_day: '2026-12-31',
      time_zone: 'Asia/Shanghai',
    });
    expect(json.repository).toMatchObject({
      content: { ref: 'refs/heads/main' },
      ledger: { ref: 'refs/heads/wxgate-ledger' },
      policies: 'policies',
    });
    expect(json.anomalies.map((a: Record<string, unknown>) => Object.keys(a))).toEqual(
      json.anomalies.map(() => [
        'kind',
        'severity',
        'article',
        'commits',
        'detail',
        'item',
        'account',
        'record',
        'commands',
        'data',
      ]),
    );
    const push = json.anomalies.find((a: { kind: string }) => a.kind === 'direct-push');
    expect(push).toMatchObject({ severity: 'error', item: 4, article: `content/${KEY}/index.md` });
    expect(push.detail).toMatch(/^commit "Direct /);
    expect(JSON.parse(formatJson(report, 'zh-CN')).anomalies[0].detail).toMatch(/的提交「Direct /);
    expect(json.articles[0]).toMatchObject({
      status: 'withdrawn',
      withdrawal: { by: '@admin' },
      content_verified: true,
    });
  });

  it('the exit code follows --fail-on', () => {
    expect(report.anomalies.map((a) => a.severity)).toEqual(['error', 'warning']);
    expect([
      exitCode(report, 'error'),
      exitCode(report, 'warning'),
      exitCode(report, 'info'),
      exitCode(report, 'never'),
    ]).toEqual([1, 1, 1, 0]);
    const warningsOnly = { ...report, anomalies: report.anomalies.filter((a) => a.severity === 'warning') };
    expect([exitCode(warningsOnly, 'error'), exitCode(warningsOnly, 'warning')]).toEqual([0, 1]);
  });
});
