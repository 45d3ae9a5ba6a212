#!/usr/bin/env node

// src/platform/bundle-loader.ts
import { readFileSync as readFileSync2 } from "node:fs";
import Module, { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { debuglog } from "node:util";
import { Script } from "node:vm";

// src/platform/compile-cache.ts
import { createHash } from "node:crypto";
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync
} from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
function compileCacheSetting(env, home = homedir) {
  const setting = env.WXGATE_COMPILE_CACHE?.trim();
  if (setting && /^(off|0|false|no)$/i.test(setting)) return { off: "WXGATE_COMPILE_CACHE is off" };
  if (setting) return { dir: setting };
  if (env.CI && !/^(0|false)$/i.test(env.CI)) return { off: "CI is set" };
  const xdg = env.XDG_CACHE_HOME?.trim();
  if (xdg) return { dir: join(xdg, "wxgate") };
  try {
    return { dir: join(home(), ".cache", "wxgate") };
  } catch {
    return { off: "no home folder" };
  }
}
function compileCacheFile(dir, bundleDigest, command) {
  const name = /^[a-z][a-z-]{0,30}$/.test(command) ? command : "other";
  return join(dir, `${filePrefix(bundleDigest)}${name}.v8cache`);
}
function filePrefix(bundleDigest) {
  return `cli-${bundleDigest}-node${process.versions.node}-${process.arch}-`;
}
var MAGIC = Buffer.from("WXGCC1\n");
var DIGEST_BYTES = 32;
function readCompileCache(file) {
  try {
    if (!isPrivate(file)) return void 0;
    const bytes = readFileSync(file);
    const start = MAGIC.length + DIGEST_BYTES;
    if (bytes.length <= start || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return void 0;
    const code = bytes.subarray(start);
    const digest = createHash("sha256").update(code).digest();
    return digest.equals(bytes.subarray(MAGIC.length, start)) ? code : void 0;
  } catch {
    return void 0;
  }
}
function writeCompileCache(file, dir, code) {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true, mode: 448 });
    if (!isPrivate(dir)) return false;
    const fd = openSync(temp, "wx", 384);
    try {
      writeSync(fd, MAGIC);
      writeSync(fd, createHash("sha256").update(code).digest());
      writeSync(fd, code);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
    return true;
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
    }
    return false;
  }
}
var STALE_MS = 7 * 24 * 3600 * 1e3;
function pruneCompileCache(dir, bundleDigest, now = Date.now()) {
  try {
    const keep = filePrefix(bundleDigest);
    for (const name of readdirSync(dir)) {
      if (!/^cli-.*\.v8cache(\.\d+\.tmp)?$/.test(name) || name.startsWith(keep)) continue;
      const path = join(dir, name);
      if (now - statSync(path).mtimeMs > STALE_MS) rmSync(path, { force: true });
    }
  } catch {
  }
}
function isPrivate(path) {
  const stat = statSync(path);
  if (typeof process.getuid !== "function") return true;
  return stat.uid === process.getuid() && (stat.mode & 18) === 0;
}

// src/platform/bundle-loader.ts
var debug = debuglog("wxgate");
function loadBundle(bundleUrl, bundleDigest, cacheKey, expected) {
  const bundle = fileURLToPath(bundleUrl);
  const source = readFileSync2(bundle, "latin1");
  const setting = cacheKey === void 0 ? { off: "not used here" } : compileCacheSetting(process.env);
  const file = "dir" in setting && cacheKey !== void 0 ? compileCacheFile(setting.dir, bundleDigest, cacheKey) : void 0;
  const cached = file === void 0 ? void 0 : readCompileCache(file);
  const script = new Script(Module.wrap(source), {
    filename: bundle,
    ...cached ? { cachedData: cached } : {}
  });
  const usable = cached !== void 0 && !script.cachedDataRejected;
  debug(
    "off" in setting ? `compile cache off: ${setting.off}` : usable ? `compile cache used: ${file}` : `compile cache ${cached ? "refused by V8" : "missing or damaged"}: ${file}`
  );
  let unlike = false;
  if (file !== void 0 && !usable) {
    process.on("exit", (code) => {
      if (code !== 0 && code !== 1) return;
      if (unlike) {
        debug(`compile cache not written (the work ran in worker processes): ${file}`);
        return;
      }
      const written = writeCompileCache(file, dirname(file), script.createCachedData());
      debug(
        `compile cache ${written ? "written" : "not written (folder not private or not writable)"}: ${file}`
      );
      if (written) pruneCompileCache(dirname(file), bundleDigest);
    });
  }
  const module = { exports: {} };
  const wrapper = script.runInThisContext();
  wrapper.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  const missing = expected.filter((name) => typeof module.exports[name] !== "function");
  if (missing.length > 0) throw new Error(`${bundle} does not export ${missing.join(", ")}`);
  return {
    entries: module.exports,
    unlikeNextRun: () => {
      unlike = true;
    }
  };
}

// src/action-loader.ts
await loadBundle(
  new URL("./action.cjs", import.meta.url),
  "88d188f549195a8a",
  void 0,
  ["run"]
).entries.run();
