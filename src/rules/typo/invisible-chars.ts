import type { Article } from '../../article/article.js';
import { READER_PROSE } from '../../article/prose.js';
import { verbatimMask } from '../../text/charsets.js';
import { replaceLiteral } from '../fixes.js';
import { defineRule, type Edit } from '../types.js';

/**
 * Characters that take no visible space (or look like an ordinary space) and therefore cannot be seen in review:
 * they split a word so word filters and search miss it (赌\u200b博), reorder text (bidi controls), or smuggle
 * text (tag characters). The whole file is checked — front matter, code and link targets included — because a
 * reviewer cannot see them anywhere in a diff, and in code they break what readers copy.
 *
 * Written as character references (`&nbsp;`, `&#8203;`) they are visible in the source and deliberate, so only
 * the raw characters are reported. Legitimate uses are left alone: U+200D inside emoji sequences (👩‍💻),
 * U+200C/U+200D, direction marks and bidi controls next to scripts that need them (Arabic, Hebrew, Indic…),
 * tag characters in flag emoji (🏴 + tags), and a byte-order mark at the very start of the file.
 */
const NAMES: Array<[from: number, to: number, zh: string, en: string]> = [
  [0x00a0, 0x00a0, '不换行空格', 'no-break space'],
  [0x00ad, 0x00ad, '软连字符', 'soft hyphen'],
  [0x115f, 0x1160, '韩文填充符', 'Hangul filler'],
  [0x180e, 0x180e, '蒙古文元音分隔符', 'Mongolian vowel separator'],
  [0x200b, 0x200b, '零宽空格', 'zero-width space'],
  [0x200c, 0x200c, '零宽非连接符', 'zero-width non-joiner'],
  [0x200d, 0x200d, '零宽连接符', 'zero-width joiner'],
  [0x200e, 0x200f, '方向标记', 'direction mark'],
  [0x202a, 0x202e, '双向文本控制符', 'bidirectional control'],
  [0x2060, 0x2060, '词连接符', 'word joiner'],
  [0x2061, 0x2064, '不可见运算符', 'invisible operator'],
  [0x2066, 0x2069, '双向隔离符', 'bidirectional isolate'],
  [0x3164, 0x3164, '韩文填充符', 'Hangul filler'],
  [0xfeff, 0xfeff, '零宽不换行空格（BOM）', 'zero-width no-break space (BOM)'],
  [0xffa0, 0xffa0, '韩文填充符', 'Hangul filler'],
  [0xfffc, 0xfffc, '对象替换符', 'object replacement character'],
  [0xe0001, 0xe0001, '标签字符', 'tag character'],
  [0xe0020, 0xe007f, '标签字符', 'tag character'],
];

const CONTROL = { zh: '控制字符', en: 'control character' };
const NAMED = NAMES.map(([, , zh, en]) => ({ zh, en }));

/**
 * For each UTF-16 unit, 0 when it is visible, else 1 + its index in NAMED (or NAMED.length + 1 for a control
 * character): the check looks up every character of the file, and most are ASCII, CJK or punctuation.
 */
const UNIT_NAME = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0xa0; c++) {
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c >= 0x7f) table[c] = NAMED.length + 1;
  }
  NAMES.forEach(([from, to], i) => {
    for (let c = from; c <= Math.min(to, 0xffff); c++) table[c] = i + 1;
  });
  return table;
})();

function nameOf(cp: number): { zh: string; en: string } | undefined {
  if (cp <= 0xffff) {
    const at = UNIT_NAME[cp]!;
    return at === 0 ? undefined : at > NAMED.length ? CONTROL : NAMED[at - 1];
  }
  const i = NAMES.findIndex(([from, to]) => cp >= from && cp <= to);
  return i === -1 ? undefined : NAMED[i];
}

/** Letters of scripts whose shaping or direction uses joiners and marks (Arabic, Hebrew, Devanagari…). */
function needsJoiners(ch: string | undefined): boolean {
  return (
    ch !== undefined &&
    /[\p{L}\p{M}]/u.test(ch) &&
    !/[\p{sc=Han}\p{sc=Latin}\p{sc=Common}\p{sc=Inherited}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Bopomofo}\p{sc=Cyrillic}\p{sc=Greek}]/u.test(
      ch,
    )
  );
}

const EMOJI = /\p{Extended_Pictographic}/u;
/** What may sit between an emoji and its joiner: VS16 and skin-tone modifiers. */
const isEmojiModifier = (cp: number) => cp === 0xfe0f || (cp >= 0x1f3fb && cp <= 0x1f3ff);

function previousCodePoint(text: string, i: number): { cp: number; at: number } | undefined {
  if (i <= 0) return undefined;
  const low = text.charCodeAt(i - 1);
  const at = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return { cp: text.codePointAt(at)!, at };
}

/** Whether the invisible character at `i` is one of the legitimate uses described above. */
function legitimate(text: string, i: number, cp: number, width: number): boolean {
  if (cp === 0xfeff) return i === 0;
  const prev = previousCodePoint(text, i);
  const nextCp = text.codePointAt(i + width);
  const next = nextCp === undefined ? undefined : String.fromCodePoint(nextCp);
  if (cp === 0x200d) {
    let p = prev;
    while (p && isEmojiModifier(p.cp)) p = previousCodePoint(text, p.at);
    if (p && EMOJI.test(String.fromCodePoint(p.cp)) && next !== undefined && EMOJI.test(next)) return true;
  }
  if ((cp >= 0x200c && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) {
    return needsJoiners(prev && String.fromCodePoint(prev.cp)) || needsJoiners(next);
  }
  if (cp >= 0xe0001 && cp <= 0xe007f) {
    let p = prev;
    while (p && p.cp >= 0xe0020 && p.cp <= 0xe007f) p = previousCodePoint(text, p.at);
    return p?.cp === 0x1f3f4;
  }
  return false;
}

/**
 * The fix for a run of invisible characters at source `[start, end)`: delete it (a no-break space becomes an
 * ordinary one). Only in prose a reader reads: in code, a URL or a front matter key the character may be meant,
 * and removing it there changes what the text does, so a person decides.
 */
function fixOf(article: Article, start: number, end: number, nbsp: boolean): Edit[] | undefined {
  for (const segment of article.segments) {
    if (!READER_PROSE.has(segment.kind)) continue;
    const { offsets } = segment;
    if (offsets.length === 0 || start < offsets[0]! || start >= offsets[offsets.length - 1]!) continue;
    const at = offsets.indexOf(start);
    if (at === -1) continue;
    const mask = verbatimMask(segment.text, segment.verbatim);
    if (mask.subarray(at, at + (end - start)).some((v) => v === 1)) return undefined;
    const edit = replaceLiteral(article.text, segment, at, at + (end - start), nbsp ? ' ' : '');
    return edit && [edit];
  }
  return undefined;
}

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

export default defineRule({
  meta: {
    id: 'typo/invisible-chars',
    description: {
      zh: '不得含有零宽字符、控制字符、不换行空格等看不见的字符',
      en: 'No zero-width, control, no-break-space or other invisible characters',
    },
    defaultSeverity: 'error',
    source: '微信公众平台运营规范（对抗审核）；wxgate',
    defaults: {},
    fixable: true,
  },
  check(article, { report }) {
    const { text } = article;
    let runStart = -1;
    let runCodes: number[] = [];
    const flush = (end: number) => {
      if (runStart === -1) return;
      const distinct = [...new Set(runCodes)];
      const listZh = distinct.map((cp) => `${hex(cp)}（${nameOf(cp)!.zh}）`).join('、');
      const listEn = distinct.map((cp) => `${hex(cp)} (${nameOf(cp)!.en})`).join(', ');
      const count = runCodes.length;
      const many = count > 1;
      const nbspOnly = distinct.length === 1 && distinct[0] === 0x00a0;
      report({
        start: runStart,
        end,
        message: nbspOnly
          ? {
              zh: `${many ? `${count} 个` : ''}不换行空格 U+00A0：看起来像空格，却会影响换行、搜索和复制，请改为普通空格（确需不换行时写作 &nbsp;）。`,
              en: `${many ? `${count} no-break spaces` : 'No-break space'} U+00A0: looks like a space but affects wrapping, search and copying; type an ordinary space (write &nbsp; where a no-break space is intended).`,
            }
          : {
              zh: `${many ? `${count} 个` : ''}不可见字符 ${listZh}：读者和审核者都看不到，会隐藏规避审核的写法、妨碍搜索和复制，请删除。`,
              en: `${many ? `${count} invisible characters` : 'Invisible character'} ${listEn}: nobody sees ${many ? 'them' : 'it'} in review; such characters hide evasions and break search and copying. Delete ${many ? 'them' : 'it'}.`,
            },
        actual: runCodes.map(hex).join(' '),
        // A no-break space is visible as a space and hides nothing: worth fixing, not worth blocking.
        ...(nbspOnly ? { severity: 'warning' as const } : {}),
        fix: fixOf(article, runStart, end, runCodes.includes(0x00a0)),
      });
      runStart = -1;
      runCodes = [];
    };
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      const invisible = nameOf(cp) !== undefined && !legitimate(text, i, cp, width);
      if (invisible) {
        if (runStart === -1) runStart = i;
        runCodes.push(cp);
      } else flush(i);
      i += width;
    }
    flush(text.length);
  },
});
