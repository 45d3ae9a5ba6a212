/**
 * Raw HTML in an article, rebuilt from an allowlist: the tags kept (without attributes) and what they become, the
 * ones dropped with their content, and the builder that interleaves them with rendered Markdown.
 *
 * The WeChat emulator's sanitizer keeps its own, independent tag tables (src/wechat/emulator/sanitize-tables.ts)
 * on purpose: it models what WeChat does to any HTML, and the renderer's tests use it to prove that everything
 * wxgate emits survives. Sharing one table would make that proof check the renderer against itself.
 */
import type { Element, ElementContent } from 'hast';
import { el, hastText, text } from './hast.js';
import { isAutolink, softBreaks } from './mdast-text.js';
import type { HtmlToken } from './raw-html.js';

/** What the builder needs from the renderer: images, links and the theme's style for a tag. */
export interface ElementMaker {
  image(
    url: string,
    alt: string,
    title: string,
    line: number,
  ): { element: Element; alt: string; title: string } | undefined;
  link(url: string, children: ElementContent[], autolink: boolean, line: number): ElementContent[];
  style(tag: string): string;
}

/** Raw-HTML tags kept (attribute-free) in phrasing, and what they become. */
export const INLINE_TAGS: Record<string, string> = {
  strong: 'strong',
  b: 'strong',
  em: 'em',
  i: 'em',
  del: 'del',
  s: 'del',
  strike: 'del',
  u: 'u',
  ins: 'u',
  sup: 'sup',
  sub: 'sub',
  code: 'code',
};
/** …and in a block of HTML, also these. */
export const BLOCK_TAGS: Record<string, string> = {
  ...INLINE_TAGS,
  p: 'p',
  section: 'section',
  div: 'section',
  center: 'section',
};
/** Dropped with everything inside them. */
const DROP_SUBTREE = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'applet',
  'noscript',
  'noembed',
  'noframes',
  'template',
  'svg',
  'math',
  'form',
  'button',
  'select',
  'textarea',
  'datalist',
  'video',
  'audio',
  'canvas',
  'picture',
  'map',
  'head',
  'title',
  'xmp',
  'dialog',
]);
/** Void elements: no content, no close tag. Those not handled (br, img) are dropped. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Rebuilds raw HTML tokens, interleaved with rendered Markdown, from the allowlist (see renderArticle). */
export class HtmlBuilder {
  private readonly root: ElementContent[] = [];
  private readonly frames: Array<{
    name: string;
    tag: string;
    children: ElementContent[];
    href?: string;
    line: number;
  }> = [];
  /** While dropping an element with its content: its name and nesting depth. */
  private dropping: { name: string; depth: number } | undefined;

  constructor(
    private readonly r: ElementMaker,
    private readonly allowed: Record<string, string>,
  ) {}

  private get target(): ElementContent[] {
    return this.frames.at(-1)?.children ?? this.root;
  }

  nodes(nodes: ElementContent[]): void {
    if (!this.dropping) this.target.push(...nodes);
  }

  tokens(tokens: HtmlToken[], line: number): void {
    for (const token of tokens) {
      if (this.dropping) {
        if (token.type === 'open' && token.name === this.dropping.name && !token.selfClosing)
          this.dropping.depth++;
        if (token.type === 'close' && token.name === this.dropping.name && --this.dropping.depth === 0) {
          this.dropping = undefined;
        }
        continue;
      }
      if (token.type === 'text') this.target.push(text(softBreaks(token.value)));
      else if (token.type === 'close') this.close(token.name);
      else this.open(token, line);
    }
  }

  private open(token: Extract<HtmlToken, { type: 'open' }>, line: number): void {
    const { name, attributes } = token;
    if (name === 'br') this.target.push(el('br', ''));
    else if (name === 'img') {
      const image = this.r.image(
        attributes.get('src') ?? '',
        attributes.get('alt') ?? '',
        attributes.get('title') ?? '',
        line,
      );
      if (image) this.target.push(image.element);
    } else if (VOID.has(name) || token.selfClosing) {
      // Dropped: nothing to keep.
    } else if (DROP_SUBTREE.has(name)) this.dropping = { name, depth: 1 };
    else if (name === 'a')
      this.frames.push({ name, tag: 'a', children: [], href: attributes.get('href') ?? '', line });
    else {
      const tag = this.allowed[name];
      if (tag) this.frames.push({ name, tag, children: [], line });
    }
  }

  private close(name: string): void {
    const at = this.frames.findLastIndex((f) => f.name === name);
    if (at === -1) return;
    while (this.frames.length > at) this.pop();
  }

  private pop(): void {
    const frame = this.frames.pop()!;
    const out =
      frame.tag === 'a'
        ? this.r.link(
            frame.href ?? '',
            frame.children,
            isAutolink(frame.href ?? '', hastText(frame.children)),
            frame.line,
          )
        : [el(frame.tag, this.r.style(frame.tag), frame.children)];
    this.target.push(...out);
  }

  finish(): ElementContent[] {
    while (this.frames.length > 0) this.pop();
    return this.root;
  }
}
