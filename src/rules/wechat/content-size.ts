import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import type { Article } from '../../article/article.js';
import { type HtmlSize, htmlSize } from '../../render/html-size.js';
import { defaultTheme, RenderError, renderTree, serializeHtml } from '../../render/render.js';
import { defineRule } from '../types.js';

/**
 * draft/add takes the body as HTML and requires it to be under 20,000 characters (tags and attributes included)
 * and under 1 MB (errcode 45002 otherwise). The body is measured as wxgate's renderer writes it with the built-in
 * theme (inline styles, footnotes, the reprint line), each local image counted with an uploaded-address-sized
 * URL. A company theme with longer styles makes the real body longer, so an article close to the limit should
 * be shortened with margin. An article the renderer refuses (an image outside its folder, which
 * wechat/external-image reports) is estimated as the plain HTML of its Markdown instead.
 * Characters are Unicode code points; bytes are UTF-8. A size equal to the limit is already too large.
 */
export default defineRule({
  meta: {
    id: 'wechat/content-size',
    description: {
      zh: '正文 HTML（含标签）须少于 max_chars 个字符、小于 max_bytes 字节（微信草稿接口：少于 2 万字符、小于 1 MB）',
      en: 'The body HTML (tags included) is under max_chars characters and max_bytes bytes (WeChat draft API: under 20,000 characters and 1 MB)',
    },
    defaultSeverity: 'error',
    source: '微信草稿接口 draft/add：content 小于 2 万字符、小于 1 MB',
    defaults: { max_chars: 20000, max_bytes: 1048576 },
  },
  check(article, { options, report }) {
    const { chars, bytes } = bodySize(article);
    const over: Array<{ zh: string; en: string }> = [];
    if (chars >= options.max_chars) {
      over.push({
        zh: `约 ${chars} 个字符（须少于 ${options.max_chars}）`,
        en: `about ${chars} characters (must be under ${options.max_chars})`,
      });
    }
    if (bytes >= options.max_bytes) {
      over.push({
        zh: `约 ${bytes} 字节（须小于 ${options.max_bytes}）`,
        en: `about ${bytes} bytes (must be under ${options.max_bytes})`,
      });
    }
    if (over.length === 0) return;
    const lineEnd = article.text.indexOf('\n');
    report({
      start: 0,
      end: lineEnd === -1 ? article.text.length : lineEnd,
      message: {
        zh: `正文转成 HTML 后${over.map((o) => o.zh).join('，')}。微信草稿接口要求正文 HTML（标签和属性也计入）少于 2 万字符且小于 1 MB，超出会被拒收。请拆成两篇或删减内容，并留出余量（排版时还会加入样式）。`,
        en: `The body as HTML is ${over.map((o) => o.en).join(' and ')}. WeChat draft/add takes body HTML (tags and attributes included) under 20,000 characters and under 1 MB and rejects more. Split the article or shorten it, with margin (styling adds more).`,
      },
      actual: `${chars} chars, ${bytes} bytes`,
    });
  },
});

/** What media/uploadimg returns is about this long (http://mmbiz.qpic.cn/sz_mmbiz_png/<hash>/0?wx_fmt=png). */
const UPLOADED_IMAGE_URL = `https://mmbiz.qpic.cn/sz_mmbiz_png/${'x'.repeat(88)}/0?wx_fmt=png`;

/** Measured from the rendered tree without writing the HTML (html-size.ts), or from the written HTML otherwise. */
function bodySize(article: Article): HtmlSize {
  let root: Element;
  try {
    root = renderTree(article, { theme: defaultTheme, imageUrl: () => UPLOADED_IMAGE_URL }).root;
  } catch (error) {
    if (!(error instanceof RenderError)) throw error;
    const body: Root = {
      type: 'root',
      children: article.tree.children.filter((node) => node.type !== 'yaml'),
    };
    return sizeOf(toHtml(toHast(body, { allowDangerousHtml: true }), { allowDangerousHtml: true }));
  }
  return htmlSize(root) ?? sizeOf(serializeHtml(root));
}

function sizeOf(html: string): HtmlSize {
  return { chars: countCodePoints(html), bytes: Buffer.byteLength(html, 'utf8') };
}

function countCodePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff || i === 0 || (s.charCodeAt(i - 1) & 0xfc00) !== 0xd800) n++;
  }
  return n;
}
