#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  parseYaml
} from "./chunk-B6G33NBB.js";
import {
  parseDateTime
} from "./chunk-OKF366UL.js";
import {
  ConfigurationError
} from "./chunk-M2DJWID3.js";

// src/article/key-lines.ts
function indexKeyLines(yamlText) {
  const index = /* @__PURE__ */ new Map();
  const open = [];
  const lines = yamlText.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*)(?:- )?(["']?)([^\s"'#:-][^"':]*?)\2\s*:(?:\s|$)/.exec(lines[i]);
    if (!m) continue;
    const indent = m[1].length;
    while (open.length > 0 && open.at(-1).indent >= indent) open.pop();
    const path = open.length > 0 ? `${open.at(-1).path}.${m[3]}` : m[3];
    if (!index.has(path)) index.set(path, i + 1);
    open.push({ indent, path });
  }
  return index;
}
function lineOfKeyPath(index, path) {
  for (let n = path.length; n > 0; n--) {
    const line = index.get(path.slice(0, n).join("."));
    if (line !== void 0) return line;
  }
  return 1;
}

// src/article/yaml-errors.ts
function explainYamlError(text, line, reason) {
  const lines = text.split("\n");
  const at = (found) => found ?? line;
  if (/within a (double|single) quoted scalar/.test(reason)) {
    const quote = reason.includes("double") ? '"' : "'";
    return {
      line: at(unclosedQuote(lines, line, quote)),
      message: {
        zh: `${quote === '"' ? "双" : "单"}引号没有闭合：值以 ${quote} 开头，却没有结尾的 ${quote}。请补上结尾的引号。`,
        en: `Unclosed ${quote === '"' ? "double" : "single"} quote: the value starts with ${quote} but never ends with one. Add the closing quote.`
      }
    };
  }
  if (/flow collection/.test(reason)) {
    return {
      line: at(unclosedBracket(lines, line)),
      message: {
        zh: "方括号或花括号没有闭合（或缺少逗号）：[ 要有对应的 ]，{ 要有对应的 }。如果值本身以 [ 或 { 开头，请把整个值用引号括起来。",
        en: "Unclosed bracket or brace (or a missing comma): each [ needs its ], each { its }. If the value itself starts with [ or {, put the whole value in quotes."
      }
    };
  }
  const fullWidth = lines.findIndex((l, i) => i < line && /^\s*[^\s:#][^:]*：/.test(l) && !l.includes(":"));
  if (fullWidth !== -1) {
    return {
      line: fullWidth + 1,
      message: {
        zh: "字段名后面用了中文冒号“：”。请改成英文冒号加空格，如 title: 标题。",
        en: 'The field name is followed by a full-width colon "：". Use an ASCII colon and a space, e.g. title: 标题.'
      }
    };
  }
  if (/can not read a block mapping entry|could not find expected ':'/.test(reason)) {
    return {
      line: at(lineWithoutColon(lines, line)),
      message: {
        zh: "这一行不是“字段: 值”的形式：缺少英文冒号，或冒号后缺少空格。",
        en: 'This line is not "field: value": the colon, or the space after it, is missing.'
      }
    };
  }
  const known = KNOWN[reason];
  if (known) return { line, message: known };
  return {
    line,
    message: {
      zh: `YAML 头信息无法解析（${reason}）。请检查这一行的冒号、引号和缩进。`,
      en: `YAML front matter does not parse: ${reason}. Check the colons, quotes and indentation on this line.`
    }
  };
}
var KNOWN = {
  "duplicated mapping key": {
    zh: "字段重复：同一个字段写了两次。请删掉其中一个。",
    en: "Duplicated field: the same field is written twice. Remove one of them."
  },
  "bad indentation of a mapping entry": {
    zh: '缩进不对，或值里有未加引号的“: ”。字段要顶格写；值里有冒号时请把整个值用引号括起来，如 title: "标题: 副标题"。',
    en: 'Bad indentation, or an unquoted ": " inside a value. Start fields at the beginning of the line; quote a value that contains a colon, e.g. title: "Title: subtitle".'
  },
  "tab characters must not be used in indentation": {
    zh: "缩进里有制表符（Tab）。YAML 只能用空格缩进。",
    en: "A tab is used for indentation. YAML indents with spaces only."
  },
  "unknown escape sequence": {
    zh: "双引号里的反斜杠 \\ 开始了一个无法识别的转义。请改用单引号，或把 \\ 写成 \\\\。",
    en: "A backslash \\ inside double quotes starts an unknown escape. Use single quotes, or write \\ as \\\\."
  },
  "end of the stream or a document separator is expected": {
    zh: "这一行无法读作“字段: 值”。请检查冒号、缩进，以及是否多写了以 - 开头的行。",
    en: 'This line cannot be read as "field: value". Check the colon, the indentation and any stray line starting with -.'
  },
  "anchors and aliases (&name, *name) are not allowed": {
    zh: "不允许使用 YAML 锚点和别名（&名称、*名称）。请直接写出值。",
    en: "YAML anchors and aliases (&name, *name) are not allowed. Write the values out."
  }
};
function unclosedQuote(lines, last, quote) {
  for (let i = 0; i < Math.min(last, lines.length); i++) {
    const value = /^[^:]*:\s*(.*)$/.exec(lines[i])?.[1] ?? "";
    if (value.startsWith(quote) && (value.length === 1 || !value.trimEnd().endsWith(quote))) return i + 1;
  }
  return void 0;
}
function unclosedBracket(lines, last) {
  const open = [];
  for (let i = 0; i < Math.min(last, lines.length); i++) {
    for (const c of lines[i].replace(/(["']).*?\1/g, "")) {
      if (c === "[" || c === "{") open.push(i + 1);
      else if ((c === "]" || c === "}") && open.length > 0) open.pop();
    }
  }
  return open[0];
}
function lineWithoutColon(lines, line) {
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const l = lines[i].trim();
    if (l === "" || l.startsWith("#")) continue;
    if (!/:(\s|$)/.test(l)) return i + 1;
  }
  return void 0;
}

// src/article/front-matter.ts
var KEYS = [
  "title",
  "author",
  "publish_at",
  "cover",
  "digest",
  "type",
  "source",
  "urgent",
  "department",
  "repost_of",
  "major",
  "comments",
  "status",
  "tags"
];
var REQUIRED = ["title", "author", "publish_at", "cover"];
var FRONT_MATTER_KEYS = KEYS;
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
function parseFrontMatter(yamlText, firstLine, zone) {
  const problems = [];
  const keyLines = /* @__PURE__ */ new Map();
  if (yamlText === void 0) {
    problems.push({
      line: 1,
      field: "(front matter)",
      message: {
        zh: "缺少 YAML 头信息。文章第一行应为 ---，并填写 title、author、publish_at、cover。",
        en: "Missing YAML front matter. Start the file with --- and give title, author, publish_at and cover."
      }
    });
    return { data: void 0, fields: {}, problems, keyLines };
  }
  const parsed = parseYaml(yamlText);
  if (!parsed.ok) {
    const { line, message } = explainYamlError(yamlText, parsed.line, parsed.message);
    problems.push({ line: firstLine + line - 1, field: "(front matter)", message });
    return { data: void 0, fields: {}, problems, keyLines };
  }
  const value = parsed.value ?? {};
  if (typeof value !== "object" || Array.isArray(value)) {
    problems.push({
      line: firstLine,
      field: "(front matter)",
      message: {
        zh: "YAML 头信息必须是键值对。",
        en: "YAML front matter must be a mapping of keys to values."
      }
    });
    return { data: void 0, fields: {}, problems, keyLines };
  }
  const raw = value;
  const keyIndex = indexKeyLines(yamlText);
  const lineOf = (...path) => firstLine + lineOfKeyPath(keyIndex, path) - 1;
  for (const key of Object.keys(raw)) keyLines.set(key, lineOf(key));
  const problem = (field, zh, en, path = [field]) => problems.push({ line: lineOf(...path), field, message: { zh, en } });
  for (const key of Object.keys(raw)) {
    if (!KEYS.includes(key)) {
      const near = closest(key, KEYS);
      problem(
        key,
        `未知字段 ${key}${near ? `（是否想写 ${near}？）` : ""}。允许的字段：${KEYS.join("、")}。`,
        `Unknown field ${key}${near ? ` (did you mean ${near}?)` : ""}. Allowed: ${KEYS.join(", ")}.`
      );
    }
  }
  for (const key of REQUIRED) {
    if (raw[key] === void 0 || raw[key] === null) {
      problem(key, `缺少必填字段 ${key}。`, `Missing required field ${key}.`, []);
    }
  }
  const text = (field, v, path = [field]) => {
    if (v === void 0 || v === null) return void 0;
    if (typeof v !== "string" && typeof v !== "number") {
      problem(
        field,
        `字段 ${field} 应为文本，实际为${typeName(v).zh}。`,
        `Field ${field} must be text, got ${typeName(v).en}.`,
        path
      );
      return void 0;
    }
    const s = String(v).trim();
    if (s === "") {
      problem(field, `字段 ${field} 不能为空。`, `Field ${field} must not be empty.`, path);
      return void 0;
    }
    return s;
  };
  const singleLine = (field, v) => {
    const control = v === void 0 ? void 0 : CONTROL.exec(v)?.[0];
    if (control === void 0) return v;
    const code = `U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
    problem(
      field,
      `字段 ${field} 含有控制字符（${code}）。标题、作者和摘要中不允许换行、回车、制表符或终端转义字符。`,
      `Field ${field} contains a control character (${code}). Titles, authors and digests must not contain line breaks, carriage returns, tabs or terminal escapes.`
    );
    return void 0;
  };
  const flag = (field, v, path) => {
    if (v === void 0 || v === null) return void 0;
    if (typeof v !== "boolean") {
      problem(field, `字段 ${field} 应为 true 或 false。`, `Field ${field} must be true or false.`, path);
      return void 0;
    }
    return v;
  };
  const mapping = (field, v, allowed) => {
    if (v === void 0 || v === null) return void 0;
    if (typeof v !== "object" || Array.isArray(v)) {
      problem(
        field,
        `字段 ${field} 应为键值对（含 ${allowed.join("、")}）。`,
        `Field ${field} must be a mapping (${allowed.join(", ")}).`
      );
      return void 0;
    }
    const m = v;
    for (const k of Object.keys(m)) {
      if (!allowed.includes(k)) {
        problem(
          `${field}.${k}`,
          `未知字段 ${field}.${k}。允许：${allowed.join("、")}。`,
          `Unknown field ${field}.${k}. Allowed: ${allowed.join(", ")}.`,
          [field, k]
        );
      }
    }
    return m;
  };
  const title = singleLine("title", text("title", raw.title));
  const author = singleLine("author", text("author", raw.author));
  const cover = text("cover", raw.cover);
  if (cover !== void 0 && (cover.startsWith("/") || cover.includes("..") || /^[a-z]+:/i.test(cover))) {
    problem(
      "cover",
      `封面 ${cover} 必须是文章目录内的相对路径（如 cover.png）。`,
      `Cover ${cover} must be a relative path inside the article folder (e.g. cover.png).`
    );
  }
  const publishAtText = raw.publish_at === void 0 || raw.publish_at === null ? void 0 : String(raw.publish_at);
  let publishAt;
  if (publishAtText !== void 0) {
    const t = parseDateTime(publishAtText, zone);
    if (t.ok) publishAt = t.epochMs;
    else {
      const why = {
        format: [
          "格式不是 ISO 8601，应如 2026-11-20T10:00:00+08:00",
          "is not ISO 8601; write e.g. 2026-11-20T10:00:00+08:00"
        ],
        impossible: ["不是真实存在的日期或时间", "is not a real date or time"],
        offset: [
          "的时区偏移不存在，应在 -12:00 到 +14:00 之间，分钟为 00、15、30 或 45（北京时间为 +08:00）",
          "has an offset no time zone uses: it must be from -12:00 to +14:00 in quarter hours (Beijing is +08:00)"
        ],
        "missing-time": [
          "缺少发布时刻，应如 2026-11-20T10:00:00+08:00",
          "has no time of day; write e.g. 2026-11-20T10:00:00+08:00"
        ]
      }[t.reason];
      problem(
        "publish_at",
        `publish_at「${publishAtText}」${why[0]}。`,
        `publish_at "${publishAtText}" ${why[1]}.`
      );
    }
  }
  const digest = singleLine("digest", text("digest", raw.digest));
  let type = "original";
  if (raw.type !== void 0 && raw.type !== null) {
    if (raw.type === "original" || raw.type === "reprint") type = raw.type;
    else
      problem(
        "type",
        `type 只能是 original（原创）或 reprint（转载），实际为「${String(raw.type)}」。`,
        `type must be original or reprint, got "${String(raw.type)}".`
      );
  }
  const sourceMap = mapping("source", raw.source, ["name", "url", "authorization"]);
  let source;
  if (sourceMap) {
    source = {};
    const name = text("source.name", sourceMap.name, ["source", "name"]);
    const url = text("source.url", sourceMap.url, ["source", "url"]);
    const authorization = text("source.authorization", sourceMap.authorization, ["source", "authorization"]);
    if (name !== void 0) source.name = name;
    if (url !== void 0) {
      if (!/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(url)) {
        problem(
          "source.url",
          `source.url「${url}」不是可追溯的 http(s) 网址。`,
          `source.url "${url}" is not a traceable http(s) URL.`,
          ["source", "url"]
        );
      }
      source.url = url;
    }
    if (authorization !== void 0) source.authorization = authorization;
  }
  const urgentMap = mapping("urgent", raw.urgent, ["reason"]);
  let urgent;
  if (urgentMap) {
    const reason = text("urgent.reason", urgentMap.reason, ["urgent", "reason"]);
    if (reason === void 0 && urgentMap.reason === void 0) {
      problem(
        "urgent.reason",
        "加急发布必须写明 urgent.reason（加急原因），总经理审批时会看到。",
        "An urgent article needs urgent.reason; the general manager sees it when approving.",
        ["urgent"]
      );
    }
    if (reason !== void 0) urgent = { reason };
  }
  const department = text("department", raw.department);
  const repostOf = text("repost_of", raw.repost_of);
  const major = flag("major", raw.major, ["major"]);
  const commentsMap = mapping("comments", raw.comments, ["open", "fans_only"]);
  let comments;
  if (commentsMap) {
    comments = {};
    const open = flag("comments.open", commentsMap.open, ["comments", "open"]);
    const fansOnly = flag("comments.fans_only", commentsMap.fans_only, ["comments", "fans_only"]);
    if (open !== void 0) comments.open = open;
    if (fansOnly !== void 0) comments.fansOnly = fansOnly;
  }
  let status;
  if (raw.status !== void 0 && raw.status !== null) {
    if (raw.status === "withdrawn") status = "withdrawn";
    else
      problem(
        "status",
        `status 只能是 withdrawn（撤回），实际为「${String(raw.status)}」。`,
        `status can only be withdrawn, got "${String(raw.status)}".`
      );
  }
  let tags;
  if (raw.tags !== void 0 && raw.tags !== null) {
    if (!Array.isArray(raw.tags))
      problem("tags", "tags 应为列表，如 [集团新闻, 公益]。", "tags must be a list, e.g. [news, charity].");
    else {
      tags = [];
      raw.tags.forEach((t, i) => {
        const s = text(`tags[${i}]`, t, ["tags"]);
        if (s !== void 0) tags.push(s);
      });
    }
  }
  problems.sort((a, b) => a.line - b.line);
  const fields = { type };
  if (title !== void 0) fields.title = title;
  if (author !== void 0) fields.author = author;
  if (cover !== void 0) fields.cover = cover;
  if (publishAt !== void 0) {
    fields.publishAt = publishAt;
    fields.publishAtText = publishAtText;
  }
  if (digest !== void 0) fields.digest = digest;
  if (source) fields.source = source;
  if (urgent) fields.urgent = urgent;
  if (department !== void 0) fields.department = department;
  if (repostOf !== void 0) fields.repostOf = repostOf;
  if (major !== void 0) fields.major = major;
  if (comments) fields.comments = comments;
  if (status) fields.status = status;
  if (tags) fields.tags = tags;
  const complete = title !== void 0 && author !== void 0 && cover !== void 0 && publishAt !== void 0;
  return { data: complete ? fields : void 0, fields, problems, keyLines };
}
function typeName(v) {
  if (Array.isArray(v)) return { zh: "列表", en: "a list" };
  if (typeof v === "object") return { zh: "键值对", en: "a mapping" };
  if (typeof v === "boolean") return { zh: "布尔值", en: "a boolean" };
  return { zh: typeof v, en: typeof v };
}
function closest(key, candidates) {
  let best;
  let bestDistance = 3;
  for (const c of candidates) {
    if (Math.abs(key.length - c.length) >= bestDistance) continue;
    const d = editDistance(key.toLowerCase(), c);
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best;
}
function editDistance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

// src/config/publisher.ts
var CONTENT_PROFILES = ["news", "corporate", "marketing"];
var PUBLISHER_KEYS = ["profile", "brands", "products"];
function parseCompanyPublisher(file, doc, raw) {
  const fail = (path, message) => {
    throw new ConfigurationError(message, { file, line: doc.lineOf(path), field: path.join(".") });
  };
  if (raw === void 0 || raw === null) return { profile: "corporate", brands: [], products: [] };
  if (typeof raw !== "object" || Array.isArray(raw)) {
    return fail(["publisher"], `must be a mapping of ${PUBLISHER_KEYS.join(", ")}`);
  }
  const section = raw;
  for (const key of Object.keys(section)) {
    if (!PUBLISHER_KEYS.includes(key)) {
      fail(["publisher", key], `unknown setting; allowed: ${PUBLISHER_KEYS.join(", ")}`);
    }
  }
  return {
    profile: profileOf(section.profile, (m) => fail(["publisher", "profile"], m)) ?? "corporate",
    brands: namesOf(section.brands, (m) => fail(["publisher", "brands"], m)),
    products: namesOf(section.products, (m) => fail(["publisher", "products"], m))
  };
}
function profileOf(value, fail) {
  if (value === void 0 || value === null) return void 0;
  if (!CONTENT_PROFILES.includes(value)) {
    return fail(`must be one of ${CONTENT_PROFILES.join(", ")}`);
  }
  return value;
}
function namesOf(value, fail) {
  if (value === void 0 || value === null) return [];
  if (!Array.isArray(value)) return fail("must be a list of names");
  return value.map((v) => {
    if (typeof v !== "string" || [...v.trim()].length < 2) {
      return fail("every name must be text of at least 2 characters");
    }
    return v.trim();
  });
}
function publisherPolicy(company, accounts) {
  const companyNames = [
    ...company.brands.map((text) => ({ text, kind: "brand" })),
    ...company.products.map((text) => ({ text, kind: "product" }))
  ];
  const byAccount = /* @__PURE__ */ new Map();
  for (const account of accounts) {
    byAccount.set(account.id, {
      profile: account.profile ?? "corporate",
      names: [
        { text: account.name, kind: "account" },
        ...companyNames,
        ...account.brands.map((text) => ({ text, kind: "brand" })),
        ...account.products.map((text) => ({ text, kind: "product" }))
      ]
    });
  }
  return { company, fallback: { profile: company.profile, names: companyNames }, byAccount };
}
function publisherOf(policy, account) {
  return account !== void 0 && policy.byAccount.get(account) || policy.fallback;
}
var DEFAULT_PUBLISHERS = publisherPolicy(
  { profile: "corporate", brands: [], products: [] },
  []
);

export {
  parseCompanyPublisher,
  profileOf,
  namesOf,
  publisherPolicy,
  publisherOf,
  indexKeyLines,
  lineOfKeyPath,
  FRONT_MATTER_KEYS,
  parseFrontMatter,
  closest
};
