import { walk } from '../../article/tree.js';
import { defineRule } from '../types.js';

/**
 * Images need alt text: screen readers read it, and WeChat shows it when an image fails to load. Covers Markdown
 * images, reference-style images and `<img>` tags written as HTML.
 */
export default defineRule({
  meta: {
    id: 'format/image-alt',
    description: {
      zh: '图片要有替代文字（alt），说明图片内容',
      en: 'Images have alt text that says what they show',
    },
    defaultSeverity: 'warning',
    source: '000 四(一)4 排版规范；无障碍（图片替代文字）',
    defaults: {},
  },
  check(article, { report }) {
    const missing = (start: number, end: number, url: string, html: boolean) =>
      report({
        start,
        end,
        message: html
          ? {
              zh: `图片「${url}」没有替代文字。请加上 alt 属性简要说明图片内容，如 <img src="${url}" alt="产品外观">，方便读屏软件朗读，图片加载失败时读者也知道这里是什么。`,
              en: `Image "${url}" has no alt text. Add an alt attribute that says what it shows, e.g. <img src="${url}" alt="product photo">, for screen readers and for when the image fails to load.`,
            }
          : {
              zh: `图片「${url}」没有替代文字。请在方括号里简要说明图片内容，如 ![产品外观](${url})，方便读屏软件朗读，图片加载失败时读者也知道这里是什么。`,
              en: `Image "${url}" has no alt text. Say what it shows inside the brackets, e.g. ![product photo](${url}), for screen readers and for when the image fails to load.`,
            },
      });

    const definitions = new Map<string, string>();
    walk(article.tree, (node) => {
      if (node.type === 'definition') definitions.set(node.identifier, node.url);
    });
    walk(article.tree, (node) => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      if (node.type === 'image') {
        if (!node.alt?.trim()) missing(start, end, node.url, false);
      } else if (node.type === 'imageReference') {
        if (!node.alt?.trim())
          missing(start, end, definitions.get(node.identifier) ?? node.label ?? '', false);
      } else if (node.type === 'html') {
        let from = start;
        for (const tag of node.value.matchAll(IMG_TAG)) {
          const attributes = tag[1] ?? '';
          const alt = attribute(attributes, 'alt');
          if (alt !== undefined && alt.trim() !== '') continue;
          const at = article.text.indexOf(tag[0], from);
          const tagStart = at === -1 || at >= end ? start : at;
          if (at !== -1 && at < end) from = at + tag[0].length;
          missing(
            tagStart,
            at === -1 || at >= end ? end : tagStart + tag[0].length,
            attribute(attributes, 'src') ?? '',
            true,
          );
        }
      }
    });
  },
});

const IMG_TAG = /<img\b((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/gi;

function attribute(attributes: string, name: string): string | undefined {
  const re = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const m of attributes.matchAll(re)) {
    if (m[1]!.toLowerCase() === name) return m[2] ?? m[3] ?? m[4] ?? '';
  }
  return undefined;
}
