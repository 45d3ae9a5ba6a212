import type { RuleMeta } from '../../rules/types.js';
import { compose, type Locale, type Severity } from '../../text/vocabulary.js';
import type { FileResult } from '../runner.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/**
 * SARIF 2.1.0 for GitHub code scanning. Suppressed messages are kept as the results they are (level, message,
 * region) with an in-source suppression and its justification, so the suppression stays visible to reviewers
 * there too and code scanning can match it to the same alert as before it was suppressed.
 */
export function formatSarif(
  files: readonly FileResult[],
  rules: readonly RuleMeta[],
  locale: Locale,
  version: string,
): string {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results: unknown[] = [];
  for (const file of files) {
    const location = (line: number, column = 1, endLine = line, endColumn = column) => [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(file.path), uriBaseId: '%SRCROOT%' },
          region: { startLine: line, startColumn: column, endLine, endColumn: Math.max(endColumn, column) },
        },
      },
    ];
    for (const m of file.messages) {
      results.push({
        ruleId: m.ruleId,
        ...(index.has(m.ruleId) ? { ruleIndex: index.get(m.ruleId) } : {}),
        level: LEVEL[m.severity],
        message: { text: compose(m.message, m.source, locale) },
        locations: location(m.line, m.column, m.endLine, m.endColumn),
      });
    }
    for (const s of file.suppressed) {
      // The finding as it would have been reported, at its real region; the suppression carries the reason.
      const f = s.finding;
      results.push({
        ruleId: s.ruleId,
        ...(index.has(s.ruleId) ? { ruleIndex: index.get(s.ruleId) } : {}),
        level: f ? LEVEL[f.severity] : 'note',
        message: {
          text: f
            ? compose(f.message, f.source, locale)
            : locale === 'en'
              ? `Suppressed: ${s.reason}`
              : `已屏蔽：${s.reason}`,
        },
        locations: f ? location(f.line, f.column, f.endLine, f.endColumn) : location(s.line),
        suppressions: [{ kind: 'inSource', justification: s.reason }],
      });
    }
  }
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'wxgate',
            version,
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()),
              shortDescription: { text: locale === 'en' ? r.description.en : r.description.zh },
              fullDescription: { text: `${r.description.zh} / ${r.description.en}` },
              help: {
                text: `${r.description.zh}（依据：${r.source}）\n${r.description.en} (Source: ${r.source})`,
              },
              defaultConfiguration: {
                level: r.defaultSeverity === 'off' ? 'none' : LEVEL[r.defaultSeverity],
              },
              properties: { tags: [r.id.split('/')[0]], source: r.source },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
