/**
 * What `policies/wxgate.yml` says about pull requests: the lead time, the urgent path and the approvals (the
 * `lead_time`, `urgent` and `approvals` sections). Read from the BASE branch. Validated like the rest of the file:
 * anything wrong is a ConfigurationError with file, line and field — a broken policy fails loudly, never open.
 */
import { ConfigurationError } from '../platform/errors.js';
import { isValidTimeZone } from '../platform/time.js';
import { fieldOf, parseYaml } from '../platform/yaml.js';
import { compilePattern, type Owner, parseOwner } from './codeowners.js';

export type LeadTime = { kind: 'hours'; hours: number } | { kind: 'working-days'; days: number };

export type ResetOnPush = 'content' | 'any' | 'never';

/** Front-matter fields a rule may key on (their values compared as text). */
export const RULE_FIELDS = ['department', 'type', 'author', 'major'] as const;
export type RuleField = (typeof RULE_FIELDS)[number];

export type ApprovalRule = {
  name: string;
  /** Clause the rule implements, e.g. `002 5.1`. */
  clause: string | undefined;
  /** `policy:approvals.rules[0]` */
  source: string;
} & (
  | { kind: 'paths'; patterns: string[]; match: (path: string) => boolean; owners: Owner[] }
  | { kind: 'labels'; labels: string[]; owners: Owner[] }
  | { kind: 'front-matter'; field: RuleField; ownersByValue: Map<string, Owner[]> }
);

export interface PrPolicy {
  timeZone: string;
  leadTime: LeadTime;
  urgent: {
    label: string;
    /** Alternatives: an approval from any of them (normally the general manager's team) opens the urgent path. */
    approvers: Owner[];
    report: 'issue' | 'comment';
    /** The company's clause that allows the urgent path, cited in every message about it. */
    clause: string;
    /** What that clause says, quoted in the report to the approvers. */
    clauseText: string;
  };
  approvals: {
    resetOnPush: ResetOnPush;
    /** The company's clause that a second person reviews, cited when an author's own approval is ignored. */
    secondReviewClause: string;
    /** Alternatives who must approve changes to governance files; empty = not configured (fails closed). */
    admins: Owner[];
    /** Governance paths (CODEOWNERS pattern syntax): the defaults plus any the policy adds. */
    adminPaths: string[];
    isAdminPath: (path: string) => boolean;
    rules: ApprovalRule[];
  };
}

export const DEFAULT_LEAD_HOURS = 72;
export const DEFAULT_URGENT_LABEL = '加急';
/**
 * The clauses of the group's rule books the messages cite when policies/wxgate.yml names none (`urgent.clause`,
 * `urgent.clause_text`, `approvals.second_review_clause`): a company with other rule books sets its own.
 */
export const DEFAULT_CLAUSES = {
  urgent: '001 第四章第2条',
  urgentText: '特殊情况下可加急处理，但需向总经理报告',
  secondReview: '000 三(一)4',
} as const;
/**
 * Changes to these always need the admins, whatever the policy says (`admin_paths` only adds to them). Some decide
 * how every PR is judged: the policies, CODEOWNERS (in any folder), the workflows. The rest is what the publish job
 * runs next to the WeChat secrets, or decides what it runs: the committed bundle (`dist/`), the Action's
 * `action.yml`, the package files (how Node loads the bundle, what goes into it), the build scripts and the sources
 * the bundle is rebuilt from, the TypeScript settings the bundler reads, and a `node_modules/` Node would load
 * modules from.
 */
export const DEFAULT_ADMIN_PATHS = [
  '/policies/',
  '/.github/',
  'CODEOWNERS',
  '/dist/',
  '/action.yml',
  '/action.yaml',
  '/package.json',
  '/package-lock.json',
  '/npm-shrinkwrap.json',
  '/scripts/',
  '/src/',
  '/tsconfig.json',
  '/node_modules/',
] as const;

export const PR_POLICY_KEYS = ['lead_time', 'urgent', 'approvals'] as const;

/** Parses the pull-request sections of wxgate.yml (other sections are parseCheckPolicy's). */
export function parsePrPolicy(file: string, yamlText: string): PrPolicy {
  const parsed = parseYaml(yamlText);
  if (!parsed.ok) throw new ConfigurationError(parsed.message, { file, line: parsed.line });
  const raw = parsed.value ?? {};
  const fail = (path: (string | number)[], message: string): never => {
    throw new ConfigurationError(message, {
      file,
      line: parsed.lineOf(path),
      field: fieldOf(path),
    });
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigurationError('must be a mapping of settings', { file, line: 1, field: '(root)' });
  }
  const root = raw as Record<string, unknown>;
  const timeZone = typeof root.time_zone === 'string' ? root.time_zone : 'Asia/Shanghai';
  if (!isValidTimeZone(timeZone)) fail(['time_zone'], `"${timeZone}" is not an IANA time zone`);

  const mapping = (value: unknown, path: (string | number)[], keys: readonly string[], what: string) => {
    if (value === undefined || value === null) return {} as Record<string, unknown>;
    if (typeof value !== 'object' || Array.isArray(value)) fail(path, `must be a mapping: ${what}`);
    const m = value as Record<string, unknown>;
    for (const key of Object.keys(m)) {
      if (!keys.includes(key)) fail([...path, key], `unknown setting; allowed: ${keys.join(', ')}`);
    }
    return m;
  };
  const positive = (value: unknown, path: (string | number)[], integer: boolean): number => {
    if (
      typeof value !== 'number' ||
      !Number.isFinite(value) ||
      value <= 0 ||
      (integer && !Number.isInteger(value))
    ) {
      return fail(path, integer ? 'must be a whole number ≥ 1' : 'must be a positive number');
    }
    return value;
  };
  const text = (value: unknown, path: (string | number)[]): string => {
    if (typeof value !== 'string' || value.trim() === '') return fail(path, 'must be non-empty text');
    return value.trim();
  };
  const owners = (value: unknown, path: (string | number)[]): Owner[] => {
    const list = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(list) || list.length === 0) {
      return fail(path, 'must be an owner or a list of owners (@user, @org/team)');
    }
    return list.map((item, i) => {
      const at = Array.isArray(value) ? [...path, i] : path;
      const owner = typeof item === 'string' ? parseOwner(item.trim()) : undefined;
      if (!owner || owner.kind === 'email') {
        return fail(at, `"${String(item)}" is not an owner: use @user or @org/team (as in CODEOWNERS)`);
      }
      return owner;
    });
  };
  const patterns = (value: unknown, path: (string | number)[]): string[] => {
    if (!Array.isArray(value) || value.length === 0 || value.some((v) => typeof v !== 'string' || v === '')) {
      return fail(path, 'must be a non-empty list of path patterns (CODEOWNERS syntax, e.g. content/group/)');
    }
    for (const [i, p] of (value as string[]).entries()) {
      if (p.startsWith('!'))
        fail([...path, i], 'negation (!) is not supported; list the paths that need the rule');
      if (p.includes('***')) fail([...path, i], 'a pattern cannot contain three consecutive asterisks');
    }
    return value as string[];
  };

  // Lead time — 001 第四章第2条: 内容创作人员需提前三天提交内容草稿.
  const lead = mapping(
    root.lead_time,
    ['lead_time'],
    ['hours', 'working_days'],
    '{hours: N} or {working_days: N}',
  );
  let leadTime: LeadTime = { kind: 'hours', hours: DEFAULT_LEAD_HOURS };
  if ('hours' in lead && 'working_days' in lead) fail(['lead_time'], 'give hours or working_days, not both');
  if ('hours' in lead)
    leadTime = { kind: 'hours', hours: positive(lead.hours, ['lead_time', 'hours'], false) };
  if ('working_days' in lead) {
    leadTime = {
      kind: 'working-days',
      days: positive(lead.working_days, ['lead_time', 'working_days'], true),
    };
  }

  // Urgent path — 001 第四章第2条: 特殊情况下可加急处理，但需向总经理报告.
  const u = mapping(
    root.urgent,
    ['urgent'],
    ['label', 'approvers', 'report', 'clause', 'clause_text'],
    '{label, approvers, report, clause, clause_text}',
  );
  const report = u.report ?? 'issue';
  if (report !== 'issue' && report !== 'comment') fail(['urgent', 'report'], 'must be issue or comment');
  const urgent = {
    label: u.label === undefined ? DEFAULT_URGENT_LABEL : text(u.label, ['urgent', 'label']),
    approvers: u.approvers === undefined ? [] : owners(u.approvers, ['urgent', 'approvers']),
    report: report as 'issue' | 'comment',
    clause: u.clause === undefined ? DEFAULT_CLAUSES.urgent : text(u.clause, ['urgent', 'clause']),
    clauseText:
      u.clause_text === undefined
        ? DEFAULT_CLAUSES.urgentText
        : text(u.clause_text, ['urgent', 'clause_text']),
  };

  // Approvals — 000 三(一)4 (二次审核), 002 5.1 (部门负责人审核).
  const a = mapping(
    root.approvals,
    ['approvals'],
    ['reset_on_push', 'admins', 'admin_paths', 'rules', 'second_review_clause'],
    '{reset_on_push, admins, admin_paths, rules, second_review_clause}',
  );
  const secondReviewClause =
    a.second_review_clause === undefined
      ? DEFAULT_CLAUSES.secondReview
      : text(a.second_review_clause, ['approvals', 'second_review_clause']);
  const resetOnPush = a.reset_on_push ?? 'content';
  if (resetOnPush !== 'content' && resetOnPush !== 'any' && resetOnPush !== 'never') {
    fail(['approvals', 'reset_on_push'], 'must be content, any or never');
  }
  const admins = a.admins === undefined ? [] : owners(a.admins, ['approvals', 'admins']);
  const adminPaths = [
    ...DEFAULT_ADMIN_PATHS,
    ...(a.admin_paths === undefined ? [] : patterns(a.admin_paths, ['approvals', 'admin_paths'])),
  ];
  const adminMatchers = adminPaths.map(compilePattern);

  const rulesRaw = a.rules ?? [];
  if (!Array.isArray(rulesRaw)) fail(['approvals', 'rules'], 'must be a list of rules');
  const rules = (rulesRaw as unknown[]).map((r, i): ApprovalRule => {
    const at = ['approvals', 'rules', i];
    const rule = mapping(
      r,
      at,
      ['name', 'clause', 'paths', 'labels', 'front_matter', 'owners'],
      '{name, clause, paths | labels | front_matter, owners}',
    );
    const name = text(rule.name, [...at, 'name']);
    const clause = rule.clause === undefined ? undefined : text(rule.clause, [...at, 'clause']);
    const source = `policy:approvals.rules[${i}]`;
    const kinds = (['paths', 'labels', 'front_matter'] as const).filter((k) => k in rule);
    if (kinds.length !== 1) fail(at, 'give exactly one of paths, labels or front_matter');
    if (!('owners' in rule)) fail([...at, 'owners'], 'missing: who must approve');
    if (kinds[0] === 'paths') {
      const list = patterns(rule.paths, [...at, 'paths']);
      const matchers = list.map(compilePattern);
      return {
        name,
        clause,
        source,
        kind: 'paths',
        patterns: list,
        match: (p) => matchers.some((m) => m(p)),
        owners: owners(rule.owners, [...at, 'owners']),
      };
    }
    if (kinds[0] === 'labels') {
      const labels = rule.labels;
      if (!Array.isArray(labels) || labels.length === 0 || labels.some((l) => typeof l !== 'string' || !l)) {
        fail([...at, 'labels'], 'must be a non-empty list of label names');
      }
      return {
        name,
        clause,
        source,
        kind: 'labels',
        labels: labels as string[],
        owners: owners(rule.owners, [...at, 'owners']),
      };
    }
    const field = rule.front_matter;
    if (!RULE_FIELDS.includes(field as RuleField)) {
      fail([...at, 'front_matter'], `must be one of ${RULE_FIELDS.join(', ')}`);
    }
    const byValue = rule.owners;
    if (
      typeof byValue !== 'object' ||
      byValue === null ||
      Array.isArray(byValue) ||
      Object.keys(byValue).length === 0
    ) {
      fail(
        [...at, 'owners'],
        `must map each value of ${String(field)} to its owners, e.g. {市场部: "@org/market-head"}`,
      );
    }
    const ownersByValue = new Map<string, Owner[]>();
    for (const [value, o] of Object.entries(byValue as Record<string, unknown>)) {
      ownersByValue.set(value, owners(o, [...at, 'owners', value]));
    }
    return { name, clause, source, kind: 'front-matter', field: field as RuleField, ownersByValue };
  });

  return {
    timeZone,
    leadTime,
    urgent,
    approvals: {
      resetOnPush: resetOnPush as ResetOnPush,
      secondReviewClause,
      admins,
      adminPaths,
      isAdminPath: (p) => adminMatchers.some((m) => m(p)),
      rules,
    },
  };
}
