import { PR_POLICY_KEYS, parsePrPolicy } from '../governance/pr-policy.js';
import { ConfigurationError } from '../platform/errors.js';
import { isValidTimeZone } from '../platform/time.js';
import { parseYaml } from '../platform/yaml.js';
import type { Rule, RuleOptions } from '../rules/types.js';
import type { SeveritySetting } from '../text/vocabulary.js';
import { type PublisherPolicy, parseCompanyPublisher, publisherPolicy } from './publisher.js';

/** What `policies/wxgate.yml` says about content checks. */
export interface CheckPolicy {
  timeZone: string;
  /**
   * Per rule: the severity (or off) and options, already merged over the rule's defaults, and the rule-book
   * clause its messages cite when the company names its own (`source`; otherwise the rule's).
   */
  rules: Map<string, { severity: SeveritySetting; explicit: boolean; options: RuleOptions; source?: string }>;
  /** Who speaks in each account's articles: `publisher:` here, per account from accounts.yml (loadPolicies). */
  publishers: PublisherPolicy;
  /** Account ids of policies/accounts.yml (loadPolicies); undefined when the repository has no account matrix. */
  accounts?: readonly string[];
  /**
   * Front-matter values the approval rules know, by field (`department` → the departments with an owner): any
   * other value can be approved by nobody, so the check names it before the pull request meets it.
   */
  fieldValues: ReadonlyMap<string, readonly string[]>;
}

const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'info', 'off'];
/** `lead_time`, `urgent` and `approvals` are the pull-request sections (pr-policy.ts). */
const TOP_LEVEL_KEYS = ['time_zone', 'rules', 'publisher', ...PR_POLICY_KEYS];

/**
 * Validates the policy against the rules that exist. Anything wrong is a ConfigurationError with file, line and
 * field: a broken policy fails the check loudly, never open.
 */
export function parseCheckPolicy(file: string, yamlText: string, rules: readonly Rule[]): CheckPolicy {
  const parsed = parseYaml(yamlText);
  if (!parsed.ok) throw new ConfigurationError(parsed.message, { file, line: parsed.line });
  const raw = parsed.value ?? {};
  const fail = (field: string, message: string, path: (string | number)[] = field.split('.')): never => {
    throw new ConfigurationError(message, { file, line: parsed.lineOf(path), field });
  };
  if (typeof raw !== 'object' || Array.isArray(raw)) fail('(root)', 'must be a mapping of settings', []);
  const root = raw as Record<string, unknown>;
  for (const key of Object.keys(root)) {
    if (!TOP_LEVEL_KEYS.includes(key)) fail(key, `unknown setting; allowed: ${TOP_LEVEL_KEYS.join(', ')}`);
  }

  const timeZone = root.time_zone ?? 'Asia/Shanghai';
  if (typeof timeZone !== 'string' || !isValidTimeZone(timeZone)) {
    fail('time_zone', `"${String(timeZone)}" is not an IANA time zone (e.g. Asia/Shanghai)`);
  }

  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  const configured = root.rules ?? {};
  if (typeof configured !== 'object' || Array.isArray(configured) || configured === null) {
    fail('rules', 'must map rule ids to a severity or to {severity, ...options}');
  }
  const settings = configured as Record<string, unknown>;
  for (const id of Object.keys(settings)) {
    if (!byId.has(id)) {
      fail(`rules.${id}`, `unknown rule id; run \`wxgate rules\` to list them`, ['rules', id]);
    }
  }

  const result: CheckPolicy['rules'] = new Map();
  for (const rule of rules) {
    const { id, defaults, defaultSeverity } = rule.meta;
    const setting = settings[id];
    const field = `rules.${id}`;
    let severity = defaultSeverity;
    const options: RuleOptions = { ...defaults };
    let source: string | undefined;
    if (typeof setting === 'string') {
      if (!SEVERITIES.includes(setting as SeveritySetting)) {
        fail(field, `severity must be one of ${SEVERITIES.join(', ')}`, ['rules', id]);
      }
      severity = setting as SeveritySetting;
    } else if (setting !== undefined && setting !== null) {
      if (typeof setting !== 'object' || Array.isArray(setting)) {
        fail(field, 'must be a severity or a mapping {severity, ...options}', ['rules', id]);
      }
      for (const [key, value] of Object.entries(setting as Record<string, unknown>)) {
        if (key === 'severity') {
          if (!SEVERITIES.includes(value as SeveritySetting)) {
            fail(`${field}.severity`, `must be one of ${SEVERITIES.join(', ')}`, ['rules', id, 'severity']);
          }
          severity = value as SeveritySetting;
          continue;
        }
        if (key === 'source') {
          if (typeof value !== 'string' || value.trim() === '') {
            fail(`${field}.source`, 'must be non-empty text: the clause the messages cite', [
              'rules',
              id,
              'source',
            ]);
          }
          source = (value as string).trim();
          continue;
        }
        if (!(key in defaults)) {
          const known = Object.keys(defaults);
          fail(
            `${field}.${key}`,
            `unknown option; ${known.length ? `options: ${known.join(', ')}` : 'this rule has no options'}`,
            ['rules', id, key],
          );
        }
        options[key] = checkOptionType(value, defaults[key]!, (m) =>
          fail(`${field}.${key}`, m, ['rules', id, key]),
        );
      }
    }
    // Only a severity written in the policy overrides per-report severities; setting just options does not.
    const explicit =
      typeof setting === 'string' ||
      (typeof setting === 'object' && setting !== null && 'severity' in setting);
    result.set(id, { severity, explicit, options, ...(source === undefined ? {} : { source }) });
  }
  // The pull-request sections live in the same file: `wxgate check` validates them too, so a broken policy is
  // caught locally before a pull request meets it.
  const pr = parsePrPolicy(file, yamlText);
  const fieldValues = new Map<string, string[]>();
  for (const rule of pr.approvals.rules) {
    if (rule.kind !== 'front-matter') continue;
    fieldValues.set(rule.field, [...(fieldValues.get(rule.field) ?? []), ...rule.ownersByValue.keys()]);
  }
  const company = parseCompanyPublisher(file, parsed, root.publisher);
  return {
    timeZone: timeZone as string,
    rules: result,
    publishers: publisherPolicy(company, []),
    fieldValues,
  };
}

function checkOptionType(
  value: unknown,
  example: RuleOptions[string],
  fail: (message: string) => never,
): RuleOptions[string] {
  if (Array.isArray(example)) {
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
      return fail('must be a list of text');
    return value as string[];
  }
  if (typeof example === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
      return fail('must be a non-negative number');
    return value;
  }
  if (typeof value !== typeof example)
    return fail(`must be ${typeof example === 'boolean' ? 'true or false' : 'text'}`);
  return value as string | boolean;
}
