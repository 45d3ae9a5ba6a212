// The speed of `wxgate check` on real writing (part of `npm run bench`): the newsletter corpus of
// scripts/bench/real-corpora.ts — hundreds of real Chinese Markdown articles with thousands of links and images —
// checked by the CLI on both cores and on one, against the remark-parse program over the same files, interleaved
// round by round; and one real article of about 20 KB from a cold process, beside the floor any remark-based tool
// starts from: Node starting and ending (`node -e 0`), and the remark-parse program bundled into one file, run on
// that article alone. The three run in rotating order, so a busy machine slows them alike. The corpus stays
// outside the repository
// ($WXGATE_CORPORA, default bench-results/corpora; written there from a mirror when missing); without it the
// section says how to get it and the rest of the bench runs as before.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { runChecked, type Timing, timing } from './measure.js';
import { MARKER, materialize, REAL_CORPORA } from './real-corpora.js';

export const SPEED_CORPUS = 'ruanyf-weekly';
const ROUNDS = 3;
const COLD_RUNS = 15;
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
  /** The same without a compile cache (`WXGATE_COMPILE_CACHE=off`): the first run of the command, or on CI. */
  coldNoCache: Timing;
  /** `node -e 0`: starting and ending Node, which every cold run pays. */
  nodeStart: Timing;
  /** The remark-parse program bundled into one file (as wxgate is), on the cold article alone. */
  remarkBundledCold: Timing;
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
  const floor = await prepareColdFloor(repo, coldFile);
  const coldContenders = {
    nodeStart: ['-e', '0'],
    remarkBundledCold: [floor.program, floor.dir],
    wxgateCold: [cli, 'check', coldFile, '--policies', policies],
    wxgateColdNoCache: [cli, 'check', coldFile, '--policies', policies],
  } as const;
  const coldNames = Object.keys(coldContenders) as (keyof typeof coldContenders)[];
  const cold = Object.fromEntries(
    coldNames.map((n) => [n, { ms: [] as number[], cpu: [] as number[] }]),
  ) as Record<keyof typeof coldContenders, { ms: number[]; cpu: number[] }>;
  log(
    `  cold start on ${relative(dir, coldFile)} (${(coldBytes / 1024).toFixed(1)} KB): ${COLD_RUNS} rounds…`,
  );
  // Untimed: fills the compile cache (bench.ts points it at bench-results/), as the first check of an article does.
  await runChecked('wxgateCold', process.execPath, [...coldContenders.wxgateCold], dir);
  for (let i = 0; i < COLD_RUNS; i++) {
    for (let k = 0; k < coldNames.length; k++) {
      const name = coldNames[(k + i) % coldNames.length]!;
      const env: Record<string, string> = name === 'wxgateColdNoCache' ? { WXGATE_COMPILE_CACHE: 'off' } : {};
      const run = await runChecked(name, process.execPath, [...coldContenders[name]], dir, [0, 1], env);
      cold[name].ms.push(run.ms);
      if (run.cpuMs !== undefined) cold[name].cpu.push(run.cpuMs);
    }
  }
  rmSync(floor.dir, { recursive: true, force: true });
  const timed = (name: keyof typeof contenders) => timing(runs[name].ms, runs[name].warmup, runs[name].cpu);
  return {
    corpus: corpus.id,
    files: files.length,
    bytes,
    remarkProcess: timed('remarkProcess'),
    wxgate: timed('wxgate'),
    wxgateJobs1: timed('wxgateJobs1'),
    cold: {
      ...timing(cold.wxgateCold.ms, undefined, cold.wxgateCold.cpu),
      file: relative(dir, coldFile),
      bytes: coldBytes,
    },
    coldNoCache: timing(cold.wxgateColdNoCache.ms, undefined, cold.wxgateColdNoCache.cpu),
    nodeStart: timing(cold.nodeStart.ms, undefined, cold.nodeStart.cpu),
    remarkBundledCold: timing(cold.remarkBundledCold.ms, undefined, cold.remarkBundledCold.cpu),
  };
}

/**
 * The remark-parse program bundled into one ESM file the way scripts/build.mjs bundles wxgate (a program spread
 * over a hundred node_modules files spends more on loading them than on parsing one article), and a folder holding
 * only the cold article for it to read.
 */
async function prepareColdFloor(repo: string, coldFile: string): Promise<{ program: string; dir: string }> {
  const work = join(repo, 'bench-results/cold-floor');
  rmSync(work, { recursive: true, force: true });
  const dir = join(work, 'article');
  mkdirSync(dir, { recursive: true });
  copyFileSync(coldFile, join(dir, basename(coldFile)));
  const program = join(work, 'remark-parse-bundled.mjs');
  await build({
    entryPoints: [join(repo, 'scripts/bench/remark-parse-files.mjs')],
    outfile: program,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
  });
  return { program, dir };
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
  const coldRatio = (r.cold.medianMs / r.remarkBundledCold.medianMs).toFixed(2);
  const aboveNode = `${(r.cold.medianMs - r.nodeStart.medianMs).toFixed(0)} ms / ${(r.remarkBundledCold.medianMs - r.nodeStart.medianMs).toFixed(0)} ms`;
  return [
    '',
    `Real corpus: ${r.corpus}, ${r.files} articles, ${(r.bytes / 1e6).toFixed(2)} MB of real Chinese Markdown.`,
    '',
    '| Measurement | Median wall | Min–max | Median CPU |',
    '| --- | ---: | ---: | ---: |',
    `| remark-parse + frontmatter + gfm alone, as a program | ${s(r.remarkProcess.medianMs)} | ${s(r.remarkProcess.minMs)}–${s(r.remarkProcess.maxMs)} | ${cpu(r.remarkProcess)} |`,
    `| wxgate check (both cores) | ${s(r.wxgate.medianMs)} | ${s(r.wxgate.minMs)}–${s(r.wxgate.maxMs)} | ${cpu(r.wxgate)} |`,
    `| wxgate check --jobs 1 | ${s(r.wxgateJobs1.medianMs)} | ${s(r.wxgateJobs1.minMs)}–${s(r.wxgateJobs1.maxMs)} | ${cpu(r.wxgateJobs1)} |`,
    coldRow(`Node starting and ending alone (\`node -e 0\`)`, r.nodeStart),
    coldRow(
      `remark-parse + frontmatter + gfm bundled into one file, on ${r.cold.file} alone, cold`,
      r.remarkBundledCold,
    ),
    coldRow(`wxgate check on ${r.cold.file} (${(r.cold.bytes / 1024).toFixed(1)} KB), cold`, r.cold),
    coldRow('the same without a compile cache (its first run, or on CI)', r.coldNoCache),
    '',
    '| Ratio on real writing | Value | Target | Met |',
    '| --- | ---: | ---: | --- |',
    `| wxgate (both cores) / remark-parse program | ${ratio} | ≤ ${targets.overRemark} | ${met(ratio <= targets.overRemark)} |`,
    `| cold start, one real ~20 KB article | ${r.cold.medianMs.toFixed(0)} ms | < ${targets.coldMs} ms | ${met(r.cold.medianMs < targets.coldMs)} |`,
    `| cold start / bundled remark-parse alone on the same article | ${coldRatio} | — | — |`,
    `| cold start above Node's own start: wxgate / bundled remark-parse | ${aboveNode} | — | — |`,
  ];
}

function coldRow(label: string, t: Timing): string {
  const cpu = t.cpuMs === undefined ? '—' : `${t.cpuMs.toFixed(0)} ms`;
  return `| ${label} | ${t.medianMs.toFixed(0)} ms | ${t.minMs.toFixed(0)}–${t.maxMs.toFixed(0)} ms | ${cpu} |`;
}
