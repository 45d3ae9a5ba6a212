import type { Root, Yaml } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { LocalizedText } from '../text/vocabulary.js';
import { decodeArticle } from './decode.js';
import { type FrontMatterResult, parseFrontMatter } from './front-matter.js';
import type { ImageFacts } from './image-header.js';
import { remarkLazyAutolinks } from './lazy-autolinks.js';
import { findLimitProblem } from './limits.js';
import { LineIndex } from './lines.js';
import { collectSegments, type Segment, SegmentBuilder } from './prose.js';
import { SectionIndex } from './sections.js';
import { SentenceIndex } from './sentences.js';
import { remarkWxgateSyntax } from './syntax.js';
import { NodeIndex } from './tree.js';

/** Everything a rule may know about one article. Built once per file; rules only read it. */
export interface Article {
  /** Path as given by the user (relative to the working directory), with forward slashes. */
  path: string;
  text: string;
  tree: Root;
  lines: LineIndex;
  frontMatter: FrontMatterResult;
  /** Prose of the body and of the front-matter title, digest and author. */
  segments: Segment[];
  /** The sentence (nlcst, words segmented on demand) around any offset of a segment. */
  sentences: SentenceIndex;
  /** The sections (by heading) around any source offset. */
  sections: SectionIndex;
  /** The tree's nodes of a kind, in document order. */
  nodes: NodeIndex;
  /** Account id from `content/<account>/...`, when the path follows the layout. */
  account: string | undefined;
  /** Names of the files beside index.md (images, cover), for rules that check references. */
  assets: ReadonlySet<string>;
  /**
   * What the files beside index.md really are (format from their bytes, size, pixel size), by name; read by the
   * loader. A file missing here was not read (the pull-request check sees names only) and is not judged.
   */
  images: ReadonlyMap<string, ImageFacts>;
  /** The policy time zone that front-matter times were read in. */
  timeZone: string;
}

const processor = unified().use(remarkParse).use(remarkWxgateSyntax).use(remarkLazyAutolinks);

export type LoadedArticle =
  | { ok: true; article: Article }
  | { ok: false; line: number; problem: LocalizedText };

/**
 * An article from a file's bytes, or why the file cannot be one: not UTF-8 text, past a limit the parser needs
 * (src/article/limits.ts), or failing to parse at all. Never throws for bad input, so one hostile file is one error
 * and every other file is still checked, previewed or published. Check, preview and publish all read articles
 * through here.
 */
export function loadArticle(path: string, bytes: Uint8Array, options: ArticleOptions): LoadedArticle {
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return decoded;
  const limit = findLimitProblem(decoded.text);
  if (limit) return { ok: false, ...limit };
  try {
    return { ok: true, article: parseArticle(path, decoded.text, options) };
  } catch (error) {
    return { ok: false, line: 1, problem: cannotProcess(error) };
  }
}

/** What to tell the author when parsing or checking a file threw: the parser's own reason, never a stack trace. */
export function cannotProcess(error: unknown): LocalizedText {
  const overflow = error instanceof RangeError && /call stack/i.test(error.message);
  const reason = overflow
    ? { zh: '结构嵌套过深', en: 'its structure is nested too deeply' }
    : { zh: String((error as Error)?.message ?? error), en: String((error as Error)?.message ?? error) };
  return {
    zh: `文件无法解析和检查：${reason.zh}。请简化文章结构（嵌套、超长的行或段落）后再试。`,
    en: `The file cannot be parsed and checked: ${reason.en}. Simplify its structure (nesting, very long lines or paragraphs).`,
  };
}

/** The policy time zone, and what the loader found beside the article. */
export interface ArticleOptions {
  timeZone: string;
  assets?: ReadonlySet<string>;
  images?: ReadonlyMap<string, ImageFacts>;
}

export function parseArticle(path: string, text: string, options: ArticleOptions): Article {
  const tree = processor.parse(text) as Root;
  const lines = new LineIndex(text);
  const yamlNode = tree.children[0]?.type === 'yaml' ? (tree.children[0] as Yaml) : undefined;
  const frontMatter = parseFrontMatter(
    yamlNode?.value,
    (yamlNode?.position?.start.line ?? 1) + 1,
    options.timeZone,
  );
  const segments = collectSegments(tree, text);
  if (yamlNode) segments.push(...frontMatterSegments(text, lines, frontMatter));
  const account = /(?:^|\/)content\/([^/]+)\//.exec(path)?.[1];
  return {
    path,
    text,
    tree,
    lines,
    frontMatter,
    segments,
    sentences: new SentenceIndex(),
    sections: new SectionIndex(tree, text),
    nodes: new NodeIndex(tree),
    account,
    assets: options.assets ?? new Set(),
    images: options.images ?? new Map(),
    timeZone: options.timeZone,
  };
}

/**
 * Title, digest and author are prose followers read first, so they are checked like the body. Their offsets
 * point into the YAML line; a quoted or folded value maps each character to the value's start.
 */
function frontMatterSegments(text: string, lines: LineIndex, fm: FrontMatterResult): Segment[] {
  const out: Segment[] = [];
  const fields = [
    ['title', 'title'],
    ['digest', 'digest'],
    ['author', 'author'],
  ] as const;
  for (const [key, kind] of fields) {
    const line = fm.keyLines.get(key);
    const value = fm.fields[key];
    if (line === undefined || typeof value !== 'string') continue;
    const lineStart = lines.lineStart(line);
    const lineEnd = text.indexOf('\n', lineStart);
    const lineText = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
    const at = lineText.indexOf(value);
    const b = new SegmentBuilder();
    if (at !== -1) b.appendAligned(value, text, lineStart + at, lineStart + at + value.length);
    else {
      const valueStart = lineStart + lineText.indexOf(':') + 1;
      for (let i = 0; i < value.length; i++) b.push(value[i]!, valueStart);
    }
    out.push(b.build(kind, false));
  }
  return out;
}
