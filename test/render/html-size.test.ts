import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../scripts/bench/corpus.js';
import { type Article, parseArticle } from '../../src/article/article.js';
import { htmlSize } from '../../src/render/html-size.js';
import { defaultTheme, renderTree, serializeHtml } from '../../src/render/render.js';
import { ROOT } from '../support/bundle.js';
import { article, GOLDEN_DIR, goldenNames, mmbizUrl } from './helpers.js';

/** What content-size reported before html-size existed: the written HTML, measured. */
function written(root: Element) {
  const html = serializeHtml(root);
  return { chars: [...html].length, bytes: Buffer.byteLength(html, 'utf8') };
}

function rendered(a: Article): Element {
  return renderTree(a, { theme: defaultTheme, imageUrl: mmbizUrl }).root;
}

function expectSameSize(root: Element, label: string): void {
  const size = htmlSize(root);
  // Everything the renderer builds is measurable; undefined would mean content-size silently took the slow path.
  expect(size, label).toBeDefined();
  expect(size, label).toEqual(written(root));
}

const el = (
  tagName: string,
  properties: Element['properties'],
  children: Element['children'] = [],
): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

describe('htmlSize', () => {
  it('equals the written HTML for every golden construct', () => {
    for (const name of goldenNames()) {
      expectSameSize(rendered(article(readFileSync(join(GOLDEN_DIR, `${name}.md`), 'utf8'))), name);
    }
  });

  it('equals the written HTML for the sample and example articles', () => {
    for (const dir of ['content', 'examples']) {
      const files = readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).filter((f) =>
        f.endsWith('index.md'),
      );
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const path = `${dir}/${file}`;
        const a = parseArticle(path, readFileSync(join(ROOT, path), 'utf8'), { timeZone: 'Asia/Shanghai' });
        try {
          expectSameSize(rendered(a), path);
        } catch (error) {
          // An article the renderer refuses (an image outside its folder) is measured another way.
          if ((error as Error).name !== 'RenderError') throw error;
        }
      }
    }
  });

  it('equals the written HTML for 40 generated articles', () => {
    const corpus = buildCorpus(mkdtempSync(join(tmpdir(), 'wxgate-size-')), join(ROOT, 'content'), {
      articles: 40,
      minBytes: 2 * 1024,
      maxBytes: 12 * 1024,
      seed: 20261122,
      terms: ['最佳', '根治'],
    });
    for (const path of corpus.articles) {
      const text = readFileSync(join(corpus.root, path), 'utf8');
      expectSameSize(rendered(parseArticle(path, text, { timeZone: 'Asia/Shanghai' })), path);
    }
  });

  it('counts every escape, no-break spaces and characters of every UTF-8 length', () => {
    const special = `a"b&c'd\`e<f>g\u00a0h é 中 😀 &amp;`;
    const root = el('section', { style: special }, [
      { type: 'text', value: special },
      el('img', { src: 'https://mmbiz.qpic.cn/a.png?x=1&y=2', alt: '', title: special }),
      el('br', {}),
      el('a', { href: 'https://mp.weixin.qq.com/s/x' }, [{ type: 'text', value: '链接' }]),
      el('p', { style: undefined }, [{ type: 'text', value: '' }]),
    ]);
    expectSameSize(root, 'special characters');
  });

  it('gives up on shapes the renderer never builds, so the caller writes the HTML instead', () => {
    const text = (value: string) => ({ type: 'text' as const, value });
    for (const root of [
      el('section', {}, [text('\ud83d')]), // a lone surrogate
      el('section', { className: ['x'] }),
      el('section', { dataX: 'y' }),
      el('script', {}, [text('1 < 2')]),
      el('section', {}, [el('input', {})]),
      el('br', {}, [text('x')]),
      el('section', {}, [{ type: 'comment', value: 'x' }]),
    ]) {
      expect(htmlSize(root), JSON.stringify(root)).toBeUndefined();
    }
  });
});
