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
