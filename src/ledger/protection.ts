/**
 * What protects the ledger branch on GitHub. A branch anyone with push rights can force back or delete is a branch
 * whose records can be silently rewound; the seen branch (store.ts) and the check at WeChat catch that, but the
 * ruleset is what stops it happening. The recommended ruleset (docs/setup.md) has three rules, which GitHub lists
 * for the branch (GET /repos/{owner}/{repo}/rules/branches/{branch}) to anyone who may read the repository:
 *
 * - `deletion`: the branch cannot be deleted;
 * - `non_fast_forward`: it cannot be forced back or rewritten;
 * - `update`: only the ruleset's bypass actors — the publish job's identity — may push to it at all.
 *
 * (Classic branch protection cannot be read without admin rights; a branch protected only that way is reported as
 * unprotected, and the warning says how to check.)
 */
export const LEDGER_RULES = ['deletion', 'non_fast_forward', 'update'] as const;

export type LedgerRule = (typeof LEDGER_RULES)[number];

const WHAT: Record<LedgerRule, string> = {
  deletion: 'Restrict deletions',
  non_fast_forward: 'Block force pushes',
  update: 'Restrict updates (the publish job as the only bypass actor)',
};

/** The recommended rules GitHub does not list for the branch. */
export function missingRules(rules: readonly { type?: unknown }[]): LedgerRule[] {
  const present = new Set(rules.map((r) => r.type));
  return LEDGER_RULES.filter((rule) => !present.has(rule));
}

/** The warning for a ledger branch that lacks some of them; undefined when none is missing. */
export function protectionWarning(branch: string, missing: readonly LedgerRule[]): string | undefined {
  if (missing.length === 0) return undefined;
  return (
    `发布账本分支 ${branch} 缺少保护规则（${missing.map((r) => WHAT[r]).join('、')}）：有推送权限的人可以回退或删除它 / ` +
    `the ledger branch ${branch} lacks ruleset rules: ${missing.map((r) => WHAT[r]).join(', ')}. Anyone with push ` +
    'rights can rewind or delete it; wxgate then stops publishing until an administrator has looked. Add the ' +
    'ruleset in docs/setup.md ("Protect the ledger branch"); classic branch protection is not visible to the job token.'
  );
}
