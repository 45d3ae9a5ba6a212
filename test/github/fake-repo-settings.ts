/**
 * The repository settings `wxgate doctor --online` reads, as GitHub's REST API answers them: the repository (its
 * default branch), users, rulesets and the rules in force on a branch, classic branch protection (404 "Branch not
 * protected" when there is none), environments with their deployment branch policies, and the NAMES of environment
 * and repository secrets (GitHub never returns a value). Part of FakeGitHub (fake-github.ts), kept apart because
 * the pull-request tests need none of it.
 */

export interface FakeRule {
  type: string;
  parameters?: Record<string, unknown>;
}

export interface FakeRuleset {
  id: number;
  name: string;
  /** Branch names the ruleset applies to (GitHub's `~DEFAULT_BRANCH` is written as the name here). */
  branches: string[];
  rules: FakeRule[];
  bypassActors: { actor_id: number | null; actor_type: string; bypass_mode: string }[];
  enforcement?: 'active' | 'evaluate' | 'disabled';
}

export interface FakeEnvironment {
  /** null: any branch may deploy. */
  branchPolicy: { protected_branches: boolean; custom_branch_policies: boolean } | null;
  customBranches: string[];
  secrets: string[];
}

export class FakeRepoSettings {
  defaultBranch = 'main';
  readonly users = new Set<string>();
  readonly rulesets: FakeRuleset[] = [];
  readonly protection = new Map<
    string,
    { contexts: string[]; allowForcePushes: boolean; allowDeletions: boolean }
  >();
  readonly environments = new Map<string, FakeEnvironment>();
  repoSecrets: string[] = [];
  /** Repository variables (Actions): their values are readable, unlike secrets. */
  readonly variables = new Map<string, string>();

  /**
   * The answer to a request GitHub's settings endpoints would give, or undefined when the path is not one of them.
   * `repoPrefix` is `/repos/<owner>/<name>`.
   */
  answer(
    method: string,
    path: string,
    repoPrefix: string,
    fullName: string,
  ): { status: number; data: unknown } | undefined {
    if (method !== 'GET') return undefined;
    const notFound = { status: 404, data: { message: 'Not Found', status: '404' } };
    let m = /^\/users\/([^/]+)$/.exec(path);
    if (m) return this.users.has(m[1]!.toLowerCase()) ? { status: 200, data: { login: m[1] } } : notFound;
    if (path === repoPrefix) {
      return {
        status: 200,
        data: { full_name: fullName, default_branch: this.defaultBranch, private: true },
      };
    }
    if (!path.startsWith(`${repoPrefix}/`)) return undefined;
    const rest = path.slice(repoPrefix.length);
    m = /^\/rules\/branches\/(.+)$/.exec(rest);
    if (m) {
      const branch = m[1]!;
      const rules = this.rulesets
        .filter((r) => (r.enforcement ?? 'active') === 'active' && r.branches.includes(branch))
        .flatMap((r) =>
          r.rules.map((rule) => ({
            ...rule,
            ruleset_source_type: 'Repository',
            ruleset_source: fullName,
            ruleset_id: r.id,
          })),
        );
      return { status: 200, data: rules };
    }
    m = /^\/rulesets\/(\d+)$/.exec(rest);
    if (m) {
      const set = this.rulesets.find((r) => r.id === Number(m![1]));
      if (!set) return notFound;
      return {
        status: 200,
        data: {
          id: set.id,
          name: set.name,
          target: 'branch',
          enforcement: set.enforcement ?? 'active',
          bypass_actors: set.bypassActors,
          conditions: { ref_name: { include: set.branches.map((b) => `refs/heads/${b}`), exclude: [] } },
          rules: set.rules,
        },
      };
    }
    m = /^\/branches\/(.+)\/protection$/.exec(rest);
    if (m) {
      const p = this.protection.get(m[1]!);
      if (!p) return { status: 404, data: { message: 'Branch not protected' } };
      return {
        status: 200,
        data: {
          required_status_checks: {
            strict: false,
            contexts: p.contexts,
            checks: p.contexts.map((context) => ({ context, app_id: null })),
          },
          allow_force_pushes: { enabled: p.allowForcePushes },
          allow_deletions: { enabled: p.allowDeletions },
        },
      };
    }
    m = /^\/environments\/([^/]+)(\/.*)?$/.exec(rest);
    if (m) {
      const env = this.environments.get(m[1]!);
      if (!env) return notFound;
      const sub = m[2] ?? '';
      if (sub === '') {
        return {
          status: 200,
          data: { id: 1, name: m[1], deployment_branch_policy: env.branchPolicy, protection_rules: [] },
        };
      }
      if (sub === '/deployment-branch-policies') {
        return {
          status: 200,
          data: {
            total_count: env.customBranches.length,
            branch_policies: env.customBranches.map((name, i) => ({ id: i + 1, name, type: 'branch' })),
          },
        };
      }
      if (sub === '/secrets') return { status: 200, data: secretList(env.secrets) };
      return notFound;
    }
    if (rest === '/actions/secrets') return { status: 200, data: secretList(this.repoSecrets) };
    m = /^\/actions\/variables\/([^/]+)$/.exec(rest);
    if (m) {
      const value = this.variables.get(m[1]!);
      return value === undefined ? notFound : { status: 200, data: { name: m[1], value } };
    }
    return undefined;
  }
}

function secretList(names: readonly string[]) {
  const at = '2026-11-01T00:00:00Z';
  return {
    total_count: names.length,
    secrets: names.map((name) => ({ name, created_at: at, updated_at: at })),
  };
}
