import { wordMask } from '../../article/masks.js';
import { READER_PROSE, type Segment } from '../../article/prose.js';
import { isHan, isTraditionalOnly, levelOf, simplifiedOf, verbatimMask } from '../../text/charsets.js';
import { defineRule, type Report, spanOf } from '../types.js';

interface Finding {
  segment: Segment;
  start: number;
  end: number;
  count: number;
}

export default defineRule({
  meta: {
    id: 'style/rare-char',
    description: {
      zh: '少用生僻字：《通用规范汉字表》三级字提示，表外字警告（繁体字由 style/traditional-char 检查）',
      en: 'Avoid rare characters: level-3 characters of the General Standard Chinese Characters table are noted, characters outside it warned (traditional characters are style/traditional-char’s)',
    },
    defaultSeverity: 'warning',
    source: '《通用规范汉字表》（2013，国发〔2013〕23号）；000 四(一)3（避免生僻词汇）',
    defaults: { allow: [] as readonly string[] },
  },
  check(article, { options, report }) {
    // One message per character, at its first occurrence, with the count: a name used thirty times is one finding.
    const found = new Map<number, Finding>();
    for (const segment of article.segments) {
      if (!READER_PROSE.has(segment.kind)) continue;
      const { text } = segment;
      const mask = verbatimMask(text, segment.verbatim);
      // Characters inside an `allow` entry (a name such as 王堃, or a single character) are accepted there. Built at
      // the segment's first rare character: most segments have none.
      let allowed: Uint8Array | undefined;
      for (let i = 0; i < text.length; ) {
        const cp = text.codePointAt(i)!;
        const width = cp > 0xffff ? 2 : 1;
        const at = i;
        i += width;
        // The level first: it settles most characters, common Han ones, with one table read.
        const level = levelOf(cp);
        if (level === 1 || level === 2 || !isHan(cp) || mask[at] === 1) continue;
        // A traditional form has a simplified one to switch to; style/traditional-char says so.
        if (level === 0 && isTraditionalOnly(cp)) continue;
        allowed ??= wordMask(text, options.allow);
        if (allowed[at] === 1) continue;
        const seen = found.get(cp);
        if (!seen) found.set(cp, { segment, start: at, end: at + width, count: 1 });
        else {
          seen.count++;
          // Segments are not in file order (front matter comes last): keep the earliest place.
          if (segment.offsets[at]! < seen.segment.offsets[seen.start]!)
            Object.assign(seen, { segment, start: at, end: at + width });
        }
      }
    }
    const sorted = [...found].sort(
      ([, a], [, b]) => a.segment.offsets[a.start]! - b.segment.offsets[b.start]!,
    );
    for (const [cp, f] of sorted) {
      const ch = String.fromCodePoint(cp);
      const level = levelOf(cp);
      const times =
        f.count > 1
          ? { zh: `，全文 ${f.count} 处`, en: ` (${f.count} times in the article)` }
          : { zh: '', en: '' };
      const simplified = simplifiedOf(ch);
      let message: Report['message'];
      if (level === 3) {
        const hint = simplified
          ? {
              zh: `；如是「${simplified}」的繁体写法，请改为「${simplified}」`,
              en: `; if it stands for 「${simplified}」, write 「${simplified}」`,
            }
          : { zh: '', en: '' };
        message = {
          zh: `「${ch}」是《通用规范汉字表》三级字（多用于人名、地名和专业领域）${times.zh}，不少读者不认识：请换用常用字，或加注音、解释${hint.zh}；人名等确需使用的，可加入 allow。`,
          en: `「${ch}」 is a level-3 character of the General Standard Chinese Characters table (specialist and name use)${times.en}, unknown to many readers: use a common character or add pinyin or a gloss${hint.en}; add names and other necessary uses to allow.`,
        };
      } else {
        message = {
          zh: `「${ch}」不在《通用规范汉字表》内${times.zh}，多数读者不认识，部分手机字体可能显示不出：请换用规范字；人名等确需使用的，可加入 allow。`,
          en: `「${ch}」 is not in the General Standard Chinese Characters table${times.en}: most readers do not know it and some phone fonts cannot show it. Use a standard character; add names and other necessary uses to allow.`,
        };
      }
      report({
        ...spanOf(article.text, f.segment, f.start, f.end),
        message,
        actual: ch,
        ...(level === 3 ? { severity: 'info' as const } : {}),
      });
    }
  },
});
