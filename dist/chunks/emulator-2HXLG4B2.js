#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  IMAGE_CONTENT_TYPE,
  beijingDate,
  formatOfName,
  sniffImage
} from "./chunk-YI6FWPCZ.js";
import {
  ManualClock,
  systemClock
} from "./chunk-MGRGO5V5.js";
import "./chunk-FUNH44E3.js";
import {
  UsageError,
  defineCommand
} from "./chunk-PYXF3RJ7.js";
import {
  decodeNamedCharacterReference
} from "./chunk-2RFUJMZD.js";
import "./chunk-PFD2E4ND.js";
import {
  escapeHtml
} from "./chunk-HKUFPJ4K.js";
import {
  parseDateTime
} from "./chunk-OKF366UL.js";
import {
  ConfigurationError
} from "./chunk-M2DJWID3.js";
import "./chunk-ZRXVBFZK.js";

// src/commands/emulator.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { resolve } from "node:path";

// src/wechat/emulator/config.ts
var DEMO_ACCOUNTS = [
  {
    appid: "wx-demo-group",
    secret: "wxgate-demo-secret-group",
    name: "澜川集团",
    type: "service",
    verified: true
  },
  {
    appid: "wx-demo-lanchuan-pharma",
    secret: "wxgate-demo-secret-lanchuan-pharma",
    name: "澜川医药",
    type: "subscription",
    verified: false
  }
];
var DEFAULT_DAILY_QUOTAS = {
  "/cgi-bin/token": 2e3,
  "/cgi-bin/stable_token": 5e5,
  "/cgi-bin/media/upload": 1e5,
  // Not documented for these two; assumed the same as media/upload.
  "/cgi-bin/media/uploadimg": 1e5,
  "/cgi-bin/material/add_material": 1e5,
  "/cgi-bin/draft/add": 1e3,
  "/cgi-bin/draft/get": 500,
  "/cgi-bin/draft/delete": 1e3,
  "/cgi-bin/draft/update": 1e3,
  "/cgi-bin/draft/count": 1e3,
  "/cgi-bin/draft/batchget": 1e3,
  "/cgi-bin/freepublish/submit": 100,
  "/cgi-bin/freepublish/get": 100,
  "/cgi-bin/freepublish/delete": 10,
  "/cgi-bin/freepublish/getarticle": 100,
  "/cgi-bin/freepublish/batchget": 100,
  "/cgi-bin/message/mass/sendall": 100,
  // Assumed: the limit of mass/delete is not documented.
  "/cgi-bin/message/mass/delete": 100
};
var DEFAULT_MINUTE_QUOTAS = {
  "/cgi-bin/stable_token": 1e4,
  "/cgi-bin/message/mass/sendall": 60
};
var DEFAULT_LIMITS = {
  title: 32,
  author: 16,
  digest: 128,
  contentChars: 2e4,
  contentBytes: 1024 * 1024,
  sourceUrlBytes: 1024,
  articles: 8,
  contentImageBytes: 1024 * 1024,
  materialImageBytes: 10 * 1024 * 1024,
  thumbBytes: 64 * 1024
};
function defaultConfig() {
  return {
    accounts: DEMO_ACCOUNTS.map((a) => ({ ...a })),
    tokenTtlSeconds: 7200,
    tokenGraceSeconds: 300,
    dailyQuotas: { ...DEFAULT_DAILY_QUOTAS },
    minuteQuotas: { ...DEFAULT_MINUTE_QUOTAS },
    publishSeconds: 3,
    trustForwardedFor: false,
    unknownEndpoint: "errcode",
    externalLinks: "reject-40066",
    limits: { ...DEFAULT_LIMITS },
    clearQuotaPerMonth: 10,
    forceRefreshPerDay: 20,
    listTimeIn: "content"
  };
}
function mergeConfig(base, input, where) {
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    throw new ConfigurationError(`${where}: expected a JSON object`);
  }
  const raw = input;
  const out = {
    ...base,
    dailyQuotas: { ...base.dailyQuotas },
    minuteQuotas: { ...base.minuteQuotas },
    limits: { ...base.limits }
  };
  const known = new Set(Object.keys(base));
  for (const key of Object.keys(raw)) {
    if (!known.has(key))
      throw new ConfigurationError(`${where}: unknown setting "${key}" (known: ${[...known].join(", ")})`);
  }
  if (raw.accounts !== void 0) {
    if (!Array.isArray(raw.accounts)) throw new ConfigurationError(`${where}: "accounts" must be a list`);
    out.accounts = raw.accounts.map((a, i) => normalizeAccount(a, `${where}: accounts[${i}]`));
  }
  for (const key of [
    "tokenTtlSeconds",
    "tokenGraceSeconds",
    "publishSeconds",
    "clearQuotaPerMonth",
    "forceRefreshPerDay"
  ]) {
    if (raw[key] !== void 0) out[key] = nonNegative(raw[key], `${where}: "${key}"`);
  }
  if (raw.trustForwardedFor !== void 0)
    out.trustForwardedFor = bool(raw.trustForwardedFor, `${where}: "trustForwardedFor"`);
  if (raw.unknownEndpoint !== void 0) {
    out.unknownEndpoint = oneOf(
      raw.unknownEndpoint,
      ["errcode", "404"],
      `${where}: "unknownEndpoint"`
    );
  }
  if (raw.externalLinks !== void 0) {
    out.externalLinks = oneOf(
      raw.externalLinks,
      ["reject-40066", "reject-45166", "strip"],
      `${where}: "externalLinks"`
    );
  }
  if (raw.listTimeIn !== void 0) {
    out.listTimeIn = oneOf(raw.listTimeIn, ["content", "item"], `${where}: "listTimeIn"`);
  }
  for (const key of ["dailyQuotas", "minuteQuotas"]) {
    const value = raw[key];
    if (value === void 0) continue;
    if (value === null || typeof value !== "object")
      throw new ConfigurationError(`${where}: "${key}" must be an object`);
    for (const [path, limit] of Object.entries(value)) {
      if (!path.startsWith("/"))
        throw new ConfigurationError(`${where}: "${key}" keys are endpoint paths such as /cgi-bin/draft/add`);
      out[key][path] = nonNegative(limit, `${where}: "${key}.${path}"`);
    }
  }
  if (raw.limits !== void 0) {
    if (raw.limits === null || typeof raw.limits !== "object")
      throw new ConfigurationError(`${where}: "limits" must be an object`);
    for (const [name, value] of Object.entries(raw.limits)) {
      if (!(name in out.limits)) throw new ConfigurationError(`${where}: unknown limit "${name}"`);
      out.limits[name] = nonNegative(value, `${where}: "limits.${name}"`);
    }
  }
  return out;
}
function normalizeAccount(input, where) {
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    throw new ConfigurationError(`${where}: expected an object with appid and secret`);
  }
  const raw = input;
  const pick = (camel, snake) => raw[camel] ?? raw[snake];
  const appid = raw.appid ?? raw.appId ?? raw.app_id;
  if (typeof appid !== "string" || appid === "")
    throw new ConfigurationError(`${where}: "appid" is required`);
  if (typeof raw.secret !== "string" || raw.secret === "")
    throw new ConfigurationError(`${where}: "secret" is required`);
  const account = { appid, secret: raw.secret };
  if (raw.name !== void 0) account.name = String(raw.name);
  if (raw.type !== void 0)
    account.type = oneOf(raw.type, ["subscription", "service"], `${where}: "type"`);
  account.verified = raw.verified === void 0 ? true : bool(raw.verified, `${where}: "verified"`);
  const ips = pick("allowedIps", "allowed_ips");
  if (ips !== void 0 && ips !== null) {
    if (!Array.isArray(ips) || !ips.every((ip) => typeof ip === "string")) {
      throw new ConfigurationError(`${where}: "allowedIps" must be a list of addresses`);
    }
    account.allowedIps = ips;
  }
  const frozen = pick("secretFrozen", "secret_frozen");
  if (frozen !== void 0) account.secretFrozen = bool(frozen, `${where}: "secretFrozen"`);
  if (raw.comments !== void 0) account.comments = bool(raw.comments, `${where}: "comments"`);
  return account;
}
function nonNegative(value, where) {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new ConfigurationError(`${where} must be a number ≥ 0`);
  }
  return value;
}
function bool(value, where) {
  if (typeof value !== "boolean") throw new ConfigurationError(`${where} must be true or false`);
  return value;
}
function oneOf(value, allowed, where) {
  if (!allowed.includes(value))
    throw new ConfigurationError(`${where} must be one of ${allowed.join(", ")}`);
  return value;
}

// src/wechat/emulator/server.ts
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import { createServer } from "node:http";
import { join as join2 } from "node:path";

// src/wechat/emulator/messages.ts
import { randomBytes } from "node:crypto";
var ERRMSG = {
  [-1]: "system error",
  40001: "invalid credential, access_token is invalid or not latest, could get access_token by getStableAccessToken, more details at https://mmbizurl.cn/s/JtxxFh33r",
  40002: "invalid grant_type",
  40004: "invalid media type",
  40005: "invalid file type",
  40006: "invalid file size",
  40007: "invalid media_id",
  40009: "invalid image size",
  40012: "invalid thumb size",
  40013: "invalid appid",
  40014: "invalid access_token",
  40066: "invalid url",
  40113: "unsupported file type hint",
  40114: "invalid index value",
  40125: "invalid appsecret",
  40137: "invalid image format hint",
  40243: "AppSecret已被冻结，请解冻后再次调用。",
  41001: "access_token missing",
  41002: "appid missing",
  41004: "appsecret missing",
  41005: "media data missing",
  41039: "invalid content_source_url",
  42001: "access_token expired",
  43002: "require POST method",
  44002: "empty post data",
  44003: "empty news data",
  45002: "content size out of limit",
  45003: "title size out of limit",
  45004: "description size out of limit",
  45005: "url size out of limit",
  45008: "article size out of limit",
  45009: "reach max api daily quota limit",
  45011: "api minute-quota reach limit mustslower retry next minute",
  45028: "has no masssend quota",
  45065: "clientmsgid exist",
  45066: "same clientmsgid retry too fast",
  45110: "author size out of limit",
  45166: "invalid content",
  47001: "data format error",
  48001: "api unauthorized",
  48004: "api forbidden for irregularities",
  48006: "forbid to clear quota because of reaching the limit",
  50002: "user limited",
  53500: "发表功能被封禁",
  53501: "频繁请求发表",
  53502: "Publish ID 无效",
  53503: "该草稿未通过发布检查",
  53504: "需前往公众平台官网使用草稿",
  53505: "请手动保存成功后再发表",
  53600: "Article ID 无效",
  88e3: "without comment privilege",
  89503: "此次调用需要管理员确认，请耐心等候",
  89506: "24小时内该IP被管理员拒绝调用两次，24小时内不可再使用该IP调用",
  89507: "1小时内该IP被管理员拒绝调用一次，1小时内不可再使用该IP调用"
};
function rid() {
  const hex = randomBytes(12).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 16)}-${hex.slice(16, 24)}`;
}
function errorBody(errcode, errmsg, extra = {}) {
  const text = errmsg ?? ERRMSG[errcode] ?? "unknown error";
  return { errcode, errmsg: `${text} rid: ${rid()}`, ...extra };
}

// src/wechat/emulator/api-error.ts
var ApiError = class extends Error {
  constructor(errcode, errmsg, extra = {}) {
    super(errmsg ?? ERRMSG[errcode] ?? `errcode ${errcode}`);
    this.errcode = errcode;
    this.errmsg = errmsg;
    this.extra = extra;
  }
  errcode;
  errmsg;
  extra;
};

// src/wechat/emulator/sanitize-tables.ts
var VOID = /* @__PURE__ */ new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr"
]);
var RAW_TEXT = /* @__PURE__ */ new Set([
  "script",
  "style",
  "textarea",
  "title",
  "xmp",
  "iframe",
  "noembed",
  "noframes",
  "noscript"
]);
var DROP_WITH_CONTENT = /* @__PURE__ */ new Set([
  "script",
  "style",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "noscript",
  "noembed",
  "noframes",
  "template",
  "head",
  "title",
  "xmp",
  "meta",
  "link",
  "base",
  "input",
  "button",
  "select",
  "option",
  "optgroup",
  "textarea",
  "audio",
  "video",
  "source",
  "track",
  "canvas",
  "math",
  "param",
  "area",
  "map",
  "dialog"
]);
var HTML_TAGS = [
  "a",
  "abbr",
  "b",
  "big",
  "blockquote",
  "br",
  "caption",
  "center",
  "cite",
  "code",
  "col",
  "colgroup",
  "dd",
  "del",
  "dfn",
  "div",
  "dl",
  "dt",
  "em",
  "figcaption",
  "figure",
  "font",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "hr",
  "i",
  "img",
  "ins",
  "kbd",
  "li",
  "mark",
  "ol",
  "p",
  "pre",
  "q",
  "s",
  "samp",
  "section",
  "small",
  "span",
  "strike",
  "strong",
  "sub",
  "sup",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "tt",
  "u",
  "ul",
  "var",
  "wbr"
];
var SVG_TAGS = [
  "svg",
  "g",
  "path",
  "rect",
  "circle",
  "ellipse",
  "line",
  "polyline",
  "polygon",
  "text",
  "tspan",
  "defs",
  "use",
  "lineargradient",
  "radialgradient",
  "stop",
  "clippath",
  "mask",
  "pattern",
  "animate",
  "animatetransform",
  "animatemotion",
  "set",
  "foreignobject",
  "title",
  "desc"
];
var ALLOWED_TAGS = /* @__PURE__ */ new Set([...HTML_TAGS, ...SVG_TAGS]);
var GLOBAL_ATTRS = /* @__PURE__ */ new Set(["style", "align", "title", "dir", "lang"]);
var TAG_ATTRS = {
  a: ["href", "target"],
  img: ["src", "alt", "width", "height"],
  td: ["colspan", "rowspan", "width", "height", "valign"],
  th: ["colspan", "rowspan", "width", "height", "valign", "scope"],
  table: ["width", "border", "cellpadding", "cellspacing"],
  col: ["span", "width"],
  colgroup: ["span", "width"],
  ol: ["start", "type", "reversed"],
  ul: ["type"],
  li: ["value"],
  font: ["color", "size", "face"],
  blockquote: ["cite"],
  q: ["cite"]
};
var SVG_ATTRS = /* @__PURE__ */ new Set([
  "viewbox",
  "xmlns",
  "xmlns:xlink",
  "version",
  "width",
  "height",
  "x",
  "y",
  "dx",
  "dy",
  "d",
  "fill",
  "fill-opacity",
  "fill-rule",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-linecap",
  "stroke-linejoin",
  "stroke-dasharray",
  "stroke-dashoffset",
  "opacity",
  "transform",
  "points",
  "cx",
  "cy",
  "r",
  "rx",
  "ry",
  "x1",
  "y1",
  "x2",
  "y2",
  "fx",
  "fy",
  "offset",
  "stop-color",
  "stop-opacity",
  "gradientunits",
  "gradienttransform",
  "preserveaspectratio",
  "font-size",
  "font-family",
  "font-weight",
  "text-anchor",
  "dominant-baseline",
  "clip-path",
  "mask",
  "attributename",
  "attributetype",
  "from",
  "to",
  "by",
  "dur",
  "begin",
  "end",
  "values",
  "keytimes",
  "keysplines",
  "calcmode",
  "repeatcount",
  "repeatdur",
  "restart",
  "additive",
  "accumulate",
  "type",
  "path",
  "rotate",
  "href",
  "xlink:href"
]);
var SVG_SET = new Set(SVG_TAGS);

// src/wechat/emulator/sanitize.ts
var IMAGE_HOSTS = ["mmbiz.qpic.cn", "mmbiz.qlogo.cn"];
var LINK_HOSTS = ["mp.weixin.qq.com"];
var LOOPBACK = /* @__PURE__ */ new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);
function sanitizeWeChatContentWithReport(html, options = {}) {
  const removed = [];
  const out = [];
  const imageHosts = [...IMAGE_HOSTS, ...options.imageHosts ?? []].map((h) => h.toLowerCase());
  const linkHosts = [...LINK_HOSTS, ...options.linkHosts ?? []].map((h) => h.toLowerCase());
  const dropping = [];
  const anchors = [];
  for (const token of tokenize(html)) {
    if (dropping.length > 0) {
      if (token.type === "start" && DROP_WITH_CONTENT.has(token.name) && !VOID.has(token.name)) {
        dropping.push(token.name);
      } else if (token.type === "end" && token.name === dropping[dropping.length - 1]) {
        dropping.pop();
      }
      continue;
    }
    switch (token.type) {
      case "text":
        out.push(token.raw.replace(/</g, "&lt;"));
        break;
      case "markup":
        removed.push({ kind: "markup", name: token.raw.startsWith("<!--") ? "comment" : "declaration" });
        break;
      case "end": {
        if (token.name === "a") {
          const unwrapped = anchors.pop();
          if (unwrapped === false) out.push("</a>");
          break;
        }
        if (ALLOWED_TAGS.has(token.name) && !VOID.has(token.name)) out.push(`</${token.name}>`);
        break;
      }
      case "start": {
        const name = token.name;
        if (DROP_WITH_CONTENT.has(name)) {
          removed.push({ kind: "element", name });
          if (!VOID.has(name)) dropping.push(name);
          break;
        }
        if (!ALLOWED_TAGS.has(name)) {
          removed.push({ kind: "element", name });
          break;
        }
        const kept = [];
        let dropElement;
        for (const attr of token.attrs) {
          const verdict = judgeAttribute(name, attr, imageHosts, linkHosts);
          if (verdict.type === "keep") kept.push(verdict.text);
          else if (verdict.type === "drop-element") dropElement = verdict.removal;
          else removed.push(verdict.removal);
          if (verdict.type === "keep" && verdict.removals) removed.push(...verdict.removals);
        }
        if (name === "img" && !token.attrs.some((a) => a.name === "src")) {
          dropElement = { kind: "image", name: "img", detail: "(no src)" };
        }
        if (name === "a") {
          const href = token.attrs.find((a) => a.name === "href");
          if (dropElement || !href) {
            removed.push(dropElement ?? { kind: "link", name: "a", detail: "(no href)" });
            if (!token.selfClosing) anchors.push(true);
            break;
          }
          if (!token.selfClosing) anchors.push(false);
        } else if (dropElement) {
          removed.push(dropElement);
          break;
        }
        const attrs = kept.length > 0 ? ` ${kept.join(" ")}` : "";
        const close = token.selfClosing && (SVG_SET.has(name) || VOID.has(name)) ? " /" : "";
        out.push(`<${name}${attrs}${close}>`);
        break;
      }
    }
  }
  return { html: out.join(""), removed };
}
function judgeAttribute(tag, attr, imageHosts, linkHosts) {
  const name = attr.name;
  const value = decodeEntities(attr.value ?? "");
  const drop = () => ({ type: "drop", removal: { kind: "attribute", name, detail: `<${tag}>` } });
  if (name.startsWith("on")) return drop();
  const allowed = GLOBAL_ATTRS.has(name) || /^data-[a-z0-9_.-]+$/.test(name) || (TAG_ATTRS[tag]?.includes(name) ?? false) || SVG_SET.has(tag) && SVG_ATTRS.has(name);
  if (!allowed) return drop();
  if (name === "style") {
    const { css, removals } = filterStyle(value, imageHosts);
    if (css === "") return { type: "drop", removal: { kind: "style", name: "style", detail: value } };
    return { type: "keep", text: `style="${escapeAttr(css)}"`, removals };
  }
  if (tag === "img" && name === "src") {
    if (!isImageUrl(value, imageHosts)) {
      return { type: "drop-element", removal: { kind: "image", name: "img", detail: value } };
    }
  } else if (tag === "a" && name === "href") {
    if (!isLinkUrl(value, linkHosts)) {
      return { type: "drop-element", removal: { kind: "link", name: "a", detail: value } };
    }
  } else if (name === "href" || name === "xlink:href") {
    if (!value.trim().startsWith("#")) return drop();
  } else if (/^\s*(?:javascript|vbscript|data)\s*:/i.test(stripControls(value))) {
    return drop();
  }
  const raw = attr.value === void 0 ? "" : attr.value;
  return { type: "keep", text: `${attr.rawName}="${escapeAttr(raw)}"` };
}
function httpUrl(value) {
  const cleaned = stripControls(value).trim();
  if (!/^https?:\/\//i.test(cleaned) && !cleaned.startsWith("//")) return void 0;
  try {
    return new URL(cleaned.startsWith("//") ? `https:${cleaned}` : cleaned);
  } catch {
    return void 0;
  }
}
function hostMatches(host, hosts) {
  return hosts.some((h) => host === h || host.endsWith(`.${h}`));
}
function isImageUrl(value, imageHosts = IMAGE_HOSTS) {
  const url = httpUrl(value);
  if (!url) return false;
  const host = url.hostname.toLowerCase();
  if (hostMatches(host, imageHosts)) return true;
  return LOOPBACK.has(host) && /^\/(?:sz_)?mmbiz(?:_[a-z]+)?\//.test(url.pathname);
}
function isLinkUrl(value, linkHosts) {
  const url = httpUrl(value);
  return url !== void 0 && hostMatches(url.hostname.toLowerCase(), linkHosts);
}
function isExternalLink(removal) {
  return removal.kind === "link" && removal.detail !== void 0 && httpUrl(removal.detail) !== void 0;
}
function filterStyle(css, imageHosts) {
  const removals = [];
  const kept = [];
  for (const declaration of splitDeclarations(css)) {
    const colon = declaration.indexOf(":");
    if (colon <= 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    const flat = stripControls(value).replace(/\\/g, "").toLowerCase();
    let bad = property === "behavior" || property === "-moz-binding" || /^[^a-z-]/.test(property);
    bad ||= flat.includes("expression(") || /(?:javascript|vbscript)\s*:/.test(flat) || flat.includes("@import");
    if (!bad) {
      for (const m of value.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/gi)) {
        if (!isImageUrl(m[2] ?? "", imageHosts)) bad = true;
      }
    }
    if (bad) removals.push({ kind: "style", name: property, detail: `${property}: ${value}` });
    else kept.push(`${declaration.slice(0, colon).trim()}: ${value}`);
  }
  return { css: kept.join("; "), removals };
}
function splitDeclarations(css) {
  const parts = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (c === ";" && depth === 0) {
      parts.push(css.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(css.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}
function stripControls(s) {
  return s.replace(/[\u0000-\u001f\u007f]/g, "");
}
function escapeAttr(value) {
  return value.replace(/"/g, "&quot;");
}
function decodeEntities(s) {
  return s.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[a-zA-Z][a-zA-Z0-9]*);?/g, (whole, body) => {
    if (body.startsWith("#")) {
      const code = body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 1114111 ? String.fromCodePoint(code) : "�";
    }
    const named = decodeNamedCharacterReference(body);
    return named === false ? whole : named;
  });
}
function* tokenize(html) {
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt === -1) {
      yield { type: "text", raw: html.slice(i) };
      return;
    }
    const next = html[lt + 1] ?? "";
    const startsTag = /[a-zA-Z]/.test(next) || next === "/" && /[a-zA-Z]/.test(html[lt + 2] ?? "");
    const startsMarkup = next === "!" || next === "?";
    if (!startsTag && !startsMarkup) {
      const after = html.indexOf("<", lt + 1);
      const end = after === -1 ? n : after;
      yield { type: "text", raw: html.slice(i, end) };
      i = end;
      continue;
    }
    if (lt > i) yield { type: "text", raw: html.slice(i, lt) };
    if (startsMarkup) {
      let end;
      if (html.startsWith("<!--", lt)) {
        const close = html.indexOf("-->", lt + 4);
        end = close === -1 ? n : close + 3;
      } else if (html.startsWith("<![CDATA[", lt)) {
        const close = html.indexOf("]]>", lt + 9);
        end = close === -1 ? n : close + 3;
      } else {
        const close = html.indexOf(">", lt + 2);
        end = close === -1 ? n : close + 1;
      }
      yield { type: "markup", raw: html.slice(lt, end) };
      i = end;
      continue;
    }
    if (next === "/") {
      const m = /^<\/([a-zA-Z][^\s/>]*)[^>]*>?/.exec(html.slice(lt, lt + 4096));
      const name = (m?.[1] ?? "").toLowerCase();
      const close = html.indexOf(">", lt);
      i = close === -1 ? n : close + 1;
      yield { type: "end", name };
      continue;
    }
    const parsed = parseStartTag(html, lt);
    i = parsed.end;
    yield parsed.token;
    if (RAW_TEXT.has(parsed.token.name)) {
      const closeRe = new RegExp(`</${parsed.token.name}(?=[\\s/>])[^>]*>|</${parsed.token.name}$`, "i");
      const rest = html.slice(i);
      const m = closeRe.exec(rest);
      const textEnd = m ? i + m.index : n;
      if (textEnd > i) yield { type: "text", raw: html.slice(i, textEnd) };
      if (m) yield { type: "end", name: parsed.token.name };
      i = m ? i + m.index + m[0].length : n;
    }
  }
}
function parseStartTag(html, lt) {
  let i = lt + 1;
  const n = html.length;
  const nameStart = i;
  while (i < n && !/[\s/>]/.test(html[i])) i++;
  const name = html.slice(nameStart, i).toLowerCase();
  const attrs = [];
  let selfClosing = false;
  for (; ; ) {
    while (i < n && /[\s/]/.test(html[i])) {
      if (html[i] === "/" && html[i + 1] === ">") selfClosing = true;
      i++;
    }
    if (i >= n) break;
    if (html[i] === ">") {
      i++;
      break;
    }
    const attrStart = i;
    while (i < n && !/[\s/>=]/.test(html[i])) i++;
    const rawName = html.slice(attrStart, i);
    while (i < n && /\s/.test(html[i])) i++;
    let value;
    if (html[i] === "=") {
      i++;
      while (i < n && /\s/.test(html[i])) i++;
      const q = html[i];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, i + 1);
        const end = close === -1 ? n : close;
        value = html.slice(i + 1, end);
        i = close === -1 ? n : close + 1;
      } else {
        const vStart = i;
        while (i < n && !/[\s>]/.test(html[i])) i++;
        value = html.slice(vStart, i);
      }
    }
    if (rawName !== "") {
      const lower = rawName.toLowerCase();
      if (!attrs.some((a) => a.name === lower)) attrs.push({ name: lower, rawName, value });
    }
  }
  return { token: { type: "start", name, attrs, selfClosing }, end: i };
}

// src/wechat/emulator/endpoints/common.ts
import { randomBytes as randomBytes2 } from "node:crypto";
var OK = { errcode: 0, errmsg: "ok" };
function randomId(bytes) {
  return randomBytes2(bytes).toString("base64url");
}
function nextNumber(store) {
  store.data.seq += 1;
  return 2247483647 + store.data.seq;
}
function chars(s) {
  return [...s].length;
}
function str(value, field) {
  if (value === void 0 || value === null) return "";
  if (typeof value !== "string")
    throw new ApiError(47001, `${ERRMSG[47001]} hint: [${field} must be a string]`);
  return value;
}
function flag(value) {
  return value === 1 || value === "1" || value === true ? 1 : 0;
}
function page(ctx) {
  const offset = ctx.body.offset ?? 0;
  const count = ctx.body.count ?? 20;
  if (typeof offset !== "number" || typeof count !== "number" || offset < 0 || count < 1 || count > 20) {
    throw new ApiError(40002, "invalid argument");
  }
  return { offset, count, noContent: flag(ctx.body.no_content) === 1 };
}
function listItem(ctx, id, newsItem, times) {
  const updateTime = Math.floor(times.updated / 1e3);
  if (ctx.store.config.listTimeIn === "item") {
    return { ...id, content: { news_item: newsItem }, update_time: updateTime };
  }
  return {
    ...id,
    content: { news_item: newsItem, create_time: Math.floor(times.created / 1e3), update_time: updateTime }
  };
}

// src/wechat/emulator/endpoints/drafts.ts
function textOf(html) {
  return html.replace(/<[^>]*>/g, "").replace(/&nbsp;/g, " ").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/\s+/g, " ").trim();
}
function article(ctx, input, single) {
  if (input === null || typeof input !== "object" || Array.isArray(input)) throw new ApiError(47001);
  const a = input;
  const limits = ctx.store.config.limits;
  const type = str(a.article_type, "article_type") || "news";
  if (type !== "news" && type !== "newspic")
    throw new ApiError(47001, `${ERRMSG[47001]} hint: [article_type]`);
  const title = str(a.title, "title");
  const author = str(a.author, "author");
  const digest = str(a.digest, "digest");
  const content = str(a.content, "content");
  const source = str(a.content_source_url, "content_source_url");
  const thumb = str(a.thumb_media_id, "thumb_media_id");
  if (title === "") throw new ApiError(44003, `${ERRMSG[44003]} hint: [title is empty]`);
  if (chars(title) > limits.title) throw new ApiError(45003);
  if (chars(author) > limits.author) throw new ApiError(45110);
  if (chars(digest) > limits.digest) throw new ApiError(45004);
  if (type === "news" && content === "")
    throw new ApiError(44003, `${ERRMSG[44003]} hint: [content is empty]`);
  if (chars(content) >= limits.contentChars || Buffer.byteLength(content) >= limits.contentBytes) {
    throw new ApiError(45002);
  }
  if (Buffer.byteLength(source) > limits.sourceUrlBytes) throw new ApiError(45005);
  if (source !== "" && !/^https?:\/\/[^\s]+$/i.test(source)) throw new ApiError(41039);
  let thumbUrl = "";
  if (type === "news") {
    const media = ctx.store.data.media[thumb];
    const permanentImage = media !== void 0 && media.appid === ctx.account.appid && (media.kind === "image" || media.kind === "thumb");
    if (!permanentImage) throw new ApiError(40007, `${ERRMSG[40007]} hint: [thumb_media_id]`);
    thumbUrl = media.url ?? "";
  } else {
    const list = a.image_info?.image_list;
    if (!Array.isArray(list) || list.length === 0 || list.length > 20) throw new ApiError(44003);
    for (const item of list) {
      const media = ctx.store.data.media[String(item?.image_media_id ?? "")];
      if (!media || media.appid !== ctx.account.appid || media.kind !== "image") throw new ApiError(40007);
    }
  }
  const needComment = flag(a.need_open_comment);
  if (needComment === 1 && ctx.account.comments === false) throw new ApiError(88e3);
  const report = sanitizeWeChatContentWithReport(content);
  const external = report.removed.filter(isExternalLink);
  const policy = ctx.store.config.externalLinks;
  if (external.length > 0 && policy !== "strip") {
    throw new ApiError(policy === "reject-45166" ? 45166 : 40066);
  }
  const kept = report.html;
  return {
    article_type: type,
    title,
    author,
    // Only single-article drafts have a digest; empty means the first 54 characters of the body.
    digest: single ? digest || [...textOf(kept)].slice(0, 54).join("") : "",
    content: kept,
    content_source_url: source,
    thumb_media_id: thumb,
    thumb_url: thumbUrl,
    need_open_comment: needComment,
    only_fans_can_comment: flag(a.only_fans_can_comment)
  };
}
var draftAdd = (ctx) => {
  const articles = ctx.body.articles;
  if (!Array.isArray(articles) || articles.length === 0) throw new ApiError(44003);
  if (articles.length > ctx.store.config.limits.articles) throw new ApiError(45008);
  const stored = articles.map((a) => article(ctx, a, articles.length === 1));
  const mediaId = randomId(32);
  ctx.store.data.drafts[mediaId] = {
    appid: ctx.account.appid,
    media_id: mediaId,
    articles: stored,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    state: "draft"
  };
  return { media_id: mediaId };
};
function draftInBox(ctx, mediaId, allowPublishing = false) {
  const draft = typeof mediaId === "string" ? ctx.store.data.drafts[mediaId] : void 0;
  const visible = draft?.state === "draft" || allowPublishing && draft?.state === "publishing";
  if (!draft || draft.appid !== ctx.account.appid || !visible) throw new ApiError(40007);
  return draft;
}
function newsItems(ctx, draft, withContent = true) {
  return draft.articles.map((a) => ({
    ...a,
    content: withContent ? a.content : "",
    show_cover_pic: 0,
    url: `${ctx.baseUrl}/s/${draft.media_id}`
  }));
}
var draftGet = (ctx) => ({
  news_item: newsItems(ctx, draftInBox(ctx, ctx.body.media_id, true))
});
var draftDelete = (ctx) => {
  const draft = draftInBox(ctx, ctx.body.media_id);
  draft.state = "deleted";
  draft.updatedAt = ctx.now;
  return OK;
};
var draftUpdate = (ctx) => {
  const draft = draftInBox(ctx, ctx.body.media_id);
  const index = ctx.body.index;
  if (typeof index !== "number" || !Number.isInteger(index) || index < 0 || index >= draft.articles.length) {
    throw new ApiError(40114);
  }
  const input = ctx.body.articles;
  if (input === null || typeof input !== "object" || Array.isArray(input)) throw new ApiError(47001);
  draft.articles[index] = article(ctx, input, draft.articles.length === 1);
  draft.updatedAt = ctx.now;
  return OK;
};
var draftBatchget = (ctx) => {
  const { offset, count, noContent } = page(ctx);
  const all = Object.values(ctx.store.data.drafts).filter((d) => d.appid === ctx.account.appid && d.state === "draft").sort((a, b) => b.updatedAt - a.updatedAt);
  const items = all.slice(offset, offset + count).map(
    (d) => listItem(ctx, { media_id: d.media_id }, newsItems(ctx, d, !noContent), {
      created: d.createdAt,
      updated: d.updatedAt
    })
  );
  return { total_count: all.length, item_count: items.length, item: items };
};
var draftCount = (ctx) => ({
  total_count: Object.values(ctx.store.data.drafts).filter(
    (d) => d.appid === ctx.account.appid && d.state === "draft"
  ).length
});

// src/wechat/emulator/jobs.ts
import { randomBytes as randomBytes3 } from "node:crypto";
function startPublishJob(store, draft, job) {
  const { now, script } = job;
  const seconds = script.publishSeconds ?? store.config.publishSeconds;
  draft.state = "publishing";
  const pub = publicationOf(draft, {
    method: "freepublish",
    publish_id: String(job.publishId),
    msg_id: null,
    msg_data_id: String(job.msgDataId),
    article_id: null,
    status: 1,
    submittedAt: now,
    readyAt: now + seconds * 1e3,
    outcome: { status: script.status, failIdx: script.failIdx ?? (script.status === 0 ? [] : [1]) },
    urls: []
  });
  store.data.publications.push(pub);
  settleJob(store, pub, now, job.baseUrl);
}
function settleJob(store, pub, now, baseUrl) {
  if (pub.status !== 1 || now < pub.readyAt) return;
  const draft = store.data.drafts[pub.media_id];
  pub.status = pub.outcome.status;
  pub.finishedAt = pub.readyAt;
  if (pub.status === 0) {
    pub.article_id = randomBytes3(32).toString("base64url");
    pub.urls = articleUrls(baseUrl, pub.article_id, pub.articles.length);
    pub.failIdx = [];
    if (draft) draft.state = "published";
  } else {
    pub.failIdx = pub.outcome.failIdx;
    if (draft) draft.state = "draft";
  }
}
function publicationOf(draft, fields) {
  return {
    appid: draft.appid,
    media_id: draft.media_id,
    title: draft.articles[0]?.title ?? "",
    titles: draft.articles.map((a) => a.title),
    deleted: false,
    failIdx: [],
    articles: draft.articles.map((a) => ({ ...a })),
    ...fields
  };
}
function articleUrls(baseUrl, articleId, count) {
  return Array.from(
    { length: count },
    (_, i) => `${baseUrl}/s/${articleId}${i === 0 ? "" : `?idx=${i + 1}`}`
  );
}
function deleteArticles(pub, index) {
  if (typeof index !== "number" || !Number.isInteger(index) || index < 0 || index > pub.articles.length) {
    throw new ApiError(40114);
  }
  pub.articles.forEach((a, i) => {
    if (index === 0 || index === i + 1) a.is_deleted = true;
  });
  if (pub.articles.every((a) => a.is_deleted)) {
    pub.deleted = true;
    if (pub.status === 0) pub.status = 5;
  }
}

// src/wechat/emulator/endpoints/mass-send.ts
var sendall = (ctx) => {
  const { body, store, account, now } = ctx;
  if (body.msgtype !== "mpnews") throw new ApiError(40008, "invalid message type");
  const filter = body.filter;
  if (!filter || typeof filter !== "object") throw new ApiError(47001, `${ERRMSG[47001]} hint: [filter]`);
  const toAll = filter.is_to_all === true;
  if (!toAll && typeof filter.tag_id !== "number")
    throw new ApiError(47001, `${ERRMSG[47001]} hint: [tag_id]`);
  const mpnews = body.mpnews;
  const clientmsgid = typeof body.clientmsgid === "string" && body.clientmsgid !== "" ? body.clientmsgid : void 0;
  const dedupKey = clientmsgid === void 0 ? void 0 : `${account.appid}
${clientmsgid}`;
  if (dedupKey !== void 0) {
    const seen = store.data.clientMsgIds[dedupKey];
    if (seen && now - seen.at < 864e5) {
      if (now - seen.at < 6e4) {
        throw new ApiError(45066, `${ERRMSG[45066]} hint: [${randomId(9)}]`);
      }
      throw new ApiError(45065, ERRMSG[45065], { msg_id: Number(seen.msgId), noRid: true });
    }
  }
  const draft = draftInBox(ctx, mpnews?.media_id);
  const day = beijingDate(now);
  const month = day.slice(0, 7);
  const q = store.data.massSends[account.appid] ?? { day, month, dayCount: 0, monthCount: 0 };
  if (q.day !== day) Object.assign(q, { day, dayCount: 0 });
  if (q.month !== month) Object.assign(q, { month, monthCount: 0 });
  const exhausted = account.type === "service" ? toAll && q.monthCount >= 4 : q.dayCount >= 1;
  if (exhausted) throw new ApiError(45028);
  q.dayCount += 1;
  q.monthCount += 1;
  store.data.massSends[account.appid] = q;
  store.data.seq += 1;
  const msgId = 3147483647 + store.data.seq;
  const msgDataId = nextNumber(store);
  const articleId = randomId(32);
  draft.state = "published";
  store.data.publications.push(
    publicationOf(draft, {
      method: "sendall",
      publish_id: null,
      msg_id: String(msgId),
      msg_data_id: String(msgDataId),
      article_id: articleId,
      status: 0,
      submittedAt: now,
      readyAt: now,
      finishedAt: now,
      outcome: { status: 0, failIdx: [] },
      urls: articleUrls(ctx.baseUrl, articleId, draft.articles.length),
      ...clientmsgid === void 0 ? {} : { clientmsgid }
    })
  );
  if (dedupKey !== void 0) store.data.clientMsgIds[dedupKey] = { msgId: String(msgId), at: now };
  return { errcode: 0, errmsg: "send job submission success", msg_id: msgId, msg_data_id: msgDataId };
};
var massDelete = (ctx) => {
  const key = ctx.body.msg_id;
  const pub = ctx.store.data.publications.find(
    (p) => p.method === "sendall" && p.msg_id === String(key) && p.appid === ctx.account.appid
  );
  if (!pub || typeof key !== "number" && typeof key !== "string")
    throw new ApiError(40002, "invalid msg_id");
  deleteArticles(pub, ctx.body.article_idx ?? 0);
  return OK;
};

// src/wechat/emulator/endpoints/media.ts
function mediaPart(ctx) {
  const part = ctx.parts?.find((p) => p.name === "media");
  if (!part || part.data.length === 0) throw new ApiError(41005);
  return part;
}
function storeImage(ctx, data, format) {
  const key = randomId(24);
  ctx.store.putBlob(key, data, IMAGE_CONTENT_TYPE[format], format);
  const fmt = format === "jpeg" ? "jpg" : format;
  return { key, url: `${ctx.baseUrl}/mmbiz_${fmt}/${key}/0?wx_fmt=${format}` };
}
function namedImage(part, allowed) {
  const format = sniffImage(part.data);
  if (part.filename === void 0) return format;
  const named = formatOfName(part.filename);
  if (named === void 0 || !allowed.includes(named)) throw new ApiError(40113);
  if (format !== named) throw new ApiError(40137);
  return format;
}
var uploadimg = (ctx) => {
  const part = mediaPart(ctx);
  const format = namedImage(part, ["png", "jpeg"]);
  if (format !== "png" && format !== "jpeg") throw new ApiError(40005);
  if (part.data.length >= ctx.store.config.limits.contentImageBytes) throw new ApiError(40009);
  const { key, url } = storeImage(ctx, part.data, format);
  const record = {
    appid: ctx.account.appid,
    kind: "content",
    createdAt: ctx.now,
    url,
    blob: key
  };
  if (part.filename !== void 0) record.filename = part.filename;
  ctx.store.data.media[`content:${key}`] = record;
  return { url };
};
var addMaterial = (ctx) => {
  const type = ctx.query.get("type");
  if (type !== "image" && type !== "thumb" && type !== "voice" && type !== "video") throw new ApiError(40004);
  const part = mediaPart(ctx);
  const limits = ctx.store.config.limits;
  const mediaId = randomId(48);
  const record = { appid: ctx.account.appid, kind: type, createdAt: ctx.now };
  if (part.filename !== void 0) record.filename = part.filename;
  let url = "";
  if (type === "image" || type === "thumb") {
    const format = namedImage(part, ["png", "jpeg", "gif", "bmp"]);
    if (format === void 0 || type === "thumb" && format !== "jpeg") throw new ApiError(40005);
    if (type === "thumb" && part.data.length > limits.thumbBytes) throw new ApiError(40012);
    if (type === "image" && part.data.length > limits.materialImageBytes) throw new ApiError(40009);
    const stored = storeImage(ctx, part.data, format);
    record.blob = stored.key;
    record.url = stored.url;
    url = stored.url;
  } else if (part.data.length > (type === "voice" ? 2 : 10) * 1024 * 1024) {
    throw new ApiError(40006);
  }
  ctx.store.data.media[mediaId] = record;
  return type === "image" ? { media_id: mediaId, url, item: [] } : { media_id: mediaId, url };
};
var uploadTemp = (ctx) => {
  const type = ctx.query.get("type");
  if (type !== "image" && type !== "thumb" && type !== "voice" && type !== "video") throw new ApiError(40004);
  const part = mediaPart(ctx);
  const mediaId = randomId(48);
  const record = {
    appid: ctx.account.appid,
    kind: "temp",
    createdAt: ctx.now,
    expiresAt: ctx.now + 3 * 864e5
  };
  if (type === "image" || type === "thumb") {
    const format = sniffImage(part.data);
    if (format === void 0) throw new ApiError(40005);
    const stored = storeImage(ctx, part.data, format);
    record.blob = stored.key;
    record.url = stored.url;
  }
  ctx.store.data.media[mediaId] = record;
  return { type, media_id: mediaId, created_at: Math.floor(ctx.now / 1e3) };
};

// src/wechat/emulator/endpoints/publishing.ts
function publication(ctx, publishId) {
  const key = typeof publishId === "number" || typeof publishId === "string" ? String(publishId) : "";
  const pub = ctx.store.data.publications.find(
    (p) => p.method === "freepublish" && p.publish_id === key && p.appid === ctx.account.appid
  );
  if (!pub) throw new ApiError(53502);
  return pub;
}
var submit = (ctx) => {
  const draft = draftInBox(ctx, ctx.body.media_id);
  const publishId = nextNumber(ctx.store);
  const msgDataId = nextNumber(ctx.store);
  const script = ctx.job ?? { status: 0 };
  startPublishJob(ctx.store, draft, { now: ctx.now, publishId, msgDataId, script, baseUrl: ctx.baseUrl });
  return { ...OK, publish_id: publishId, msg_data_id: msgDataId };
};
var publishGet = (ctx) => {
  const pub = publication(ctx, ctx.body.publish_id);
  settleJob(ctx.store, pub, ctx.now, ctx.baseUrl);
  const answer = { publish_id: Number(pub.publish_id), publish_status: pub.status };
  if (pub.article_id !== null && [0, 5, 6].includes(pub.status)) {
    answer.article_id = pub.article_id;
    answer.article_detail = {
      count: pub.urls.length,
      item: pub.urls.map((url, i) => ({ idx: i + 1, article_url: url }))
    };
  }
  answer.fail_idx = pub.failIdx;
  return answer;
};
function published(ctx, articleId) {
  const pub = ctx.store.data.publications.find(
    (p) => p.article_id !== null && p.article_id === articleId && p.appid === ctx.account.appid
  );
  if (pub?.method !== "freepublish") throw new ApiError(53600);
  return pub;
}
function publishedItems(pub, withContent = true) {
  return pub.articles.map((a, i) => ({
    title: a.title,
    author: a.author,
    digest: a.digest,
    content: withContent ? a.content : "",
    content_source_url: a.content_source_url,
    thumb_media_id: a.thumb_media_id,
    thumb_url: a.thumb_url,
    need_open_comment: a.need_open_comment,
    only_fans_can_comment: a.only_fans_can_comment,
    url: pub.urls[i] ?? "",
    is_deleted: pub.deleted || a.is_deleted === true
  }));
}
var getArticle = (ctx) => ({
  news_item: publishedItems(published(ctx, ctx.body.article_id))
});
var publishBatchget = (ctx) => {
  const { offset, count, noContent } = page(ctx);
  for (const p of ctx.store.data.publications) settleJob(ctx.store, p, ctx.now, ctx.baseUrl);
  const all = ctx.store.data.publications.filter(
    (p) => p.method === "freepublish" && p.appid === ctx.account.appid && p.status === 0 && !p.deleted
  ).reverse();
  const items = all.slice(offset, offset + count).map(
    (p) => listItem(ctx, { article_id: p.article_id }, publishedItems(p, !noContent), {
      created: p.submittedAt,
      updated: p.finishedAt ?? p.submittedAt
    })
  );
  return { total_count: all.length, item_count: items.length, item: items };
};
var publishDelete = (ctx) => {
  deleteArticles(published(ctx, ctx.body.article_id), ctx.body.index ?? 0);
  return OK;
};

// src/wechat/emulator/endpoints/quota.ts
var quotaGet = (ctx) => {
  const path = ctx.body.cgi_path;
  if (typeof path !== "string" || !path.startsWith("/")) throw new ApiError(40002, "invalid argument");
  const limit = ctx.store.config.dailyQuotas[path];
  if (limit === void 0) throw new ApiError(76021, "cgi_path not found");
  const counter = ctx.store.data.daily[ctx.account.appid];
  const used = counter?.day === beijingDate(ctx.now) ? counter.calls[path] ?? 0 : 0;
  const perMinute = ctx.store.config.minuteQuotas[path] ?? 0;
  return {
    ...OK,
    quota: { daily_limit: limit, used, remain: Math.max(0, limit - used) },
    rate_limit: { call_count: perMinute, refresh_second: perMinute > 0 ? 60 : 0 },
    component_rate_limit: { call_count: 0, refresh_second: 0 }
  };
};
var clearQuota = (ctx) => {
  if (ctx.body.appid !== ctx.account.appid) throw new ApiError(40013);
  const month = beijingDate(ctx.now).slice(0, 7);
  const used = ctx.store.data.clearQuota[ctx.account.appid];
  const count = used?.month === month ? used.count : 0;
  if (count >= ctx.store.config.clearQuotaPerMonth) throw new ApiError(48006);
  ctx.store.data.clearQuota[ctx.account.appid] = { month, count: count + 1 };
  delete ctx.store.data.daily[ctx.account.appid];
  return OK;
};

// src/wechat/emulator/api.ts
var ENDPOINTS = {
  "/cgi-bin/media/uploadimg": { method: "POST", body: "multipart", handler: uploadimg },
  "/cgi-bin/material/add_material": { method: "POST", body: "multipart", handler: addMaterial },
  "/cgi-bin/media/upload": { method: "POST", body: "multipart", handler: uploadTemp },
  "/cgi-bin/draft/add": { method: "POST", body: "json", handler: draftAdd },
  "/cgi-bin/draft/get": { method: "POST", body: "json", handler: draftGet },
  "/cgi-bin/draft/delete": { method: "POST", body: "json", handler: draftDelete },
  "/cgi-bin/draft/update": { method: "POST", body: "json", handler: draftUpdate },
  "/cgi-bin/draft/batchget": { method: "POST", body: "json", handler: draftBatchget },
  "/cgi-bin/draft/count": { method: "GET", body: "none", handler: draftCount },
  "/cgi-bin/freepublish/submit": { method: "POST", body: "json", verifiedOnly: true, handler: submit },
  "/cgi-bin/freepublish/get": { method: "POST", body: "json", verifiedOnly: true, handler: publishGet },
  "/cgi-bin/freepublish/getarticle": {
    method: "POST",
    body: "json",
    verifiedOnly: true,
    handler: getArticle
  },
  "/cgi-bin/freepublish/batchget": {
    method: "POST",
    body: "json",
    verifiedOnly: true,
    handler: publishBatchget
  },
  "/cgi-bin/freepublish/delete": { method: "POST", body: "json", verifiedOnly: true, handler: publishDelete },
  "/cgi-bin/message/mass/sendall": { method: "POST", body: "json", verifiedOnly: true, handler: sendall },
  "/cgi-bin/message/mass/delete": { method: "POST", body: "json", verifiedOnly: true, handler: massDelete },
  "/cgi-bin/openapi/quota/get": { method: "POST", body: "json", handler: quotaGet },
  "/cgi-bin/clear_quota": { method: "POST", body: "json", handler: clearQuota }
};

// src/wechat/emulator/auth.ts
import { randomBytes as randomBytes4 } from "node:crypto";

// src/wechat/emulator/ip.ts
import { isIP } from "node:net";
function normalizeIp(address) {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? mapped[1] : trimmed.toLowerCase();
}
function ipv4ToNumber(ip) {
  if (isIP(ip) !== 4) return void 0;
  return ip.split(".").reduce((n, part) => n * 256 + Number(part), 0);
}
function ipAllowed(ip, allowList) {
  const caller = normalizeIp(ip);
  const callerV4 = ipv4ToNumber(caller);
  for (const entry of allowList) {
    const [base, bits] = entry.trim().split("/");
    if (base === void 0) continue;
    if (bits === void 0) {
      if (normalizeIp(base) === caller) return true;
      continue;
    }
    const baseV4 = ipv4ToNumber(base);
    const prefix = Number(bits);
    if (callerV4 === void 0 || baseV4 === void 0 || !Number.isInteger(prefix) || prefix < 0 || prefix > 32) {
      continue;
    }
    const size = 2 ** (32 - prefix);
    if (Math.floor(callerV4 / size) === Math.floor(baseV4 / size)) return true;
  }
  return false;
}
function notInWhitelist(ip) {
  const v6 = isIP(ip) === 4 ? `::ffff:${ip}` : ip;
  return `invalid ip ${ip} ipv6 ${v6}, not in whitelist`;
}

// src/wechat/emulator/quotas.ts
function countQuota(store, appid, endpoint, now) {
  const day = beijingDate(now);
  const daily = store.data.daily[appid]?.day === day ? store.data.daily[appid] : { day, calls: {} };
  const limit = store.config.dailyQuotas[endpoint];
  const used = daily.calls[endpoint] ?? 0;
  if (limit !== void 0 && used >= limit) throw new ApiError(45009);
  const minute = Math.floor(now / 6e4);
  const perMinute = store.data.minute[appid]?.minute === minute ? store.data.minute[appid] : { minute, calls: {} };
  const minuteLimit = store.config.minuteQuotas[endpoint];
  const usedThisMinute = perMinute.calls[endpoint] ?? 0;
  if (minuteLimit !== void 0 && usedThisMinute >= minuteLimit) throw new ApiError(45011);
  daily.calls[endpoint] = used + 1;
  perMinute.calls[endpoint] = usedThisMinute + 1;
  store.data.daily[appid] = daily;
  store.data.minute[appid] = perMinute;
}

// src/wechat/emulator/auth.ts
var TOKEN_PATHS = /* @__PURE__ */ new Set(["/cgi-bin/stable_token", "/cgi-bin/token"]);
var FORCE_REFRESH_SPACING_MS = 3e4;
var FORGET_DEAD_TOKENS_MS = 864e5;
function accountOf(store, appid) {
  return store.config.accounts.find((a) => a.appid === appid);
}
function checkIp(acc, ip) {
  if (acc.allowedIps !== void 0 && !ipAllowed(ip, acc.allowedIps)) {
    throw new ApiError(40164, notInWhitelist(ip));
  }
}
function authenticate(store, query, ip, now, call) {
  const token = query.get("access_token");
  if (!token) throw new ApiError(41001);
  const record = store.data.tokens[token];
  const acc = record ? accountOf(store, record.appid) : void 0;
  if (!record || !acc) throw new ApiError(40001);
  call.appid = acc.appid;
  checkIp(acc, ip);
  if (record.revokedAt !== void 0 && now >= record.revokedAt) throw new ApiError(40001);
  if (record.supersededAt !== void 0 && now >= record.supersededAt + store.config.tokenGraceSeconds * 1e3) {
    throw new ApiError(40001);
  }
  if (now >= record.expiresAt) throw new ApiError(42001);
  return acc;
}
function issueToken(store, endpoint, method, query, json, raw, ip, now, call) {
  let params;
  if (endpoint === "/cgi-bin/stable_token") {
    if (method !== "POST") throw new ApiError(43002);
    if (raw.length === 0) throw new ApiError(44002);
    if (!json.ok) throw new ApiError(47001, `${ERRMSG[47001]} hint: [${json.hint}]`);
    params = json.value;
  } else {
    params = Object.fromEntries(query);
  }
  if (params.grant_type !== "client_credential") throw new ApiError(40002);
  const appid = params.appid;
  if (typeof appid !== "string" || appid === "") throw new ApiError(41002);
  if (typeof params.secret !== "string" || params.secret === "") throw new ApiError(41004);
  const acc = accountOf(store, appid);
  if (!acc) throw new ApiError(40013);
  call.appid = appid;
  checkIp(acc, ip);
  countQuota(store, appid, endpoint, now);
  if (acc.secretFrozen) throw new ApiError(40243);
  if (params.secret !== acc.secret) throw new ApiError(40125);
  const ttl = store.config.tokenTtlSeconds * 1e3;
  const grace = store.config.tokenGraceSeconds * 1e3;
  const current = store.data.currentTokens[appid] ?? {};
  store.data.currentTokens[appid] = current;
  const mint = (kind) => {
    const value = `${Math.floor(now / 1e3) % 100}_${randomBytes4(96).toString("base64url")}`;
    store.data.tokens[value] = { appid, kind, issuedAt: now, expiresAt: now + ttl };
    for (const [key, t] of Object.entries(store.data.tokens)) {
      if (t.expiresAt < now - FORGET_DEAD_TOKENS_MS) delete store.data.tokens[key];
    }
    return value;
  };
  if (endpoint === "/cgi-bin/token") {
    const previous = current.classic ? store.data.tokens[current.classic] : void 0;
    if (previous && previous.supersededAt === void 0) previous.supersededAt = now;
    current.classic = mint("classic");
    return { access_token: current.classic, expires_in: store.config.tokenTtlSeconds };
  }
  let record = current.stable ? store.data.tokens[current.stable] : void 0;
  const usable = (t) => t !== void 0 && t.revokedAt === void 0 && now < t.expiresAt;
  if (params.force_refresh === true) {
    const day = beijingDate(now);
    const fr = store.data.forceRefreshes[appid];
    const count = fr?.day === day ? fr.count : 0;
    if (count < store.config.forceRefreshPerDay && (fr === void 0 || now - fr.last >= FORCE_REFRESH_SPACING_MS)) {
      if (record) record.revokedAt = now;
      current.stable = mint("stable");
      record = store.data.tokens[current.stable];
      store.data.forceRefreshes[appid] = { day, count: count + 1, last: now };
    }
  }
  if (!usable(record) || record.expiresAt - now <= grace) {
    current.stable = mint("stable");
    record = store.data.tokens[current.stable];
  }
  const live = record;
  return { access_token: current.stable, expires_in: Math.floor((live.expiresAt - now) / 1e3) };
}

// src/wechat/emulator/faults.ts
function normalizeFault(input) {
  const raw = input;
  const get = (camel, snake) => raw[camel] ?? raw[snake];
  const endpoint = raw.endpoint;
  if (typeof endpoint !== "string" || endpoint !== "*" && !endpoint.startsWith("/")) {
    throw new Error('fault: "endpoint" must be a path such as /cgi-bin/draft/add, or *');
  }
  const num = (value, name) => {
    if (value === void 0) return void 0;
    if (typeof value !== "number" || !Number.isFinite(value))
      throw new Error(`fault: "${name}" must be a number`);
    return value;
  };
  const fault = { endpoint, times: num(raw.times, "times") ?? 1 };
  if (fault.times < 1) throw new Error('fault: "times" must be ≥ 1');
  if (raw.appid !== void 0) fault.appid = String(raw.appid);
  const errcode = num(raw.errcode, "errcode");
  if (errcode !== void 0) fault.errcode = errcode;
  if (raw.errmsg !== void 0) fault.errmsg = String(raw.errmsg);
  const httpStatus = num(get("httpStatus", "http_status"), "httpStatus");
  if (httpStatus !== void 0) {
    if (httpStatus < 400 || httpStatus > 599) throw new Error('fault: "httpStatus" must be 400–599');
    fault.httpStatus = httpStatus;
  }
  const delay = num(get("delayMs", "delay_ms"), "delayMs");
  if (delay !== void 0) fault.delayMs = delay;
  const drop = raw.drop;
  if (drop !== void 0) {
    if (drop === true || drop === "before") fault.drop = "before";
    else if (drop === "after") fault.drop = "after";
    else throw new Error('fault: "drop" must be "before", "after" or true');
  }
  const status = num(get("publishStatus", "publish_status"), "publishStatus");
  if (status !== void 0) {
    if (![0, 2, 3, 4].includes(status)) throw new Error('fault: "publishStatus" must be 0, 2, 3 or 4');
    fault.publishStatus = status;
  }
  const failIdx = get("failIdx", "fail_idx");
  if (failIdx !== void 0) {
    if (!Array.isArray(failIdx) || !failIdx.every((n) => Number.isInteger(n) && n >= 1)) {
      throw new Error('fault: "failIdx" must be a list of 1-based article numbers');
    }
    fault.failIdx = failIdx;
  }
  const seconds = num(get("publishSeconds", "publish_seconds"), "publishSeconds");
  if (seconds !== void 0) fault.publishSeconds = seconds;
  return fault;
}
function describeFault(f) {
  const parts = [];
  if (f.delayMs !== void 0) parts.push(`delay ${f.delayMs} ms`);
  if (f.drop) parts.push(`drop ${f.drop}`);
  if (f.httpStatus !== void 0) parts.push(`HTTP ${f.httpStatus}`);
  if (f.errcode !== void 0) parts.push(`errcode ${f.errcode}`);
  if (f.publishStatus !== void 0) parts.push(`publish_status ${f.publishStatus}`);
  return parts.join(", ") || "none";
}
var FaultQueue = class {
  list = [];
  add(fault) {
    this.list.push(normalizeFault(fault));
  }
  all() {
    return this.list.map((f) => ({ ...f }));
  }
  clear() {
    this.list.length = 0;
  }
  /** The first fault for this call, with one use consumed. */
  take(endpoint, appid) {
    const index = this.list.findIndex(
      (f) => (f.endpoint === "*" || f.endpoint === endpoint) && (f.appid === void 0 || f.appid === appid)
    );
    if (index === -1) return void 0;
    const fault = this.list[index];
    fault.times -= 1;
    if (fault.times <= 0) this.list.splice(index, 1);
    return fault;
  }
};

// src/wechat/emulator/http.ts
import { randomBytes as randomBytes5 } from "node:crypto";
var MAX_BODY = 32 * 1024 * 1024;
function parseJson(raw, allowArray = false) {
  if (raw.length === 0) return { ok: false, hint: "empty body" };
  try {
    const value = JSON.parse(raw.toString("utf8"));
    if (value === null || typeof value !== "object" || Array.isArray(value) && !allowArray) {
      return { ok: false, hint: "not a JSON object" };
    }
    return { ok: true, value };
  } catch {
    return { ok: false, hint: `bad JSON ${randomBytes5(4).toString("hex")}` };
  }
}
function readBody(req) {
  return new Promise((resolve2, reject) => {
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        resolve2(void 0);
        req.removeAllListeners("data");
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve2(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
function callerIp(req, trustForwardedFor) {
  if (trustForwardedFor) {
    const header = req.headers["x-forwarded-for"];
    const first = (Array.isArray(header) ? header[0] : header)?.split(",")[0]?.trim();
    if (first) return normalizeIp(first);
  }
  return normalizeIp(req.socket.remoteAddress ?? "");
}
function sendJson(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    // What WeChat sends.
    "content-type": "application/json; encoding=utf-8",
    "content-length": Buffer.byteLength(text)
  }).end(text);
}

// src/wechat/emulator/admin.ts
function handleAdmin(req, res, path, raw, state) {
  const remote = normalizeIp(req.socket.remoteAddress ?? "");
  if (!(remote.startsWith("127.") || remote === "::1")) {
    sendJson(res, 403, { error: "/__emulator/ answers loopback callers only" });
    return;
  }
  const [status, body] = adminRoute(state, `${req.method ?? "GET"} ${path}`, raw);
  sendJson(res, status, body);
}
function adminRoute(state, route, raw) {
  const store = state.store;
  const parsed = raw.length === 0 ? { ok: true, value: {} } : parseJson(raw, true);
  const input = parsed.ok ? parsed.value : void 0;
  const bad = (message) => [400, { error: message }];
  if (!parsed.ok) return bad(`body is not JSON: ${parsed.hint}`);
  try {
    switch (route) {
      case "GET /__emulator":
        return [
          200,
          {
            api_base: state.baseUrl,
            now: new Date(state.now()).toISOString(),
            accounts: store.config.accounts.map(publicAccount),
            endpoints: [...TOKEN_PATHS, ...Object.keys(ENDPOINTS)],
            inspect: [
              "GET /__emulator/publications",
              "GET /__emulator/drafts",
              "GET /__emulator/calls",
              "GET /__emulator/quotas",
              "GET|POST|DELETE /__emulator/faults",
              "GET|POST /__emulator/accounts",
              "GET|POST /__emulator/clock",
              "POST /__emulator/config",
              "POST /__emulator/tokens/expire",
              "POST /__emulator/publications/<publish_id>/status",
              "POST /__emulator/reset"
            ]
          }
        ];
      case "GET /__emulator/publications":
        return [200, state.publications()];
      case "GET /__emulator/drafts":
        return [200, state.drafts()];
      case "GET /__emulator/calls":
        return [200, state.calls()];
      case "DELETE /__emulator/calls":
        state.clearCalls();
        return [200, { ok: true }];
      case "GET /__emulator/quotas":
        return [200, state.quotas()];
      case "GET /__emulator/faults":
        return [200, state.faults()];
      case "POST /__emulator/faults": {
        const list = Array.isArray(input) ? input : Array.isArray(input.faults) ? input.faults : [input];
        const faults = list.map((f) => normalizeFault(f));
        for (const f of faults) state.addFault(f);
        return [200, state.faults()];
      }
      case "DELETE /__emulator/faults":
        state.clearFaults();
        return [200, { ok: true }];
      case "GET /__emulator/accounts":
        return [200, store.config.accounts.map(publicAccount)];
      case "POST /__emulator/accounts": {
        const list = Array.isArray(input) ? input : [input];
        for (const a of list) state.upsertAccount(a);
        return [200, store.config.accounts.map(publicAccount)];
      }
      case "GET /__emulator/clock":
        return [200, clockView(state)];
      case "POST /__emulator/clock": {
        const body = input;
        const ms = typeof body.advance_ms === "number" ? body.advance_ms : Number(body.advance_seconds) * 1e3;
        if (!Number.isFinite(ms) || ms < 0) return bad("give advance_seconds or advance_ms (≥ 0)");
        state.advanceClock(ms);
        return [200, clockView(state)];
      }
      case "POST /__emulator/config":
        state.configure(input);
        return [200, { ...store.config, accounts: store.config.accounts.map(publicAccount) }];
      case "POST /__emulator/tokens/expire": {
        const appid = input.appid;
        state.expireTokens(typeof appid === "string" ? appid : void 0);
        return [200, { ok: true }];
      }
      case "POST /__emulator/reset":
        state.reset();
        return [200, { ok: true }];
    }
    const status = /^POST \/__emulator\/publications\/([^/]+)\/status$/.exec(route);
    if (status) {
      const value = Number(input.status);
      return [200, state.setPublicationStatus(decodeURIComponent(status[1]), value)];
    }
    return [404, { error: `no such emulator endpoint: ${route}` }];
  } catch (error) {
    return bad(error.message);
  }
}
function clockView(state) {
  return { now: new Date(state.now()).toISOString(), offset_ms: state.clock.offsetMs };
}
function publicAccount(a) {
  const { secret: _secret, ...rest } = a;
  return rest;
}

// src/wechat/emulator/multipart.ts
function parseMultipart(body, contentType) {
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? "");
  const boundary = m?.[1] ?? m?.[2];
  if (!boundary || !/^multipart\/form-data/i.test(contentType ?? "")) return void 0;
  const delimiter = Buffer.from(`--${boundary}`);
  const parts = [];
  let pos = body.indexOf(delimiter);
  if (pos === -1) return void 0;
  for (; ; ) {
    pos += delimiter.length;
    if (body.subarray(pos, pos + 2).toString() === "--") break;
    if (body.subarray(pos, pos + 2).toString() === "\r\n") pos += 2;
    const headerEnd = body.indexOf("\r\n\r\n", pos);
    if (headerEnd === -1) return void 0;
    const headers = body.subarray(pos, headerEnd).toString("utf8");
    const next = body.indexOf(Buffer.concat([Buffer.from("\r\n"), delimiter]), headerEnd + 4);
    if (next === -1) return void 0;
    const data = body.subarray(headerEnd + 4, next);
    const disposition = /content-disposition:([^\r\n]*)/i.exec(headers)?.[1] ?? "";
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
    const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
    const type = /content-type:\s*([^\r\n]*)/i.exec(headers)?.[1]?.trim();
    if (name !== void 0) {
      const part = { name, data };
      if (filename !== void 0) part.filename = filename;
      if (type !== void 0) part.contentType = type;
      parts.push(part);
    }
    pos = next + 2;
  }
  return parts;
}

// src/wechat/emulator/pages.ts
function serveImage(res, store, key) {
  const blob = store.getBlob(key);
  if (!blob) {
    res.writeHead(404, { "content-type": "text/plain" }).end("no such image");
    return;
  }
  res.writeHead(200, {
    "content-type": blob.contentType,
    "content-length": blob.bytes.length,
    "cache-control": "public, max-age=31536000, immutable"
  }).end(blob.bytes);
}
function servePage(res, state, id, params) {
  const store = state.store;
  state.settleAll();
  const pub = store.data.publications.find((p) => p.article_id === id && p.article_id !== null);
  const draft = pub ? void 0 : store.data.drafts[id];
  const idx = Math.max(1, Number(params.get("idx") ?? 1)) - 1;
  const articles = pub?.articles ?? draft?.articles;
  const item = articles?.[idx];
  if (!item) {
    res.writeHead(404, { "content-type": "text/html; charset=utf-8" }).end(pageHtml("该内容不存在", ""));
    return;
  }
  if (pub && (pub.deleted || item.is_deleted || pub.status === 6)) {
    const why = pub.status === 6 ? "此内容因违规无法查看" : "该内容已被发布者删除";
    res.writeHead(410, { "content-type": "text/html; charset=utf-8" }).end(pageHtml(why, ""));
    return;
  }
  const meta = `<p style="color:#888;font-size:14px">${escapeHtml(item.author)}${draft ? "（草稿预览）" : ""}</p>`;
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(pageHtml(item.title, `${meta}${item.content}`));
}
function pageHtml(title, body) {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title></head><body style="max-width:677px;margin:0 auto;padding:20px 16px;font-family:-apple-system,'PingFang SC','Microsoft YaHei',sans-serif"><h1 style="font-size:22px;line-height:1.4">${escapeHtml(title)}</h1>${body}</body></html>`;
}

// src/wechat/emulator/clock.ts
var EmulatorClock = class {
  constructor(base, store) {
    this.base = base;
    this.store = store;
  }
  base;
  store;
  sleepers = /* @__PURE__ */ new Set();
  now() {
    return this.base.now() + this.store.data.clockOffsetMs;
  }
  get offsetMs() {
    return this.store.data.clockOffsetMs;
  }
  /** How many calls are waiting out a delay on this clock. */
  get waiting() {
    return this.sleepers.size;
  }
  /** Moves the emulator's time forward and ends every wait whose time has come. */
  advance(ms) {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`the emulator clock cannot move by ${ms} ms`);
    this.store.data.clockOffsetMs += ms;
    this.store.save();
    for (const sleeper of [...this.sleepers]) if (sleeper.until <= this.now()) sleeper.wake();
  }
  /** Ends when the emulator's time passes `ms` from now: moved by `advance`, or by the base clock running on. */
  sleep(ms, signal) {
    return new Promise((resolve2) => {
      if (signal?.aborted) return resolve2();
      const stopBase = new AbortController();
      const sleeper = {
        until: this.now() + Math.max(0, ms),
        wake: () => {
          if (!this.sleepers.delete(sleeper)) return;
          stopBase.abort();
          signal?.removeEventListener("abort", sleeper.wake);
          resolve2();
        }
      };
      this.sleepers.add(sleeper);
      signal?.addEventListener("abort", sleeper.wake, { once: true });
      void this.base.sleep(ms, stopBase.signal).then(sleeper.wake);
    });
  }
};

// src/wechat/emulator/state.ts
var EmulatorState = class {
  constructor(store, baseClock) {
    this.store = store;
    this.clock = new EmulatorClock(baseClock, store);
  }
  store;
  faultQueue = new FaultQueue();
  callLog = [];
  callSeq = 0;
  watches = [];
  baseUrl = "";
  clock;
  now() {
    return this.clock.now();
  }
  get config() {
    return this.store.config;
  }
  /** Moves the emulator's clock forward (token expiry, publish jobs, quota days). */
  advanceClock(ms) {
    this.clock.advance(ms);
  }
  /** Settings changed at run time (partial EmulatorConfig). */
  configure(input) {
    this.store.config = mergeConfig(this.store.config, input, "config");
    this.store.save();
  }
  upsertAccount(input) {
    const account = normalizeAccount(input, "account");
    const accounts = this.store.config.accounts.filter((a) => a.appid !== account.appid);
    this.store.config = { ...this.store.config, accounts: [...accounts, account] };
    this.store.save();
    return account;
  }
  account(appid) {
    return this.store.config.accounts.find((a) => a.appid === appid);
  }
  addFault(fault) {
    this.faultQueue.add(fault);
  }
  faults() {
    return this.faultQueue.all();
  }
  clearFaults() {
    this.faultQueue.clear();
  }
  /** The first fault for this call, with one use consumed. */
  takeFault(endpoint, appid) {
    return this.faultQueue.take(endpoint, appid);
  }
  /**
   * Watches the next call of `endpoint`: `arrived` when the emulator has it (waiting out a fault's delay, or being
   * handled), `answered` once it was answered or dropped. Lets a test act at that moment without polling.
   */
  watchCall(endpoint) {
    const watch = { endpoint };
    watch.arrived = new Promise((resolve2) => {
      watch.arrive = resolve2;
    });
    watch.answered = new Promise((resolve2) => {
      watch.answer = resolve2;
    });
    this.watches.push(watch);
    return { arrived: watch.arrived, answered: watch.answered };
  }
  /** The watch of a call that just arrived, if a test set one (server.ts). */
  claimWatch(endpoint) {
    const index = this.watches.findIndex((w) => w.endpoint === endpoint);
    return index === -1 ? void 0 : this.watches.splice(index, 1)[0];
  }
  /** Every token of the account (all accounts without one) expires now: the next business call gets 42001. */
  expireTokens(appid) {
    const now = this.now();
    for (const token of Object.values(this.store.data.tokens)) {
      if (appid === void 0 || token.appid === appid) token.expiresAt = Math.min(token.expiresAt, now);
    }
    this.store.save();
  }
  /** A published job turns 5 (deleted by the user) or 6 (banned by the platform). */
  setPublicationStatus(publishIdOrArticleId, status) {
    if (![0, 5, 6].includes(status)) throw new Error("status must be 5, 6 (or 0)");
    const pub = this.store.data.publications.find(
      (p) => p.publish_id === publishIdOrArticleId || p.article_id === publishIdOrArticleId
    );
    if (!pub) throw new Error(`no publication ${publishIdOrArticleId}`);
    this.settleAll();
    if (![0, 5, 6].includes(pub.status))
      throw new Error(`publication ${publishIdOrArticleId} did not succeed`);
    pub.status = status;
    pub.deleted = status === 5 ? true : pub.deleted;
    this.store.save();
    return this.view(pub);
  }
  settleAll() {
    for (const pub of this.store.data.publications) settleJob(this.store, pub, this.now(), this.baseUrl);
  }
  publications() {
    this.settleAll();
    return this.store.data.publications.map((p) => this.view(p));
  }
  drafts() {
    return Object.values(this.store.data.drafts).map((d) => ({
      media_id: d.media_id,
      appid: d.appid,
      state: d.state,
      titles: d.articles.map((a) => a.title),
      created_at: new Date(d.createdAt).toISOString(),
      updated_at: new Date(d.updatedAt).toISOString(),
      articles: d.articles
    }));
  }
  calls() {
    return this.callLog.map((c) => ({ ...c }));
  }
  clearCalls() {
    this.callLog.length = 0;
  }
  recordCall(call) {
    this.callSeq += 1;
    const record = { seq: this.callSeq, at: new Date(this.now()).toISOString(), ...call };
    this.callLog.push(record);
    if (this.callLog.length > 1e4) this.callLog.shift();
    return record;
  }
  /** Daily counters of the current (Beijing) day, per account and endpoint. */
  quotas() {
    const day = beijingDate(this.now());
    const out = {};
    for (const [appid, counter] of Object.entries(this.store.data.daily)) {
      if (counter.day !== day) continue;
      out[appid] = {};
      for (const [path, used] of Object.entries(counter.calls)) {
        out[appid][path] = {
          used,
          limit: this.store.config.dailyQuotas[path] ?? null
        };
      }
    }
    return out;
  }
  reset() {
    this.store.reset();
    this.faultQueue.clear();
    this.callLog.length = 0;
    this.store.save();
  }
  view(p) {
    return {
      publish_id: p.publish_id,
      article_id: p.article_id,
      title: p.title,
      status: p.status,
      deleted: p.deleted,
      method: p.method,
      appid: p.appid,
      media_id: p.media_id,
      msg_id: p.msg_id,
      msg_data_id: p.msg_data_id,
      urls: p.urls,
      fail_idx: p.failIdx,
      submitted_at: new Date(p.submittedAt).toISOString(),
      finished_at: p.finishedAt === void 0 ? null : new Date(p.finishedAt).toISOString()
    };
  }
};

// src/wechat/emulator/store.ts
import { randomBytes as randomBytes6 } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
function emptyData() {
  return {
    version: 1,
    seq: 0,
    clockOffsetMs: 0,
    tokens: {},
    currentTokens: {},
    forceRefreshes: {},
    media: {},
    blobs: {},
    drafts: {},
    publications: [],
    daily: {},
    minute: {},
    massSends: {},
    clientMsgIds: {},
    clearQuota: {}
  };
}
var Store = class {
  constructor(dir, config) {
    this.dir = dir;
    this.config = config;
    this.data = emptyData();
    if (dir === void 0) return;
    mkdirSync(join(dir, "media"), { recursive: true });
    const file = join(dir, "state.json");
    if (existsSync(file)) {
      let saved;
      try {
        saved = JSON.parse(readFileSync(file, "utf8"));
      } catch (error) {
        throw new ConfigurationError(`not valid JSON (${error.message})`, { file });
      }
      if (saved.data?.version !== 1)
        throw new ConfigurationError("not an emulator state file (version 1)", { file });
      this.data = { ...emptyData(), ...saved.data };
      if (saved.config !== void 0) {
        const previous = mergeConfig(config, saved.config, file);
        const given = new Set(config.accounts.map((a) => a.appid));
        this.config = {
          ...config,
          accounts: [...config.accounts, ...previous.accounts.filter((a) => !given.has(a.appid))]
        };
      }
    }
  }
  dir;
  config;
  data;
  memoryBlobs = /* @__PURE__ */ new Map();
  /** Writes state.json atomically (temp file + rename). No-op in memory. */
  save() {
    if (this.dir === void 0) return;
    const file = join(this.dir, "state.json");
    const temp = `${file}.${process.pid}.${randomBytes6(4).toString("hex")}.tmp`;
    try {
      writeFileSync(temp, `${JSON.stringify({ config: this.config, data: this.data }, null, 1)}
`, {
        mode: 384
      });
      renameSync(temp, file);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
  }
  putBlob(key, bytes, contentType, format) {
    this.data.blobs[key] = { contentType, format };
    if (this.dir === void 0) {
      this.memoryBlobs.set(key, bytes);
      return;
    }
    const file = join(this.dir, "media", key);
    const temp = `${file}.tmp`;
    writeFileSync(temp, bytes);
    renameSync(temp, file);
  }
  getBlob(key) {
    const meta = this.data.blobs[key];
    if (!meta || !/^[A-Za-z0-9_-]+$/.test(key)) return void 0;
    if (this.dir === void 0) {
      const bytes = this.memoryBlobs.get(key);
      return bytes ? { bytes, contentType: meta.contentType } : void 0;
    }
    try {
      return { bytes: readFileSync(join(this.dir, "media", key)), contentType: meta.contentType };
    } catch {
      return void 0;
    }
  }
  /** Forgets everything but the config. */
  reset() {
    this.data = emptyData();
    this.memoryBlobs.clear();
    if (this.dir !== void 0) {
      rmSync(join(this.dir, "media"), { recursive: true, force: true });
      mkdirSync(join(this.dir, "media"), { recursive: true });
    }
  }
};

// src/wechat/emulator/server.ts
function loadConfig(options) {
  let config = defaultConfig();
  if (options.stateDir !== void 0) {
    const file = join2(options.stateDir, "config.json");
    if (existsSync2(file)) {
      let parsed;
      try {
        parsed = JSON.parse(readFileSync2(file, "utf8"));
      } catch (error) {
        throw new ConfigurationError(`${file}: not valid JSON (${error.message})`);
      }
      config = mergeConfig(config, parsed, file);
    }
  }
  if (options.config !== void 0) config = mergeConfig(config, options.config, "config");
  return config;
}
async function startEmulator(options = {}) {
  const store = new Store(options.stateDir, loadConfig(options));
  const state = new EmulatorState(store, options.clock ?? systemClock);
  const log = options.log;
  const closing = new AbortController();
  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      if (!res.headersSent) {
        sendJson(res, 500, { error: `emulator bug: ${error.message}` });
      } else {
        res.destroy();
      }
    });
  });
  async function handle(req, res) {
    const url = new URL(req.url ?? "/", "http://emulator.invalid");
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, "") : url.pathname;
    const body = await readBody(req);
    if (body === void 0) {
      res.writeHead(413, { connection: "close" }).end("request body too large");
      return;
    }
    if (path === "/__emulator" || path.startsWith("/__emulator/"))
      return handleAdmin(req, res, path, body, state);
    if (req.method === "GET" || req.method === "HEAD") {
      const image = /^\/(?:sz_)?mmbiz_[a-z]+\/([A-Za-z0-9_-]+)\/0$/.exec(path);
      if (image) return serveImage(res, store, image[1]);
      if (path.startsWith("/s/"))
        return servePage(res, state, decodeURIComponent(path.slice(3)), url.searchParams);
      if (path === "/") {
        return sendJson(res, 200, {
          name: "wxgate WeChat API emulator",
          api_base: state.baseUrl,
          accounts: store.config.accounts.map((a) => a.appid),
          inspect: `${state.baseUrl}/__emulator`
        });
      }
    }
    return api(req, res, path, url.searchParams, body);
  }
  async function api(req, res, endpoint, query, raw) {
    const method = req.method ?? "GET";
    const call = {
      method,
      endpoint,
      appid: null,
      ip: callerIp(req, store.config.trustForwardedFor),
      fault: null
    };
    const watch = state.claimWatch(endpoint);
    const record = (errcode, httpStatus) => {
      const done = state.recordCall({ ...call, errcode, http_status: httpStatus });
      watch?.answer(done);
    };
    const answer = (errcode, bodyObj) => {
      record(errcode, 200);
      log?.(
        `${method} ${endpoint}${call.appid ? ` [${call.appid}]` : ""} → ${errcode === 0 ? "ok" : `errcode ${errcode}`}`
      );
      sendJson(res, 200, bodyObj);
    };
    const fail = (error) => {
      const { noRid, ...extra } = error.extra;
      const bodyObj = noRid ? { errcode: error.errcode, errmsg: error.errmsg ?? ERRMSG[error.errcode], ...extra } : errorBody(error.errcode, error.errmsg, extra);
      answer(error.errcode, bodyObj);
    };
    const dropConnection = (what) => {
      record(null, null);
      log?.(`${method} ${endpoint} → ${what}`);
      req.socket.destroy();
    };
    const spec = ENDPOINTS[endpoint];
    if (!spec && !TOKEN_PATHS.has(endpoint)) {
      watch?.arrive();
      if (store.config.unknownEndpoint === "404") {
        record(null, 404);
        res.writeHead(404, { "content-type": "text/html" }).end("<html><body>404 Not Found</body></html>");
        return;
      }
      return fail(new ApiError(40066));
    }
    const token = query.get("access_token");
    const jsonBody = parseJson(raw);
    const claimedAppid = (token ? store.data.tokens[token]?.appid : void 0) ?? query.get("appid") ?? (jsonBody.ok && typeof jsonBody.value.appid === "string" ? jsonBody.value.appid : void 0);
    call.appid = claimedAppid ?? null;
    const fault = state.takeFault(endpoint, claimedAppid);
    if (fault) call.fault = describeFault(fault);
    watch?.arrive();
    if (fault?.delayMs !== void 0) {
      await state.clock.sleep(fault.delayMs, closing.signal);
      if (closing.signal.aborted) return;
    }
    if (fault?.drop === "before") return dropConnection("connection dropped (fault)");
    if (fault?.httpStatus !== void 0) {
      record(null, fault.httpStatus);
      res.writeHead(fault.httpStatus, { "content-type": "text/html" }).end(`<html><body><h1>${fault.httpStatus}</h1>nginx</body></html>`);
      return;
    }
    if (fault?.errcode !== void 0) return fail(new ApiError(fault.errcode, fault.errmsg));
    const job = fault?.publishStatus === void 0 ? void 0 : {
      status: fault.publishStatus,
      ...fault.failIdx ? { failIdx: fault.failIdx } : {},
      ...fault.publishSeconds !== void 0 ? { publishSeconds: fault.publishSeconds } : {}
    };
    const now = state.now();
    let result;
    try {
      result = TOKEN_PATHS.has(endpoint) ? issueToken(store, endpoint, method, query, jsonBody, raw, call.ip, now, call) : business(endpoint, method, query, jsonBody, raw, req, call, now, job);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      store.save();
      return fail(error);
    }
    store.save();
    if (fault?.drop === "after") return dropConnection("handled, then connection dropped (fault)");
    answer(0, result);
  }
  function business(endpoint, method, query, json, raw, req, call, now, job) {
    const spec = ENDPOINTS[endpoint];
    if (spec.method === "POST" && method !== "POST") throw new ApiError(43002);
    const account = authenticate(store, query, call.ip, now, call);
    countQuota(store, account.appid, endpoint, now);
    if (spec.verifiedOnly && account.verified === false) throw new ApiError(48001);
    let body = {};
    let parts;
    if (spec.body === "json") {
      if (raw.length === 0) throw new ApiError(44002);
      if (!json.ok) throw new ApiError(47001, `${ERRMSG[47001]} hint: [${json.hint}]`);
      body = json.value;
    } else if (spec.body === "multipart") {
      parts = parseMultipart(raw, req.headers["content-type"]);
      if (parts === void 0) throw new ApiError(41005);
    }
    return spec.handler({ store, now, account, query, body, parts, baseUrl: state.baseUrl, job });
  }
  const host = options.host ?? "127.0.0.1";
  await new Promise((resolve2, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve2();
    });
  });
  const port = server.address().port;
  const shownHost = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
  state.baseUrl = `http://${shownHost}:${port}`;
  store.save();
  return {
    url: state.baseUrl,
    port,
    state,
    close: async () => {
      if (closing.signal.aborted) return;
      closing.abort();
      await new Promise((resolve2) => {
        server.close(() => resolve2());
        server.closeAllConnections();
      });
      store.save();
    }
  };
}

// src/commands/emulator.ts
var HELP = `Usage: wxgate emulator [options]

Runs a local WeChat Official Account API for tests and the demo: tokens (stable_token and token, expiry and
rotation), image and cover uploads, drafts, asynchronous publish jobs, mass send, deletion, daily quotas, the IP
allow-list, the rule that unverified accounts cannot publish through the API (48001), WeChat's content filter and
field limits, and fault injection. Point wxgate at it with WECHAT_API_BASE=<the printed URL>.

Options:
  --port <n>             Port to listen on (default: 8086; 0 picks a free one)
  --host <address>       Address to listen on (default: 127.0.0.1, loopback only). Another address exposes the
                         emulator to the network; /__emulator/ still answers loopback callers only.
  --state <dir>          Keep state (tokens, media, drafts, publications, quota counters) in <dir>/state.json and
                         <dir>/media/, so it survives restarts; reads <dir>/config.json if present.
                         Without it, state lives in memory.
  --config <file>        Settings (JSON) over the defaults and over <dir>/config.json: accounts
                         [{appid, secret, type, verified, allowedIps}], tokenTtlSeconds, dailyQuotas,
                         publishSeconds, externalLinks, limits, trustForwardedFor…
  --publish-seconds <n>  How long a publish job stays "publishing" before it ends (default: 3)
  --clock <iso>          Start the emulator's clock at this time (e.g. 2026-11-21T12:00:00+08:00) and keep it
                         still: token expiry, publish jobs, quota days and fault delays then move only when
                         POST /__emulator/clock moves them (tests and drills). Default: the real clock.
  --trust-forwarded-for  Take the caller IP from X-Forwarded-For (for the IP allow-list) instead of the socket
  --quiet                Do not print one line per API call
  -h, --help             Show this help

Accounts (default; fixed demo secrets, no real credentials):
${DEMO_ACCOUNTS.map((a) => `  ${a.appid.padEnd(24)} secret ${a.secret.padEnd(35)} ${a.type}, ${a.verified ? "verified" : "unverified"}`).join("\n")}
(the ids of policies/accounts.yml; the publish job reads each secret from the variable named by secret_env)

Inspect and steer it over HTTP (loopback only):
  GET  /__emulator/publications   what went out: [{publish_id, article_id, title, status, deleted, …}]
  GET  /__emulator/drafts | /calls | /quotas | /accounts | /faults | /clock
  POST /__emulator/faults         {"endpoint":"/cgi-bin/draft/add","errcode":-1,"times":2}
                                  also httpStatus, delayMs, drop ("before"|"after"), publishStatus (0|2|3|4)
  POST /__emulator/accounts       {"appid":"wx…","secret":"…","verified":false,"allowedIps":["10.0.0.0/8"]}
  POST /__emulator/clock          {"advance_seconds":7200} or {"advance_ms":1500}
  POST /__emulator/tokens/expire  {"appid":"wx-demo-group"}
  POST /__emulator/publications/<publish_id>/status  {"status":5}
  POST /__emulator/reset

Stops on Ctrl-C (SIGINT) or SIGTERM.
Exit codes: 0 stopped cleanly · 2 usage error, bad config or port in use.
`;
var emulator = defineCommand(
  HELP,
  {
    port: { type: "string" },
    host: { type: "string" },
    state: { type: "string" },
    config: { type: "string" },
    "publish-seconds": { type: "string" },
    clock: { type: "string" },
    "trust-forwarded-for": { type: "boolean" },
    quiet: { type: "boolean" }
  },
  async ({ values }, io) => {
    const port = values.port === void 0 ? 8086 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new UsageError(`--port must be a whole number from 0 to 65535 (got "${values.port}")`);
    }
    const settings = {};
    if (values.config !== void 0) {
      const file = resolve(io.cwd, String(values.config));
      let text;
      try {
        text = readFileSync3(file, "utf8");
      } catch (error) {
        throw new UsageError(`--config: cannot read ${file} (${error.code})`);
      }
      try {
        Object.assign(settings, JSON.parse(text));
      } catch (error) {
        throw new UsageError(`--config: ${file} is not valid JSON (${error.message})`);
      }
    }
    if (values["publish-seconds"] !== void 0) {
      const seconds = Number(values["publish-seconds"]);
      if (!Number.isFinite(seconds) || seconds < 0) {
        throw new UsageError(`--publish-seconds must be a number ≥ 0 (got "${values["publish-seconds"]}")`);
      }
      settings.publishSeconds = seconds;
    }
    if (values["trust-forwarded-for"]) settings.trustForwardedFor = true;
    let clock;
    if (values.clock !== void 0) {
      const start = parseDateTime(String(values.clock), "Asia/Shanghai");
      if (!start.ok) {
        throw new UsageError(
          `--clock must be an ISO 8601 time such as 2026-11-21T12:00:00+08:00 (got "${values.clock}")`
        );
      }
      clock = new ManualClock(start.epochMs);
    }
    const host = String(values.host ?? "127.0.0.1");
    let running;
    try {
      running = await startEmulator({
        port,
        host,
        ...values.state === void 0 ? {} : { stateDir: resolve(io.cwd, String(values.state)) },
        config: settings,
        ...clock ? { clock } : {},
        ...values.quiet ? {} : { log: (line) => io.err(`${line}
`) }
      });
    } catch (error) {
      const e = error;
      if (e.code === "EADDRINUSE") {
        throw new UsageError(
          `port ${port} on ${host} is in use; choose another with --port (0 picks a free one)`
        );
      }
      if (e.code === "EADDRNOTAVAIL" || e.code === "EACCES" || e.code === "ENOTFOUND") {
        throw new UsageError(`cannot listen on ${host}:${port} (${e.code})`);
      }
      throw error;
    }
    io.out(`WeChat API emulator listening on ${running.url}
`);
    io.out(`  export WECHAT_API_BASE=${running.url}
`);
    io.out(`  accounts: ${running.state.config.accounts.map((a) => a.appid).join(", ")}
`);
    io.out(`  what went out: ${running.url}/__emulator/publications
`);
    if (clock)
      io.out(`  clock: ${new Date(running.state.now()).toISOString()}, still until POST /__emulator/clock
`);
    if (values.state !== void 0) io.out(`  state: ${resolve(io.cwd, String(values.state))}
`);
    io.out("Press Ctrl-C to stop.\n");
    await new Promise((done) => {
      const stop = (signal) => {
        process.off("SIGINT", stop);
        process.off("SIGTERM", stop);
        io.out(`
${signal}: stopping the emulator
`);
        done();
      };
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    });
    await running.close();
    return 0;
  }
);
export {
  emulator
};
