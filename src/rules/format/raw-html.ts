import { locateTags, openTags } from '../../article/html.js';
import { nodeSpan } from '../../article/tree.js';
import type { LocalizedText } from '../../text/vocabulary.js';
import { defineRule } from '../types.js';

/**
 * HTML written into the Markdown (block or inline `html` nodes). WeChat's draft API removes scripts, and the
 * editor drops embeds, forms and style sheets, so these are errors: the article would not look like the preview.
 * Event-handler attributes (`on…=`) and `javascript:`/`vbscript:`/`data:text/html` URLs are errors for the same
 * reason. Any other tag outside `allowed_tags` is reported as info, because WeChat may drop or restyle it
 * (`<img>` and `<a>` are allowed here and judged by wechat/external-image and wechat/external-link). Comments,
 * including wxgate's suppression comments, are fine.
 */
export default defineRule({
  meta: {
    id: 'format/raw-html',
    description: {
      zh: '正文 HTML 不含微信会删除或不安全的内容（脚本、内嵌页面、表单、样式表、事件属性、javascript: 链接）；allowed_tags 以外的其他标签给出提示（info）',
      en: 'HTML in the body has nothing WeChat strips or that is unsafe (scripts, embeds, forms, style sheets, event attributes, javascript: URLs); other tags outside allowed_tags are info',
    },
    defaultSeverity: 'error',
    source: '微信草稿接口 draft/add（正文会去除 JS）',
    defaults: {
      allowed_tags: ['br', 'p', 'span', 'section', 'strong', 'em', 'sup', 'sub', 'img', 'a'],
    },
  },
  check(article, { options, report }) {
    const allowed = new Set(options.allowed_tags.map((t) => t.toLowerCase()));
    for (const node of article.nodes.ofType('html')) {
      const where = nodeSpan(node);
      if (!where) continue;
      for (const { tag, ...span } of locateTags(article.text, where, openTags(node.value))) {
        const name = tag.name.toLowerCase();
        const shown = tag.text.length > 60 ? `${tag.text.slice(0, 57)}...` : tag.text;
        const reason = DANGEROUS[name];
        if (reason) {
          report({
            ...span,
            message: {
              zh: `HTML 标签「${shown}」${reason.zh}。请删除它。`,
              en: `HTML tag "${shown}" ${reason.en}. Remove it.`,
            },
            actual: tag.text,
          });
        } else if (!allowed.has(name)) {
          report({
            ...span,
            severity: 'info',
            message: {
              zh: `HTML 标签 <${name}> 不在允许列表（${[...allowed].join('、')}）中，微信可能删除它或改变样式。请尽量改用 Markdown 写法，或确认它在微信预览中显示正常。`,
              en: `HTML tag <${name}> is not in the allowed list (${[...allowed].join(', ')}); WeChat may drop or restyle it. Prefer Markdown, or check it in the WeChat preview.`,
            },
            actual: tag.text,
          });
        }
        const exact = span.end - span.start === tag.text.length;
        for (const attr of tag.attributes) {
          const attrName = attr.name.toLowerCase();
          const attrSpan = exact
            ? { start: span.start + attr.offset, end: span.start + attr.offset + attr.text.length }
            : span;
          if (attrName.startsWith('on') && attrName.length > 2) {
            report({
              ...attrSpan,
              message: {
                zh: `HTML 属性「${attr.text}」是事件脚本，微信会删除，且可能带来安全风险。请删除这个属性。`,
                en: `HTML attribute "${attr.text}" is an event-handler script; WeChat removes it and it is a security risk. Remove the attribute.`,
              },
              actual: attr.text,
            });
          } else if (attr.value !== undefined && SCRIPT_URL.test(normaliseUrl(attr.value))) {
            report({
              ...attrSpan,
              message: {
                zh: `HTML 属性「${attr.text}」是脚本链接，微信会删除，且可能带来安全风险。请改用普通的 https 链接或删除它。`,
                en: `HTML attribute "${attr.text}" is a script URL; WeChat removes it and it is a security risk. Use a plain https link or remove it.`,
              },
              actual: attr.text,
            });
          }
        }
      }
    }
  },
});

const EMBED: LocalizedText = {
  zh: '会嵌入外部页面或插件，微信正文不支持，会被删除；视频、小程序请在公众号后台插入',
  en: 'embeds an external page or plug-in, which WeChat does not support and removes; insert videos or mini programs in the WeChat editor',
};
const FORM: LocalizedText = {
  zh: '是表单控件，微信正文不支持表单，会被删除；收集信息请改用问卷链接或小程序',
  en: 'is a form control; WeChat articles have no forms and remove it; use a survey link or a mini program',
};
const PAGE: LocalizedText = {
  zh: '是页面级标签，在公众号正文里无效，会被删除',
  en: 'is a page-level tag that means nothing inside an article and is removed',
};
const DANGEROUS: Record<string, LocalizedText> = {
  script: {
    zh: '是脚本，微信会删除正文里的 JS，且可能带来安全风险',
    en: 'is a script; WeChat removes JS from articles and it is a security risk',
  },
  style: {
    zh: '是样式表，微信只保留行内 style 属性，<style> 会被删除',
    en: 'is a style sheet; WeChat keeps only inline style attributes and removes <style>',
  },
  iframe: EMBED,
  frame: EMBED,
  frameset: EMBED,
  object: EMBED,
  embed: EMBED,
  applet: EMBED,
  form: FORM,
  input: FORM,
  button: FORM,
  select: FORM,
  textarea: FORM,
  link: PAGE,
  meta: PAGE,
  base: PAGE,
};

const SCRIPT_URL = /^(?:javascript|vbscript):|^data:text\/html/i;

/** Undoes the tricks browsers forgive in URLs: character references, control characters and whitespace. */
function normaliseUrl(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) =>
      String.fromCodePoint(Number.parseInt(hex, 16) % 0x110000),
    )
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec) % 0x110000))
    .replace(
      /&(tab|newline|colon);/gi,
      (_, name: string) => ({ tab: '\t', newline: '\n', colon: ':' })[name.toLowerCase()]!,
    )
    .replace(/[\u0000-\u0020]/g, '');
}
