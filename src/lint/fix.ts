import type { Edit } from '../rules/types.js';
import { FILE_RULE, type FileResult, type LintSetup, lintBytes } from './runner.js';

/**
 * Applies the fixes of one lint result to the text it was found in. Fixes are taken in source order; one that
 * overlaps a fix already taken waits for the next pass (its finding is found again on the new text, with offsets
 * that fit it), so two rules never edit the same characters at once. Returns the text and how many fixes were
 * applied.
 */
export function applyFixes(text: string, result: FileResult): { text: string; applied: number } {
  const fixes = result.messages
    .flatMap((m) => (m.fix ? [[...m.fix].sort((a, b) => a.start - b.start)] : []))
    .sort((a, b) => a[0]!.start - b[0]!.start || a[0]!.end - b[0]!.end);
  const taken: Edit[] = [];
  let applied = 0;
  let reached = 0;
  for (const edits of fixes) {
    // An insertion at the very point another edit ends would be ambiguous in order: also left for the next pass.
    if (
      edits[0]!.start < reached ||
      (taken.length > 0 && edits[0]!.start === reached && edits[0]!.start === edits[0]!.end)
    )
      continue;
    if (edits.some((e, i) => i > 0 && e.start < edits[i - 1]!.end)) continue;
    taken.push(...edits);
    reached = edits.at(-1)!.end;
    applied++;
  }
  let out = '';
  let at = 0;
  for (const e of taken) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return { text: out + text.slice(at), applied };
}

export interface FixOutcome {
  /** The file's text after every safe fix; equal to the input when there was nothing to fix. */
  text: string;
  /** Fixes applied over all passes. */
  applied: number;
  /** What is left to report once the fixes are made. */
  result: FileResult;
}

/** A fix can make another one possible (a full-width mark now next to a space to drop); ESLint stops at 10 too. */
const MAX_PASSES = 10;

const BOM = '\ufeff';

/**
 * Fixes one article's text until nothing fixable is left. Pure: the caller reads and writes the file. A file that
 * cannot be read as an article (a `format/file` error) is returned unchanged, and so is any pass that would make
 * it unreadable. A byte-order mark, which decoding drops, is kept.
 */
export function fixArticle(
  path: string,
  bytes: Uint8Array,
  setup: LintSetup,
  assets?: ReadonlySet<string>,
): FixOutcome {
  const encoder = new TextEncoder();
  const original = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  const bom = original.startsWith(BOM) ? BOM : '';
  const lintText = (text: string) => lintBytes(path, encoder.encode(bom + text), setup, assets);
  let text = original.slice(bom.length);
  let result = lintBytes(path, bytes, setup, assets);
  let applied = 0;
  if (unreadable(result)) return { text: original, applied: 0, result };
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = applyFixes(text, result);
    if (next.applied === 0) break;
    const nextResult = lintText(next.text);
    if (unreadable(nextResult)) break;
    text = next.text;
    result = nextResult;
    applied += next.applied;
  }
  return { text: bom + text, applied, result };
}

function unreadable(result: FileResult): boolean {
  return result.messages.some((m) => m.ruleId === FILE_RULE.id);
}
