import { loadPolicies } from '../config/load.js';
import type { LintSetup } from '../lint/runner.js';
import { RULES } from '../rules/index.js';
import { checkFile } from './check.js';
import type { FromWorker, ToWorker } from './worker-pool.js';

/**
 * A check worker process (see ./worker-pool.ts), started as dist/worker.js: builds its own setup from the policy
 * directory, then checks each chunk of paths it is sent and answers with each file's result in order. It ends when
 * the parent disconnects, or is killed by it when one file takes longer than its budget.
 */
let cwd = '.';
let setup: LintSetup | undefined;
let failure: string | undefined;
/** Loading policies is asynchronous: a chunk that arrives meanwhile waits for it. */
let ready: Promise<void> = Promise.resolve();

const reply = (message: FromWorker) => process.send?.(message);

/** Serves the parent process until it disconnects. */
export function runWorker(): void {
  process.on('message', onMessage);
}

async function onMessage(message: ToWorker): Promise<void> {
  if (message.type === 'setup') {
    cwd = message.cwd;
    ready = loadPolicies(message.policiesDir, RULES).then(
      ({ policy, lexicon }) => {
        setup = { rules: RULES, policy, lexicon };
      },
      (error: unknown) => {
        // The parent validates the same policies and reports the problem itself; say why only if asked to check.
        failure = error instanceof Error ? error.message : String(error);
      },
    );
    return;
  }
  await ready;
  if (!setup) reply({ type: 'failed', message: failure ?? 'no setup received' });
  else {
    // One message per file, sent as soon as it is done: the parent times each file against its budget. Yielding
    // between files lets each result leave before the next file starts, so a file that stalls is the one blamed.
    for (const path of message.paths) {
      reply({ type: 'result', result: checkFile(cwd, path, setup) });
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}
