import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type {
  BlockContent,
  DefinitionContent,
  FootnoteDefinition,
  List,
  ListItem,
  Nodes,
  Paragraph,
  PhrasingContent,
  RootContent,
  Table,
} from 'mdast';
import type { Article } from '../article/article.js';
import { localPath } from '../article/references.js';
import type { LocalizedText } from '../text/vocabulary.js';
import { renderCode } from './code.js';
import { el, hastText, hasVisible, joinStyles, text } from './hast.js';
import { type HtmlToken, tokenizeHtml } from './raw-html.js';
import type { Theme } from './theme.js';

export { defaultTheme, parseTheme, type Theme } from './theme.js';

export interface RenderOptions {
  theme: Theme;
  /**
   * The address to show for a local image: the uploaded mmbiz URL when publishing, a file or data: URL in the
   * preview. `localPath` is relative to the article folder, forward slashes, no `./`, percent-decoded (the same
   * strings `images` lists). Returning undefined makes the image an error (a RenderError), never a broken tag.
   */
  imageUrl: (localPath: string) => string | undefined;
  /** Hosts whose links stay clickable `<a>` links (default: mp.weixin.qq.com, as wechat/external-link). */
  linkHosts?: readonly string[];
  /** Hosts of images already on WeChat, kept as they are (default: mmbiz.qpic.cn, as wechat/external-image). */
  imageHosts?: readonly string[];
}

export interface Footnote {
  /** 1-based number shown as [n] in the text and in the 参考资料 list. */
  n: number;
  /** The link text (or the author's note, for a Markdown footnote `[^x]`). */
  text: string;
  /** The address; undefined for a Markdown footnote without a link. */
  url: string | undefined;
}

export interface RenderWarning {
  line: number;
  message: LocalizedText;
}

export interface RenderResult {
  /** The body for draft/add `content`: one `<section>`, every style inline, nothing WeChat strips. */
  html: string;
  /** Local images the body references (as passed to `imageUrl`), in order of first use, each once: upload these. */
  images: string[];
  /** The numbered notes written at the end, in order. */
  footnotes: Footnote[];
  /** Things dropped on the way that the author should know (an external image WeChat would filter…). */
  warnings: RenderWarning[];
}

/** An article that cannot be rendered as written (a missing local image). `line` is 1-based in the article. */
export class RenderError extends Error {
  readonly line: number;
  readonly messages: LocalizedText;
  constructor(line: number, messages: LocalizedText) {
    super(messages.en);
    this.name = 'RenderError';
    this.line = line;
    this.messages = messages;
  }
}

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

/** What renderArticle serializes: the body as a hast `<section>`, before it becomes HTML. */
export type RenderedTree = Omit<RenderResult, 'html'> & { root: Element };

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

const SCRIPT_SCHEME = /^(?:javascript|vbscript|data|file|about|blob|filesystem):/i;
const BULLETS = ['•', '◦', '▪'];

/** Raw-HTML tags kept (attribute-free) in phrasing, and what they become. */
const INLINE_TAGS: Record<string, string> = {
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
const BLOCK_TAGS: Record<string, string> = {
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
const BLOCK_RESULT = new Set([
  'p',
  'section',
  'pre',
  'blockquote',
  'table',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

class Renderer {
  private readonly styles: Theme['styles'];
  private readonly linkHosts: ReadonlySet<string>;
  private readonly imageHosts: ReadonlySet<string>;
  private readonly definitions = new Map<string, { url: string; title: string | null | undefined }>();
  private readonly noteDefinitions = new Map<string, FootnoteDefinition>();
  private readonly footnotes: Footnote[] = [];
  private readonly footnoteByKey = new Map<string, Footnote>();
  private readonly images: string[] = [];
  private readonly warnings: RenderWarning[] = [];

  constructor(
    private readonly article: Article,
    private readonly options: RenderOptions,
  ) {
    this.styles = options.theme.styles;
    this.linkHosts = new Set((options.linkHosts ?? ['mp.weixin.qq.com']).map((h) => h.toLowerCase()));
    this.imageHosts = new Set((options.imageHosts ?? ['mmbiz.qpic.cn']).map((h) => h.toLowerCase()));
  }

  render(): RenderedTree {
    const tree = this.article.tree;
    collect(tree, (node) => {
      if (node.type === 'definition' && !this.definitions.has(node.identifier)) {
        this.definitions.set(node.identifier, { url: node.url, title: node.title });
      } else if (node.type === 'footnoteDefinition' && !this.noteDefinitions.has(node.identifier)) {
        this.noteDefinitions.set(node.identifier, node);
      }
    });
    const body: ElementContent[] = [];
    const source = this.sourceLine();
    if (source) body.push(source);
    body.push(...this.blocks(tree.children));
    if (this.footnotes.length > 0) body.push(this.footnoteSection());
    return {
      root: el('section', this.styles.article, body),
      images: [...this.images],
      footnotes: this.footnotes.map((f) => ({ ...f })),
      warnings: this.warnings,
    };
  }

  // ---- blocks ---------------------------------------------------------------------------------------------

  private blocks(nodes: readonly (RootContent | BlockContent | DefinitionContent)[]): ElementContent[] {
    const out: ElementContent[] = [];
    for (const node of nodes) out.push(...this.block(node));
    return out;
  }

  private block(node: RootContent | BlockContent | DefinitionContent): ElementContent[] {
    const s = this.styles;
    switch (node.type) {
      case 'paragraph':
        return this.paragraph(node, s.p);
      case 'heading':
        return [el(`h${node.depth}`, s[`h${node.depth}`], this.phrasing(node.children))];
      case 'thematicBreak':
        return [el('hr', s.hr)];
      case 'blockquote':
        return [el('blockquote', s.blockquote, this.blocks(node.children))];
      case 'list':
        return [this.list(node, 0)];
      case 'table':
        return [this.table(node)];
      case 'code':
        return [renderCode(node.value, node.lang, this.options.theme)];
      case 'html':
        return this.htmlBlock(node.value, lineOf(node));
      default:
        // yaml (front matter), definition and footnoteDefinition are not shown where they are written.
        return [];
    }
  }

  private paragraph(node: Paragraph, style: string): ElementContent[] {
    const meaningful = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
    const only = meaningful.length === 1 ? meaningful[0] : undefined;
    if (only && (only.type === 'image' || only.type === 'imageReference')) {
      const image = this.imageNode(only);
      if (!image) return [];
      const caption = image.title || image.alt;
      const children: ElementContent[] = [image.element];
      if (caption) children.push(el('p', this.styles.figcaption, [text(caption)]));
      return [el('section', this.styles.figure, children)];
    }
    const children = this.phrasing(node.children);
    return hasVisible(children) ? [el('p', style, children)] : [];
  }

  private list(node: List, depth: number): Element {
    const start = node.start ?? 1;
    const items = node.children.map((item, i) => {
      const marker =
        typeof item.checked === 'boolean'
          ? item.checked
            ? '☑'
            : '☐'
          : node.ordered
            ? `${start + i}.`
            : BULLETS[depth % BULLETS.length]!;
      return el('section', this.styles.li, [
        el('span', this.styles.li_marker, [text(marker)]),
        el(
          'section',
          this.styles.li_body,
          this.listItem(item, depth, node.spread === true || item.spread === true),
        ),
      ]);
    });
    const style = node.ordered ? this.styles.ol : this.styles.ul;
    // A nested list sits inside an item, whose own spacing follows it.
    return el('section', depth === 0 ? style : joinStyles(style, 'margin-bottom: 0'), items);
  }

  private listItem(item: ListItem, depth: number, loose: boolean): ElementContent[] {
    const out: ElementContent[] = [];
    for (const child of item.children) {
      if (child.type === 'list') out.push(this.list(child, depth + 1));
      else if (child.type === 'paragraph' && !loose) {
        // A tight item's paragraph is its text, without paragraph spacing.
        const rendered = this.paragraph(child, '');
        out.push(
          ...rendered.flatMap((e) =>
            e.type === 'element' && e.tagName === 'p' && !e.properties.style ? e.children : [e],
          ),
        );
      } else out.push(...this.block(child));
    }
    return out;
  }

  private table(node: Table): Element {
    const align = node.align ?? [];
    const rows = node.children.map((row, r) =>
      el(
        'tr',
        '',
        row.children.map((cell, c) => {
          const a = align[c];
          const style = joinStyles(r === 0 ? this.styles.th : this.styles.td, a ? `text-align: ${a}` : '');
          return el(r === 0 ? 'th' : 'td', style, this.phrasing(cell.children));
        }),
      ),
    );
    const [head, ...bodyRows] = rows;
    const parts: ElementContent[] = [];
    if (head) parts.push(el('thead', '', [head]));
    if (bodyRows.length > 0) parts.push(el('tbody', '', bodyRows));
    return el('section', this.styles.table_wrapper, [el('table', this.styles.table, parts)]);
  }

  // ---- phrasing -------------------------------------------------------------------------------------------

  private phrasing(nodes: readonly PhrasingContent[]): ElementContent[] {
    if (!nodes.some((n) => n.type === 'html')) return nodes.flatMap((n) => this.inline(n));
    const b = new HtmlBuilder(this, INLINE_TAGS);
    for (const node of nodes) {
      if (node.type === 'html') b.tokens(tokenizeHtml(node.value), lineOf(node));
      else b.nodes(this.inline(node));
    }
    return b.finish();
  }

  private inline(node: PhrasingContent): ElementContent[] {
    const s = this.styles;
    switch (node.type) {
      case 'text':
        return [text(softBreaks(node.value))];
      case 'strong':
        return [el('strong', s.strong, this.phrasing(node.children))];
      case 'emphasis':
        return [el('em', s.em, this.phrasing(node.children))];
      case 'delete':
        return [el('del', s.del, this.phrasing(node.children))];
      case 'inlineCode':
        // Runs of spaces would collapse: keep the first as a space, the rest as no-break spaces.
        return [
          el('code', s.code, [
            text(node.value.replace(/ {2,}/g, (m) => ` ${'\u00a0'.repeat(m.length - 1)}`)),
          ]),
        ];
      case 'break':
        return [el('br', '')];
      case 'link': {
        const children = this.phrasing(node.children);
        const autolink = isAutolink(node.url, mdastText(node.children));
        return this.link(node.url, children, autolink, lineOf(node));
      }
      case 'linkReference': {
        const children = this.phrasing(node.children);
        const def = this.definitions.get(node.identifier);
        return def ? this.link(def.url, children, false, lineOf(node)) : children;
      }
      case 'image':
      case 'imageReference': {
        const image = this.imageNode(node);
        return image ? [image.element] : [];
      }
      case 'footnoteReference': {
        const def = this.noteDefinitions.get(node.identifier);
        if (!def) return [text(`[^${node.label ?? node.identifier}]`)];
        const note = this.footnote(`note:${node.identifier}`, () => ({
          text: mdastText(def.children, true).trim(),
          url: undefined,
        }));
        return [el('sup', s.footnote_ref, [text(`[${note.n}]`)])];
      }
      case 'html':
        return this.phrasing([node]);
      default:
        return [];
    }
  }

  // ---- links, images, footnotes ---------------------------------------------------------------------------

  /** A link: kept when it goes to an allowed host, else its text plus a footnote mark. Used for raw `<a>` too. */
  link(url: string, children: ElementContent[], autolink: boolean, line: number): ElementContent[] {
    const href = url.trim();
    const compact = href.replace(/[\u0000-\u0020]/g, '');
    if (href === '') return children;
    if (SCRIPT_SCHEME.test(compact)) {
      this.warnings.push({
        line,
        message: {
          zh: `链接「${shorten(href)}」不是网址，已去掉链接，只保留文字。`,
          en: `Link "${shorten(href)}" is not a web address; only its text is kept.`,
        },
      });
      return children;
    }
    if (this.linkHosts.has(hostOf(href) ?? '')) return [el('a', this.styles.a, children, { href })];
    if (autolink) return children;
    const shown = hastText(children).trim();
    const note = this.footnote(`url:${href}`, () => ({ text: shown === '' ? href : shown, url: href }));
    return [...children, el('sup', this.styles.footnote_ref, [text(`[${note.n}]`)])];
  }

  private footnote(key: string, make: () => Omit<Footnote, 'n'>): Footnote {
    let note = this.footnoteByKey.get(key);
    if (!note) {
      note = { n: this.footnotes.length + 1, ...make() };
      this.footnotes.push(note);
      this.footnoteByKey.set(key, note);
    }
    return note;
  }

  private footnoteSection(): Element {
    const s = this.styles;
    const items = this.footnotes.map((note) => {
      const children: ElementContent[] = [text(`[${note.n}] `)];
      if (note.url === undefined) children.push(text(note.text));
      else {
        if (note.text !== note.url) children.push(text(`${note.text}：`));
        children.push(el('span', s.footnote_url, [text(note.url)]));
      }
      return el('p', s.footnote, children);
    });
    return el('section', s.footnotes, [
      el('p', s.footnotes_title, [text(this.options.theme.labels.footnotes)]),
      ...items,
    ]);
  }

  private imageNode(
    node: Extract<PhrasingContent, { type: 'image' | 'imageReference' }>,
  ): { element: Element; alt: string; title: string } | undefined {
    let url: string;
    let title: string | null | undefined;
    if (node.type === 'image') {
      url = node.url;
      title = node.title;
    } else {
      const def = this.definitions.get(node.identifier);
      if (!def) return undefined;
      url = def.url;
      title = def.title;
    }
    return this.image(url, node.alt ?? '', title ?? '', lineOf(node));
  }

  /** An image: a local file through `imageUrl`, a WeChat-hosted one as is; anything else is dropped. */
  image(
    url: string,
    alt: string,
    title: string,
    line: number,
  ): { element: Element; alt: string; title: string } | undefined {
    const src = this.imageSrc(url.trim(), line);
    if (src === undefined) return undefined;
    const props: Record<string, string> = { src, alt };
    if (title) props.title = title;
    return { element: el('img', this.styles.img, [], props), alt, title };
  }

  private imageSrc(url: string, line: number): string | undefined {
    const drive = /^[a-z]:[\\/]/i.test(url);
    const scheme = drive ? undefined : /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
    if (scheme !== undefined || url.startsWith('//')) {
      const host = hostOf(url.startsWith('//') ? `https:${url}` : url);
      if (
        (scheme === 'http' || scheme === 'https' || scheme === undefined) &&
        this.imageHosts.has(host ?? '')
      ) {
        return url.startsWith('//') ? `https:${url}` : url;
      }
      this.warnings.push({
        line,
        message: {
          zh: `图片「${shorten(url)}」不是文章目录里的文件，微信会过滤外部图片，已从正文中去掉。请把图片放进文章目录并用文件名引用。`,
          en: `Image "${shorten(url)}" is not a file in the article folder; WeChat filters external images, so it was left out. Put it in the article folder and refer to it by name.`,
        },
      });
      return undefined;
    }
    const path = localPath(url);
    if (path === '' || path.startsWith('/') || /^[a-z]:/i.test(path) || path.split('/').includes('..')) {
      throw new RenderError(line, {
        zh: `图片「${shorten(url)}」不在本文目录里，无法上传。请把图片放进文章目录（与 index.md 同级）并用相对路径引用。`,
        en: `Image "${shorten(url)}" is not inside the article folder and cannot be uploaded. Put it beside index.md and use a relative path.`,
      });
    }
    const src = this.options.imageUrl(path);
    if (src === undefined) {
      throw new RenderError(line, {
        zh: `图片「${path}」在文章目录里找不到（或没有上传地址），无法渲染。请检查文件名。`,
        en: `Image "${path}" is not in the article folder (or has no uploaded address), so it cannot be rendered. Check the file name.`,
      });
    }
    if (!this.images.includes(path)) this.images.push(path);
    return src;
  }

  // ---- the reprint line and raw HTML ----------------------------------------------------------------------

  private sourceLine(): Element | undefined {
    const fields = this.article.frontMatter.fields;
    if (fields.type !== 'reprint' || !fields.source) return undefined;
    const { name, url } = fields.source;
    if (!name && !url) return undefined;
    const labels = this.options.theme.labels;
    const children: ElementContent[] = [];
    if (name) children.push(text(`${labels.reprint_source}：${name}`));
    if (url) {
      children.push(text(name ? `，${labels.reprint_link}：` : `${labels.reprint_source}：`));
      const safe = /^https?:\/\//i.test(url);
      children.push(
        safe && this.linkHosts.has(hostOf(url) ?? '')
          ? el('a', this.styles.a, [text(url)], { href: url })
          : el('span', this.styles.footnote_url, [text(url)]),
      );
    }
    return el('p', this.styles.source, children);
  }

  private htmlBlock(html: string, line: number): ElementContent[] {
    const b = new HtmlBuilder(this, BLOCK_TAGS);
    b.tokens(tokenizeHtml(html), line);
    return this.blockify(b.finish());
  }

  /** Loose inline content of an HTML block becomes paragraphs; empty blocks go. */
  private blockify(nodes: ElementContent[]): ElementContent[] {
    const out: ElementContent[] = [];
    let run: ElementContent[] = [];
    const flush = () => {
      if (hasVisible(run)) out.push(el('p', this.styles.p, trimRun(run)));
      run = [];
    };
    for (const node of nodes) {
      if (node.type === 'element' && BLOCK_RESULT.has(node.tagName)) {
        flush();
        if (node.tagName === 'section') node.children = this.blockify(node.children);
        else if (node.tagName === 'p') node.children = trimRun(node.children);
        if (hasVisible([node])) out.push(node);
      } else run.push(node);
    }
    flush();
    return out;
  }

  style(tag: string): string {
    const s = this.styles;
    return tag === 'strong' || tag === 'em' || tag === 'del' || tag === 'code' || tag === 'p'
      ? s[tag]
      : tag === 'u'
        ? 'text-decoration: underline'
        : '';
  }
}

/** Rebuilds raw HTML tokens, interleaved with rendered Markdown, from the allowlist (see renderArticle). */
class HtmlBuilder {
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
    private readonly r: Renderer,
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

// ---- helpers ------------------------------------------------------------------------------------------------

function collect(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) collect(child as Nodes, visit);
}

function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

/** Plain text of Markdown; with `withUrls`, a link's address follows its text in （）, as a footnote shows it. */
function mdastText(nodes: readonly Nodes[], withUrls = false): string {
  let out = '';
  for (const node of nodes) {
    if ('value' in node && node.type !== 'html' && node.type !== 'yaml') out += node.value;
    else if (node.type === 'image' || node.type === 'imageReference') out += node.alt ?? '';
    else if ('children' in node) {
      const inner = mdastText(node.children as Nodes[], withUrls);
      out += inner;
      if (
        withUrls &&
        node.type === 'link' &&
        !isAutolink(node.url, inner) &&
        !SCRIPT_SCHEME.test(node.url.trim())
      ) {
        out += `（${node.url.trim()}）`;
      }
    }
    if (node.type === 'paragraph') out += ' ';
  }
  return out.replace(/\s*\n\s*/g, ' ');
}

/** A link whose text is its own address (`<https://…>`, a bare `www.…`, `<me@example.com>`): already visible. */
function isAutolink(url: string, shown: string): boolean {
  const t = shown.trim();
  const u = url.trim();
  return t !== '' && (t === u || `mailto:${t}` === u || `http://${t}` === u || `https://${t}` === u);
}

function hostOf(url: string): string | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

const WIDE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef“”‘’—…·]/u;

/** A line break inside a paragraph is a space, except between two CJK characters, where it is nothing. */
function softBreaks(value: string): string {
  if (!value.includes('\n')) return value;
  return value.replace(/[ \t]*\n[ \t]*/g, (m, offset: number, all: string) => {
    const before = all.slice(0, offset).at(-1) ?? '';
    const after = all[offset + m.length] ?? '';
    return WIDE.test(before) && WIDE.test(after) ? '' : ' ';
  });
}

/** White space at the edges of a run of inline HTML content is not content. */
function trimRun(run: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of run) {
    const last = out.at(-1);
    if (node.type === 'text' && last?.type === 'text') out[out.length - 1] = text(last.value + node.value);
    else out.push(node);
  }
  const first = out[0];
  if (first?.type === 'text') out[0] = text(first.value.replace(/^\s+/, ''));
  const last = out.at(-1);
  if (last?.type === 'text') out[out.length - 1] = text(last.value.replace(/\s+$/, ''));
  return out.filter((n) => !(n.type === 'text' && n.value === ''));
}

function shorten(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
