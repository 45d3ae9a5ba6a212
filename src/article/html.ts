import type { Span } from './tree.js';

export interface HtmlAttribute {
  name: string;
  /** undefined for a bare attribute such as `hidden`. */
  value: string | undefined;
  /** The attribute as written. */
  text: string;
  /** Where `text` starts inside the tag's text. */
  offset: number;
}

/** An opening or self-closing tag as written. */
export interface HtmlTag {
  name: string;
  text: string;
  attributes: HtmlAttribute[];
}

// An open tag and its attributes as CommonMark's raw HTML defines them.
const OPEN_TAG =
  /<([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/y;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** Elements whose content is raw text: tags inside them are not tags. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp']);

/** The opening or self-closing tag that starts at `at`, if one does. */
function tagAt(html: string, at: number): HtmlTag | undefined {
  OPEN_TAG.lastIndex = at;
  const m = OPEN_TAG.exec(html);
  if (!m) return undefined;
  const name = m[1]!;
  const attributes = [...(m[2] ?? '').matchAll(ATTRIBUTE)].map((a) => ({
    name: a[1]!,
    value: a[2] ?? a[3] ?? a[4],
    text: a[0],
    offset: 1 + name.length + a.index,
  }));
  return { name, text: m[0], attributes };
}

/** Opening (and self-closing) tags of an HTML fragment as a browser reads it: comments and raw-text content skipped. */
export function openTags(html: string): HtmlTag[] {
  const out: HtmlTag[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close === -1 ? html.length : close + 3;
      continue;
    }
    const tag = tagAt(html, lt);
    if (!tag) {
      i = lt + 1;
      continue;
    }
    out.push(tag);
    i = lt + tag.text.length;
    const name = tag.name.toLowerCase();
    if (RAW_TEXT.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, i);
      i = close === -1 ? html.length : close;
    }
  }
  return out;
}

/**
 * The `<name …>` tags of `html` (any case) that a browser would see: not those inside comments or inside
 * script/style text, which WeChat never shows.
 */
export function tagsNamed(html: string, name: string): HtmlTag[] {
  const wanted = name.toLowerCase();
  return openTags(html).filter((tag) => tag.name.toLowerCase() === wanted);
}

/** The value of attribute `name` (any case): '' when written bare, undefined when absent. The first one counts. */
export function attributeValue(tag: HtmlTag, name: string): string | undefined {
  const wanted = name.toLowerCase();
  const attribute = tag.attributes.find((a) => a.name.toLowerCase() === wanted);
  return attribute === undefined ? undefined : (attribute.value ?? '');
}

/**
 * Source spans of tags read from the value of the html node at `node`, in order. A value drops container prefixes
 * (`> `, list indentation), so each tag is searched for in the source after the previous one; a tag not found
 * whole inside the node gets the node's span.
 */
export function locateTags(
  source: string,
  node: Span,
  tags: readonly HtmlTag[],
): Array<Span & { tag: HtmlTag }> {
  let from = node.start;
  return tags.map((tag) => {
    const at = source.indexOf(tag.text, from);
    if (at === -1 || at + tag.text.length > node.end) return { tag, start: node.start, end: node.end };
    from = at + tag.text.length;
    return { tag, start: at, end: from };
  });
}
