import { attributeValue, locateTags, tagsNamed } from '../../article/html.js';
import { definitionUrls } from '../../article/references.js';
import { nodeSpan, type Span } from '../../article/tree.js';
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
    const missing = (span: Span, url: string, html: boolean) =>
      report({
        ...span,
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

    const definitions = definitionUrls(article);
    for (const node of article.nodes.ofType('image', 'imageReference', 'html')) {
      const span = nodeSpan(node);
      if (!span) continue;
      if (node.type === 'image') {
        if (!node.alt?.trim()) missing(span, node.url, false);
      } else if (node.type === 'imageReference') {
        if (!node.alt?.trim()) missing(span, definitions.get(node.identifier) ?? node.label ?? '', false);
      } else if (node.type === 'html') {
        const bare = tagsNamed(node.value, 'img').filter((tag) => !attributeValue(tag, 'alt')?.trim());
        for (const { tag, ...at } of locateTags(article.text, span, bare))
          missing(at, attributeValue(tag, 'src') ?? '', true);
      }
    }
  },
});
