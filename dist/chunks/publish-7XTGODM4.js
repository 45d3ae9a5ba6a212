#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  BUSY_EXIT_CODE,
  CloneBusyError,
  LEDGER_OPTIONS,
  PUBLISH_HELP,
  busyMessage,
  dryRunHeader,
  inLocale,
  ledgerRequest,
  outcomeLine,
  printHalted,
  publishSummary,
  runPublishRequest,
  writeStepSummary
} from "./chunk-YCXV5G6K.js";
import "./chunk-YI6FWPCZ.js";
import "./chunk-WCLO3KSL.js";
import "./chunk-NGIQQ3X5.js";
import "./chunk-ZWJQLI25.js";
import "./chunk-G2SPCBTE.js";
import "./chunk-MGRGO5V5.js";
import "./chunk-2MKHB3FA.js";
import "./chunk-DSV6OMTV.js";
import "./chunk-WCIEHNWH.js";
import "./chunk-PQTF2QBL.js";
import "./chunk-QI4ADP2A.js";
import "./chunk-L5TB2V2T.js";
import "./chunk-L2IO4MNK.js";
import "./chunk-3YKSMKVR.js";
import "./chunk-ZOOQVKV7.js";
import "./chunk-FUNH44E3.js";
import {
  articleArgument,
  repositoryOf
} from "./chunk-M62EH3RT.js";
import {
  UsageError,
  defineCommand,
  localeOf
} from "./chunk-PYXF3RJ7.js";
import "./chunk-RCBCJIJT.js";
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

// src/commands/publish.ts
var publish = defineCommand(
  PUBLISH_HELP,
  {
    ...LEDGER_OPTIONS,
    "dry-run": { type: "boolean" },
    locale: { type: "string" },
    account: { type: "string", multiple: true },
    retry: { type: "string", multiple: true },
    "pr-source": { type: "string" },
    "max-polls": { type: "string" },
    "poll-interval": { type: "string" },
    "submit-grace": { type: "string" }
  },
  async ({ values, positionals }, io) => {
    const locale = localeOf(values.locale, io.env);
    return inLocale(io, locale, () => publishRun(values, positionals, io, locale));
  }
);
async function publishRun(values, positionals, io, locale) {
  if (positionals.length > 0) {
    throw new UsageError(`publish takes no paths (got "${positionals.join(" ")}"); it publishes what is due`);
  }
  const prSource = values["pr-source"] === void 0 ? void 0 : String(values["pr-source"]);
  if (prSource !== void 0 && prSource !== "github" && prSource !== "git") {
    throw new UsageError(`--pr-source must be github or git (got "${prSource}")`);
  }
  const tuning = {};
  if (values["max-polls"] !== void 0) tuning.maxPollsPerRun = count("max-polls", values["max-polls"], 0);
  if (values["poll-interval"] !== void 0)
    tuning.pollIntervalMs = count("poll-interval", values["poll-interval"], 0);
  if (values["submit-grace"] !== void 0) {
    tuning.submitGraceMs = count("submit-grace", values["submit-grace"], 0) * 6e4;
  }
  let report;
  try {
    report = await runPublishRequest({
      ...ledgerRequest(values, io),
      dryRun: Boolean(values["dry-run"]),
      ...prSource === void 0 ? {} : { prSource },
      ...values.account ? { accounts: values.account } : {},
      ...values.retry ? { retry: values.retry.map((r) => articleArgument(repositoryOf(io), r)) } : {},
      tuning
    });
  } catch (error) {
    if (!(error instanceof CloneBusyError)) throw error;
    io.err(busyMessage(error, "publish", locale));
    return BUSY_EXIT_CODE;
  }
  if (report.halted) printHalted(io, "wxgate publish", report.halted, locale);
  const mark = (failed, state) => failed ? "✗" : state === "published" || state === "withdrawn" ? "✓" : "·";
  if (values["dry-run"]) io.out(dryRunHeader(locale));
  for (const o of report.outcomes) io.out(outcomeLine(o, locale, mark(o.failed, o.state)));
  io.out(publishSummary(report, locale));
  writeStepSummary(io.env, "wxgate publish", report);
  return report.exitCode;
}
function count(name, value, min) {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min)
    throw new UsageError(`--${name} must be a number ≥ ${min} (got "${value}")`);
  return n;
}
export {
  publish
};
