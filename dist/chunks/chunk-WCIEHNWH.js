#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);

// src/text/vocabulary.ts
function compose(message, source, locale) {
  return locale === "en" ? `${message.en} (Source: ${source})` : `${message.zh}（依据：${source}）`;
}

// src/lint/reporters/json.ts
function formatJson(files, locale) {
  const out = {
    files: files.map((f) => ({
      path: f.path,
      messages: f.messages.map((m) => ({
        ruleId: m.ruleId,
        severity: m.severity,
        line: m.line,
        column: m.column,
        endLine: m.endLine,
        endColumn: m.endColumn,
        message: compose(m.message, m.source, locale),
        actual: m.actual
      })),
      suppressed: f.suppressed.map((s) => ({ ruleId: s.ruleId, line: s.line, reason: s.reason }))
    })),
    ...countSeverities(files)
  };
  return `${JSON.stringify(out, null, 2)}
`;
}
function countSeverities(files) {
  let errorCount = 0;
  let warningCount = 0;
  for (const f of files) {
    for (const m of f.messages) {
      if (m.severity === "error") errorCount++;
      else if (m.severity === "warning") warningCount++;
    }
  }
  return { errorCount, warningCount };
}

export {
  compose,
  formatJson,
  countSeverities
};
