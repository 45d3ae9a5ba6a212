import type { BranchRule, RepoSettings } from '../../github/repo-settings.js';
import { type Finding, note, problem } from './finding.js';

export const REQUIRED_CHECKS = ['wxgate / compliance', 'wxgate / schedule', 'wxgate / approvals'] as const;
export const LEDGER_BRANCH = 'wxgate-ledger';

function rulesOn(settings: RepoSettings, branch: string): BranchRule[] | undefined {
  const rules = settings.branchRules.get(branch);
  return rules?.ok ? rules.value : undefined;
}

/** The three checks must be required on the default branch, by a ruleset or by classic branch protection. */
export function requiredCheckFindings(settings: RepoSettings): Finding[] {
  const branch = settings.defaultBranch;
  const required = new Set<string>();
  for (const rule of rulesOn(settings, branch) ?? []) {
    if (rule.type !== 'required_status_checks') continue;
    const checks = (rule.parameters?.required_status_checks ?? []) as { context?: string }[];
    for (const c of checks) if (c.context) required.add(c.context);
  }
  const classic = settings.protection.get(branch);
  if (classic?.ok && classic.value) for (const c of classic.value.contexts) required.add(c);
  const missing = REQUIRED_CHECKS.filter((c) => !required.has(c));
  if (missing.length === 0) return [];
  const unreadable = !settings.branchRules.get(branch)?.ok;
  return [
    problem(
      'required-checks',
      {
        zh: `默认分支 ${branch} 没有把这些检查设为必需：${missing.join('、')}${unreadable ? '（无法读取分支规则）' : ''}`,
        en: `the default branch ${branch} does not require: ${missing.join(', ')}${unreadable ? ' (its rules could not be read)' : ''}`,
      },
      {
        zh: `Settings → Rules → Rulesets：为默认分支建规则集，开启 Require status checks to pass 并加入这三项检查（wxgate docs/setup.md 第 6 节有 JSON）。`,
        en: 'Settings → Rules → Rulesets: a ruleset on the default branch with "Require status checks to pass" and these three checks (wxgate docs/setup.md, section 6, has its JSON).',
      },
    ),
  ];
}

/**
 * wxgate-ledger holds the publish records: nobody may force-push or delete it (rules `non_fast_forward` and
 * `deletion`, or classic protection), and those rules should have no bypass actor. A rule restricting updates is
 * the way to let only the publish job's identity write it; it is reported with its bypass actors.
 */
export function ledgerFindings(settings: RepoSettings): Finding[] {
  const rules = rulesOn(settings, LEDGER_BRANCH) ?? [];
  const classic = settings.protection.get(LEDGER_BRANCH);
  const protectedBy = (type: 'non_fast_forward' | 'deletion') =>
    rules.filter((r) => r.type === type).length > 0 ||
    (classic?.ok === true &&
      classic.value !== undefined &&
      (type === 'non_fast_forward' ? !classic.value.allowForcePushes : !classic.value.allowDeletions));
  const findings: Finding[] = [];
  const fix = {
    zh: `Settings → Rules → Rulesets：为 ${LEDGER_BRANCH} 建规则集，开启 Restrict deletions 和 Block force pushes，不设绕过者（wxgate docs/setup.md 第 6 节）。`,
    en: `Settings → Rules → Rulesets: a ruleset on ${LEDGER_BRANCH} with "Restrict deletions" and "Block force pushes" and no bypass actor (wxgate docs/setup.md, section 6).`,
  };
  if (!protectedBy('non_fast_forward')) {
    findings.push(
      problem(
        'ledger-protection',
        {
          zh: `发布记录分支 ${LEDGER_BRANCH} 可以被强制推送（改写历史）`,
          en: `the ledger branch ${LEDGER_BRANCH} can be force-pushed (history rewritten)`,
        },
        fix,
      ),
    );
  }
  if (!protectedBy('deletion')) {
    findings.push(
      problem(
        'ledger-protection',
        {
          zh: `发布记录分支 ${LEDGER_BRANCH} 可以被删除`,
          en: `the ledger branch ${LEDGER_BRANCH} can be deleted`,
        },
        fix,
      ),
    );
  }
  for (const rule of rules.filter((r) => r.type === 'non_fast_forward' || r.type === 'deletion')) {
    const actors =
      rule.ruleset_id === undefined ? undefined : settings.rulesets.get(rule.ruleset_id)?.bypassActors;
    if (actors && actors.length > 0) {
      findings.push(
        problem(
          'ledger-bypass',
          {
            zh: `规则集 ${settings.rulesets.get(rule.ruleset_id!)?.name} 禁止改写 ${LEDGER_BRANCH}，但有 ${actors.length} 个绕过者可以改写`,
            en: `ruleset ${settings.rulesets.get(rule.ruleset_id!)?.name} blocks rewriting ${LEDGER_BRANCH} but ${actors.length} bypass actor(s) may still do it`,
          },
          {
            zh: '把禁止删除和强制推送放在一个没有绕过者的规则集里；只让发布身份写入时，另建一个 Restrict updates 规则集，以 wxgate GitHub App 为唯一绕过者。',
            en: 'keep deletion and force-push blocking in a ruleset with no bypass actors; to let only the publish identity write, add a separate "Restrict updates" ruleset whose only bypass actor is the wxgate GitHub App.',
          },
        ),
      );
      break;
    }
  }
  const update = rules.find((r) => r.type === 'update');
  if (!update) {
    findings.push(
      note(
        'ledger-writers',
        {
          zh: `任何有写权限的人都能向 ${LEDGER_BRANCH} 推送（快进）新记录`,
          en: `anyone with write access can push (fast-forward) records to ${LEDGER_BRANCH}`,
        },
        {
          zh: '可选：建 Restrict updates 规则集，唯一绕过者为 wxgate GitHub App（发布和审计工作流用它的令牌推送）。',
          en: 'optional: a "Restrict updates" ruleset whose only bypass actor is the wxgate GitHub App (the publish and audit workflows push with its token).',
        },
      ),
    );
  } else {
    const actors =
      update.ruleset_id === undefined ? undefined : settings.rulesets.get(update.ruleset_id)?.bypassActors;
    const apps = actors?.filter((a) => a.actor_type === 'Integration') ?? [];
    if (actors !== undefined && (apps.length !== 1 || actors.length !== 1)) {
      findings.push(
        problem(
          'ledger-writers',
          {
            zh: `${LEDGER_BRANCH} 限制了写入，但绕过者不是唯一的一个 GitHub App（现有 ${actors.length} 个）：发布记录可能无法写入，或有其他人可以写入`,
            en: `${LEDGER_BRANCH} restricts updates, but its bypass list is not exactly one GitHub App (it has ${actors.length}): records may fail to be written, or others may write them`,
          },
          {
            zh: '绕过者只保留 wxgate GitHub App（Integration，填其 App ID），并设置仓库变量 WXGATE_APP_ID。',
            en: 'keep only the wxgate GitHub App (Integration, its App ID) as bypass actor, and set the repository variable WXGATE_APP_ID.',
          },
        ),
      );
    }
  }
  return findings;
}
