import type { LocalizedText } from '../text/vocabulary.js';

/**
 * Limits measured on the raw text before it is parsed. The Markdown parser recurses once per nesting level and
 * resolves some inline constructs in time quadratic in their count within one paragraph, so a few kilobytes an
 * author (or a fork's pull request) writes could overflow the stack or keep a check busy for minutes:
 *
 * - 3,000 `>` in 3 KB overflow the stack; so do 1,000 nested list items, and ~400 list levels by indentation take
 *   seconds per 160 KB;
 * - containers cost time quadratic in their number in the whole file, even side by side: 16 KB of one-line block
 *   quotes (2,300 of them) take 2.3 s to parse, 64 KB 44 s; 64 KB of `- 集\n  - 集\n` 10 s (top-level list items
 *   alone stay near linear, so they are not counted);
 * - 16,000 unclosed `[` in one paragraph take 0.7 s and 100 KB of them ≈ 100 s; 1,500 nested images take 4 s;
 * - 16,000 `**` runs in one paragraph take 9 s, 250 KB of them ≈ 80 s (`~~` the same);
 * - 60 KB of `a.a.a.…@` (an e-mail autolink that never completes) take 9 s, 40 KB of `[a](` 4 s: both rescan an
 *   unbroken run of ASCII from every position in it.
 *
 * Each limit is far above what an article needs and far below where the cost shows, so an article that passes them
 * parses in time roughly linear in its size (see README "wxgate check": limits).
 */
export const LIMITS = {
  /** Block quotes and list items inside each other, counting two columns of indentation as one list level. */
  nestingDepth: 32,
  /** Block quotes, and list items inside another container, opened in the whole article. */
  containers: 1000,
  /** `[` not yet closed by `]` at any point of one paragraph (links, images, footnotes). */
  bracketDepth: 32,
  /** Runs of `*`, `_` or `~` in one paragraph (one table row: cells are parsed apart). */
  delimiterRuns: 500,
  /** Printable ASCII characters in a row without a space (URLs are far shorter). */
  unbrokenAscii: 2048,
} as const;

export interface LimitProblem {
  /** 1-based line where the limit is passed. */
  line: number;
  problem: LocalizedText;
}

const FENCE = /^(`{3,}|~{3,})/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const TABLE_DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** The first limit `text` passes, or undefined. One pass over the text, no allocation per character. */
export function findLimitProblem(text: string): LimitProblem | undefined {
  const lines = text.split('\n');
  // Front matter is YAML, not Markdown: its `_` in keys and `-` items are not inline marks or lists.
  let start = 0;
  if (/^---\s*$/.test(lines[0] ?? '')) {
    const end = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l));
    if (end !== -1) start = end + 1;
  }
  let fence: string | undefined;
  let blockStart = -1;
  let isTable = false;
  let bracketDepth = 0;
  let delimiterRuns = 0;
  let quotes = 0;
  let containers = 0;
  for (let n = start; n < lines.length; n++) {
    const line = lines[n]!;
    const prefix = containerPrefix(line);
    const { depth, rest } = prefix;
    if (depth > LIMITS.nestingDepth) return problem(n + 1, 'nestingDepth', depth);
    containers += Math.max(0, prefix.quotes - quotes) + prefix.nestedItems;
    quotes = prefix.quotes;
    if (containers > LIMITS.containers) return problem(n + 1, 'containers', containers);
    const fenceMark = FENCE.exec(rest.trimStart())?.[1];
    if (fence !== undefined) {
      if (fenceMark !== undefined && fenceMark[0] === fence[0] && fenceMark.length >= fence.length)
        fence = undefined;
      continue;
    }
    if (fenceMark !== undefined) {
      fence = fenceMark;
      blockStart = -1;
      continue;
    }
    if (line.trim() === '') {
      blockStart = -1;
      continue;
    }
    if (blockStart === -1) {
      blockStart = n;
      isTable = TABLE_DELIMITER_ROW.test(lines[n + 1] ?? '') && line.includes('|');
      bracketDepth = 0;
      delimiterRuns = 0;
    } else if (isTable) {
      bracketDepth = 0;
      delimiterRuns = 0;
    }
    let ascii = 0;
    let previous = '';
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      const code = line.charCodeAt(i);
      ascii = code > 0x20 && code < 0x7f ? ascii + 1 : 0;
      if (ascii > LIMITS.unbrokenAscii) return problem(n + 1, 'unbrokenAscii', ascii);
      if (c === '\\') {
        i++;
        previous = '';
        ascii++;
        continue;
      }
      if (c === '[') {
        if (++bracketDepth > LIMITS.bracketDepth) return problem(n + 1, 'bracketDepth', bracketDepth);
      } else if (c === ']') {
        if (bracketDepth > 0) bracketDepth--;
      } else if ((c === '*' || c === '_' || c === '~') && c !== previous) {
        if (++delimiterRuns > LIMITS.delimiterRuns) return problem(n + 1, 'delimiterRuns', delimiterRuns);
      }
      previous = c;
    }
  }
  return undefined;
}

/**
 * How deeply a line is nested: each `>` and list marker at its start is one level, and so is every two columns of
 * indentation before the first of them (a nested list item is indented under its parent's text). Over-counting a
 * little is fine: the limit is far above real articles. A thematic break (`* * *`) is not a list.
 */
function containerPrefix(line: string): { depth: number; quotes: number; nestedItems: number; rest: string } {
  let i = 0;
  let columns = 0;
  let markers = 0;
  let quotes = 0;
  let items = 0;
  let indent = 0;
  for (;;) {
    while (line[i] === ' ' || line[i] === '\t') {
      columns += line[i] === '\t' ? 4 - (columns % 4) : 1;
      i++;
    }
    if (markers === 0) indent = columns;
    const c = line[i];
    if (c === '>') {
      markers++;
      quotes++;
      i++;
      columns++;
      continue;
    }
    const marker = listMarkerLength(line, i);
    if (marker === 0 || (markers === 0 && THEMATIC_BREAK.test(line))) break;
    markers++;
    items++;
    i += marker;
    columns += marker;
  }
  const depth = markers === 0 ? 0 : markers + Math.floor(indent / 2);
  // A list item is nested when something contains it: an indent, a quote, or an item before it on the line.
  const nestedItems = items === 0 ? 0 : indent >= 2 || quotes > 0 ? items : items - 1;
  return { depth, quotes, nestedItems, rest: line.slice(i) };
}

/** Length of a list marker (`-`, `+`, `*`, `1.`, `1)`) at `i` that is followed by a space or the line's end. */
function listMarkerLength(line: string, i: number): number {
  let j = i;
  const c = line[j];
  if (c === '-' || c === '+' || c === '*') j++;
  else {
    while (j - i < 9 && line.charCodeAt(j) >= 0x30 && line.charCodeAt(j) <= 0x39) j++;
    if (j === i || (line[j] !== '.' && line[j] !== ')')) return 0;
    j++;
  }
  const next = line[j];
  return next === undefined || next === ' ' || next === '\t' || next === '\r' ? j - i : 0;
}

const WHAT: Record<keyof typeof LIMITS, (limit: number, found: number) => LocalizedText> = {
  nestingDepth: (limit, found) => ({
    zh: `引用和列表嵌套过深（约 ${found} 层），上限为 ${limit} 层。请减少嵌套层数。`,
    en: `Block quotes and lists are nested too deeply (about ${found} levels); the limit is ${limit}. Nest less.`,
  }),
  containers: (limit) => ({
    zh: `文章中的引用块和嵌套列表项超过 ${limit} 个。请减少引用和嵌套列表，或把文章拆分。`,
    en: `More than ${limit} block quotes and nested list items in the article. Use fewer, or split the article.`,
  }),
  bracketDepth: (limit) => ({
    zh: `同一段落中未闭合的方括号 [ 超过 ${limit} 个（链接、图片嵌套过深）。请闭合或删除多余的 [。`,
    en: `More than ${limit} unclosed [ in one paragraph (links or images nested too deeply). Close or remove them.`,
  }),
  delimiterRuns: (limit) => ({
    zh: `同一段落中的强调或删除线标记（*、_、~）超过 ${limit} 组。请拆分段落或删除多余的标记。`,
    en: `More than ${limit} runs of emphasis or strikethrough marks (*, _, ~) in one paragraph. Split the paragraph or remove marks.`,
  }),
  unbrokenAscii: (limit) => ({
    zh: `一行中有超过 ${limit} 个连续的 ASCII 字符没有空格。请断开或缩短这段文字（网址不会这么长）。`,
    en: `More than ${limit} ASCII characters in a row without a space. Break or shorten it (no URL is that long).`,
  }),
};

function problem(line: number, limit: keyof typeof LIMITS, found: number): LimitProblem {
  return { line, problem: WHAT[limit](LIMITS[limit], found) };
}
