#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  earliestPublish,
  hours
} from "./chunk-DSV6OMTV.js";
import {
  countSeverities
} from "./chunk-WCIEHNWH.js";
import {
  fileError,
  lintBytes
} from "./chunk-PQTF2QBL.js";
import {
  loadArticle
} from "./chunk-QI4ADP2A.js";
import {
  loadCodeowners,
  ownerRuleFor,
  parsePrPolicy
} from "./chunk-6YKWKTNI.js";
import {
  login,
  markdownText,
  plainText,
  tableCell,
  tableCode
} from "./chunk-HKUFPJ4K.js";
import {
  readableTime
} from "./chunk-OKF366UL.js";

// src/governance/pr-context.ts
function isArticlePath(path) {
  const name = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
  return path.startsWith("content/") && name.endsWith(".md") && name !== "readme.md";
}

// src/governance/approvals.ts
var lower = (s) => s.toLowerCase();
var short = (sha) => sha.slice(0, 7);
var Membership = class {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  cache = /* @__PURE__ */ new Map();
  lookup(team) {
    const key = lower(team);
    let hit = this.cache.get(key);
    if (!hit) {
      hit = this.ctx.members(team).catch((error) => ({ ok: false, reason: "error", detail: String(error) }));
      this.cache.set(key, hit);
    }
    return hit;
  }
  /** yes / no, or the failed lookup that keeps us from knowing. */
  async isOwner(login2, owner) {
    if (owner.kind === "user") return lower(owner.login) === lower(login2) ? "yes" : "no";
    if (owner.kind === "email") return "no";
    const result = await this.lookup(owner.team);
    if (!result.ok) return result;
    return result.members.some((m) => lower(m) === lower(login2)) ? "yes" : "no";
  }
};
function reviewers(ctx, policy) {
  const byKey = /* @__PURE__ */ new Map();
  for (const review of ctx.reviews) {
    const key = lower(review.user);
    let r = byKey.get(key);
    if (!r) {
      r = {
        login: review.user,
        key,
        decisive: void 0,
        everApproved: false,
        self: key === lower(ctx.author),
        valid: false
      };
      byKey.set(key, r);
    }
    if (review.state === "COMMENTED") continue;
    r.decisive = review;
    if (review.state === "APPROVED") r.everApproved = true;
  }
  for (const r of byKey.values()) {
    if (r.decisive?.state !== "APPROVED" || r.self) continue;
    const stale = staleness(ctx, policy, r.decisive.commitId);
    if (stale) r.stale = stale;
    else r.valid = true;
  }
  return [...byKey.values()];
}
function resetsApprovals(path, policy) {
  return path.startsWith("content/") || policy.approvals.isAdminPath(path);
}
function staleness(ctx, policy, commit) {
  const mode = policy.approvals.resetOnPush;
  if (mode === "never" || commit === ctx.headSha) return void 0;
  if (mode === "any" || !ctx.commits) return { commit, changedBy: void 0 };
  const index = ctx.commits.findIndex((c) => c.sha === commit);
  if (index === -1) return { commit, changedBy: void 0 };
  const later = ctx.commits.slice(index + 1).find((c) => c.files.some((f) => resetsApprovals(f, policy)));
  return later ? { commit, changedBy: later.sha } : void 0;
}
async function evaluateApprovals(ctx, policy, requirements, membership) {
  const people = reviewers(ctx, policy);
  const required = [];
  const explanation = [];
  const satisfied = /* @__PURE__ */ new Map();
  const countedSomewhere = /* @__PURE__ */ new Set();
  const unreadableFor = /* @__PURE__ */ new Map();
  const blockedBy = /* @__PURE__ */ new Set();
  const blocking = /* @__PURE__ */ new Set();
  const unreadableTeams = /* @__PURE__ */ new Map();
  for (const req of requirements) {
    const satisfiedBy = [];
    const blockers = [];
    for (const owner of req.owners) {
      if (owner.kind === "team") {
        const lookup = await membership.lookup(owner.team);
        if (!lookup.ok) unreadableTeams.set(owner.team, lookup);
      }
    }
    for (const person of people) {
      const state = person.decisive?.state;
      if (person.self || !person.valid && state !== "CHANGES_REQUESTED") continue;
      let owns = "no";
      for (const owner of req.owners) {
        const answer = await membership.isOwner(person.login, owner);
        if (answer === "yes") {
          owns = "yes";
          break;
        }
        if (answer !== "no" && !answer.ok && owner.kind === "team") {
          owns = "unknown";
          if (!unreadableFor.has(person.key)) {
            unreadableFor.set(person.key, { team: owner.team, lookup: answer });
          }
        }
      }
      if (owns !== "yes") continue;
      if (state === "CHANGES_REQUESTED") {
        blockers.push(person.login);
        blocking.add(person.key);
      } else {
        satisfiedBy.push(person.login);
        countedSomewhere.add(person.key);
      }
    }
    const resolvable = req.owners.some(
      (o) => o.kind === "user" || o.kind === "team" && !unreadableTeams.has(o.team)
    );
    let status2;
    if (blockers.length > 0) status2 = "fail";
    else if (satisfiedBy.length > 0) status2 = "pass";
    else if (req.owners.length === 0 || !resolvable) status2 = "fail";
    else status2 = "pending";
    for (const b of blockers) blockedBy.add(b);
    satisfied.set(req.source, satisfiedBy);
    required.push({
      files: req.files,
      owners: req.owners.map((o) => o.text),
      satisfiedBy,
      source: req.source,
      label: req.label,
      blockedBy: blockers,
      status: status2
    });
    explanation.push(explainRequirement(req, status2, satisfiedBy, blockers, unreadableTeams));
  }
  const ignored = [];
  for (const person of people) {
    const why = ignoreReason(person, countedSomewhere, blocking, unreadableFor);
    if (!why) continue;
    ignored.push({
      user: person.login,
      why,
      explanation: explainIgnored(person, why, unreadableFor, policy)
    });
  }
  const statuses = required.map((r) => r.status);
  const status = statuses.includes("fail") ? "fail" : statuses.includes("pending") ? "pending" : "pass";
  if (required.length === 0) {
    explanation.unshift({
      zh: "所改文件没有负责人（CODEOWNERS 与策略规则均未覆盖），无需额外批准。",
      en: "No changed file has an owner (neither CODEOWNERS nor a policy rule covers it): no approval is required."
    });
  }
  for (const [team, lookup] of unreadableTeams) explanation.push(explainUnreadable(team, lookup));
  return {
    check: { status, required, ignored, blockedBy: [...blockedBy], explanation },
    satisfied
  };
}
function ignoreReason(person, counted, blocking, unreadable) {
  const state = person.decisive?.state;
  if (person.self) return person.everApproved ? "self" : void 0;
  if (state === "DISMISSED") return "dismissed";
  if (state === "CHANGES_REQUESTED") {
    if (person.everApproved) return "superseded";
    if (blocking.has(person.key)) return void 0;
    return unreadable.has(person.key) ? "team-unreadable" : "not-owner";
  }
  if (state !== "APPROVED") return void 0;
  if (person.stale) return "stale";
  if (counted.has(person.key)) return void 0;
  return unreadable.has(person.key) ? "team-unreadable" : "not-owner";
}
function explainIgnored(person, why, unreadable, policy) {
  const who = person.login;
  const clause = policy.approvals.secondReviewClause;
  switch (why) {
    case "self":
      return {
        zh: `${who} 是 PR 作者，本人的批准不计入（${clause}：须由他人二次审核）。`,
        en: `${who} is the PR author: an author's own approval never counts (${clause}: a second person reviews).`
      };
    case "superseded":
      return {
        zh: `${who} 批准后又要求修改，以其最后一次审查为准。`,
        en: `${who} approved, then requested changes: the latest decisive review is what counts.`
      };
    case "dismissed":
      return {
        zh: `${who} 的审查已被撤销，需重新审查。`,
        en: `${who}'s review was dismissed: it needs a new review.`
      };
    case "stale": {
      const s = person.stale;
      return s.changedBy ? {
        zh: `${who} 批准的是提交 ${short(s.commit)}，之后提交 ${short(s.changedBy)} 修改了文章内容，需重新批准。`,
        en: `${who} approved commit ${short(s.commit)}; commit ${short(s.changedBy)} changed article content after it, so it needs a new approval.`
      } : {
        zh: `${who} 批准的是提交 ${short(s.commit)}，不是当前最新提交（或该提交已不在 PR 中），需重新批准。`,
        en: `${who} approved commit ${short(s.commit)}, which is not the current head (or is no longer in the PR): it needs a new approval.`
      };
    }
    case "team-unreadable": {
      const u = unreadable.get(person.key);
      return {
        zh: `无法确认 ${who} 是否属于 @${u.team}（团队成员读取失败：${u.lookup.reason}），按不计入处理。`,
        en: `Cannot tell whether ${who} belongs to @${u.team} (team lookup failed: ${u.lookup.reason}); the approval does not count.`
      };
    }
    case "not-owner":
      if (person.decisive?.state === "CHANGES_REQUESTED") {
        return {
          zh: `${who} 要求修改，但不是所改文件的负责人，不阻止合并（其意见仍请阅读）。`,
          en: `${who} requested changes but owns none of the changed files: it does not block (do read the comments).`
        };
      }
      return {
        zh: `${who} 不是任何所需批准的负责人（CODEOWNERS 或策略规则），其批准不计入。`,
        en: `${who} is not an owner of any required approval (CODEOWNERS or a policy rule); the approval does not count.`
      };
  }
}
function explainRequirement(req, status, satisfiedBy, blockers, unreadable) {
  const owners = req.owners.map((o) => o.text).join(req.owners.length > 1 ? " / " : "");
  const files = req.files.join(", ");
  if (blockers.length > 0) {
    return {
      zh: `✗ ${req.label.zh}（${files}）：${blockers.join("、")} 要求修改，须其重新批准或撤销该审查。`,
      en: `✗ ${req.label.en} (${files}): ${blockers.join(", ")} requested changes; they must approve, or the review must be dismissed.`
    };
  }
  if (status === "pass") {
    return {
      zh: `✓ ${req.label.zh}（${files}）：已由 ${satisfiedBy.join("、")} 批准。`,
      en: `✓ ${req.label.en} (${files}): approved by ${satisfiedBy.join(", ")}.`
    };
  }
  if (req.unmet) {
    return {
      zh: `✗ ${req.label.zh}（${files}）：${req.unmet.zh}`,
      en: `✗ ${req.label.en} (${files}): ${req.unmet.en}`
    };
  }
  if (status === "fail") {
    const teams = req.owners.filter((o) => o.kind === "team" && unreadable.has(o.team)).map((o) => o.text);
    const emails = req.owners.filter((o) => o.kind === "email").map((o) => o.text);
    return {
      zh: `✗ ${req.label.zh}（${files}）：无法确认批准人——${[
        teams.length ? `团队 ${teams.join("、")} 的成员无法读取` : "",
        emails.length ? `邮箱负责人 ${emails.join("、")} 无法对应到 GitHub 账号` : ""
      ].filter(Boolean).join("；")}。`,
      en: `✗ ${req.label.en} (${files}): no approver can be confirmed — ${[
        teams.length ? `members of ${teams.join(", ")} cannot be read` : "",
        emails.length ? `e-mail owners ${emails.join(", ")} cannot be matched to GitHub accounts` : ""
      ].filter(Boolean).join("; ")}.`
    };
  }
  return {
    zh: `… ${req.label.zh}（${files}）：仍需 ${owners} 中任一人批准。`,
    en: `… ${req.label.en} (${files}): still needs an approval from ${owners}${req.owners.length > 1 ? " (any one)" : ""}.`
  };
}
function explainUnreadable(team, lookup) {
  const why = {
    "not-found": {
      zh: "返回 404：团队不存在，或令牌无权查看该组织的团队",
      en: "404: the team does not exist, or the token cannot see the organisation’s teams"
    },
    forbidden: { zh: "无权限（401/403）", en: "not permitted (401/403)" },
    error: { zh: "请求出错", en: "the request failed" }
  }[lookup.reason];
  return {
    zh: `⚠ 无法读取团队 @${team} 的成员（${why.zh}：${lookup.detail}），相关批准一律不计入（失败即关闭）。读取团队成员需要 GitHub App 安装令牌（组织权限 Members: read）或带 read:org 的 PAT；Actions 自带的 GITHUB_TOKEN 读不到组织成员。`,
    en: `⚠ Cannot read the members of @${team} (${why.en}: ${lookup.detail}); approvals that depend on it do not count (fails closed). Team lookups need a GitHub App installation token with the organisation permission "Members: read", or a PAT with read:org; the Actions GITHUB_TOKEN cannot read organisation membership.`
  };
}

// src/governance/requirements.ts
var URGENT_SOURCE = "policy:urgent";
var ADMIN_SOURCE = "policy:admin";
function buildRequirements(ctx, policy, codeowners, articles, urgent) {
  const out = [];
  const add = (source, base, file) => {
    const existing = out.find((r) => r.source === source);
    if (existing) {
      if (!existing.files.includes(file)) existing.files.push(file);
    } else out.push({ ...base, source, files: [file] });
  };
  const pathsOf = (f) => f.previousPath && f.previousPath !== f.path ? [f.path, f.previousPath] : [f.path];
  const where = codeowners.file ?? "CODEOWNERS";
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
            en: `Code owners (${where} line ${rule.line})`
          }
        },
        p
      );
    }
  }
  policy.approvals.rules.forEach((rule) => {
    const label = {
      zh: `${rule.name}${rule.clause ? `（${rule.clause}）` : ""}`,
      en: `${rule.name}${rule.clause ? ` (${rule.clause})` : ""}`
    };
    if (rule.kind === "paths") {
      for (const f of ctx.files) {
        for (const p of pathsOf(f)) if (rule.match(p)) add(rule.source, { owners: rule.owners, label }, p);
      }
    } else if (rule.kind === "labels") {
      if (!rule.labels.some((l) => ctx.labels.includes(l))) return;
      for (const f of ctx.files) add(rule.source, { owners: rule.owners, label }, f.path);
    } else {
      for (const a of articles) {
        const value = a.fields[rule.field];
        if (value === void 0) continue;
        const owners = rule.ownersByValue.get(value) ?? [];
        const requirement = {
          owners,
          label: { zh: `${label.zh}：${rule.field}=${value}`, en: `${label.en}: ${rule.field}=${value}` }
        };
        if (owners.length === 0) {
          requirement.unmet = {
            zh: `策略没有为 ${rule.field}「${value}」指定负责人（policies/wxgate.yml ${rule.source.slice(7)}），无法批准。`,
            en: `the policy names no owner for ${rule.field} "${value}" (policies/wxgate.yml ${rule.source.slice(7)}), so nobody can approve it.`
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
          en: `Urgent publication needs the general manager (${policy.urgent.clause})`
        },
        ...policy.urgent.approvers.length === 0 ? {
          unmet: {
            zh: "策略未配置 urgent.approvers，加急流程不可用。",
            en: "the policy names no urgent.approvers, so the urgent path is unavailable."
          }
        } : {}
      },
      a.path
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
            zh: "修改策略、工作流、CODEOWNERS 或发布任务运行的代码须管理员批准",
            en: "Changes to policies, workflows, CODEOWNERS or the code the publish job runs need the admins"
          },
          ...policy.approvals.admins.length === 0 ? {
            unmet: {
              zh: "策略未配置 approvals.admins，此类修改无人可批准（失败即关闭）。",
              en: "the policy names no approvals.admins, so nobody can approve such a change (fails closed)."
            }
          } : {}
        },
        p
      );
    }
  }
  return out;
}

// src/governance/schedule.ts
function articleSubmission(ctx, path) {
  const commits = ctx.commits;
  if (!commits || commits.length === 0) return { at: ctx.createdAt, how: "pr-created" };
  const index = commits.findIndex((c) => c.files.includes(path));
  if (index === -1) return { at: ctx.createdAt, how: "pr-created" };
  const commit = commits[index];
  if (commit.pushedAt !== void 0) {
    return commit.pushedAt <= ctx.createdAt ? { at: ctx.createdAt, how: "pr-created" } : { at: commit.pushedAt, how: "commit-pushed", commit: commit.sha };
  }
  if (index === 0) return { at: ctx.createdAt, how: "pr-created" };
  return { at: ctx.evaluatedAt, how: "unknown-push", commit: commit.sha };
}
function planSchedule(ctx, policy, articles) {
  const labelled = ctx.labels.includes(policy.urgent.label);
  const unknownYears = /* @__PURE__ */ new Set();
  const planned = articles.map((facts) => {
    const submission = articleSubmission(ctx, facts.path);
    const earliest = earliestPublish(submission.at, policy.leadTime, policy.timeZone);
    for (const y of earliest.unknownYears) unknownYears.add(y);
    const publishAt = facts.publishAt ?? null;
    const short2 = publishAt !== null && publishAt < earliest.at && !facts.withdrawn;
    return {
      path: facts.path,
      publishAt,
      leadTimeHours: publishAt === null ? null : hours(publishAt - submission.at),
      requiredHours: hours(earliest.at - submission.at),
      status: (publishAt !== null || facts.withdrawn) && !short2 ? "pass" : "fail",
      urgent: short2 && labelled,
      facts,
      submission,
      earliest: earliest.at
    };
  });
  return { articles: planned, unknownYears: [...unknownYears].sort(), labelled };
}
function finishSchedule(ctx, policy, plan, urgentApprovedBy) {
  const explanation = [];
  const zone = policy.timeZone;
  const label = policy.urgent.label;
  const approvers = policy.urgent.approvers.map((o) => o.text).join(" / ") || "（未配置）";
  const approversEn = policy.urgent.approvers.map((o) => o.text).join(" / ") || "(not configured)";
  const required = policy.leadTime.kind === "hours" ? { zh: `${policy.leadTime.hours} 小时`, en: `${policy.leadTime.hours} hours` } : {
    zh: `${policy.leadTime.days} 个工作日（中国大陆节假日与调休）`,
    en: `${policy.leadTime.days} working days (mainland China holidays and make-up days)`
  };
  for (const a of plan.articles) {
    const f = a.facts;
    const submitted = submittedText(a.submission, zone);
    if (f.readable && f.withdrawn) {
      explanation.push({
        zh: `✓ ${a.path}：撤回文章（status: withdrawn），撤回即时生效，不适用提前量。`,
        en: `✓ ${a.path}: a withdrawal (status: withdrawn) takes effect at once; no lead time applies.`
      });
      continue;
    }
    if (!f.readable || a.publishAt === null) {
      a.status = "fail";
      explanation.push({
        zh: `✗ ${a.path}：${f.readable ? "没有有效的 publish_at（见合规检查）" : "无法读取文章内容"}，无法判断提前量。`,
        en: `✗ ${a.path}: ${f.readable ? "no valid publish_at (see the compliance check)" : "the article content could not be read"}, so the lead time cannot be judged.`
      });
      continue;
    }
    const publish = readableTime(a.publishAt, zone);
    const earliest = readableTime(a.earliest, zone);
    if (a.status === "pass") {
      explanation.push({
        zh: `✓ ${a.path}：${submitted.zh}，计划 ${publish.zh} 发布，提前 ${a.leadTimeHours} 小时，满足 ${required.zh}（最早可于 ${earliest.zh} 发布）。`,
        en: `✓ ${a.path}: ${submitted.en}, to publish ${publish.en}: ${a.leadTimeHours} hours ahead, meets ${required.en} (earliest ${earliest.en}).`
      });
      continue;
    }
    const head = {
      zh: `${a.path}：${submitted.zh}，计划 ${publish.zh} 发布，仅提前 ${a.leadTimeHours} 小时，不足 ${required.zh}（最早 ${earliest.zh}）`,
      en: `${a.path}: ${submitted.en}, to publish ${publish.en}: only ${a.leadTimeHours} hours ahead, less than ${required.en} (earliest ${earliest.en})`
    };
    if (!a.urgent) {
      explanation.push({
        zh: `✗ ${head.zh}。请推迟 publish_at，或走加急流程：加标签「${label}」、在头信息写 urgent.reason，并由 ${approvers} 批准（${policy.urgent.clause}）。`,
        en: `✗ ${head.en}. Move publish_at later, or take the urgent path: label "${label}", urgent.reason in the front matter, and an approval from ${approversEn} (${policy.urgent.clause}).`
      });
      continue;
    }
    const missing = [];
    if (!f.urgentReason) {
      missing.push({
        zh: "头信息缺少 urgent.reason（加急原因）",
        en: "the front matter has no urgent.reason"
      });
    }
    if (policy.urgent.approvers.length === 0) {
      missing.push({
        zh: "策略未配置加急审批人（urgent.approvers）",
        en: "the policy names no urgent approvers (urgent.approvers)"
      });
    } else if (urgentApprovedBy.length === 0) {
      missing.push({
        zh: `尚无 ${approvers} 成员的有效批准`,
        en: `no valid approval from ${approversEn} yet`
      });
    }
    if (missing.length === 0) {
      a.status = "pass";
      explanation.push({
        zh: `✓ ${head.zh}；已走加急流程：标签「${label}」、原因「${f.urgentReason}」、${urgentApprovedBy.join("、")} 已批准，并向总经理报告。`,
        en: `✓ ${head.en}; urgent path complete: label "${label}", reason "${f.urgentReason}", approved by ${urgentApprovedBy.join(", ")}; reported to the general manager.`
      });
    } else {
      a.status = "fail";
      explanation.push({
        zh: `✗ ${head.zh}；加急流程未完成：${missing.map((m) => m.zh).join("；")}。`,
        en: `✗ ${head.en}; the urgent path is incomplete: ${missing.map((m) => m.en).join("; ")}.`
      });
    }
  }
  for (const a of plan.articles) {
    if (a.publishAt !== null && a.publishAt <= ctx.evaluatedAt && !a.facts.withdrawn) {
      explanation.push({
        zh: `⚠ ${a.path}：计划发布时间 ${readableTime(a.publishAt, zone).zh} 已过，合并后将立即发布。`,
        en: `⚠ ${a.path}: the publish time ${readableTime(a.publishAt, zone).en} has passed; it would publish as soon as it is merged.`
      });
    }
  }
  if (plan.labelled && !plan.articles.some((a) => a.urgent)) {
    explanation.push({
      zh: `ℹ PR 带有「${label}」标签，但没有文章需要加急（提前量已满足），无需总经理批准。`,
      en: `ℹ The PR carries the "${label}" label, but no article needs the urgent path (lead times are met); no GM approval is needed.`
    });
  }
  if (plan.unknownYears.length > 0) {
    const years = plan.unknownYears.join(", ");
    explanation.push({
      zh: `⚠ 节假日数据尚无 ${years} 年（chinese-days 包），这些年份仅按周末计算休息日；请升级该依赖。`,
      en: `⚠ The holiday calendar (chinese-days) has no data for ${years}; only weekends were treated as rest days there. Update the dependency.`
    });
  }
  if (plan.articles.length === 0) {
    explanation.push({
      zh: "此 PR 不含文章，无需检查提前量。",
      en: "This PR contains no article; there is no lead time to check."
    });
  }
  const dated = plan.articles.filter((a) => a.publishAt !== null && !a.facts.withdrawn);
  const tightest = dated.sort((x, y) => x.publishAt - x.earliest - (y.publishAt - y.earliest))[0];
  return {
    status: plan.articles.some((a) => a.status === "fail") ? "fail" : "pass",
    leadTimeHours: tightest?.leadTimeHours ?? null,
    requiredHours: tightest?.requiredHours ?? plan.articles.find((a) => !a.facts.withdrawn)?.requiredHours ?? null,
    urgent: plan.articles.some((a) => a.urgent),
    articles: plan.articles.map(({ facts: _f, submission: _s, earliest: _e, ...rest }) => rest),
    explanation
  };
}
function submittedText(s, zone) {
  const at = readableTime(s.at, zone);
  switch (s.how) {
    case "pr-created":
      return { zh: `提交于 ${at.zh}（PR 创建时间）`, en: `submitted ${at.en} (PR created)` };
    case "commit-pushed":
      return {
        zh: `提交于 ${at.zh}（该文章由提交 ${s.commit.slice(0, 7)} 后加入本 PR，按其推送时间计）`,
        en: `submitted ${at.en} (added to this PR later by commit ${s.commit.slice(0, 7)}; measured from its push)`
      };
    case "unknown-push":
      return {
        zh: `按 ${at.zh} 计（该文章由提交 ${s.commit.slice(0, 7)} 后加入本 PR，推送时间未知，按当前时间计）`,
        en: `counted as submitted ${at.en} (added later by commit ${s.commit.slice(0, 7)} whose push time is unknown, so measured from now)`
      };
  }
}

// src/governance/urgent-report.ts
function reportKey(prNumber) {
  return `wxgate-urgent-report:pr-${prNumber}`;
}
function urgentReport(ctx, policy, plan, approvedBy) {
  const urgent = plan.articles.filter((a) => a.urgent);
  if (urgent.length === 0) return void 0;
  const key = reportKey(ctx.number);
  const marker = `<!-- ${key} -->`;
  const zone = policy.timeZone;
  const mention = policy.urgent.approvers.map((o) => o.text).join(" ") || "（未配置 urgent.approvers）";
  const rows = urgent.map(
    (a) => [
      tableCode(a.path),
      tableCell(a.facts.title ?? "（无标题）"),
      a.publishAt === null ? "—" : readableTime(a.publishAt, zone).zh,
      readableTime(a.submission.at, zone).zh,
      `${a.leadTimeHours} / ${a.requiredHours}`,
      tableCell(a.facts.urgentReason ?? "（未填写 urgent.reason）")
    ].join(" | ")
  );
  const status = approvedBy.length > 0 ? `已批准：${approvedBy.map(login).join("、")}` : `待批准：需 ${mention} 中一人批准该 PR`;
  const first = urgent[0];
  const title = `【加急发布报告】PR #${ctx.number}：${plainText(first.facts.title ?? first.path)}${urgent.length > 1 ? ` 等 ${urgent.length} 篇` : ""}`;
  const body = [
    marker,
    `${mention} 加急发布报告（${markdownText(`${policy.urgent.clause}：${policy.urgent.clauseText}`)}）`,
    "",
    `- 拉取请求：#${ctx.number}`,
    `- 申请人：${login(ctx.author)}`,
    `- 加急标签：${markdownText(policy.urgent.label)}`,
    `- 审批状态：${status}`,
    "",
    "| 文章 | 标题 | 计划发布时间 | 提交时间 | 提前量/要求（小时） | 加急原因 |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows.map((r) => `| ${r} |`),
    "",
    "本报告由 wxgate 自动生成并随 PR 更新。",
    ""
  ].join("\n");
  return { key, marker, target: policy.urgent.report, mention, title, body };
}

// src/app/evaluate-pr.ts
function complianceWith(setup) {
  return (articles) => articles.map((a) => lintBytes(a.path, a.bytes, setup, a.siblings, a.images));
}
async function evaluatePullRequest(ctx, policies, compliance) {
  const policy = parsePrPolicy(policies.wxgateYmlPath ?? "policies/wxgate.yml", policies.wxgateYml ?? "");
  const codeowners = loadCodeowners(policies.codeowners);
  const articleFiles = ctx.files.filter((f) => isArticlePath(f.path) && f.status !== "removed");
  const complianceCheck = await checkCompliance(articleFiles, compliance);
  const facts = articleFiles.map((f) => readFacts(f, policy.timeZone));
  const plan = planSchedule(ctx, policy, facts);
  const membership = new Membership(ctx);
  const requirements = buildRequirements(
    ctx,
    policy,
    codeowners,
    facts,
    plan.articles.filter((a) => a.urgent)
  );
  const { check: approvals, satisfied } = await evaluateApprovals(ctx, policy, requirements, membership);
  if (codeowners.errors.length > 0) {
    approvals.explanation.push({
      zh: `⚠ ${codeowners.file} 有 ${codeowners.errors.length} 行无效，已跳过（与 GitHub 相同）：${codeowners.errors.map((e) => `第 ${e.line} 行 ${e.message}`).join("；")}`,
      en: `⚠ ${codeowners.file} has ${codeowners.errors.length} invalid line(s), skipped as GitHub does: ${codeowners.errors.map((e) => `line ${e.line}: ${e.message}`).join("; ")}`
    });
  }
  const urgentApprovedBy = satisfied.get(URGENT_SOURCE) ?? [];
  const schedule = finishSchedule(ctx, policy, plan, urgentApprovedBy);
  const report = urgentReport(ctx, policy, plan, urgentApprovedBy);
  const verdict = {
    mergeable: complianceCheck.status === "pass" && schedule.status === "pass" && approvals.status === "pass",
    checks: { compliance: complianceCheck, schedule, approvals },
    codeownersErrors: codeowners.errors.map((e) => ({
      file: codeowners.file ?? "CODEOWNERS",
      line: e.line,
      message: e.message
    })),
    evaluatedAt: ctx.evaluatedAt,
    codeownersFile: codeowners.file
  };
  if (report) verdict.report = report;
  return verdict;
}
function bytesOf(content) {
  return typeof content === "string" ? new TextEncoder().encode(content) : content;
}
async function checkCompliance(files, compliance) {
  const inputs = [];
  const unreadable = [];
  for (const f of files) {
    if (f.content === void 0) {
      unreadable.push(
        fileError(f.path, 1, {
          zh: "无法读取该文章在 PR 最新提交中的内容，无法检查。",
          en: "The article content at the PR head could not be read, so it cannot be checked."
        })
      );
    } else
      inputs.push({
        path: f.path,
        bytes: bytesOf(f.content),
        siblings: new Set(f.siblings ?? []),
        ...f.images ? { images: f.images } : {}
      });
  }
  const results = [...inputs.length > 0 ? await compliance(inputs) : [], ...unreadable].sort(
    (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0
  );
  const { errorCount, warningCount } = countSeverities(results);
  const perFile = results.map((r) => ({
    path: r.path,
    ...countSeverities([r]),
    findings: r.messages.map((m) => ({
      line: m.line,
      ruleId: m.ruleId,
      severity: m.severity,
      message: m.message,
      source: m.source
    }))
  }));
  const explanation = [];
  if (results.length === 0) {
    explanation.push({ zh: "此 PR 不含文章，无需合规检查。", en: "This PR contains no article to check." });
  }
  for (const [i, f] of perFile.entries()) {
    const warnings = named(results[i].messages.filter((m) => m.severity === "warning"));
    explanation.push(
      f.errorCount === 0 ? {
        zh: `✓ ${f.path}：无错误${f.warningCount ? `（${f.warningCount} 个警告：${warnings.zh}）` : ""}。`,
        en: `✓ ${f.path}: no errors${f.warningCount ? ` (${f.warningCount} warning${f.warningCount > 1 ? "s" : ""}: ${warnings.en})` : ""}.`
      } : {
        zh: `✗ ${f.path}：${f.errorCount} 个错误${f.warningCount ? `、${f.warningCount} 个警告` : ""}，请修改下列各行后推送新的提交。`,
        en: `✗ ${f.path}: ${f.errorCount} error${f.errorCount > 1 ? "s" : ""}${f.warningCount ? `, ${f.warningCount} warning${f.warningCount > 1 ? "s" : ""}` : ""}; fix the lines below and push a new commit.`
      }
    );
  }
  return {
    status: errorCount === 0 ? "pass" : "fail",
    errorCount,
    warningCount,
    files: perFile,
    explanation
  };
}
function named(messages) {
  const shown = messages.slice(0, 3);
  const more = messages.length > shown.length;
  return {
    zh: shown.map((m) => `第 ${m.line} 行 ${headline(m.message.zh)}`).join("；") + (more ? "等" : ""),
    en: shown.map((m) => `line ${m.line} ${headline(m.message.en)}`).join("; ") + (more ? ", …" : "")
  };
}
function headline(message) {
  const cut = message.search(/[：:（(]/);
  const head = (cut === -1 ? message : message.slice(0, cut)).trim();
  return [...head].length > 40 ? `${[...head].slice(0, 40).join("")}…` : head;
}
function readFacts(file, zone) {
  const none = {
    path: file.path,
    readable: false,
    title: void 0,
    publishAt: void 0,
    publishAtText: void 0,
    urgentReason: void 0,
    withdrawn: false,
    fields: {}
  };
  if (file.content === void 0) return none;
  const loaded = loadArticle(file.path, bytesOf(file.content), { timeZone: zone });
  if (!loaded.ok) return none;
  const fm = loaded.article.frontMatter.fields;
  return {
    path: file.path,
    readable: true,
    title: fm.title,
    publishAt: fm.publishAt,
    publishAtText: fm.publishAtText,
    urgentReason: fm.urgent?.reason,
    withdrawn: fm.status === "withdrawn",
    fields: {
      department: fm.department,
      type: fm.type,
      author: fm.author,
      major: fm.major === void 0 ? void 0 : String(fm.major)
    }
  };
}

export {
  isArticlePath,
  URGENT_SOURCE,
  complianceWith,
  evaluatePullRequest
};
