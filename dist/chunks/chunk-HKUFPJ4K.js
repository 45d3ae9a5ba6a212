#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);

// src/text/escape.ts
var ZWSP = "​";
var CONTROLS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
var LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;
function visibleControl(char) {
  const code = char.charCodeAt(0);
  if (char === "	") return " ";
  if (code < 32) return String.fromCharCode(9216 + code);
  if (code === 127) return "␡";
  return "�";
}
function terminalText(text, options = {}) {
  return text.replace(LINE_BREAK, options.multiline ? "\n" : " ").replace(CONTROLS, (c) => options.multiline && c === "\n" ? c : visibleControl(c));
}
function unlinked(text) {
  return text.replace(/@(?=[A-Za-z0-9_])/g, `@${ZWSP}`).replace(/#(?=\d)/g, `#${ZWSP}`).replace(/(GH-)(?=\d)/gi, `$1${ZWSP}`).replace(/:(?=\/\/)/g, `:${ZWSP}`).replace(/(www)(?=\.)/gi, `$1${ZWSP}`);
}
function plainText(text, options = {}) {
  return unlinked(terminalText(text, options));
}
var INLINE_SYNTAX = /[\\`*_[\]<>!#|~&$]/g;
var BLOCK_START = /^([-+=]|\d+(?=[.)]))/;
function markdownText(text) {
  const flat = unlinked(terminalText(text)).trim();
  const escaped = flat.replace(INLINE_SYNTAX, "\\$&");
  return escaped.replace(BLOCK_START, (mark) => /\d/.test(mark) ? `${mark}\\` : `\\${mark}`);
}
function tableCell(text) {
  return markdownText(text);
}
function codeSpan(text) {
  const flat = terminalText(text);
  if (flat === "") return "` `";
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(flat) && flat.trim() !== "" ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
function tableCode(text) {
  return codeSpan(text).replace(/\|/g, "\\|");
}
function login(name) {
  return codeSpan(`@${name.replace(/^@/, "")}`);
}
function linkUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return void 0;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return void 0;
  return parsed.href.replace(/[()'"<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function markdownLink(text, url) {
  const destination = linkUrl(url);
  return destination === void 0 ? markdownText(text) : `[${markdownText(text)}](${destination})`;
}
var HTML_REFERENCES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;"
};
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => HTML_REFERENCES[c]);
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export {
  terminalText,
  plainText,
  markdownText,
  tableCell,
  codeSpan,
  tableCode,
  login,
  linkUrl,
  markdownLink,
  escapeHtml,
  escapeRegExp
};
