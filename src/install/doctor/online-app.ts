import {
  APP_ID_VARIABLE,
  CHECKS_ENVIRONMENT,
  ENVIRONMENT,
  type RepoSettings,
} from '../../github/repo-settings.js';
import { type Finding, problem } from './finding.js';
import { limitedToDefault } from './online-access.js';

const KEY = 'WXGATE_APP_PRIVATE_KEY';

/**
 * The GitHub App the workflows mint their tokens from (docs/setup.md section 5): without WXGATE_APP_ID no workflow
 * can read team membership, so every approval that needs a team fails closed and every article PR waits forever.
 * With it, the jobs that mint a token need the App's key in their environment — `wxgate` for the checks and the
 * audit, `wechat-publish` for the publisher — and the `wxgate` environment, like the other, must be limited to the
 * default branch (a job naming an environment that does not exist gets one created, open to every branch).
 */
export function appFindings(settings: RepoSettings): Finding[] {
  const fixApp = {
    zh: `建 wxgate GitHub App（组织权限 Members: read，仓库权限 Contents: write），把 App ID 设为仓库变量 ${APP_ID_VARIABLE}，私钥设为环境 ${CHECKS_ENVIRONMENT} 和 ${ENVIRONMENT} 的密钥 ${KEY}（wxgate docs/setup.md 第 5 节）。`,
    en: `create the wxgate GitHub App (organisation Members: read, repository Contents: write), set its App ID as the repository variable ${APP_ID_VARIABLE} and its private key as the secret ${KEY} of the environments ${CHECKS_ENVIRONMENT} and ${ENVIRONMENT} (wxgate docs/setup.md, section 5).`,
  };
  const { appId } = settings;
  if (!appId.ok) {
    return [
      problem(
        'github-app',
        {
          zh: `无法读取仓库变量 ${APP_ID_VARIABLE}（HTTP ${appId.status}）`,
          en: `the repository variable ${APP_ID_VARIABLE} could not be read (HTTP ${appId.status})`,
        },
        { zh: '令牌须有 Variables: read。', en: 'the token needs Variables: read.' },
      ),
    ];
  }
  if (appId.value === undefined || appId.value.trim() === '') {
    return [
      problem(
        'github-app',
        {
          zh: `没有设置 ${APP_ID_VARIABLE}：工作流无法读取团队成员，需要团队批准的文章一律不能合并，发布记录用工作流令牌推送`,
          en: `${APP_ID_VARIABLE} is not set: the workflows cannot read team membership, so approvals that need a team never count, and the ledger is pushed with the workflow token`,
        },
        fixApp,
      ),
    ];
  }
  const findings: Finding[] = [];
  for (const name of [CHECKS_ENVIRONMENT, ENVIRONMENT]) {
    const env = settings.environments.get(name);
    if (!env?.ok) continue; // reported by the environment check (unreadable)
    const secrets = env.value?.secrets;
    if (env.value === undefined || (secrets?.ok && !secrets.value.includes(KEY))) {
      findings.push(
        problem(
          'github-app-key',
          {
            zh: `环境 ${name} ${env.value === undefined ? '不存在' : `中没有密钥 ${KEY}`}：该环境中的工作流无法生成 App 令牌`,
            en: `the environment ${name} ${env.value === undefined ? 'does not exist' : `has no secret ${KEY}`}: its workflows cannot mint the App's token`,
          },
          fixApp,
        ),
      );
    }
    if (name === CHECKS_ENVIRONMENT && env.value && !limitedToDefault(env.value, settings.defaultBranch)) {
      findings.push(
        problem(
          'environment-branches',
          {
            zh: `环境 ${name} 没有限制为只允许默认分支：其他分支的工作流副本也能拿到 App 私钥`,
            en: `the environment ${name} is not limited to the default branch: another branch's copy of a workflow could get the App's key`,
          },
          {
            zh: `Settings → Environments → ${name} → Deployment branches and tags：Selected branches，只加默认分支 ${settings.defaultBranch}。`,
            en: `Settings → Environments → ${name} → Deployment branches and tags: Selected branches, only the default branch ${settings.defaultBranch}.`,
          },
        ),
      );
    }
  }
  return findings;
}
