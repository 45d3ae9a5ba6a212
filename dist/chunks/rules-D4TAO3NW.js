#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  FILE_RULE
} from "./chunk-2GECRFG6.js";
import {
  RULES
} from "./chunk-QK4Z3LW7.js";
import "./chunk-Y5NOFYYD.js";
import {
  oneOf,
  parse
} from "./chunk-ZAWP65QG.js";
import "./chunk-CR756UXX.js";
import "./chunk-QML2BPQ4.js";
import "./chunk-ZRXVBFZK.js";

// src/commands/rules.ts
var HELP = `Usage: wxgate rules [--format text|json] [--locale zh-CN|en]

Lists every rule: id, default severity, description and the law, platform rule or rule-book clause it enforces.
Severities and options are set per rule in policies/wxgate.yml under "rules:".
`;
var rules = {
  help: HELP,
  async run(args, io) {
    const { values } = parse(args, {
      format: { type: "string" },
      locale: { type: "string" },
      help: { type: "boolean", short: "h" }
    });
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    const format = oneOf("format", values.format, ["text", "json"], "text");
    const locale = oneOf("locale", values.locale, ["zh-CN", "en"], "zh-CN");
    const metas = [...RULES.map((r) => r.meta), FILE_RULE];
    if (format === "json") {
      io.out(`${JSON.stringify(metas, null, 2)}
`);
      return 0;
    }
    for (const m of metas) {
      const description = locale === "en" ? m.description.en : m.description.zh;
      io.out(`${m.id.padEnd(30)} ${m.defaultSeverity.padEnd(8)} ${description}  [${m.source}]
`);
    }
    return 0;
  }
};
export {
  rules
};
