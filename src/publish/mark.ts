import { createHash } from 'node:crypto';

/**
 * The mark wxgate leaves in every draft it makes, so that WeChat itself can say whether an article already went
 * out when its record was lost or rewound: the draft's content is wrapped in
 *
 *     <section data-wxgate="<article>.<content>">…</section>
 *
 * where <article> is 16 hex digits of SHA-256 over the article's key (`<account>/<folder>`) and <content> the first
 * 16 hex digits of its content hash. The same content yields the same mark, in every run.
 *
 * Why a match means this article, and why it is not missed:
 * - No author can write it. The renderer rebuilds raw HTML from an allow-list of tag names and keeps no attribute
 *   of the author's (src/render/render.ts, HtmlBuilder), and text never holds an unescaped `<`: a `<section …
 *   data-wxgate="…">` tag in a draft was put there by wxgate. Only the tag form is read, never text that looks like it.
 * - WeChat keeps it. draft/add keeps `data-*` attributes: editors' own marks (`data-tool="mdnice编辑器"`) are in
 *   published articles' HTML, and the emulator's filter keeps them likewise (src/wechat/emulator/sanitize.ts).
 *   Hex digits need no escaping wherever the HTML goes.
 * - 64 bits of SHA-256 per key: two keys of one account collide with a probability near n²/2⁶⁵.
 *
 * Limits: a publication not made through this mark — published by hand in the MP backend, or by a wxgate from
 * before the mark — has none; the publisher then falls back to the title (steps/prior.ts). The wrapper adds about
 * 60 characters to the content, which WeChat counts against its 20,000.
 */
export interface DraftMark {
  /** SHA-256 of the article key, 16 hex digits. */
  article: string;
  /** The content hash's first 16 hex digits. */
  content: string;
}

export function markOf(key: string, contentHash: string): DraftMark {
  return {
    article: createHash('sha256').update(key).digest('hex').slice(0, 16),
    content: contentHash.replace(/^sha256:/, '').slice(0, 16),
  };
}

/** The rendered article wrapped in its mark, as it goes to draft/add. */
export function withMark(html: string, mark: DraftMark): string {
  return `<section data-wxgate="${mark.article}.${mark.content}">${html}</section>`;
}

const MARK = /<section\b[^<>]*\sdata-wxgate="([0-9a-f]{16})\.([0-9a-f]{16})"[^<>]*>/;

/** The mark of a draft's or a publication's content, as WeChat lists it; undefined when it has none. */
export function readMark(html: string): DraftMark | undefined {
  const m = MARK.exec(html);
  return m ? { article: m[1] as string, content: m[2] as string } : undefined;
}
