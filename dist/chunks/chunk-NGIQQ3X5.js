#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  isArticlePath
} from "./chunk-ZWJQLI25.js";
import {
  compose
} from "./chunk-WCIEHNWH.js";
import {
  describeError,
  httpStatus
} from "./chunk-L5TB2V2T.js";
import {
  IMAGE_HEAD_BYTES,
  readImageFacts
} from "./chunk-FUNH44E3.js";
import {
  MAX_ASSET_BYTES
} from "./chunk-RCBCJIJT.js";
import {
  codeSpan,
  login,
  markdownLink,
  markdownText,
  plainText,
  tableCell,
  tableCode
} from "./chunk-HKUFPJ4K.js";
import {
  readableTime
} from "./chunk-OKF366UL.js";

// src/github/next-steps.ts
function nextSteps(verdict, locale, zone) {
  const en = locale === "en";
  const { compliance, schedule, approvals } = verdict.checks;
  const steps = [];
  if (compliance.status !== "pass") {
    steps.push(
      en ? "Author: fix the lines marked ❌ under Compliance, then push a new commit; the checks run again by themselves." : "作者：修改「合规检查」中标为 ❌ 错误的行，然后推送新的提交，检查会自动重新运行。"
    );
  }
  if (schedule.status !== "pass") {
    steps.push(
      en ? "Author: move publish_at later, or take the urgent path (see Lead time)." : "作者：推迟 publish_at，或走加急流程（见「提前量」中的说明）。"
    );
  }
  if (approvals.blockedBy.length > 0) {
    const who = approvals.blockedBy.map(login).join(en ? ", " : "、");
    steps.push(
      en ? `${who} asked for changes: the author makes them, then asks ${who} to approve again.` : `${who} 要求修改：作者按其意见修改后，请其重新批准。`
    );
  }
  for (const r of approvals.required) {
    if (r.status === "pass" || r.blockedBy.length > 0) continue;
    const what = markdownText(en ? r.label.en : r.label.zh);
    if (r.status === "fail") {
      steps.push(
        en ? `${what}: nobody can approve it as configured; an administrator fixes the policy or CODEOWNERS (see Approvals).` : `${what}：按现有配置无人能批准，请管理员修正策略或 CODEOWNERS（见「审批」）。`
      );
      continue;
    }
    const owners = r.owners.map(codeSpan).join(en ? " or " : " 或 ");
    steps.push(en ? `Ask ${owners} (any one) to approve: ${what}.` : `请 ${owners} 中任一人批准：${what}。`);
  }
  for (const i of approvals.ignored) {
    if (i.why !== "stale") continue;
    steps.push(
      en ? `${login(i.user)} approved an earlier commit: ask for a new approval of the latest one.` : `${login(i.user)} 批准的是较早的提交，请其重新批准最新提交。`
    );
  }
  if (verdict.mergeable) {
    const times = schedule.articles.map((a) => a.publishAt).filter((t) => t !== null).sort((a, b) => a - b);
    const first = times[0];
    const when = first === void 0 ? void 0 : readableTime(first, zone);
    steps.push(
      en ? `Nothing left to do: merge${when ? `; it publishes as scheduled, first at ${when.en}` : ""}.` : `无需其他操作，可以合并${when ? `；合并后按计划发布，最早于 ${when.zh}` : ""}。`
    );
  }
  return steps;
}

// src/github/render.ts
var CHECK_NAMES = {
  compliance: "wxgate / compliance",
  schedule: "wxgate / schedule",
  approvals: "wxgate / approvals"
};
var COMMENT_MARKER = "<!-- wxgate:pr-comment -->";
var CONCLUSION = {
  pass: "success",
  fail: "failure",
  pending: "action_required"
};
var ICON = { pass: "✅", fail: "❌", pending: "⏳" };
function say(locale, text) {
  return locale === "en" ? text.en : text.zh;
}
var T = {
  checks: { zh: "检查", en: "Check" },
  status: { zh: "结果", en: "Result" },
  pass: { zh: "通过", en: "passed" },
  fail: { zh: "未通过", en: "failed" },
  pending: { zh: "等待中", en: "pending" },
  // Check names as reviewers read them, with the id GitHub shows (wxgate / compliance) after.
  compliance: { zh: "合规检查（compliance）", en: "Compliance (compliance)" },
  schedule: { zh: "提前量（schedule）", en: "Lead time (schedule)" },
  approvals: { zh: "审批（approvals）", en: "Approvals (approvals)" },
  mergeable: { zh: "✅ 可以合并：三项检查均已通过。", en: "✅ Mergeable: all three checks passed." },
  notMergeable: {
    zh: "⛔ 暂不能合并：请按下列说明处理。",
    en: "⛔ Not mergeable yet: see below for what is missing."
  },
  file: { zh: "文件", en: "File" },
  owners: { zh: "可批准人（任一即可）", en: "Owners (any one)" },
  satisfiedBy: { zh: "已批准", en: "Approved by" },
  source: { zh: "要求", en: "Requirement" },
  ignored: { zh: "未计入的审批", en: "Reviews not counted" },
  blockedBy: { zh: "要求修改（阻止合并）", en: "Changes requested (blocks the merge)" },
  article: { zh: "文章", en: "Article" },
  publishAt: { zh: "发布时间", en: "Publish at" },
  leadTime: { zh: "提前（小时）", en: "Lead time (h)" },
  required: { zh: "要求（小时）", en: "Required (h)" },
  urgent: { zh: "加急", en: "Urgent" },
  line: { zh: "行", en: "Line" },
  severity: { zh: "级别", en: "Level" },
  rule: { zh: "规则", en: "Rule" },
  message: { zh: "说明", en: "Message" },
  codeowners: { zh: "CODEOWNERS 中被跳过的无效行", en: "Invalid CODEOWNERS lines (skipped)" },
  next: { zh: "下一步", en: "What to do next" },
  footer: {
    zh: "本评论由 wxgate 自动生成，每次推送、改标签或审阅后原地更新",
    en: "Written by wxgate and updated in place on every push, label change and review"
  }
};
function statusWord(locale, status) {
  return `${ICON[status]} ${say(locale, T[status])}`;
}
function list(locale, lines) {
  return lines.map((l) => `- ${markdownText(say(locale, l))}`).join("\n");
}
function time(epochMs, zone, locale) {
  return epochMs === null ? "—" : say(locale, readableTime(epochMs, zone));
}
var SEVERITY = {
  error: { zh: "❌ 错误", en: "❌ error" },
  warning: { zh: "⚠️ 警告", en: "⚠️ warning" },
  info: { zh: "ℹ️ 提示", en: "ℹ️ note" }
};
function level(m) {
  return m.severity === "error" ? "failure" : m.severity === "warning" ? "warning" : "notice";
}
function annotationsOf(files, locale) {
  const out = [];
  for (const f of files) {
    for (const m of f.messages) {
      out.push({
        path: f.path,
        startLine: m.line,
        endLine: m.endLine,
        startColumn: m.column,
        endColumn: m.endColumn,
        level: level(m),
        message: plainText(compose(m.message, m.source, locale), { multiline: true }),
        title: plainText(m.ruleId)
      });
    }
  }
  return out;
}
function complianceTitle(locale, v) {
  const c = v.checks.compliance;
  if (c.files.length === 0) return locale === "en" ? "No articles changed" : "本 PR 未改动文章";
  if (c.errorCount === 0 && c.warningCount === 0) {
    return locale === "en" ? `${c.files.length} article(s), no problems` : `${c.files.length} 篇文章全部通过`;
  }
  if (c.errorCount === 0) {
    return locale === "en" ? `No errors in ${c.files.length} article(s) (${c.warningCount} warning(s))` : `${c.files.length} 篇文章无错误（${c.warningCount} 个警告）`;
  }
  return locale === "en" ? `${c.errorCount} error(s), ${c.warningCount} warning(s) in ${c.files.length} article(s)` : `${c.files.length} 篇文章：${c.errorCount} 个错误，${c.warningCount} 个警告`;
}
function scheduleTitle(locale, v) {
  const s = v.checks.schedule;
  const urgent = s.urgent ? locale === "en" ? " (urgent path)" : "（加急）" : "";
  if (s.leadTimeHours === null) {
    return locale === "en" ? `No valid publish_at${urgent}` : `没有可用的发布时间${urgent}`;
  }
  return locale === "en" ? `Submitted ${s.leadTimeHours} h ahead; ${s.requiredHours ?? "—"} h required${urgent}` : `提前 ${s.leadTimeHours} 小时提交，要求 ${s.requiredHours ?? "—"} 小时${urgent}`;
}
function approvalsTitle(locale, v) {
  const a = v.checks.approvals;
  const missing = a.required.filter((r) => r.status !== "pass").length;
  if (a.blockedBy.length > 0) {
    return locale === "en" ? `Changes requested by ${plainText(a.blockedBy.join(", "))}` : `${plainText(a.blockedBy.join("、"))} 要求修改`;
  }
  if (a.status === "pass") {
    return locale === "en" ? `All ${a.required.length} approval(s) given` : `${a.required.length} 项审批均已满足`;
  }
  return locale === "en" ? `${missing} approval(s) still needed` : `还需 ${missing} 项审批`;
}
function complianceBody(locale, v, limit) {
  const c = v.checks.compliance;
  const parts = [list(locale, c.explanation)];
  let left = limit;
  for (const f of c.files) {
    const shown = f.findings.slice(0, Math.max(0, left));
    left -= shown.length;
    if (shown.length === 0) continue;
    parts.push(
      `${tableCode(f.path)}

| ${say(locale, T.line)} | ${say(locale, T.severity)} | ${say(locale, T.rule)} | ${say(locale, T.message)} |
| ---: | --- | --- | --- |
${shown.map(
        (m) => `| ${m.line} | ${say(locale, SEVERITY[m.severity])} | ${tableCode(m.ruleId)} | ${tableCell(compose(m.message, m.source, locale))} |`
      ).join("\n")}`
    );
  }
  const total = c.files.reduce((n, f) => n + f.findings.length, 0);
  if (total > limit) {
    parts.push(
      locale === "en" ? `… and ${total - limit} more, each annotated on its line under "Files changed".` : `……另有 ${total - limit} 条，均已标注在「Files changed」页的对应行。`
    );
  }
  return parts.filter(Boolean).join("\n\n");
}
function scheduleBody(locale, v, zone) {
  const s = v.checks.schedule;
  const parts = [list(locale, s.explanation)];
  if (s.articles.length > 0) {
    parts.push(
      `| ${say(locale, T.article)} | ${say(locale, T.publishAt)} | ${say(locale, T.leadTime)} | ${say(locale, T.required)} | ${say(locale, T.urgent)} | ${say(locale, T.status)} |
| --- | --- | ---: | ---: | --- | --- |
${s.articles.map(
        (a) => `| ${tableCode(a.path)} | ${time(a.publishAt, zone, locale)} | ${a.leadTimeHours ?? "—"} | ${a.requiredHours} | ${a.urgent ? "⚡" : ""} | ${statusWord(locale, a.status)} |`
      ).join("\n")}`
    );
  }
  return parts.filter(Boolean).join("\n\n");
}
function approvalsBody(locale, v) {
  const a = v.checks.approvals;
  const parts = [list(locale, a.explanation)];
  if (a.required.length > 0) {
    parts.push(
      `| ${say(locale, T.status)} | ${say(locale, T.owners)} | ${say(locale, T.satisfiedBy)} | ${say(locale, T.file)} | ${say(locale, T.source)} |
| --- | --- | --- | --- | --- |
${a.required.map(
        (r) => `| ${statusWord(locale, r.status)} | ${tableCell(r.owners.join(" "))} | ${r.satisfiedBy.map(login).join(" ") || "—"} | ${r.files.slice(0, 5).map(tableCode).join(
          " "
        )}${r.files.length > 5 ? ` +${r.files.length - 5}` : ""} | ${tableCell(say(locale, r.label))} |`
      ).join("\n")}`
    );
  }
  if (a.blockedBy.length > 0) {
    parts.push(`**${say(locale, T.blockedBy)}**: ${a.blockedBy.map(login).join(" ")}`);
  }
  if (a.ignored.length > 0) {
    parts.push(
      `**${say(locale, T.ignored)}**

${a.ignored.map((i) => `- ${login(i.user)}: ${markdownText(say(locale, i.explanation))}`).join("\n")}`
    );
  }
  if (v.codeownersErrors.length > 0) {
    parts.push(
      `**${say(locale, T.codeowners)}**

${v.codeownersErrors.map((e) => `- ${codeSpan(`${e.file}:${e.line}`)} ${markdownText(e.message)}`).join("\n")}`
    );
  }
  return parts.filter(Boolean).join("\n\n");
}
function provenance(locale, ctx) {
  const head = codeSpan(ctx.headSha.slice(0, 7));
  const base = codeSpan(ctx.baseSha.slice(0, 7));
  const folder = codeSpan(`${ctx.policiesPath}/`);
  return locale === "en" ? `Latest commit ${head}; policies (${folder}) and CODEOWNERS read from the base branch at ${base}.` : `最新提交 ${head}；策略（${folder}）与 CODEOWNERS 读取自目标分支的提交 ${base}。`;
}
function notes(locale, ctx) {
  return (ctx.notes ?? []).map((n) => `> ⚠ ${markdownText(say(locale, n))}`).join("\n>\n");
}
var CHECK_RUN_FINDINGS = 200;
var COMMENT_FINDINGS = 30;
function checkRuns(verdict, files, ctx) {
  const { locale } = ctx;
  const make = (key, title, summary, annotations) => ({
    name: CHECK_NAMES[key],
    conclusion: CONCLUSION[verdict.checks[key].status],
    title,
    summary: [notes(locale, ctx), summary, provenance(locale, ctx)].filter(Boolean).join("\n\n"),
    annotations,
    ...ctx.runUrl ? { detailsUrl: ctx.runUrl } : {}
  });
  return {
    compliance: make(
      "compliance",
      complianceTitle(locale, verdict),
      complianceBody(locale, verdict, CHECK_RUN_FINDINGS),
      annotationsOf(files, locale)
    ),
    schedule: make(
      "schedule",
      scheduleTitle(locale, verdict),
      scheduleBody(locale, verdict, ctx.timeZone),
      []
    ),
    approvals: make("approvals", approvalsTitle(locale, verdict), approvalsBody(locale, verdict), [])
  };
}
function failedCheckRuns(message, ctx) {
  const title = ctx.locale === "en" ? "Cannot be judged" : "无法判定";
  const summary = `${markdownText(say(ctx.locale, message))}

${provenance(ctx.locale, ctx)}`;
  const make = (key) => ({
    name: CHECK_NAMES[key],
    conclusion: "failure",
    title,
    summary,
    annotations: [],
    ...ctx.runUrl ? { detailsUrl: ctx.runUrl } : {}
  });
  return { compliance: make("compliance"), schedule: make("schedule"), approvals: make("approvals") };
}
function commentBody(verdict, ctx) {
  const { locale } = ctx;
  const section = (key, body) => `### ${ICON[verdict.checks[key].status]} ${say(locale, T[key])}

${body}`;
  const rows = ["compliance", "schedule", "approvals"].map((k) => `| ${say(locale, T[k])} | ${statusWord(locale, verdict.checks[k].status)} |`).join("\n");
  const run = ctx.runUrl ? ` ${markdownLink(locale === "en" ? "Run" : "运行记录", ctx.runUrl)}` : "";
  return [
    `## wxgate ${locale === "en" ? "check results" : "检查结果"}`,
    notes(locale, ctx),
    verdict.mergeable ? say(locale, T.mergeable) : say(locale, T.notMergeable),
    `### ${say(locale, T.next)}

${nextSteps(verdict, locale, ctx.timeZone).map((step) => `- ${step}`).join("\n")}`,
    `| ${say(locale, T.checks)} | ${say(locale, T.status)} |
| --- | --- |
${rows}`,
    section("compliance", complianceBody(locale, verdict, COMMENT_FINDINGS)),
    section("schedule", scheduleBody(locale, verdict, ctx.timeZone)),
    section("approvals", approvalsBody(locale, verdict)),
    `<sub>${say(locale, T.footer)}${locale === "en" ? ". " : "。"}${provenance(locale, ctx)}${run}</sub>`
  ].filter(Boolean).join("\n\n");
}
function failureCommentBody(message, ctx) {
  return [
    `## wxgate ${ctx.locale === "en" ? "check results" : "检查结果"}`,
    notes(ctx.locale, ctx),
    `❌ ${markdownText(say(ctx.locale, message))}`,
    `<sub>${provenance(ctx.locale, ctx)}</sub>`
  ].filter(Boolean).join("\n\n");
}

// src/github/tree.ts
var SYMLINK_MODE = "120000";
var CommitTree = class {
  constructor(octokit, owner, repo, commit) {
    this.octokit = octokit;
    this.owner = owner;
    this.repo = repo;
    this.commit = commit;
  }
  octokit;
  owner;
  repo;
  commit;
  folders = /* @__PURE__ */ new Map();
  /** A tree's entries by the tree's (or, for the root, the commit's) SHA; `recursive` lists every level below. */
  async list(treeSha, recursive = false) {
    const { data } = await this.octokit.rest.git.getTree({
      owner: this.owner,
      repo: this.repo,
      tree_sha: treeSha,
      ...recursive ? { recursive: "true" } : {}
    });
    if (data.truncated) throw new Error(`the tree ${treeSha} is too large for GitHub to list`);
    return data.tree;
  }
  /** The entries of folder `dir` (`''` is the root); undefined when the commit has no such folder. */
  folder(dir) {
    let entries = this.folders.get(dir);
    if (!entries) {
      entries = this.readFolder(dir);
      this.folders.set(dir, entries);
    }
    return entries;
  }
  /** What is at `path` (a/b/c) in the commit, or undefined. */
  async entry(path) {
    const slash = path.lastIndexOf("/");
    const entries = await this.folder(slash < 0 ? "" : path.slice(0, slash));
    return entries?.find((e) => e.path === path.slice(slash + 1));
  }
  /** Names of the regular files in folder `dir` (no subfolders, no symlinks). */
  async fileNames(dir) {
    const entries = await this.folder(dir) ?? [];
    return entries.filter((e) => e.type === "blob" && e.mode !== SYMLINK_MODE && e.path).map((e) => e.path);
  }
  async readFolder(dir) {
    if (dir === "") return this.list(this.commit);
    const here = await this.entry(dir);
    return here?.type === "tree" && here.sha ? this.list(here.sha) : void 0;
  }
};
async function readBlob(octokit, owner, repo, sha) {
  const { data } = await octokit.rest.git.getBlob({ owner, repo, file_sha: sha });
  return decodeBlob(data.content, data.encoding);
}
function decodeBlob(content, encoding) {
  if (encoding === "base64") return new Uint8Array(Buffer.from(content, "base64"));
  return new Uint8Array(Buffer.from(content, "utf8"));
}

// src/github/base-files.ts
var CODEOWNERS_PATHS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
var POLICY_FILE = /\.ya?ml$/i;
var MAX_POLICY_BYTES = 5 * 1024 * 1024;
async function baseBranchSha(octokit, owner, repo, branch, fallback) {
  try {
    const { data } = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` });
    return data.object.sha;
  } catch (error) {
    if (httpStatus(error) === 404) return fallback;
    throw error;
  }
}
async function readBaseFiles(octokit, owner, repo, sha, policiesPath = "policies") {
  const folder = policiesPath.replace(/^\.?\/+/, "").replace(/\/+$/, "");
  const tree = new CommitTree(octokit, owner, repo, sha);
  const blob = async (blobSha, path) => {
    const { data } = await octokit.rest.git.getBlob({ owner, repo, file_sha: blobSha });
    if ((data.size ?? 0) > MAX_POLICY_BYTES) throw new Error(`${path} at ${sha} is larger than 5 MB`);
    return Buffer.from(decodeBlob(data.content, data.encoding)).toString("utf8");
  };
  const policyFiles = /* @__PURE__ */ new Map();
  const policyTree = await tree.entry(folder);
  if (policyTree?.type === "tree" && policyTree.sha) {
    const wanted = (await tree.list(policyTree.sha, true)).filter(
      (e) => e.type === "blob" && e.path && e.sha && POLICY_FILE.test(e.path)
    );
    await Promise.all(
      wanted.map(async (e) => {
        policyFiles.set(e.path, await blob(e.sha, `${folder}/${e.path}`));
      })
    );
  }
  const codeowners = {};
  for (const path of CODEOWNERS_PATHS) {
    const entry = await tree.entry(path);
    if (entry?.type === "blob" && entry.sha) {
      codeowners[path] = await blob(entry.sha, path);
      break;
    }
  }
  const wxgateYml = policyFiles.get("wxgate.yml");
  return {
    sha,
    policiesPath: folder,
    policyFiles,
    policies: {
      wxgateYml,
      wxgateYmlPath: `${folder}/wxgate.yml@${sha.slice(0, 7)}`,
      codeowners
    }
  };
}

// src/github/team-lookup.ts
async function lookupTeam(octokit, team, candidates) {
  const [org, slug, ...rest] = team.split("/");
  if (!org || !slug || rest.length > 0) {
    return { ok: false, reason: "error", detail: `"${team}" is not a team (expected org/team-slug)` };
  }
  const cannot = (error) => {
    const status = httpStatus(error);
    if (status === 404) {
      return {
        ok: false,
        reason: "not-found",
        detail: `team @${org}/${slug} does not exist or the token cannot see it (GitHub answers 404 for both); the team token needs organisation permission "Members: read" (GitHub App) or read:org (PAT)`
      };
    }
    if (status === 401 || status === 403) {
      return {
        ok: false,
        reason: "forbidden",
        detail: `reading team @${org}/${slug} was refused (${describeError(error)}); the team token needs organisation permission "Members: read" (GitHub App) or read:org (PAT)`
      };
    }
    return {
      ok: false,
      reason: "error",
      detail: `reading team @${org}/${slug} failed: ${describeError(error)}`
    };
  };
  try {
    await octokit.rest.teams.getByName({ org, team_slug: slug });
  } catch (error) {
    return cannot(error);
  }
  const members = [];
  const distinct = new Map(candidates.map((c) => [c.toLowerCase(), c]));
  for (const username of distinct.values()) {
    try {
      const { data } = await octokit.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username });
      if (data.state === "active") members.push(username);
    } catch (error) {
      if (httpStatus(error) === 404) continue;
      return cannot(error);
    }
  }
  return { ok: true, members };
}

// src/github/pr-context.ts
var MAX_PR_FILES = 3e3;
var MAX_PR_COMMITS = 250;
var IncompletePullRequestError = class extends Error {
  name = "IncompletePullRequestError";
};
var HeadMovedError = class extends Error {
  name = "HeadMovedError";
  /** The head SHA the read began with. */
  from;
  /** The base SHA the PR reported with it. */
  baseSha;
  constructor(read, what) {
    super(`the head of the pull request moved from ${read.head.slice(0, 7)} while it was read: ${what}`);
    this.from = read.head;
    this.baseSha = read.base;
  }
};
async function loadPRContext(octokit, ref, evaluatedAt, options = {}) {
  const { owner, repo, number } = ref;
  const { data: pr } = await octokit.rest.pulls.get({ owner, repo, pull_number: number });
  const headSha = pr.head.sha;
  const rawFiles = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner,
    repo,
    pull_number: number,
    per_page: 100
  });
  if (pr.changed_files > MAX_PR_FILES || rawFiles.length > MAX_PR_FILES) {
    throw new IncompletePullRequestError(
      `the pull request changes ${pr.changed_files} files; GitHub lists only the first ${MAX_PR_FILES}, so it cannot be judged. Split it into smaller pull requests.`
    );
  }
  const at = { head: headSha, base: pr.base.sha };
  const head = new CommitTree(octokit, owner, repo, headSha);
  const blobs = await filesAt(head, at, rawFiles, pr.changed_files);
  const files = await Promise.all(
    rawFiles.map(async (f) => {
      const file = { path: f.filename, status: f.status };
      if (f.previous_filename) file.previousPath = f.previous_filename;
      const blob = blobs.get(f.filename);
      if (blob && isArticlePath(f.filename)) {
        file.content = await readBlob(octokit, owner, repo, blob);
        file.siblings = await head.fileNames(folderOf(f.filename));
        file.images = await imagesBeside(octokit, owner, repo, head, folderOf(f.filename));
      }
      return file;
    })
  );
  const rawReviews = await octokit.paginate(octokit.rest.pulls.listReviews, {
    owner,
    repo,
    pull_number: number,
    per_page: 100
  });
  const reviews = [];
  for (const r of rawReviews) {
    if (!r.user || !r.submitted_at || !isDecisiveOrComment(r.state)) continue;
    reviews.push({
      id: r.id,
      user: r.user.login,
      state: r.state,
      commitId: r.commit_id ?? "",
      submittedAt: Date.parse(r.submitted_at)
    });
  }
  reviews.sort((a, b) => a.submittedAt - b.submittedAt);
  const commits = await loadCommits(octokit, owner, repo, number, pr.commits, at);
  const candidates = [pr.user?.login ?? "", ...reviews.map((r) => r.user)].filter(Boolean);
  const teams = options.teams ?? octokit;
  const lookups = /* @__PURE__ */ new Map();
  const members = (team) => {
    const name = team.replace(/^@/, "");
    const key = name.toLowerCase();
    let lookup = lookups.get(key);
    if (!lookup) {
      lookup = lookupTeam(teams, name, candidates);
      lookups.set(key, lookup);
    }
    return lookup;
  };
  const context = {
    evaluatedAt,
    number: pr.number,
    author: pr.user?.login ?? "",
    createdAt: Date.parse(pr.created_at),
    draft: Boolean(pr.draft),
    labels: pr.labels.map((l) => l.name).filter((n) => typeof n === "string"),
    headSha,
    base: { ref: pr.base.ref, sha: pr.base.sha },
    files,
    reviews,
    ...commits ? { commits } : {},
    members
  };
  return {
    context,
    info: {
      title: pr.title,
      htmlUrl: pr.html_url,
      baseRef: pr.base.ref,
      baseSha: pr.base.sha,
      headRepo: pr.head.repo?.full_name,
      state: pr.state
    }
  };
}
function isDecisiveOrComment(state) {
  return state === "APPROVED" || state === "CHANGES_REQUESTED" || state === "COMMENTED" || state === "DISMISSED";
}
function folderOf(path) {
  return path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
}
async function filesAt(head, at, listed, changedFiles) {
  if (listed.length !== changedFiles) {
    throw new HeadMovedError(
      at,
      `GitHub listed ${listed.length} changed files, the PR had ${changedFiles} at ${head.commit.slice(0, 7)}`
    );
  }
  const blobs = /* @__PURE__ */ new Map();
  await Promise.all(
    listed.map(async (f) => {
      const entry = await head.entry(f.filename);
      if (f.status === "removed") {
        if (entry) throw new HeadMovedError(at, `${f.filename} is listed as removed but is there`);
        return;
      }
      if (!entry?.sha || f.sha && entry.sha !== f.sha) {
        throw new HeadMovedError(
          at,
          `${f.filename} is listed as ${f.sha?.slice(0, 7) ?? "changed"} but is ${entry?.sha?.slice(0, 7) ?? "absent"} at ${head.commit.slice(0, 7)}`
        );
      }
      if (entry.type === "blob") blobs.set(f.filename, entry.sha);
    })
  );
  return blobs;
}
async function imagesBeside(octokit, owner, repo, head, dir) {
  const names = new Set(await head.fileNames(dir));
  const entries = (await head.folder(dir) ?? []).filter(
    (e) => e.path && names.has(e.path) && e.sha && !e.path.toLowerCase().endsWith(".md")
  );
  const facts = /* @__PURE__ */ new Map();
  await Promise.all(
    entries.map(async (e) => {
      if ((e.size ?? 0) > MAX_ASSET_BYTES) return;
      const bytes = await readBlob(octokit, owner, repo, e.sha);
      facts.set(e.path, readImageFacts(bytes.subarray(0, IMAGE_HEAD_BYTES), bytes.length));
    })
  );
  return facts;
}
async function loadCommits(octokit, owner, repo, number, total, at) {
  if (total > MAX_PR_COMMITS) return void 0;
  const list2 = await octokit.paginate(octokit.rest.pulls.listCommits, {
    owner,
    repo,
    pull_number: number,
    per_page: 100
  });
  if (list2.length > 0 && list2.at(-1).sha !== at.head) {
    throw new HeadMovedError(at, `the PR's commits now end at ${list2.at(-1).sha.slice(0, 7)}`);
  }
  if (list2.length < total) return void 0;
  const commits = await Promise.all(
    list2.map(async (c) => {
      const paths = [];
      for (let page = 1; page <= MAX_PR_FILES / 100; page++) {
        const response = await octokit.rest.repos.getCommit({ owner, repo, ref: c.sha, per_page: 100, page });
        for (const f of response.data.files ?? []) {
          paths.push(f.filename);
          if (f.previous_filename) paths.push(f.previous_filename);
        }
        if (!/rel="next"/.test(response.headers.link ?? "")) break;
      }
      const suites = await firstCheckSuite(octokit, owner, repo, c.sha);
      return { sha: c.sha, files: paths, ...suites === void 0 ? {} : { pushedAt: suites } };
    })
  );
  let earliest;
  for (let i = commits.length - 1; i >= 0; i--) {
    const c = commits[i];
    if (c.pushedAt !== void 0)
      earliest = earliest === void 0 ? c.pushedAt : Math.min(earliest, c.pushedAt);
    if (earliest === void 0) delete c.pushedAt;
    else c.pushedAt = earliest;
  }
  return commits;
}
async function firstCheckSuite(octokit, owner, repo, sha) {
  try {
    const { data } = await octokit.rest.checks.listSuitesForRef({ owner, repo, ref: sha, per_page: 100 });
    const times = data.check_suites.map((s) => Date.parse(s.created_at ?? "")).filter((t) => Number.isFinite(t));
    return times.length > 0 ? Math.min(...times) : void 0;
  } catch (error) {
    const status = httpStatus(error);
    if (status === 403 || status === 404) return void 0;
    throw error;
  }
}

export {
  CODEOWNERS_PATHS,
  baseBranchSha,
  readBaseFiles,
  CHECK_NAMES,
  COMMENT_MARKER,
  checkRuns,
  failedCheckRuns,
  commentBody,
  failureCommentBody,
  IncompletePullRequestError,
  HeadMovedError,
  loadPRContext
};
