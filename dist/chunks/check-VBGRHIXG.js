#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  DEFAULT_CACHE_FILE,
  DEFAULT_JOBS,
  checkFile,
  runCheck
} from "./chunk-NTOVXHTF.js";
import {
  compose,
  countSeverities,
  formatJson
} from "./chunk-WCIEHNWH.js";
import {
  FILE_RULE,
  lintBytes
} from "./chunk-PQTF2QBL.js";
import {
  package_default
} from "./chunk-C44ODVYO.js";
import {
  MAX_ARTICLE_BYTES
} from "./chunk-QI4ADP2A.js";
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
  collectMarkdownFiles,
  readArticleFile,
  siblingFiles
} from "./chunk-RCBCJIJT.js";
import "./chunk-NZZYWQNC.js";
import "./chunk-OEEOITOW.js";
import "./chunk-2RFUJMZD.js";
import "./chunk-AJFJEGPM.js";
import "./chunk-PFD2E4ND.js";
import "./chunk-6YKWKTNI.js";
import "./chunk-HKUFPJ4K.js";
import "./chunk-B6G33NBB.js";
import "./chunk-OKF366UL.js";
import "./chunk-M2DJWID3.js";
import "./chunk-ZRXVBFZK.js";

// src/commands/check.ts
import { writeFileSync } from "node:fs";
import { isAbsolute, join as join2, relative, resolve } from "node:path";

// src/app/fix.ts
import { basename, dirname, join } from "node:path";

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
var FILE_HEADERS_ONLY = {
  includeIndex: false,
  includeUnderline: false,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName) {
    ret.push("Index: " + patch.oldFileName);
  }
  if (headerOptions.includeUnderline) {
    ret.push("===================================================================");
  }
  if (headerOptions.includeFileHeaders) {
    ret.push("--- " + patch.oldFileName + (typeof patch.oldHeader === "undefined" ? "" : "	" + patch.oldHeader));
    ret.push("+++ " + patch.newFileName + (typeof patch.newHeader === "undefined" ? "" : "	" + patch.newHeader));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    if (hunk.oldLines === 0) {
      hunk.oldStart -= 1;
    }
    if (hunk.newLines === 0) {
      hunk.newStart -= 1;
    }
    ret.push("@@ -" + hunk.oldStart + "," + hunk.oldLines + " +" + hunk.newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/lint/fix.ts
function applyFixes(text, result) {
  const fixes = result.messages.flatMap((m) => m.fix ? [[...m.fix].sort((a, b) => a.start - b.start)] : []).sort((a, b) => a[0].start - b[0].start || a[0].end - b[0].end);
  const taken = [];
  let applied = 0;
  let reached = 0;
  for (const edits of fixes) {
    if (edits[0].start < reached || taken.length > 0 && edits[0].start === reached && edits[0].start === edits[0].end)
      continue;
    if (edits.some((e, i) => i > 0 && e.start < edits[i - 1].end)) continue;
    taken.push(...edits);
    reached = edits.at(-1).end;
    applied++;
  }
  let out = "";
  let at = 0;
  for (const e of taken) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return { text: out + text.slice(at), applied };
}
var MAX_PASSES = 10;
var BOM = "\uFEFF";
function fixArticle(path, bytes, setup, assets) {
  const encoder = new TextEncoder();
  const original = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true }).decode(bytes);
  const bom = original.startsWith(BOM) ? BOM : "";
  const lintText = (text2) => lintBytes(path, encoder.encode(bom + text2), setup, assets);
  let text = original.slice(bom.length);
  let result = lintBytes(path, bytes, setup, assets);
  let applied = 0;
  if (unreadable(result)) return { text: original, applied: 0, result };
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = applyFixes(text, result);
    if (next.applied === 0) break;
    const nextResult = lintText(next.text);
    if (unreadable(nextResult)) break;
    text = next.text;
    result = nextResult;
    applied += next.applied;
  }
  return { text: bom + text, applied, result };
}
function unreadable(result) {
  return result.messages.some((m) => m.ruleId === FILE_RULE.id);
}

// src/app/fix.ts
async function runFix(request) {
  const { files, missing } = collectMarkdownFiles(request.paths, request.cwd);
  const loaded = await loadPolicies(request.policiesDir, RULES);
  const setup = { rules: RULES, ...loaded };
  const changes = [];
  const results = [];
  for (const path of [...files].sort()) {
    const full = join(request.cwd, path);
    const read = readArticleFile(dirname(full), basename(full), MAX_ARTICLE_BYTES);
    if (!read.ok) {
      results.push(checkFile(request.cwd, path, setup));
      continue;
    }
    const fixed = fixArticle(path, read.bytes, setup, siblingFiles(dirname(full)));
    results.push(fixed.result);
    if (fixed.applied > 0) {
      const before = new TextDecoder("utf-8", { ignoreBOM: true }).decode(read.bytes);
      changes.push({ path, before, after: fixed.text, applied: fixed.applied });
    }
  }
  return { changes, files: results, missing };
}
function unifiedDiff(changes) {
  return changes.map(
    (c) => createTwoFilesPatch(`a/${c.path}`, `b/${c.path}`, c.before, c.after, "", "", {
      context: 3,
      headerOptions: FILE_HEADERS_ONLY
    }).replace(/^((?:---|\+\+\+) .*)\t$/gm, "$1")
  ).join("");
}

// src/lint/reporters/sarif.ts
var LEVEL = {
  error: "error",
  warning: "warning",
  info: "note"
};
function formatSarif(files, rules, locale, version) {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = [];
  for (const file of files) {
    const location = (line, column = 1, endLine = line, endColumn = column) => [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(file.path), uriBaseId: "%SRCROOT%" },
          region: { startLine: line, startColumn: column, endLine, endColumn: Math.max(endColumn, column) }
        }
      }
    ];
    for (const m of file.messages) {
      results.push({
        ruleId: m.ruleId,
        ...index.has(m.ruleId) ? { ruleIndex: index.get(m.ruleId) } : {},
        level: LEVEL[m.severity],
        message: { text: compose(m.message, m.source, locale) },
        locations: location(m.line, m.column, m.endLine, m.endColumn)
      });
    }
    for (const s of file.suppressed) {
      const f = s.finding;
      results.push({
        ruleId: s.ruleId,
        ...index.has(s.ruleId) ? { ruleIndex: index.get(s.ruleId) } : {},
        level: f ? LEVEL[f.severity] : "note",
        message: {
          text: f ? compose(f.message, f.source, locale) : locale === "en" ? `Suppressed: ${s.reason}` : `已屏蔽：${s.reason}`
        },
        locations: f ? location(f.line, f.column, f.endLine, f.endColumn) : location(s.line),
        suppressions: [{ kind: "inSource", justification: s.reason }]
      });
    }
  }
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "wxgate",
            version,
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/[/-](\w)/g, (_, c) => c.toUpperCase()),
              shortDescription: { text: locale === "en" ? r.description.en : r.description.zh },
              fullDescription: { text: `${r.description.zh} / ${r.description.en}` },
              help: {
                text: `${r.description.zh}（依据：${r.source}）
${r.description.en} (Source: ${r.source})`
              },
              defaultConfiguration: {
                level: r.defaultSeverity === "off" ? "none" : LEVEL[r.defaultSeverity]
              },
              properties: { tags: [r.id.split("/")[0]], source: r.source }
            }))
          }
        },
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
}

// src/lint/reporters/text.ts
var LABELS = {
  "zh-CN": {
    error: "错误",
    warning: "警告",
    info: "提示",
    suppressed: "已屏蔽（需审核人知悉）",
    reason: "原因",
    clean: (n) => `✔ ${n} 个文件全部通过。`,
    summary: (e, w, i, n) => `${e > 0 ? "✖" : "⚠"} ${n} 个文件：${e} 个错误，${w} 个警告，${i} 个提示。`,
    fixable: (k) => `  其中 ${k} 个可用 wxgate check --fix 自动修正（先用 --fix-dry-run 查看改动）。`
  },
  en: {
    error: "error",
    warning: "warning",
    info: "info",
    suppressed: "suppressed (reviewers must see these)",
    reason: "reason",
    clean: (n) => `✔ ${n} file(s), no problems.`,
    summary: (e, w, i, n) => `${e > 0 ? "✖" : "⚠"} ${n} file(s): ${e} error(s), ${w} warning(s), ${i} info.`,
    fixable: (k) => `  ${k} of them can be fixed by wxgate check --fix (see the changes first with --fix-dry-run).`
  }
};
function formatText(files, locale, color) {
  const l = LABELS[locale];
  const paint = (code, s) => color ? `\x1B[${code}m${s}\x1B[0m` : s;
  const lines = [];
  let infos = 0;
  for (const file of files) {
    if (file.messages.length === 0 && file.suppressed.length === 0) continue;
    lines.push(paint(4, visible(file.path)));
    for (const m of file.messages) {
      if (m.severity === "info") infos++;
      const sev = m.severity === "error" ? paint(31, l.error) : m.severity === "warning" ? paint(33, l.warning) : paint(36, l.info);
      lines.push(
        `  ${`${m.line}:${m.column}`.padEnd(8)} ${sev}  ${visible(compose(m.message, m.source, locale))}  ${paint(2, visible(m.ruleId))}`
      );
    }
    if (file.suppressed.length > 0) {
      lines.push(`  ${paint(35, l.suppressed)}:`);
      for (const s of file.suppressed)
        lines.push(`  ${String(s.line).padEnd(8)} ${visible(s.ruleId)}  ${l.reason}: ${visible(s.reason)}`);
    }
    lines.push("");
  }
  const { errorCount, warningCount } = countSeverities(files);
  if (errorCount + warningCount + infos === 0) lines.push(l.clean(files.length));
  else lines.push(l.summary(errorCount, warningCount, infos, files.length));
  const fixable = files.reduce((n, f) => n + f.messages.filter((m) => m.fix).length, 0);
  if (fixable > 0) lines.push(l.fixable(fixable));
  return `${lines.join("\n")}
`;
}
var UNSAFE_FOR_TERMINAL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function visible(text) {
  return text.replace(UNSAFE_FOR_TERMINAL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// src/commands/check.ts
var HELP = `Usage: wxgate check [paths...] [options]

Checks Markdown articles (content/<account>/<YYYY-MM-DD>-<slug>/index.md) against the content rules: laws and
WeChat platform rules, reprint attribution, WeChat field limits, typography and readability. A directory means
every *.md file below it except README.md. The verdict is exactly the one the pull-request check gives.
Run from a subfolder, wxgate works on the repository above it (the nearest folder holding policies/) and shows
paths from where you stand; without paths it checks the article folder you are in, else all of content/.

Options:
  --format <text|json|sarif>   Output format (default: text). json is a stable contract; sarif is SARIF 2.1.0
                               for GitHub code scanning.
  --locale <zh-CN|en>          Language of messages (default: $WXGATE_LOCALE, else zh-CN)
  --policies <dir>             Policy directory with wxgate.yml and lexicons/ (default: the repository's policies)
  --output <file>              Write the report to a file instead of standard output
  --jobs <n>                   Processes to check in (default: ${DEFAULT_JOBS}, the available cores). A file over
                               64 KB is always checked in a worker process, under a 20 s budget per file
  --cache                      Reuse the results of files unchanged since the last --cache run: same bytes, same
                               files beside them, same policy directory and wxgate build (in either locale)
  --cache-location <file>      Where --cache keeps results (default: ${DEFAULT_CACHE_FILE}); implies --cache
  --fix                        Make the safe typography fixes in the files (spaces between Chinese and Latin
                               words or numbers, full-width punctuation, repeated punctuation, invisible
                               characters in prose), then report what is left. Never changes code, URLs, link
                               targets, HTML tags or front matter keys, and never a compliance finding
  --fix-dry-run                Show the fixes --fix would make as a unified diff; change nothing. Exit 1 when
                               there is something to fix
  --no-color                   Plain text output (also when NO_COLOR is set or output is not a terminal)
  -h, --help                   Show this help

Exit codes: 0 no errors (warnings allowed) · 1 at least one error · 2 usage or configuration error.

Examples:
  wxgate check                                  # everything under content/
  wxgate check content/group/2026-11-20-news    # one article folder
  wxgate check --format sarif --output wxgate.sarif
  wxgate check --cache                          # again after editing one article: only that one is checked
  wxgate check --fix-dry-run content/group      # what --fix would change, as a diff
`;
function defaultPath(root, cwd) {
  const content = join2(root, "content");
  const inside = relative(content, cwd);
  return inside === "" || !inside.startsWith("..") && !isAbsolute(inside) ? "." : relative(cwd, content) || ".";
}
var check = defineCommand(
  HELP,
  {
    format: { type: "string" },
    locale: { type: "string" },
    policies: { type: "string" },
    output: { type: "string" },
    jobs: { type: "string" },
    cache: { type: "boolean" },
    "cache-location": { type: "string" },
    "no-color": { type: "boolean" },
    fix: { type: "boolean" },
    "fix-dry-run": { type: "boolean" }
  },
  async ({ values, positionals }, io) => {
    const format = oneOf("format", values.format, ["text", "json", "sarif"], "text");
    const locale = localeOf(values.locale, io.env);
    const jobs = values.jobs === void 0 ? DEFAULT_JOBS : Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) {
      throw new UsageError(`--jobs must be a whole number ≥ 1 (got "${values.jobs}")`);
    }
    if (values.fix && values["fix-dry-run"])
      throw new UsageError("use either --fix or --fix-dry-run, not both");
    const repository = repositoryOf(io);
    const root = repository.root;
    const given = positionals.length > 0 ? positionals : [defaultPath(root, io.cwd)];
    const byFull = new Map(given.map((p) => [resolve(io.cwd, p), p]));
    const paths = [...byFull.keys()].map((full) => relative(root, full) || ".");
    const policiesDir = repository.policiesDir(values.policies);
    const asGiven = (missing) => missing.map((p) => byFull.get(resolve(root, p)) ?? p);
    const fromUser = (files) => files.map((f) => ({ ...f, path: repository.shown(f.path) }));
    const write = (text) => values.output !== void 0 ? writeFileSync(resolve(io.cwd, String(values.output)), text) : io.out(text);
    const report = (files) => {
      const color = !values["no-color"] && !io.env.NO_COLOR && io.isTty && values.output === void 0;
      write(
        format === "json" ? formatJson(files, locale) : format === "sarif" ? formatSarif(files, [...RULES.map((r) => r.meta), FILE_RULE], locale, package_default.version) : formatText(files, locale, color)
      );
      return countSeverities(files).errorCount > 0 ? 1 : 0;
    };
    if (values.fix || values["fix-dry-run"]) {
      const run = await runFix({ paths, cwd: root, policiesDir });
      requireFiles(asGiven(run.missing), run.files.length, positionals);
      if (values["fix-dry-run"]) {
        write(unifiedDiff(run.changes));
        io.err(fixSummary(run.changes, locale, false));
        return run.changes.length > 0 ? 1 : 0;
      }
      const failed = writeFixes(run.changes, root);
      for (const problem of failed) io.err(`wxgate: could not write the fixes to ${problem}
`);
      if (failed.length > 0) return 2;
      io.err(fixSummary(run.changes, locale, true));
      return report(fromUser(run.files));
    }
    const outcome = await runCheck({
      paths,
      cwd: root,
      policiesDir,
      jobs,
      ...values.cache || values["cache-location"] !== void 0 ? { cacheFile: resolve(io.cwd, String(values["cache-location"] ?? DEFAULT_CACHE_FILE)) } : {}
    });
    if (outcome.cacheProblem)
      io.err(`wxgate: could not write the cache (${outcome.cacheProblem}); results are complete
`);
    requireFiles(asGiven(outcome.missing), outcome.files.length, positionals);
    return report(fromUser(outcome.files));
  }
);
function requireFiles(missing, found, positionals) {
  if (missing.length > 0) throw new UsageError(`no such file or directory: ${missing.join(", ")}`);
  if (found === 0 && positionals.length > 0) {
    throw new UsageError(`no Markdown files found in ${positionals.join(", ")}`);
  }
}
function writeFixes(changes, cwd) {
  const failed = [];
  for (const change of changes) {
    try {
      writeFileSync(resolve(cwd, change.path), change.after);
    } catch (error) {
      failed.push(`${change.path}: ${error.message}`);
    }
  }
  return failed;
}
function fixSummary(changes, locale, written) {
  const count = changes.reduce((n, c) => n + c.applied, 0);
  if (count === 0) return locale === "en" ? "wxgate: nothing to fix.\n" : "wxgate：没有可自动修正的问题。\n";
  const files = changes.length;
  if (locale === "en") {
    const what = `${count} typography problem${count === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}`;
    return written ? `wxgate: fixed ${what}.
` : `wxgate: --fix would fix ${what}.
`;
  }
  return written ? `wxgate：已自动修正 ${files} 个文件中的 ${count} 处排版问题。
` : `wxgate：--fix 将修正 ${files} 个文件中的 ${count} 处排版问题。
`;
}
export {
  check
};
