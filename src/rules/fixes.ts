import type { Segment } from '../article/prose.js';
import type { Edit } from './types.js';

/**
 * The source span of segment text `[start, end)` when that text is written in the source exactly as it reads: no
 * escape, entity, markup or line break in between. Fixes are offered only there, so an edit can never land inside
 * `**`, `](url)`, `&amp;` or a YAML quote, and the bytes around it stay as they were.
 */
export function literalSpan(
  source: string,
  segment: Segment,
  start: number,
  end: number,
): { start: number; end: number } | undefined {
  if (start < 0 || end > segment.text.length || end <= start) return undefined;
  const from = segment.offsets[start]!;
  for (let i = start; i < end; i++) {
    if (
      segment.offsets[i] !== from + (i - start) ||
      source.charCodeAt(from + (i - start)) !== segment.text.charCodeAt(i)
    )
      return undefined;
  }
  return { start: from, end: from + (end - start) };
}

/**
 * An edit inserting `text` at the gap before segment index `gap`, when the characters on both sides of the gap
 * are adjacent in the source (`中文**English**` has markup in the gap and gets no fix: where the space belongs
 * depends on whether the markup opens or closes).
 */
export function insertAtGap(source: string, segment: Segment, gap: number, text: string): Edit | undefined {
  const before = gap >= 2 && /[\udc00-\udfff]/.test(segment.text[gap - 1]!) ? gap - 2 : gap - 1;
  const cp = segment.text.codePointAt(gap);
  const after = gap + (cp !== undefined && cp > 0xffff ? 2 : 1);
  const span = literalSpan(source, segment, before, after);
  if (!span) return undefined;
  const at = span.start + (gap - before);
  return { start: at, end: at, text };
}

/** An edit replacing segment text `[start, end)` with `text`, when that text is written literally in the source. */
export function replaceLiteral(
  source: string,
  segment: Segment,
  start: number,
  end: number,
  text: string,
): Edit | undefined {
  const span = literalSpan(source, segment, start, end);
  return span && { ...span, text };
}

/** All the edits, or no fix at all when one of them cannot be made safely (a pair of brackets, say). */
export function allOrNothing(edits: ReadonlyArray<Edit | undefined>): Edit[] | undefined {
  return edits.length > 0 && edits.every((e) => e !== undefined) ? (edits as Edit[]) : undefined;
}

/** The edits that can be made safely (one side of a word may be fixable when the other is behind markup). */
export function whereSafe(edits: ReadonlyArray<Edit | undefined>): Edit[] | undefined {
  const safe = edits.filter((e) => e !== undefined);
  return safe.length > 0 ? safe : undefined;
}
