#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  BUSY_EXIT_CODE,
  CloneBusyError,
  LEDGER_OPTIONS,
  WITHDRAW_HELP,
  WITHDRAW_WAIT_SECONDS,
  busyMessage,
  inLocale,
  ledgerRequest,
  printHalted,
  runWithdrawRequest,
  withdrawSummary,
  writeStepSummary
} from "./chunk-TNPQLZQS.js";
import "./chunk-YI6FWPCZ.js";
import "./chunk-B4JVIMJY.js";
import "./chunk-LVGMRZKH.js";
import "./chunk-NLAMLQI6.js";
import "./chunk-ZSJP3JLE.js";
import "./chunk-MGRGO5V5.js";
import "./chunk-2MKHB3FA.js";
import "./chunk-NT6G2MEK.js";
import "./chunk-S3T6II6X.js";
import "./chunk-JZILXZJY.js";
import "./chunk-6ABNEBL4.js";
import "./chunk-L5TB2V2T.js";
import "./chunk-SVYEWPXS.js";
import "./chunk-W2OP3S3I.js";
import "./chunk-4TYVD6BT.js";
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
import "./chunk-SFLZ3SSL.js";
import "./chunk-M2TF6722.js";
import "./chunk-2RFUJMZD.js";
import "./chunk-667CYVR4.js";
import "./chunk-PFD2E4ND.js";
import "./chunk-SBYNN2IV.js";
import "./chunk-G52JIPMW.js";
import "./chunk-IHZ2MIK7.js";
import "./chunk-M2DJWID3.js";
import "./chunk-ZRXVBFZK.js";

// src/commands/withdraw.ts
var withdraw = defineCommand(
  WITHDRAW_HELP,
  {
    reason: { type: "string" },
    by: { type: "string" },
    locale: { type: "string" },
    ...LEDGER_OPTIONS
  },
  async ({ values, positionals }, io) => {
    const locale = localeOf(values.locale, io.env);
    if (positionals.length !== 1) throw new UsageError("withdraw takes exactly one article");
    if (values.reason === void 0 || String(values.reason).trim() === "") {
      throw new UsageError("--reason is required: say why the article is withdrawn");
    }
    return inLocale(io, locale, async () => {
      let report;
      try {
        report = await runWithdrawRequest({
          lockWaitMs: WITHDRAW_WAIT_SECONDS * 1e3,
          ...ledgerRequest(values, io),
          article: articleArgument(repositoryOf(io), positionals[0]),
          reason: String(values.reason),
          ...values.by === void 0 ? {} : { by: String(values.by) }
        });
      } catch (error) {
        if (!(error instanceof CloneBusyError)) throw error;
        io.err(busyMessage(error, "withdraw", locale));
        return BUSY_EXIT_CODE;
      }
      if (report.halted) printHalted(io, "wxgate withdraw", report.halted, locale);
      io.out(withdrawSummary(report, locale));
      writeStepSummary(io.env, "wxgate withdraw", {
        outcomes: [report.outcome],
        ledger: report.ledger,
        halted: report.halted
      });
      return report.exitCode;
    });
  }
);
export {
  withdraw
};
