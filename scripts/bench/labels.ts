// Hand labels of compliance findings on the real corpora (scripts/bench/labels/<corpus>.tsv). Each line is one
// finding a person read in its article and judged: a real problem for a company account publishing it, or a false
// alarm, with the reason class. Only the matched text is kept, never the sentence: the corpora are other people's
// writing and stay outside this repository.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const VERDICTS = ['problem', 'false-alarm'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Why a finding is what it is. The false-alarm classes are the ones the checker's context frames address. */
export const CLASSES: Record<Verdict, readonly string[]> = {
  problem: [
    'self-promotion',
    'medical-claim',
    'return-promise',
    'prohibited',
    'personal-info',
    'induced-share',
    'induced-follow',
    'clickbait',
  ],
  'false-alarm': [
    'third-party',
    'ordinal',
    'designation-award',
    'technical-advice',
    'tip-grade-price',
    'negation-warning-report',
    'quoted-title-link',
    'word-boundary',
    'everyday-word',
    'mission-goal',
    'fact-sourced',
  ],
};

export interface Label {
  corpus: string;
  path: string;
  line: number;
  rule: string;
  actual: string;
  verdict: Verdict;
  class: string;
  note: string;
  /** Where the label is written, for messages. */
  at: string;
}

export const LABEL_COLUMNS = ['path', 'line', 'rule', 'actual', 'verdict', 'class', 'note'] as const;

/** The key a finding and its label share: article, line, rule and matched text. */
export function labelKey(corpus: string, path: string, line: number, rule: string, actual: string): string {
  return `${corpus}\u0000${path}\u0000${line}\u0000${rule}\u0000${actual}`;
}

/** Reads one corpus's labels; every mistake throws naming file and line, since a bad label skews the figures. */
export function parseLabels(corpus: string, file: string, text: string): Label[] {
  const labels: Label[] = [];
  const seen = new Set<string>();
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const at = `${file}:${index + 1}`;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const cells = raw.split('\t');
    if (index === 0 || cells[0] === 'path') {
      if (cells.join('\t') !== LABEL_COLUMNS.join('\t')) {
        throw new Error(`${at}: the header must be ${LABEL_COLUMNS.join(' <tab> ')}`);
      }
      return;
    }
    if (cells.length !== LABEL_COLUMNS.length) {
      throw new Error(`${at}: ${cells.length} columns; expected ${LABEL_COLUMNS.length} (tab-separated)`);
    }
    const [path, line, rule, actual, verdict, klass, note] = cells as [string, ...string[]];
    if (!/^\d+$/.test(line!)) throw new Error(`${at}: column "line" must be a line number`);
    if (!(VERDICTS as readonly string[]).includes(verdict!)) {
      throw new Error(`${at}: column "verdict" must be one of ${VERDICTS.join(', ')}`);
    }
    const classes = CLASSES[verdict as Verdict];
    if (!classes.includes(klass!)) {
      throw new Error(`${at}: column "class" for ${verdict} must be one of ${classes.join(', ')}`);
    }
    const key = labelKey(corpus, path, Number(line), rule!, actual!);
    if (seen.has(key)) throw new Error(`${at}: the same finding is labelled twice`);
    seen.add(key);
    labels.push({
      corpus,
      path,
      line: Number(line),
      rule: rule!,
      actual: actual!,
      verdict: verdict as Verdict,
      class: klass!,
      note: note!,
      at,
    });
  });
  return labels;
}

export function loadLabels(dir: string, corpus: string): Label[] {
  const file = join(dir, `${corpus}.tsv`);
  return existsSync(file) ? parseLabels(corpus, file, readFileSync(file, 'utf8')) : [];
}
