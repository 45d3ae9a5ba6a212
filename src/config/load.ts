import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compileLexicon } from '../lexicon/compile.js';
import type { Lexicon, PatternSafety } from '../lexicon/entry.js';
import { fullAnalysis, shippedLexicon, UnverifiedPattern, verifiedOnly } from '../lexicon/pattern-safety.js';
import { ConfigurationError } from '../platform/errors.js';
import { parseYaml } from '../platform/yaml.js';
import type { Rule } from '../rules/types.js';
import { didYouMean } from '../text/did-you-mean.js';
import { parseAccounts } from './accounts.js';
import { loadLexicons } from './lexicon-file.js';
import { publisherPolicy } from './publisher.js';
import { type CheckPolicy, parseCheckPolicy } from './wxgate-yml.js';

export interface LoadedPolicies {
  policy: CheckPolicy;
  lexicon: Lexicon;
}

/**
 * Reads `<dir>/wxgate.yml`, `<dir>/accounts.yml` (when present) and `<dir>/lexicons/*.yml`. A missing policy
 * directory is a configuration error (a typo in --policies must not silently check against nothing); a missing
 * wxgate.yml means built-in defaults. Every lexicon pattern is proven unable to backtrack catastrophically before
 * it ever runs: by its digest when wxgate shipped it, otherwise by loading the analysis and reading again.
 */
export async function loadPolicies(dir: string, rules: readonly Rule[]): Promise<LoadedPolicies> {
  try {
    return loadPoliciesWith(dir, rules, verifiedOnly);
  } catch (error) {
    if (!(error instanceof UnverifiedPattern)) throw error;
  }
  return loadPoliciesWith(dir, rules, await fullAnalysis());
}

function loadPoliciesWith(dir: string, rules: readonly Rule[], safety: PatternSafety): LoadedPolicies {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new ConfigurationError(`policy directory ${dir} does not exist (set it with --policies <dir>)`);
  }
  const file = join(dir, 'wxgate.yml');
  const policy = existsSync(file)
    ? parseCheckPolicy(file, readFileSync(file, 'utf8'), rules)
    : parseCheckPolicy(file, '', rules);
  // The account matrix says who speaks in each folder (content_profile, brands, products). Checking needs no
  // matrix (a repository may check before it publishes), but a broken one fails here as everywhere.
  const accountsFile = join(dir, 'accounts.yml');
  if (existsSync(accountsFile)) {
    const registry = parseAccounts(accountsFile, readFileSync(accountsFile, 'utf8'));
    policy.accounts = [...registry.accounts.keys()];
    policy.publishers = publisherPolicy(
      policy.publishers.company,
      [...registry.accounts.values()].map((a) => ({
        id: a.id,
        name: a.name,
        ...(a.contentProfile ? { profile: a.contentProfile } : {}),
        brands: a.brands ?? [],
        products: a.products ?? [],
      })),
    );
  }
  const lexiconDir = join(dir, 'lexicons');
  const lexicon = existsSync(lexiconDir)
    ? loadLexicons(lexiconDir, safety, shippedLexicon)
    : compileLexicon([], []);
  checkLexiconRules(lexicon, rules);
  return { policy, lexicon };
}

/**
 * A word list naming a rule that does not exist (`rule: law/ad-absolute-termz`) would load and match nothing, so
 * the words it was written to catch would pass unseen: fail loudly instead, with file, line and the nearest id.
 */
function checkLexiconRules(lexicon: Lexicon, rules: readonly Rule[]): void {
  const ids = rules.map((r) => r.meta.id);
  const entry = lexicon.entries.find((e) => !ids.includes(e.rule));
  if (!entry) return;
  const guess = didYouMean(entry.rule, ids);
  // The file was read and validated a moment ago; read again only to point at its `rule:` line.
  const parsed = parseYaml(readFileSync(entry.file, 'utf8'));
  throw new ConfigurationError(
    `no rule "${entry.rule}"${guess ? ` (did you mean ${guess}?)` : ''}: its entries would match nothing; run \`wxgate rules\` to list the rules`,
    { file: entry.file, line: parsed.ok ? parsed.lineOf(['rule']) : 1, field: 'rule' },
  );
}
