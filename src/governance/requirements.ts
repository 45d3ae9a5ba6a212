/**
 * Which approvals a pull request needs, and why: the CODEOWNERS line that owns each changed path, the extra
 * rules of policies/wxgate.yml (by path, label or front-matter field), the general manager for an urgent
 * article, the admins for a change to what governs the repository. Pure: the approvals check
 * (./approvals.ts) then decides which of them the reviews satisfy.
 */
import type { Requirement } from './approvals.js';
import { type Codeowners, ownerRuleFor } from './codeowners.js';
import type { PRContext, PRFile } from './pr-context.js';
import type { PrPolicy } from './pr-policy.js';
import type { ArticleFacts } from './schedule.js';

/** The requirement source of the urgent path; the publish record looks the general manager's approval up by it. */
export const URGENT_SOURCE = 'policy:urgent';
const ADMIN_SOURCE = 'policy:admin';

/** Every approval the PR needs: CODEOWNERS, the policy's extra rules, the urgent path, the admins. */
export function buildRequirements(
  ctx: PRContext,
  policy: PrPolicy,
  codeowners: Codeowners,
  articles: readonly ArticleFacts[],
  urgent: readonly { path: string }[],
): Requirement[] {
  const out: Requirement[] = [];
  const add = (source: string, base: Omit<Requirement, 'files' | 'source'>, file: string) => {
    const existing = out.find((r) => r.source === source);
    if (existing) {
      if (!existing.files.includes(file)) existing.files.push(file);
    } else out.push({ ...base, source, files: [file] });
  };
  // A rename is judged on both paths: moving a file out of an owned folder needs that owner too.
  const pathsOf = (f: PRFile) =>
    f.previousPath && f.previousPath !== f.path ? [f.path, f.previousPath] : [f.path];

  const where = codeowners.file ?? 'CODEOWNERS';
  for (const f of ctx.files) {
    for (const p of pathsOf(f)) {
      const rule = ownerRuleFor(codeowners, p);
      if (!rule || rule.owners.length === 0) continue;
      add(
        `${where}:${rule.line}`,
        {
          owners: rule.owners,
          // Readers are not engineers: who must approve, then where that is written (not the pattern).
          label: {
            zh: `内容负责人（${where} 第 ${rule.line} 行）`,
            en: `Code owners (${where} line ${rule.line})`,
          },
        },
        p,
      );
    }
  }

  policy.approvals.rules.forEach((rule) => {
    const label = {
      zh: `${rule.name}${rule.clause ? `（${rule.clause}）` : ''}`,
      en: `${rule.name}${rule.clause ? ` (${rule.clause})` : ''}`,
    };
    if (rule.kind === 'paths') {
      for (const f of ctx.files) {
        for (const p of pathsOf(f)) if (rule.match(p)) add(rule.source, { owners: rule.owners, label }, p);
      }
    } else if (rule.kind === 'labels') {
      if (!rule.labels.some((l) => ctx.labels.includes(l))) return;
      for (const f of ctx.files) add(rule.source, { owners: rule.owners, label }, f.path);
    } else {
      for (const a of articles) {
        const value = a.fields[rule.field];
        if (value === undefined) continue;
        const owners = rule.ownersByValue.get(value) ?? [];
        const requirement: Omit<Requirement, 'files' | 'source'> = {
          owners,
          label: { zh: `${label.zh}：${rule.field}=${value}`, en: `${label.en}: ${rule.field}=${value}` },
        };
        if (owners.length === 0) {
          requirement.unmet = {
            zh: `策略没有为 ${rule.field}「${value}」指定负责人（policies/wxgate.yml ${rule.source.slice(7)}），无法批准。`,
            en: `the policy names no owner for ${rule.field} "${value}" (policies/wxgate.yml ${rule.source.slice(7)}), so nobody can approve it.`,
          };
        }
        add(`${rule.source}(${rule.field}=${value})`, requirement, a.path);
      }
    }
  });

  for (const a of urgent) {
    add(
      URGENT_SOURCE,
      {
        owners: policy.urgent.approvers,
        label: {
          zh: `加急发布须总经理批准（${policy.urgent.clause}）`,
          en: `Urgent publication needs the general manager (${policy.urgent.clause})`,
        },
        ...(policy.urgent.approvers.length === 0
          ? {
              unmet: {
                zh: '策略未配置 urgent.approvers，加急流程不可用。',
                en: 'the policy names no urgent.approvers, so the urgent path is unavailable.',
              },
            }
          : {}),
      },
      a.path,
    );
  }

  for (const f of ctx.files) {
    for (const p of pathsOf(f)) {
      if (!policy.approvals.isAdminPath(p)) continue;
      add(
        ADMIN_SOURCE,
        {
          owners: policy.approvals.admins,
          label: {
            zh: '修改策略、工作流、CODEOWNERS 或发布任务运行的代码须管理员批准',
            en: 'Changes to policies, workflows, CODEOWNERS or the code the publish job runs need the admins',
          },
          ...(policy.approvals.admins.length === 0
            ? {
                unmet: {
                  zh: '策略未配置 approvals.admins，此类修改无人可批准（失败即关闭）。',
                  en: 'the policy names no approvals.admins, so nobody can approve such a change (fails closed).',
                },
              }
            : {}),
        },
        p,
      );
    }
  }
  return out;
}
