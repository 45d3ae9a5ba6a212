import { loadBundle } from './platform/bundle-loader.js';

/**
 * dist/worker.js, a check worker process (src/app/worker-pool.ts starts it): runs the worker of dist/wxgate.cjs.
 * Workers start with V8 flags of their own, so their compiled code is kept apart from the CLI's ("worker").
 */

/** SHA-256 prefix of dist/wxgate.cjs, written in by scripts/build.mjs. */
declare const WXGATE_BUNDLE_DIGEST: string;

loadBundle<{ runWorker(): void }>(new URL('./wxgate.cjs', import.meta.url), WXGATE_BUNDLE_DIGEST, 'worker', [
  'runWorker',
]).entries.runWorker();
