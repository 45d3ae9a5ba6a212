/**
 * Reads Markdown the way GitHub renders it (CommonMark + GFM, parsed by remark) and lists what in it is LIVE: a
 * mention or issue reference GitHub would link, an image, a link or autolink, raw HTML, a heading, a footnote.
 * The sink tests feed hostile author text through wxgate's real rendering and expect nothing live but the
 * constructs wxgate writes itself (its headings, its hidden marker, its own links), which they allow by value.
 */
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface LiveConstruct {
  kind: string;
  text: string;
}

export interface Allowed {
  headings?: readonly string[];
  html?: readonly string[];
  links?: readonly string[];
  mentions?: readonly string[];
  references?: readonly string[];
}

const parser = unified().use(remarkParse).use(remarkGfm);

/** GitHub links `@name` and `@org/team` after a non-word character, `#12`, `GH-12` and `owner/repo#12`. */
const MENTION = /(?<![A-Za-z0-9_`])@[A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9_.-]+)?/g;
const REFERENCE = /(?<![A-Za-z0-9_])(?:[\w.-]+\/[\w.-]+)?#\d+|\bGH-\d+/gi;
const BARE_URL = /\b(?:https?:\/\/|www\.)\S/i;

/** The text of a node as rendered: values of text, code and HTML, alt text of images. */
function textOf(node: Nodes): string {
  if ('value' in node) return node.value;
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  return 'children' in node ? node.children.map((c) => textOf(c as Nodes)).join('') : '';
}

export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}

/** Every live construct of `markdown` that `allowed` does not name. */
export function liveConstructs(markdown: string, allowed: Allowed = {}): LiveConstruct[] {
  const out: LiveConstruct[] = [];
  const visit = (node: Nodes) => {
    switch (node.type) {
      case 'heading':
        if (!allowed.headings?.includes(textOf(node))) out.push({ kind: 'heading', text: textOf(node) });
        break;
      case 'html':
        if (!allowed.html?.includes(node.value.trim())) out.push({ kind: 'html', text: node.value });
        break;
      case 'image':
      case 'imageReference':
        out.push({ kind: 'image', text: textOf(node) });
        break;
      case 'link':
        if (!allowed.links?.includes(node.url)) out.push({ kind: 'link', text: node.url });
        break;
      case 'linkReference':
      case 'definition':
      case 'footnoteReference':
      case 'footnoteDefinition':
        out.push({ kind: node.type, text: textOf(node) });
        break;
      case 'text': {
        for (const m of node.value.matchAll(MENTION)) {
          if (!allowed.mentions?.includes(m[0])) out.push({ kind: 'mention', text: m[0] });
        }
        for (const m of node.value.matchAll(REFERENCE)) {
          if (!allowed.references?.includes(m[0])) out.push({ kind: 'reference', text: m[0] });
        }
        if (BARE_URL.test(node.value)) out.push({ kind: 'autolink', text: node.value });
        break;
      }
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(parseMarkdown(markdown));
  return out;
}

/** What a reader sees: the rendered text, without the invisible U+200B that breaks mentions. */
export function visibleText(markdown: string): string {
  return textOf(parseMarkdown(markdown)).replace(/\u200B/g, '');
}

/** Hostile author input: each string tries one way to ping, track, forge or hide. */
export const HOSTILE = [
  '@everyone 请看 @acme/wxgate-admins',
  '见 #12、GH-34 与 acme/other#5',
  'https://github.com/acme/content/issues/1 与 www.evil.example',
  '联系 a@b.example',
  '![追踪](https://evil.example/pixel.png)',
  '[点此修复](https://evil.example/fix)',
  '<img src=https://evil.example/p.png>',
  '<details><summary>全部通过</summary>',
  '<!-- wxgate-urgent-report:pr-3 -->',
  '# 可以合并 ✅',
  '## wxgate 检查结果',
  '> 引用',
  '- 列表',
  '1. 第一',
  '---',
  '===',
  '**粗体** _斜体_ ~~删除~~',
  '`代码` ``两个``',
  '\\',
  'a | b',
  '第一行\n✅ 可以合并：三项检查均已通过。',
  'x\r\n# 可以合并 ✅',
  '\u001b[31m红色\u001b[0m',
  '\u001b]8;;https://evil.example\u0007链接\u001b]8;;\u0007',
  '反向\u202E✅ 过通',
  '&lt;img&gt; &#64;admin &#x40;root',
  '$\\color{green}{可以合并}$',
  '[^1] 与 [ ] 任务',
  '<https://evil.example>',
  '    缩进代码',
  '::error::伪造的工作流命令',
] as const;
