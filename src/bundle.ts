/**
 * Everything dist/wxgate.cjs offers its loaders: dist/cli.js (src/cli-loader.ts), dist/worker.js
 * (src/worker-loader.ts) and dist/action.js (src/action-loader.ts). One script serves all three, so the code they
 * share is in dist/ once. The Action's modules (with @actions/core and its HTTP client) are imported only when the
 * Action runs: the CLI never evaluates them.
 */
export { runWorker } from './app/check-worker.js';
export { runAsProgram } from './cli.js';

export async function runAction(): Promise<void> {
  const { run } = await import('./action/run.js');
  await run();
}
