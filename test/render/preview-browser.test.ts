import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, run, workspace } from './cli-helpers.js';

/**
 * The preview in a real browser: Debian's Chromium, which .ci/run installs. In CI (CI set, or .ci/run's
 * WXGATE_REQUIRE_CHROMIUM) a missing Chromium fails this test; on a developer machine without it the test is
 * skipped with the reason printed.
 */
const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const inCi = Boolean(process.env.CI) || Boolean(process.env.WXGATE_REQUIRE_CHROMIUM);
if (!available && !inCi) {
  console.warn(
    `preview browser test skipped: ${CHROMIUM} is missing (install it with: apt-get install chromium). In CI it fails instead.`,
  );
}

const FLU = 'content/lanchuan-pharma/2026-11-16-winter-flu-prevention';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Only the machine itself: files, inline data, loopback. */
function isLocal(url: string): boolean {
  if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('about:')) return true;
  try {
    return ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);
  } catch {
    return false;
  }
}

it('Chromium is installed wherever the preview test is required (CI)', () => {
  if (inCi && !available) {
    throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium before the tests`);
  }
});

describe.runIf(available)('preview in headless Chromium', () => {
  let context: BrowserContext | undefined;
  let dir: string;
  const pages: Record<string, string> = {};

  beforeAll(async () => {
    const cli = await buildCli();
    dir = workspace();
    // The sample reprint as it is, and an article with body images, an external image and external links.
    expect(run(cli, ['preview', FLU, '--out', 'flu.html'], dir).code).toBe(0);
    const folder = join(dir, 'content/group/2026-12-01-photos');
    mkdirSync(folder, { recursive: true });
    copyFileSync(join(dir, FLU, 'cover.png'), join(folder, 'cover.png'));
    copyFileSync(join(dir, FLU, 'cover.png'), join(folder, 'photo.png'));
    writeFileSync(
      join(folder, 'index.md'),
      `${readFileSync(join(dir, FLU, 'index.md'), 'utf8').replace(/\n## 哪些人/, '\n![现场](photo.png "活动现场")\n\n![外部](https://example.com/x.png)\n\n详见[官网](https://example.com/flu)。\n\n```js\nconst x = 1;\n```\n\n## 哪些人')}`,
    );
    expect(run(cli, ['preview', 'content/group/2026-12-01-photos', '--out', 'photos.html'], dir).code).toBe(
      0,
    );
    pages.flu = join(dir, 'flu.html');
    pages.photos = join(dir, 'photos.html');
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'wxgate-chromium-')), {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 414, height: 896 },
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
  });

  it.each([
    ['flu', 0],
    ['photos', 1],
  ])(
    '%s (%i body images): renders, loads every image, stays on the machine',
    async (name, images) => {
      const requests: string[] = [];
      const page = await context!.newPage();
      page.on('request', (request) => requests.push(request.url()));
      const failed: string[] = [];
      page.on('requestfailed', (request) => failed.push(request.url()));
      await page.goto(pathToFileURL(pages[name]!).href, { waitUntil: 'load' });

      // Browser-side code is passed as text: the project's TypeScript has no DOM types.
      const state = (await page.evaluate(`({
        images: [...document.images].map((img) => ({ complete: img.complete, width: img.naturalWidth })),
        width: document.querySelector('.phone').getBoundingClientRect().width,
        title: document.querySelector('.title')?.textContent,
        body: document.querySelector('.page')?.textContent ?? '',
      })`)) as { images: { complete: boolean; width: number }[]; width: number; title: string; body: string };
      expect(state.images).toHaveLength(images + 1); // + the cover in the message card
      for (const img of state.images) expect(img).toEqual({ complete: true, width: 900 });
      expect(state.width).toBeGreaterThanOrEqual(375);
      expect(state.width).toBeLessThanOrEqual(414);
      expect(state.title).toBe('冬季流感预防，从做好这几件事开始');
      expect(state.body).toContain('本文转载自：江临医学科普（江临市医学会）');

      const png = await page.screenshot({ fullPage: true });
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(png.length).toBeGreaterThan(10_000);
      writeFileSync(join(dir, `${name}.png`), png);
      // Not a blank page: decode the screenshot in a plain page and count the colours it has.
      const blank = await context!.newPage();
      const colours = (await blank.evaluate(`(async () => {
        const img = new Image();
        img.src = 'data:image/png;base64,${png.toString('base64')}';
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d');
        ctx.drawImage(img, 0, 0);
        const data = ctx.getImageData(0, 0, img.width, img.height).data;
        const seen = new Set();
        for (let i = 0; i < data.length; i += 4 * 7) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
        return seen.size;
      })()`)) as number;
      await blank.close();
      expect(colours).toBeGreaterThan(20);

      expect(requests.length).toBeGreaterThan(0);
      expect(requests.filter((url) => !isLocal(url))).toEqual([]);
      expect(failed).toEqual([]);
      await page.close();
    },
    60_000,
  );
});
