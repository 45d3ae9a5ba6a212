/**
 * The settings of a content repository that `wxgate doctor --online` checks, read through the REST API with the
 * one Octokit (src/github/client.ts). Read only; names of secrets, never values (GitHub never returns values).
 * Each read that the token may not make is recorded as unreadable, so the check can say which permission is
 * missing instead of guessing.
 */
import { type GitHubClient, httpStatus } from './client.js';

export interface BranchRule {
  type: string;
  parameters?: Record<string, unknown>;
  ruleset_id?: number;
}

export interface BypassActor {
  actor_id: number | null;
  actor_type: string;
  bypass_mode?: string;
}

export interface ClassicProtection {
  contexts: string[];
  allowForcePushes: boolean;
  allowDeletions: boolean;
}

export type Readable<T> = { ok: true; value: T } | { ok: false; status: number | undefined };

export interface RepoSettings {
  name: string;
  defaultBranch: string;
  /**
   * `org/slug` (lower case) → whether the team was found. GitHub answers 404 both for a missing team and for one
   * the token may not see (github-governance.md §1.7): the check says both.
   */
  teams: Map<string, Readable<boolean>>;
  users: Map<string, boolean>;
  /** Rules in force on a branch (every active ruleset), by branch name. */
  branchRules: Map<string, Readable<BranchRule[]>>;
  /** Bypass actors of the rulesets those rules come from; undefined when the token may not see them. */
  rulesets: Map<number, { name: string; bypassActors: BypassActor[] | undefined }>;
  /** Classic branch protection, by branch name; `value: undefined` = not protected. */
  protection: Map<string, Readable<ClassicProtection | undefined>>;
  /** The environments the workflows use (ENVIRONMENTS), by name; `value: undefined` = it does not exist. */
  environments: Map<string, Readable<EnvironmentSettings | undefined>>;
  /** The repository variable WXGATE_APP_ID (the GitHub App the workflows mint tokens from); undefined = not set. */
  appId: Readable<string | undefined>;
  repoSecrets: Readable<string[]>;
}

export interface EnvironmentSettings {
  /** null: any branch may deploy. */
  branchPolicy: { protectedBranches: boolean; customBranchPolicies: boolean } | null;
  customBranches: string[] | undefined;
  secrets: Readable<string[]>;
}

/** The environment of the publish job, holding the WeChat secrets. */
export const ENVIRONMENT = 'wechat-publish';
/** The environment of the pull-request checks and the audit, holding the GitHub App's private key. */
export const CHECKS_ENVIRONMENT = 'wxgate';
export const APP_ID_VARIABLE = 'WXGATE_APP_ID';

/** What `read` returns; a 404 is `notFound.value` when given (a missing thing is an answer), else unreadable. */
async function readable<T>(read: () => Promise<T>, notFound?: { value: T }): Promise<Readable<T>> {
  try {
    return { ok: true, value: await read() };
  } catch (error) {
    const status = httpStatus(error);
    if (status === 404 && notFound) return { ok: true, value: notFound.value };
    if (status === undefined) throw error;
    return { ok: false, status };
  }
}

export async function readRepoSettings(
  client: GitHubClient,
  repository: string,
  wanted: {
    teams: readonly string[];
    users: readonly string[];
    branches: (defaultBranch: string) => string[];
  },
): Promise<RepoSettings> {
  const [owner, repo] = repository.split('/') as [string, string];
  const base = { owner, repo };
  const { data } = await client.request('GET /repos/{owner}/{repo}', base);
  const defaultBranch = data.default_branch;

  const teams: RepoSettings['teams'] = new Map();
  for (const team of wanted.teams) {
    const [org, slug] = team.split('/') as [string, string];
    teams.set(
      team.toLowerCase(),
      await readable(
        async () => {
          await client.request('GET /orgs/{org}/teams/{team_slug}', { org, team_slug: slug });
          return true;
        },
        { value: false },
      ),
    );
  }
  const users = new Map<string, boolean>();
  for (const login of wanted.users) {
    const found = await readable(
      async () => {
        await client.request('GET /users/{username}', { username: login });
        return true;
      },
      { value: false },
    );
    users.set(login.toLowerCase(), found.ok && found.value);
  }

  const branchRules: RepoSettings['branchRules'] = new Map();
  const protection: RepoSettings['protection'] = new Map();
  const rulesets: RepoSettings['rulesets'] = new Map();
  for (const branch of wanted.branches(defaultBranch)) {
    const rules = await readable(
      async () =>
        (await client.paginate('GET /repos/{owner}/{repo}/rules/branches/{branch}', {
          ...base,
          branch,
        })) as BranchRule[],
    );
    branchRules.set(branch, rules);
    for (const id of rules.ok ? new Set(rules.value.map((r) => r.ruleset_id)) : []) {
      if (id === undefined || rulesets.has(id)) continue;
      const set = await readable(async () => {
        const r = await client.request('GET /repos/{owner}/{repo}/rulesets/{ruleset_id}', {
          ...base,
          ruleset_id: id,
        });
        return r.data as { name: string; bypass_actors?: BypassActor[] };
      });
      rulesets.set(
        id,
        set.ok
          ? { name: set.value.name, bypassActors: set.value.bypass_actors }
          : { name: `#${id}`, bypassActors: undefined },
      );
    }
    protection.set(
      branch,
      await readable(
        async () => {
          const r = await client.request('GET /repos/{owner}/{repo}/branches/{branch}/protection', {
            ...base,
            branch,
          });
          const p = r.data;
          return {
            contexts: [
              ...(p.required_status_checks?.contexts ?? []),
              ...(p.required_status_checks?.checks ?? []).map((c) => c.context),
            ],
            allowForcePushes: Boolean(p.allow_force_pushes?.enabled),
            allowDeletions: Boolean(p.allow_deletions?.enabled),
          } as ClassicProtection | undefined;
        },
        { value: undefined },
      ),
    );
  }

  const environments: RepoSettings['environments'] = new Map();
  for (const name of [ENVIRONMENT, CHECKS_ENVIRONMENT]) {
    environments.set(name, await readable(() => readEnvironment(client, base, name), { value: undefined }));
  }
  const appId = await readable<string | undefined>(
    async () =>
      (
        await client.request('GET /repos/{owner}/{repo}/actions/variables/{name}', {
          ...base,
          name: APP_ID_VARIABLE,
        })
      ).data.value,
    { value: undefined },
  );
  const repoSecrets = await readable(async () =>
    (
      await client.request('GET /repos/{owner}/{repo}/actions/secrets', { ...base, per_page: 100 })
    ).data.secrets.map((s) => s.name),
  );
  return {
    name: repository,
    defaultBranch,
    teams,
    users,
    branchRules,
    rulesets,
    protection,
    environments,
    appId,
    repoSecrets,
  };
}

/** An environment's deployment branch policy and the names of its secrets; a 404 means it does not exist. */
async function readEnvironment(
  client: GitHubClient,
  base: { owner: string; repo: string },
  name: string,
): Promise<EnvironmentSettings> {
  const at = { ...base, environment_name: name };
  const env = (await client.request('GET /repos/{owner}/{repo}/environments/{environment_name}', at)).data;
  const policy = env.deployment_branch_policy ?? null;
  const branchPolicy = policy
    ? { protectedBranches: policy.protected_branches, customBranchPolicies: policy.custom_branch_policies }
    : null;
  let customBranches: string[] | undefined;
  if (branchPolicy?.customBranchPolicies) {
    const list = await readable(async () =>
      (
        await client.request(
          'GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies',
          at,
        )
      ).data.branch_policies.map((b) => String(b.name)),
    );
    customBranches = list.ok ? list.value : undefined;
  }
  const secrets = await readable(async () =>
    (
      await client.request('GET /repos/{owner}/{repo}/environments/{environment_name}/secrets', {
        ...at,
        per_page: 100,
      })
    ).data.secrets.map((s) => s.name),
  );
  return { branchPolicy, customBranches, secrets };
}
