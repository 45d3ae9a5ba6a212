/**
 * The writing UI for real: the admin/ page and config.yml `wxgate init` writes, served on loopback with Decap CMS
 * from node_modules (no CDN; the page's integrity hash must match the file), its backend swapped for Decap's
 * in-browser test backend, in headless Chromium. An author creates an article — fields, a cover uploaded through
 * the media library, body text — and saves it; the files the backend holds for that pull request, written to the
 * content repository, pass `wxgate check` unchanged. Skip/require convention as test/render/preview-browser.test.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DECAP_INTEGRITY, DECAP_VERSION } from '../../src/install/decap.js';
import { ROOT } from '../support/bundle.js';
import { fillPlaceholders, initRepo, read, wx } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const inCi = Boolean(process.env.CI) || Boolean(process.env.WXGATE_REQUIRE_CHROMIUM);
const SCREENSHOTS = process.env.WXGATE_SCREENSHOTS || resolve(ROOT, 'bench-results/screenshots');
const DECAP_DIST = join(ROOT, 'node_modules/decap-cms/dist');
const CDN = `https://unpkg.com/decap-cms@${DECAP_VERSION}/dist/decap-cms.js`;

it('the pinned Decap CMS is the installed one, with the integrity hash the page carries', () => {
  const installed = JSON.parse(readFileSync(join(ROOT, 'node_modules/decap-cms/package.json'), 'utf8')) as {
    version: string;
  };
  expect(installed.version).toBe(DECAP_VERSION);
  const digest = createHash('sha384')
    .update(readFileSync(join(DECAP_DIST, 'decap-cms.js')))
    .digest('base64');
  expect(DECAP_INTEGRITY).toBe(`sha384-${digest}`);
});

it('Chromium is installed wherever the browser tests are required (CI)', () => {
  if (inCi && !available) throw new Error(`${CHROMIUM} is missing`);
});

describe.runIf(available)('the writing UI in headless Chromium', () => {
  let dir: string;
  let server: Server;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    dir = (
      await initRepo(['--org', 'acme', '--repo', 'acme/content', '--account', 'group', '--account', 'pharma'])
    ).dir;
    fillPlaceholders(dir);
    const page = read(dir, 'admin/index.html');
    expect(page).toContain(CDN);
    // The page as generated, loading Decap from here instead of the CDN; the integrity attribute stays.
    const html = page.replace(CDN, '/decap/decap-cms.js');
    const config = yaml.load(read(dir, 'admin/config.yml')) as Record<string, unknown>;
    expect(config.backend).toMatchObject({ name: 'github', repo: 'acme/content', branch: 'main' });
    const served = yaml.dump({ ...config, backend: { name: 'test-repo' } });
    server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const file = path.startsWith('/decap/') ? join(DECAP_DIST, path.slice('/decap/'.length)) : undefined;
      if (path === '/admin/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      } else if (path === '/admin/config.yml') {
        res.writeHead(200, { 'content-type': 'text/yaml; charset=utf-8' }).end(served);
      } else if (file && !file.includes('..') && existsSync(file)) {
        res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(file));
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
  });

  it('creates an article as a pull request whose files pass wxgate check unchanged', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 760 } });
    const outside: string[] = [];
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (new URL(url).hostname === '127.0.0.1') return route.continue();
      outside.push(url);
      return route.abort();
    });
    await page.goto(`${base}/admin/`);
    // Decap's test backend: a login button, then the collections — one per account.
    await page.getByRole('button').first().click({ timeout: 20_000 });
    await page.goto(`${base}/admin/#/collections/pharma/new`);
    await page.getByLabel('标题').fill('春季新品发布会邀请');
    await page.getByLabel('作者').fill('市场部');
    await page.getByLabel('计划发布时间（北京时间）').fill('2027-03-01T10:00');
    await page.getByText('选择图片').click();
    await page.locator('input[type=file]').setInputFiles({
      name: 'cover.png',
      mimeType: 'image/png',
      buffer: readFileSync(join(dir, 'examples/welcome/cover.png')),
    });
    await page.getByText('选用已选中项目').click();
    await page.locator('[contenteditable=true]').click();
    await page.keyboard.type('诚邀各位参加春季新品发布会。');
    await page.keyboard.press('Enter');
    await page.keyboard.type('地点：公司一楼大厅。');
    await page.getByRole('button', { name: '保存' }).click();

    // What the backend holds for the pull request (editorial workflow: unpublished entries), bytes and all.
    await page.waitForFunction(
      () =>
        Object.keys((globalThis as { repoFilesUnpublished?: object }).repoFilesUnpublished ?? {}).length > 0,
    );
    const held = await page.evaluate(async () => {
      type Diff = { path: string; content: string | { fileObj: Blob } };
      const entries = (
        globalThis as unknown as { repoFilesUnpublished: Record<string, { status: string; diffs: Diff[] }> }
      ).repoFilesUnpublished;
      const out: { key: string; status: string; files: { path: string; base64: string }[] }[] = [];
      for (const [key, entry] of Object.entries(entries)) {
        const files = [];
        for (const d of entry.diffs) {
          const bytes =
            typeof d.content === 'string'
              ? new TextEncoder().encode(d.content)
              : new Uint8Array(await d.content.fileObj.arrayBuffer());
          let binary = '';
          for (const b of bytes) binary += String.fromCharCode(b);
          files.push({ path: d.path, base64: btoa(binary) });
        }
        out.push({ key, status: entry.status, files });
      }
      return out;
    });
    // Decap's own merge button is off (publish: false): the article reaches main only through the PR on GitHub.
    await expect(page.getByRole('button', { name: '发布', exact: true }).count()).resolves.toBe(0);
    await expect(page.getByText('状态: 草稿').count()).resolves.toBe(1);
    await page.getByText('内容已保存').waitFor();
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(join(SCREENSHOTS, 'writing-ui.png'), await page.screenshot());
    await page.close();

    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    expect(held.map((e) => [e.key, e.status])).toEqual([['pharma/2027-03-01-at-1000/index', 'draft']]);
    const folder = 'content/pharma/2027-03-01-at-1000';
    expect(held[0]!.files.map((f) => f.path).sort()).toEqual([`${folder}/cover.png`, `${folder}/index.md`]);
    for (const file of held[0]!.files) {
      mkdirSync(dirname(join(dir, file.path)), { recursive: true });
      writeFileSync(join(dir, file.path), Buffer.from(file.base64, 'base64'));
    }
    const text = read(dir, `${folder}/index.md`);
    expect(text).toMatch(
      /^---\ntitle: 春季新品发布会邀请\nauthor: 市场部\npublish_at: 2027-03-01T10:00:00\ncover: cover.png\n/,
    );
    expect(readFileSync(join(dir, folder, 'cover.png'))).toEqual(
      readFileSync(join(dir, 'examples/welcome/cover.png')),
    );

    const checked = await wx(['check', folder, '--jobs', '1'], dir);
    expect(checked.stdout).toContain('1 个文件全部通过');
    expect(checked.code).toBe(0);
  }, 40_000);
});
