#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  namesOf,
  profileOf
} from "./chunk-AJFJEGPM.js";
import {
  parseYaml
} from "./chunk-B6G33NBB.js";
import {
  ConfigurationError
} from "./chunk-M2DJWID3.js";

// src/config/accounts.ts
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
var PUBLISH_METHODS = ["freepublish", "mass-send", "draft-only"];
var TYPES = ["subscription", "service"];
var ACCOUNT_KEYS = [
  "name",
  "type",
  "verified",
  "owner_team",
  "publish_method",
  "app_id",
  "secret_env",
  "avatar",
  "intro",
  "content_profile",
  "brands",
  "products",
  "publishing"
];
var REQUIRED = ["name", "type", "verified", "owner_team", "app_id", "secret_env"];
function parseAccounts(file, yamlText, baseDir) {
  const parsed = parseYaml(yamlText);
  if (!parsed.ok) throw new ConfigurationError(parsed.message, { file, line: parsed.line });
  const fail = (path, message) => {
    throw new ConfigurationError(message, {
      file,
      line: parsed.lineOf(path),
      field: path.join(".") || "(root)"
    });
  };
  const root = parsed.value;
  if (root === null || root === void 0 || typeof root !== "object" || Array.isArray(root)) {
    return fail([], "must be a mapping with one key, accounts");
  }
  for (const key of Object.keys(root)) {
    if (key !== "accounts") fail([key], "unknown setting; allowed: accounts");
  }
  const list = root.accounts;
  if (list === null || list === void 0 || typeof list !== "object" || Array.isArray(list)) {
    return fail(["accounts"], "must map account ids (the content/<id>/ folder names) to their settings");
  }
  const accounts = /* @__PURE__ */ new Map();
  const appIds = /* @__PURE__ */ new Map();
  for (const [id, value] of Object.entries(list)) {
    const at = (...rest) => ["accounts", id, ...rest];
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
      fail(at(), "an account id is its content folder name: lower-case letters, digits and -");
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      return fail(at(), `must be a mapping of ${REQUIRED.join(", ")}`);
    }
    const raw = value;
    for (const key of Object.keys(raw)) {
      if (!ACCOUNT_KEYS.includes(key)) {
        fail(at(key), `unknown field; allowed: ${ACCOUNT_KEYS.join(", ")}`);
      }
    }
    for (const key of REQUIRED) {
      if (raw[key] === void 0 || raw[key] === null) fail(at(key), "is required");
    }
    const text = (key, v) => {
      if (typeof v !== "string" || v.trim() === "") return fail(at(key), "must be non-empty text");
      return v.trim();
    };
    const name = text("name", raw.name);
    const type = raw.type;
    if (!TYPES.includes(type)) fail(at("type"), `must be one of ${TYPES.join(", ")}`);
    if (typeof raw.verified !== "boolean") fail(at("verified"), "must be true or false");
    const verified = raw.verified;
    const ownerTeam = text("owner_team", raw.owner_team);
    if (!/^[A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*$/.test(ownerTeam)) {
      fail(at("owner_team"), "must be a GitHub team as org/team-slug, e.g. acme/market-dept");
    }
    const publishMethod = raw.publish_method ?? "freepublish";
    if (!PUBLISH_METHODS.includes(publishMethod)) {
      fail(at("publish_method"), `must be one of ${PUBLISH_METHODS.join(", ")}`);
    }
    if (!verified && publishMethod !== "draft-only") {
      fail(
        at("publish_method"),
        `an unverified account cannot ${publishMethod === "mass-send" ? "mass-send" : "publish"} through the API since 2025-07 (WeChat answers 48001): use draft-only, or complete verification and set verified: true`
      );
    }
    const appId = text("app_id", raw.app_id);
    if (!/^wx[0-9A-Za-z_-]{2,}$/.test(appId)) fail(at("app_id"), "must be a WeChat AppID (wx…)");
    const other = appIds.get(appId);
    if (other !== void 0) fail(at("app_id"), `is also the app id of account ${other}`);
    appIds.set(appId, id);
    const secretEnv = text("secret_env", raw.secret_env);
    if (!/^[A-Z_][A-Z0-9_]*$/.test(secretEnv)) {
      fail(
        at("secret_env"),
        "must be the NAME of an environment variable (upper case, digits, _), e.g. WECHAT_SECRET_GROUP — never the AppSecret itself; if a secret was written here, reset it in the WeChat developer platform"
      );
    }
    const account = {
      id,
      name,
      type,
      verified,
      ownerTeam,
      publishMethod,
      appId,
      secretEnv,
      brands: namesOf(raw.brands, (m) => fail(at("brands"), m)),
      products: namesOf(raw.products, (m) => fail(at("products"), m)),
      line: parsed.lineOf(at())
    };
    const profile = profileOf(raw.content_profile, (m) => fail(at("content_profile"), m));
    if (profile !== void 0) account.contentProfile = profile;
    if (raw.avatar !== void 0 && raw.avatar !== null) {
      const a = raw.avatar;
      if (typeof a !== "object" || Array.isArray(a)) return fail(at("avatar"), "must be {file, sha256}");
      const av = a;
      for (const key of Object.keys(av)) {
        if (key !== "file" && key !== "sha256")
          fail(at("avatar", key), "unknown field; allowed: file, sha256");
      }
      if (typeof av.file !== "string" || av.file.trim() === "") {
        return fail(at("avatar", "file"), "must be the path of the logo file, relative to the repository");
      }
      if (typeof av.sha256 !== "string" || !/^[0-9a-f]{64}$/.test(av.sha256)) {
        return fail(at("avatar", "sha256"), "must be the 64 lower-case hex digits of the file’s SHA-256");
      }
      if (baseDir !== void 0) {
        const full = join(baseDir, av.file);
        if (!existsSync(full)) fail(at("avatar", "file"), `${av.file} does not exist`);
        const actual = createHash("sha256").update(readFileSync(full)).digest("hex");
        if (actual !== av.sha256) {
          fail(at("avatar", "sha256"), `does not match ${av.file} (its SHA-256 is ${actual})`);
        }
      }
      account.avatar = { file: av.file, sha256: av.sha256 };
    }
    if (raw.publishing !== void 0 && raw.publishing !== null) {
      if (raw.publishing !== "enabled" && raw.publishing !== "disabled") {
        fail(
          at("publishing"),
          "must be enabled or disabled (publishing stays off until a person says enabled)"
        );
      }
      account.publishing = raw.publishing;
    }
    if (raw.intro !== void 0 && raw.intro !== null) {
      const intro = text("intro", raw.intro);
      const length = [...intro].length;
      if (length < 4 || length > 120) fail(at("intro"), `must be 4–120 characters (has ${length})`);
      account.intro = intro;
    }
    accounts.set(id, account);
  }
  return { file, accounts };
}
function loadAccounts(policiesDir, baseDir) {
  const file = join(policiesDir, "accounts.yml");
  if (!existsSync(file)) {
    throw new ConfigurationError("the account matrix is missing; create it (see the README)", { file });
  }
  return parseAccounts(file, readFileSync(file, "utf8"), baseDir);
}
function secretOf(account, env, registryFile) {
  const secret = env[account.secretEnv];
  if (secret === void 0 || secret === "") {
    throw new ConfigurationError(
      `account ${account.id}: environment variable ${account.secretEnv} (its AppSecret) is not set`,
      { file: registryFile, line: account.line, field: `accounts.${account.id}.secret_env` }
    );
  }
  return secret;
}

export {
  parseAccounts,
  loadAccounts,
  secretOf
};
