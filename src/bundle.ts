/**
 * What dist/wxgate.cjs offers its loaders: dist/cli.js (src/cli-loader.ts) and dist/worker.js
 * (src/worker-loader.ts). One script serves both, so the code they share is in dist/ once. The Action is a script
 * of its own (dist/action.cjs, src/action-loader.ts).
 */
export { runWorker } from './app/check-worker.js';
export { runAsProgram } from './cli.js';
