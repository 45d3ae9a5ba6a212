import type { LocalizedText } from '../../lint/types.js';

/**
 * One thing `wxgate doctor` found. A problem keeps the repository from working as set up (exit 1); a note is worth
 * knowing and changes nothing. Every finding says how to fix it.
 */
export interface Finding {
  /** Stable id of the check, e.g. `placeholder`, `ledger-protection`. */
  check: string;
  severity: 'problem' | 'note';
  file?: string;
  line?: number;
  message: LocalizedText;
  fix: LocalizedText;
}

export function problem(check: string, message: LocalizedText, fix: LocalizedText, at: Place = {}): Finding {
  return { check, severity: 'problem', ...at, message, fix };
}

export function note(check: string, message: LocalizedText, fix: LocalizedText, at: Place = {}): Finding {
  return { check, severity: 'note', ...at, message, fix };
}

interface Place {
  file?: string;
  line?: number;
}

/** 1-based line of the first match of `pattern` in `text`, or undefined. */
export function lineOf(text: string, pattern: RegExp): number | undefined {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => pattern.test(l));
  return i === -1 ? undefined : i + 1;
}
