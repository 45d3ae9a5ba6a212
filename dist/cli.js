#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  package_default
} from "./chunks/chunk-5LT5SQIM.js";
import {
  UsageError
} from "./chunks/chunk-ZAWP65QG.js";
import {
  ConfigurationError
} from "./chunks/chunk-QML2BPQ4.js";
import "./chunks/chunk-ZRXVBFZK.js";

// src/cli.ts
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";

// src/commands/index.ts
var COMMANDS = {
  audit: {
    synopsis: "audit              The quarterly review from git: every article, anomalies with evidence",
    load: async () => (await import("./chunks/audit-BPMEZYB6.js")).audit
  },
  check: {
    synopsis: "check [paths...]   Check articles for compliance (default path: content/)",
    load: async () => (await import("./chunks/check-UQI6WT7K.js")).check
  },
  emulator: {
    synopsis: "emulator           Run a local WeChat API emulator (default http://127.0.0.1:8086)",
    load: async () => (await import("./chunks/emulator-4HECNAFA.js")).emulator
  },
  explain: {
    synopsis: "explain <scenario>  Show the verdict the pull-request check would give a described PR",
    load: async () => (await import("./chunks/explain-ECKC3I7A.js")).explain
  },
  preview: {
    synopsis: "preview <article>   Write a phone-width HTML preview of an article as WeChat will show it",
    load: async () => (await import("./chunks/preview-ZIKRYLTW.js")).preview
  },
  publish: {
    synopsis: "publish            Publish the due merged articles to WeChat, exactly once, with records in git",
    load: async () => (await import("./chunks/publish-QM3KHNA3.js")).publish
  },
  rules: {
    synopsis: "rules              List every rule with its id, default severity and source",
    load: async () => (await import("./chunks/rules-D4TAO3NW.js")).rules
  },
  withdraw: {
    synopsis: "withdraw <article> Delete a published article from WeChat (emergency) and record who and why",
    load: async () => (await import("./chunks/withdraw-3LVOA32J.js")).withdraw
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
      io.out(topic ? (await topic.load()).help : help());
      return 0;
    }
    if (name === "--version" || name === "-v") {
      io.out(`${package_default.version}
`);
      return 0;
    }
    const entry = COMMANDS[name];
    if (!entry) throw new UsageError(`unknown command "${name}"`);
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
    env: process.env
  };
}
if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) {
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
export {
  main
};
