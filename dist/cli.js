#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  package_default
} from "./chunks/chunk-C44ODVYO.js";
import {
  UsageError,
  helpIn,
  localeOf
} from "./chunks/chunk-PYXF3RJ7.js";
import {
  didYouMean
} from "./chunks/chunk-PFD2E4ND.js";
import {
  ConfigurationError
} from "./chunks/chunk-M2DJWID3.js";
import "./chunks/chunk-ZRXVBFZK.js";

// src/cli.ts
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";

// src/commands/index.ts
var COMMANDS = {
  audit: {
    synopsis: "audit              The quarterly review from git: every article, anomalies with evidence",
    load: async () => (await import("./chunks/audit-K64FALM6.js")).audit
  },
  check: {
    synopsis: "check [paths...]   Check articles for compliance (default path: content/)",
    load: async () => (await import("./chunks/check-VBGRHIXG.js")).check
  },
  doctor: {
    synopsis: "doctor [dir]       Check a content repository’s setup, offline and (--online) on GitHub",
    load: async () => (await import("./chunks/doctor-37LA44HQ.js")).doctor
  },
  emulator: {
    synopsis: "emulator           Run a local WeChat API emulator (default http://127.0.0.1:8086)",
    load: async () => (await import("./chunks/emulator-2HXLG4B2.js")).emulator
  },
  explain: {
    synopsis: "explain <scenario>  Show the verdict the pull-request check would give a described PR",
    load: async () => (await import("./chunks/explain-QUG2RKCR.js")).explain
  },
  init: {
    synopsis: "init [dir]         Create a clean content repository that uses this wxgate version",
    load: async () => (await import("./chunks/init-LVNL2U73.js")).init
  },
  new: {
    synopsis: "new <account> <slug>  Start an article: its folder, front matter and a cover placeholder",
    load: async () => (await import("./chunks/new-YNADPVWD.js")).newArticle
  },
  preview: {
    synopsis: "preview <article>   Write a phone-width HTML preview of an article as WeChat will show it",
    load: async () => (await import("./chunks/preview-UVMLDR6Q.js")).preview
  },
  publish: {
    synopsis: "publish            Publish the due merged articles to WeChat, exactly once, with records in git",
    load: async () => (await import("./chunks/publish-7XTGODM4.js")).publish
  },
  rules: {
    synopsis: "rules              List every rule with its id, default severity and source",
    load: async () => (await import("./chunks/rules-YSE224BS.js")).rules
  },
  withdraw: {
    synopsis: "withdraw <article> Delete a published article from WeChat (emergency) and record who and why",
    load: async () => (await import("./chunks/withdraw-TJ2GZCZ6.js")).withdraw
  }
};

// src/cli.ts
function help() {
  const lines = Object.values(COMMANDS).map((c) => `  ${c.synopsis}`);
  return `wxgate ${package_default.version} — publishing governance for WeChat Official Accounts (微信公众号)

Usage: wxgate <command> [options]

Commands:
${lines.join("\n")}
  help [command]     Show help for a command

Run 'wxgate <command> --help' for the options of a command.
Exit codes: 0 success · 1 the command found problems · 2 usage or configuration error.
`;
}
async function main(argv, io = defaultIo()) {
  const [name, ...rest] = argv;
  try {
    if (name === void 0 || name === "help" || name === "--help" || name === "-h") {
      const topic = rest[0] === void 0 ? void 0 : COMMANDS[rest[0]];
      io.out(topic ? helpIn(await topic.load(), localeOf(void 0, io.env)) : help());
      return 0;
    }
    if (name === "--version" || name === "-v") {
      io.out(`${package_default.version}
`);
      return 0;
    }
    const entry = COMMANDS[name];
    if (!entry) {
      const guess = didYouMean(name, [...Object.keys(COMMANDS), "help"]);
      throw new UsageError(`unknown command "${name}"${guess ? ` (did you mean "${guess}"?)` : ""}`);
    }
    return await (await entry.load()).run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`wxgate: ${error.message}
Run 'wxgate --help' for usage.
`);
      return 2;
    }
    if (error instanceof ConfigurationError) {
      io.err(`wxgate: configuration error: ${error.describe()}
`);
      return 2;
    }
    throw error;
  }
}
function defaultIo() {
  return {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    isTty: Boolean(process.stdout.isTTY),
    env: process.env,
    ...process.stdin.isTTY ? { ask: askOnTerminal } : {}
  };
}
async function askOnTerminal(question) {
  const { createInterface } = await import("node:readline/promises");
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await terminal.question(question);
  } finally {
    terminal.close();
  }
}
if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) {
  endQuietlyWhenReaderLeaves();
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(
        `wxgate: internal error (please report it): ${error.stack ?? String(error)}
`
      );
      process.exitCode = 2;
    }
  );
}
function endQuietlyWhenReaderLeaves() {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error) => {
      if (error.code !== "EPIPE") throw error;
      process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
    });
  }
}
export {
  main
};
