import { compose, type Locale } from '../../text/vocabulary.js';
import type { FileResult } from '../runner.js';

/**
 * The stable JSON contract: field names and nesting never change within a major version. `message` is one string
 * in the locale asked for, its source at the end, as the text report shows it.
 */
export function formatJson(files: readonly FileResult[], locale: Locale): string {
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
        actual: m.actual,
      })),
      suppressed: f.suppressed.map((s) => ({ ruleId: s.ruleId, line: s.line, reason: s.reason })),
    })),
    ...countSeverities(files),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

export function countSeverities(files: readonly FileResult[]): { errorCount: number; warningCount: number } {
  let errorCount = 0;
  let warningCount = 0;
  for (const f of files) {
    for (const m of f.messages) {
      if (m.severity === 'error') errorCount++;
      else if (m.severity === 'warning') warningCount++;
    }
  }
  return { errorCount, warningCount };
}
