#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  BUSY_EXIT_CODE,
  CloneBusyError,
  LEDGER_OPTIONS,
  busyMessage,
  ledgerRequest,
  printHalted,
  runWithdrawRequest,
  writeStepSummary
} from "./chunk-YHCRUROY.js";
import "./chunk-SKCEXB5O.js";
import "./chunk-62QODY3Q.js";
import "./chunk-SENTXFAD.js";
import "./chunk-HUW5DLWB.js";
import {
  DEFAULT_LEDGER_BRANCH
} from "./chunk-ZZE2KNF2.js";
import "./chunk-MGRGO5V5.js";
import "./chunk-2MKHB3FA.js";
import "./chunk-NT6G2MEK.js";
import "./chunk-S3T6II6X.js";
import "./chunk-HP6DL65D.js";
import "./chunk-3XYA2J4X.js";
import "./chunk-OJINQSEG.js";
import "./chunk-L5TB2V2T.js";
import "./chunk-QRX2WJAV.js";
import "./chunk-MMGHGT3C.js";
import "./chunk-DK55A3RK.js";
import {
  UsageError,
  defineCommand
} from "./chunk-NJBIRNBK.js";
import "./chunk-ZYVRXDMK.js";
import "./chunk-M2TF6722.js";
import "./chunk-2RFUJMZD.js";
import "./chunk-PIF3PWYJ.js";
import "./chunk-PFD2E4ND.js";
import "./chunk-O3BHMBUV.js";
import "./chunk-G52JIPMW.js";
import "./chunk-IHZ2MIK7.js";
import "./chunk-QML2BPQ4.js";
import "./chunk-ZRXVBFZK.js";

// src/commands/withdraw.ts
var WITHDRAW_WAIT_SECONDS = 600;
var HELP = `Usage: wxgate withdraw <article> --reason <text> [options]

Emergency withdrawal (001 第五章第2条 应急处理): deletes an article's publication from WeChat
(freepublish/delete, or message/mass/delete for a mass send) and records who, when and why in its publish record
on the ledger branch (default ${DEFAULT_LEDGER_BRANCH}), with Withdrawn-by and Wxgate-Withdraw-Reason trailers.
An article not published yet is recorded as withdrawn, so no later run publishes it. Withdrawing again does
nothing. For a draft-only account wxgate cannot see a manual publication: the record says to delete it in the MP
backend. Merging "status: withdrawn" into the article's front matter has the same effect on the next publish run.

<article> is content/<account>/<folder>/index.md, the folder, or <account>/<folder>.

Options:
  --reason <text>          Why (required); recorded and shown to auditors
  --by <name>              Who decided (default: $GITHUB_ACTOR, else git config user.name)
  --now <iso>              Act as if it were this time (tests and drills)
  --api-base <url>         WeChat API base (default: $WECHAT_API_BASE, else https://api.weixin.qq.com)
  --cache-dir <dir>        Access-token cache outside the repository (as in wxgate publish)
  --policies <dir>         Policy directory (default: policies)
  --ledger-branch <name>   Branch holding the publish records (default: ${DEFAULT_LEDGER_BRANCH})
  --remote <name|none>     Remote of the ledger (default: origin when it exists)
  --wait <seconds>         Another run holds this clone: wait this long for it (default ${WITHDRAW_WAIT_SECONDS})
  -h, --help               Show this help

Secrets: the AppSecret comes from the environment variable named by secret_env in policies/accounts.yml, masked.

Exit codes: 0 withdrawn (now or earlier) · 1 not done: WeChat is still publishing it (the next publish run
deletes it), a quota, an error (the record says which), or the ledger went backwards · 2 usage or configuration
error · 75 another run held this clone for the whole wait (nothing was done; try again).
`;
var withdraw = defineCommand(
  HELP,
  {
    reason: { type: "string" },
    by: { type: "string" },
    ...LEDGER_OPTIONS
  },
  async ({ values, positionals }, io) => {
    if (positionals.length !== 1) throw new UsageError("withdraw takes exactly one article");
    if (values.reason === void 0 || String(values.reason).trim() === "") {
      throw new UsageError("--reason is required: say why the article is withdrawn");
    }
    let report;
    try {
      report = await runWithdrawRequest({
        lockWaitMs: WITHDRAW_WAIT_SECONDS * 1e3,
        ...ledgerRequest(values, io),
        article: positionals[0],
        reason: String(values.reason),
        ...values.by === void 0 ? {} : { by: String(values.by) }
      });
    } catch (error) {
      if (!(error instanceof CloneBusyError)) throw error;
      io.err(busyMessage(error, "withdraw"));
      return BUSY_EXIT_CODE;
    }
    if (report.halted) printHalted(io, "wxgate withdraw", report.halted);
    const o = report.outcome;
    io.out(
      `${report.exitCode === 0 ? "✓" : "✗"} ${o.key}  ${o.state ?? "-"}  ${o.result}
Ledger: ${report.ledger}
`
    );
    writeStepSummary(io.env, "wxgate withdraw", {
      outcomes: [o],
      ledger: report.ledger,
      halted: report.halted
    });
    return report.exitCode;
  }
);
export {
  withdraw
};
