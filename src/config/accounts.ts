import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '../platform/errors.js';
import { parseYaml } from '../platform/yaml.js';
import type { ContentProfile } from '../rules/types.js';
import { namesOf, profileOf } from './publisher.js';

/** How wxgate hands an article to WeChat (DESIGN §2.5; wechat-api.md §8). */
export type PublishMethod = 'freepublish' | 'mass-send' | 'draft-only';
export type AccountType = 'subscription' | 'service';

/** One official account of the matrix (`policies/accounts.yml`, DESIGN §4, 002 4.x). */
export interface Account {
  /** The content folder name: articles live in `content/<id>/`. */
  id: string;
  name: string;
  type: AccountType;
  verified: boolean;
  /** `org/team-slug` of the GitHub team accountable for the account. */
  ownerTeam: string;
  publishMethod: PublishMethod;
  appId: string;
  /** Name of the environment variable holding the AppSecret (never the secret). */
  secretEnv: string;
  avatar?: { file: string; sha256: string };
  intro?: string;
  /** How strictly claims are judged in its articles (default corporate). */
  contentProfile?: ContentProfile;
  /** Its own brand and product names: a claim next to one of them is about the publisher's own offering. */
  brands?: readonly string[];
  products?: readonly string[];
  /**
   * `publishing: enabled | disabled` as written (absent: undefined, which the publisher treats as off). `wxgate
   * init` writes `disabled`: the switch a company turns on per account once it is ready to publish.
   */
  publishing?: 'enabled' | 'disabled';
  /** Line of the account's key in the file, for messages that point at it. */
  line: number;
}

export interface AccountRegistry {
  file: string;
  accounts: ReadonlyMap<string, Account>;
}

export const PUBLISH_METHODS: readonly PublishMethod[] = ['freepublish', 'mass-send', 'draft-only'];
const TYPES: readonly AccountType[] = ['subscription', 'service'];
const ACCOUNT_KEYS = [
  'name',
  'type',
  'verified',
  'owner_team',
  'publish_method',
  'app_id',
  'secret_env',
  'avatar',
  'intro',
  'content_profile',
  'brands',
  'products',
  'publishing',
] as const;
const REQUIRED = ['name', 'type', 'verified', 'owner_team', 'app_id', 'secret_env'] as const;

/**
 * Validates `policies/accounts.yml`. The first mistake is a ConfigurationError with file, line and field, so a
 * broken registry stops the publisher before any call to WeChat. `baseDir` (the repository root) is where avatar
 * files are looked up; without it avatars are checked for form only.
 */
export function parseAccounts(file: string, yamlText: string, baseDir?: string): AccountRegistry {
  const parsed = parseYaml(yamlText);
  if (!parsed.ok) throw new ConfigurationError(parsed.message, { file, line: parsed.line });
  const fail = (path: (string | number)[], message: string): never => {
    throw new ConfigurationError(message, {
      file,
      line: parsed.lineOf(path),
      field: path.join('.') || '(root)',
    });
  };
  const root = parsed.value;
  if (root === null || root === undefined || typeof root !== 'object' || Array.isArray(root)) {
    return fail([], 'must be a mapping with one key, accounts');
  }
  for (const key of Object.keys(root)) {
    if (key !== 'accounts') fail([key], 'unknown setting; allowed: accounts');
  }
  const list = (root as Record<string, unknown>).accounts;
  if (list === null || list === undefined || typeof list !== 'object' || Array.isArray(list)) {
    return fail(['accounts'], 'must map account ids (the content/<id>/ folder names) to their settings');
  }
  const accounts = new Map<string, Account>();
  const appIds = new Map<string, string>();
  for (const [id, value] of Object.entries(list as Record<string, unknown>)) {
    const at = (...rest: string[]) => ['accounts', id, ...rest];
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
      fail(at(), 'an account id is its content folder name: lower-case letters, digits and -');
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return fail(at(), `must be a mapping of ${REQUIRED.join(', ')}`);
    }
    const raw = value as Record<string, unknown>;
    for (const key of Object.keys(raw)) {
      if (!(ACCOUNT_KEYS as readonly string[]).includes(key)) {
        fail(at(key), `unknown field; allowed: ${ACCOUNT_KEYS.join(', ')}`);
      }
    }
    for (const key of REQUIRED) {
      if (raw[key] === undefined || raw[key] === null) fail(at(key), 'is required');
    }
    const text = (key: string, v: unknown): string => {
      if (typeof v !== 'string' || v.trim() === '') return fail(at(key), 'must be non-empty text');
      return v.trim();
    };
    const name = text('name', raw.name);
    const type = raw.type as AccountType;
    if (!TYPES.includes(type)) fail(at('type'), `must be one of ${TYPES.join(', ')}`);
    if (typeof raw.verified !== 'boolean') fail(at('verified'), 'must be true or false');
    const verified = raw.verified as boolean;
    const ownerTeam = text('owner_team', raw.owner_team);
    if (!/^[A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*$/.test(ownerTeam)) {
      fail(at('owner_team'), 'must be a GitHub team as org/team-slug, e.g. acme/market-dept');
    }
    const publishMethod = (raw.publish_method ?? 'freepublish') as PublishMethod;
    if (!PUBLISH_METHODS.includes(publishMethod)) {
      fail(at('publish_method'), `must be one of ${PUBLISH_METHODS.join(', ')}`);
    }
    if (!verified && publishMethod !== 'draft-only') {
      fail(
        at('publish_method'),
        `an unverified account cannot ${publishMethod === 'mass-send' ? 'mass-send' : 'publish'} through the API ` +
          'since 2025-07 (WeChat answers 48001): use draft-only, or complete verification and set verified: true',
      );
    }
    const appId = text('app_id', raw.app_id);
    if (!/^wx[0-9A-Za-z_-]{2,}$/.test(appId)) fail(at('app_id'), 'must be a WeChat AppID (wx…)');
    const other = appIds.get(appId);
    if (other !== undefined) fail(at('app_id'), `is also the app id of account ${other}`);
    appIds.set(appId, id);
    const secretEnv = text('secret_env', raw.secret_env);
    if (!/^[A-Z_][A-Z0-9_]*$/.test(secretEnv)) {
      fail(
        at('secret_env'),
        'must be the NAME of an environment variable (upper case, digits, _), e.g. WECHAT_SECRET_GROUP — ' +
          'never the AppSecret itself; if a secret was written here, reset it in the WeChat developer platform',
      );
    }
    const account: Account = {
      id,
      name,
      type,
      verified,
      ownerTeam,
      publishMethod,
      appId,
      secretEnv,
      brands: namesOf(raw.brands, (m) => fail(at('brands'), m)),
      products: namesOf(raw.products, (m) => fail(at('products'), m)),
      line: parsed.lineOf(at()),
    };
    const profile = profileOf(raw.content_profile, (m) => fail(at('content_profile'), m));
    if (profile !== undefined) account.contentProfile = profile;
    if (raw.avatar !== undefined && raw.avatar !== null) {
      const a = raw.avatar;
      if (typeof a !== 'object' || Array.isArray(a)) return fail(at('avatar'), 'must be {file, sha256}');
      const av = a as Record<string, unknown>;
      for (const key of Object.keys(av)) {
        if (key !== 'file' && key !== 'sha256')
          fail(at('avatar', key), 'unknown field; allowed: file, sha256');
      }
      if (typeof av.file !== 'string' || av.file.trim() === '') {
        return fail(at('avatar', 'file'), 'must be the path of the logo file, relative to the repository');
      }
      if (typeof av.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(av.sha256)) {
        return fail(at('avatar', 'sha256'), 'must be the 64 lower-case hex digits of the file’s SHA-256');
      }
      if (baseDir !== undefined) {
        const full = join(baseDir, av.file);
        if (!existsSync(full)) fail(at('avatar', 'file'), `${av.file} does not exist`);
        const actual = createHash('sha256').update(readFileSync(full)).digest('hex');
        if (actual !== av.sha256) {
          fail(at('avatar', 'sha256'), `does not match ${av.file} (its SHA-256 is ${actual})`);
        }
      }
      account.avatar = { file: av.file, sha256: av.sha256 };
    }
    if (raw.publishing !== undefined && raw.publishing !== null) {
      if (raw.publishing !== 'enabled' && raw.publishing !== 'disabled') {
        fail(
          at('publishing'),
          'must be enabled or disabled (publishing stays off until a person says enabled)',
        );
      }
      account.publishing = raw.publishing as 'enabled' | 'disabled';
    }
    if (raw.intro !== undefined && raw.intro !== null) {
      const intro = text('intro', raw.intro);
      const length = [...intro].length;
      if (length < 4 || length > 120) fail(at('intro'), `must be 4–120 characters (has ${length})`);
      account.intro = intro;
    }
    accounts.set(id, account);
  }
  return { file, accounts };
}

/** Reads `<policiesDir>/accounts.yml`. A missing file is a configuration error: publishing needs the matrix. */
export function loadAccounts(policiesDir: string, baseDir?: string): AccountRegistry {
  const file = join(policiesDir, 'accounts.yml');
  if (!existsSync(file)) {
    throw new ConfigurationError('the account matrix is missing; create it (see the README)', { file });
  }
  return parseAccounts(file, readFileSync(file, 'utf8'), baseDir);
}

/**
 * The AppSecret of an account, from the environment variable accounts.yml names. Missing → ConfigurationError
 * naming the variable (never a value).
 */
export function secretOf(
  account: Account,
  env: Readonly<Record<string, string | undefined>>,
  registryFile: string,
): string {
  const secret = env[account.secretEnv];
  if (secret === undefined || secret === '') {
    throw new ConfigurationError(
      `account ${account.id}: environment variable ${account.secretEnv} (its AppSecret) is not set`,
      { file: registryFile, line: account.line, field: `accounts.${account.id}.secret_env` },
    );
  }
  return secret;
}
