import { parentPort, workerData } from 'node:worker_threads';
import { checkFile } from '../app/check.js';
import { loadPolicies } from '../policy/load.js';
import { RULES } from '../rules/index.js';
import type { LintSetup } from './runner.js';
import type { Locale } from './types.js';

/** A check worker: builds its own setup from the same policy directory, checks its share, replies once. */
const { cwd, policiesDir, locale, paths } = workerData as {
  cwd: string;
  policiesDir: string;
  locale: Locale;
  paths: string[];
};
const { policy, lexicon } = loadPolicies(policiesDir, RULES);
const setup: LintSetup = { rules: RULES, policy, lexicon, locale };
parentPort?.postMessage(paths.map((path) => checkFile(cwd, path, setup)));
