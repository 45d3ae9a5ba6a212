#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  checkFile
} from "./chunks/chunk-NTOVXHTF.js";
import "./chunks/chunk-PQTF2QBL.js";
import "./chunks/chunk-QI4ADP2A.js";
import {
  loadPolicies
} from "./chunks/chunk-L2IO4MNK.js";
import "./chunks/chunk-3YKSMKVR.js";
import {
  RULES
} from "./chunks/chunk-ZOOQVKV7.js";
import "./chunks/chunk-FUNH44E3.js";
import "./chunks/chunk-RCBCJIJT.js";
import "./chunks/chunk-NZZYWQNC.js";
import "./chunks/chunk-OEEOITOW.js";
import "./chunks/chunk-2RFUJMZD.js";
import "./chunks/chunk-AJFJEGPM.js";
import "./chunks/chunk-PFD2E4ND.js";
import "./chunks/chunk-6YKWKTNI.js";
import "./chunks/chunk-HKUFPJ4K.js";
import "./chunks/chunk-B6G33NBB.js";
import "./chunks/chunk-OKF366UL.js";
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
        setup = { rules: RULES, policy, lexicon };
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
