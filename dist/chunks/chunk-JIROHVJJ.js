#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  placeholderCover
} from "./chunk-OV43WGEW.js";
import {
  loadPolicies
} from "./chunk-L2IO4MNK.js";
import {
  RULES
} from "./chunk-ZOOQVKV7.js";
import {
  loadAccounts
} from "./chunk-NZZYWQNC.js";
import {
  FRONT_MATTER_KEYS
} from "./chunk-AJFJEGPM.js";
import {
  note,
  problem,
  publishSecretFindings
} from "./chunk-CTCU46TR.js";
import {
  loadCodeowners,
  parsePrPolicy
} from "./chunk-6YKWKTNI.js";
import {
  parseYaml,
  yaml
} from "./chunk-B6G33NBB.js";
import {
  ConfigurationError
} from "./chunk-M2DJWID3.js";

// src/install/decap.ts
var DECAP_VERSION = "3.16.3";
var DECAP_INTEGRITY = "sha384-A/Gdn928CNLufmnGWGs9RM4Q9o8bSNLeJERqBFrBjwzL7FRpoLT3MPF8Tl0+Wd2p";
var CMS_OMITTED_KEYS = ["status"];
var optional = { required: false };
function frontMatterFields(departments) {
  const byKey = {
    title: {
      label: "标题",
      name: "title",
      widget: "string",
      pattern: ["^.{1,32}$", "1–32 个字（微信草稿接口的上限）"]
    },
    author: { label: "作者", name: "author", widget: "string", pattern: ["^.{1,16}$", "1–16 个字"] },
    publish_at: {
      label: "计划发布时间（北京时间）",
      name: "publish_at",
      widget: "datetime",
      // No offset: wxgate reads it in the policy time zone, as typed (README, "Writing an article").
      format: "YYYY-MM-DDTHH:mm:ss",
      date_format: "YYYY-MM-DD",
      time_format: "HH:mm",
      hint: "须在提交（保存）后至少 72 小时；更早须走加急流程"
    },
    cover: {
      label: "封面",
      name: "cover",
      widget: "image",
      choose_url: false,
      hint: "建议 900×383（2.35:1）"
    },
    digest: {
      label: "摘要",
      name: "digest",
      widget: "string",
      ...optional,
      pattern: ["^.{0,128}$", "不超过 128 个字"]
    },
    type: {
      label: "类型",
      name: "type",
      widget: "select",
      options: [
        { label: "原创", value: "original" },
        { label: "转载", value: "reprint" }
      ],
      default: "original"
    },
    source: {
      label: "转载来源（转载必填）",
      name: "source",
      widget: "object",
      ...optional,
      collapsed: true,
      fields: [
        { label: "来源名称", name: "name", widget: "string", ...optional },
        { label: "原文链接", name: "url", widget: "string", ...optional },
        { label: "授权（谁、何时、范围）", name: "authorization", widget: "string", ...optional }
      ]
    },
    urgent: {
      label: "加急（提前量不足 72 小时时填写，须总经理批准）",
      name: "urgent",
      widget: "object",
      ...optional,
      collapsed: true,
      fields: [{ label: "加急原因", name: "reason", widget: "string", ...optional }]
    },
    department: departments.length ? { label: "提交部门", name: "department", widget: "select", options: [...departments], ...optional } : { label: "提交部门", name: "department", widget: "string", ...optional },
    repost_of: {
      label: "转发的集团文章（content/…/index.md）",
      name: "repost_of",
      widget: "string",
      ...optional
    },
    major: { label: "集团重大新闻（各单位须转发）", name: "major", widget: "boolean", ...optional },
    comments: {
      label: "留言",
      name: "comments",
      widget: "object",
      ...optional,
      collapsed: true,
      fields: [
        { label: "开启留言", name: "open", widget: "boolean", ...optional },
        { label: "仅粉丝可留言", name: "fans_only", widget: "boolean", ...optional }
      ]
    },
    tags: { label: "标签", name: "tags", widget: "list", ...optional }
  };
  const fields = [];
  for (const key of FRONT_MATTER_KEYS) {
    if (CMS_OMITTED_KEYS.includes(key)) continue;
    const field = byKey[key];
    if (!field) throw new Error(`front-matter key ${key} has no CMS field`);
    fields.push(field);
  }
  fields.push({ label: "正文", name: "body", widget: "markdown" });
  return fields;
}
function decapConfig(options) {
  const fields = frontMatterFields(options.departments);
  return {
    backend: {
      name: "github",
      repo: options.repository,
      branch: options.defaultBranch,
      base_url: options.authEndpoint,
      squash_merges: true
    },
    publish_mode: "editorial_workflow",
    locale: "zh_Hans",
    // Media beside each index.md (collection-level media_folder ''); this global one is required by Decap.
    media_folder: "content",
    collections: options.accounts.map((account) => ({
      name: account.id,
      label: account.name,
      label_singular: "文章",
      folder: `content/${account.id}`,
      create: true,
      publish: false,
      format: "frontmatter",
      extension: "md",
      identifier_field: "title",
      // content/<id>/<YYYY-MM-DD>-<slug>/index.md (format/article-path): the date is publish_at's, as typed, and
      // the rest its time of day, because a Chinese title gives no ASCII slug (Decap appends -1 on a clash). Both
      // are in the slug: Decap applies filters such as date() in a slug template but not in `path`.
      slug: "{{fields.publish_at | date('YYYY-MM-DD')}}-at-{{fields.publish_at | date('HHmm')}}",
      path: "{{slug}}/index",
      media_folder: "",
      public_folder: "",
      summary: "{{title}} · {{publish_at | date('YYYY-MM-DD HH:mm')}}",
      fields
    }))
  };
}
function decapConfigYaml(options) {
  const header = `# Decap CMS (the writing UI at /admin/), generated by wxgate from policies/accounts.yml and wxgate's front
# matter. Each article is a pull request (editorial workflow) with the same three checks; merging happens on GitHub.
# Values to fill in contain CHANGE-ME. After adding an account to accounts.yml, add its collection here
# (\`wxgate doctor\` reports a missing one).
`;
  return header + yaml.dump(decapConfig(options), { lineWidth: 120, noRefs: true, quotingType: '"' });
}

// src/install/render.ts
var BLOCK = /^%%each account%%\n([\s\S]*?)^%%end%%\n/gm;
var VALUE = /%%([a-z_]+)%%/g;
function renderTemplate(name, text, data) {
  const expanded = text.replace(
    BLOCK,
    (_all, body) => data.accounts.map((account) => fill(name, body, { ...data.values, id: account.id, secret_env: account.secretEnv })).join("")
  );
  if (/%%(each|end)\b/.test(expanded)) throw new Error(`${name}: unbalanced %%each%% / %%end%% block`);
  return fill(name, expanded, data.values);
}
function fill(name, text, values) {
  return text.replace(VALUE, (_all, key) => {
    const value = values[key];
    if (value === void 0) throw new Error(`${name}: unknown template value %%${key}%%`);
    return value;
  });
}
function secretEnvFor(accountId) {
  return `WECHAT_SECRET_${accountId.toUpperCase().replace(/-/g, "_")}`;
}

// src/install/plan.ts
var PLACEHOLDER = "CHANGE-ME";
var DEFAULT_ACCOUNT = "official";
var ACCOUNT_ID = /^[a-z0-9][a-z0-9-]*$/;
var GITHUB_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
var BRANCH = /^(?!.*\.\.)(?!\/)[A-Za-z0-9._/-]+(?<![/.])$/;
var InitOptionError = class extends Error {
};
function planContentRepo(options, version, templates, defaultPolicies) {
  const accounts = [...new Set(options.accounts?.length ? options.accounts : [DEFAULT_ACCOUNT])];
  for (const id of accounts) {
    if (!ACCOUNT_ID.test(id)) {
      throw new InitOptionError(
        `account "${id}": use lower-case letters, digits and - (it is a folder name)`
      );
    }
  }
  const [owner, repo] = options.repository?.split("/") ?? [];
  if (options.repository !== void 0 && (!GITHUB_NAME.test(owner ?? "") || !/^[\w.-]+$/.test(repo ?? ""))) {
    throw new InitOptionError(`--repo must be owner/name (got "${options.repository}")`);
  }
  const org = options.org ?? owner ?? `${PLACEHOLDER}-org`;
  const actionOwner = options.actionOwner ?? `${PLACEHOLDER}-owner`;
  for (const [flag, value] of [
    ["--org", org],
    ["--action-owner", actionOwner]
  ]) {
    if (!GITHUB_NAME.test(value))
      throw new InitOptionError(`${flag} must be a GitHub account name (got "${value}")`);
  }
  const defaultBranch = options.defaultBranch ?? "main";
  if (!BRANCH.test(defaultBranch))
    throw new InitOptionError(`--default-branch "${defaultBranch}" is not a branch name`);
  const data = {
    values: {
      org,
      action_owner: actionOwner,
      version,
      default_branch: defaultBranch,
      first_account: accounts[0],
      decap_version: DECAP_VERSION,
      decap_integrity: DECAP_INTEGRITY
    },
    accounts: accounts.map((id) => ({ id, secretEnv: secretEnvFor(id) }))
  };
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const files = templates.map((t) => ({
    path: t.path === "gitignore" ? ".gitignore" : t.path,
    bytes: Buffer.from(renderTemplate(t.path, decoder.decode(t.bytes), data))
  }));
  const rendered = new Set(files.map((f) => f.path));
  for (const p of defaultPolicies) {
    const path = `policies/${p.path}`;
    if (!rendered.has(path)) files.push({ path, bytes: p.bytes });
  }
  files.push({ path: "examples/welcome/cover.png", bytes: placeholderCover() });
  files.push({
    path: "admin/config.yml",
    bytes: Buffer.from(
      decapConfigYaml({
        repository: options.repository ?? `${org}/${PLACEHOLDER}-repo`,
        defaultBranch,
        accounts: accounts.map((id) => ({ id, name: `${PLACEHOLDER}-公众号名称` })),
        departments: departmentsOf(files),
        authEndpoint: `https://${PLACEHOLDER}-oauth.example.com`
      })
    )
  });
  return files.sort((a, b) => a.path < b.path ? -1 : 1);
}
function departmentsOf(files) {
  const policy = files.find((f) => f.path === "policies/wxgate.yml");
  if (!policy) return [];
  const parsed = parsePrPolicy("policies/wxgate.yml", Buffer.from(policy.bytes).toString("utf8"));
  return parsed.approvals.rules.flatMap(
    (rule) => rule.kind === "front-matter" && rule.field === "department" ? [...rule.ownersByValue.keys()] : []
  );
}

// src/app/doctor.ts
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

// src/install/doctor/account-folders.ts
function accountFolderFindings(contentFolders, accounts, accountsFile, codeowners) {
  const findings = [];
  const ids = new Set(accounts.map((a) => a.id));
  for (const folder of contentFolders) {
    if (ids.has(folder)) continue;
    findings.push(
      problem(
        "account-folder",
        {
          zh: `content/${folder}/ 不对应 ${accountsFile} 中的任何账号：其中的文章不会发布`,
          en: `content/${folder}/ is no account of ${accountsFile}: its articles are never published`
        },
        {
          zh: `在 ${accountsFile} 中添加账号 ${folder}，或把文章移到已有账号的目录中。`,
          en: `add the account ${folder} to ${accountsFile}, or move the articles to an existing account's folder.`
        },
        { file: `content/${folder}` }
      )
    );
  }
  if (codeowners.file === void 0) return findings;
  for (const account of accounts) {
    const sample = `content/${account.id}/2000-01-01-article/index.md`;
    const rule = codeowners.rules.findLast((r) => r.matches(sample));
    if (rule && rule.owners.length > 0) continue;
    findings.push(
      problem(
        "account-owners",
        {
          zh: `账号 ${account.id} 的文章在 ${codeowners.file} 中没有负责人${rule ? `（第 ${rule.line} 行没有写负责人）` : ""}`,
          en: `the articles of account ${account.id} have no code owner in ${codeowners.file}${rule ? ` (line ${rule.line} names none)` : ""}`
        },
        {
          zh: `在 ${codeowners.file} 中加一行：/content/${account.id}/ @<组织>/${account.id}-editors`,
          en: `add a line to ${codeowners.file}: /content/${account.id}/ @<org>/${account.id}-editors`
        },
        { file: codeowners.file, ...rule ? { line: rule.line } : {} }
      )
    );
  }
  return findings;
}

// src/install/doctor/accounts.ts
function cmsFindings(configText, accounts) {
  if (configText === void 0) return [];
  const file = "admin/config.yml";
  const parsed = parseYaml(configText);
  const collections = parsed.ok ? parsed.value?.collections ?? [] : void 0;
  if (!Array.isArray(collections)) {
    return [
      problem(
        "cms-config",
        { zh: "写作界面配置无法读取", en: "the writing UI configuration does not parse" },
        {
          zh: "检查 YAML 语法，或用 wxgate init 在空目录中重新生成后对照。",
          en: "fix its YAML, or compare with one wxgate init generates in an empty folder."
        },
        { file, line: parsed.ok ? 1 : parsed.line }
      )
    ];
  }
  const folders = /* @__PURE__ */ new Map();
  for (const c of collections) {
    if (typeof c?.folder === "string") folders.set(c.folder.replace(/\/+$/, ""), String(c.name));
  }
  const findings = [];
  for (const account of accounts) {
    if (folders.delete(`content/${account.id}`)) continue;
    findings.push(
      problem(
        "cms-collection",
        {
          zh: `写作界面中没有账号 ${account.id} 的栏目，作者无法在浏览器中为它写文章`,
          en: `the writing UI has no collection for account ${account.id}: authors cannot write for it in the browser`
        },
        {
          zh: `在 ${file} 的 collections 中复制一个栏目，把 name 改为 ${account.id}、folder 改为 content/${account.id}。`,
          en: `copy a collection in ${file} and set its name to ${account.id} and its folder to content/${account.id}.`
        },
        { file }
      )
    );
  }
  for (const [folder, name] of folders) {
    findings.push(
      problem(
        "cms-collection",
        {
          zh: `写作界面的栏目 ${name}（${folder}）不对应任何账号，其中的文章不会发布`,
          en: `the writing UI's collection ${name} (${folder}) belongs to no account: its articles are never published`
        },
        {
          zh: "删除该栏目，或在 policies/accounts.yml 中添加对应账号。",
          en: "remove the collection, or add its account to policies/accounts.yml."
        },
        { file }
      )
    );
  }
  return findings;
}
function publishingSwitchFindings(accounts, accountsFile) {
  return accounts.filter((a) => a.publishing !== "enabled").map(
    (a) => note(
      "publishing-switch",
      a.publishing === "disabled" ? {
        zh: `账号 ${a.id}：publishing: disabled（未开启发布）`,
        en: `account ${a.id}: publishing: disabled`
      } : { zh: `账号 ${a.id} 没有写 publishing 开关`, en: `account ${a.id} has no publishing switch` },
      {
        zh: "账号、密钥和 IP 白名单都就绪后，改为 publishing: enabled（开关由发布程序读取；见 README 的实现状态）。",
        en: "set publishing: enabled once the account, its secret and the IP allow-list are ready (the publisher reads the switch; see the README for its status)."
      },
      { file: accountsFile, line: a.line }
    )
  );
}

// src/install/doctor/placeholders.ts
var TOKEN = /(?:wx-)?CHANGE-ME[-\w\u3400-\u9fff]*/g;
function fixFor(token) {
  if (token.startsWith("wx-")) {
    return {
      zh: "填该公众号的 AppID（微信开发者平台 → 我的业务 → 基础信息）。",
      en: "the account's AppID (WeChat developer platform → 我的业务 → 基础信息)."
    };
  }
  const known = {
    [`${PLACEHOLDER}-org`]: {
      zh: "填贵公司的 GitHub 组织名（或用 wxgate init --org 生成）。",
      en: "your GitHub organisation (or generate with wxgate init --org)."
    },
    [`${PLACEHOLDER}-owner`]: {
      zh: "填 wxgate 仓库的所有者（其 Action 按版本标签使用）。",
      en: "the owner of the wxgate repository whose Action is used by tag."
    },
    [`${PLACEHOLDER}-repo`]: {
      zh: "填本内容仓库的名称（或用 wxgate init --repo 生成）。",
      en: "the name of this content repository (or generate with wxgate init --repo)."
    },
    [`${PLACEHOLDER}-公众号名称`]: {
      zh: "填各公众号的名称（与微信后台显示的一致）。",
      en: "each account's display name, as WeChat shows it."
    },
    [`${PLACEHOLDER}-公司简称`]: {
      zh: "填公司在文章中出现的简称（用于判断广告法绝对化用语是否指本公司）。",
      en: "the company's short name as articles use it (tells which absolute claims are about the company's own offering)."
    },
    [`${PLACEHOLDER}-oauth`]: {
      zh: "填写作界面 GitHub 登录所用的 OAuth 服务地址（见 wxgate docs/setup.md 第 11 节“The writing UI”）。",
      en: `the OAuth endpoint of the writing UI's GitHub login (wxgate docs/setup.md, section 11, "The writing UI").`
    }
  };
  return known[token] ?? {
    zh: `把 ${token} 换成贵公司的真实值（上方注释说明应填什么）。`,
    en: `replace ${token} with your company's own value (the comment above says what goes there).`
  };
}
function placeholderFindings(files) {
  const places = /* @__PURE__ */ new Map();
  for (const [file, text] of [...files].sort(([a], [b]) => a < b ? -1 : 1)) {
    text.split("\n").forEach((line, i) => {
      const value = line.replace(/^\s*#.*$/, "").replace(/\s#\s.*$/, "");
      for (const token of new Set(value.match(TOKEN) ?? [])) {
        const list = places.get(token) ?? [];
        const last = list.at(-1);
        if (last?.file === file) last.lines.push(i + 1);
        else list.push({ file, lines: [i + 1] });
        places.set(token, list);
      }
    });
  }
  const findings = [];
  for (const [token, list] of places) {
    const [first, ...rest] = list;
    const others = [
      ...first.lines.length > 1 ? [`${first.file}:${first.lines.slice(1).join(",")}`] : [],
      ...rest.map((p) => `${p.file}:${p.lines.join(",")}`)
    ];
    const count = list.reduce((n, p) => n + p.lines.length, 0);
    findings.push(
      problem(
        "placeholder",
        {
          zh: `占位值 ${token} 尚未填写${count > 1 ? `（共 ${count} 处，另见 ${others.join("、")}）` : ""}`,
          en: `placeholder ${token} not filled in${count > 1 ? ` (${count} places; also ${others.join(", ")})` : ""}`
        },
        fixFor(token),
        { file: first.file, line: first.lines[0] }
      )
    );
  }
  return findings;
}

// src/install/doctor/workflow-versions.ts
var ACTION = /^\s*-?\s*uses:\s*['"]?([\w.-]+)\/wxgate@([^\s'"#]*)/;
var PACKAGE = /(?<![\w/.@-])wxgate@([^\s'"]*)/;
var UNVERSIONED = /\b(npx|npm exec|pnpm dlx|yarn dlx)\b(\s+--?[\w-]+)*\s+wxgate(?=\s|$)/;
var PINNED_REF = /^(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/;
var EXACT_VERSION = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;
function wxgateReferences(workflows) {
  const found = [];
  for (const [file, text] of workflows) {
    text.split("\n").forEach((raw, i) => {
      const line = raw.replace(/(^|\s)#.*$/, "");
      const action = ACTION.exec(line);
      if (action) {
        found.push({ file, line: i + 1, kind: "action", version: action[2] ?? "" });
        return;
      }
      const pkg = PACKAGE.exec(line);
      if (pkg) found.push({ file, line: i + 1, kind: "package", version: pkg[1] ?? "" });
      else if (UNVERSIONED.test(line)) found.push({ file, line: i + 1, kind: "package", version: "" });
    });
  }
  return found;
}
function workflowVersionFindings(workflows) {
  const refs = wxgateReferences(workflows);
  const findings = [];
  if (!refs.some((r) => r.kind === "action")) {
    findings.push(
      problem(
        "workflow-missing",
        {
          zh: "没有工作流使用 wxgate Action：拉取请求得不到三项检查，分支规则要求的检查永远不会出现",
          en: "no workflow uses the wxgate Action: pull requests get none of the three checks, and required checks never arrive"
        },
        {
          zh: "用 wxgate init 在空目录中生成 .github/workflows/pr-checks.yml 和 wxgate-review-relay.yml，复制过来。",
          en: "generate .github/workflows/pr-checks.yml and wxgate-review-relay.yml with wxgate init in an empty folder and copy them."
        }
      )
    );
  }
  for (const ref of refs) {
    const pinned = ref.kind === "action" ? PINNED_REF.test(ref.version) : EXACT_VERSION.test(ref.version);
    if (pinned) continue;
    const shown = ref.version === "" ? "（无版本）" : ref.version;
    findings.push(
      problem(
        "workflow-version",
        ref.kind === "action" ? {
          zh: `wxgate Action 的引用 @${shown} 不是固定版本`,
          en: `the wxgate Action is used at @${ref.version}, not a release`
        } : {
          zh: `wxgate 软件包的版本 ${shown} 不是固定版本`,
          en: `the wxgate package is used at "${ref.version}", not an exact version`
        },
        ref.kind === "action" ? {
          zh: "改为版本标签（如 @v1.2.3）或提交 SHA：分支会随时变化，发布流程须运行管理员批准过的代码。",
          en: "use a version tag (e.g. @v1.2.3) or a commit SHA: a branch moves, and the publish job must run code the admins approved."
        } : {
          zh: "写明确切版本（如 wxgate@1.2.3），不要用 latest 或范围。",
          en: "name an exact version (e.g. wxgate@1.2.3), never latest or a range."
        },
        { file: ref.file, line: ref.line }
      )
    );
  }
  const releases = new Set(
    refs.map((r) => r.kind === "action" ? r.version.replace(/^v/, "") : r.version).filter((v) => EXACT_VERSION.test(v) || /^\d+(\.\d+)?$/.test(v))
  );
  const exact = [...releases].filter((v) => EXACT_VERSION.test(v));
  const agree = [...releases].every((v) => exact.some((e) => e === v || e.startsWith(`${v}.`)));
  if (exact.length > 1 || !agree) {
    findings.push(
      problem(
        "workflow-version",
        {
          zh: `工作流使用了不同的 wxgate 版本：${[...releases].join("、")}`,
          en: `the workflows use different wxgate releases: ${[...releases].join(", ")}`
        },
        {
          zh: "升级时同时修改 pr-checks.yml 的 Action 标签和 publish.yml、audit.yml 中的版本。",
          en: "upgrade the Action tag in pr-checks.yml and the version in publish.yml and audit.yml together."
        }
      )
    );
  }
  return findings;
}

// src/install/doctor/offline.ts
function offlineFindings(snapshot) {
  const findings = [...placeholderFindings(new Map([...snapshot.files, ...snapshot.workflows]))];
  if (!snapshot.policies.ok) {
    findings.push(
      problem(
        "policy",
        {
          zh: `策略文件有错误：${snapshot.policies.message}`,
          en: `the policy is invalid: ${snapshot.policies.message}`
        },
        {
          zh: "按提示修改该行；wxgate check 和 PR 检查在策略有错时一律失败。",
          en: "fix that line; wxgate check and the pull-request checks fail while the policy is invalid."
        },
        snapshot.policies.where
      )
    );
  }
  const codeowners = loadCodeowners(
    Object.fromEntries([...snapshot.files].filter(([path]) => path.endsWith("CODEOWNERS")))
  );
  if (codeowners.file === void 0) {
    findings.push(
      problem(
        "codeowners",
        { zh: "没有 CODEOWNERS 文件：文章无人负责审批", en: "no CODEOWNERS file: nobody owns the articles" },
        {
          zh: "创建 .github/CODEOWNERS（wxgate init 生成一份）。",
          en: "create .github/CODEOWNERS (wxgate init writes one)."
        }
      )
    );
  }
  for (const error of codeowners.errors) {
    findings.push(
      problem(
        "codeowners",
        { zh: `CODEOWNERS 行无效：${error.message}`, en: `invalid CODEOWNERS line: ${error.message}` },
        { zh: "按 GitHub 的 CODEOWNERS 语法修改该行。", en: "fix the line (GitHub's CODEOWNERS syntax)." },
        { file: codeowners.file, line: error.line }
      )
    );
  }
  findings.push(...workflowVersionFindings(snapshot.workflows));
  if (snapshot.policies.ok) {
    const { accounts, accountsFile } = snapshot.policies;
    findings.push(...publishSecretFindings(snapshot.workflows, accounts, accountsFile));
    findings.push(...accountFolderFindings(snapshot.contentFolders, accounts, accountsFile, codeowners));
    findings.push(...cmsFindings(snapshot.files.get("admin/config.yml"), accounts));
    findings.push(...publishingSwitchFindings(accounts, accountsFile));
  }
  return findings;
}

// src/app/doctor.ts
var SETTINGS_FILES = [
  "README.md",
  ".github/CODEOWNERS",
  "CODEOWNERS",
  "docs/CODEOWNERS",
  "admin/config.yml"
];
async function readSnapshot(root) {
  const files = /* @__PURE__ */ new Map();
  const read = (path) => {
    const full = join(root, path);
    if (existsSync(full) && statSync(full).isFile()) files.set(path, readFileSync(full, "utf8"));
  };
  for (const path of SETTINGS_FILES) read(path);
  const policiesDir = join(root, "policies");
  if (existsSync(policiesDir)) {
    for (const name of readdirSync(policiesDir).sort()) if (/\.ya?ml$/.test(name)) read(`policies/${name}`);
  }
  const workflows = /* @__PURE__ */ new Map();
  const workflowDir = join(root, ".github/workflows");
  if (existsSync(workflowDir)) {
    for (const name of readdirSync(workflowDir).sort()) {
      if (/\.ya?ml$/.test(name))
        workflows.set(`.github/workflows/${name}`, readFileSync(join(workflowDir, name), "utf8"));
    }
  }
  const contentDir = join(root, "content");
  const contentFolders = existsSync(contentDir) ? readdirSync(contentDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort() : [];
  return { files, workflows, contentFolders, policies: await loadPolicyState(root, policiesDir) };
}
async function loadPolicyState(root, dir) {
  try {
    await loadPolicies(dir, RULES);
    const wxgate = join(dir, "wxgate.yml");
    if (existsSync(wxgate)) parsePrPolicy(wxgate, readFileSync(wxgate, "utf8"));
    const registry = loadAccounts(dir, root);
    return {
      ok: true,
      accounts: [...registry.accounts.values()],
      accountsFile: relative(root, registry.file)
    };
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    const file = error.file === void 0 ? void 0 : relative(root, error.file);
    const field = error.field ? `${error.field}: ` : "";
    return {
      ok: false,
      where: { ...file === void 0 ? {} : { file }, ...error.line ? { line: error.line } : {} },
      message: `${field}${error.message}`
    };
  }
}
async function runDoctor(root, online) {
  const snapshot = await readSnapshot(root);
  const findings = offlineFindings(snapshot);
  if (!online) return { root, online: false, findings };
  const remote = await online(snapshot);
  return { root, online: true, repository: remote.repository, findings: [...findings, ...remote.findings] };
}

// src/install/doctor/report.ts
function problemCount(report) {
  return report.findings.filter((f) => f.severity === "problem").length;
}
function safe(text) {
  return text.replace(
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function formatDoctorText(report, locale) {
  const zh = locale === "zh-CN";
  const lines = [];
  const mode = report.online ? zh ? "在线" : "online" : zh ? "离线" : "offline";
  lines.push(`wxgate doctor · ${safe(report.root)} (${mode})`);
  if (report.repository) {
    lines.push(
      zh ? `仓库 ${safe(report.repository.name)}，默认分支 ${safe(report.repository.defaultBranch)}（取自 GitHub）` : `repository ${safe(report.repository.name)}, default branch ${safe(report.repository.defaultBranch)} (from GitHub)`
    );
  }
  for (const f of report.findings) {
    const mark = f.severity === "problem" ? "✗" : "ℹ";
    const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ""}  ` : "";
    lines.push(`${mark} ${safe(where)}${safe(zh ? f.message.zh : f.message.en)}  [${f.check}]`);
    lines.push(`    ${zh ? "修改" : "fix"}: ${safe(zh ? f.fix.zh : f.fix.en)}`);
  }
  const problems = problemCount(report);
  const notes = report.findings.length - problems;
  lines.push(
    problems === 0 ? zh ? `✓ 没有发现问题（${notes} 条提示）。` : `✓ no problems (${notes} notes).` : zh ? `✗ ${problems} 个问题，${notes} 条提示。` : `✗ ${problems} problems, ${notes} notes.`
  );
  if (!report.online) {
    lines.push(
      zh ? "在线检查（团队、分支规则、环境和密钥）：GITHUB_TOKEN=… wxgate doctor --online" : "Online checks (teams, rulesets, environment and secrets): GITHUB_TOKEN=… wxgate doctor --online"
    );
  }
  return `${lines.join("\n")}
`;
}
function formatDoctorJson(report) {
  return `${JSON.stringify({ ...report, problems: problemCount(report) }, null, 2)}
`;
}

export {
  InitOptionError,
  planContentRepo,
  runDoctor,
  problemCount,
  formatDoctorText,
  formatDoctorJson
};
