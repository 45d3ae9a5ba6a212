#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  FILE_RULE
} from "./chunk-PQTF2QBL.js";
import "./chunk-QI4ADP2A.js";
import {
  RULES
} from "./chunk-ZOOQVKV7.js";
import "./chunk-FUNH44E3.js";
import {
  defineCommand,
  localeOf,
  oneOf
} from "./chunk-PYXF3RJ7.js";
import "./chunk-OEEOITOW.js";
import "./chunk-2RFUJMZD.js";
import "./chunk-AJFJEGPM.js";
import "./chunk-PFD2E4ND.js";
import "./chunk-B6G33NBB.js";
import "./chunk-OKF366UL.js";
import "./chunk-M2DJWID3.js";
import "./chunk-ZRXVBFZK.js";

// src/commands/rules.ts
var HELP = `Usage: wxgate rules [--format text|json] [--locale zh-CN|en]

Lists every rule: id, default severity, description and the law, platform rule or rule-book clause it enforces.
Severities and options are set per rule in policies/wxgate.yml under "rules:".
`;
var rules = defineCommand(
  HELP,
  {
    format: { type: "string" },
    locale: { type: "string" }
  },
  async ({ values }, io) => {
    const format = oneOf("format", values.format, ["text", "json"], "text");
    const locale = localeOf(values.locale, io.env);
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
);
export {
  rules
};
