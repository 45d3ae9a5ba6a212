import type { Article } from './article.js';
import { attributeValue, locateTags, tagsNamed } from './html.js';
import { nodeSpan, type Span } from './tree.js';

/** An address a link or image points at, and the source span that writes it. */
export interface LinkTarget extends Span {
  url: string;
}

const KINDS = {
  link: { node: 'link', reference: 'linkReference', tag: 'a', attribute: 'href' },
  image: { node: 'image', reference: 'imageReference', tag: 'img', attribute: 'src' },
} as const;

/** The URLs of the article's reference definitions (`[id]: url`), by identifier; the first one wins, as in CommonMark. */
export function definitionUrls(article: Article): Map<string, string> {
  const urls = new Map<string, string>();
  for (const node of article.nodes.ofType('definition')) {
    if (!urls.has(node.identifier)) urls.set(node.identifier, node.url);
  }
  return urls;
}

/**
 * Every link (or image) of the article in document order: Markdown ones, reference ones whose definition exists,
 * and `<a href>` (or `<img src>`) tags written in HTML. A Markdown target spans its node, a tag itself (or its html
 * node, when the source writes the tag differently: see `locateTags`).
 */
export function linkTargets(article: Article, kind: keyof typeof KINDS): LinkTarget[] {
  const { node: type, reference, tag, attribute } = KINDS[kind];
  const definitions = definitionUrls(article);
  const targets: LinkTarget[] = [];
  for (const node of article.nodes.ofType(type, reference, 'html')) {
    const span = nodeSpan(node);
    if (!span) continue;
    if (node.type === 'html') targets.push(...tagTargets(article.text, span, node.value, tag, attribute));
    else if (node.type === 'link' || node.type === 'image') targets.push({ url: node.url, ...span });
    else {
      const url = definitions.get(node.identifier);
      if (url !== undefined) targets.push({ url, ...span });
    }
  }
  return targets;
}

/** The `<name attribute=url>` tags of an html node's value; a tag without the attribute points nowhere. */
function tagTargets(source: string, node: Span, html: string, name: string, attribute: string): LinkTarget[] {
  const tags = tagsNamed(html, name).filter((tag) => attributeValue(tag, attribute) !== undefined);
  return locateTags(source, node, tags).map(({ tag, start, end }) => ({
    url: attributeValue(tag, attribute)!,
    start,
    end,
  }));
}

/** The asset name a relative reference points at: no query or fragment, no `./`, percent-decoded. */
export function localPath(url: string): string {
  let p = url
    .trim()
    .replace(/[?#].*$/, '')
    .replace(/\\/g, '/');
  try {
    p = decodeURIComponent(p);
  } catch {}
  while (p.startsWith('./')) p = p.slice(2);
  return p;
}
