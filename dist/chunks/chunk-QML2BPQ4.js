#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);

// src/platform/errors.ts
var ConfigurationError = class extends Error {
  file;
  line;
  field;
  constructor(message, place = {}) {
    super(message);
    this.name = "ConfigurationError";
    this.file = place.file;
    this.line = place.line;
    this.field = place.field;
  }
  /** `policies/wxgate.yml:12: field "lead_time.hours": must be a positive number` */
  describe() {
    const where = this.file ? `${this.file}${this.line ? `:${this.line}` : ""}: ` : "";
    const field = this.field ? `field "${this.field}": ` : "";
    return `${where}${field}${this.message}`;
  }
};

export {
  ConfigurationError
};
