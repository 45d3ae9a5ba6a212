import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Account, AccountRegistry } from '../config/accounts.js';
import { ConfigurationError } from '../platform/errors.js';
import type { ArticleOutcome } from '../publish/outcome.js';
import { isEmulatorAppId } from '../publish/start-gate.js';

/**
 * The accounts of this run that may publish, have articles in the checkout and no AppSecret in the environment.
 * Checked once at the start, so a missing secret is one configuration error naming its variable — not one failure
 * record per article after the ledger has been touched. An account whose publishing is off sends nothing new and
 * needs no secret yet (src/publish/start-gate.ts).
 */
export function accountsWithoutSecret(
  cwd: string,
  registry: AccountRegistry,
  env: Readonly<Record<string, string | undefined>>,
  only: readonly string[] | undefined,
  publishingForAll: boolean,
): Account[] {
  return accountsWithArticles(cwd)
    .filter((id) => only === undefined || only.length === 0 || only.includes(id))
    .map((id) => registry.accounts.get(id))
    .filter((a): a is Account => a !== undefined && !env[a.secretEnv])
    .filter((a) => publishingForAll || a.publishing === 'enabled' || isEmulatorAppId(a.appId));
}

/** A real run cannot start without them: exit 2 before any article is touched. */
export function missingSecretError(missing: readonly Account[], registryFile: string): ConfigurationError {
  const first = missing[0]!;
  const list = missing.map((a) => `${a.secretEnv} (account ${a.id})`).join(', ');
  const listZh = missing.map((a) => `${a.secretEnv}（账号 ${a.id}）`).join('、');
  return new ConfigurationError(
    `${missing.length === 1 ? 'environment variable' : 'environment variables'} ${list} not set: the AppSecret of each account with articles must be in the environment (the publish workflow maps the repository secret of that name); nothing was published`,
    {
      file: registryFile,
      line: first.line,
      field: `accounts.${first.id}.secret_env`,
      zh: `环境变量 ${listZh}未设置：有文章的每个账号，其 AppSecret 都必须在环境变量里（发布工作流会映射同名的仓库 secret）；本次没有发表任何文章`,
    },
  );
}

/** In a dry run, what a real run would meet: every due article of such an account says so. */
export function noteMissingSecrets(outcomes: ArticleOutcome[], missing: readonly Account[]): void {
  for (const outcome of outcomes) {
    const account = missing.find((a) => outcome.key.startsWith(`${a.id}/`));
    if (!account || !outcome.result.startsWith('would ')) continue;
    outcome.result += ` — but ${account.secretEnv} is not set: a real run stops with a configuration error (exit 2) before any article`;
    if (outcome.text) {
      outcome.text = {
        zh: `${outcome.text.zh}——但 ${account.secretEnv} 未设置：真正运行时会在处理任何文章之前以配置错误退出（退出码 2）`,
        en: outcome.result,
      };
    }
  }
}

function accountsWithArticles(cwd: string): string[] {
  const root = join(cwd, 'content');
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((account) => account.isDirectory() && !account.name.startsWith('.'))
    .filter((account) =>
      readdirSync(join(root, account.name), { withFileTypes: true }).some(
        (folder) => folder.isDirectory() && existsSync(join(root, account.name, folder.name, 'index.md')),
      ),
    )
    .map((account) => account.name)
    .sort();
}
