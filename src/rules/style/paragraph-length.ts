import { maskRuns } from '../../article/masks.js';
import { readingLength, verbatimMask } from '../../text/charsets.js';
import { defineRule, spanOf } from '../types.js';

function excerpt(text: string): string {
  const chars = [...text.trim().replace(/\s+/g, ' ')];
  return chars.length > 16 ? `${chars.slice(0, 12).join('')}…` : chars.join('');
}

export default defineRule({
  meta: {
    id: 'style/paragraph-length',
    description: {
      zh: '段落不宜过长，手机一屏读得完（按汉字计，连续的英文字母或数字算一个词，标点和空格不计；默认上限 300）',
      en: 'Paragraphs fit a phone screen (Han characters count one each, a Latin word or number counts one, punctuation and spaces nothing; default limit 300)',
    },
    defaultSeverity: 'warning',
    source: '000 四(一)4（合理分段）',
    defaults: { max: 300 },
  },
  check(article, { options, report }) {
    for (const segment of article.segments) {
      if (segment.kind !== 'paragraph') continue;
      const { text } = segment;
      if (text.length <= options.max) continue; // every unit counts at most one
      const verbatim = maskRuns(verbatimMask(text, segment.verbatim));
      const length = readingLength(text, 0, text.length, verbatim);
      if (length <= options.max) continue;
      const quote = excerpt(text);
      report({
        ...spanOf(article.text, segment, 0, text.length),
        message: {
          zh: `段落过长（${length} 字，上限 ${options.max}）：「${quote}」。手机上一屏读不完，请分段。`,
          en: `Paragraph too long (${length} characters, limit ${options.max}): 「${quote}」. It does not fit a phone screen; split it.`,
        },
        actual: quote,
      });
    }
  },
});
