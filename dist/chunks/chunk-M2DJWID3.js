#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);

// src/platform/errors.ts
var ConfigurationError = class extends Error {
  file;
  line;
  field;
  /** The message in Chinese, where the command that meets it speaks Chinese to the person running it. */
  zh;
  constructor(message, place = {}) {
    super(message);
    this.name = "ConfigurationError";
    this.file = place.file;
    this.line = place.line;
    this.field = place.field;
    this.zh = place.zh;
  }
  /**
   * `policies/wxgate.yml:12: field "lead_time.hours": must be a positive number`; in Chinese
   * `policies/wxgate.yml:12：字段 "lead_time.hours"：…` when the error has a Chinese message.
   */
  describe(locale = "en") {
    const where = this.file ? `${this.file}${this.line ? `:${this.line}` : ""}` : "";
    if (locale === "zh-CN" && this.zh !== void 0) {
      return `${where ? `${where}：` : ""}${this.field ? `字段 "${this.field}"：` : ""}${this.zh}`;
    }
    return `${where ? `${where}: ` : ""}${this.field ? `field "${this.field}": ` : ""}${this.message}`;
  }
};

export {
  ConfigurationError
};
