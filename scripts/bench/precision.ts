// `npm run bench:precision`: how far authors can trust the compliance errors on real Chinese writing. For each
// corpus of scripts/bench/real-corpora.ts it checks every article with the CLI's own use case (both cores), then
// prints the share of files with at least one compliance error, errors by rule and by matched text, and — on the
// hand-labelled articles — precision (labelled problems among errors) and recall (every labelled problem still
// reported as an error or a warning). Results go to bench-results/precision.json.
//
//   npm run bench:precision [-- --baseline <dir>]    all corpora ($WXGATE_CORPORA, default bench-results/corpora);
//                                                    with a folder of earlier `check --format json` reports
//                                                    (<corpus id>.json), the same figures for them
//   npm run bench:precision -- candidates <out.tsv> [--baseline <dir>] [--all] [--only id,id]
//                                                    findings that have no label yet (every error; in labelled
//                                                    articles, or with --all everywhere, every finding), with
//                                                    their line of text, for a person to label
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FileResult, LintMessage } from '../../src/lint/runner.js';
import { isComplianceRule } from './compliance-summary.js';
import { type Label, labelKey, loadLabels } from './labels.js';
import { labelSet, MARKER, materialize, REAL_CORPORA, type RealCorpus } from './real-corpora.js';

const REPO = resolve(import.meta.dirname, '../..');
const CORPORA = resolve(process.env.WXGATE_CORPORA ?? join(REPO, 'bench-results/corpora'));
const LABELS = join(REPO, 'scripts/bench/labels');

/** The CLI bundle of the current sources (the one `npm run build` makes), so the check uses both cores. */
function buildCli(): string {
  const outdir = join(REPO, 'bench-results/precision-dist');
  execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', outdir], { cwd: REPO, stdio: 'inherit' });
  return join(outdir, 'cli.js');
}

/** The corpus's articles checked with the shipped policies, as its publisher would declare itself. */
function checkCorpus(cli: string, corpus: RealCorpus): FileResult[] | string {
  const dir = join(CORPORA, corpus.id);
  if (!isMaterialized(dir, corpus)) {
    const made = materialize(corpus, dir);
    if (made.status !== 'ok') return `${made.reason}${'howToGet' in made ? ` — ${made.howToGet}` : ''}`;
  }
  const policies = policiesFor(corpus);
  const report = join(policies, 'report.json');
  try {
    try {
      execFileSync(
        process.execPath,
        [cli, 'check', '.', '--format', 'json', '--policies', policies, '--output', report],
        {
          cwd: dir,
          stdio: ['ignore', 'ignore', 'inherit'],
        },
      );
    } catch (error) {
      // Exit 1 means "errors found", which is the point; anything else is a broken run.
      if ((error as { status?: number }).status !== 1) throw error;
    }
    return (JSON.parse(readFileSync(report, 'utf8')) as { files: FileResult[] }).files;
  } finally {
    rmSync(policies, { recursive: true, force: true });
  }
}

function isMaterialized(dir: string, corpus: RealCorpus): boolean {
  const marker = join(dir, MARKER);
  if (!existsSync(marker)) return false;
  return (JSON.parse(readFileSync(marker, 'utf8')) as { commit?: string }).commit === corpus.commit;
}

/** A copy of policies/ whose `publisher:` is the corpus's (its kind's profile, its brands and products). */
function policiesFor(corpus: RealCorpus): string {
  const dir = mkdtempSync(join(tmpdir(), `wxgate-precision-${corpus.id}-`));
  cpSync(join(REPO, 'policies'), dir, { recursive: true });
  const file = join(dir, 'wxgate.yml');
  const profile = corpus.kind === 'news' || corpus.kind === 'newsletter' ? 'news' : 'corporate';
  const list = (names: readonly string[] = []) => `[${names.map((n) => JSON.stringify(n)).join(', ')}]`;
  const section = `publisher:\n  profile: ${profile}\n  brands: ${list(corpus.publisher?.brands)}\n  products: ${list(corpus.publisher?.products)}\n`;
  const text = readFileSync(file, 'utf8').replace(/^publisher:\n(?: {2}.*\n)*/m, section);
  if (!text.includes(section)) throw new Error(`${file}: no publisher: section to replace`);
  writeFileSync(file, text);
  return dir;
}

interface CorpusFigures {
  corpus: string;
  kind: string;
  files: number;
  filesWithError: number;
  errors: number;
  warnings: number;
  infos: number;
  byRule: Record<string, number>;
  byTerm: Record<string, number>;
  labelled: { articles: number; errors: number; problems: number; falseAlarms: number; unlabelled: number };
  /** The same figures for a baseline report (an earlier checker), when one is given. */
  before?: {
    filesWithError: number;
    errors: number;
    problems: number;
    falseAlarms: number;
    unlabelled: number;
  };
  /** Labelled problems no longer reported as an error or a warning. */
  missed: { path: string; line: number; rule: string; actual: string }[];
  /** Errors labelled false alarms, with their class: what the checker still gets wrong. */
  falseAlarms: { path: string; line: number; rule: string; actual: string; class: string }[];
}

const compliance = (file: FileResult) => file.messages.filter((m) => isComplianceRule(m.ruleId));

function figuresOf(
  corpus: RealCorpus,
  files: FileResult[],
  drawn: Set<string>,
  labels: Label[],
  baseline?: FileResult[],
): CorpusFigures {
  const byRule: Record<string, number> = {};
  const byTerm: Record<string, number> = {};
  const figures: CorpusFigures = {
    corpus: corpus.id,
    kind: corpus.kind,
    files: files.length,
    filesWithError: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
    byRule,
    byTerm,
    labelled: { articles: drawn.size, errors: 0, problems: 0, falseAlarms: 0, unlabelled: 0 },
    missed: [],
    falseAlarms: [],
  };
  const labelled = new Map(labels.map((l) => [labelKey(l.corpus, l.path, l.line, l.rule, l.actual), l]));
  const reported = new Set<string>();
  for (const file of files) {
    const messages = compliance(file);
    const errors = messages.filter((m) => m.severity === 'error');
    if (errors.length > 0) figures.filesWithError++;
    figures.errors += errors.length;
    figures.warnings += messages.filter((m) => m.severity === 'warning').length;
    figures.infos += messages.filter((m) => m.severity === 'info').length;
    for (const m of errors) {
      byRule[m.ruleId] = (byRule[m.ruleId] ?? 0) + 1;
      byTerm[m.actual] = (byTerm[m.actual] ?? 0) + 1;
    }
    // Precision is over every error of the corpus: the labelled articles hold too few errors alone to judge by.
    for (const m of messages) {
      const key = labelKey(corpus.id, file.path, m.line, m.ruleId, m.actual);
      if (m.severity !== 'info') reported.add(key);
      if (m.severity !== 'error') continue;
      figures.labelled.errors++;
      const label = labelled.get(key);
      if (!label) figures.labelled.unlabelled++;
      else if (label.verdict === 'problem') figures.labelled.problems++;
      else {
        figures.labelled.falseAlarms++;
        figures.falseAlarms.push({
          path: file.path,
          line: m.line,
          rule: m.ruleId,
          actual: m.actual,
          class: label.class,
        });
      }
    }
  }
  if (baseline) figures.before = baselineFigures(corpus, baseline, drawn, labelled);
  for (const label of labels) {
    if (label.verdict !== 'problem') continue;
    if (!reported.has(labelKey(label.corpus, label.path, label.line, label.rule, label.actual))) {
      figures.missed.push({ path: label.path, line: label.line, rule: label.rule, actual: label.actual });
    }
  }
  return figures;
}

/** An earlier checker's report: files with an error overall; precision on the labelled articles. */
function baselineFigures(
  corpus: RealCorpus,
  files: FileResult[],
  drawn: Set<string>,
  labelled: Map<string, Label>,
): NonNullable<CorpusFigures['before']> {
  const before = { filesWithError: 0, errors: 0, problems: 0, falseAlarms: 0, unlabelled: 0 };
  for (const file of files) {
    const errors = compliance(file).filter((m) => m.severity === 'error');
    if (errors.length > 0) before.filesWithError++;
    before.errors += errors.length;
    if (!drawn.has(file.path)) continue;
    for (const m of errors) {
      const label = labelled.get(labelKey(corpus.id, file.path, m.line, m.ruleId, m.actual));
      if (!label) before.unlabelled++;
      else if (label.verdict === 'problem') before.problems++;
      else before.falseAlarms++;
    }
  }
  return before;
}

/** A baseline report written by `wxgate check --format json` from the corpora folder (paths start with the id). */
function readBaseline(dir: string | undefined, corpus: RealCorpus): FileResult[] | undefined {
  const file = dir && join(dir, `${corpus.id}.json`);
  if (!file || !existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, 'utf8')) as { files: FileResult[] };
  return report.files.map((f) => ({ ...f, path: f.path.replace(new RegExp(`^${corpus.id}/`), '') }));
}

const percent = (part: number, whole: number) =>
  whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`;

function printFigures(all: CorpusFigures[]): void {
  console.log(
    '\ncorpus              kind        files  with error        errors  warn   info   precision (labelled)',
  );
  for (const f of all) {
    const judged = f.labelled.problems + f.labelled.falseAlarms;
    const precision =
      `${percent(f.labelled.problems, judged)} of ${judged}` +
      (f.labelled.unlabelled ? `, ${f.labelled.unlabelled} unlabelled` : '');
    console.log(
      `${f.corpus.padEnd(20)}${f.kind.padEnd(12)}${String(f.files).padStart(5)}  ${`${f.filesWithError} (${percent(f.filesWithError, f.files)})`.padEnd(16)}${String(f.errors).padStart(6)}${String(f.warnings).padStart(6)}${String(f.infos).padStart(7)}   ${precision}`,
    );
  }
  if (all.some((f) => f.before)) {
    console.log('\nbaseline report   files with error       errors   precision on the labelled articles');
    for (const f of all) {
      const b = f.before;
      if (!b) continue;
      const judged = b.problems + b.falseAlarms;
      console.log(
        `${f.corpus.padEnd(20)}${`${b.filesWithError} (${percent(b.filesWithError, f.files)})`.padEnd(20)}${String(b.errors).padStart(8)}   ${percent(b.problems, judged)} of ${judged}${b.unlabelled ? `, ${b.unlabelled} unlabelled` : ''}`,
      );
    }
  }
  const problems = all.reduce((n, f) => n + f.labelled.problems, 0);
  const falseAlarms = all.reduce((n, f) => n + f.labelled.falseAlarms, 0);
  const missed = all.flatMap((f) => f.missed.map((m) => ({ corpus: f.corpus, ...m })));
  console.log(
    `\nall labelled errors: ${problems + falseAlarms}, problems ${problems}, precision ${percent(problems, problems + falseAlarms)}`,
  );
  console.log(`labelled problems not reported as error or warning: ${missed.length}`);
  for (const m of missed) console.log(`  ${m.corpus}/${m.path}:${m.line} ${m.rule}「${m.actual}」`);
  const alarms = all.flatMap((f) => f.falseAlarms.map((a) => ({ corpus: f.corpus, ...a })));
  console.log(`errors labelled false alarms: ${alarms.length}`);
  for (const a of alarms)
    console.log(`  ${a.corpus}/${a.path}:${a.line} ${a.rule}「${a.actual}」 ${a.class}`);
  for (const f of all) {
    const top = Object.entries(f.byTerm)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12);
    if (top.length === 0) continue;
    const rules = Object.entries(f.byRule).map(([r, n]) => `${r} ${n}`);
    console.log(`\n${f.corpus}: errors by rule: ${rules.join(', ')}`);
    console.log(`  by term: ${top.map(([t, n]) => `${t} ${n}`).join('，')}`);
  }
}

/**
 * Findings that need a label: every error of the corpus now, every finding of any severity in the labelled
 * articles now, and every error a baseline report gave in the labelled articles.
 */
function candidates(
  corpus: RealCorpus,
  files: FileResult[],
  drawn: Set<string>,
  labels: Label[],
  baseline: FileResult[] | undefined,
  everything: boolean,
): string[] {
  const labelled = new Set(labels.map((l) => labelKey(l.corpus, l.path, l.line, l.rule, l.actual)));
  const found = new Map<string, { path: string; m: LintMessage; now: string; before: string }>();
  for (const file of files) {
    for (const m of compliance(file)) {
      if (m.severity !== 'error' && !drawn.has(file.path) && !everything) continue;
      const key = labelKey(corpus.id, file.path, m.line, m.ruleId, m.actual);
      if (!labelled.has(key)) found.set(key, { path: file.path, m, now: m.severity, before: '-' });
    }
  }
  for (const file of baseline ?? []) {
    if (!drawn.has(file.path)) continue;
    for (const m of compliance(file)) {
      const key = labelKey(corpus.id, file.path, m.line, m.ruleId, m.actual);
      if (m.severity !== 'error' || labelled.has(key)) continue;
      const seen = found.get(key);
      if (seen) seen.before = 'error';
      else found.set(key, { path: file.path, m, now: '-', before: 'error' });
    }
  }
  return [...found.values()].map(({ path, m, now, before }) => {
    const text = readFileSync(join(CORPORA, corpus.id, path), 'utf8').split('\n')[m.line - 1] ?? '';
    return [corpus.id, path, m.line, m.ruleId, m.actual, now, before, text.trim().slice(0, 300)].join('\t');
  });
}

async function main(args: string[]): Promise<number> {
  const mode = args[0] === 'candidates' ? 'candidates' : 'figures';
  const out = mode === 'candidates' ? args[1] : undefined;
  const onlyAt = args.indexOf('--only');
  const only = onlyAt === -1 ? [] : (args[onlyAt + 1] ?? '').split(',');
  const baselineAt = args.indexOf('--baseline');
  const baseline = baselineAt === -1 ? undefined : args[baselineAt + 1];
  if (mode === 'candidates' && !out) {
    console.error('usage: precision.ts candidates <out.tsv> [--baseline <dir of check JSON reports>]');
    return 2;
  }
  const cli = buildCli();
  const draw = labelSet();
  const all: CorpusFigures[] = [];
  const rows: string[] = [];
  for (const corpus of REAL_CORPORA) {
    if (only.length > 0 && !only.includes(corpus.id)) continue;
    const started = performance.now();
    const files = checkCorpus(cli, corpus);
    if (typeof files === 'string') {
      console.log(`${corpus.id}: unavailable (${files})`);
      continue;
    }
    const drawn = new Set(draw.articles.filter((a) => a.corpus === corpus.id).map((a) => a.path));
    const labels = loadLabels(LABELS, corpus.id);
    console.log(
      `${corpus.id}: ${files.length} files checked in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    const before = readBaseline(baseline, corpus);
    if (mode === 'candidates') {
      rows.push(...candidates(corpus, files, drawn, labels, before, args.includes('--all')));
    } else all.push(figuresOf(corpus, files, drawn, labels, before));
  }
  if (mode === 'candidates') {
    writeFileSync(
      out!,
      `${['corpus', 'path', 'line', 'rule', 'actual', 'now', 'before', 'text'].join('\t')}\n${rows.join('\n')}\n`,
    );
    console.log(`${rows.length} unlabelled findings written to ${out}`);
    return 0;
  }
  printFigures(all);
  mkdirSync(join(REPO, 'bench-results'), { recursive: true });
  writeFileSync(join(REPO, 'bench-results/precision.json'), `${JSON.stringify(all, null, 2)}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
