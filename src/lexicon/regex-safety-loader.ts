/**
 * Loads the regular-expression analysis (./regex-safety.ts: a megabyte of code, needed only for a pattern a
 * company wrote) when it is first needed. Run from the sources it is an import; in the built scripts
 * scripts/build.mjs puts in this module's place a `require` of dist/regex-safety.cjs, a script of its own, so a
 * run reads it only when it must.
 */
export function loadRegexSafety(): Promise<typeof import('./regex-safety.js')> {
  return import('./regex-safety.js');
}
