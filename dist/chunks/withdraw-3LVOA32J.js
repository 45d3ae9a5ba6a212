#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  LEDGER_OPTIONS,
  ledgerRequest,
  runWithdrawRequest,
  writeStepSummary
} from "./chunk-IZFH5AND.js";
import "./chunk-JRFYNBOE.js";
import {
  DEFAULT_LEDGER_BRANCH
} from "./chunk-P4AIO5OV.js";
import "./chunk-MNKXE2SI.js";
import "./chunk-GJ4KRNCK.js";
import "./chunk-MGRGO5V5.js";
import "./chunk-DAFYE2CH.js";
import "./chunk-DK6FNBTF.js";
import "./chunk-S3T6II6X.js";
import "./chunk-QSIJKKVK.js";
import "./chunk-ZQVMF2F5.js";
import "./chunk-2GECRFG6.js";
import "./chunk-QK4Z3LW7.js";
import "./chunk-DRXBUWOD.js";
import "./chunk-SQMFS4OS.js";
import "./chunk-Y5NOFYYD.js";
import {
  UsageError,
  parse
} from "./chunk-ZAWP65QG.js";
import "./chunk-CR756UXX.js";
import "./chunk-QML2BPQ4.js";
import "./chunk-ZRXVBFZK.js";

// src/commands/withdraw.ts
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
  -h, --help               Show this help

Secrets: the AppSecret comes from the environment variable named by secret_env in policies/accounts.yml, masked.

Exit codes: 0 withdrawn (now or earlier) · 1 not done: WeChat is still publishing it (the next publish run
deletes it), a quota, or an error (the record says which) · 2 usage or configuration error.
`;
var withdraw = {
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parse(args, {
      reason: { type: "string" },
      by: { type: "string" },
      ...LEDGER_OPTIONS,
      help: { type: "boolean", short: "h" }
    });
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError("withdraw takes exactly one article");
    if (values.reason === void 0 || String(values.reason).trim() === "") {
      throw new UsageError("--reason is required: say why the article is withdrawn");
    }
    const report = await runWithdrawRequest({
      ...ledgerRequest(values, io),
      article: positionals[0],
      reason: String(values.reason),
      ...values.by === void 0 ? {} : { by: String(values.by) }
    });
    const o = report.outcome;
    io.out(
      `${report.exitCode === 0 ? "✓" : "✗"} ${o.key}  ${o.state ?? "-"}  ${o.result}
Ledger: ${report.ledger}
`
    );
    writeStepSummary(io.env, "wxgate withdraw", { outcomes: [o], ledger: report.ledger });
    return report.exitCode;
  }
};
export {
  withdraw
};
