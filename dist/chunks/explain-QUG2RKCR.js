#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  formatVerdictText,
  verdictJson
} from "./chunk-3RKUHOKD.js";
import {
  complianceWith,
  evaluatePullRequest,
  isArticlePath
} from "./chunk-ZWJQLI25.js";
import "./chunk-DSV6OMTV.js";
import "./chunk-WCIEHNWH.js";
import "./chunk-PQTF2QBL.js";
import "./chunk-QI4ADP2A.js";
import {
  loadPolicies
} from "./chunk-L2IO4MNK.js";
import "./chunk-3YKSMKVR.js";
import {
  RULES
} from "./chunk-ZOOQVKV7.js";
import "./chunk-FUNH44E3.js";
import {
  repositoryOf
} from "./chunk-M62EH3RT.js";
import {
  UsageError,
  defineCommand,
  localeOf,
  oneOf
} from "./chunk-PYXF3RJ7.js";
import {
  siblingFiles
} from "./chunk-RCBCJIJT.js";
import "./chunk-NZZYWQNC.js";
import "./chunk-OEEOITOW.js";
import "./chunk-2RFUJMZD.js";
import "./chunk-AJFJEGPM.js";
import "./chunk-PFD2E4ND.js";
import {
  CODEOWNERS_LOCATIONS,
  parsePrPolicy
} from "./chunk-6YKWKTNI.js";
import "./chunk-HKUFPJ4K.js";
import {
  fieldOf,
  parseYaml
} from "./chunk-B6G33NBB.js";
import {
  parseDateTime
} from "./chunk-OKF366UL.js";
import {
  ConfigurationError
} from "./chunk-M2DJWID3.js";
import "./chunk-ZRXVBFZK.js";

// src/commands/explain.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

// src/governance/scenario.ts
var STATES = ["APPROVED", "CHANGES_REQUESTED", "COMMENTED", "DISMISSED"];
var STATUSES = [
  "added",
  "removed",
  "modified",
  "renamed",
  "copied",
  "changed",
  "unchanged"
];
function parseScenario(file, text, zone) {
  const parsed = parseYaml(text);
  if (!parsed.ok) throw new ConfigurationError(parsed.message, { file, line: parsed.line });
  const fail = (path, message) => {
    throw new ConfigurationError(message, {
      file,
      line: parsed.lineOf(path),
      field: fieldOf(path)
    });
  };
  const map = (value, path) => {
    if (typeof value !== "object" || value === null || Array.isArray(value))
      return fail(path, "must be a mapping");
    return value;
  };
  const list = (value, path) => {
    if (value === void 0 || value === null) return [];
    if (!Array.isArray(value)) return fail(path, "must be a list");
    return value;
  };
  const str = (value, path) => {
    if (typeof value === "number") return String(value);
    if (typeof value !== "string" || value.trim() === "") return fail(path, "must be non-empty text");
    return value.trim();
  };
  const time = (value, path) => {
    const t = parseDateTime(str(value, path), zone);
    if (!t.ok) return fail(path, "must be a date and time such as 2026-11-20T10:00:00+08:00");
    return t.epochMs;
  };
  const sha = (value, path) => {
    const s = str(value, path);
    if (!/^[0-9a-f]{4,40}$/i.test(s)) fail(path, "must be a commit SHA (hex)");
    return s;
  };
  const root = map(parsed.value ?? {}, []);
  const now = time(root.now, ["now"]);
  const pr = map(root.pr, ["pr"]);
  const number = pr.number;
  if (typeof number !== "number" || !Number.isInteger(number) || number < 1) {
    fail(["pr", "number"], "must be a whole number ≥ 1");
  }
  if (pr.draft !== void 0 && typeof pr.draft !== "boolean") fail(["pr", "draft"], "must be true or false");
  const labels = list(pr.labels, ["pr", "labels"]).map((l, i) => str(l, ["pr", "labels", i]));
  const headSha = sha(pr.head_sha, ["pr", "head_sha"]);
  const files = list(pr.files, ["pr", "files"]).map((f, i) => {
    const at = ["pr", "files", i];
    const m = map(f, at);
    const out = {
      path: str(m.path, [...at, "path"]).replace(/^\.?\//, ""),
      status: "modified"
    };
    if (m.status !== void 0) {
      if (!STATUSES.includes(m.status))
        fail([...at, "status"], `must be one of ${STATUSES.join(", ")}`);
      out.status = m.status;
    } else if (m.content !== void 0) out.status = "added";
    if (m.previous_path !== void 0) out.previousPath = str(m.previous_path, [...at, "previous_path"]);
    if (m.content !== void 0) {
      if (typeof m.content !== "string") fail([...at, "content"], "must be text");
      out.content = m.content;
    }
    return out;
  });
  if (files.length === 0) fail(["pr", "files"], "must list at least one changed file");
  const reviews = list(root.reviews, ["reviews"]).map((r, i) => {
    const at = ["reviews", i];
    const m = map(r, at);
    const state = m.state;
    if (!STATES.includes(state)) fail([...at, "state"], `must be one of ${STATES.join(", ")}`);
    return {
      user: str(m.user, [...at, "user"]).replace(/^@/, ""),
      state,
      commitId: sha(m.commit_id, [...at, "commit_id"]),
      submittedAt: time(m.submitted_at, [...at, "submitted_at"])
    };
  });
  for (let i = 1; i < reviews.length; i++) {
    if (reviews[i].submittedAt < reviews[i - 1].submittedAt) {
      fail(["reviews", i, "submitted_at"], "reviews must be in chronological order");
    }
  }
  const teams = /* @__PURE__ */ new Map();
  const teamsRaw = root.teams === void 0 || root.teams === null ? {} : map(root.teams, ["teams"]);
  for (const [team, members] of Object.entries(teamsRaw)) {
    const key = team.replace(/^@/, "").toLowerCase();
    if (!/^[^/\s]+\/[^/\s]+$/.test(key)) fail(["teams", team], "a team is written org/team-slug");
    teams.set(
      key,
      list(members, ["teams", team]).map((m, i) => str(m, ["teams", team, i]).replace(/^@/, ""))
    );
  }
  const teamErrors = /* @__PURE__ */ new Map();
  const errorsRaw = root.team_errors === void 0 ? {} : map(root.team_errors, ["team_errors"]);
  for (const [team, reason] of Object.entries(errorsRaw)) {
    if (reason !== "not-found" && reason !== "forbidden" && reason !== "error") {
      fail(["team_errors", team], "must be not-found, forbidden or error");
    }
    teamErrors.set(team.replace(/^@/, "").toLowerCase(), reason);
  }
  let commits;
  if (root.commits !== void 0) {
    commits = list(root.commits, ["commits"]).map((c, i) => {
      const at = ["commits", i];
      const m = map(c, at);
      const commit = {
        sha: sha(m.sha, [...at, "sha"]),
        files: list(m.files, [...at, "files"]).map((f, j) => str(f, [...at, "files", j]))
      };
      if (m.pushed_at !== void 0) commit.pushedAt = time(m.pushed_at, [...at, "pushed_at"]);
      return commit;
    });
  }
  const context = {
    evaluatedAt: now,
    number,
    author: str(pr.author, ["pr", "author"]).replace(/^@/, ""),
    createdAt: time(pr.created_at, ["pr", "created_at"]),
    draft: pr.draft === true,
    labels,
    headSha,
    base: { ref: pr.base === void 0 ? "main" : str(pr.base, ["pr", "base"]) },
    files,
    reviews
  };
  if (commits) context.commits = commits;
  return { context, teams, teamErrors };
}
function scenarioMembers(scenario) {
  return async (team) => {
    const key = team.replace(/^@/, "").toLowerCase();
    const members = scenario.teams.get(key);
    if (members) return { ok: true, members };
    const reason = scenario.teamErrors.get(key);
    if (reason)
      return { ok: false, reason, detail: `the scenario's team_errors says the lookup of ${key} fails` };
    return {
      ok: false,
      reason: "not-found",
      detail: `team ${key} is not listed under teams: in the scenario`
    };
  };
}

// src/commands/explain.ts
var HELP = `Usage: wxgate explain <scenario.yml> [options]

Evaluates a pull request described in a file against the repository's policies and CODEOWNERS (the working tree,
standing in for the base branch) and prints the verdict the pull-request check would post: compliance, the lead
time (with the urgent path) and the approvals, with who still has to approve and which reviews do not count.
Use it to dry-run a policy or CODEOWNERS change before merging it.

Scenario file (extra fields are allowed):
  now: 2026-11-20T10:00:00+08:00          # evaluation time
  pr:
    number: 12
    author: alice
    created_at: 2026-11-16T09:00:00+08:00 # submission time (draft: true still counts)
    labels: [加急]
    head_sha: c0ffee1
    files:                                # content from the working tree unless content: is given
      - path: content/group/2026-11-20-hello/index.md
  reviews:                                # chronological
    - {user: bob, state: APPROVED, commit_id: c0ffee1, submitted_at: 2026-11-17T10:00:00+08:00}
  teams:                                  # membership; a team not listed cannot be read
    acme/market-dept: [bob, carol]
    acme/gm: [dave]
  commits:                                # optional, oldest first (tells stale approvals apart)
    - {sha: c0ffee1, files: [content/group/2026-11-20-hello/index.md]}

Options:
  --format <text|json>   Output format (default: text). json is a stable contract.
  --locale <zh-CN|en>    Language of the text output (default: $WXGATE_LOCALE, else zh-CN)
  --policies <dir>       Policy directory (default: policies)
  --codeowners <file>    CODEOWNERS file (default: .github/CODEOWNERS, CODEOWNERS or docs/CODEOWNERS, the first
                         that exists, as on GitHub)
  -h, --help             Show this help

Exit codes: 0 mergeable · 1 not mergeable (yet) · 2 usage, scenario or configuration error.
`;
var explain = defineCommand(
  HELP,
  {
    format: { type: "string" },
    locale: { type: "string" },
    policies: { type: "string" },
    codeowners: { type: "string" }
  },
  async ({ values, positionals }, io) => {
    const format = oneOf("format", values.format, ["text", "json"], "text");
    const locale = localeOf(values.locale, io.env);
    if (positionals.length !== 1) throw new UsageError("give exactly one scenario file");
    const scenarioPath = resolve(io.cwd, positionals[0]);
    const scenarioText = readText(scenarioPath, "scenario file");
    const repository = repositoryOf(io);
    const root = repository.root;
    const policiesDir = repository.policiesDir(values.policies);
    const { policy: checkPolicy, lexicon } = await loadPolicies(policiesDir, RULES);
    const policyFile = join(policiesDir, "wxgate.yml");
    const wxgateYml = existsSync(policyFile) ? readFileSync(policyFile, "utf8") : void 0;
    const prPolicy = parsePrPolicy(policyFile, wxgateYml ?? "");
    const codeowners = {};
    if (values.codeowners !== void 0) {
      const file = resolve(io.cwd, String(values.codeowners));
      codeowners[relative(io.cwd, file) || file] = readText(file, "CODEOWNERS file");
    } else {
      for (const location of CODEOWNERS_LOCATIONS) {
        const file = join(root, location);
        if (existsSync(file)) codeowners[location] = readFileSync(file, "utf8");
      }
    }
    const scenario = parseScenario(
      relative(io.cwd, scenarioPath) || scenarioPath,
      scenarioText,
      prPolicy.timeZone
    );
    const listed = scenario.context.files.map((f) => f.path);
    const files = scenario.context.files.map((f) => {
      const out = { path: f.path, status: f.status };
      if (f.previousPath !== void 0) out.previousPath = f.previousPath;
      if (f.status === "removed") return out;
      if (f.content !== void 0) out.content = f.content;
      else {
        const full = join(root, f.path);
        if (existsSync(full) && statSync(full).isFile()) out.content = new Uint8Array(readFileSync(full));
      }
      if (isArticlePath(f.path)) {
        const dir = dirname(f.path);
        const beside = listed.filter((p) => p !== f.path && dirname(p) === dir).map((p) => p.slice(dir.length + 1));
        out.siblings = [.../* @__PURE__ */ new Set([...siblingFiles(join(root, dir)), ...beside])];
      }
      return out;
    });
    const context = { ...scenario.context, files, members: scenarioMembers(scenario) };
    const verdict = await evaluatePullRequest(
      context,
      { wxgateYml, wxgateYmlPath: policyFile, codeowners },
      complianceWith({ rules: RULES, policy: checkPolicy, lexicon })
    );
    io.out(
      format === "json" ? `${JSON.stringify(verdictJson(verdict), null, 2)}
` : formatVerdictText(
        verdict,
        context.number,
        locale,
        prPolicy.timeZone,
        `${relative(io.cwd, policiesDir) || "."}/`
      )
    );
    return verdict.mergeable ? 0 : 1;
  }
);
function readText(file, what) {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${file}: ${error.code ?? error}`);
  }
}
export {
  explain
};
