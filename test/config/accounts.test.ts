import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAccounts, parseAccounts, secretOf } from '../../src/config/accounts.js';
import { ConfigurationError } from '../../src/platform/errors.js';

const FILE = 'policies/accounts.yml';

const GOOD = `accounts:
  group:
    name: 澜川集团
    type: service
    verified: true
    owner_team: acme/market-dept
    app_id: wx-demo-group
    secret_env: WECHAT_SECRET_GROUP
`;

function error(yaml: string, baseDir?: string): string {
  try {
    parseAccounts(FILE, yaml, baseDir);
  } catch (e) {
    if (e instanceof ConfigurationError) return e.describe();
    throw e;
  }
  throw new Error('expected a ConfigurationError');
}

describe('policies/accounts.yml', () => {
  it('the shipped matrix is valid: group publishes, the unverified pharma account is draft-only', () => {
    const { accounts } = loadAccounts(resolve(import.meta.dirname, '../../policies'));
    expect(accounts.get('group')).toMatchObject({
      name: '澜川集团',
      type: 'service',
      verified: true,
      publishMethod: 'freepublish',
      appId: 'wx-demo-group',
      secretEnv: 'WECHAT_SECRET_GROUP',
      ownerTeam: 'acme/market-dept',
    });
    expect(accounts.get('lanchuan-pharma')).toMatchObject({
      type: 'subscription',
      verified: false,
      publishMethod: 'draft-only',
      appId: 'wx-demo-lanchuan-pharma',
    });
  });

  it('defaults publish_method to freepublish', () => {
    expect(parseAccounts(FILE, GOOD).accounts.get('group')?.publishMethod).toBe('freepublish');
  });

  it.each([
    [
      'unknown field',
      GOOD.replace('    type:', '    typ: x\n    type:'),
      ':4: field "accounts.group.typ": unknown field',
    ],
    [
      'missing field',
      GOOD.replace('    app_id: wx-demo-group\n', ''),
      'field "accounts.group.app_id": is required',
    ],
    [
      'bad type',
      GOOD.replace('type: service', 'type: official'),
      ':4: field "accounts.group.type": must be one of',
    ],
    [
      'verified not boolean',
      GOOD.replace('verified: true', 'verified: yes'),
      ':5: field "accounts.group.verified"',
    ],
    [
      'owner team not org/team',
      GOOD.replace('acme/market-dept', 'market'),
      ':6: field "accounts.group.owner_team": must be a GitHub team',
    ],
    [
      'unknown method',
      `${GOOD}    publish_method: schedule\n`,
      ':9: field "accounts.group.publish_method": must be one of freepublish, mass-send, draft-only',
    ],
    [
      'unverified account cannot freepublish',
      GOOD.replace('verified: true', 'verified: false'),
      'field "accounts.group.publish_method": an unverified account cannot publish through the API since 2025-07',
    ],
    [
      'unverified account cannot mass-send',
      `${GOOD.replace('verified: true', 'verified: false')}    publish_method: mass-send\n`,
      ':9: field "accounts.group.publish_method": an unverified account cannot mass-send',
    ],
    [
      'bad app id',
      GOOD.replace('wx-demo-group', 'demo'),
      ':7: field "accounts.group.app_id": must be a WeChat AppID',
    ],
    [
      'a secret instead of its name',
      GOOD.replace('WECHAT_SECRET_GROUP', '0123456789abcdef0123456789abcdef'),
      ':8: field "accounts.group.secret_env": must be the NAME of an environment variable',
    ],
    ['bad id', GOOD.replace('  group:', '  Group Account:'), ':2: field "accounts.Group Account"'],
    ['not a mapping', 'accounts: [group]\n', ':1: field "accounts": must map account ids'],
    ['unknown top-level key', `${GOOD}menus: {}\n`, ':9: field "menus": unknown setting'],
    [
      'intro too short',
      `${GOOD}    intro: 好\n`,
      ':9: field "accounts.group.intro": must be 4–120 characters (has 1)',
    ],
    [
      'duplicate app id',
      `${GOOD}${GOOD.slice('accounts:\n'.length).replace('  group:', '  other:')}`,
      ':14: field "accounts.other.app_id": is also the app id of account group',
    ],
    [
      'avatar without hash',
      `${GOOD}    avatar:\n      file: logo.png\n`,
      ':9: field "accounts.group.avatar.sha256"',
    ],
    ['YAML syntax', 'accounts:\n  group: [\n', `${FILE}:2: `],
  ])('%s → file:line:field', (_name, yaml, expected) => {
    const message = error(yaml);
    expect(message.startsWith(FILE)).toBe(true);
    expect(message).toContain(expected);
  });

  it('checks an avatar file against its hash when the repository root is known', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wxgate-accounts-'));
    mkdirSync(join(dir, 'brand'));
    writeFileSync(join(dir, 'brand/logo.png'), 'logo');
    const sha = createHash('sha256').update('logo').digest('hex');
    const yaml = (hash: string) => `${GOOD}    avatar:\n      file: brand/logo.png\n      sha256: ${hash}\n`;
    expect(parseAccounts(FILE, yaml(sha), dir).accounts.get('group')?.avatar).toEqual({
      file: 'brand/logo.png',
      sha256: sha,
    });
    expect(error(yaml('a'.repeat(64)), dir)).toContain(
      `:11: field "accounts.group.avatar.sha256": does not match brand/logo.png (its SHA-256 is ${sha})`,
    );
  });

  it('a missing secret names the variable, never a value', () => {
    const registry = parseAccounts(FILE, GOOD);
    const account = registry.accounts.get('group')!;
    expect(secretOf(account, { WECHAT_SECRET_GROUP: 's3cret' }, FILE)).toBe('s3cret');
    expect(() => secretOf(account, {}, FILE)).toThrow(/WECHAT_SECRET_GROUP/);
  });

  it('a missing matrix is a configuration error', () => {
    expect(() => loadAccounts(mkdtempSync(join(tmpdir(), 'wxgate-none-')))).toThrow(ConfigurationError);
  });
});
