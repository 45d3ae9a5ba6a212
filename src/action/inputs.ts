/**
 * Every input of action.yml, read once into a typed object. Nothing else in the Action calls `core.getInput`.
 * A wrong input is a ConfigurationError: the Action fails with the input's name and what is allowed.
 */
import * as core from '@actions/core';
import { ConfigurationError } from '../platform/errors.js';
import type { Locale } from '../text/vocabulary.js';

export interface ActionInputs {
  /** Reads the PR, posts check runs, the comment and the urgent report. */
  githubToken: string;
  /** Reads organisation team membership; undefined → the GitHub token is tried and lookups fail closed. */
  teamToken: string | undefined;
  /** Policy folder in the base branch. */
  policiesPath: string;
  locale: Locale;
  /** REST API root (GitHub Enterprise Server: https://HOST/api/v3). */
  apiUrl: string;
  /** Evaluate this PR (workflow_dispatch, schedule); otherwise the PR comes from the event. */
  pullRequest: number | undefined;
  /** Label the urgent-report issues carry (they are found by it). */
  reportLabel: string;
}

export function getInputs(): ActionInputs {
  const githubToken = core.getInput('github-token', { required: true });
  core.setSecret(githubToken);
  const teamToken = optional('team-token');
  if (teamToken) core.setSecret(teamToken);

  const locale = optional('locale') ?? 'zh-CN';
  if (locale !== 'zh-CN' && locale !== 'en') {
    throw new ConfigurationError(`input "locale" must be zh-CN or en (got "${locale}")`);
  }

  const policiesPath = (optional('policies-path') ?? 'policies').replace(/^\.?\/+/, '').replace(/\/+$/, '');
  if (policiesPath === '' || policiesPath.split('/').some((p) => p === '..' || p === '.')) {
    throw new ConfigurationError(
      `input "policies-path" must be a folder inside the repository, like policies (got "${core.getInput('policies-path')}")`,
    );
  }

  const apiUrl = optional('api-url') ?? process.env.GITHUB_API_URL ?? 'https://api.github.com';
  if (!/^https?:\/\/[^\s]+$/.test(apiUrl)) {
    throw new ConfigurationError(`input "api-url" must be an http(s) URL (got "${apiUrl}")`);
  }

  const rawPr = optional('pull-request');
  let pullRequest: number | undefined;
  if (rawPr !== undefined) {
    if (!/^[1-9][0-9]{0,9}$/.test(rawPr)) {
      throw new ConfigurationError(`input "pull-request" must be a pull request number (got "${rawPr}")`);
    }
    pullRequest = Number(rawPr);
  }

  const reportLabel = optional('report-label') ?? 'wxgate-urgent-report';
  if (reportLabel.length > 50 || reportLabel.includes(',')) {
    throw new ConfigurationError(
      'input "report-label" must be a label name of at most 50 characters without commas',
    );
  }

  return { githubToken, teamToken, policiesPath, locale, apiUrl, pullRequest, reportLabel };
}

/** An input that was not given (or given empty) is undefined. */
function optional(name: string): string | undefined {
  const value = core.getInput(name);
  return value === '' ? undefined : value;
}
