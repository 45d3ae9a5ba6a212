import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  IMAGE_HEAD_BYTES,
  MAX_ARTICLE_BYTES,
  RULES,
  describeRefusal,
  fileError,
  lintBytes,
  loadPolicies,
  readArticleFile,
  readArticleFileHead,
  readImageFacts,
  siblingFiles,
  tooLarge
} from "./chunks/chunk-IT6MWL6K.js";
import "./chunks/chunk-NMKBMCXV.js";

// src/app/check.ts
import { availableParallelism } from "node:os";
import { basename, dirname as dirname2, join as join2 } from "node:path";

// src/app/check-cache.ts
import { dirname, join, relative } from "node:path";
var DEFAULT_CACHE_FILE = join(".wxgate-cache", "check.json");

// src/app/check.ts
function checkFile(cwd2, path, setup2) {
  const full = join2(cwd2, path);
  const read = readArticle(full);
  if (!read.ok) {
    if (read.reason === "too-large") return fileError(path, 1, tooLarge(read.size));
    const why = describeRefusal(read);
    const advice = read.reason === "missing" ? { zh: "请检查路径和权限。", en: "check the path and permissions." } : { zh: "请提交文件本身。", en: "commit the file itself." };
    return fileError(path, 1, { zh: `文件${why.zh}，${advice.zh}`, en: `The file ${why.en}; ${advice.en}` });
  }
  const siblings = siblingFiles(dirname2(full));
  return lintBytes(path, read.bytes, setup2, siblings, imagesBeside(dirname2(full), siblings));
}
function imagesBeside(folder, names) {
  const facts = /* @__PURE__ */ new Map();
  for (const name of names) {
    if (name.toLowerCase().endsWith(".md")) continue;
    const read = readArticleFileHead(folder, name, IMAGE_HEAD_BYTES);
    if (read.ok) facts.set(name, readImageFacts(read.head, read.size));
  }
  return facts;
}
function readArticle(full) {
  return readArticleFile(dirname2(full), basename(full), MAX_ARTICLE_BYTES);
}
var PARALLEL_MIN_BYTES = 256 * 1024;
var IN_PROCESS_MAX_FILE_BYTES = 64 * 1024;
var DEFAULT_JOBS = Math.max(1, availableParallelism());

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
