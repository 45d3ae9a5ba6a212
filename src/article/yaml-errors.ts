import type { LocalizedText } from '../text/vocabulary.js';

/**
 * What is wrong with front matter the YAML parser refused, said to an author in Chinese (and English), on the line
 * where the mistake was made. The parser reports where it gave up, which for an unclosed quote or bracket, or a line
 * without its colon, is a later line than the author's; its English reasons are parser terms. The common mistakes
 * are recognised here; anything else keeps the parser's reason.
 */
export function explainYamlError(
  text: string,
  line: number,
  reason: string,
): { line: number; message: LocalizedText } {
  const lines = text.split('\n');
  const at = (found: number | undefined) => found ?? line;
  if (/within a (double|single) quoted scalar/.test(reason)) {
    const quote = reason.includes('double') ? '"' : "'";
    return {
      line: at(unclosedQuote(lines, line, quote)),
      message: {
        zh: `${quote === '"' ? '双' : '单'}引号没有闭合：值以 ${quote} 开头，却没有结尾的 ${quote}。请补上结尾的引号。`,
        en: `Unclosed ${quote === '"' ? 'double' : 'single'} quote: the value starts with ${quote} but never ends with one. Add the closing quote.`,
      },
    };
  }
  if (/flow collection/.test(reason)) {
    return {
      line: at(unclosedBracket(lines, line)),
      message: {
        zh: '方括号或花括号没有闭合（或缺少逗号）：[ 要有对应的 ]，{ 要有对应的 }。如果值本身以 [ 或 { 开头，请把整个值用引号括起来。',
        en: 'Unclosed bracket or brace (or a missing comma): each [ needs its ], each { its }. If the value itself starts with [ or {, put the whole value in quotes.',
      },
    };
  }
  const fullWidth = lines.findIndex((l, i) => i < line && /^\s*[^\s:#][^:]*：/.test(l) && !l.includes(':'));
  if (fullWidth !== -1) {
    return {
      line: fullWidth + 1,
      message: {
        zh: '字段名后面用了中文冒号“：”。请改成英文冒号加空格，如 title: 标题。',
        en: 'The field name is followed by a full-width colon "：". Use an ASCII colon and a space, e.g. title: 标题.',
      },
    };
  }
  if (/can not read a block mapping entry|could not find expected ':'/.test(reason)) {
    return {
      line: at(lineWithoutColon(lines, line)),
      message: {
        zh: '这一行不是“字段: 值”的形式：缺少英文冒号，或冒号后缺少空格。',
        en: 'This line is not "field: value": the colon, or the space after it, is missing.',
      },
    };
  }
  const known = KNOWN[reason];
  if (known) return { line, message: known };
  return {
    line,
    message: {
      zh: `YAML 头信息无法解析（${reason}）。请检查这一行的冒号、引号和缩进。`,
      en: `YAML front matter does not parse: ${reason}. Check the colons, quotes and indentation on this line.`,
    },
  };
}

const KNOWN: Record<string, LocalizedText> = {
  'duplicated mapping key': {
    zh: '字段重复：同一个字段写了两次。请删掉其中一个。',
    en: 'Duplicated field: the same field is written twice. Remove one of them.',
  },
  'bad indentation of a mapping entry': {
    zh: '缩进不对，或值里有未加引号的“: ”。字段要顶格写；值里有冒号时请把整个值用引号括起来，如 title: "标题: 副标题"。',
    en: 'Bad indentation, or an unquoted ": " inside a value. Start fields at the beginning of the line; quote a value that contains a colon, e.g. title: "Title: subtitle".',
  },
  'tab characters must not be used in indentation': {
    zh: '缩进里有制表符（Tab）。YAML 只能用空格缩进。',
    en: 'A tab is used for indentation. YAML indents with spaces only.',
  },
  'unknown escape sequence': {
    zh: '双引号里的反斜杠 \\ 开始了一个无法识别的转义。请改用单引号，或把 \\ 写成 \\\\。',
    en: 'A backslash \\ inside double quotes starts an unknown escape. Use single quotes, or write \\ as \\\\.',
  },
  'end of the stream or a document separator is expected': {
    zh: '这一行无法读作“字段: 值”。请检查冒号、缩进，以及是否多写了以 - 开头的行。',
    en: 'This line cannot be read as "field: value". Check the colon, the indentation and any stray line starting with -.',
  },
  'anchors and aliases (&name, *name) are not allowed': {
    zh: '不允许使用 YAML 锚点和别名（&名称、*名称）。请直接写出值。',
    en: 'YAML anchors and aliases (&name, *name) are not allowed. Write the values out.',
  },
};

/** The first line up to `last` on which `quote` opens a value and is not closed. */
function unclosedQuote(lines: readonly string[], last: number, quote: string): number | undefined {
  for (let i = 0; i < Math.min(last, lines.length); i++) {
    const value = /^[^:]*:\s*(.*)$/.exec(lines[i]!)?.[1] ?? '';
    if (value.startsWith(quote) && (value.length === 1 || !value.trimEnd().endsWith(quote))) return i + 1;
  }
  return undefined;
}

/** The line of the first `[` or `{` still open at line `last`. */
function unclosedBracket(lines: readonly string[], last: number): number | undefined {
  const open: number[] = [];
  for (let i = 0; i < Math.min(last, lines.length); i++) {
    for (const c of lines[i]!.replace(/(["']).*?\1/g, '')) {
      if (c === '[' || c === '{') open.push(i + 1);
      else if ((c === ']' || c === '}') && open.length > 0) open.pop();
    }
  }
  return open[0];
}

/** The nearest line before `line` that has text but no colon: a field whose colon is missing. */
function lineWithoutColon(lines: readonly string[], line: number): number | undefined {
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const l = lines[i]!.trim();
    if (l === '' || l.startsWith('#')) continue;
    if (!/:(\s|$)/.test(l)) return i + 1;
  }
  return undefined;
}
