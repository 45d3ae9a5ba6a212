// The speed of `wxgate check` on real writing (part of `npm run bench`): the newsletter corpus of
// scripts/bench/real-corpora.ts — hundreds of real Chinese Markdown articles with thousands of links and images —
// checked by the CLI on both cores and on one, against the remark-parse program over the same files, interleaved
// round by round; and one real article of about 20 KB from a cold process. The corpus stays outside the repository
// ($WXGATE_CORPORA, default bench-results/corpora; written there from a mirror when missing); without it the
// section says how to get it and the rest of the bench runs as before.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { runChecked, type Timing, timing } from './measure.js';
import { MARKER, materialize, REAL_CORPORA } from './real-corpora.js';

export const SPEED_CORPUS = 'ruanyf-weekly';
const ROUNDS = 3;
const COLD_RUNS = 9;
/** The cold article: the real article closest to this size. */
const COLD_BYTES = 20 * 1024;

export interface RealSpeed {
  corpus: string;
  files: number;
  bytes: number;
  remarkProcess: Timing;
  wxgate: Timing;
  wxgateJobs1: Timing;
  cold: Timing & { file: string; bytes: number };
}

export async function measureRealSpeed(
  repo: string,
  cli: string,
  policies: string,
  log: (s: string) => void,
): Promise<RealSpeed | { skipped: string }> {
  const corpus = REAL_CORPORA.find((c) => c.id === SPEED_CORPUS)!;
  const root = resolve(process.env.WXGATE_CORPORA ?? join(repo, 'bench-results/corpora'));
  const dir = join(root, corpus.id);
  if (!existsSync(join(dir, MARKER))) {
    const made = materialize(corpus, dir);
    if (made.status !== 'ok') {
      return {
        skipped: `${corpus.id} unavailable: ${made.reason}${'howToGet' in made ? ` — ${made.howToGet}` : ''}`,
      };
    }
  }
  const files = markdownFiles(dir);
  const sizes = files.map((f) => statSync(f).size);
  const bytes = sizes.reduce((a, b) => a + b, 0);
  log(`real corpus ${corpus.id}: ${files.length} files, ${(bytes / 1e6).toFixed(2)} MB in ${dir}`);

  const contenders = {
    remarkProcess: [join(repo, 'scripts/bench/remark-parse-files.mjs'), '.'],
    wxgate: [cli, 'check', '.', '--format', 'json', '--policies', policies],
    wxgateJobs1: [cli, 'check', '.', '--format', 'json', '--policies', policies, '--jobs', '1'],
  } as const;
  const runs: Record<keyof typeof contenders, { ms: number[]; cpu: number[]; warmup?: number }> = {
    remarkProcess: { ms: [], cpu: [] },
    wxgate: { ms: [], cpu: [] },
    wxgateJobs1: { ms: [], cpu: [] },
  };
  const names = Object.keys(contenders) as (keyof typeof contenders)[];
  for (let round = 0; round <= ROUNDS; round++) {
    log(round === 0 ? '  warm-up round…' : `  round ${round} of ${ROUNDS}…`);
    for (let k = 0; k < names.length; k++) {
      const name = names[(k + round) % names.length]!;
      const run = await runChecked(name, process.execPath, [...contenders[name]], dir);
      log(`    ${name}: ${(run.ms / 1000).toFixed(2)} s`);
      if (round === 0) runs[name].warmup = run.ms;
      else {
        runs[name].ms.push(run.ms);
        if (run.cpuMs !== undefined) runs[name].cpu.push(run.cpuMs);
      }
    }
  }

  const coldFile = files.reduce((best, f, i) =>
    Math.abs(sizes[i]! - COLD_BYTES) < Math.abs(statSync(best).size - COLD_BYTES) ? f : best,
  );
  const coldBytes = readFileSync(coldFile).length;
  log(`  cold start on ${relative(dir, coldFile)} (${(coldBytes / 1024).toFixed(1)} KB): ${COLD_RUNS} runs…`);
  const coldMs: number[] = [];
  const coldCpu: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const run = await runChecked(
      'cold',
      process.execPath,
      [cli, 'check', coldFile, '--policies', policies],
      dir,
    );
    coldMs.push(run.ms);
    if (run.cpuMs !== undefined) coldCpu.push(run.cpuMs);
  }
  const timed = (name: keyof typeof contenders) => timing(runs[name].ms, runs[name].warmup, runs[name].cpu);
  return {
    corpus: corpus.id,
    files: files.length,
    bytes,
    remarkProcess: timed('remarkProcess'),
    wxgate: timed('wxgate'),
    wxgateJobs1: timed('wxgateJobs1'),
    cold: { ...timing(coldMs, undefined, coldCpu), file: relative(dir, coldFile), bytes: coldBytes },
  };
}

function markdownFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('.md') && !f.split('/').some((part) => part.startsWith('.')))
    .map((f) => join(dir, f))
    .sort();
}

/** The real-corpus section of the bench's report, against DESIGN §8's targets. */
export function renderRealSpeed(
  r: RealSpeed | { skipped: string },
  targets: { overRemark: number; coldMs: number },
): string[] {
  if ('skipped' in r) return ['', `Real corpus: skipped (${r.skipped}).`];
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const cpu = (t: Timing) => (t.cpuMs === undefined ? '—' : s(t.cpuMs));
  const ratio = Math.round((r.wxgate.medianMs / r.remarkProcess.medianMs) * 100) / 100;
  const met = (ok: boolean) => (ok ? 'yes' : '**no**');
  return [
    '',
    `Real corpus: ${r.corpus}, ${r.files} articles, ${(r.bytes / 1e6).toFixed(2)} MB of real Chinese Markdown.`,
    '',
    '| Measurement | Median wall | Min–max | Median CPU |',
    '| --- | ---: | ---: | ---: |',
    `| remark-parse + frontmatter + gfm alone, as a program | ${s(r.remarkProcess.medianMs)} | ${s(r.remarkProcess.minMs)}–${s(r.remarkProcess.maxMs)} | ${cpu(r.remarkProcess)} |`,
    `| wxgate check (both cores) | ${s(r.wxgate.medianMs)} | ${s(r.wxgate.minMs)}–${s(r.wxgate.maxMs)} | ${cpu(r.wxgate)} |`,
    `| wxgate check --jobs 1 | ${s(r.wxgateJobs1.medianMs)} | ${s(r.wxgateJobs1.minMs)}–${s(r.wxgateJobs1.maxMs)} | ${cpu(r.wxgateJobs1)} |`,
    `| cold start on ${r.cold.file} (${(r.cold.bytes / 1024).toFixed(1)} KB) | ${r.cold.medianMs.toFixed(0)} ms | ${r.cold.minMs.toFixed(0)}–${r.cold.maxMs.toFixed(0)} ms | ${r.cold.cpuMs === undefined ? '—' : `${r.cold.cpuMs.toFixed(0)} ms`} |`,
    '',
    '| Ratio on real writing | Value | Target | Met |',
    '| --- | ---: | ---: | --- |',
    `| wxgate (both cores) / remark-parse program | ${ratio} | ≤ ${targets.overRemark} | ${met(ratio <= targets.overRemark)} |`,
    `| cold start, one real ~20 KB article | ${r.cold.medianMs.toFixed(0)} ms | < ${targets.coldMs} ms | ${met(r.cold.medianMs < targets.coldMs)} |`,
  ];
}
