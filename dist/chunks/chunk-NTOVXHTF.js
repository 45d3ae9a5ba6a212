#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  fileError,
  lintBytes
} from "./chunk-PQTF2QBL.js";
import {
  MAX_ARTICLE_BYTES,
  tooLarge
} from "./chunk-QI4ADP2A.js";
import {
  loadPolicies
} from "./chunk-L2IO4MNK.js";
import {
  RULES
} from "./chunk-ZOOQVKV7.js";
import {
  IMAGE_HEAD_BYTES,
  readImageFacts
} from "./chunk-FUNH44E3.js";
import {
  collectMarkdownFiles,
  describeRefusal,
  readArticleFile,
  readArticleFileHead,
  siblingFiles
} from "./chunk-RCBCJIJT.js";

// src/app/check-cache.ts
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
var DEFAULT_CACHE_FILE = join(".wxgate-cache", "check.json");
function openCheckCache(file, policiesDir) {
  const context = sha256(["wxgate-check-cache-2", buildIdentity(), directoryDigest(policiesDir)].join("\0"));
  const stored = read(file);
  const entries = stored?.context === context ? stored.entries : {};
  return {
    key(path, bytes, siblings, images) {
      const hash = createHash("sha256");
      hash.update(path).update("\0").update([...siblings].sort().join("\n")).update("\0").update(JSON.stringify([...images].sort(([a], [b]) => a < b ? -1 : 1))).update("\0").update(bytes);
      return hash.digest("hex");
    },
    get(path, key) {
      const entry = entries[path];
      return entry?.key === key ? entry.result : void 0;
    },
    set(path, key, result) {
      entries[path] = { key, result };
    },
    save() {
      const data = { version: 1, context, entries };
      mkdirSync(dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(data));
      renameSync(temporary, file);
    }
  };
}
function read(file) {
  try {
    const data = JSON.parse(readFileSync(file, "utf8"));
    if (data.version !== 1 || typeof data.context !== "string" || typeof data.entries !== "object")
      return void 0;
    return data;
  } catch {
    return void 0;
  }
}
function buildIdentity() {
  const file = fileURLToPath(import.meta.url);
  return file.endsWith(".ts") ? directoryDigest(join(dirname(file), "..")) : sha256(readFileSync(file));
}
function directoryDigest(dir) {
  const hash = createHash("sha256");
  const walk = (at) => {
    for (const name of readdirSync(at).sort()) {
      const full = join(at, name);
      if (statSync(full).isDirectory()) walk(full);
      else hash.update(relative(dir, full)).update("\0").update(readFileSync(full)).update("\0");
    }
  };
  walk(dir);
  return hash.digest("hex");
}
function sha256(data) {
  return createHash("sha256").update(data).digest("hex");
}

// src/app/check.ts
import { existsSync, statSync as statSync2 } from "node:fs";
import { availableParallelism } from "node:os";
import { basename, dirname as dirname2, join as join2 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// src/app/worker-pool.ts
import { fork } from "node:child_process";
var DEFAULT_FILE_BUDGET_MS = 2e4;
var timer = (_path, budgetMs, expire) => {
  const t = setTimeout(expire, budgetMs);
  return () => clearTimeout(t);
};
var SEMI_SPACE_MB = 64;
var INLINED_BYTECODE_MAX = 100;
function startWorkerPool(workerFile, setup, count, options = { fileBudgetMs: DEFAULT_FILE_BUDGET_MS }) {
  const watch = options.watch ?? timer;
  const workers = [];
  const spawn = () => {
    const child = fork(workerFile, [], {
      execArgv: [
        ...process.execArgv,
        "--single-threaded",
        `--max-semi-space-size=${SEMI_SPACE_MB}`,
        `--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE_MAX}`
      ],
      serialization: "advanced",
      stdio: ["ignore", "ignore", "inherit", "ipc"]
    });
    child.on("error", () => {
    });
    child.send({ type: "setup", ...setup });
    workers.push(child);
    return child;
  };
  for (let i = 0; i < count; i++) spawn();
  const stop = () => {
    for (const w of workers) if (w.connected) w.disconnect();
  };
  return {
    stop,
    check: (paths) => new Promise((resolve, reject) => {
      const results = [];
      let next = 0;
      const returned = [];
      let settled = false;
      const budgets = /* @__PURE__ */ new Set();
      const settle = () => {
        settled = true;
        for (const cancel of budgets) cancel();
        budgets.clear();
      };
      const fail = (error) => {
        if (settled) return;
        settle();
        for (const w of workers) w.kill();
        reject(error);
      };
      const finishIfDone = () => {
        if (settled || results.length !== paths.length) return;
        settle();
        stop();
        resolve(results);
      };
      const remaining = () => paths.length - next + returned.length;
      const drive = (w) => {
        let chunk = [];
        let done = 0;
        let cancel = () => {
        };
        let killed = false;
        const startFile = () => {
          const path = chunk[done];
          let stopWatch = () => {
          };
          const entry = () => {
            budgets.delete(entry);
            stopWatch();
          };
          budgets.add(entry);
          cancel = entry;
          stopWatch = watch(path, options.fileBudgetMs, () => {
            budgets.delete(entry);
            if (settled || killed) return;
            killed = true;
            w.kill("SIGKILL");
            results.push(fileError(path, 1, overBudget(options.fileBudgetMs)));
            returned.unshift(...chunk.slice(done + 1));
            chunk = [];
            if (remaining() > 0) drive(spawn());
            finishIfDone();
          });
        };
        const handOut = () => {
          if (remaining() === 0) return;
          const size = Math.ceil(remaining() / (2 * count));
          chunk = takeChunk(size);
          done = 0;
          w.send({ type: "check", paths: chunk });
          startFile();
        };
        const takeChunk = (size) => {
          const fromReturned = returned.splice(0, size);
          const fresh = paths.slice(next, next + size - fromReturned.length);
          next += fresh.length;
          return [...fromReturned, ...fresh];
        };
        w.on("message", (message) => {
          if (killed || settled) return;
          if (message.type === "failed") return fail(new Error(`check worker: ${message.message}`));
          cancel();
          results.push(message.result);
          done++;
          if (done < chunk.length) startFile();
          else {
            chunk = [];
            handOut();
            if (chunk.length === 0 && w.connected) w.disconnect();
          }
          finishIfDone();
        });
        w.once("error", (error) => {
          if (!killed) fail(error);
        });
        w.once("exit", (code, signal) => {
          const pending = chunk.length - done;
          if (!killed && pending > 0) {
            fail(
              new Error(
                `check worker stopped (${signal ?? `exit code ${code}`}) with ${pending} file(s) unchecked`
              )
            );
          }
        });
        handOut();
      };
      for (const w of [...workers]) drive(w);
      finishIfDone();
    })
  };
}
function overBudget(budgetMs) {
  const seconds = budgetMs / 1e3;
  return {
    zh: `检查本文件超过了每个文件 ${seconds} 秒的时间上限，已中止。文章可能含有让解析器极慢的结构（大量嵌套、未闭合的标记或超长的段落），请简化后再试。`,
    en: `Checking this file took longer than the ${seconds}-second limit per file and was stopped. It may contain structures that make the parser very slow (deep nesting, unclosed marks, very long paragraphs); simplify it.`
  };
}

// src/app/check.ts
function checkFile(cwd, path, setup) {
  const full = join2(cwd, path);
  const read2 = readArticle(full);
  if (!read2.ok) {
    if (read2.reason === "too-large") return fileError(path, 1, tooLarge(read2.size));
    const why = describeRefusal(read2);
    const advice = read2.reason === "missing" ? { zh: "请检查路径和权限。", en: "check the path and permissions." } : { zh: "请提交文件本身。", en: "commit the file itself." };
    return fileError(path, 1, { zh: `文件${why.zh}，${advice.zh}`, en: `The file ${why.en}; ${advice.en}` });
  }
  const siblings = siblingFiles(dirname2(full));
  return lintBytes(path, read2.bytes, setup, siblings, imagesBeside(dirname2(full), siblings));
}
function imagesBeside(folder, names) {
  const facts = /* @__PURE__ */ new Map();
  for (const name of names) {
    if (name.toLowerCase().endsWith(".md")) continue;
    const read2 = readArticleFileHead(folder, name, IMAGE_HEAD_BYTES);
    if (read2.ok) facts.set(name, readImageFacts(read2.head, read2.size));
  }
  return facts;
}
function readArticle(full) {
  return readArticleFile(dirname2(full), basename(full), MAX_ARTICLE_BYTES);
}
async function runCheck(request) {
  const { files, missing } = collectMarkdownFiles(request.paths, request.cwd);
  const cache = request.cacheFile !== void 0 && existsSync(request.policiesDir) ? openCheckCache(request.cacheFile, request.policiesDir) : void 0;
  const keys = /* @__PURE__ */ new Map();
  const fromCache = [];
  const toCheck = [];
  for (const path of files) {
    const key = cache && contentKey(cache, request.cwd, path);
    const hit = key === void 0 ? void 0 : cache?.get(path, key);
    if (key !== void 0) keys.set(path, key);
    if (hit) fromCache.push(hit);
    else toCheck.push(path);
  }
  const checked = await checkFiles(request, toCheck);
  const outcome = {
    files: sortByPath([...fromCache, ...checked]),
    missing,
    cached: fromCache.length
  };
  if (cache && checked.length > 0) {
    for (const result of checked) {
      const key = keys.get(result.path);
      if (key !== void 0) cache.set(result.path, key, result);
    }
    try {
      cache.save();
    } catch (error) {
      outcome.cacheProblem = `${request.cacheFile}: ${error.message}`;
    }
  }
  return outcome;
}
function contentKey(cache, cwd, path) {
  const full = join2(cwd, path);
  const read2 = readArticle(full);
  if (!read2.ok) return void 0;
  const siblings = siblingFiles(dirname2(full));
  return cache.key(path, read2.bytes, siblings, imagesBeside(dirname2(full), siblings));
}
async function checkFiles(request, files) {
  const sizes = new Map(files.map((f) => [f, sizeOf(request.cwd, f)]));
  const workerFile = findWorkerFile();
  const workers = planWorkers([...sizes.values()], request.jobs);
  const pool = workers > 0 && existsSync(workerFile) ? startWorkerPool(workerFile, { cwd: request.cwd, policiesDir: request.policiesDir }, workers, {
    fileBudgetMs: request.fileBudgetMs ?? DEFAULT_FILE_BUDGET_MS
  }) : void 0;
  let loaded;
  try {
    loaded = await loadPolicies(request.policiesDir, RULES);
  } catch (error) {
    pool?.stop();
    throw error;
  }
  if (!pool) {
    const setup = { rules: RULES, ...loaded };
    return files.map((f) => checkFile(request.cwd, f, setup));
  }
  return pool.check([...files].sort((a, b) => sizes.get(b) - sizes.get(a)));
}
function sortByPath(results) {
  return results.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
var PARALLEL_MIN_BYTES = 256 * 1024;
var IN_PROCESS_MAX_FILE_BYTES = 64 * 1024;
function planWorkers(sizes, jobs) {
  if (sizes.length === 0) return 0;
  const anyLarge = sizes.some((size) => size > IN_PROCESS_MAX_FILE_BYTES);
  const total = sizes.reduce((a, b) => a + b, 0);
  const parallel = jobs >= 2 && sizes.length >= 2 && total >= PARALLEL_MIN_BYTES;
  if (!anyLarge && !parallel) return 0;
  return Math.max(1, Math.min(jobs, sizes.length));
}
function sizeOf(cwd, path) {
  try {
    return statSync2(join2(cwd, path)).size;
  } catch {
    return 0;
  }
}
var DEFAULT_JOBS = Math.max(1, availableParallelism());
function findWorkerFile() {
  const here = new URL("./worker.js", import.meta.url);
  const above = new URL("../worker.js", import.meta.url);
  return fileURLToPath2(existsSync(fileURLToPath2(here)) ? here : above);
}

export {
  DEFAULT_CACHE_FILE,
  checkFile,
  runCheck,
  DEFAULT_JOBS
};
