import { parsePrPolicy } from '../policy/pr-policy.js';
import { DECAP_INTEGRITY, DECAP_VERSION, decapConfigYaml } from './decap.js';
import { placeholderCover } from './png.js';
import { renderTemplate, secretEnvFor } from './render.js';

/** One file of a new content repository, relative to its root. */
export interface PlannedFile {
  path: string;
  bytes: Uint8Array;
}

/** A file shipped in the package: a template (rendered) or a default policy file (copied as it is). */
export interface SourceFile {
  path: string;
  bytes: Uint8Array;
}

export interface InitOptions {
  /** GitHub organisation that owns the teams; a CHANGE-ME placeholder when not given. */
  org?: string;
  /** `owner/name` of the content repository (for the writing UI); placeholder when not given. */
  repository?: string;
  /** Owner of wxgate's GitHub repository, whose Action the workflows use by tag. */
  actionOwner?: string;
  /** Account ids (content/<id>/ folders). */
  accounts?: readonly string[];
  defaultBranch?: string;
}

/** Every value a company must fill in contains this; `wxgate doctor` lists each one left. */
export const PLACEHOLDER = 'CHANGE-ME';
export const DEFAULT_ACCOUNT = 'official';
const ACCOUNT_ID = /^[a-z0-9][a-z0-9-]*$/;
const GITHUB_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const BRANCH = /^(?!.*\.\.)(?!\/)[A-Za-z0-9._/-]+(?<![/.])$/;

/** A mistake in the options: the CLI prints it as a usage error. */
export class InitOptionError extends Error {}

/**
 * The files of a clean content repository: templates/content-repo rendered with the options (the `gitignore`
 * template becomes `.gitignore`, since npm would read a `.gitignore` in the package as its own ignore list), the
 * default lexicons and themes of policies/, the writing UI's config, and the example article's cover. No wxgate
 * source, test or developer workflow is among them.
 */
export function planContentRepo(
  options: InitOptions,
  version: string,
  templates: readonly SourceFile[],
  defaultPolicies: readonly SourceFile[],
): PlannedFile[] {
  const accounts = [...new Set(options.accounts?.length ? options.accounts : [DEFAULT_ACCOUNT])];
  for (const id of accounts) {
    if (!ACCOUNT_ID.test(id)) {
      throw new InitOptionError(
        `account "${id}": use lower-case letters, digits and - (it is a folder name)`,
      );
    }
  }
  const [owner, repo] = options.repository?.split('/') ?? [];
  if (options.repository !== undefined && (!GITHUB_NAME.test(owner ?? '') || !/^[\w.-]+$/.test(repo ?? ''))) {
    throw new InitOptionError(`--repo must be owner/name (got "${options.repository}")`);
  }
  const org = options.org ?? owner ?? `${PLACEHOLDER}-org`;
  const actionOwner = options.actionOwner ?? `${PLACEHOLDER}-owner`;
  for (const [flag, value] of [
    ['--org', org],
    ['--action-owner', actionOwner],
  ] as const) {
    if (!GITHUB_NAME.test(value))
      throw new InitOptionError(`${flag} must be a GitHub account name (got "${value}")`);
  }
  const defaultBranch = options.defaultBranch ?? 'main';
  if (!BRANCH.test(defaultBranch))
    throw new InitOptionError(`--default-branch "${defaultBranch}" is not a branch name`);

  const data = {
    values: {
      org,
      action_owner: actionOwner,
      version,
      default_branch: defaultBranch,
      first_account: accounts[0]!,
      decap_version: DECAP_VERSION,
      decap_integrity: DECAP_INTEGRITY,
    },
    accounts: accounts.map((id) => ({ id, secretEnv: secretEnvFor(id) })),
  };
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const files: PlannedFile[] = templates.map((t) => ({
    path: t.path === 'gitignore' ? '.gitignore' : t.path,
    bytes: Buffer.from(renderTemplate(t.path, decoder.decode(t.bytes), data)),
  }));
  const rendered = new Set(files.map((f) => f.path));
  for (const p of defaultPolicies) {
    const path = `policies/${p.path}`;
    if (!rendered.has(path)) files.push({ path, bytes: p.bytes });
  }
  files.push({ path: 'examples/welcome/cover.png', bytes: placeholderCover() });
  files.push({
    path: 'admin/config.yml',
    bytes: Buffer.from(
      decapConfigYaml({
        repository: options.repository ?? `${org}/${PLACEHOLDER}-repo`,
        defaultBranch,
        accounts: accounts.map((id) => ({ id, name: `${PLACEHOLDER}-公众号名称` })),
        departments: departmentsOf(files),
        authEndpoint: `https://${PLACEHOLDER}-oauth.example.com`,
      }),
    ),
  });
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/**
 * The departments the writing UI offers: those the generated policies/wxgate.yml gives a head's approval rule
 * (`front_matter: department`), so an author can only pick a department whose approval the check knows.
 */
function departmentsOf(files: readonly PlannedFile[]): string[] {
  const policy = files.find((f) => f.path === 'policies/wxgate.yml');
  if (!policy) return [];
  const parsed = parsePrPolicy('policies/wxgate.yml', Buffer.from(policy.bytes).toString('utf8'));
  return parsed.approvals.rules.flatMap((rule) =>
    rule.kind === 'front-matter' && rule.field === 'department' ? [...rule.ownersByValue.keys()] : [],
  );
}
