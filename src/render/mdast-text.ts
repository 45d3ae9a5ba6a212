/**
 * Small pure helpers of the renderer over Markdown trees and text: plain text of a subtree, autolinks, hosts, how
 * soft line breaks read in Chinese, trimming runs of inline HTML.
 */
import type { ElementContent } from 'hast';
import type { Nodes } from 'mdast';
import { text } from './hast.js';

/** Schemes a link or image never keeps: they run code or read local data instead of going to a web page. */
export const SCRIPT_SCHEME = /^(?:javascript|vbscript|data|file|about|blob|filesystem):/i;

export function collect(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) collect(child as Nodes, visit);
}

export function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

/** Plain text of Markdown; with `withUrls`, a link's address follows its text in （）, as a footnote shows it. */
export function mdastText(nodes: readonly Nodes[], withUrls = false): string {
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
export function isAutolink(url: string, shown: string): boolean {
  const t = shown.trim();
  const u = url.trim();
  return t !== '' && (t === u || `mailto:${t}` === u || `http://${t}` === u || `https://${t}` === u);
}

export function hostOf(url: string): string | undefined {
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
export function softBreaks(value: string): string {
  if (!value.includes('\n')) return value;
  return value.replace(/[ \t]*\n[ \t]*/g, (m, offset: number, all: string) => {
    const before = all.slice(0, offset).at(-1) ?? '';
    const after = all[offset + m.length] ?? '';
    return WIDE.test(before) && WIDE.test(after) ? '' : ' ';
  });
}

/** White space at the edges of a run of inline HTML content is not content. */
export function trimRun(run: ElementContent[]): ElementContent[] {
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

export function shorten(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
