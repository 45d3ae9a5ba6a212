#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  DEFAULT_CACHE_FILE,
  DEFAULT_JOBS,
  runCheck
} from "./chunk-B7CJJQL6.js";
import {
  package_default
} from "./chunk-5LT5SQIM.js";
import {
  countSeverities,
  formatJson
} from "./chunk-S3T6II6X.js";
import "./chunk-QSIJKKVK.js";
import "./chunk-ZQVMF2F5.js";
import {
  FILE_RULE
} from "./chunk-2GECRFG6.js";
import {
  RULES
} from "./chunk-QK4Z3LW7.js";
import "./chunk-DRXBUWOD.js";
import "./chunk-SQMFS4OS.js";
import "./chunk-Y5NOFYYD.js";
import {
  UsageError,
  oneOf,
  parse
} from "./chunk-ZAWP65QG.js";
import "./chunk-CR756UXX.js";
import "./chunk-QML2BPQ4.js";
import "./chunk-ZRXVBFZK.js";

// src/commands/check.ts
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";

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
        message: { text: m.message },
        locations: location(m.line, m.column, m.endLine, m.endColumn)
      });
    }
    for (const s of file.suppressed) {
      results.push({
        ruleId: s.ruleId,
        ...index.has(s.ruleId) ? { ruleIndex: index.get(s.ruleId) } : {},
        level: "note",
        message: { text: locale === "en" ? `Suppressed: ${s.reason}` : `已屏蔽：${s.reason}` },
        locations: location(s.line),
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
    summary: (e, w, i, n) => `${e > 0 ? "✖" : "⚠"} ${n} 个文件：${e} 个错误，${w} 个警告，${i} 个提示。`
  },
  en: {
    error: "error",
    warning: "warning",
    info: "info",
    suppressed: "suppressed (reviewers must see these)",
    reason: "reason",
    clean: (n) => `✔ ${n} file(s), no problems.`,
    summary: (e, w, i, n) => `${e > 0 ? "✖" : "⚠"} ${n} file(s): ${e} error(s), ${w} warning(s), ${i} info.`
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
        `  ${`${m.line}:${m.column}`.padEnd(8)} ${sev}  ${visible(m.message)}  ${paint(2, visible(m.ruleId))}`
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

Options:
  --format <text|json|sarif>   Output format (default: text). json is a stable contract; sarif is SARIF 2.1.0
                               for GitHub code scanning.
  --locale <zh-CN|en>          Language of messages (default: zh-CN)
  --policies <dir>             Policy directory with wxgate.yml and lexicons/ (default: policies)
  --output <file>              Write the report to a file instead of standard output
  --jobs <n>                   Processes to check in (default: ${DEFAULT_JOBS}, the available cores). A file over
                               64 KB is always checked in a worker process, under a 20 s budget per file
  --cache                      Reuse the results of files unchanged since the last --cache run: same bytes, same
                               files beside them, same policy directory, locale and wxgate build
  --cache-location <file>      Where --cache keeps results (default: ${DEFAULT_CACHE_FILE}); implies --cache
  --no-color                   Plain text output (also when NO_COLOR is set or output is not a terminal)
  -h, --help                   Show this help

Exit codes: 0 no errors (warnings allowed) · 1 at least one error · 2 usage or configuration error.

Examples:
  wxgate check                                  # everything under content/
  wxgate check content/group/2026-11-20-news    # one article folder
  wxgate check --format sarif --output wxgate.sarif
  wxgate check --cache                          # again after editing one article: only that one is checked
`;
var check = {
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parse(args, {
      format: { type: "string" },
      locale: { type: "string" },
      policies: { type: "string" },
      output: { type: "string" },
      jobs: { type: "string" },
      cache: { type: "boolean" },
      "cache-location": { type: "string" },
      "no-color": { type: "boolean" },
      help: { type: "boolean", short: "h" }
    });
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    const format = oneOf("format", values.format, ["text", "json", "sarif"], "text");
    const locale = oneOf("locale", values.locale, ["zh-CN", "en"], "zh-CN");
    const jobs = values.jobs === void 0 ? DEFAULT_JOBS : Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) {
      throw new UsageError(`--jobs must be a whole number ≥ 1 (got "${values.jobs}")`);
    }
    const outcome = await runCheck({
      paths: positionals.length > 0 ? positionals : ["content"],
      cwd: io.cwd,
      policiesDir: resolve(io.cwd, String(values.policies ?? "policies")),
      locale,
      jobs,
      ...values.cache || values["cache-location"] !== void 0 ? { cacheFile: resolve(io.cwd, String(values["cache-location"] ?? DEFAULT_CACHE_FILE)) } : {}
    });
    if (outcome.cacheProblem)
      io.err(`wxgate: could not write the cache (${outcome.cacheProblem}); results are complete
`);
    if (outcome.missing.length > 0) {
      throw new UsageError(`no such file or directory: ${outcome.missing.join(", ")}`);
    }
    if (outcome.files.length === 0) {
      throw new UsageError(`no Markdown files found in ${positionals.join(", ") || "content"}`);
    }
    const color = !values["no-color"] && !io.env.NO_COLOR && io.isTty && values.output === void 0;
    const report = format === "json" ? formatJson(outcome.files) : format === "sarif" ? formatSarif(outcome.files, [...RULES.map((r) => r.meta), FILE_RULE], locale, package_default.version) : formatText(outcome.files, locale, color);
    if (values.output !== void 0) writeFileSync(resolve(io.cwd, String(values.output)), report);
    else io.out(report);
    return countSeverities(outcome.files).errorCount > 0 ? 1 : 0;
  }
};
export {
  check
};
