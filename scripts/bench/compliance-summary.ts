// What `wxgate check --format json` says about compliance on a corpus, in the figures the precision work is judged
// by: how many files get at least one compliance error, and which rules and matched texts those errors come from.
// Only the rules about what an article claims or asks of readers count; format, typography and size rules do not
// (the corpora are plain articles without front matter, so format/* fires on every file by design).

/** Rules whose errors are compliance findings: the law/ family and three WeChat platform rules. */
export function isComplianceRule(ruleId: string): boolean {
  return (
    ruleId.startsWith('law/') ||
    ruleId === 'wechat/induced-share' ||
    ruleId === 'wechat/induced-follow' ||
    ruleId === 'wechat/clickbait-title'
  );
}

interface CheckMessage {
  ruleId: string;
  severity: string;
  actual?: string;
}

interface CheckReport {
  files: { path: string; messages: CheckMessage[] }[];
}

export interface ComplianceSummary {
  files: number;
  filesWithError: number;
  errors: number;
  /** Rule id → errors, most first. */
  byRule: [string, number][];
  /** "rule: matched text" → errors, most first, at most `top`. */
  byText: [string, number][];
}

function ranked(counts: Map<string, number>, top = Number.POSITIVE_INFINITY): [string, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, top);
}

/** Tallies the compliance errors of a parsed check report; throws on a report of another shape. */
export function summarizeCompliance(report: unknown, top = 20): ComplianceSummary {
  const files = (report as CheckReport | null)?.files;
  if (!Array.isArray(files)) throw new Error('not a wxgate check JSON report: no "files" array');
  const byRule = new Map<string, number>();
  const byText = new Map<string, number>();
  let filesWithError = 0;
  let errors = 0;
  for (const file of files) {
    const hits = (file.messages ?? []).filter((m) => m.severity === 'error' && isComplianceRule(m.ruleId));
    if (hits.length > 0) filesWithError++;
    errors += hits.length;
    for (const hit of hits) {
      byRule.set(hit.ruleId, (byRule.get(hit.ruleId) ?? 0) + 1);
      const key = `${hit.ruleId}: ${hit.actual ?? ''}`;
      byText.set(key, (byText.get(key) ?? 0) + 1);
    }
  }
  return { files: files.length, filesWithError, errors, byRule: ranked(byRule), byText: ranked(byText, top) };
}

export function formatSummary(name: string, summary: ComplianceSummary): string {
  const share = summary.files === 0 ? 0 : (100 * summary.filesWithError) / summary.files;
  const lines = [
    `${name}: ${summary.filesWithError} of ${summary.files} files (${share.toFixed(1)} %) have a compliance error; ${summary.errors} errors`,
    `  by rule: ${summary.byRule.map(([rule, n]) => `${rule} ${n}`).join(', ') || '—'}`,
    '  by matched text:',
    ...summary.byText.map(([key, n]) => `    ${String(n).padStart(5)}  ${key}`),
  ];
  return `${lines.join('\n')}\n`;
}
