#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  escapeRegExp
} from "./chunk-HKUFPJ4K.js";
import {
  fieldOf,
  parseYaml
} from "./chunk-B6G33NBB.js";
import {
  isValidTimeZone
} from "./chunk-OKF366UL.js";
import {
  ConfigurationError
} from "./chunk-M2DJWID3.js";

// src/governance/codeowners.ts
var CODEOWNERS_LOCATIONS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
function loadCodeowners(files) {
  for (const location of CODEOWNERS_LOCATIONS) {
    const text = files[location];
    if (text !== void 0) return { file: location, ...parseCodeowners(text) };
  }
  const others = Object.entries(files);
  if (others.length === 1) return { file: others[0][0], ...parseCodeowners(others[0][1]) };
  return { file: void 0, rules: [], errors: [] };
}
var USER = /^@[A-Za-z0-9](?:[A-Za-z0-9_]|-(?=[A-Za-z0-9_])){0,38}$/;
var TEAM = /^@([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9][A-Za-z0-9_.-]*)$/;
var EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
function parseOwner(text) {
  const team = TEAM.exec(text);
  if (team) return { kind: "team", team: `${team[1]}/${team[2]}`, text };
  if (USER.test(text)) return { kind: "user", login: text.slice(1), text };
  if (EMAIL.test(text) && !text.startsWith("@")) return { kind: "email", email: text, text };
  return void 0;
}
function parseCodeowners(text) {
  const rules = [];
  const errors = [];
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    const problem = invalidLine(trimmed);
    if (problem) {
      errors.push({ line, source: raw, message: problem });
      continue;
    }
    const tokens = splitTokens(trimmed);
    const pattern = tokens[0];
    const owners = [];
    for (const t of tokens.slice(1)) {
      if (t.startsWith("#")) break;
      owners.push(parseOwner(t));
    }
    rules.push({ line, pattern, owners, matches: compilePattern(pattern) });
  }
  return { rules, errors };
}
function invalidLine(trimmed) {
  const tokens = splitTokens(trimmed);
  const pattern = tokens[0];
  if (pattern.startsWith("\\#")) {
    return "escaping a leading # with \\ is not supported: GitHub reads this line as a comment";
  }
  if (pattern.startsWith("!")) return "negation (!) is not supported in CODEOWNERS";
  if (/(?<!\\)[[\]]/.test(pattern)) return "character ranges ([ ]) are not supported in CODEOWNERS";
  if (pattern.includes("***")) return "a pattern cannot contain three consecutive asterisks";
  for (const t of tokens.slice(1)) {
    if (t.startsWith("#")) break;
    if (!parseOwner(t)) return `invalid owner "${t}": use @user, @org/team or an e-mail address`;
  }
  return void 0;
}
function splitTokens(line) {
  const out = [];
  let current = "";
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === "\\" && i + 1 < line.length) {
      current += ch + line[i + 1];
      i++;
    } else if (/\s/.test(ch)) {
      if (current) out.push(current);
      current = "";
    } else current += ch;
  }
  if (current) out.push(current);
  return out;
}
function ownerRuleFor(codeowners, path) {
  for (let i = codeowners.rules.length - 1; i >= 0; i--) {
    const rule = codeowners.rules[i];
    if (rule.matches(path)) return rule;
  }
  return void 0;
}
function compilePattern(pattern) {
  if (pattern === "/") return () => false;
  let segs = pattern.split("/");
  if (segs[0] === "") segs = segs.slice(1);
  else if (segs.length === 1 || segs.length === 2 && segs[1] === "") {
    if (segs[0] !== "**") segs = ["**", ...segs];
  }
  if (segs.length > 1 && segs[segs.length - 1] === "") segs[segs.length - 1] = "**";
  const last = segs.length - 1;
  let re = "^";
  let needSlash = false;
  segs.forEach((seg, i) => {
    if (seg === "**") {
      if (i === 0 && i === last) re += ".+";
      else if (i === 0) {
        re += "(?:.+/)?";
        needSlash = false;
      } else if (i === last) re += "/.*";
      else {
        re += "(?:/.+)?";
        needSlash = true;
      }
      return;
    }
    if (needSlash) re += "/";
    if (seg === "*") {
      re += "[^/]+";
    } else {
      re += segmentRegex(seg);
      if (i === last) re += "(?:/.*)?";
    }
    needSlash = true;
  });
  const regex = new RegExp(`${re}$`, "u");
  return (path) => regex.test(path);
}
function segmentRegex(seg) {
  let out = "";
  for (let i = 0; i < seg.length; i++) {
    const ch = seg[i];
    if (ch === "\\" && i + 1 < seg.length) {
      out += escapeRegExp(seg[++i]);
    } else if (ch === "*") out += "[^/]*";
    else if (ch === "?") out += "[^/]";
    else out += escapeRegExp(ch);
  }
  return out;
}

// src/governance/pr-policy.ts
var RULE_FIELDS = ["department", "type", "author", "major"];
var DEFAULT_LEAD_HOURS = 72;
var DEFAULT_URGENT_LABEL = "加急";
var DEFAULT_CLAUSES = {
  urgent: "001 第四章第2条",
  urgentText: "特殊情况下可加急处理，但需向总经理报告",
  secondReview: "000 三(一)4"
};
var DEFAULT_ADMIN_PATHS = [
  "/policies/",
  "/.github/",
  "CODEOWNERS",
  "/dist/",
  "/action.yml",
  "/action.yaml",
  "/package.json",
  "/package-lock.json",
  "/npm-shrinkwrap.json",
  "/scripts/",
  "/src/",
  "/tsconfig.json",
  "/node_modules/"
];
var PR_POLICY_KEYS = ["lead_time", "urgent", "approvals"];
function parsePrPolicy(file, yamlText) {
  const parsed = parseYaml(yamlText);
  if (!parsed.ok) throw new ConfigurationError(parsed.message, { file, line: parsed.line });
  const raw = parsed.value ?? {};
  const fail = (path, message) => {
    throw new ConfigurationError(message, {
      file,
      line: parsed.lineOf(path),
      field: fieldOf(path)
    });
  };
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new ConfigurationError("must be a mapping of settings", { file, line: 1, field: "(root)" });
  }
  const root = raw;
  const timeZone = typeof root.time_zone === "string" ? root.time_zone : "Asia/Shanghai";
  if (!isValidTimeZone(timeZone)) fail(["time_zone"], `"${timeZone}" is not an IANA time zone`);
  const mapping = (value, path, keys, what) => {
    if (value === void 0 || value === null) return {};
    if (typeof value !== "object" || Array.isArray(value)) fail(path, `must be a mapping: ${what}`);
    const m = value;
    for (const key of Object.keys(m)) {
      if (!keys.includes(key)) fail([...path, key], `unknown setting; allowed: ${keys.join(", ")}`);
    }
    return m;
  };
  const positive = (value, path, integer) => {
    if (typeof value !== "number" || !Number.isFinite(value) || value <= 0 || integer && !Number.isInteger(value)) {
      return fail(path, integer ? "must be a whole number ≥ 1" : "must be a positive number");
    }
    return value;
  };
  const text = (value, path) => {
    if (typeof value !== "string" || value.trim() === "") return fail(path, "must be non-empty text");
    return value.trim();
  };
  const owners = (value, path) => {
    const list = typeof value === "string" ? [value] : value;
    if (!Array.isArray(list) || list.length === 0) {
      return fail(path, "must be an owner or a list of owners (@user, @org/team)");
    }
    return list.map((item, i) => {
      const at = Array.isArray(value) ? [...path, i] : path;
      const owner = typeof item === "string" ? parseOwner(item.trim()) : void 0;
      if (!owner || owner.kind === "email") {
        return fail(at, `"${String(item)}" is not an owner: use @user or @org/team (as in CODEOWNERS)`);
      }
      return owner;
    });
  };
  const patterns = (value, path) => {
    if (!Array.isArray(value) || value.length === 0 || value.some((v) => typeof v !== "string" || v === "")) {
      return fail(path, "must be a non-empty list of path patterns (CODEOWNERS syntax, e.g. content/group/)");
    }
    for (const [i, p] of value.entries()) {
      if (p.startsWith("!"))
        fail([...path, i], "negation (!) is not supported; list the paths that need the rule");
      if (p.includes("***")) fail([...path, i], "a pattern cannot contain three consecutive asterisks");
    }
    return value;
  };
  const lead = mapping(
    root.lead_time,
    ["lead_time"],
    ["hours", "working_days"],
    "{hours: N} or {working_days: N}"
  );
  let leadTime = { kind: "hours", hours: DEFAULT_LEAD_HOURS };
  if ("hours" in lead && "working_days" in lead) fail(["lead_time"], "give hours or working_days, not both");
  if ("hours" in lead)
    leadTime = { kind: "hours", hours: positive(lead.hours, ["lead_time", "hours"], false) };
  if ("working_days" in lead) {
    leadTime = {
      kind: "working-days",
      days: positive(lead.working_days, ["lead_time", "working_days"], true)
    };
  }
  const u = mapping(
    root.urgent,
    ["urgent"],
    ["label", "approvers", "report", "clause", "clause_text"],
    "{label, approvers, report, clause, clause_text}"
  );
  const report = u.report ?? "issue";
  if (report !== "issue" && report !== "comment") fail(["urgent", "report"], "must be issue or comment");
  const urgent = {
    label: u.label === void 0 ? DEFAULT_URGENT_LABEL : text(u.label, ["urgent", "label"]),
    approvers: u.approvers === void 0 ? [] : owners(u.approvers, ["urgent", "approvers"]),
    report,
    clause: u.clause === void 0 ? DEFAULT_CLAUSES.urgent : text(u.clause, ["urgent", "clause"]),
    clauseText: u.clause_text === void 0 ? DEFAULT_CLAUSES.urgentText : text(u.clause_text, ["urgent", "clause_text"])
  };
  const a = mapping(
    root.approvals,
    ["approvals"],
    ["reset_on_push", "admins", "admin_paths", "rules", "second_review_clause"],
    "{reset_on_push, admins, admin_paths, rules, second_review_clause}"
  );
  const secondReviewClause = a.second_review_clause === void 0 ? DEFAULT_CLAUSES.secondReview : text(a.second_review_clause, ["approvals", "second_review_clause"]);
  const resetOnPush = a.reset_on_push ?? "content";
  if (resetOnPush !== "content" && resetOnPush !== "any" && resetOnPush !== "never") {
    fail(["approvals", "reset_on_push"], "must be content, any or never");
  }
  const admins = a.admins === void 0 ? [] : owners(a.admins, ["approvals", "admins"]);
  const adminPaths = [
    ...DEFAULT_ADMIN_PATHS,
    ...a.admin_paths === void 0 ? [] : patterns(a.admin_paths, ["approvals", "admin_paths"])
  ];
  const adminMatchers = adminPaths.map(compilePattern);
  const rulesRaw = a.rules ?? [];
  if (!Array.isArray(rulesRaw)) fail(["approvals", "rules"], "must be a list of rules");
  const rules = rulesRaw.map((r, i) => {
    const at = ["approvals", "rules", i];
    const rule = mapping(
      r,
      at,
      ["name", "clause", "paths", "labels", "front_matter", "owners"],
      "{name, clause, paths | labels | front_matter, owners}"
    );
    const name = text(rule.name, [...at, "name"]);
    const clause = rule.clause === void 0 ? void 0 : text(rule.clause, [...at, "clause"]);
    const source = `policy:approvals.rules[${i}]`;
    const kinds = ["paths", "labels", "front_matter"].filter((k) => k in rule);
    if (kinds.length !== 1) fail(at, "give exactly one of paths, labels or front_matter");
    if (!("owners" in rule)) fail([...at, "owners"], "missing: who must approve");
    if (kinds[0] === "paths") {
      const list = patterns(rule.paths, [...at, "paths"]);
      const matchers = list.map(compilePattern);
      return {
        name,
        clause,
        source,
        kind: "paths",
        patterns: list,
        match: (p) => matchers.some((m) => m(p)),
        owners: owners(rule.owners, [...at, "owners"])
      };
    }
    if (kinds[0] === "labels") {
      const labels = rule.labels;
      if (!Array.isArray(labels) || labels.length === 0 || labels.some((l) => typeof l !== "string" || !l)) {
        fail([...at, "labels"], "must be a non-empty list of label names");
      }
      return {
        name,
        clause,
        source,
        kind: "labels",
        labels,
        owners: owners(rule.owners, [...at, "owners"])
      };
    }
    const field = rule.front_matter;
    if (!RULE_FIELDS.includes(field)) {
      fail([...at, "front_matter"], `must be one of ${RULE_FIELDS.join(", ")}`);
    }
    const byValue = rule.owners;
    if (typeof byValue !== "object" || byValue === null || Array.isArray(byValue) || Object.keys(byValue).length === 0) {
      fail(
        [...at, "owners"],
        `must map each value of ${String(field)} to its owners, e.g. {市场部: "@org/market-head"}`
      );
    }
    const ownersByValue = /* @__PURE__ */ new Map();
    for (const [value, o] of Object.entries(byValue)) {
      ownersByValue.set(value, owners(o, [...at, "owners", value]));
    }
    return { name, clause, source, kind: "front-matter", field, ownersByValue };
  });
  return {
    timeZone,
    leadTime,
    urgent,
    approvals: {
      resetOnPush,
      secondReviewClause,
      admins,
      adminPaths,
      isAdminPath: (p) => adminMatchers.some((m) => m(p)),
      rules
    }
  };
}

export {
  CODEOWNERS_LOCATIONS,
  loadCodeowners,
  parseOwner,
  ownerRuleFor,
  PR_POLICY_KEYS,
  parsePrPolicy
};
