import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { type Article, parseArticle } from '../../src/article/article.js';
import {
  defaultTheme,
  type RenderOptions,
  type RenderResult,
  renderArticle,
} from '../../src/render/render.js';

export const GOLDEN_DIR = resolve(import.meta.dirname, 'golden');

/** Front matter for snippets that do not bring their own. */
const FRONT_MATTER = `---
title: 渲染测试
author: 集团市场部
publish_at: "2026-11-25T09:00:00+08:00"
cover: cover.png
---

`;

/** An article at content/group/2026-11-25-sample/index.md; Markdown without front matter gets a plain one. */
export function article(markdown: string): Article {
  const text = markdown.startsWith('---\n') ? markdown : FRONT_MATTER + markdown;
  return parseArticle('content/group/2026-11-25-sample/index.md', text, { timeZone: 'Asia/Shanghai' });
}

/** The address uploadimg would return for a local image, shaped like WeChat's. */
export function mmbizUrl(localPath: string): string {
  return `https://mmbiz.qpic.cn/sz_mmbiz_png/wxgate-test/${encodeURIComponent(localPath)}/0?wx_fmt=png`;
}

/** Renders with the default theme; every local image "was uploaded" unless its name starts with `missing`. */
export function render(markdown: string, options: Partial<RenderOptions> = {}): RenderResult {
  return renderArticle(article(markdown), {
    theme: defaultTheme,
    imageUrl: (p) => (p.startsWith('missing') ? undefined : mmbizUrl(p)),
    ...options,
  });
}

/** The constructs with golden files: test/render/golden/<name>.md → <name>.html. */
export function goldenNames(): string[] {
  return readdirSync(GOLDEN_DIR)
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
    .sort();
}

export function renderGolden(name: string): RenderResult {
  return render(readFileSync(join(GOLDEN_DIR, `${name}.md`), 'utf8'));
}

/**
 * Compares `actual` with the golden file; with UPDATE_GOLDEN=1 writes it instead (then review the diff in git).
 * A missing golden file fails rather than being created silently.
 */
export function expectGolden(file: string, actual: string): void {
  const path = join(GOLDEN_DIR, file);
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path))
    throw new Error(`${file} has no golden file yet: run UPDATE_GOLDEN=1 npx vitest run test/render`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
