import { parentPort, workerData } from 'node:worker_threads';
import { checkFile } from '../app/check.js';
import { loadPolicies } from '../policy/load.js';
import { RULES } from '../rules/index.js';
import type { LintSetup } from './runner.js';
import type { Locale } from './types.js';

/** A check worker: builds its own setup from the same policy directory, then checks the paths it is sent. */
const { cwd, policiesDir, locale } = workerData as { cwd: string; policiesDir: string; locale: Locale };
const { policy, lexicon } = loadPolicies(policiesDir, RULES);
const setup: LintSetup = { rules: RULES, policy, lexicon, locale };
parentPort?.on('message', (path: string) => {
  parentPort?.postMessage(checkFile(cwd, path, setup));
});
