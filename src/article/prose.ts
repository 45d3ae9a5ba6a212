import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { Nodes, Parent, Root, RootContent } from 'mdast';

/**
 * Prose segments: the text of every node that carries prose, with an exact map from each text index back to
 * the source offset. mdast `value`s are not verbatim slices of the source (container prefixes such as `> ` and
 * list indentation, backslash escapes and character references all differ), so positions are recovered by
 * aligning each value against its source slice rather than by adding indices to a node's start.
 */
export type SegmentKind =
  | 'paragraph'
  | 'heading'
  | 'tableCell'
  | 'html'
  | 'code'
  | 'imageAlt'
  | 'linkTitle'
  | 'title'
  | 'digest'
  | 'author';

/** Prose a reader reads, for typography and style rules: not code, and not the author field (a name). */
export const READER_PROSE: ReadonlySet<SegmentKind> = new Set([
  'paragraph',
  'heading',
  'tableCell',
  'html',
  'imageAlt',
  'linkTitle',
  'title',
  'digest',
]);

export interface Segment {
  kind: SegmentKind;
  text: string;
  /** offsets[i] = source offset of text[i]; offsets[text.length] = source offset just past the last character. */
  offsets: Int32Array;
  /** [start, end) ranges of `text` that are code or bare URLs: checked for compliance, not for typography. */
  verbatim: Array<[number, number]>;
  /** [start, end) ranges of `text` that are the text of a link (not autolinks): titles of what is referred to. */
  links: Array<[number, number]>;
  /** Inside a block quote (quoted material). */
  quoted: boolean;
  /** The heading depth for `heading` segments. */
  depth?: number;
}

/** Builds segment text and its offset map incrementally. */
export class SegmentBuilder {
  /** The text so far, as the values appended whole (joined once in build: no string per character). */
  private readonly parts: string[] = [];
  private readonly map: number[] = [];
  readonly verbatim: Array<[number, number]> = [];
  readonly links: Array<[number, number]> = [];
  private end = 0;

  get length(): number {
    return this.map.length;
  }

  /** Appends `value`, aligned against `source` starting at `sourceStart`. */
  appendAligned(value: string, source: string, sourceStart: number, sourceEnd: number): void {
    this.parts.push(value);
    let j = sourceStart;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      // Most characters stand for themselves at the next source position: no search, no allocation. A
      // backslash or ampersand may start an escape or a character reference, so those take the full search.
      if (j < sourceEnd && source.charCodeAt(j) === c && c !== BACKSLASH && c !== AMPERSAND) {
        this.mapTo(j);
        j++;
        continue;
      }
      const at = alignOne(value[i]!, source, j, sourceEnd);
      if (at === -1) {
        // Not found in the slice (generated text): pin it to where we are rather than guess further.
        this.mapTo(Math.min(j, sourceEnd));
        continue;
      }
      this.mapTo(at.start);
      j = at.next;
    }
    this.end = Math.max(this.end, Math.min(j, sourceEnd));
  }

  push(ch: string, offset: number): void {
    this.parts.push(ch);
    this.mapTo(offset);
  }

  private mapTo(offset: number): void {
    this.map.push(offset);
    this.end = Math.max(this.end, offset + 1);
  }

  build(kind: SegmentKind, quoted: boolean, endOffset?: number): Segment {
    const offsets = new Int32Array(this.map.length + 1);
    offsets.set(this.map);
    offsets[this.map.length] = endOffset ?? this.end;
    return { kind, text: this.parts.join(''), offsets, verbatim: this.verbatim, links: this.links, quoted };
  }
}

const BACKSLASH = 0x5c;
const AMPERSAND = 0x26;

/**
 * Finds the source position of one value character at or after `j`: the character itself, a backslash escape of
 * it, or a character reference decoding to it. Anything else on the way (prefixes, indentation, markup) is
 * skipped. Returns where the character starts and where the next search begins.
 */
function alignOne(ch: string, source: string, j: number, end: number): { start: number; next: number } | -1 {
  for (let k = j; k < end; k++) {
    const s = source[k]!;
    // Escapes and references first: `\*` and `&amp;` stand for one character each.
    if (s === '\\' && source[k + 1] === ch && ASCII_PUNCTUATION.includes(ch))
      return { start: k, next: k + 2 };
    if (s === '&') {
      const ref = /^&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/.exec(
        source.slice(k, k + 40),
      );
      if (ref) {
        const decoded = decodeReference(ref[1]!);
        if (decoded?.startsWith(ch)) return { start: k, next: k + ref[0].length };
      }
    }
    if (s === ch) return { start: k, next: k + 1 };
    // Only markup and whitespace may be skipped; stop at other text so a mismatch never runs far ahead.
    if (!isSkippable(s)) return -1;
  }
  return -1;
}

const ASCII_PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

/** A link whose text is its own address (an autolink or a bare URL or e-mail address): verbatim, not prose. */
function isAutolinkText(text: string, url: string): boolean {
  return (
    url === text ||
    url === `mailto:${text}` ||
    url === `http://${text}` ||
    /^(https?:|www\.|mailto:)/i.test(text)
  );
}

function isSkippable(s: string): boolean {
  return ' \t\n\r>*_`~[]()!#|<-+.:'.includes(s);
}

function decodeReference(body: string): string | undefined {
  if (body.startsWith('#')) {
    const code =
      body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  const named = decodeNamedCharacterReference(body);
  return named === false ? undefined : named;
}

/** Collects prose segments from an mdast tree parsed from `source`. */
export function collectSegments(tree: Root, source: string): Segment[] {
  const segments: Segment[] = [];

  const block = (node: Parent, kind: SegmentKind, quoted: boolean, depth?: number) => {
    const b = new SegmentBuilder();
    for (const child of node.children) inline(child as Nodes, b, quoted);
    if (b.length === 0) return;
    const segment = b.build(kind, quoted, node.position?.end.offset);
    if (depth !== undefined) segment.depth = depth;
    segments.push(segment);
  };

  const inline = (node: Nodes, b: SegmentBuilder, quoted: boolean) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    switch (node.type) {
      case 'text':
        if (start !== undefined && end !== undefined) b.appendAligned(node.value, source, start, end);
        return;
      case 'inlineCode':
        if (start !== undefined && end !== undefined) {
          const from = b.length;
          b.appendAligned(node.value, source, start, end);
          b.verbatim.push([from, b.length]);
        }
        return;
      case 'break':
        if (start !== undefined) b.push('\n', start);
        return;
      case 'image':
        if (node.alt && start !== undefined && end !== undefined) {
          const alt = new SegmentBuilder();
          alt.appendAligned(node.alt, source, start + 2, end);
          segments.push(alt.build('imageAlt', quoted));
        }
        if (node.title) titleSegment(node.title, start, end, quoted);
        return;
      case 'link': {
        const from = b.length;
        for (const child of node.children) inline(child as Nodes, b, quoted);
        // An autolink's text is its URL: verbatim, not prose.
        const only = node.children.length === 1 ? node.children[0] : undefined;
        if (only?.type === 'text' && isAutolinkText(only.value, node.url)) b.verbatim.push([from, b.length]);
        else if (b.length > from) b.links.push([from, b.length]);
        if (node.title) titleSegment(node.title, start, end, quoted);
        return;
      }
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'linkReference':
        for (const child of node.children) inline(child as Nodes, b, quoted);
        return;
      default:
        // Inline HTML tags, footnote references, image references: no prose of their own.
        return;
    }
  };

  const titleSegment = (
    title: string,
    start: number | undefined,
    end: number | undefined,
    quoted: boolean,
  ) => {
    if (start === undefined || end === undefined) return;
    // The title is the last quoted string of the node's source.
    const slice = source.slice(start, end);
    const at = slice.lastIndexOf(title.slice(0, 1), slice.length - title.length);
    const b = new SegmentBuilder();
    b.appendAligned(title, source, start + Math.max(at, 0), end);
    segments.push(b.build('linkTitle', quoted));
  };

  const visit = (node: RootContent | Root, quoted: boolean) => {
    switch (node.type) {
      case 'paragraph':
        block(node, 'paragraph', quoted);
        return;
      case 'heading':
        block(node, 'heading', quoted, node.depth);
        return;
      case 'tableCell':
        block(node, 'tableCell', quoted);
        return;
      case 'html':
        htmlSegment(node.value, node.position?.start.offset, node.position?.end.offset, quoted);
        return;
      case 'code':
        if (node.position) {
          const b = new SegmentBuilder();
          const start = node.position.start.offset ?? 0;
          const end = node.position.end.offset ?? start;
          const fenceEnd = source.indexOf('\n', start);
          b.appendAligned(node.value, source, fenceEnd === -1 ? start : fenceEnd + 1, end);
          const segment = b.build('code', quoted);
          segment.verbatim.push([0, segment.text.length]);
          segments.push(segment);
        }
        return;
      case 'blockquote':
        for (const child of node.children) visit(child, true);
        return;
      default:
        if ('children' in node) for (const child of node.children) visit(child as RootContent, quoted);
    }
  };

  const htmlSegment = (
    value: string,
    start: number | undefined,
    end: number | undefined,
    quoted: boolean,
  ) => {
    if (start === undefined || end === undefined || value.startsWith('<!--')) return;
    // Keep the text between tags: WeChat shows it, so it is checked like any prose. Script and style bodies are
    // not text anyone reads (format/raw-html reports them).
    const b = new SegmentBuilder();
    const slice = source.slice(start, end);
    const hidden = [...slice.matchAll(/<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi)].map((m) => [
      m.index,
      m.index + m[0].length,
    ]);
    let inTag = false;
    for (let i = 0; i < slice.length; i++) {
      const ch = slice[i]!;
      const skip = hidden.find(([a, z]) => i >= a! && i < z!);
      if (skip) {
        i = skip[1]! - 1;
        continue;
      }
      if (ch === '<') inTag = true;
      else if (ch === '>' && inTag) inTag = false;
      else if (!inTag) b.push(ch, start + i);
    }
    const segment = b.build('html', quoted, end);
    if (segment.text.trim() !== '') segments.push(segment);
  };

  visit(tree, false);
  return segments;
}
