import { type ClientOptions, createGitHubClient, describeError } from '../github/client.js';
import { missingRules, protectionWarning } from '../ledger/protection.js';
import type { Logger } from '../platform/logger.js';

/**
 * Reads the rules GitHub applies to the ledger branch with the job's token and says what protection is missing
 * (src/ledger/protection.ts). Called only by runs that read GitHub anyway (publish-adapters.ts). Only where it can see: without GITHUB_TOKEN and GITHUB_REPOSITORY, or when GitHub
 * will not answer, it says nothing but a log line — a warning it cannot back would only teach people to ignore it.
 */
export async function ledgerProtectionWarnings(
  env: Readonly<Record<string, string | undefined>>,
  branch: string,
  log: Logger,
  github: Partial<ClientOptions> = {},
): Promise<string[]> {
  const token = env.GITHUB_TOKEN?.trim();
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY?.trim() ?? '').split('/');
  if (!token || !owner || !repo || rest.length > 0) return [];
  const client = createGitHubClient({
    token,
    baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
    retries: 0,
    ...github,
  });
  try {
    const { data } = await client.request('GET /repos/{owner}/{repo}/rules/branches/{branch}', {
      owner,
      repo,
      branch,
      per_page: 100,
    });
    const warning = protectionWarning(branch, missingRules(data as { type?: unknown }[]));
    return warning ? [warning] : [];
  } catch (error) {
    log.info(`GitHub: the rules of ${branch} could not be read (${describeError(error)}); not checked`);
    return [];
  }
}
