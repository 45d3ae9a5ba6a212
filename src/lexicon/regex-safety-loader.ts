/**
 * Loads the regular-expression analysis (./regex-safety.ts: a megabyte of code, needed only for a pattern a
 * company wrote) when it is first needed. In the ES-module bundles it is a chunk of its own; in the CLI's
 * CommonJS script scripts/build.mjs puts this module's place a `require` of dist/regex-safety.cjs, a bundle of
 * its own, so the CLI reads neither unless it must.
 */
export function loadRegexSafety(): Promise<typeof import('./regex-safety.js')> {
  return import('./regex-safety.js');
}
