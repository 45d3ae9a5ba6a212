import type { Account } from '../../policy/accounts.js';
import type { Codeowners } from '../../policy/codeowners.js';
import { type Finding, problem } from './finding.js';

/**
 * Accounts must resolve both ways: every folder of content/ is an account of policies/accounts.yml (else its
 * articles belong to nobody and are never published), and every account's articles have a code owner in CODEOWNERS
 * (else nobody's approval is asked for, and GitHub's "Require review from Code Owners" cannot apply).
 */
export function accountFolderFindings(
  contentFolders: readonly string[],
  accounts: readonly Account[],
  accountsFile: string,
  codeowners: Codeowners,
): Finding[] {
  const findings: Finding[] = [];
  const ids = new Set(accounts.map((a) => a.id));
  for (const folder of contentFolders) {
    if (ids.has(folder)) continue;
    findings.push(
      problem(
        'account-folder',
        {
          zh: `content/${folder}/ 不对应 ${accountsFile} 中的任何账号：其中的文章不会发布`,
          en: `content/${folder}/ is no account of ${accountsFile}: its articles are never published`,
        },
        {
          zh: `在 ${accountsFile} 中添加账号 ${folder}，或把文章移到已有账号的目录中。`,
          en: `add the account ${folder} to ${accountsFile}, or move the articles to an existing account's folder.`,
        },
        { file: `content/${folder}` },
      ),
    );
  }
  if (codeowners.file === undefined) return findings;
  for (const account of accounts) {
    // The owners GitHub would request for an article of this account: the last matching line wins.
    const sample = `content/${account.id}/2000-01-01-article/index.md`;
    const rule = codeowners.rules.findLast((r) => r.matches(sample));
    if (rule && rule.owners.length > 0) continue;
    findings.push(
      problem(
        'account-owners',
        {
          zh: `账号 ${account.id} 的文章在 ${codeowners.file} 中没有负责人${rule ? `（第 ${rule.line} 行没有写负责人）` : ''}`,
          en: `the articles of account ${account.id} have no code owner in ${codeowners.file}${rule ? ` (line ${rule.line} names none)` : ''}`,
        },
        {
          zh: `在 ${codeowners.file} 中加一行：/content/${account.id}/ @<组织>/${account.id}-editors`,
          en: `add a line to ${codeowners.file}: /content/${account.id}/ @<org>/${account.id}-editors`,
        },
        { file: codeowners.file, ...(rule ? { line: rule.line } : {}) },
      ),
    );
  }
  return findings;
}
