import { execFileSync } from 'node:child_process';
import { createGitHubClient } from '../github/client.js';
import { readRepoSettings } from '../github/repo-settings.js';
import {
  defaultBranchFindings,
  environmentFindings,
  ownerFindings,
} from '../install/doctor/online-access.js';
import { appFindings } from '../install/doctor/online-app.js';
import { LEDGER_BRANCH, ledgerFindings, requiredCheckFindings } from '../install/doctor/online-branches.js';
import { referencedOwners } from '../install/doctor/owners.js';
import type { OnlineCheck } from './doctor.js';

export interface OnlineOptions {
  token: string;
  repository: string;
  apiUrl: string;
  /** Test hooks for the client (no throttling, instant retries). */
  client?: { throttle?: boolean; retryAfterBaseValue?: number; retries?: number };
}

/** `owner/name` of the repository's origin remote on GitHub, if it has one. */
export function repositoryOf(root: string): string | undefined {
  try {
    const url = execFileSync('git', ['remote', 'get-url', 'origin'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return /[/:]([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(url)?.[1];
  } catch {
    return undefined;
  }
}

/** The online checks: read the repository's settings once, then judge them (src/install/doctor/online-*.ts). */
export function onlineDoctor(options: OnlineOptions): OnlineCheck {
  return async (snapshot) => {
    const client = createGitHubClient({ token: options.token, baseUrl: options.apiUrl, ...options.client });
    const owners = referencedOwners(snapshot);
    const settings = await readRepoSettings(client, options.repository, {
      teams: owners.teams,
      users: owners.users,
      branches: (defaultBranch) => [defaultBranch, LEDGER_BRANCH],
    });
    return {
      repository: { name: settings.name, defaultBranch: settings.defaultBranch },
      findings: [
        ...defaultBranchFindings(settings, snapshot),
        ...ownerFindings(settings, owners.teams, owners.users),
        ...requiredCheckFindings(settings),
        ...ledgerFindings(settings),
        ...environmentFindings(settings, snapshot),
        ...appFindings(settings),
      ],
    };
  };
}
