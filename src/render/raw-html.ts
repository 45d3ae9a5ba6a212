import { decodeNamedCharacterReference } from 'decode-named-character-reference';

/**
 * HTML written into Markdown is data, never markup passed through. It is read by this small tokenizer (not a
 * browser-grade parser: it only has to recognise what the renderer keeps) and rebuilt from an allowlist by the
 * renderer; everything else is dropped. See `renderArticle` for the policy.
 */
export type HtmlToken =
  | { type: 'open'; name: string; attributes: Map<string, string>; selfClosing: boolean }
  | { type: 'close'; name: string }
  | { type: 'text'; value: string };

/** Elements whose content is raw text in HTML: tags inside them are not tags, and the content is dropped. */
const RAW_TEXT = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
]);

const OPEN_TAG =
  /<([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y;
const CLOSE_TAG = /<\/([A-Za-z][A-Za-z0-9-]*)\s*>/y;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Tokens of an HTML fragment; comments, doctypes, processing instructions and raw-text content are skipped. */
export function tokenizeHtml(html: string): HtmlToken[] {
  const out: HtmlToken[] = [];
  let textStart = 0;
  let i = 0;
  const flush = (end: number) => {
    if (end > textStart) out.push({ type: 'text', value: decodeEntities(html.slice(textStart, end)) });
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    const skipTo = (end: number) => {
      flush(lt);
      i = end;
      textStart = end;
    };
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      skipTo(close === -1 ? html.length : close + 3);
      continue;
    }
    if (html.startsWith('<!', lt) || html.startsWith('<?', lt)) {
      const close = html.indexOf('>', lt);
      skipTo(close === -1 ? html.length : close + 1);
      continue;
    }
    CLOSE_TAG.lastIndex = lt;
    const close = CLOSE_TAG.exec(html);
    if (close) {
      skipTo(lt + close[0].length);
      out.push({ type: 'close', name: close[1]!.toLowerCase() });
      continue;
    }
    OPEN_TAG.lastIndex = lt;
    const open = OPEN_TAG.exec(html);
    if (!open) {
      i = lt + 1;
      continue;
    }
    const name = open[1]!.toLowerCase();
    const attributes = new Map<string, string>();
    for (const a of (open[2] ?? '').matchAll(ATTRIBUTE)) {
      const key = a[1]!.toLowerCase();
      if (!attributes.has(key)) attributes.set(key, decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    skipTo(lt + open[0].length);
    out.push({ type: 'open', name, attributes, selfClosing: open[3] === '/' });
    if (RAW_TEXT.has(name)) {
      const end = html.toLowerCase().indexOf(`</${name}`, i);
      const stop = end === -1 ? html.length : end;
      i = stop;
      textStart = stop;
      // The content is dropped with the element; the close tag, if any, is read on the next turn.
      if (end === -1) out.push({ type: 'close', name });
    }
  }
  flush(html.length);
  return out;
}

/** Character references as HTML reads them (named, decimal, hex), so `&#106;avascript:` is seen for what it is. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(
    /&(?:#[xX]([0-9a-fA-F]{1,6});?|#([0-9]{1,7});?|([A-Za-z][A-Za-z0-9]{1,31});)/g,
    (m, hex, dec, name) => {
      if (hex !== undefined || dec !== undefined) {
        const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec);
        return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
          ? String.fromCodePoint(code)
          : '\ufffd';
      }
      const decoded = decodeNamedCharacterReference(name);
      return decoded === false ? m : decoded;
    },
  );
}
