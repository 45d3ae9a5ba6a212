import type { Element, ElementContent } from 'hast';

export interface HtmlSize {
  /** Unicode code points. */
  chars: number;
  /** UTF-8 bytes. */
  bytes: number;
}

/**
 * The size of `serializeHtml(root)` without writing it: wechat/content-size measures every article, and building
 * the string cost about as much as the rest of the rendering. It follows hast-util-to-html as serializeHtml calls
 * it: text escapes `&` (&amp;) and `<` (&lt;); double-quoted attribute values escape `"` (&quot;), `&` (&amp;), `'`
 * (&#x27;) and `` ` `` (&#x60;); void elements have no close tag; then every U+00A0 becomes `&nbsp;`.
 *
 * Only the shapes the renderer builds are measured: the elements it writes, with plain string attributes from a
 * fixed set, and text. Anything else returns undefined and the caller serializes instead, so a new element or
 * attribute in the renderer's output falls back to writing the HTML rather than being measured by guesswork. test/render/html-size.test.ts compares both on every golden
 * file, sample article and a generated corpus.
 */
export function htmlSize(root: Element): HtmlSize | undefined {
  const size: HtmlSize = { chars: 0, bytes: 0 };
  return element(root, size) ? size : undefined;
}

/** The elements the renderer writes (render.ts); void ones have no close tag. */
const ELEMENTS = new Set(
  'section p span h1 h2 h3 h4 h5 h6 blockquote table thead tbody tr th td pre code strong em del u sup sub a'.split(
    ' ',
  ),
);
const VOID = new Set(['br', 'hr', 'img']);
const ATTRIBUTES = new Set(['style', 'href', 'src', 'alt', 'title']);

function element(node: Element, size: HtmlSize): boolean {
  const tag = node.tagName;
  if (!ELEMENTS.has(tag) && !VOID.has(tag)) return false;
  add(size, tag.length + 2, tag.length + 2); // <tag>
  for (const [name, value] of Object.entries(node.properties)) {
    if (value === undefined || value === null) continue;
    if (!ATTRIBUTES.has(name) || typeof value !== 'string') return false;
    add(size, name.length + 4, name.length + 4); // ␠name=""
    if (name === 'style' ? !measureStyle(value, size) : !measure(value, true, size)) return false;
  }
  if (VOID.has(tag)) return node.children.length === 0;
  add(size, tag.length + 3, tag.length + 3); // </tag>
  return children(node.children, size);
}

function children(nodes: readonly ElementContent[], size: HtmlSize): boolean {
  for (const node of nodes) {
    const ok =
      node.type === 'text'
        ? measure(node.value, false, size)
        : node.type === 'element' && element(node, size);
    if (!ok) return false;
  }
  return true;
}

/**
 * The theme gives every element of a kind the same long style, so a style is measured once: an article repeats a
 * handful of them thousands of times. The styles come from the theme, not the author, so the memo stays small.
 */
const STYLE_SIZES = new Map<string, HtmlSize | null>();
const STYLE_MEMO_LIMIT = 512;

function measureStyle(value: string, size: HtmlSize): boolean {
  let known = STYLE_SIZES.get(value);
  if (known === undefined) {
    const own: HtmlSize = { chars: 0, bytes: 0 };
    known = measure(value, true, own) ? own : null;
    if (STYLE_SIZES.size >= STYLE_MEMO_LIMIT) STYLE_SIZES.clear();
    STYLE_SIZES.set(value, known);
  }
  if (known === null) return false;
  add(size, known.chars, known.bytes);
  return true;
}

/**
 * Adds a text or attribute value as written: escaped, with `&nbsp;` for U+00A0. A lone surrogate returns false:
 * next to another string's half it would join into one character in the written HTML.
 */
function measure(value: string, attribute: boolean, size: HtmlSize): boolean {
  let chars = 0;
  let bytes = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x80) {
      let width = 1;
      if (c === 0x26)
        width = 5; // &amp;
      else if (attribute && (c === 0x22 || c === 0x27 || c === 0x60))
        width = 6; // &quot; &#x27; &#x60;
      else if (!attribute && c === 0x3c) width = 4; // &lt;
      chars += width;
      bytes += width;
    } else if (c === 0xa0) {
      chars += 6; // &nbsp;
      bytes += 6;
    } else if (c < 0x800) {
      chars++;
      bytes += 2;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const next = value.charCodeAt(i + 1);
      if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return false;
      chars++;
      bytes += 4;
      i++;
    } else {
      chars++;
      bytes += 3;
    }
  }
  add(size, chars, bytes);
  return true;
}

function add(size: HtmlSize, chars: number, bytes: number): void {
  size.chars += chars;
  size.bytes += bytes;
}
