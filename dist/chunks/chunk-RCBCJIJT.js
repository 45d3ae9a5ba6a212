#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);

// src/platform/files.ts
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync
} from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", "dist"]);
function collectMarkdownFiles(paths, cwd) {
  const files = /* @__PURE__ */ new Set();
  const missing = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith(".")) walk(full);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && isArticleName(entry.name)) {
        files.add(toPosix(relative(cwd, full)));
      }
    }
  };
  for (const p of paths) {
    const full = resolve(cwd, p);
    let stat;
    try {
      stat = statSync(full);
    } catch {
      missing.push(p);
      continue;
    }
    if (stat.isDirectory()) walk(full);
    else files.add(toPosix(relative(cwd, full)));
  }
  return { files: [...files].sort(), missing };
}
function siblingFiles(dir) {
  try {
    return new Set(
      readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name)
    );
  } catch {
    return /* @__PURE__ */ new Set();
  }
}
function isArticleName(name) {
  return name.endsWith(".md") && name.toLowerCase() !== "readme.md";
}
function toPosix(p) {
  return sep === "/" ? p : p.split(sep).join("/");
}
var MAX_ASSET_BYTES = 10 * 1024 * 1024;
function readArticleFile(folder, localPath, maxBytes) {
  return withArticleFile(folder, localPath, (fd, size) => {
    if (size > maxBytes) return { ok: false, reason: "too-large", size, limit: maxBytes };
    const read = readUpTo(fd, Math.min(size, maxBytes) + 1);
    if (read.length > maxBytes) return { ok: false, reason: "too-large", size: read.length, limit: maxBytes };
    return { ok: true, bytes: read };
  });
}
function readArticleFileHead(folder, localPath, headBytes) {
  return withArticleFile(folder, localPath, (fd, size) => ({
    ok: true,
    head: readUpTo(fd, Math.min(size, headBytes)),
    size
  }));
}
function withArticleFile(folder, localPath, use) {
  const full = join(folder, localPath);
  if (isAbsolute(localPath) || !isInside(folder, full)) return { ok: false, reason: "outside" };
  let target;
  try {
    target = realpathSync(full);
    if (!isInside(realpathSync(folder), target)) return { ok: false, reason: "outside" };
  } catch (error) {
    return { ok: false, reason: "missing", code: errorCode(error) };
  }
  let fd;
  try {
    fd = openSync(target, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, reason: "missing", code: errorCode(error) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: "not-regular", kind: kindOf(stat) };
    return use(fd, stat.size);
  } catch (error) {
    return { ok: false, reason: "missing", code: errorCode(error) };
  } finally {
    closeSync(fd);
  }
}
function readUpTo(fd, limit) {
  const buffer = Buffer.alloc(limit);
  let length = 0;
  while (length < limit) {
    const n = readSync(fd, buffer, length, limit - length, length);
    if (n === 0) break;
    length += n;
  }
  return buffer.subarray(0, length);
}
function describeRefusal(refused) {
  switch (refused.reason) {
    case "missing":
      return { zh: `无法读取（${refused.code}）`, en: `cannot be read (${refused.code})` };
    case "outside":
      return {
        zh: "是指向文章目录之外的符号链接，wxgate 不读取",
        en: "is a symbolic link that leads outside the article folder, which wxgate does not follow"
      };
    case "not-regular":
      return {
        zh: `不是普通文件（${refused.kind}），wxgate 不读取`,
        en: `is not a regular file (${refused.kind}), which wxgate does not read`
      };
    case "too-large":
      return {
        zh: `超过 ${refused.limit} 字节的读取上限`,
        en: `is larger than the ${refused.limit}-byte read limit`
      };
  }
}
function isInside(folder, path) {
  const rel = relative(folder, path);
  return rel !== "" && !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}
function kindOf(stat) {
  if (stat.isDirectory()) return "directory";
  if (stat.isFIFO()) return "FIFO";
  if (stat.isCharacterDevice()) return "character device";
  if (stat.isBlockDevice()) return "block device";
  if (stat.isSocket()) return "socket";
  return "special file";
}
function errorCode(error) {
  return error.code ?? String(error);
}
function findRepositoryRoot(start) {
  let dir = resolve(start);
  for (; ; ) {
    try {
      if (statSync(join(dir, "policies")).isDirectory()) return dir;
    } catch {
    }
    const parent = dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
function rebase(path, from, to) {
  return toPosix(relative(to, resolve(from, path))) || ".";
}

export {
  collectMarkdownFiles,
  siblingFiles,
  toPosix,
  MAX_ASSET_BYTES,
  readArticleFile,
  readArticleFileHead,
  describeRefusal,
  findRepositoryRoot,
  rebase
};
