/**
 * Escaping for the places author-controlled text lands: the PR comment, check runs (title, summary, annotations),
 * the urgent-report issue, the job summary, log lines and the terminal. One function per context; everything a
 * PR author can write (paths, front-matter keys and values, titles, urgent reasons, user and label names, error
 * messages that quote content) goes through one of them where it is placed, and nothing else does.
 *
 * What must not survive, and why:
 * - `@name`, `@org/team`: GitHub notifies whoever is mentioned, on every comment and issue the bot writes.
 * - `#12`, `GH-12`, `owner/repo#12`, issue URLs: GitHub links them and adds "mentioned this" to the target's
 *   timeline, notifying its participants.
 * - images (a tracking pixel loads for every reader), links and autolinks (a "fix here" link to anywhere).
 * - raw HTML: `<img>`, `<details>` that hides the real verdict, `<!-- -->` that hides text or forges a marker.
 * - headings, block quotes, list items and "可以合并 ✅" lines: text that starts its own line can pass for the
 *   bot's own verdict; no author text ever contains a line break once escaped.
 * - control characters: ANSI/OSC sequences rewrite a terminal, a newline starts a workflow command (`::error::`)
 *   in a log, bidirectional overrides reorder what a reader sees.
 * Mentions and references are broken with an invisible U+200B after `@`, `#`, `GH-`, `:` of `://` and `www`:
 * GitHub finds them in the rendered text, where Markdown backslash escapes no longer exist. The text stays
 * readable: escapes and U+200B do not show.
 */

const ZWSP = '\u200B';

/** C0 controls and DEL, C1 controls, line/paragraph separators, bidirectional embeddings, overrides, isolates. */
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;

function visibleControl(char: string): string {
  const code = char.charCodeAt(0);
  if (char === '\t') return ' ';
  // U+2400…U+241F are the visible "control pictures" (␀ … ␛ … ␟); U+2421 is ␡.
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return '\uFFFD';
}

/**
 * Text for a terminal or a log line: every control character is shown as a visible symbol (ESC as ␛), so no
 * escape sequence reaches the terminal and no content starts a new line (where `::command::` would be obeyed).
 * `multiline` keeps line breaks (as `\n`), for fields GitHub shows as plain text over several lines.
 */
export function terminalText(text: string, options: { multiline?: boolean } = {}): string {
  return text
    .replace(LINE_BREAK, options.multiline ? '\n' : ' ')
    .replace(CONTROLS, (c) => (options.multiline && c === '\n' ? c : visibleControl(c)));
}

/** Breaks every mention, issue reference and autolink with U+200B, leaving the text as it reads. */
function unlinked(text: string): string {
  return text
    .replace(/@(?=[A-Za-z0-9_])/g, `@${ZWSP}`)
    .replace(/#(?=\d)/g, `#${ZWSP}`)
    .replace(/(GH-)(?=\d)/gi, `$1${ZWSP}`)
    .replace(/:(?=\/\/)/g, `:${ZWSP}`)
    .replace(/(www)(?=\.)/gi, `$1${ZWSP}`);
}

/**
 * Text GitHub shows without rendering Markdown, where it still links mentions and references: check-run titles,
 * annotation titles and messages, issue titles.
 */
export function plainText(text: string, options: { multiline?: boolean } = {}): string {
  return unlinked(terminalText(text, options));
}

/** Punctuation that opens an inline construct anywhere: code, emphasis, links, images, HTML, entities, math. */
const INLINE_SYNTAX = /[\\`*_[\]<>!#|~&$]/g;
/** What opens a block when it starts a line: lists, thematic breaks, setext underlines, ordered lists. */
const BLOCK_START = /^([-+=]|\d+(?=[.)]))/;

/**
 * Inline Markdown text (a sentence, a list item's text, link text). Every construct is escaped, mentions and
 * references are broken, line breaks become spaces. Safe at the start of a line too. Spaces around the text are
 * dropped: Markdown does not show them, and four at the start of a line would open a code block.
 */
export function markdownText(text: string): string {
  const flat = unlinked(terminalText(text)).trim();
  const escaped = flat.replace(INLINE_SYNTAX, '\\$&');
  return escaped.replace(BLOCK_START, (mark: string) => (/\d/.test(mark) ? `${mark}\\` : `\\${mark}`));
}

/**
 * A table cell's text. `markdownText` already escapes `|` and never leaves a line break, which is all a GFM
 * table cell adds; it is named for the context so a reader sees the cell is escaped.
 */
export function tableCell(text: string): string {
  return markdownText(text);
}

/**
 * A code span around any text: the fence is one backtick longer than the longest run inside, and padded when the
 * text starts or ends with a backtick or a space (CommonMark strips one space from each side). Inside a code span
 * nothing is linked, mentioned or rendered; control characters and line breaks are still made visible.
 */
export function codeSpan(text: string): string {
  const flat = terminalText(text);
  if (flat === '') return '` `';
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(flat) && flat.trim() !== '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A code span inside a table cell: GFM splits cells at `|` even inside code, unless it is escaped. */
export function tableCode(text: string): string {
  return codeSpan(text).replace(/\|/g, '\\|');
}

/** A GitHub login shown without notifying it: `@name` as code. */
export function login(name: string): string {
  return codeSpan(`@${name.replace(/^@/, '')}`);
}

/**
 * A link destination, or undefined when the URL is not http(s) (`javascript:`, `data:` never become links).
 * Characters that end a destination or break out of it are percent-encoded.
 */
export function linkUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  return parsed.href.replace(/[()'"<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `[text](url)` with both parts escaped; the text alone when the URL is not a safe link. */
export function markdownLink(text: string, url: string): string {
  const destination = linkUrl(url);
  return destination === undefined ? markdownText(text) : `[${markdownText(text)}](${destination})`;
}

const HTML_REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Text for HTML or SVG: as element content, or as an attribute value in either kind of quotes. Used for pages wxgate
 * writes itself (previews, the audit page, the emulator's article pages); article bodies are serialised by
 * hast-util-to-html instead.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_REFERENCES[c]!);
}

/** A string matched literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
