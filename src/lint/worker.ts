import { checkFile } from '../app/check.js';
import type { FromWorker, ToWorker } from '../app/worker-pool.js';
import { loadPolicies } from '../policy/load.js';
import { RULES } from '../rules/index.js';
import type { LintSetup } from './runner.js';

/**
 * A check worker process (see src/app/worker-pool.ts): builds its own setup from the policy directory, then checks
 * each chunk of paths it is sent and answers with their results in order. It ends when the parent disconnects.
 */
let cwd = '.';
let setup: LintSetup | undefined;
let failure: string | undefined;

const reply = (message: FromWorker) => process.send?.(message);

process.on('message', (message: ToWorker) => {
  if (message.type === 'setup') {
    cwd = message.cwd;
    try {
      const { policy, lexicon } = loadPolicies(message.policiesDir, RULES);
      setup = { rules: RULES, policy, lexicon, locale: message.locale };
    } catch (error) {
      // The parent validates the same policies and reports the problem itself; say why only if asked to check.
      failure = error instanceof Error ? error.message : String(error);
    }
    return;
  }
  if (!setup) reply({ type: 'failed', message: failure ?? 'no setup received' });
  else reply({ type: 'results', results: message.paths.map((path) => checkFile(cwd, path, setup!)) });
});
