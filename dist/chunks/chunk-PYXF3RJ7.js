#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  didYouMean
} from "./chunk-PFD2E4ND.js";

// src/commands/command.ts
import { parseArgs } from "node:util";
var UsageError = class extends Error {
};
function parse(args, options) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(usageProblem(error, options));
  }
}
function usageProblem(error, options) {
  const named = /'([^']+)'/.exec(error.message)?.[1];
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && named !== void 0) {
    const known = Object.entries(options).flatMap(([name, o]) => [
      `--${name}`,
      ...o.short ? [`-${o.short}`] : []
    ]);
    const guess = didYouMean(named, known);
    return `unknown option ${named}${guess ? ` (did you mean ${guess}?)` : ""}`;
  }
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && named !== void 0) {
    const long = /--[\w-]+/.exec(named)?.[0] ?? named;
    const option = options[long.slice(2)];
    return option?.type === "boolean" ? `option ${long} takes no value` : `option ${long} needs a value (${long} <value>)`;
  }
  if (error.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL")
    return `unexpected argument ${named ?? ""}`.trim();
  return error.message;
}
function oneOf(name, value, allowed, fallback) {
  if (value === void 0) return fallback;
  if (!allowed.includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(", ")} (got "${value}")`);
  }
  return value;
}
var HELP_OPTION = { help: { type: "boolean", short: "h" } };
function defineCommand(help, options, run) {
  const command = {
    help: typeof help === "string" ? help : help.en,
    ...typeof help === "string" ? {} : { helpZh: help.zh },
    async run(args, io) {
      const parsed = parse(args, { ...options, ...HELP_OPTION });
      const values = parsed.values;
      if (values.help) {
        io.out(helpIn(command, localeOf(values.locale, io.env)));
        return 0;
      }
      return run(parsed, io);
    }
  };
  return command;
}
function helpIn(command, locale) {
  return locale === "zh-CN" && command.helpZh !== void 0 ? command.helpZh : command.help;
}
function localeOf(value, env) {
  if (value !== void 0) return oneOf("locale", value, LOCALES, "zh-CN");
  const fromEnv = env.WXGATE_LOCALE;
  if (fromEnv === void 0 || fromEnv === "") return "zh-CN";
  if (!LOCALES.includes(fromEnv)) {
    throw new UsageError(`WXGATE_LOCALE must be one of ${LOCALES.join(", ")} (got "${fromEnv}")`);
  }
  return fromEnv;
}
var LOCALES = ["zh-CN", "en"];

export {
  UsageError,
  parse,
  oneOf,
  defineCommand,
  helpIn,
  localeOf
};
