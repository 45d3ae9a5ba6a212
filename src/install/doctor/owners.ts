import { loadCodeowners, type Owner } from '../../policy/codeowners.js';
import { parsePrPolicy } from '../../policy/pr-policy.js';
import type { RepoSnapshot } from './offline.js';

/**
 * Every team and user the repository names as an owner or approver: CODEOWNERS, the urgent approvers, the admins
 * and the approval rules of policies/wxgate.yml, and each account's owner_team. A policy that does not parse names
 * nothing here (the offline check reports it).
 */
export function referencedOwners(snapshot: RepoSnapshot): { teams: string[]; users: string[] } {
  const owners: Owner[] = [];
  const codeowners = loadCodeowners(
    Object.fromEntries([...snapshot.files].filter(([path]) => path.endsWith('CODEOWNERS'))),
  );
  for (const rule of codeowners.rules) owners.push(...rule.owners);
  const wxgate = snapshot.files.get('policies/wxgate.yml');
  if (wxgate !== undefined) {
    try {
      const policy = parsePrPolicy('policies/wxgate.yml', wxgate);
      owners.push(...policy.urgent.approvers, ...policy.approvals.admins);
      for (const rule of policy.approvals.rules) {
        if (rule.kind === 'front-matter')
          for (const list of rule.ownersByValue.values()) owners.push(...list);
        else owners.push(...rule.owners);
      }
    } catch {
      // Reported by the offline policy check.
    }
  }
  const teams = new Map<string, string>();
  const users = new Map<string, string>();
  for (const owner of owners) {
    if (owner.kind === 'team') teams.set(owner.team.toLowerCase(), owner.team);
    if (owner.kind === 'user') users.set(owner.login.toLowerCase(), owner.login);
  }
  if (snapshot.policies.ok) {
    for (const account of snapshot.policies.accounts)
      teams.set(account.ownerTeam.toLowerCase(), account.ownerTeam);
  }
  return { teams: [...teams.values()].sort(), users: [...users.values()].sort() };
}
