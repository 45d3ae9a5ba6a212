import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/audit/format/html.js';
import type { AuditReport } from '../../src/audit/report.js';
import { MemoryRepo } from './repos.js';
import { auditInMemory } from './run.js';
import { dirtyHistory } from './scenarios.js';

/**
 * The audit page in a real headless Chromium (Debian's, which .ci/run installs; missing locally → skipped with
 * the reason, missing in CI → failed): the four charts are drawn with their data, the article table and the
 * anomalies are there, nothing is fetched, and a screenshot is kept for CI to upload — in $WXGATE_SCREENSHOTS, or
 * bench-results/screenshots/.
 */
const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const inCi = Boolean(process.env.CI) || Boolean(process.env.WXGATE_REQUIRE_CHROMIUM);
const SHOTS =
  process.env.WXGATE_SCREENSHOTS || resolve(import.meta.dirname, '../../bench-results/screenshots');
if (!available && !inCi) {
  console.warn(
    `audit page browser test skipped: ${CHROMIUM} is missing (apt-get install chromium). In CI it fails instead.`,
  );
}

it('Chromium is installed wherever the audit page test is required (CI)', () => {
  if (inCi && !available)
    throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium before the tests`);
});

describe.runIf(available)('the audit page in headless Chromium', () => {
  let browser: Browser | undefined;
  let report: AuditReport;
  let file: string;

  beforeAll(async () => {
    const repo = new MemoryRepo();
    await dirtyHistory(repo);
    report = await auditInMemory(repo);
    file = join(mkdtempSync(join(tmpdir(), 'wxgate-audit-page-')), 'audit.html');
    writeFileSync(file, formatHtml(report));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('draws the charts with their data, shows the table and the anomalies, fetches nothing', async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    // Browser-side code as text: the project's TypeScript has no DOM types.
    const state = (await page.evaluate(`(() => {
      const charts = {};
      for (const svg of document.querySelectorAll('svg[data-chart]')) {
        const bars = [...svg.querySelectorAll('rect[data-value]')];
        const box = svg.getBoundingClientRect();
        charts[svg.dataset.chart] = {
          empty: svg.dataset.empty === 'true',
          bars: bars.length,
          total: bars.reduce((sum, b) => sum + Number(b.dataset.value), 0),
          drawn: bars.filter((b) => b.getBoundingClientRect().height > 0).length,
          width: box.width,
          marker: svg.querySelector('[data-marker]')?.getAttribute('data-marker') ?? null,
        };
      }
      return {
        charts,
        groups: [...document.querySelectorAll('table.articles tbody[data-account]')].map((t) => t.dataset.account),
        rows: document.querySelectorAll('table.articles tr[class^="st-"]').length,
        anomalies: document.querySelectorAll('ol.anomalies > li').length,
        errors: document.querySelectorAll('ol.anomalies > li.sev-error').length,
        title: document.title,
      };
    })()`)) as {
      charts: Record<
        string,
        { empty: boolean; bars: number; total: number; drawn: number; width: number; marker: string | null }
      >;
      groups: string[];
      rows: number;
      anomalies: number;
      errors: number;
      title: string;
    };
    const f = report.figures;
    expect(Object.keys(state.charts).sort()).toEqual([
      'approval-turnaround',
      'lead-time',
      'per-account-month',
      'urgent-month',
    ]);
    const perMonth = f.perAccountMonth.counts.flat().reduce((a, b) => a + b, 0);
    expect(state.charts['per-account-month']).toMatchObject({
      empty: false,
      bars: f.months.length * f.perAccountMonth.accounts.length,
      total: perMonth,
    });
    expect(perMonth).toBeGreaterThan(5);
    expect(state.charts['lead-time']).toMatchObject({
      empty: false,
      total: f.leadTimes.hours.length,
      marker: '48',
    });
    expect(state.charts['urgent-month']).toMatchObject({ empty: false, total: 2 });
    expect(state.charts['approval-turnaround']).toMatchObject({ empty: false, bars: f.turnaround.length });
    for (const chart of Object.values(state.charts)) {
      expect(chart.drawn).toBeGreaterThan(0);
      expect(chart.width).toBeGreaterThan(300);
    }
    expect(state.groups).toEqual(['group']);
    expect(state.rows).toBe(report.articles.length);
    expect(state.anomalies).toBe(report.anomalies.length);
    expect(state.errors).toBe(report.summary.anomalies.error);
    expect(state.title).toBe('wxgate 审计报告 2026Q4');
    expect(requests).toEqual([pathToFileURL(file).href]);

    mkdirSync(SHOTS, { recursive: true });
    const png = await page.screenshot({ fullPage: true });
    expect(png.subarray(0, 4)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    writeFileSync(join(SHOTS, 'audit-report.png'), png);
    await page.close();
  }, 60_000);
});
