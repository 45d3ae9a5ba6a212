import type { Account } from '../../policy/accounts.js';
import { loadCodeowners } from '../../policy/codeowners.js';
import { accountFolderFindings } from './account-folders.js';
import { cmsFindings, publishingSwitchFindings } from './accounts.js';
import { type Finding, problem } from './finding.js';
import { placeholderFindings } from './placeholders.js';
import { publishSecretFindings } from './publish-secrets.js';
import { workflowVersionFindings } from './workflow-versions.js';

/** What the offline checks read: the repository's settings files, and the outcome of loading its policies. */
export interface RepoSnapshot {
  /** Text of README.md, policies/*.yml, .github/CODEOWNERS (and the other CODEOWNERS places), admin/config.yml. */
  files: ReadonlyMap<string, string>;
  /** Text of .github/workflows/*.yml, by path. */
  workflows: ReadonlyMap<string, string>;
  /** Names of the folders directly under content/ (one per account). */
  contentFolders: readonly string[];
  /** The policies as loaded, or the first mistake in them (file, line, field). */
  policies:
    | { ok: true; accounts: readonly Account[]; accountsFile: string }
    | { ok: false; where: { file?: string; line?: number }; message: string };
}

export function offlineFindings(snapshot: RepoSnapshot): Finding[] {
  const findings: Finding[] = [...placeholderFindings(new Map([...snapshot.files, ...snapshot.workflows]))];
  if (!snapshot.policies.ok) {
    findings.push(
      problem(
        'policy',
        {
          zh: `策略文件有错误：${snapshot.policies.message}`,
          en: `the policy is invalid: ${snapshot.policies.message}`,
        },
        {
          zh: '按提示修改该行；wxgate check 和 PR 检查在策略有错时一律失败。',
          en: 'fix that line; wxgate check and the pull-request checks fail while the policy is invalid.',
        },
        snapshot.policies.where,
      ),
    );
  }
  const codeowners = loadCodeowners(
    Object.fromEntries([...snapshot.files].filter(([path]) => path.endsWith('CODEOWNERS'))),
  );
  if (codeowners.file === undefined) {
    findings.push(
      problem(
        'codeowners',
        { zh: '没有 CODEOWNERS 文件：文章无人负责审批', en: 'no CODEOWNERS file: nobody owns the articles' },
        {
          zh: '创建 .github/CODEOWNERS（wxgate init 生成一份）。',
          en: 'create .github/CODEOWNERS (wxgate init writes one).',
        },
      ),
    );
  }
  for (const error of codeowners.errors) {
    findings.push(
      problem(
        'codeowners',
        { zh: `CODEOWNERS 行无效：${error.message}`, en: `invalid CODEOWNERS line: ${error.message}` },
        { zh: '按 GitHub 的 CODEOWNERS 语法修改该行。', en: "fix the line (GitHub's CODEOWNERS syntax)." },
        { file: codeowners.file, line: error.line },
      ),
    );
  }
  findings.push(...workflowVersionFindings(snapshot.workflows));
  if (snapshot.policies.ok) {
    const { accounts, accountsFile } = snapshot.policies;
    findings.push(...publishSecretFindings(snapshot.workflows, accounts, accountsFile));
    findings.push(...accountFolderFindings(snapshot.contentFolders, accounts, accountsFile, codeowners));
    findings.push(...cmsFindings(snapshot.files.get('admin/config.yml'), accounts));
    findings.push(...publishingSwitchFindings(accounts, accountsFile));
  }
  return findings;
}
