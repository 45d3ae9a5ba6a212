#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  defaultTheme,
  parseTheme
} from "./chunk-ZOOQVKV7.js";
import {
  ConfigurationError
} from "./chunk-M2DJWID3.js";

// src/config/theme-file.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
function loadTheme(path) {
  let file = path;
  if (existsSync(path) && statSync(path).isDirectory()) file = join(path, "default.yml");
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = error.code ?? String(error);
    throw new ConfigurationError(`theme file cannot be read (${code})`, { file });
  }
  return parseTheme(text, file);
}
function resolveTheme(cwd, given) {
  if (given !== void 0) return loadTheme(resolve(cwd, given));
  const own = join(cwd, "policies", "themes", "default.yml");
  return existsSync(own) ? loadTheme(own) : defaultTheme;
}

export {
  resolveTheme
};
