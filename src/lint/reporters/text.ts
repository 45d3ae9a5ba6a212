import { compose, type Locale } from '../../text/vocabulary.js';
import type { FileResult } from '../runner.js';
import { countSeverities } from './json.js';

const LABELS = {
  'zh-CN': {
    error: '错误',
    warning: '警告',
    info: '提示',
    suppressed: '已屏蔽（需审核人知悉）',
    reason: '原因',
    clean: (n: number) => `✔ ${n} 个文件全部通过。`,
    summary: (e: number, w: number, i: number, n: number) =>
      `${e > 0 ? '✖' : '⚠'} ${n} 个文件：${e} 个错误，${w} 个警告，${i} 个提示。`,
    fixable: (k: number) => `  其中 ${k} 个可用 wxgate check --fix 自动修正（先用 --fix-dry-run 查看改动）。`,
  },
  en: {
    error: 'error',
    warning: 'warning',
    info: 'info',
    suppressed: 'suppressed (reviewers must see these)',
    reason: 'reason',
    clean: (n: number) => `✔ ${n} file(s), no problems.`,
    summary: (e: number, w: number, i: number, n: number) =>
      `${e > 0 ? '✖' : '⚠'} ${n} file(s): ${e} error(s), ${w} warning(s), ${i} info.`,
    fixable: (k: number) =>
      `  ${k} of them can be fixed by wxgate check --fix (see the changes first with --fix-dry-run).`,
  },
};

/** Human report: one block per file with problems, `line:column severity message rule-id`, then a summary. */
export function formatText(files: readonly FileResult[], locale: Locale, color: boolean): string {
  const l = LABELS[locale];
  const paint = (code: number, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  let infos = 0;
  for (const file of files) {
    if (file.messages.length === 0 && file.suppressed.length === 0) continue;
    lines.push(paint(4, visible(file.path)));
    for (const m of file.messages) {
      if (m.severity === 'info') infos++;
      const sev =
        m.severity === 'error'
          ? paint(31, l.error)
          : m.severity === 'warning'
            ? paint(33, l.warning)
            : paint(36, l.info);
      lines.push(
        `  ${`${m.line}:${m.column}`.padEnd(8)} ${sev}  ${visible(compose(m.message, m.source, locale))}  ${paint(2, visible(m.ruleId))}`,
      );
    }
    if (file.suppressed.length > 0) {
      lines.push(`  ${paint(35, l.suppressed)}:`);
      for (const s of file.suppressed)
        lines.push(`  ${String(s.line).padEnd(8)} ${visible(s.ruleId)}  ${l.reason}: ${visible(s.reason)}`);
    }
    lines.push('');
  }
  const { errorCount, warningCount } = countSeverities(files);
  if (errorCount + warningCount + infos === 0) lines.push(l.clean(files.length));
  else lines.push(l.summary(errorCount, warningCount, infos, files.length));
  const fixable = files.reduce((n, f) => n + f.messages.filter((m) => m.fix).length, 0);
  if (fixable > 0) lines.push(l.fixable(fixable));
  return `${lines.join('\n')}\n`;
}

/**
 * Characters a terminal acts on instead of showing: C0 (line feed, carriage return, ESC that starts colour and OSC
 * sequences such as hyperlinks and window titles), DEL, C1 (CSI, OSC), the Unicode line separators, and the
 * bidirectional overrides that make text read differently from how it is stored.
 */
const UNSAFE_FOR_TERMINAL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Every string in a report can carry an author's text (messages quote it, paths are theirs), so escape sequences
 * are shown as `\u001b`, never sent raw: a file must not be able to recolour, rewrite or hide lines of a report.
 */
function visible(text: string): string {
  return text.replace(UNSAFE_FOR_TERMINAL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
