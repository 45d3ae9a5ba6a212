#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  createGitHubClient,
  httpStatus
} from "./chunk-L5TB2V2T.js";
import {
  lineOf,
  note,
  problem,
  publishWorkflow
} from "./chunk-CTCU46TR.js";
import {
  loadCodeowners,
  parsePrPolicy
} from "./chunk-6YKWKTNI.js";
import "./chunk-HKUFPJ4K.js";
import "./chunk-B6G33NBB.js";
import "./chunk-OKF366UL.js";
import "./chunk-M2DJWID3.js";
import "./chunk-ZRXVBFZK.js";

// src/app/doctor-online.ts
import { execFileSync } from "node:child_process";

// src/github/repo-settings.ts
var ENVIRONMENT = "wechat-publish";
var CHECKS_ENVIRONMENT = "wxgate";
var APP_ID_VARIABLE = "WXGATE_APP_ID";
async function readable(read, notFound) {
  try {
    return { ok: true, value: await read() };
  } catch (error) {
    const status = httpStatus(error);
    if (status === 404 && notFound) return { ok: true, value: notFound.value };
    if (status === void 0) throw error;
    return { ok: false, status };
  }
}
async function readRepoSettings(client, repository, wanted) {
  const [owner, repo] = repository.split("/");
  const base = { owner, repo };
  const { data } = await client.request("GET /repos/{owner}/{repo}", base);
  const defaultBranch = data.default_branch;
  const teams = /* @__PURE__ */ new Map();
  for (const team of wanted.teams) {
    const [org, slug] = team.split("/");
    teams.set(
      team.toLowerCase(),
      await readable(
        async () => {
          await client.request("GET /orgs/{org}/teams/{team_slug}", { org, team_slug: slug });
          return true;
        },
        { value: false }
      )
    );
  }
  const users = /* @__PURE__ */ new Map();
  for (const login of wanted.users) {
    const found = await readable(
      async () => {
        await client.request("GET /users/{username}", { username: login });
        return true;
      },
      { value: false }
    );
    users.set(login.toLowerCase(), found.ok && found.value);
  }
  const branchRules = /* @__PURE__ */ new Map();
  const protection = /* @__PURE__ */ new Map();
  const rulesets = /* @__PURE__ */ new Map();
  for (const branch of wanted.branches(defaultBranch)) {
    const rules = await readable(
      async () => await client.paginate("GET /repos/{owner}/{repo}/rules/branches/{branch}", {
        ...base,
        branch
      })
    );
    branchRules.set(branch, rules);
    for (const id of rules.ok ? new Set(rules.value.map((r) => r.ruleset_id)) : []) {
      if (id === void 0 || rulesets.has(id)) continue;
      const set = await readable(async () => {
        const r = await client.request("GET /repos/{owner}/{repo}/rulesets/{ruleset_id}", {
          ...base,
          ruleset_id: id
        });
        return r.data;
      });
      rulesets.set(
        id,
        set.ok ? { name: set.value.name, bypassActors: set.value.bypass_actors } : { name: `#${id}`, bypassActors: void 0 }
      );
    }
    protection.set(
      branch,
      await readable(
        async () => {
          const r = await client.request("GET /repos/{owner}/{repo}/branches/{branch}/protection", {
            ...base,
            branch
          });
          const p = r.data;
          return {
            contexts: [
              ...p.required_status_checks?.contexts ?? [],
              ...(p.required_status_checks?.checks ?? []).map((c) => c.context)
            ],
            allowForcePushes: Boolean(p.allow_force_pushes?.enabled),
            allowDeletions: Boolean(p.allow_deletions?.enabled)
          };
        },
        { value: void 0 }
      )
    );
  }
  const environments = /* @__PURE__ */ new Map();
  for (const name of [ENVIRONMENT, CHECKS_ENVIRONMENT]) {
    environments.set(name, await readable(() => readEnvironment(client, base, name), { value: void 0 }));
  }
  const appId = await readable(
    async () => (await client.request("GET /repos/{owner}/{repo}/actions/variables/{name}", {
      ...base,
      name: APP_ID_VARIABLE
    })).data.value,
    { value: void 0 }
  );
  const repoSecrets = await readable(
    async () => (await client.request("GET /repos/{owner}/{repo}/actions/secrets", { ...base, per_page: 100 })).data.secrets.map((s) => s.name)
  );
  return {
    name: repository,
    defaultBranch,
    teams,
    users,
    branchRules,
    rulesets,
    protection,
    environments,
    appId,
    repoSecrets
  };
}
async function readEnvironment(client, base, name) {
  const at = { ...base, environment_name: name };
  const env = (await client.request("GET /repos/{owner}/{repo}/environments/{environment_name}", at)).data;
  const policy = env.deployment_branch_policy ?? null;
  const branchPolicy = policy ? { protectedBranches: policy.protected_branches, customBranchPolicies: policy.custom_branch_policies } : null;
  let customBranches;
  if (branchPolicy?.customBranchPolicies) {
    const list = await readable(
      async () => (await client.request(
        "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies",
        at
      )).data.branch_policies.map((b) => String(b.name))
    );
    customBranches = list.ok ? list.value : void 0;
  }
  const secrets = await readable(
    async () => (await client.request("GET /repos/{owner}/{repo}/environments/{environment_name}/secrets", {
      ...at,
      per_page: 100
    })).data.secrets.map((s) => s.name)
  );
  return { branchPolicy, customBranches, secrets };
}

// src/install/doctor/online-access.ts
function ownerFindings(settings, teams, users) {
  const findings = [];
  for (const team of teams) {
    const found = settings.teams.get(team.toLowerCase());
    if (found?.ok && found.value) continue;
    findings.push(
      problem(
        "team",
        found?.ok === false ? {
          zh: `无法读取团队 @${team}（HTTP ${found.status}）`,
          en: `team @${team} could not be read (HTTP ${found.status})`
        } : {
          zh: `团队 @${team} 不存在，或令牌看不到它`,
          en: `team @${team} does not exist, or the token cannot see it`
        },
        {
          zh: `在组织中建该团队（可见性 Visible，对本仓库有写权限），或改正名称；令牌须有组织权限 Members: read。`,
          en: "create the team (visibility Visible, write access to this repository) or correct its name; the token needs the organisation permission Members: read."
        }
      )
    );
  }
  for (const user of users) {
    if (settings.users.get(user.toLowerCase())) continue;
    findings.push(
      problem(
        "user",
        { zh: `用户 @${user} 不存在`, en: `user @${user} does not exist` },
        { zh: "改正用户名，或改用团队。", en: "correct the login, or name a team instead." }
      )
    );
  }
  return findings;
}
function environmentFindings(settings, snapshot) {
  const env = settings.environments.get(ENVIRONMENT);
  const fixEnv = {
    zh: `Settings → Environments → New environment「${ENVIRONMENT}」，Deployment branches and tags 选 Selected branches，只加默认分支 ${settings.defaultBranch}。`,
    en: `Settings → Environments → New environment "${ENVIRONMENT}"; Deployment branches and tags: Selected branches, only the default branch ${settings.defaultBranch}.`
  };
  if (!env.ok) {
    return [
      problem(
        "environment",
        {
          zh: `无法读取环境 ${ENVIRONMENT}（HTTP ${env.status}）`,
          en: `the environment ${ENVIRONMENT} could not be read (HTTP ${env.status})`
        },
        {
          zh: "令牌须能读取仓库的 Environments（仓库管理员或 Actions/Environments 读权限）。",
          en: "the token must be able to read the repository's environments (admin, or Environments: read)."
        }
      )
    ];
  }
  if (env.value === void 0) {
    return [
      problem(
        "environment",
        {
          zh: `环境 ${ENVIRONMENT} 不存在：发布工作流拿不到任何微信密钥`,
          en: `the environment ${ENVIRONMENT} does not exist: the publish job gets no WeChat secret`
        },
        fixEnv
      )
    ];
  }
  const findings = [];
  const { customBranches, secrets } = env.value;
  if (!limitedToDefault(env.value, settings.defaultBranch)) {
    findings.push(
      problem(
        "environment-branches",
        {
          zh: `环境 ${ENVIRONMENT} 没有限制为只允许默认分支${customBranches?.length ? `（允许：${customBranches.join("、")}）` : ""}：其他分支的工作流副本也能拿到密钥`,
          en: `the environment ${ENVIRONMENT} is not limited to the default branch${customBranches?.length ? ` (allows: ${customBranches.join(", ")})` : ""}: another branch's copy of a workflow could get its secrets`
        },
        fixEnv
      )
    );
  }
  if (!snapshot.policies.ok) return findings;
  if (!secrets.ok) {
    findings.push(
      problem(
        "environment-secrets",
        {
          zh: `无法列出环境 ${ENVIRONMENT} 的密钥名称（HTTP ${secrets.status}）`,
          en: `the secrets of ${ENVIRONMENT} could not be listed (HTTP ${secrets.status})`
        },
        {
          zh: "令牌须有 Secrets: read（只读名称，读不到值）。",
          en: "the token needs Secrets: read (names only; values are never readable)."
        }
      )
    );
    return findings;
  }
  const names = new Set(secrets.value);
  const repoNames = new Set(settings.repoSecrets.ok ? settings.repoSecrets.value : []);
  for (const account of snapshot.policies.accounts) {
    if (!names.has(account.secretEnv)) {
      findings.push(
        problem(
          "environment-secrets",
          {
            zh: `环境 ${ENVIRONMENT} 中没有账号 ${account.id} 的密钥 ${account.secretEnv}`,
            en: `the environment ${ENVIRONMENT} has no secret ${account.secretEnv} for account ${account.id}`
          },
          {
            zh: `Settings → Environments → ${ENVIRONMENT} → Add environment secret：名称 ${account.secretEnv}，值为该公众号的 AppSecret。`,
            en: `Settings → Environments → ${ENVIRONMENT} → Add environment secret: name ${account.secretEnv}, value the account's AppSecret.`
          },
          { file: snapshot.policies.accountsFile, line: account.line }
        )
      );
    }
    if (repoNames.has(account.secretEnv)) {
      findings.push(
        problem(
          "repository-secret",
          {
            zh: `${account.secretEnv} 同时是仓库级密钥：任何分支上的工作流都能读取它`,
            en: `${account.secretEnv} is also a repository secret: a workflow on any branch can read it`
          },
          {
            zh: `删除仓库级密钥 ${account.secretEnv}（Settings → Secrets and variables → Actions），只保留在环境 ${ENVIRONMENT} 中；若它可能已泄露，在微信开发者平台重置 AppSecret。`,
            en: `delete the repository secret ${account.secretEnv} and keep it only in ${ENVIRONMENT}; reset the AppSecret if it may have leaked.`
          }
        )
      );
    }
  }
  return findings;
}
function defaultBranchFindings(settings, snapshot) {
  const publish = publishWorkflow(snapshot.workflows);
  if (!publish) return [];
  const [file, text] = publish;
  const branches = /^\s+branches:\s*\[([^\]]*)\]/m.exec(text)?.[1];
  if (branches === void 0) return [];
  const names = branches.split(",").map((b) => b.trim().replace(/^['"]|['"]$/g, ""));
  if (names.includes(settings.defaultBranch)) return [];
  return [
    problem(
      "default-branch",
      {
        zh: `发布工作流在 ${names.join("、")} 上触发，但仓库的默认分支是 ${settings.defaultBranch}：合并后不会立即发布`,
        en: `the publish workflow runs on pushes to ${names.join(", ")}, but the default branch is ${settings.defaultBranch}: merges do not publish until the next scheduled run`
      },
      {
        zh: `把 branches 改为 [${settings.defaultBranch}]。`,
        en: `set branches to [${settings.defaultBranch}].`
      },
      { file, line: lineOf(text, /^\s+branches:/) }
    )
  ];
}
function limitedToDefault(env, defaultBranch) {
  const { branchPolicy, customBranches } = env;
  return branchPolicy !== null && (branchPolicy.protectedBranches || customBranches !== void 0 && customBranches.length > 0 && customBranches.every((b) => b === defaultBranch));
}

// src/install/doctor/online-app.ts
var KEY = "WXGATE_APP_PRIVATE_KEY";
function appFindings(settings) {
  const fixApp = {
    zh: `建 wxgate GitHub App（组织权限 Members: read，仓库权限 Contents: write），把 App ID 设为仓库变量 ${APP_ID_VARIABLE}，私钥设为环境 ${CHECKS_ENVIRONMENT} 和 ${ENVIRONMENT} 的密钥 ${KEY}（wxgate docs/setup.md 第 5 节）。`,
    en: `create the wxgate GitHub App (organisation Members: read, repository Contents: write), set its App ID as the repository variable ${APP_ID_VARIABLE} and its private key as the secret ${KEY} of the environments ${CHECKS_ENVIRONMENT} and ${ENVIRONMENT} (wxgate docs/setup.md, section 5).`
  };
  const { appId } = settings;
  if (!appId.ok) {
    return [
      problem(
        "github-app",
        {
          zh: `无法读取仓库变量 ${APP_ID_VARIABLE}（HTTP ${appId.status}）`,
          en: `the repository variable ${APP_ID_VARIABLE} could not be read (HTTP ${appId.status})`
        },
        { zh: "令牌须有 Variables: read。", en: "the token needs Variables: read." }
      )
    ];
  }
  if (appId.value === void 0 || appId.value.trim() === "") {
    return [
      problem(
        "github-app",
        {
          zh: `没有设置 ${APP_ID_VARIABLE}：工作流无法读取团队成员，需要团队批准的文章一律不能合并，发布记录用工作流令牌推送`,
          en: `${APP_ID_VARIABLE} is not set: the workflows cannot read team membership, so approvals that need a team never count, and the ledger is pushed with the workflow token`
        },
        fixApp
      )
    ];
  }
  const findings = [];
  for (const name of [CHECKS_ENVIRONMENT, ENVIRONMENT]) {
    const env = settings.environments.get(name);
    if (!env?.ok) continue;
    const secrets = env.value?.secrets;
    if (env.value === void 0 || secrets?.ok && !secrets.value.includes(KEY)) {
      findings.push(
        problem(
          "github-app-key",
          {
            zh: `环境 ${name} ${env.value === void 0 ? "不存在" : `中没有密钥 ${KEY}`}：该环境中的工作流无法生成 App 令牌`,
            en: `the environment ${name} ${env.value === void 0 ? "does not exist" : `has no secret ${KEY}`}: its workflows cannot mint the App's token`
          },
          fixApp
        )
      );
    }
    if (name === CHECKS_ENVIRONMENT && env.value && !limitedToDefault(env.value, settings.defaultBranch)) {
      findings.push(
        problem(
          "environment-branches",
          {
            zh: `环境 ${name} 没有限制为只允许默认分支：其他分支的工作流副本也能拿到 App 私钥`,
            en: `the environment ${name} is not limited to the default branch: another branch's copy of a workflow could get the App's key`
          },
          {
            zh: `Settings → Environments → ${name} → Deployment branches and tags：Selected branches，只加默认分支 ${settings.defaultBranch}。`,
            en: `Settings → Environments → ${name} → Deployment branches and tags: Selected branches, only the default branch ${settings.defaultBranch}.`
          }
        )
      );
    }
  }
  return findings;
}

// src/install/doctor/online-branches.ts
var REQUIRED_CHECKS = ["wxgate / compliance", "wxgate / schedule", "wxgate / approvals"];
var LEDGER_BRANCH = "wxgate-ledger";
function rulesOn(settings, branch) {
  const rules = settings.branchRules.get(branch);
  return rules?.ok ? rules.value : void 0;
}
function requiredCheckFindings(settings) {
  const branch = settings.defaultBranch;
  const required = /* @__PURE__ */ new Set();
  for (const rule of rulesOn(settings, branch) ?? []) {
    if (rule.type !== "required_status_checks") continue;
    const checks = rule.parameters?.required_status_checks ?? [];
    for (const c of checks) if (c.context) required.add(c.context);
  }
  const classic = settings.protection.get(branch);
  if (classic?.ok && classic.value) for (const c of classic.value.contexts) required.add(c);
  const missing = REQUIRED_CHECKS.filter((c) => !required.has(c));
  if (missing.length === 0) return [];
  const unreadable = !settings.branchRules.get(branch)?.ok;
  return [
    problem(
      "required-checks",
      {
        zh: `默认分支 ${branch} 没有把这些检查设为必需：${missing.join("、")}${unreadable ? "（无法读取分支规则）" : ""}`,
        en: `the default branch ${branch} does not require: ${missing.join(", ")}${unreadable ? " (its rules could not be read)" : ""}`
      },
      {
        zh: `Settings → Rules → Rulesets：为默认分支建规则集，开启 Require status checks to pass 并加入这三项检查（wxgate docs/setup.md 第 6 节有 JSON）。`,
        en: 'Settings → Rules → Rulesets: a ruleset on the default branch with "Require status checks to pass" and these three checks (wxgate docs/setup.md, section 6, has its JSON).'
      }
    )
  ];
}
function ledgerFindings(settings) {
  const rules = rulesOn(settings, LEDGER_BRANCH) ?? [];
  const classic = settings.protection.get(LEDGER_BRANCH);
  const protectedBy = (type) => rules.filter((r) => r.type === type).length > 0 || classic?.ok === true && classic.value !== void 0 && (type === "non_fast_forward" ? !classic.value.allowForcePushes : !classic.value.allowDeletions);
  const findings = [];
  const fix = {
    zh: `Settings → Rules → Rulesets：为 ${LEDGER_BRANCH} 建规则集，开启 Restrict deletions 和 Block force pushes，不设绕过者（wxgate docs/setup.md 第 6 节）。`,
    en: `Settings → Rules → Rulesets: a ruleset on ${LEDGER_BRANCH} with "Restrict deletions" and "Block force pushes" and no bypass actor (wxgate docs/setup.md, section 6).`
  };
  if (!protectedBy("non_fast_forward")) {
    findings.push(
      problem(
        "ledger-protection",
        {
          zh: `发布记录分支 ${LEDGER_BRANCH} 可以被强制推送（改写历史）`,
          en: `the ledger branch ${LEDGER_BRANCH} can be force-pushed (history rewritten)`
        },
        fix
      )
    );
  }
  if (!protectedBy("deletion")) {
    findings.push(
      problem(
        "ledger-protection",
        {
          zh: `发布记录分支 ${LEDGER_BRANCH} 可以被删除`,
          en: `the ledger branch ${LEDGER_BRANCH} can be deleted`
        },
        fix
      )
    );
  }
  for (const rule of rules.filter((r) => r.type === "non_fast_forward" || r.type === "deletion")) {
    const actors = rule.ruleset_id === void 0 ? void 0 : settings.rulesets.get(rule.ruleset_id)?.bypassActors;
    if (actors && actors.length > 0) {
      findings.push(
        problem(
          "ledger-bypass",
          {
            zh: `规则集 ${settings.rulesets.get(rule.ruleset_id)?.name} 禁止改写 ${LEDGER_BRANCH}，但有 ${actors.length} 个绕过者可以改写`,
            en: `ruleset ${settings.rulesets.get(rule.ruleset_id)?.name} blocks rewriting ${LEDGER_BRANCH} but ${actors.length} bypass actor(s) may still do it`
          },
          {
            zh: "把禁止删除和强制推送放在一个没有绕过者的规则集里；只让发布身份写入时，另建一个 Restrict updates 规则集，以 wxgate GitHub App 为唯一绕过者。",
            en: 'keep deletion and force-push blocking in a ruleset with no bypass actors; to let only the publish identity write, add a separate "Restrict updates" ruleset whose only bypass actor is the wxgate GitHub App.'
          }
        )
      );
      break;
    }
  }
  const update = rules.find((r) => r.type === "update");
  if (!update) {
    findings.push(
      note(
        "ledger-writers",
        {
          zh: `任何有写权限的人都能向 ${LEDGER_BRANCH} 推送（快进）新记录`,
          en: `anyone with write access can push (fast-forward) records to ${LEDGER_BRANCH}`
        },
        {
          zh: "可选：建 Restrict updates 规则集，唯一绕过者为 wxgate GitHub App（发布和审计工作流用它的令牌推送）。",
          en: 'optional: a "Restrict updates" ruleset whose only bypass actor is the wxgate GitHub App (the publish and audit workflows push with its token).'
        }
      )
    );
  } else {
    const actors = update.ruleset_id === void 0 ? void 0 : settings.rulesets.get(update.ruleset_id)?.bypassActors;
    const apps = actors?.filter((a) => a.actor_type === "Integration") ?? [];
    if (actors !== void 0 && (apps.length !== 1 || actors.length !== 1)) {
      findings.push(
        problem(
          "ledger-writers",
          {
            zh: `${LEDGER_BRANCH} 限制了写入，但绕过者不是唯一的一个 GitHub App（现有 ${actors.length} 个）：发布记录可能无法写入，或有其他人可以写入`,
            en: `${LEDGER_BRANCH} restricts updates, but its bypass list is not exactly one GitHub App (it has ${actors.length}): records may fail to be written, or others may write them`
          },
          {
            zh: "绕过者只保留 wxgate GitHub App（Integration，填其 App ID），并设置仓库变量 WXGATE_APP_ID。",
            en: "keep only the wxgate GitHub App (Integration, its App ID) as bypass actor, and set the repository variable WXGATE_APP_ID."
          }
        )
      );
    }
  }
  return findings;
}

// src/install/doctor/owners.ts
function referencedOwners(snapshot) {
  const owners = [];
  const codeowners = loadCodeowners(
    Object.fromEntries([...snapshot.files].filter(([path]) => path.endsWith("CODEOWNERS")))
  );
  for (const rule of codeowners.rules) owners.push(...rule.owners);
  const wxgate = snapshot.files.get("policies/wxgate.yml");
  if (wxgate !== void 0) {
    try {
      const policy = parsePrPolicy("policies/wxgate.yml", wxgate);
      owners.push(...policy.urgent.approvers, ...policy.approvals.admins);
      for (const rule of policy.approvals.rules) {
        if (rule.kind === "front-matter")
          for (const list of rule.ownersByValue.values()) owners.push(...list);
        else owners.push(...rule.owners);
      }
    } catch {
    }
  }
  const teams = /* @__PURE__ */ new Map();
  const users = /* @__PURE__ */ new Map();
  for (const owner of owners) {
    if (owner.kind === "team") teams.set(owner.team.toLowerCase(), owner.team);
    if (owner.kind === "user") users.set(owner.login.toLowerCase(), owner.login);
  }
  if (snapshot.policies.ok) {
    for (const account of snapshot.policies.accounts)
      teams.set(account.ownerTeam.toLowerCase(), account.ownerTeam);
  }
  return { teams: [...teams.values()].sort(), users: [...users.values()].sort() };
}

// src/app/doctor-online.ts
function repositoryOf(root) {
  try {
    const url = execFileSync("git", ["remote", "get-url", "origin"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"]
    }).trim();
    return /[/:]([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(url)?.[1];
  } catch {
    return void 0;
  }
}
function onlineDoctor(options) {
  return async (snapshot) => {
    const client = createGitHubClient({ token: options.token, baseUrl: options.apiUrl, ...options.client });
    const owners = referencedOwners(snapshot);
    const settings = await readRepoSettings(client, options.repository, {
      teams: owners.teams,
      users: owners.users,
      branches: (defaultBranch) => [defaultBranch, LEDGER_BRANCH]
    });
    return {
      repository: { name: settings.name, defaultBranch: settings.defaultBranch },
      findings: [
        ...defaultBranchFindings(settings, snapshot),
        ...ownerFindings(settings, owners.teams, owners.users),
        ...requiredCheckFindings(settings),
        ...ledgerFindings(settings),
        ...environmentFindings(settings, snapshot),
        ...appFindings(settings)
      ]
    };
  };
}
export {
  onlineDoctor,
  repositoryOf
};
