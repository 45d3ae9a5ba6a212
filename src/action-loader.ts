import { loadBundle } from './platform/bundle-loader.js';

/**
 * dist/action.js, the GitHub Action (action.yml): runs dist/action.cjs, the Action (src/action/run.ts) as one
 * CommonJS script. A script of its own, so the CLI never reads the Action's HTTP stack (@actions/core, undici:
 * 0.8 MB). It never uses a compile cache: it runs on CI machines, where the runner of one job may have run another
 * job's code.
 */

/** SHA-256 prefix of dist/action.cjs, written in by scripts/build.mjs. */
declare const WXGATE_BUNDLE_DIGEST: string;

await loadBundle<{ run(): Promise<unknown> }>(
  new URL('./action.cjs', import.meta.url),
  WXGATE_BUNDLE_DIGEST,
  undefined,
  ['run'],
).entries.run();
