import { ENVIRONMENT, type EnvironmentSettings, type RepoSettings } from '../../github/repo-settings.js';
import { type Finding, lineOf, problem } from './finding.js';
import type { RepoSnapshot } from './offline.js';
import { publishWorkflow } from './publish-secrets.js';

/** Teams and users named as owners must exist and be visible to the token (else their approvals fail closed). */
export function ownerFindings(
  settings: RepoSettings,
  teams: readonly string[],
  users: readonly string[],
): Finding[] {
  const findings: Finding[] = [];
  for (const team of teams) {
    const found = settings.teams.get(team.toLowerCase());
    if (found?.ok && found.value) continue;
    findings.push(
      problem(
        'team',
        found?.ok === false
          ? {
              zh: `无法读取团队 @${team}（HTTP ${found.status}）`,
              en: `team @${team} could not be read (HTTP ${found.status})`,
            }
          : {
              zh: `团队 @${team} 不存在，或令牌看不到它`,
              en: `team @${team} does not exist, or the token cannot see it`,
            },
        {
          zh: `在组织中建该团队（可见性 Visible，对本仓库有写权限），或改正名称；令牌须有组织权限 Members: read。`,
          en: 'create the team (visibility Visible, write access to this repository) or correct its name; the token needs the organisation permission Members: read.',
        },
      ),
    );
  }
  for (const user of users) {
    if (settings.users.get(user.toLowerCase())) continue;
    findings.push(
      problem(
        'user',
        { zh: `用户 @${user} 不存在`, en: `user @${user} does not exist` },
        { zh: '改正用户名，或改用团队。', en: 'correct the login, or name a team instead.' },
      ),
    );
  }
  return findings;
}

/**
 * The wechat-publish environment must exist, deploy only from the default branch, and hold a secret named as every
 * account's secret_env — and those secrets must not also be repository secrets, which any branch's workflow reads.
 */
export function environmentFindings(settings: RepoSettings, snapshot: RepoSnapshot): Finding[] {
  const env = settings.environments.get(ENVIRONMENT)!;
  const fixEnv = {
    zh: `Settings → Environments → New environment「${ENVIRONMENT}」，Deployment branches and tags 选 Selected branches，只加默认分支 ${settings.defaultBranch}。`,
    en: `Settings → Environments → New environment "${ENVIRONMENT}"; Deployment branches and tags: Selected branches, only the default branch ${settings.defaultBranch}.`,
  };
  if (!env.ok) {
    return [
      problem(
        'environment',
        {
          zh: `无法读取环境 ${ENVIRONMENT}（HTTP ${env.status}）`,
          en: `the environment ${ENVIRONMENT} could not be read (HTTP ${env.status})`,
        },
        {
          zh: '令牌须能读取仓库的 Environments（仓库管理员或 Actions/Environments 读权限）。',
          en: "the token must be able to read the repository's environments (admin, or Environments: read).",
        },
      ),
    ];
  }
  if (env.value === undefined) {
    return [
      problem(
        'environment',
        {
          zh: `环境 ${ENVIRONMENT} 不存在：发布工作流拿不到任何微信密钥`,
          en: `the environment ${ENVIRONMENT} does not exist: the publish job gets no WeChat secret`,
        },
        fixEnv,
      ),
    ];
  }
  const findings: Finding[] = [];
  const { customBranches, secrets } = env.value;
  if (!limitedToDefault(env.value, settings.defaultBranch)) {
    findings.push(
      problem(
        'environment-branches',
        {
          zh: `环境 ${ENVIRONMENT} 没有限制为只允许默认分支${customBranches?.length ? `（允许：${customBranches.join('、')}）` : ''}：其他分支的工作流副本也能拿到密钥`,
          en: `the environment ${ENVIRONMENT} is not limited to the default branch${customBranches?.length ? ` (allows: ${customBranches.join(', ')})` : ''}: another branch's copy of a workflow could get its secrets`,
        },
        fixEnv,
      ),
    );
  }
  if (!snapshot.policies.ok) return findings;
  if (!secrets.ok) {
    findings.push(
      problem(
        'environment-secrets',
        {
          zh: `无法列出环境 ${ENVIRONMENT} 的密钥名称（HTTP ${secrets.status}）`,
          en: `the secrets of ${ENVIRONMENT} could not be listed (HTTP ${secrets.status})`,
        },
        {
          zh: '令牌须有 Secrets: read（只读名称，读不到值）。',
          en: 'the token needs Secrets: read (names only; values are never readable).',
        },
      ),
    );
    return findings;
  }
  const names = new Set(secrets.value);
  const repoNames = new Set(settings.repoSecrets.ok ? settings.repoSecrets.value : []);
  for (const account of snapshot.policies.accounts) {
    if (!names.has(account.secretEnv)) {
      findings.push(
        problem(
          'environment-secrets',
          {
            zh: `环境 ${ENVIRONMENT} 中没有账号 ${account.id} 的密钥 ${account.secretEnv}`,
            en: `the environment ${ENVIRONMENT} has no secret ${account.secretEnv} for account ${account.id}`,
          },
          {
            zh: `Settings → Environments → ${ENVIRONMENT} → Add environment secret：名称 ${account.secretEnv}，值为该公众号的 AppSecret。`,
            en: `Settings → Environments → ${ENVIRONMENT} → Add environment secret: name ${account.secretEnv}, value the account's AppSecret.`,
          },
          { file: snapshot.policies.accountsFile, line: account.line },
        ),
      );
    }
    if (repoNames.has(account.secretEnv)) {
      findings.push(
        problem(
          'repository-secret',
          {
            zh: `${account.secretEnv} 同时是仓库级密钥：任何分支上的工作流都能读取它`,
            en: `${account.secretEnv} is also a repository secret: a workflow on any branch can read it`,
          },
          {
            zh: `删除仓库级密钥 ${account.secretEnv}（Settings → Secrets and variables → Actions），只保留在环境 ${ENVIRONMENT} 中；若它可能已泄露，在微信开发者平台重置 AppSecret。`,
            en: `delete the repository secret ${account.secretEnv} and keep it only in ${ENVIRONMENT}; reset the AppSecret if it may have leaked.`,
          },
        ),
      );
    }
  }
  return findings;
}

/** The publish workflow's push trigger must name the repository's default branch (never an assumed "main"). */
export function defaultBranchFindings(settings: RepoSettings, snapshot: RepoSnapshot): Finding[] {
  const publish = publishWorkflow(snapshot.workflows);
  if (!publish) return [];
  const [file, text] = publish;
  const branches = /^\s+branches:\s*\[([^\]]*)\]/m.exec(text)?.[1];
  if (branches === undefined) return [];
  const names = branches.split(',').map((b) => b.trim().replace(/^['"]|['"]$/g, ''));
  if (names.includes(settings.defaultBranch)) return [];
  return [
    problem(
      'default-branch',
      {
        zh: `发布工作流在 ${names.join('、')} 上触发，但仓库的默认分支是 ${settings.defaultBranch}：合并后不会立即发布`,
        en: `the publish workflow runs on pushes to ${names.join(', ')}, but the default branch is ${settings.defaultBranch}: merges do not publish until the next scheduled run`,
      },
      {
        zh: `把 branches 改为 [${settings.defaultBranch}]。`,
        en: `set branches to [${settings.defaultBranch}].`,
      },
      { file, line: lineOf(text, /^\s+branches:/) },
    ),
  ];
}

/** Whether only the default branch may deploy to the environment (protected branches, or exactly that branch). */
export function limitedToDefault(env: EnvironmentSettings, defaultBranch: string): boolean {
  const { branchPolicy, customBranches } = env;
  return (
    branchPolicy !== null &&
    (branchPolicy.protectedBranches ||
      (customBranches !== undefined &&
        customBranches.length > 0 &&
        customBranches.every((b) => b === defaultBranch)))
  );
}
