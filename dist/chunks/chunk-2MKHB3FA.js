#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  httpStatus
} from "./chunk-L5TB2V2T.js";

// src/github/check-runs.ts
import { createHash } from "node:crypto";
var ANNOTATIONS_PER_REQUEST = 50;
var MAX_ANNOTATIONS = 1e3;
var MAX_OUTPUT_CHARS = 65535;
var DIGEST_MARKER = /<!-- wxgate:check digest=([0-9a-f]{16}) -->/;
function digestOf(result) {
  const { name, conclusion, title, summary, text, annotations } = result;
  return createHash("sha256").update(JSON.stringify({ name, conclusion, title, summary, text, annotations })).digest("hex").slice(0, 16);
}
async function publishCheckRun(octokit, target, result, now) {
  const { owner, repo, headSha } = target;
  const digest = digestOf(result);
  const summary = `${truncate(result.summary, MAX_OUTPUT_CHARS - 64)}

<!-- wxgate:check digest=${digest} -->`;
  const text = result.text === void 0 ? void 0 : truncate(result.text, MAX_OUTPUT_CHARS);
  const annotations = result.annotations.slice(0, MAX_ANNOTATIONS).map(toApi);
  const batches = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  }
  const output = (batch) => ({
    title: result.title,
    summary,
    ...text === void 0 ? {} : { text },
    ...batch && batch.length > 0 ? { annotations: batch } : {}
  });
  const existing = await latestOwnRun(octokit, owner, repo, headSha, result.name);
  if (existing && existing.status === "completed" && existing.digest === digest && existing.annotations === annotations.length) {
    return { id: existing.id, action: "unchanged", annotationRequests: 0 };
  }
  const completed = {
    status: "completed",
    conclusion: result.conclusion,
    completed_at: now.toISOString(),
    ...result.detailsUrl ? { details_url: result.detailsUrl } : {}
  };
  let id;
  let action = "created";
  if (existing && existing.annotations === 0) {
    try {
      await octokit.rest.checks.update({
        owner,
        repo,
        check_run_id: existing.id,
        ...completed,
        output: output(batches[0])
      });
      id = existing.id;
      action = "updated";
    } catch (error) {
      const status = httpStatus(error);
      if (status !== 403 && status !== 404) throw error;
    }
  }
  if (id === void 0) {
    const { data } = await octokit.rest.checks.create({
      owner,
      repo,
      name: result.name,
      head_sha: headSha,
      ...completed,
      output: output(batches[0])
    });
    id = data.id;
  }
  for (const batch of batches.slice(1)) {
    await octokit.rest.checks.update({ owner, repo, check_run_id: id, output: output(batch) });
  }
  return { id, action, annotationRequests: batches.length };
}
async function latestOwnRun(octokit, owner, repo, headSha, name) {
  const runs = await octokit.paginate(octokit.rest.checks.listForRef, {
    owner,
    repo,
    ref: headSha,
    check_name: name,
    filter: "all",
    per_page: 100
  });
  const own = runs.filter((r) => r.name === name && DIGEST_MARKER.test(r.output?.summary ?? "")).sort((a, b) => (b.started_at ?? "").localeCompare(a.started_at ?? "") || b.id - a.id);
  const run = own[0];
  if (!run) return void 0;
  return {
    id: run.id,
    status: run.status,
    digest: DIGEST_MARKER.exec(run.output.summary ?? "")?.[1] ?? "",
    annotations: run.output.annotations_count ?? 0
  };
}
function toApi(a) {
  const sameLine = a.startLine === a.endLine;
  return {
    path: a.path,
    start_line: a.startLine,
    end_line: Math.max(a.endLine, a.startLine),
    // Columns are accepted only when the annotation stays on one line.
    ...sameLine && a.startColumn !== void 0 ? { start_column: a.startColumn } : {},
    ...sameLine && a.endColumn !== void 0 ? { end_column: Math.max(a.endColumn, a.startColumn ?? 1) } : {},
    annotation_level: a.level,
    message: truncate(a.message, 4e3),
    ...a.title ? { title: a.title } : {}
  };
}
function truncate(text, max) {
  if (text.length <= max) return text;
  const note = "\n\n…（内容过长，已截断 / truncated）";
  return text.slice(0, max - note.length) + note;
}

// src/github/comments.ts
var ACTIONS_BOT = "github-actions[bot]";
var MAX_BODY_CHARS = 6e4;
function isOwnPost(item, author, marker) {
  const firstLine = (item.body ?? "").split("\n", 1)[0].replace(/\r$/, "");
  return item.user?.type === "Bot" && (item.user.login ?? "").toLowerCase() === author.toLowerCase() && firstLine === marker;
}
async function postingLogin(octokit) {
  const { viewer } = await octokit.graphql("query { viewer { login } }");
  if (!viewer?.login) throw new Error("GitHub did not say which account the token posts as (GraphQL viewer)");
  return viewer.login;
}
async function upsertIssueComment(octokit, target, marker, body, author) {
  const { owner, repo, number } = target;
  const text = withMarker(body, marker);
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: number,
    per_page: 100
  });
  const mine = comments.filter((c) => isOwnPost(c, author, marker)).sort((a, b) => a.id - b.id);
  const [first, ...duplicates] = mine;
  for (const d of duplicates) await octokit.rest.issues.deleteComment({ owner, repo, comment_id: d.id });
  if (!first) {
    const { data: data2 } = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: number,
      body: text
    });
    return { id: data2.id, url: data2.html_url, action: "created" };
  }
  if (first.body === text) return { id: first.id, url: first.html_url, action: "unchanged" };
  const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: first.id, body: text });
  return { id: data.id, url: data.html_url, action: "updated" };
}
async function upsertIssue(octokit, target, marker, issue, author) {
  const { owner, repo } = target;
  const body = withMarker(issue.body, marker);
  await ensureLabel(octokit, owner, repo, issue.label, issue.labelDescription);
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
    owner,
    repo,
    labels: issue.label,
    state: "all",
    per_page: 100
  });
  const mine = issues.filter((i) => !i.pull_request && isOwnPost(i, author, marker)).sort((a, b) => a.number - b.number);
  const first = mine[0];
  if (!first) {
    const { data: data2 } = await octokit.rest.issues.create({
      owner,
      repo,
      title: issue.title,
      body,
      labels: [issue.label]
    });
    return { id: data2.id, number: data2.number, url: data2.html_url, action: "created" };
  }
  if (first.body === body && first.title === issue.title) {
    return { id: first.id, number: first.number, url: first.html_url, action: "unchanged" };
  }
  const { data } = await octokit.rest.issues.update({
    owner,
    repo,
    issue_number: first.number,
    title: issue.title,
    body
  });
  return { id: data.id, number: data.number, url: data.html_url, action: "updated" };
}
async function ensureLabel(octokit, owner, repo, name, description = "wxgate: 加急发布报告总经理 (urgent publication reported to the general manager)") {
  try {
    await octokit.rest.issues.getLabel({ owner, repo, name });
  } catch (error) {
    if (error.status !== 404) throw error;
    await octokit.rest.issues.createLabel({
      owner,
      repo,
      name,
      color: "b60205",
      description
    });
  }
}
function withMarker(body, marker) {
  const rest = body.startsWith(marker) ? body.slice(marker.length).trimStart() : body;
  return truncate(`${marker}
${rest}`, MAX_BODY_CHARS);
}

export {
  publishCheckRun,
  ACTIONS_BOT,
  isOwnPost,
  postingLogin,
  upsertIssueComment,
  upsertIssue
};
