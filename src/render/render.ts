import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Article } from '../article/article.js';
import type { RenderedTree, RenderOptions, RenderResult } from './render-types.js';
import { Renderer } from './renderer.js';
import type { Theme } from './theme.js';

export {
  type Footnote,
  RenderError,
  type RenderedTree,
  type RenderOptions,
  type RenderResult,
  type RenderWarning,
} from './render-types.js';
export { defaultTheme, parseTheme, type Theme } from './theme.js';

/**
 * Renders an article body to the HTML WeChat keeps (reference §7). Pure and deterministic: the same article,
 * theme and image addresses give the same bytes; nothing is read from disk, the clock or the network.
 *
 * - Styles are inline from the theme; elements are the ones WeChat keeps (`section`, `p`, `span`, headings,
 *   `blockquote`, `table`, `pre`/`code`, `strong`/`em`, `img`, `sup`, `br`, `hr`). Lists are `<section>`s with
 *   written markers, since WeChat duplicates the bullets of nested `<ul>`.
 * - Links: only http(s) links to `linkHosts` stay `<a href>`; any other link keeps its text followed by `[n]` and
 *   becomes footnote n in a 参考资料 section at the end (one number per address). A bare address (autolink) is
 *   already visible and stays plain text. `javascript:`, `vbscript:`, `data:` and `file:` links keep only text.
 * - Images: local files go through `imageUrl`; images on `imageHosts` are kept; any other (remote, data:) is
 *   dropped with a warning, as WeChat would filter it. An image alone in its paragraph gets a caption (title,
 *   else alt text).
 * - A reprint (`type: reprint`) starts with a 来源 line from `source.name` and `source.url`.
 * - Emphasis is exactly what the article's mdast says (CommonMark, the tree format/bold-broken-cjk checks), so
 *   `**真。**她` stays literal here as the checker reports it.
 * - Raw HTML in the Markdown is data: it is never passed through. A small allowlist is rebuilt without any
 *   attribute (styles come from the theme): `br`, `strong`/`b`, `em`/`i`, `del`/`s`, `u`, `sup`, `sub`, `code`,
 *   and in blocks `p`, `section`/`div`; `<img src alt title>` and `<a href>` go through the image and link rules
 *   above. `script`, `style`, `iframe`, `object`, `embed`, forms, `svg`, `math`, `template`, media and page-level
 *   tags are dropped with their content; any other tag is dropped and its text kept; comments are dropped.
 *   Event handlers, `style`, `class` and every other attribute never reach the output.
 * - A soft line break between two CJK characters is removed (a browser would show it as a space).
 */
export function renderArticle(article: Article, options: RenderOptions): RenderResult {
  const { root, ...rest } = renderTree(article, options);
  return { html: serializeHtml(root), ...rest };
}

/** renderArticle without the last step, for callers that only need to measure the body (see html-size.ts). */
export function renderTree(article: Article, options: RenderOptions): RenderedTree {
  return new Renderer(article, options).render();
}

/**
 * The one way a rendered body becomes HTML. No-break spaces (code indentation) are written as `&nbsp;`, the form
 * WeChat bodies use so that whitespace survives (reference §7).
 */
export function serializeHtml(root: Element): string {
  return toHtml(root, { characterReferences: { useNamedReferences: true } }).replace(/\u00a0/g, '&nbsp;');
}

/**
 * The local images an article's body references, in order, each once, without rendering: what a publisher
 * uploads before rendering with the uploaded addresses. Throws RenderError for an image outside the folder.
 */
export function collectImages(article: Article, options: Pick<RenderOptions, 'imageHosts'> = {}): string[] {
  const seen: string[] = [];
  const r = new Renderer(article, {
    theme: PLAIN_THEME,
    imageUrl: (path) => {
      if (!seen.includes(path)) seen.push(path);
      return path;
    },
    ...options,
  });
  r.render();
  return seen;
}

const PLAIN_THEME: Theme = {
  name: 'plain',
  styles: new Proxy({} as Theme['styles'], { get: () => '' }),
  syntax: new Proxy({} as Theme['syntax'], { get: () => '' }),
  labels: new Proxy({} as Theme['labels'], { get: () => '' }),
};
