import { loadBundle } from './platform/bundle-loader.js';

/**
 * dist/cli.js, the `wxgate` command: runs the CLI of dist/wxgate.cjs with the code V8 compiled in an earlier run
 * of the same command (src/platform/bundle-loader.ts, src/platform/compile-cache.ts).
 */

/** SHA-256 prefix of dist/wxgate.cjs, written in by scripts/build.mjs: a new build never reads an old cache. */
declare const WXGATE_BUNDLE_DIGEST: string;

const args = process.argv.slice(2);
const command = args.some((a) => a === '--help' || a === '-h') ? 'help' : (args[0] ?? 'help');
const { entries, unlikeNextRun } = loadBundle<{ runAsProgram(hooks: { unlikeNextRun(): void }): void }>(
  new URL('./wxgate.cjs', import.meta.url),
  WXGATE_BUNDLE_DIGEST,
  command,
  ['runAsProgram'],
);
entries.runAsProgram({ unlikeNextRun });
