import { checkFile } from '../app/check.js';
import { loadPolicies } from '../policy/load.js';
import { RULES } from '../rules/index.js';
import type { LintSetup } from './runner.js';
import type { Locale } from './types.js';

/**
 * A check worker process: receives its share once, builds its own setup from the same policy directory, checks
 * the files and replies once.
 */
process.once('message', (share: { cwd: string; policiesDir: string; locale: Locale; paths: string[] }) => {
  const { policy, lexicon } = loadPolicies(share.policiesDir, RULES);
  const setup: LintSetup = { rules: RULES, policy, lexicon, locale: share.locale };
  process.send?.(share.paths.map((path) => checkFile(share.cwd, path, setup)));
});
