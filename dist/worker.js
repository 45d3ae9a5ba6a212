#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  checkFile
} from "./chunks/chunk-B7CJJQL6.js";
import {
  loadPolicies
} from "./chunks/chunk-QSIJKKVK.js";
import "./chunks/chunk-ZQVMF2F5.js";
import "./chunks/chunk-2GECRFG6.js";
import {
  RULES
} from "./chunks/chunk-QK4Z3LW7.js";
import "./chunks/chunk-DRXBUWOD.js";
import "./chunks/chunk-SQMFS4OS.js";
import "./chunks/chunk-Y5NOFYYD.js";
import "./chunks/chunk-CR756UXX.js";
import "./chunks/chunk-QML2BPQ4.js";
import "./chunks/chunk-ZRXVBFZK.js";

// src/lint/worker.ts
var cwd = ".";
var setup;
var failure;
var ready = Promise.resolve();
var reply = (message) => process.send?.(message);
process.on("message", async (message) => {
  if (message.type === "setup") {
    cwd = message.cwd;
    ready = loadPolicies(message.policiesDir, RULES).then(
      ({ policy, lexicon }) => {
        setup = { rules: RULES, policy, lexicon, locale: message.locale };
      },
      (error) => {
        failure = error instanceof Error ? error.message : String(error);
      }
    );
    return;
  }
  await ready;
  if (!setup) reply({ type: "failed", message: failure ?? "no setup received" });
  else {
    for (const path of message.paths) {
      reply({ type: "result", result: checkFile(cwd, path, setup) });
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
});
