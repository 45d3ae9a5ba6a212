#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  formatDoctorJson,
  formatDoctorText,
  problemCount,
  runDoctor
} from "./chunk-JIROHVJJ.js";
import "./chunk-OV43WGEW.js";
import "./chunk-L2IO4MNK.js";
import "./chunk-3YKSMKVR.js";
import "./chunk-ZOOQVKV7.js";
import "./chunk-FUNH44E3.js";
import {
  repositoryOf
} from "./chunk-M62EH3RT.js";
import {
  UsageError,
  oneOf,
  parse
} from "./chunk-PYXF3RJ7.js";
import "./chunk-RCBCJIJT.js";
import "./chunk-NZZYWQNC.js";
import "./chunk-OEEOITOW.js";
import "./chunk-2RFUJMZD.js";
import "./chunk-AJFJEGPM.js";
import "./chunk-PFD2E4ND.js";
import "./chunk-CTCU46TR.js";
import "./chunk-6YKWKTNI.js";
import "./chunk-HKUFPJ4K.js";
import "./chunk-B6G33NBB.js";
import "./chunk-OKF366UL.js";
import "./chunk-M2DJWID3.js";
import "./chunk-ZRXVBFZK.js";

// src/commands/doctor.ts
import { resolve } from "node:path";
var HELP = `Usage: wxgate doctor [dir] [options]

Checks a content repository (default: the current folder) and says how to fix each problem.

Offline (always): values still to fill in (CHANGE-ME), the policies and CODEOWNERS, folders of content/ that are
no account and accounts whose articles have no code owner, the wxgate version of every workflow (a release, never
main or latest, the same in all of them), every account's secret passed to the publish step, the writing UI's
collections, and each account's publishing switch.

Online (--online; a token in GITHUB_TOKEN or GH_TOKEN): the default branch, read from the repository; the teams and
users named in CODEOWNERS and the policies; a ruleset or branch protection requiring the three wxgate checks on
the default branch; wxgate-ledger protected against force pushes and deletion; the wechat-publish environment,
limited to the default branch, with a secret for every account (names only, never values); the GitHub App
(variable WXGATE_APP_ID, its key in the wxgate and wechat-publish environments, wxgate limited to the default
branch).

Options:
  --online                 Also check the repository on GitHub
  --repo <owner/name>      The repository (default: $GITHUB_REPOSITORY, else the origin remote)
  --api-url <url>          REST API root (default: $GITHUB_API_URL, else https://api.github.com)
  --format <text|json>     Output format (default: text)
  --locale <zh-CN|en>      Language (default: zh-CN)
  -h, --help               Show this help

Exit codes: 0 no problems (notes allowed) · 1 problems found · 2 usage error (bad flag, no token for --online).
`;
var doctor = {
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parse(args, {
      online: { type: "boolean" },
      repo: { type: "string" },
      "api-url": { type: "string" },
      format: { type: "string" },
      locale: { type: "string" },
      help: { type: "boolean", short: "h" }
    });
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    if (positionals.length > 1) throw new UsageError("doctor takes at most one folder");
    const format = oneOf("format", values.format, ["text", "json"], "text");
    const locale = oneOf("locale", values.locale, ["zh-CN", "en"], "zh-CN");
    const root = positionals[0] === void 0 ? repositoryOf(io).root : resolve(io.cwd, positionals[0]);
    const online = values.online ? await onlineCheck(
      io,
      root,
      values.repo,
      values["api-url"]
    ) : void 0;
    const report = await runDoctor(root, online);
    io.out(format === "json" ? formatDoctorJson(report) : formatDoctorText(report, locale));
    return problemCount(report) > 0 ? 1 : 0;
  }
};
async function onlineCheck(io, root, repo, apiUrl) {
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
  if (!token) {
    throw new UsageError(
      "--online needs a token in GITHUB_TOKEN or GH_TOKEN (read access to the repository, its settings and the organisation’s teams)"
    );
  }
  const { onlineDoctor, repositoryOf: repositoryOf2 } = await import("./doctor-online-KIJPN6RR.js");
  const name = repo ?? io.env.GITHUB_REPOSITORY ?? repositoryOf2(root);
  if (!name || !/^[\w.-]+\/[\w.-]+$/.test(name)) {
    throw new UsageError("--online needs the repository: --repo owner/name (or an origin remote on GitHub)");
  }
  return onlineDoctor({
    token,
    repository: name,
    apiUrl: apiUrl ?? io.env.GITHUB_API_URL ?? "https://api.github.com"
  });
}
export {
  doctor
};
