#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  package_default
} from "./chunk-C44ODVYO.js";
import {
  InitOptionError,
  formatDoctorText,
  planContentRepo,
  runDoctor
} from "./chunk-JIROHVJJ.js";
import "./chunk-OV43WGEW.js";
import "./chunk-L2IO4MNK.js";
import "./chunk-3YKSMKVR.js";
import "./chunk-ZOOQVKV7.js";
import "./chunk-FUNH44E3.js";
import {
  UsageError,
  parse
} from "./chunk-PYXF3RJ7.js";
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

// src/commands/init.ts
import { resolve } from "node:path";

// src/app/init.ts
import { existsSync as existsSync2, mkdirSync, readdirSync, readFileSync as readFileSync2, statSync, writeFileSync } from "node:fs";
import { dirname as dirname2, join as join2 } from "node:path";

// src/install/package-root.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function packageRoot(from = fileURLToPath(import.meta.url)) {
  let dir = dirname(from);
  for (; ; ) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && isWxgate(manifest)) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`wxgate's package folder is not above ${from}`);
    dir = parent;
  }
}
function isWxgate(manifest) {
  try {
    return JSON.parse(readFileSync(manifest, "utf8")).name === "wxgate";
  } catch {
    return false;
  }
}

// src/app/init.ts
function filesBelow(dir, prefix = "") {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join2(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesBelow(full, `${prefix}${name}/`));
    else out.push({ path: `${prefix}${name}`, bytes: readFileSync2(full) });
  }
  return out;
}
function planFromPackage(options, version, root = packageRoot()) {
  return planContentRepo(
    options,
    version,
    filesBelow(join2(root, "templates/content-repo")),
    filesBelow(join2(root, "policies"))
  );
}
function writePlan(target, files) {
  const existing = files.map((f) => f.path).filter((path) => existsSync2(join2(target, path)));
  if (existing.length > 0) return { ok: false, existing };
  for (const file of files) {
    const full = join2(target, file.path);
    mkdirSync(dirname2(full), { recursive: true });
    writeFileSync(full, file.bytes, { flag: "wx" });
  }
  return { ok: true, written: files.map((f) => f.path) };
}

// src/commands/init.ts
var HELP = `Usage: wxgate init [dir] [options]

Creates a clean content repository in dir (default: the current folder): content/ (empty: only the articles you
add are ever published), examples/welcome/ (an example article outside content/, so it can never be published),
policies/ (the default rules, with every company-specific value a CHANGE-ME placeholder), .github/CODEOWNERS,
.github/workflows/ (pull-request checks, the review relay, publish and the quarterly audit) that use wxgate ${package_default.version}
as a versioned dependency — the Action by tag and the CLI at this exact version —, the writing UI (admin/: Decap
CMS, each article a pull request), and a README for editors in Chinese. No wxgate source, tests or developer CI.

It never overwrites a file: when any file it would write exists, it writes nothing and lists them. Then it runs
\`wxgate doctor\` on the result, which lists what is left to fill in.

Options:
  --org <org>              GitHub organisation of the teams (default: a CHANGE-ME placeholder)
  --repo <owner/name>      The repository on GitHub, for the writing UI (default: <org>/CHANGE-ME-repo)
  --account <id>           An account (content/<id>/); repeat for several (default: official)
  --action-owner <owner>   Owner of the wxgate repository whose Action the checks use (default: CHANGE-ME-owner)
  --default-branch <name>  The repository's default branch (default: main)
  -h, --help               Show this help

Exit codes: 0 written (doctor's findings are printed as the next steps) · 2 usage error or existing files.
`;
var init = {
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parse(args, {
      org: { type: "string" },
      repo: { type: "string" },
      account: { type: "string", multiple: true },
      "action-owner": { type: "string" },
      "default-branch": { type: "string" },
      help: { type: "boolean", short: "h" }
    });
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    if (positionals.length > 1) throw new UsageError("init takes at most one folder");
    const target = resolve(io.cwd, positionals[0] ?? ".");
    let files;
    try {
      files = planFromPackage(
        {
          ...values.org === void 0 ? {} : { org: String(values.org) },
          ...values.repo === void 0 ? {} : { repository: String(values.repo) },
          ...values.account === void 0 ? {} : { accounts: values.account },
          ...values["action-owner"] === void 0 ? {} : { actionOwner: String(values["action-owner"]) },
          ...values["default-branch"] === void 0 ? {} : { defaultBranch: String(values["default-branch"]) }
        },
        package_default.version
      );
    } catch (error) {
      if (error instanceof InitOptionError) throw new UsageError(error.message);
      throw error;
    }
    const outcome = writePlan(target, files);
    if (!outcome.ok) {
      io.err(
        `wxgate init: ${target} already has ${outcome.existing.length} of the files init writes; nothing was written:
` + outcome.existing.map((p) => `  ${p}
`).join("") + "  (init never overwrites: move them away, or init into an empty folder and copy what you need)\n"
      );
      return 2;
    }
    io.out(`wxgate init: wrote ${outcome.written.length} files to ${target}
`);
    for (const path of outcome.written) io.out(`  ${path}
`);
    io.out("\n");
    io.out(formatDoctorText(await runDoctor(target), "zh-CN"));
    return 0;
  }
};
export {
  init
};
