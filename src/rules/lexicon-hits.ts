import type { Article } from '../article/article.js';
import type { LocalizedText } from '../lint/types.js';
import { type Report, type SourceHit, spanOf } from './types.js';

/**
 * Turns word-list hits into reports. Lexicon rules differ only in how they frame a hit; the entry supplies the
 * note (why, and what to write instead), the source clause and, unless the policy overrides it, the severity.
 */
export function reportHits(
  article: Article,
  hits: readonly SourceHit[],
  report: (r: Report) => void,
  frame: (actual: string, hit: SourceHit) => LocalizedText,
  adjust?: (hit: SourceHit, report: Report) => Report | undefined,
): void {
  for (const hit of hits) {
    const span = spanOf(article.text, hit.segment, hit.start, hit.end);
    const actual = hit.segment.text.slice(hit.start, hit.end);
    const framed = frame(actual, hit);
    const r: Report = {
      ...span,
      actual,
      message: { zh: `${framed.zh}${hit.entry.note}`, en: `${framed.en} ${hit.entry.note}` },
      source: hit.entry.source,
      severity: hit.entry.severity,
    };
    const final = adjust ? adjust(hit, r) : r;
    if (final) report(final);
  }
}

/** The sentence around a hit, for rules whose verdict depends on context. */
export function sentenceAround(hit: SourceHit): string {
  const text = hit.segment.text;
  let from = hit.start;
  while (from > 0 && !'。！？；\n'.includes(text[from - 1]!)) from--;
  let to = hit.end;
  while (to < text.length && !'。！？；\n'.includes(text[to]!)) to++;
  return text.slice(from, to);
}
