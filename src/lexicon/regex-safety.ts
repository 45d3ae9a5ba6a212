import type { AST } from '@eslint-community/regexpp';
import { getFirstConsumedChar, isPotentiallyEmpty, toCharSet } from 'regexp-ast-analysis';
import { analyse } from 'scslre';

/**
 * Why running `pattern` over an article could take time exponential or polynomial in the text's length, or
 * undefined when it cannot. A lexicon pattern runs on every paragraph of every article, from forks too, so one
 * pattern like `(a+)+b` would let a few kilobytes of text stall every check (catastrophic backtracking).
 *
 * Four checks on the parsed pattern, none of which runs it:
 * - scslre (the analysis behind eslint-plugin-regexp's no-super-linear-backtracking and no-super-linear-move)
 *   finds repetitions that can trade, nest or move over one repeated character: `(a+)+b`, `\s*\s*x`, `.*a.*b`,
 *   `(?:关注|关)*注`;
 * - an unbounded repetition inside another one is refused whatever it repeats: `((ab)+)+c`;
 * - so is an unbounded repetition of alternatives that can start with the same character: `(ab|ac)*`,
 *   `(关注|关心)+`, which backtrack exponentially once the alternatives can match the same text (`(ab|ab)*c`);
 * - and an unbounded run of characters that includes the pattern's first character: in `关注.*回复` every 关注 of
 *   a paragraph without 回复 scans to its end, quadratic in the paragraph (scslre sees single characters only).
 * Together they are conservative: a pattern they pass backtracks at most a bounded amount per position. Written
 * differently, a refused pattern matches the same (`关(?:注|心)+`, `\s*x`, `[^。]{0,20}`).
 *
 * The library checker recheck would find more, but needs 20–30 s for the shipped lexicons in pure JavaScript;
 * safe-regex2 cannot parse look-behind, refuses `\d{1,3}(?:\.\d+)?%` and misses `(a|a)*b`. These checks take about
 * 2 ms per pattern (60 ms for the 33 shipped patterns from a cold process), plus ~30 ms to initialise the library.
 */
export function backtrackingRisk(pattern: string, flags: string): string | undefined {
  // scslre parses the pattern (with regexpp, whose syntax tree the other checks walk too).
  const { parsed, reports } = analyse({ source: pattern, flags }, { maxReports: 1 });
  const report = reports[0];
  if (report) {
    const at =
      report.type === 'Trade' ? `${report.startQuant.raw} … ${report.endQuant.raw}` : report.quant.raw;
    const how = report.exponential ? 'exponential' : 'polynomial';
    return `${how} backtracking at ${at} on a long run of "${report.character.pick}"`;
  }
  const parsedFlags = parsed.flags;
  const start = getFirstConsumedChar(parsed.pattern.alternatives, 'ltr', parsedFlags).char;
  let risk: string | undefined;
  forEachQuantifier(parsed.pattern, (q) => {
    if (risk !== undefined || q.max !== Infinity) return;
    const outer = unboundedAround(q);
    const runs = isCharacterLike(q.element) ? toCharSet(q.element as never, parsedFlags) : undefined;
    if (outer && !isPotentiallyEmpty(q.element, parsedFlags)) {
      risk = `the unbounded repetition ${q.raw} inside the repetition ${outer.raw}`;
    } else if (overlappingAlternatives(q.element, parsedFlags)) {
      risk = `alternatives that can start with the same character inside the repetition ${q.raw}`;
    } else if (runs && !runs.isDisjointWith(start) && prefixFitsIn(q, runs, parsedFlags)) {
      risk = `the unbounded repetition ${q.raw} runs over text where another match can start, so every such start rescans the rest of the paragraph`;
    }
  });
  return risk;
}

/** Every quantifier of the tree, outer before inner. */
function forEachQuantifier(node: AST.Node, visit: (q: AST.Quantifier) => void): void {
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      for (const a of node.alternatives) forEachQuantifier(a, visit);
      return;
    case 'Assertion':
      if (node.kind === 'lookahead' || node.kind === 'lookbehind') {
        for (const a of node.alternatives) forEachQuantifier(a, visit);
      }
      return;
    case 'Alternative':
      for (const e of node.elements) forEachQuantifier(e, visit);
      return;
    case 'Quantifier':
      visit(node);
      forEachQuantifier(node.element, visit);
      return;
    default:
      return;
  }
}

type CharacterLike = AST.Character | AST.CharacterSet | AST.CharacterClass;

function isCharacterLike(element: AST.QuantifiableElement): element is CharacterLike {
  return element.type === 'Character' || element.type === 'CharacterSet' || element.type === 'CharacterClass';
}

/**
 * Whether the text before `q` in the pattern can be made of characters `q` repeats, so that a run `q` consumes can
 * hold the start of another match: every element on the way from the pattern's start that must consume text has to
 * be able to consume one of them. `\.` before `\d+` in `\d{1,3}(?:\.\d+)?` cannot, and nothing precedes a leading
 * repetition (scslre's case), so neither is reported.
 */
function prefixFitsIn(q: AST.Quantifier, runs: ReturnType<typeof toCharSet>, flags: AST.Flags): boolean {
  let before = 0;
  let child: AST.Node = q;
  for (let p: AST.Node | null = q.parent; p !== null; child = p, p = p.parent) {
    if (p.type !== 'Alternative') continue;
    for (const e of p.elements.slice(0, p.elements.indexOf(child as AST.Element))) {
      if (e.type === 'Assertion' || isPotentiallyEmpty(e, flags)) continue;
      before++;
      if (getFirstConsumedChar(e, 'ltr', flags).char.isDisjointWith(runs)) return false;
    }
  }
  return before > 0;
}

/** The nearest unbounded repetition that contains `node`. */
function unboundedAround(node: AST.Node): AST.Quantifier | undefined {
  for (let p = node.parent; p !== null; p = p.parent) {
    if (p.type === 'Quantifier' && p.max === Infinity) return p;
  }
  return undefined;
}

function overlappingAlternatives(element: AST.QuantifiableElement, flags: AST.Flags): boolean {
  if (element.type !== 'Group' && element.type !== 'CapturingGroup') return false;
  const firsts = element.alternatives.map((a) => getFirstConsumedChar(a, 'ltr', flags).char);
  return firsts.some((a, i) => firsts.slice(i + 1).some((b) => !a.isDisjointWith(b)));
}
