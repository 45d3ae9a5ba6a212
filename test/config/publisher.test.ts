import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAccounts } from '../../src/config/accounts.js';
import { loadPolicies } from '../../src/config/load.js';
import { publisherOf } from '../../src/config/publisher.js';
import { parseCheckPolicy } from '../../src/config/wxgate-yml.js';
import { ConfigurationError } from '../../src/platform/errors.js';
import { RULES } from '../../src/rules/index.js';

const ACCOUNTS = `accounts:
  pharma:
    name: 澜川医药
    type: subscription
    verified: false
    owner_team: acme/pharma
    publish_method: draft-only
    app_id: wx-pharma
    secret_env: WECHAT_SECRET_PHARMA
    content_profile: marketing
    brands: [澜川大药房]
    products: [清肺颗粒]
`;

function describeError(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof ConfigurationError) return e.describe();
    throw e;
  }
  throw new Error('expected a ConfigurationError');
}

describe('who speaks in an article (publisher policy)', () => {
  it('without a declaration: corporate, nothing of its own', () => {
    const { publishers } = parseCheckPolicy('policies/wxgate.yml', '', RULES);
    expect(publisherOf(publishers, 'group')).toEqual({ profile: 'corporate', names: [] });
  });

  it('reads publisher: from wxgate.yml for files outside any account', () => {
    const { publishers } = parseCheckPolicy(
      'policies/wxgate.yml',
      'publisher:\n  profile: news\n  brands: [澜川]\n  products: [暖冬助学]\n',
      RULES,
    );
    expect(publisherOf(publishers, undefined)).toEqual({
      profile: 'news',
      names: [
        { text: '澜川', kind: 'brand' },
        { text: '暖冬助学', kind: 'product' },
      ],
    });
  });

  it.each([
    [
      'publisher:\n  profile: loud\n',
      ':2: field "publisher.profile": must be one of news, corporate, marketing',
    ],
    [
      'publisher:\n  brand: [澜川]\n',
      ':2: field "publisher.brand": unknown setting; allowed: profile, brands, products',
    ],
    ['publisher:\n  brands: 澜川\n', ':2: field "publisher.brands": must be a list of names'],
    [
      'publisher:\n  products: [药]\n',
      ':2: field "publisher.products": every name must be text of at least 2 characters',
    ],
    ['publisher: [澜川]\n', ':1: field "publisher": must be a mapping of profile, brands, products'],
  ])('rejects %j with file, line and field', (yaml, expected) => {
    expect(describeError(() => parseCheckPolicy('policies/wxgate.yml', yaml, RULES))).toBe(
      `policies/wxgate.yml${expected}`,
    );
  });

  it('reads content_profile, brands and products per account from accounts.yml', () => {
    const account = parseAccounts('policies/accounts.yml', ACCOUNTS).accounts.get('pharma')!;
    expect(account).toMatchObject({
      contentProfile: 'marketing',
      brands: ['澜川大药房'],
      products: ['清肺颗粒'],
    });
    expect(
      describeError(() =>
        parseAccounts(
          'policies/accounts.yml',
          ACCOUNTS.replace('content_profile: marketing', 'content_profile: ads'),
        ),
      ),
    ).toBe(
      'policies/accounts.yml:10: field "accounts.pharma.content_profile": must be one of news, corporate, marketing',
    );
  });

  it('loadPolicies joins both: the account name, the company names and the account names, by folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wxgate-publisher-'));
    writeFileSync(join(dir, 'wxgate.yml'), 'publisher:\n  brands: [澜川]\n');
    writeFileSync(join(dir, 'accounts.yml'), ACCOUNTS);
    const { policy } = await loadPolicies(dir, RULES);
    expect(publisherOf(policy.publishers, 'pharma')).toEqual({
      profile: 'marketing',
      names: [
        { text: '澜川医药', kind: 'account' },
        { text: '澜川', kind: 'brand' },
        { text: '澜川大药房', kind: 'brand' },
        { text: '清肺颗粒', kind: 'product' },
      ],
    });
    // A folder no account claims uses the company-wide declaration.
    expect(publisherOf(policy.publishers, 'unknown').profile).toBe('corporate');
  });

  it('the shipped policies declare the demo accounts', async () => {
    const { policy } = await loadPolicies(resolve(import.meta.dirname, '../../policies'), RULES);
    expect(publisherOf(policy.publishers, 'group').profile).toBe('corporate');
    expect(publisherOf(policy.publishers, 'lanchuan-pharma').profile).toBe('marketing');
  });
});
