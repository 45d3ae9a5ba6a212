#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  findRepositoryRoot,
  rebase,
  toPosix
} from "./chunk-RCBCJIJT.js";

// src/commands/repository.ts
import { existsSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
function repositoryOf(io) {
  const cwd = resolve(io.cwd);
  const root = findRepositoryRoot(cwd) ?? cwd;
  return {
    root,
    cwd,
    policiesDir: (option) => option === void 0 ? join(root, "policies") : resolve(cwd, String(option)),
    fromUser: (path) => toPosix(relative(root, resolve(cwd, path))) || ".",
    shown: (path) => rebase(path, root, cwd)
  };
}
function articleArgument(repository, given) {
  const full = resolve(repository.cwd, given);
  if (!existsSync(full)) return given;
  const inside = relative(repository.root, full);
  return inside === "" || inside.startsWith("..") || isAbsolute(inside) ? given : toPosix(inside);
}

export {
  repositoryOf,
  articleArgument
};
