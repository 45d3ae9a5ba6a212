/**
 * The line a reprint opens with: where it comes from (`source.name`) and its address (`source.url`), in the
 * theme's words (转载自：…，原文链接：…). The address is a link only to a host links may go to; otherwise it is shown
 * as text, like a footnote's address.
 */
import type { Element, ElementContent } from 'hast';
import type { FrontMatter } from '../article/front-matter.js';
import { el, text } from './hast.js';
import { hostOf } from './mdast-text.js';
import type { Theme } from './theme.js';

export function reprintLine(
  fields: Partial<FrontMatter>,
  theme: Theme,
  linkHosts: ReadonlySet<string>,
): Element | undefined {
  if (fields.type !== 'reprint' || !fields.source) return undefined;
  const { name, url } = fields.source;
  if (!name && !url) return undefined;
  const { labels, styles } = theme;
  const children: ElementContent[] = [];
  if (name) children.push(text(`${labels.reprint_source}：${name}`));
  if (url) {
    children.push(text(name ? `，${labels.reprint_link}：` : `${labels.reprint_source}：`));
    const safe = /^https?:\/\//i.test(url);
    children.push(
      safe && linkHosts.has(hostOf(url) ?? '')
        ? el('a', styles.a, [text(url)], { href: url })
        : el('span', styles.footnote_url, [text(url)]),
    );
  }
  return el('p', styles.source, children);
}
