#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  checkFile
} from "./chunks/chunk-YE3BZ6GA.js";
import "./chunks/chunk-HP6DL65D.js";
import "./chunks/chunk-3XYA2J4X.js";
import "./chunks/chunk-OJINQSEG.js";
import {
  loadPolicies
} from "./chunks/chunk-QRX2WJAV.js";
import "./chunks/chunk-MMGHGT3C.js";
import {
  RULES
} from "./chunks/chunk-DK55A3RK.js";
import "./chunks/chunk-ZYVRXDMK.js";
import "./chunks/chunk-M2TF6722.js";
import "./chunks/chunk-2RFUJMZD.js";
import "./chunks/chunk-PIF3PWYJ.js";
import "./chunks/chunk-PFD2E4ND.js";
import "./chunks/chunk-O3BHMBUV.js";
import "./chunks/chunk-G52JIPMW.js";
import "./chunks/chunk-IHZ2MIK7.js";
import "./chunks/chunk-QML2BPQ4.js";
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
