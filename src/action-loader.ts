import { loadBundle } from './platform/bundle-loader.js';

/**
 * dist/action.js, the GitHub Action (action.yml): runs the Action of dist/wxgate.cjs (src/action/run.ts). It
 * never uses a compile cache: it runs on CI machines, where the runner of one job may have run another's code.
 */

/** SHA-256 prefix of dist/wxgate.cjs, written in by scripts/build.mjs. */
declare const WXGATE_BUNDLE_DIGEST: string;

await loadBundle(
  new URL('./wxgate.cjs', import.meta.url),
  WXGATE_BUNDLE_DIGEST,
  undefined,
).entries.runAction();
