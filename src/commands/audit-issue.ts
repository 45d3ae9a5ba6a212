/**
 * The audit issue for the market department over the REST API: one issue, found again by its marker among the
 * posts of the account the workflow posts as, created or updated with the report. Built at the entry point and
 * handed to the audit use case, which never builds a GitHub client itself.
 */
import type { AuditIssue } from '../app/audit.js';
import { AUDIT_ISSUE_MARKER, issueBody, issueTitle } from '../audit/format/issue.js';
import type { AuditReport } from '../audit/report.js';
import { createGitHubClient } from '../github/client.js';
import { postingLogin, upsertIssue } from '../github/comments.js';
import { ConfigurationError } from '../platform/errors.js';
import { type Logger, mapLines, warningsOnly } from '../platform/logger.js';

/**
 * Posts with GITHUB_TOKEN to GITHUB_REPOSITORY (a ConfigurationError when either is missing, at the moment of
 * posting). `apiUrl` replaces the API root (tests).
 */
export function githubAuditIssue(
  env: Readonly<Record<string, string | undefined>>,
  log: Logger,
  apiUrl?: string,
): AuditIssue {
  return (report) => postIssue(env, log, report, apiUrl);
}

async function postIssue(
  env: Readonly<Record<string, string | undefined>>,
  log: Logger,
  report: AuditReport,
  apiUrl: string | undefined,
): Promise<{ url: string; action: string }> {
  const token = env.GITHUB_TOKEN?.trim();
  const repository = env.GITHUB_REPOSITORY?.trim();
  const [owner, repo, ...rest] = (repository ?? '').split('/');
  if (!token || !owner || !repo || rest.length > 0) {
    throw new ConfigurationError(
      '--issue needs GITHUB_TOKEN (issues: write) and GITHUB_REPOSITORY (owner/name) in the environment',
    );
  }
  const octokit = createGitHubClient({
    token,
    baseUrl: apiUrl ?? (env.GITHUB_API_URL || 'https://api.github.com'),
    log: warningsOnly(mapLines(log, (line) => `GitHub: ${line}`)),
    ...(apiUrl ? { throttle: false, retryAfterBaseValue: 1 } : {}),
  });
  const author = await postingLogin(octokit);
  const run =
    env.GITHUB_RUN_ID && repository
      ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${repository}/actions/runs/${env.GITHUB_RUN_ID}`
      : null;
  const posted = await upsertIssue(
    octokit,
    { owner, repo },
    AUDIT_ISSUE_MARKER,
    {
      title: issueTitle(report),
      body: issueBody(report, run),
      label: env.WXGATE_AUDIT_LABEL || 'wxgate-audit',
      labelDescription: 'wxgate: 季度审计发现的异常 (anomalies found by the quarterly audit)',
    },
    author,
  );
  log.info(`audit issue ${posted.action}: ${posted.url}`);
  return { url: posted.url, action: posted.action };
}
