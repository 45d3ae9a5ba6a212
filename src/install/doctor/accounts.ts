import { parseYaml } from '../../platform/yaml.js';
import type { Account } from '../../policy/accounts.js';
import { type Finding, note, problem } from './finding.js';

/**
 * The writing UI (admin/config.yml) needs one collection per account, in the account's folder; an account without
 * one cannot be written in the browser, and a collection without an account writes articles nobody publishes.
 */
export function cmsFindings(configText: string | undefined, accounts: readonly Account[]): Finding[] {
  if (configText === undefined) return [];
  const file = 'admin/config.yml';
  const parsed = parseYaml(configText);
  const collections = parsed.ok
    ? ((parsed.value as { collections?: unknown } | null)?.collections ?? [])
    : undefined;
  if (!Array.isArray(collections)) {
    return [
      problem(
        'cms-config',
        { zh: '写作界面配置无法读取', en: 'the writing UI configuration does not parse' },
        {
          zh: '检查 YAML 语法，或用 wxgate init 在空目录中重新生成后对照。',
          en: 'fix its YAML, or compare with one wxgate init generates in an empty folder.',
        },
        { file, line: parsed.ok ? 1 : parsed.line },
      ),
    ];
  }
  const folders = new Map<string, string>();
  for (const c of collections as { name?: unknown; folder?: unknown }[]) {
    if (typeof c?.folder === 'string') folders.set(c.folder.replace(/\/+$/, ''), String(c.name));
  }
  const findings: Finding[] = [];
  for (const account of accounts) {
    if (folders.delete(`content/${account.id}`)) continue;
    findings.push(
      problem(
        'cms-collection',
        {
          zh: `写作界面中没有账号 ${account.id} 的栏目，作者无法在浏览器中为它写文章`,
          en: `the writing UI has no collection for account ${account.id}: authors cannot write for it in the browser`,
        },
        {
          zh: `在 ${file} 的 collections 中复制一个栏目，把 name 改为 ${account.id}、folder 改为 content/${account.id}。`,
          en: `copy a collection in ${file} and set its name to ${account.id} and its folder to content/${account.id}.`,
        },
        { file },
      ),
    );
  }
  for (const [folder, name] of folders) {
    findings.push(
      problem(
        'cms-collection',
        {
          zh: `写作界面的栏目 ${name}（${folder}）不对应任何账号，其中的文章不会发布`,
          en: `the writing UI's collection ${name} (${folder}) belongs to no account: its articles are never published`,
        },
        {
          zh: '删除该栏目，或在 policies/accounts.yml 中添加对应账号。',
          en: 'remove the collection, or add its account to policies/accounts.yml.',
        },
        { file },
      ),
    );
  }
  return findings;
}

/** Accounts whose `publishing` switch is off (or missing): worth knowing before the first merge. */
export function publishingSwitchFindings(accounts: readonly Account[], accountsFile: string): Finding[] {
  return accounts
    .filter((a) => a.publishing !== 'enabled')
    .map((a) =>
      note(
        'publishing-switch',
        a.publishing === 'disabled'
          ? {
              zh: `账号 ${a.id}：publishing: disabled（未开启发布）`,
              en: `account ${a.id}: publishing: disabled`,
            }
          : { zh: `账号 ${a.id} 没有写 publishing 开关`, en: `account ${a.id} has no publishing switch` },
        {
          zh: '账号、密钥和 IP 白名单都就绪后，改为 publishing: enabled（开关由发布程序读取；见 README 的实现状态）。',
          en: 'set publishing: enabled once the account, its secret and the IP allow-list are ready (the publisher reads the switch; see the README for its status).',
        },
        { file: accountsFile, line: a.line },
      ),
    );
}
