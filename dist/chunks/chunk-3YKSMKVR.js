#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  parseCompanyPublisher,
  publisherPolicy
} from "./chunk-AJFJEGPM.js";
import {
  PR_POLICY_KEYS,
  parsePrPolicy
} from "./chunk-6YKWKTNI.js";
import {
  parseYaml
} from "./chunk-B6G33NBB.js";
import {
  isValidTimeZone
} from "./chunk-OKF366UL.js";
import {
  ConfigurationError
} from "./chunk-M2DJWID3.js";

// src/config/wxgate-yml.ts
var SEVERITIES = ["error", "warning", "info", "off"];
var TOP_LEVEL_KEYS = ["time_zone", "rules", "publisher", ...PR_POLICY_KEYS];
function parseCheckPolicy(file, yamlText, rules) {
  const parsed = parseYaml(yamlText);
  if (!parsed.ok) throw new ConfigurationError(parsed.message, { file, line: parsed.line });
  const raw = parsed.value ?? {};
  const fail = (field, message, path = field.split(".")) => {
    throw new ConfigurationError(message, { file, line: parsed.lineOf(path), field });
  };
  if (typeof raw !== "object" || Array.isArray(raw)) fail("(root)", "must be a mapping of settings", []);
  const root = raw;
  for (const key of Object.keys(root)) {
    if (!TOP_LEVEL_KEYS.includes(key)) fail(key, `unknown setting; allowed: ${TOP_LEVEL_KEYS.join(", ")}`);
  }
  const timeZone = root.time_zone ?? "Asia/Shanghai";
  if (typeof timeZone !== "string" || !isValidTimeZone(timeZone)) {
    fail("time_zone", `"${String(timeZone)}" is not an IANA time zone (e.g. Asia/Shanghai)`);
  }
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  const configured = root.rules ?? {};
  if (typeof configured !== "object" || Array.isArray(configured) || configured === null) {
    fail("rules", "must map rule ids to a severity or to {severity, ...options}");
  }
  const settings = configured;
  for (const id of Object.keys(settings)) {
    if (!byId.has(id)) {
      fail(`rules.${id}`, `unknown rule id; run \`wxgate rules\` to list them`, ["rules", id]);
    }
  }
  const result = /* @__PURE__ */ new Map();
  for (const rule of rules) {
    const { id, defaults, defaultSeverity } = rule.meta;
    const setting = settings[id];
    const field = `rules.${id}`;
    let severity = defaultSeverity;
    const options = { ...defaults };
    let source;
    if (typeof setting === "string") {
      if (!SEVERITIES.includes(setting)) {
        fail(field, `severity must be one of ${SEVERITIES.join(", ")}`, ["rules", id]);
      }
      severity = setting;
    } else if (setting !== void 0 && setting !== null) {
      if (typeof setting !== "object" || Array.isArray(setting)) {
        fail(field, "must be a severity or a mapping {severity, ...options}", ["rules", id]);
      }
      for (const [key, value] of Object.entries(setting)) {
        if (key === "severity") {
          if (!SEVERITIES.includes(value)) {
            fail(`${field}.severity`, `must be one of ${SEVERITIES.join(", ")}`, ["rules", id, "severity"]);
          }
          severity = value;
          continue;
        }
        if (key === "source") {
          if (typeof value !== "string" || value.trim() === "") {
            fail(`${field}.source`, "must be non-empty text: the clause the messages cite", [
              "rules",
              id,
              "source"
            ]);
          }
          source = value.trim();
          continue;
        }
        if (!(key in defaults)) {
          const known = Object.keys(defaults);
          fail(
            `${field}.${key}`,
            `unknown option; ${known.length ? `options: ${known.join(", ")}` : "this rule has no options"}`,
            ["rules", id, key]
          );
        }
        options[key] = checkOptionType(
          value,
          defaults[key],
          (m) => fail(`${field}.${key}`, m, ["rules", id, key])
        );
      }
    }
    const explicit = typeof setting === "string" || typeof setting === "object" && setting !== null && "severity" in setting;
    result.set(id, { severity, explicit, options, ...source === void 0 ? {} : { source } });
  }
  const pr = parsePrPolicy(file, yamlText);
  const fieldValues = /* @__PURE__ */ new Map();
  for (const rule of pr.approvals.rules) {
    if (rule.kind !== "front-matter") continue;
    fieldValues.set(rule.field, [...fieldValues.get(rule.field) ?? [], ...rule.ownersByValue.keys()]);
  }
  const company = parseCompanyPublisher(file, parsed, root.publisher);
  return {
    timeZone,
    rules: result,
    publishers: publisherPolicy(company, []),
    fieldValues
  };
}
function checkOptionType(value, example, fail) {
  if (Array.isArray(example)) {
    if (!Array.isArray(value) || value.some((v) => typeof v !== "string"))
      return fail("must be a list of text");
    return value;
  }
  if (typeof example === "number") {
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0)
      return fail("must be a non-negative number");
    return value;
  }
  if (typeof value !== typeof example)
    return fail(`must be ${typeof example === "boolean" ? "true or false" : "text"}`);
  return value;
}

export {
  parseCheckPolicy
};
