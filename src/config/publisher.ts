import { ConfigurationError } from '../platform/errors.js';
import type { YamlDocument } from '../platform/yaml.js';
import type { ContentProfile, OwnName, Publisher } from '../rules/types.js';

/**
 * Who speaks in an article, for the rules that judge claims. The Advertising Law binds an advertiser's claims
 * about its own goods or services (广告法第二条、第九条), so "最佳" next to the company's own product is a claim
 * and the same word in a news report about someone else is not. A company declares what is its own:
 *
 * - `publisher:` in policies/wxgate.yml — `brands`, `products` (company-wide) and `profile`, the strictness for
 *   articles outside any account folder;
 * - per account in policies/accounts.yml — `content_profile` (news | corporate | marketing, default corporate),
 *   and its own `brands` and `products`. The account's display name counts as a brand of its own.
 */
export interface PublisherPolicy {
  /** What wxgate.yml declares for the whole company. */
  company: CompanyPublisher;
  /** For files outside any account folder (or in a folder no account claims). */
  fallback: Publisher;
  byAccount: ReadonlyMap<string, Publisher>;
}

export const CONTENT_PROFILES: readonly ContentProfile[] = ['news', 'corporate', 'marketing'];
export const PUBLISHER_KEYS = ['profile', 'brands', 'products'] as const;

/** The company-wide part, from wxgate.yml's `publisher:` section (absent: corporate, nothing declared). */
export interface CompanyPublisher {
  profile: ContentProfile;
  brands: string[];
  products: string[];
}

export function parseCompanyPublisher(file: string, doc: YamlDocument, raw: unknown): CompanyPublisher {
  const fail = (path: (string | number)[], message: string): never => {
    throw new ConfigurationError(message, { file, line: doc.lineOf(path), field: path.join('.') });
  };
  if (raw === undefined || raw === null) return { profile: 'corporate', brands: [], products: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return fail(['publisher'], `must be a mapping of ${PUBLISHER_KEYS.join(', ')}`);
  }
  const section = raw as Record<string, unknown>;
  for (const key of Object.keys(section)) {
    if (!(PUBLISHER_KEYS as readonly string[]).includes(key)) {
      fail(['publisher', key], `unknown setting; allowed: ${PUBLISHER_KEYS.join(', ')}`);
    }
  }
  return {
    profile: profileOf(section.profile, (m) => fail(['publisher', 'profile'], m)) ?? 'corporate',
    brands: namesOf(section.brands, (m) => fail(['publisher', 'brands'], m)),
    products: namesOf(section.products, (m) => fail(['publisher', 'products'], m)),
  };
}

/** `content_profile` of an account: undefined when not set. */
export function profileOf(value: unknown, fail: (message: string) => never): ContentProfile | undefined {
  if (value === undefined || value === null) return undefined;
  if (!CONTENT_PROFILES.includes(value as ContentProfile)) {
    return fail(`must be one of ${CONTENT_PROFILES.join(', ')}`);
  }
  return value as ContentProfile;
}

/** A list of names: each at least two characters, since one character would tie nearly every sentence. */
export function namesOf(value: unknown, fail: (message: string) => never): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return fail('must be a list of names');
  return value.map((v) => {
    if (typeof v !== 'string' || [...v.trim()].length < 2) {
      return fail('every name must be text of at least 2 characters');
    }
    return v.trim();
  });
}

/** One account's own declaration, from accounts.yml. */
export interface AccountPublisher {
  id: string;
  name: string;
  profile?: ContentProfile;
  brands: readonly string[];
  products: readonly string[];
}

export function publisherPolicy(
  company: CompanyPublisher,
  accounts: readonly AccountPublisher[],
): PublisherPolicy {
  const companyNames: OwnName[] = [
    ...company.brands.map((text) => ({ text, kind: 'brand' as const })),
    ...company.products.map((text) => ({ text, kind: 'product' as const })),
  ];
  const byAccount = new Map<string, Publisher>();
  for (const account of accounts) {
    byAccount.set(account.id, {
      profile: account.profile ?? 'corporate',
      names: [
        { text: account.name, kind: 'account' },
        ...companyNames,
        ...account.brands.map((text) => ({ text, kind: 'brand' as const })),
        ...account.products.map((text) => ({ text, kind: 'product' as const })),
      ],
    });
  }
  return { company, fallback: { profile: company.profile, names: companyNames }, byAccount };
}

export function publisherOf(policy: PublisherPolicy, account: string | undefined): Publisher {
  return (account !== undefined && policy.byAccount.get(account)) || policy.fallback;
}

/** Nothing declared: what tests and callers without policies use. */
export const DEFAULT_PUBLISHERS: PublisherPolicy = publisherPolicy(
  { profile: 'corporate', brands: [], products: [] },
  [],
);
