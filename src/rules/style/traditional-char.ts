import { wordMask } from '../../article/masks.js';
import { READER_PROSE } from '../../article/prose.js';
import { isHanAt, isTraditionalOnly, simplifiedOf, verbatimMask } from '../../text/charsets.js';
import { defineRule, spanOf } from '../types.js';

export default defineRule({
  meta: {
    id: 'style/traditional-char',
    description: {
      zh: '简体中文文章不用繁体字、异体字；本身就是规范字的（乾、於、著、干、台、里等）不算',
      en: 'No traditional or variant characters in a Simplified Chinese article; characters that are themselves standard (乾, 於, 著, 干, 台, 里…) are fine',
    },
    defaultSeverity: 'warning',
    source: '《国家通用语言文字法》第三条；《通用规范汉字表》（2013）',
    defaults: { allow: [] as readonly string[] },
  },
  check(article, { options, report }) {
    for (const segment of article.segments) {
      if (!READER_PROSE.has(segment.kind)) continue;
      const { text } = segment;
      const mask = verbatimMask(text, segment.verbatim);
      // Built at the segment's first traditional character: most segments have none.
      let allowed: Uint8Array | undefined;
      // By code unit: text[i] would make a string of every character.
      const traditional = (i: number) => {
        if (!isTraditionalOnly(text.charCodeAt(i)) || mask[i] !== 0) return false;
        allowed ??= wordMask(text, options.allow);
        return allowed[i] === 0;
      };
      // One message per run of Chinese characters: 「這個國家」 is one finding, not three.
      for (let i = 0; i < text.length; i++) {
        if (!traditional(i)) continue;
        let last = i;
        for (
          let j = i + 1;
          j < text.length && isHanAt(text, j) && mask[j] === 0;
          j += text.codePointAt(j)! > 0xffff ? 2 : 1
        ) {
          if (traditional(j)) last = j;
        }
        const end = last + 1;
        const before = text.slice(i, end);
        let after = '';
        for (let k = i; k < end; k++) after += traditional(k) ? (simplifiedOf(text[k]!) ?? text[k]) : text[k];
        report({
          ...spanOf(article.text, segment, i, end),
          message: {
            zh: `简体中文文章中出现繁体字或异体字：「${before}」应写作「${after}」。`,
            en: `Traditional or variant characters in a Simplified Chinese article: write 「${after}」 instead of 「${before}」.`,
          },
        });
        i = last;
      }
    }
  },
});
