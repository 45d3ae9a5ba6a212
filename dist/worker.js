#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  checkFile
} from "./chunks/chunk-ANK62M5S.js";
import "./chunks/chunk-JZILXZJY.js";
import "./chunks/chunk-6ABNEBL4.js";
import {
  loadPolicies
} from "./chunks/chunk-SVYEWPXS.js";
import "./chunks/chunk-W2OP3S3I.js";
import {
  RULES
} from "./chunks/chunk-4TYVD6BT.js";
import "./chunks/chunk-FUNH44E3.js";
import "./chunks/chunk-RCBCJIJT.js";
import "./chunks/chunk-SFLZ3SSL.js";
import "./chunks/chunk-M2TF6722.js";
import "./chunks/chunk-2RFUJMZD.js";
import "./chunks/chunk-667CYVR4.js";
import "./chunks/chunk-PFD2E4ND.js";
import "./chunks/chunk-SBYNN2IV.js";
import "./chunks/chunk-G52JIPMW.js";
import "./chunks/chunk-IHZ2MIK7.js";
import "./chunks/chunk-M2DJWID3.js";
import "./chunks/chunk-ZRXVBFZK.js";

// src/app/check-worker.ts
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
