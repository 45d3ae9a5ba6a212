import type { Article } from '../../article/article.js';
import type { LocalizedText } from '../../text/vocabulary.js';
import type { Report } from '../types.js';

export interface FieldLength {
  field: 'title' | 'author' | 'digest';
  label: LocalizedText;
  /** WeChat's own limit; a policy may set a lower one. */
  limit: number;
  /** The limit in force (the policy's `max`). */
  max: number;
  /** Extra advice after "remove N characters". */
  hint?: LocalizedText;
  /** Quote only the start of long values (digests). */
  abbreviate?: boolean;
}

/**
 * The draft API's field limits. WeChat counts characters, not bytes: a Chinese character, a Latin letter and an
 * emoji code point each count as one, so this counts Unicode code points.
 */
export function checkFieldLength(article: Article, report: (r: Report) => void, spec: FieldLength): void {
  const value = article.frontMatter.fields[spec.field];
  const line = article.frontMatter.keyLines.get(spec.field);
  if (value === undefined || line === undefined) return;
  const chars = [...value];
  const { max, limit, label } = spec;
  if (chars.length <= max) return;
  const shown = spec.abbreviate && chars.length > 20 ? `${chars.slice(0, 20).join('')}……` : value;
  const why =
    max >= limit
      ? { zh: '，微信草稿接口会拒收', en: '; the WeChat draft API rejects it' }
      : { zh: `（本单位规定；微信上限为 ${limit}）`, en: ` (company policy; WeChat allows ${limit})` };
  const over = chars.length - max;
  report({
    ...valueSpan(article.text, article.lines.lineStart(line), value),
    message: {
      zh: `${label.zh}「${shown}」有 ${chars.length} 个字，超过上限 ${max} 个字${why.zh}。请删减 ${over} 个字${spec.hint?.zh ?? ''}。`,
      en: `The ${label.en} "${shown}" has ${chars.length} characters, over the limit of ${max}${why.en}. Remove ${over}${spec.hint?.en ?? ''}.`,
    },
    actual: value,
  });
}

/** Span of a front-matter value on its key line; the whole line when the value is quoted differently or folded. */
function valueSpan(text: string, lineStart: number, value: string): { start: number; end: number } {
  const lineEnd = text.indexOf('\n', lineStart);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  const at = line.indexOf(value, line.indexOf(':') + 1);
  return at === -1
    ? { start: lineStart, end: lineStart + line.length }
    : { start: lineStart + at, end: lineStart + at + value.length };
}
