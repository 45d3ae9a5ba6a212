/**
 * Runs the lexicon's regular expressions over many texts (an article's prose segments) at once.
 *
 * An article has hundreds of short segments and a lexicon dozens of patterns; one `exec` loop per pattern per segment
 * cost more than the whole word-list scan (on a real newsletter of 63,000 segments, 2.9 million loops). So the
 * segments are joined with a separator no segment holds, and each pattern runs once over the joined text.
 *
 * That gives exactly the matches of running per segment, for a pattern without anchors (^ $), word boundaries or
 * lookaround: such a pattern sees only the characters it consumes, so a match that stays inside one segment is the
 * match the segment alone gives at that place, and a place where the joined text has no match has none in the
 * segment either. The one difference is a match that runs over the separator: then that segment is scanned alone
 * from the match's start, and the joined scan resumes at the next segment. Patterns with anchors, boundaries or
 * lookaround run per segment, as do all patterns when a segment holds the separator.
 */
export interface PatternSpan {
  /** Which pattern matched. */
  pattern: number;
  start: number;
  end: number;
}

const SEPARATOR = '\u0000';

export interface CompiledPattern {
  /** Global regex, run over the joined text or over one segment. */
  regex: RegExp;
  joinable: boolean;
}

export function compilePattern(source: string, flags: string): CompiledPattern {
  return {
    regex: new RegExp(source, `g${flags}`),
    joinable: !/[my]/.test(flags) && !seesBeyondItsMatch(source),
  };
}

/** Anchors, word boundaries or lookaround outside character classes: the pattern looks at text it does not consume. */
function seesBeyondItsMatch(source: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      if (!inClass && /[bB]/.test(source[i + 1] ?? '')) return true;
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '^' || c === '$') return true;
    else if (c === '(' && source[i + 1] === '?' && /[=!<]/.test(source[i + 2] ?? '')) {
      // (?<name>…) is a named group, not a lookbehind.
      if (source[i + 2] !== '<' || /[=!]/.test(source[i + 3] ?? '')) return true;
    }
  }
  return false;
}

/** Every non-empty match of every pattern, per text, in the texts' own offsets. */
export function matchPatterns(
  patterns: readonly CompiledPattern[],
  texts: readonly string[],
): PatternSpan[][] {
  const found: PatternSpan[][] = texts.map(() => []);
  if (patterns.length === 0) return found;
  const canJoin = texts.length > 1 && texts.every((t) => !t.includes(SEPARATOR));
  const joined = canJoin ? texts.join(SEPARATOR) : '';
  const starts: number[] = [];
  if (canJoin) for (let s = 0, at = 0; s < texts.length; at += texts[s]!.length + 1, s++) starts.push(at);
  patterns.forEach((p, index) => {
    if (!canJoin || !p.joinable) {
      for (const [s, text] of texts.entries()) scanOne(p.regex, index, text, 0, found[s]!);
      return;
    }
    const { regex } = p;
    regex.lastIndex = 0;
    for (let m = regex.exec(joined); m !== null; m = regex.exec(joined)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const s = segmentAt(starts, m.index);
      const start = m.index - starts[s]!;
      const end = start + m[0].length;
      if (end <= texts[s]!.length) {
        found[s]!.push({ pattern: index, start, end });
        continue;
      }
      // The same regex scans that segment alone, then goes back to the joined text at the next segment.
      scanOne(regex, index, texts[s]!, start, found[s]!);
      if (s + 1 === texts.length) break;
      regex.lastIndex = starts[s + 1]!;
    }
  });
  return found;
}

function scanOne(regex: RegExp, pattern: number, text: string, from: number, into: PatternSpan[]): void {
  regex.lastIndex = from;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m[0].length === 0) regex.lastIndex++;
    else into.push({ pattern, start: m.index, end: m.index + m[0].length });
  }
}

/** The last segment starting at or before `offset`. */
function segmentAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
