/** The content rules of the base branch's policy folder, as `wxgate check --policies` would load them. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadPolicies } from '../config/load.js';
import type { BaseFiles } from '../github/base-files.js';
import type { LintSetup } from '../lint/runner.js';
import { ConfigurationError } from '../platform/errors.js';
import { RULES } from '../rules/index.js';

/**
 * The content rules configured by the BASE branch's policy folder, loaded by the very loader `wxgate check
 * --policies` uses (so the Action and the CLI cannot drift): the fetched files are written to a private temporary
 * folder, loaded, and the folder removed. Errors name the file as `policies/wxgate.yml@<base sha>`.
 */
export async function lintSetupFromBase(base: BaseFiles): Promise<LintSetup> {
  if (base.policyFiles.size === 0 && !base.policies.wxgateYml) {
    // An absent folder is a typo in policies-path more often than a wish for defaults: fail loudly.
    throw new ConfigurationError(
      `the policy folder "${base.policiesPath}" has no YAML files at base commit ${base.sha.slice(0, 7)}; check the policies-path input`,
    );
  }
  const root = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'wxgate-base-'));
  try {
    const dir = join(root, 'policies');
    mkdirSync(dir, { recursive: true });
    for (const [path, text] of [...base.policyFiles].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const file = join(dir, ...path.split('/'));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    try {
      const { policy, lexicon } = await loadPolicies(dir, RULES);
      return { rules: RULES, policy, lexicon };
    } catch (error) {
      if (error instanceof ConfigurationError && error.file?.startsWith(dir)) {
        const file = `${base.policiesPath}${error.file.slice(dir.length).split('\\').join('/')}@${base.sha.slice(0, 7)}`;
        throw new ConfigurationError(error.message, {
          file,
          ...(error.line === undefined ? {} : { line: error.line }),
          ...(error.field === undefined ? {} : { field: error.field }),
        });
      }
      throw error;
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
