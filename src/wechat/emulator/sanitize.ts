/**
 * What WeChat keeps of an article's `content` HTML, as the emulator models it (reference §7 and §13 point 15).
 * WeChat does not publish its filter; this follows what is documented (JavaScript removed, external images
 * filtered, links only to mp.weixin.qq.com) and what converters consistently observe (inline `style` only, no
 * `<style>` blocks or classes, no iframes, no event handlers).
 *
 * Pure and dependency-free: a small HTML tokenizer, an allow-list of tags and attributes (./sanitize-tables.ts),
 * and a CSS declaration filter. The renderer's tests use it to prove that everything wxgate emits survives unchanged
 * (`sanitizeWeChatContentWithReport(html).removed` is empty).
 *
 * - removed with their content: script, style, iframe, frame(set), object, embed, applet, noscript, template, head,
 *   title, form controls, audio, video, canvas, math, and the void elements meta, link, base, input, source, track;
 * - unwrapped (tag dropped, content kept): any tag not on the allow-list (html, body, form, nav, custom elements…);
 * - attributes: only the allow-list (style, align, data-*, and per tag href/src/alt/width/…); on* handlers, class
 *   and id are dropped;
 * - `<img>` survives only with an mmbiz image URL (mmbiz.qpic.cn, mmbiz.qlogo.cn, or the emulator's own loopback
 *   `/mmbiz_*` URLs); `<a>` survives only pointing at mp.weixin.qq.com, otherwise it is unwrapped;
 * - styles: `expression()`, `behavior`, `-moz-binding`, `javascript:` and `url()` to non-mmbiz hosts are dropped;
 * - comments, doctypes, CDATA and processing instructions are dropped.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import {
  ALLOWED_TAGS,
  DROP_WITH_CONTENT,
  GLOBAL_ATTRS,
  RAW_TEXT,
  SVG_ATTRS,
  SVG_SET,
  TAG_ATTRS,
  VOID,
} from './sanitize-tables.js';

export interface SanitizeOptions {
  /** Extra hosts whose images survive (besides mmbiz.qpic.cn, mmbiz.qlogo.cn and loopback `/mmbiz_*` paths). */
  imageHosts?: readonly string[];
  /** Extra hosts links may point at (besides mp.weixin.qq.com). */
  linkHosts?: readonly string[];
}

export type RemovalKind = 'element' | 'attribute' | 'style' | 'image' | 'link' | 'markup';

export interface Removal {
  kind: RemovalKind;
  /** Tag, attribute or CSS property name. */
  name: string;
  /** The offending value (href, src, style declaration…), when there is one. */
  detail?: string;
}

export interface SanitizeReport {
  html: string;
  removed: Removal[];
}

export function sanitizeWeChatContent(html: string, options: SanitizeOptions = {}): string {
  return sanitizeWeChatContentWithReport(html, options).html;
}

const IMAGE_HOSTS = ['mmbiz.qpic.cn', 'mmbiz.qlogo.cn'];
const LINK_HOSTS = ['mp.weixin.qq.com'];
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export function sanitizeWeChatContentWithReport(html: string, options: SanitizeOptions = {}): SanitizeReport {
  const removed: Removal[] = [];
  const out: string[] = [];
  const imageHosts = [...IMAGE_HOSTS, ...(options.imageHosts ?? [])].map((h) => h.toLowerCase());
  const linkHosts = [...LINK_HOSTS, ...(options.linkHosts ?? [])].map((h) => h.toLowerCase());
  /** Open elements whose content is being dropped. */
  const dropping: string[] = [];
  /** For each open `<a>`: was it unwrapped (so its end tag must go too)? */
  const anchors: boolean[] = [];

  for (const token of tokenize(html)) {
    if (dropping.length > 0) {
      if (token.type === 'start' && DROP_WITH_CONTENT.has(token.name) && !VOID.has(token.name)) {
        dropping.push(token.name);
      } else if (token.type === 'end' && token.name === dropping[dropping.length - 1]) {
        dropping.pop();
      }
      continue;
    }
    switch (token.type) {
      case 'text':
        // Text tokens never hold markup (the tokenizer made tags of it), so any "<" left is a literal one.
        out.push(token.raw.replace(/</g, '&lt;'));
        break;
      case 'markup':
        removed.push({ kind: 'markup', name: token.raw.startsWith('<!--') ? 'comment' : 'declaration' });
        break;
      case 'end': {
        if (token.name === 'a') {
          const unwrapped = anchors.pop();
          if (unwrapped === false) out.push('</a>');
          break;
        }
        if (ALLOWED_TAGS.has(token.name) && !VOID.has(token.name)) out.push(`</${token.name}>`);
        break;
      }
      case 'start': {
        const name = token.name;
        if (DROP_WITH_CONTENT.has(name)) {
          removed.push({ kind: 'element', name });
          // "/>" does not close an HTML element: its content goes too, up to its end tag.
          if (!VOID.has(name)) dropping.push(name);
          break;
        }
        if (!ALLOWED_TAGS.has(name)) {
          removed.push({ kind: 'element', name });
          break;
        }
        const kept: string[] = [];
        let dropElement: Removal | undefined;
        for (const attr of token.attrs) {
          const verdict = judgeAttribute(name, attr, imageHosts, linkHosts);
          if (verdict.type === 'keep') kept.push(verdict.text);
          else if (verdict.type === 'drop-element') dropElement = verdict.removal;
          else removed.push(verdict.removal);
          if (verdict.type === 'keep' && verdict.removals) removed.push(...verdict.removals);
        }
        if (name === 'img' && !token.attrs.some((a) => a.name === 'src')) {
          dropElement = { kind: 'image', name: 'img', detail: '(no src)' };
        }
        if (name === 'a') {
          const href = token.attrs.find((a) => a.name === 'href');
          if (dropElement || !href) {
            removed.push(dropElement ?? { kind: 'link', name: 'a', detail: '(no href)' });
            if (!token.selfClosing) anchors.push(true);
            break;
          }
          if (!token.selfClosing) anchors.push(false);
        } else if (dropElement) {
          removed.push(dropElement);
          break;
        }
        const attrs = kept.length > 0 ? ` ${kept.join(' ')}` : '';
        const close = token.selfClosing && (SVG_SET.has(name) || VOID.has(name)) ? ' /' : '';
        out.push(`<${name}${attrs}${close}>`);
        break;
      }
    }
  }
  return { html: out.join(''), removed };
}

type Verdict =
  | { type: 'keep'; text: string; removals?: Removal[] }
  | { type: 'drop'; removal: Removal }
  | { type: 'drop-element'; removal: Removal };

function judgeAttribute(
  tag: string,
  attr: Attr,
  imageHosts: readonly string[],
  linkHosts: readonly string[],
): Verdict {
  const name = attr.name;
  const value = decodeEntities(attr.value ?? '');
  const drop = (): Verdict => ({ type: 'drop', removal: { kind: 'attribute', name, detail: `<${tag}>` } });
  if (name.startsWith('on')) return drop();
  const allowed =
    GLOBAL_ATTRS.has(name) ||
    /^data-[a-z0-9_.-]+$/.test(name) ||
    (TAG_ATTRS[tag]?.includes(name) ?? false) ||
    (SVG_SET.has(tag) && SVG_ATTRS.has(name));
  if (!allowed) return drop();

  if (name === 'style') {
    const { css, removals } = filterStyle(value, imageHosts);
    if (css === '') return { type: 'drop', removal: { kind: 'style', name: 'style', detail: value } };
    return { type: 'keep', text: `style="${escapeAttr(css)}"`, removals };
  }
  if (tag === 'img' && name === 'src') {
    if (!isImageUrl(value, imageHosts)) {
      return { type: 'drop-element', removal: { kind: 'image', name: 'img', detail: value } };
    }
  } else if (tag === 'a' && name === 'href') {
    if (!isLinkUrl(value, linkHosts)) {
      return { type: 'drop-element', removal: { kind: 'link', name: 'a', detail: value } };
    }
  } else if (name === 'href' || name === 'xlink:href') {
    // Inside SVG only same-document references.
    if (!value.trim().startsWith('#')) return drop();
  } else if (/^\s*(?:javascript|vbscript|data)\s*:/i.test(stripControls(value))) {
    return drop();
  }
  const raw = attr.value === undefined ? '' : attr.value;
  return { type: 'keep', text: `${attr.rawName}="${escapeAttr(raw)}"` };
}

/** The `https?://host/…` URL parts WeChat would see, or undefined. */
function httpUrl(value: string): URL | undefined {
  const cleaned = stripControls(value).trim();
  if (!/^https?:\/\//i.test(cleaned) && !cleaned.startsWith('//')) return undefined;
  try {
    return new URL(cleaned.startsWith('//') ? `https:${cleaned}` : cleaned);
  } catch {
    return undefined;
  }
}

function hostMatches(host: string, hosts: readonly string[]): boolean {
  return hosts.some((h) => host === h || host.endsWith(`.${h}`));
}

export function isImageUrl(value: string, imageHosts: readonly string[] = IMAGE_HOSTS): boolean {
  const url = httpUrl(value);
  if (!url) return false;
  const host = url.hostname.toLowerCase();
  if (hostMatches(host, imageHosts)) return true;
  // The emulator serves its uploads from loopback under WeChat's own path shapes.
  return LOOPBACK.has(host) && /^\/(?:sz_)?mmbiz(?:_[a-z]+)?\//.test(url.pathname);
}

function isLinkUrl(value: string, linkHosts: readonly string[]): boolean {
  const url = httpUrl(value);
  return url !== undefined && hostMatches(url.hostname.toLowerCase(), linkHosts);
}

/** Absolute http(s) links to a host other than mp.weixin.qq.com: what WeChat rejects (40066/45166). */
export function isExternalLink(removal: Removal): boolean {
  return removal.kind === 'link' && removal.detail !== undefined && httpUrl(removal.detail) !== undefined;
}

function filterStyle(css: string, imageHosts: readonly string[]): { css: string; removals: Removal[] } {
  const removals: Removal[] = [];
  const kept: string[] = [];
  for (const declaration of splitDeclarations(css)) {
    const colon = declaration.indexOf(':');
    if (colon <= 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    const flat = stripControls(value).replace(/\\/g, '').toLowerCase();
    let bad = property === 'behavior' || property === '-moz-binding' || /^[^a-z-]/.test(property);
    bad ||=
      flat.includes('expression(') || /(?:javascript|vbscript)\s*:/.test(flat) || flat.includes('@import');
    if (!bad) {
      for (const m of value.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/gi)) {
        if (!isImageUrl(m[2] ?? '', imageHosts)) bad = true;
      }
    }
    if (bad) removals.push({ kind: 'style', name: property, detail: `${property}: ${value}` });
    else kept.push(`${declaration.slice(0, colon).trim()}: ${value}`);
  }
  return { css: kept.join('; '), removals };
}

/** Splits on `;` outside quotes and parentheses. */
function splitDeclarations(css: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ';' && depth === 0) {
      parts.push(css.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(css.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

function stripControls(s: string): string {
  // Browsers ignore tabs, newlines and other controls inside a URL scheme ("java\tscript:").
  return s.replace(/[\u0000-\u001f\u007f]/g, '');
}

function escapeAttr(value: string): string {
  return value.replace(/"/g, '&quot;');
}

export function decodeEntities(s: string): string {
  return s.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[a-zA-Z][a-zA-Z0-9]*);?/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code =
        body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
    }
    const named = decodeNamedCharacterReference(body);
    return named === false ? whole : named;
  });
}

// ── tokenizer ──────────────────────────────────────────────────────────────────────────────────────────────

interface Attr {
  /** Lower-cased. */
  name: string;
  rawName: string;
  /** Raw (entity-encoded) value; undefined for a bare attribute. */
  value: string | undefined;
}

type Token =
  | { type: 'text'; raw: string }
  | { type: 'markup'; raw: string }
  | { type: 'start'; name: string; attrs: Attr[]; selfClosing: boolean }
  | { type: 'end'; name: string };

function* tokenize(html: string): Generator<Token> {
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      yield { type: 'text', raw: html.slice(i) };
      return;
    }
    const next = html[lt + 1] ?? '';
    const startsTag = /[a-zA-Z]/.test(next) || (next === '/' && /[a-zA-Z]/.test(html[lt + 2] ?? ''));
    const startsMarkup = next === '!' || next === '?';
    if (!startsTag && !startsMarkup) {
      // A lone "<": text up to the next "<".
      const after = html.indexOf('<', lt + 1);
      const end = after === -1 ? n : after;
      yield { type: 'text', raw: html.slice(i, end) };
      i = end;
      continue;
    }
    if (lt > i) yield { type: 'text', raw: html.slice(i, lt) };
    if (startsMarkup) {
      let end: number;
      if (html.startsWith('<!--', lt)) {
        const close = html.indexOf('-->', lt + 4);
        end = close === -1 ? n : close + 3;
      } else if (html.startsWith('<![CDATA[', lt)) {
        const close = html.indexOf(']]>', lt + 9);
        end = close === -1 ? n : close + 3;
      } else {
        const close = html.indexOf('>', lt + 2);
        end = close === -1 ? n : close + 1;
      }
      yield { type: 'markup', raw: html.slice(lt, end) };
      i = end;
      continue;
    }
    if (next === '/') {
      const m = /^<\/([a-zA-Z][^\s/>]*)[^>]*>?/.exec(html.slice(lt, lt + 4096));
      const name = (m?.[1] ?? '').toLowerCase();
      const close = html.indexOf('>', lt);
      i = close === -1 ? n : close + 1;
      yield { type: 'end', name };
      continue;
    }
    const parsed = parseStartTag(html, lt);
    i = parsed.end;
    yield parsed.token;
    if (RAW_TEXT.has(parsed.token.name)) {
      // Raw text: everything up to the matching end tag is the element's text, never markup.
      const closeRe = new RegExp(`</${parsed.token.name}(?=[\\s/>])[^>]*>|</${parsed.token.name}$`, 'i');
      const rest = html.slice(i);
      const m = closeRe.exec(rest);
      const textEnd = m ? i + m.index : n;
      if (textEnd > i) yield { type: 'text', raw: html.slice(i, textEnd) };
      if (m) yield { type: 'end', name: parsed.token.name };
      i = m ? i + m.index + m[0].length : n;
    }
  }
}

function parseStartTag(html: string, lt: number): { token: Extract<Token, { type: 'start' }>; end: number } {
  let i = lt + 1;
  const n = html.length;
  const nameStart = i;
  while (i < n && !/[\s/>]/.test(html[i] as string)) i++;
  const name = html.slice(nameStart, i).toLowerCase();
  const attrs: Attr[] = [];
  let selfClosing = false;
  for (;;) {
    while (i < n && /[\s/]/.test(html[i] as string)) {
      if (html[i] === '/' && html[i + 1] === '>') selfClosing = true;
      i++;
    }
    if (i >= n) break;
    if (html[i] === '>') {
      i++;
      break;
    }
    const attrStart = i;
    while (i < n && !/[\s/>=]/.test(html[i] as string)) i++;
    const rawName = html.slice(attrStart, i);
    while (i < n && /\s/.test(html[i] as string)) i++;
    let value: string | undefined;
    if (html[i] === '=') {
      i++;
      while (i < n && /\s/.test(html[i] as string)) i++;
      const q = html[i];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, i + 1);
        const end = close === -1 ? n : close;
        value = html.slice(i + 1, end);
        i = close === -1 ? n : close + 1;
      } else {
        const vStart = i;
        while (i < n && !/[\s>]/.test(html[i] as string)) i++;
        value = html.slice(vStart, i);
      }
    }
    if (rawName !== '') {
      const lower = rawName.toLowerCase();
      // The first of duplicate attributes wins, as in browsers.
      if (!attrs.some((a) => a.name === lower)) attrs.push({ name: lower, rawName, value });
    }
  }
  return { token: { type: 'start', name, attrs, selfClosing }, end: i };
}
