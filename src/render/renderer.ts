/**
 * The walk from an article's Markdown tree to WeChat's HTML (see renderArticle in ./render.ts for what it keeps,
 * drops and rewrites): blocks, inline content, links, images, raw HTML through ./html-builder.ts. The numbered
 * notes are ./footnotes.ts, a reprint's opening line ./reprint-line.ts.
 */
import type { Element, ElementContent } from 'hast';
import type {
  BlockContent,
  DefinitionContent,
  FootnoteDefinition,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  RootContent,
  Table,
} from 'mdast';
import type { Article } from '../article/article.js';
import { renderCode } from './code.js';
import { Footnotes } from './footnotes.js';
import { el, hastText, hasVisible, joinStyles, text } from './hast.js';
import { BLOCK_TAGS, type ElementMaker, HtmlBuilder, INLINE_TAGS } from './html-builder.js';
import { imageSource } from './image-source.js';
import {
  collect,
  hostOf,
  isAutolink,
  lineOf,
  mdastText,
  SCRIPT_SCHEME,
  shorten,
  softBreaks,
  trimRun,
} from './mdast-text.js';
import { tokenizeHtml } from './raw-html.js';
import { RenderError, type RenderedTree, type RenderOptions, type RenderWarning } from './render-types.js';
import { reprintLine } from './reprint-line.js';
import type { Theme } from './theme.js';

const BULLETS = ['•', '◦', '▪'];

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

export class Renderer implements ElementMaker {
  private readonly styles: Theme['styles'];
  private readonly linkHosts: ReadonlySet<string>;
  private readonly imageHosts: ReadonlySet<string>;
  private readonly definitions = new Map<string, { url: string; title: string | null | undefined }>();
  private readonly noteDefinitions = new Map<string, FootnoteDefinition>();
  private readonly footnotes = new Footnotes();
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
    const source = reprintLine(this.article.frontMatter.fields, this.options.theme, this.linkHosts);
    if (source) body.push(source);
    body.push(...this.blocks(tree.children));
    const notes = this.footnotes.section(this.options.theme);
    if (notes) body.push(notes);
    return {
      root: el('section', this.styles.article, body),
      images: [...this.images],
      footnotes: this.footnotes.list(),
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
        const note = this.footnotes.cite(`note:${node.identifier}`, () => ({
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
    const note = this.footnotes.cite(`url:${href}`, () => ({ text: shown === '' ? href : shown, url: href }));
    return [...children, el('sup', this.styles.footnote_ref, [text(`[${note.n}]`)])];
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
    const where = imageSource(url, line, this.imageHosts);
    if (where.kind === 'hosted') return where.src;
    if (where.kind === 'dropped') {
      this.warnings.push({ line, message: where.warning });
      return undefined;
    }
    const src = this.options.imageUrl(where.path);
    if (src === undefined) {
      throw new RenderError(line, {
        zh: `图片「${where.path}」在文章目录里找不到（或没有上传地址），无法渲染。请检查文件名。`,
        en: `Image "${where.path}" is not in the article folder (or has no uploaded address), so it cannot be rendered. Check the file name.`,
      });
    }
    if (!this.images.includes(where.path)) this.images.push(where.path);
    return src;
  }

  // ---- raw HTML -------------------------------------------------------------------------------------------

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
