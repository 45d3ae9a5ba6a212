#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  systemClock
} from "./chunk-MGRGO5V5.js";
import {
  earliestPublish
} from "./chunk-DSV6OMTV.js";
import {
  placeholderCover
} from "./chunk-OV43WGEW.js";
import {
  repositoryOf
} from "./chunk-M62EH3RT.js";
import {
  UsageError,
  parse
} from "./chunk-PYXF3RJ7.js";
import "./chunk-RCBCJIJT.js";
import {
  loadAccounts
} from "./chunk-NZZYWQNC.js";
import {
  closest
} from "./chunk-AJFJEGPM.js";
import "./chunk-PFD2E4ND.js";
import {
  parsePrPolicy
} from "./chunk-6YKWKTNI.js";
import "./chunk-HKUFPJ4K.js";
import "./chunk-B6G33NBB.js";
import {
  localDate
} from "./chunk-OKF366UL.js";
import "./chunk-M2DJWID3.js";
import "./chunk-ZRXVBFZK.js";

// src/app/new-article.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// src/install/scaffold.ts
var DEFAULT_ANSWERS = { title: "待定标题", author: "待定作者" };
var SLUG = /^[a-z0-9][a-z0-9-]*$/;
var DATE = /^\d{4}-\d{2}-\d{2}$/;
var DEFAULT_HOUR = "10:00:00";
function isSlug(slug) {
  return SLUG.test(slug);
}
function isDate(date) {
  if (!DATE.test(date)) return false;
  const [y, m, d] = date.split("-").map(Number);
  const at = new Date(Date.UTC(y, m - 1, d));
  return at.getUTCFullYear() === y && at.getUTCMonth() === m - 1 && at.getUTCDate() === d;
}
function defaultPublishDate(now, zone, lead) {
  return localDate(earliestPublish(now, lead, zone).at + 864e5, zone);
}
function articleFolder(account, date, slug) {
  return `content/${account}/${date}-${slug}`;
}
function yamlText(value) {
  return /^[\p{L}\p{N}][\p{L}\p{N}\p{Zs}·、，。！？：；（）《》“”—…_-]*$/u.test(value) && !/^(true|false|null|yes|no|~)$/i.test(value) ? value : JSON.stringify(value);
}
function articleText(answers, date) {
  const lines = [
    "---",
    `title: ${yamlText(answers.title)}`,
    `author: ${yamlText(answers.author)}`,
    `publish_at: ${date}T${DEFAULT_HOUR}`,
    "cover: cover.png",
    ...answers.department ? [`department: ${yamlText(answers.department)}`] : [],
    "---",
    "",
    "正文从这里开始。用空行分段，用“## 小标题”分节；图片放在本目录中，写成 `![图片说明](photo.png)`。",
    ""
  ];
  return lines.join("\n");
}

// src/app/new-article.ts
function articleSettings(root) {
  const policiesDir = join(root, "policies");
  const wxgate = join(policiesDir, "wxgate.yml");
  const policy = parsePrPolicy(wxgate, existsSync(wxgate) ? readFileSync(wxgate, "utf8") : "");
  return {
    zone: policy.timeZone,
    lead: policy.leadTime,
    accounts: [...loadAccounts(policiesDir).accounts.keys()]
  };
}
function createArticle(request, accounts) {
  if (!accounts.includes(request.account)) {
    return {
      ok: false,
      reason: "unknown-account",
      accounts: [...accounts],
      suggestion: closest(request.account, accounts)
    };
  }
  const folder = articleFolder(request.account, request.date, request.slug);
  const full = join(request.root, folder);
  if (existsSync(full)) return { ok: false, reason: "exists", folder };
  mkdirSync(full, { recursive: true });
  writeFileSync(join(full, "index.md"), articleText(request.answers, request.date), { flag: "wx" });
  writeFileSync(join(full, "cover.png"), placeholderCover(), { flag: "wx" });
  return { ok: true, folder };
}

// src/commands/new.ts
var HELP = `Usage: wxgate new <account> <slug> [options]

Starts an article: content/<account>/<date>-<slug>/ with index.md (valid front matter: title, author, publish_at
at 10:00 in the policy time zone, cover) and cover.png, a placeholder image to replace. \`wxgate check\` accepts the
result unchanged. Run in a terminal, it asks (in Chinese) for the title, the author and the submitting department.

  <account>   an account of policies/accounts.yml (its content/<account>/ folder)
  <slug>      the folder name after the date: lower-case letters, digits and -, e.g. spring-festival

Options:
  --date <YYYY-MM-DD>   Publication date (default: the first day the lead time allows, counted from now)
  --title <text>        Title (skips the question)
  --author <text>       Author (skips the question)
  --department <text>   Submitting department, for its head's approval (skips the question)
  -h, --help            Show this help

Exit codes: 0 created · 2 usage error (unknown account, folder exists, bad slug or date).
`;
var LIMITS = { title: 32, author: 16, department: 32 };
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
var newArticle = {
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parse(args, {
      date: { type: "string" },
      title: { type: "string" },
      author: { type: "string" },
      department: { type: "string" },
      help: { type: "boolean", short: "h" }
    });
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    const [account, slug, ...extra] = positionals;
    if (account === void 0 || slug === void 0 || extra.length > 0) {
      throw new UsageError("new needs exactly <account> <slug>, e.g. wxgate new group spring-festival");
    }
    if (!isSlug(slug))
      throw new UsageError(`slug "${slug}": use lower-case letters, digits and - (e.g. spring-festival)`);
    const repository = repositoryOf(io);
    const root = repository.root;
    const settings = articleSettings(root);
    const date = values.date === void 0 ? defaultPublishDate(systemClock.now(), settings.zone, settings.lead) : String(values.date);
    if (!isDate(date)) throw new UsageError(`--date "${date}" is not a real date as YYYY-MM-DD`);
    if (!settings.accounts.includes(account)) {
      const near = closest(account, settings.accounts);
      const hint = near ? `; did you mean ${near}?` : "";
      throw new UsageError(
        `account "${account}" is not in policies/accounts.yml${hint} (accounts: ${settings.accounts.join(", ") || "none"})`
      );
    }
    const answers = await gather(io, {
      ...values.title === void 0 ? {} : { title: String(values.title) },
      ...values.author === void 0 ? {} : { author: String(values.author) },
      ...values.department === void 0 ? {} : { department: String(values.department) }
    });
    const outcome = createArticle({ root, account, slug, date, answers }, settings.accounts);
    if (!outcome.ok) {
      if (outcome.reason === "exists") {
        throw new UsageError(
          `${repository.shown(outcome.folder)} already exists; pick another slug or date (nothing was written)`
        );
      }
      throw new UsageError(`account "${account}" is not in policies/accounts.yml`);
    }
    io.out(
      `已创建 ${repository.shown(outcome.folder)}/index.md 和占位封面 cover.png。
下一步：写正文，换上真正的封面，然后运行 wxgate check ${repository.shown(outcome.folder)}
`
    );
    return 0;
  }
};
async function gather(io, given) {
  for (const key of ["title", "author", "department"]) {
    const value = given[key];
    if (value !== void 0 && problemWith(key, value) !== void 0) {
      throw new UsageError(`--${key}: ${problemWith(key, value).en}`);
    }
  }
  const ask = io.ask;
  const answer = async (key, question, fallback) => {
    if (given[key] !== void 0 || !ask) return given[key] ?? fallback;
    for (let attempt = 0; attempt < 3; attempt++) {
      const reply = (await ask(question)).trim();
      if (reply === "") return fallback;
      const problem = problemWith(key, reply);
      if (problem === void 0) return reply;
      io.err(`${problem.zh}
`);
    }
    return fallback;
  };
  const title = await answer("title", `标题（不超过 ${LIMITS.title} 个字）：`, DEFAULT_ANSWERS.title);
  const author = await answer("author", `作者（不超过 ${LIMITS.author} 个字）：`, DEFAULT_ANSWERS.author);
  const department = await answer("department", "提交部门（可留空）：", void 0);
  return { title, author, ...department ? { department } : {} };
}
function problemWith(key, value) {
  if (value.trim() === "") return { zh: "不能为空。", en: "must not be empty" };
  if (CONTROL.test(value))
    return { zh: "不能含换行或控制字符。", en: "must be one line without control characters" };
  const length = [...value.trim()].length;
  if (length > LIMITS[key]) {
    return {
      zh: `太长：${length} 个字，最多 ${LIMITS[key]} 个。`,
      en: `too long: ${length} characters, at most ${LIMITS[key]}`
    };
  }
  return void 0;
}
export {
  newArticle
};
