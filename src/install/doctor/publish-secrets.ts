import type { Account } from '../../policy/accounts.js';
import { type Finding, problem } from './finding.js';

/** The workflow that holds the WeChat secrets: the one whose job runs in the wechat-publish environment. */
export function publishWorkflow(workflows: ReadonlyMap<string, string>): [string, string] | undefined {
  return [...workflows].find(([, text]) => /^\s*environment:\s*['"]?wechat-publish\b/m.test(text));
}

/**
 * Every account's secret_env must be handed to the publish step (`NAME: ${{ secrets.NAME }}`): GitHub gives a job
 * only the secrets it names, so an account missing there fails at its first publish, not at setup.
 */
export function publishSecretFindings(
  workflows: ReadonlyMap<string, string>,
  accounts: readonly Account[],
  accountsFile: string,
): Finding[] {
  if (accounts.length === 0) return [];
  const publish = publishWorkflow(workflows);
  if (!publish) {
    return [
      problem(
        'publish-workflow',
        {
          zh: '没有找到发布工作流（environment: wechat-publish）',
          en: 'no publish workflow (a job with environment: wechat-publish)',
        },
        {
          zh: '用 wxgate init 生成 .github/workflows/publish.yml，或从 wxgate 的模板复制。',
          en: "create .github/workflows/publish.yml with wxgate init, or copy it from wxgate's templates.",
        },
      ),
    ];
  }
  const [file, text] = publish;
  const findings: Finding[] = [];
  for (const account of accounts) {
    const name = account.secretEnv;
    const mapped = new RegExp(`^\\s*${name}:\\s*\\$\\{\\{\\s*secrets\\.${name}\\s*\\}\\}\\s*$`, 'm');
    if (mapped.test(text)) continue;
    findings.push(
      problem(
        'publish-secret-mapping',
        {
          zh: `账号 ${account.id} 的密钥 ${name} 没有传给发布步骤`,
          en: `account ${account.id}: its secret ${name} is not passed to the publish step`,
        },
        {
          zh: `在 ${file} 的发布步骤 env: 中加一行：${name}: \${{ secrets.${name} }}`,
          en: `add this line to the env: of the publish step in ${file}: ${name}: \${{ secrets.${name} }}`,
        },
        { file: accountsFile, line: account.line },
      ),
    );
  }
  return findings;
}
