// wxgate benchmark (`npm run bench`; `npm run bench -- --keep` keeps the corpus folder for profiling).
//
// One run measures, side by side on the same machine and the same generated corpus:
//   1. remark-parse + remark-frontmatter + remark-gfm alone, twice: as a child process that reads and parses every
//      file (scripts/bench/remark-parse-files.mjs, timed like wxgate from spawn to exit: the like-for-like reference
//      the speed target is judged on), and in-process, parse calls only, after warm-up (the parsing floor);
//   2. `wxgate check` as a child process, default jobs (all cores) and --jobs 1;
//   3. textlint 15 as a child process with a word-list rule over the same terms wxgate uses;
//   4. `wxgate check --cache` when no file changed since the run that filled the cache;
//   5. cold start: `wxgate check` on one 20 KB article from a new process, with its compile cache;
//   6. the word-list matcher figures from scripts/bench-matcher.ts.
// It prints a Markdown table and ratios against the DESIGN §8 targets, and writes bench-results/latest.json.
// Child-process times are wall times from spawn to exit (output fully read). Everything but the cold start gets one
// untimed warm-up run, and the throughput runs are interleaved round by round. A measurement, never a pass/fail test.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { buildCorpus, type Corpus } from './bench/corpus.js';
import { type ChildRun, nowMs, round, runChecked, type Timing, timing } from './bench/measure.js';
import { measureRealSpeed, type RealSpeed, renderRealSpeed } from './bench/real-speed.js';
import { loadWordList, type WordList, writeTextlintRule } from './bench/wordlist.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(REPO, 'dist', 'cli.js');
const POLICIES = join(REPO, 'policies');
const ARTICLES = 300;
const MIN_BYTES = 5 * 1024;
const MAX_BYTES = 20 * 1024;
const SEED = 20261112;
const RUNS = 3;
const COLD_RUNS = 7;
const SINGLE_RUN_OVER_MS = 60_000;
/** DESIGN §8: no more wall time than a plain remark-parse program; one article from a cold process under 0.3 s. */
const TARGETS = { wxgateOverRemarkProcess: 1.0, wxgateOverTextlint: 1, coldStartMs: 300 };
const MB = 1e6;

const keep = process.argv.includes('--keep');
const notes: string[] = [];
const log = (s: string) => process.stderr.write(`${s}\n`);
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mbps = (bytes: number, ms: number) => round(bytes / MB / (ms / 1000), 2);

interface WxgateOutput {
  files: Array<{ path: string; messages: Array<{ ruleId: string }> }>;
  errorCount: number;
  warningCount: number;
}

interface MatcherFigures {
  terms: number;
  buildMs: number;
  megabytesPerSecond: number;
}

async function main(): Promise<void> {
  const started = nowMs();
  const loadBefore = loadavg()[0]!;
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run node scripts/build.mjs first`);
  // The CLI's compile cache (src/platform/compile-cache.ts) of this bench alone, empty at its start.
  const compileCache = join(REPO, 'bench-results', 'compile-cache');
  rmSync(compileCache, { recursive: true, force: true });
  process.env.WXGATE_COMPILE_CACHE = compileCache;
  const require = createRequire(import.meta.url);
  const textlintPkgPath = require.resolve('textlint/package.json');
  const textlintPkg = JSON.parse(readFileSync(textlintPkgPath, 'utf8')) as {
    version: string;
    bin: Record<string, string>;
  };
  const textlintBin = join(dirname(textlintPkgPath), textlintPkg.bin.textlint!);

  const words = loadWordList(join(POLICIES, 'lexicons'));
  if (words.source === 'fallback') {
    notes.push(
      `policies/lexicons has no term entries (${words.files} files): textlint used a fixed fallback list of ` +
        `${words.terms.length} terms, while wxgate ran its rules with an empty word list, so the textlint side did ` +
        'more word-list work than wxgate in this run.',
    );
  }
  if (words.patternsSkipped > 0) {
    notes.push(
      `${words.patternsSkipped} regex pattern entries are matched by wxgate only (textlint's rule uses indexOf).`,
    );
  }

  // 1. Corpus
  const root = mkdtempSync(join(tmpdir(), 'wxgate-bench-'));
  const t = nowMs();
  const corpus = buildCorpus(root, join(REPO, 'content'), {
    articles: ARTICLES,
    minBytes: MIN_BYTES,
    maxBytes: MAX_BYTES,
    seed: SEED,
    terms: words.sprinkle,
  });
  const corpusMs = nowMs() - t;
  const mdMB = corpus.markdownBytes / MB;
  log(
    `corpus: ${corpus.articles.length} articles (${corpus.fileCount} files with covers and images), ` +
      `${mdMB.toFixed(2)} MB of Markdown, ${(Math.min(...corpus.sizes) / 1024).toFixed(1)}–` +
      `${(Math.max(...corpus.sizes) / 1024).toFixed(1)} KB each, built in ${secs(corpusMs)} in ${root}`,
  );
  log(`word list: ${words.terms.length} terms (${words.source})`);

  try {
    const results = await measure(corpus, words, textlintBin);
    const matcher = await matcherFigures();
    const real = await measureRealSpeed(REPO, CLI, POLICIES, log);
    report(corpus, words, textlintPkg.version, results, matcher, real, nowMs() - started, loadBefore);
  } finally {
    if (keep) log(`corpus kept in ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

interface Results {
  remark: Timing;
  remarkProcess: Timing & { nodes: number };
  wxgate: Timing & { jobs: number; messages: number; wordListHits: number };
  wxgateJobs1: Timing;
  textlint: Timing & { messages: number };
  cached: Timing;
  cold: Timing & { file: string; bytes: number };
}

interface Contender {
  label: string;
  /** Wall and CPU time in ms; child-process contenders also keep their last run for its output. */
  run: () => Promise<{ ms: number; cpuMs: number | undefined }>;
  runs: number[];
  cpuRuns: number[];
  warmupMs?: number;
  /** Ran once only, because its first run took longer than SINGLE_RUN_OVER_MS. */
  single?: boolean;
  last?: ChildRun;
}

/**
 * The throughput contenders run interleaved: one warm-up round, then RUNS rounds, each round running every
 * contender once in a rotating order. On a shared machine the load drifts; interleaving spreads that drift over
 * all contenders instead of penalising whichever happened to run during a busy minute.
 */
async function measure(corpus: Corpus, words: WordList, textlintBin: string): Promise<Results> {
  // remark-parse alone: files read up front, only parse() timed.
  const texts = corpus.articles.map((p) => readFileSync(join(corpus.root, p), 'utf8'));
  const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm);
  const child = (label: string, args: string[]): Contender => {
    const c: Contender = {
      label,
      runs: [],
      cpuRuns: [],
      run: async () => {
        c.last = await runChecked(label, process.execPath, args, corpus.root);
        return c.last;
      },
    };
    return c;
  };
  const wxArgs = (extra: string[]) => [
    CLI,
    'check',
    'content',
    '--format',
    'json',
    '--policies',
    POLICIES,
    ...extra,
  ];
  const rulesDir = writeTextlintRule(join(corpus.root, 'textlint-rules'), words.terms);
  const remark: Contender = {
    label: 'remark-parse',
    runs: [],
    cpuRuns: [],
    run: async () => {
      const cpu = process.cpuUsage();
      const start = process.hrtime.bigint();
      for (const text of texts) processor.parse(text);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const used = process.cpuUsage(cpu);
      return { ms, cpuMs: (used.user + used.system) / 1000 };
    },
  };
  const remarkProcess = child('remark-parse process', [
    join(REPO, 'scripts', 'bench', 'remark-parse-files.mjs'),
    'content',
  ]);
  const wx = child('wxgate check', wxArgs([]));
  const wx1 = child('wxgate check --jobs 1', wxArgs(['--jobs', '1']));
  const tl = child('textlint', [
    textlintBin,
    '--no-textlintrc',
    '--format',
    'json',
    '--rulesdir',
    rulesDir,
    'content',
  ]);
  const contenders = [remark, remarkProcess, wx, wx1, tl];

  for (let round = 0; round <= RUNS; round++) {
    log(round === 0 ? 'warm-up round…' : `round ${round} of ${RUNS}…`);
    for (let k = 0; k < contenders.length; k++) {
      const c = contenders[(k + round) % contenders.length]!;
      if (c.single) continue;
      const { ms, cpuMs } = await c.run();
      log(`  ${c.label}: ${secs(ms)}${cpuMs === undefined ? '' : ` (${secs(cpuMs)} CPU)`}`);
      const record = () => {
        c.runs.push(ms);
        if (cpuMs !== undefined) c.cpuRuns.push(cpuMs);
      };
      if (round > 0) record();
      else if (ms > SINGLE_RUN_OVER_MS && c !== remark) {
        c.single = true;
        record();
        notes.push(`${c.label}: the first run took ${secs(ms)} (> 60 s), so it ran once, without a warm-up.`);
      } else c.warmupMs = ms;
    }
  }

  const parsed = JSON.parse(remarkProcess.last!.stdout) as { files: number; nodes: number };
  if (parsed.files !== corpus.articles.length) {
    throw new Error(`remark-parse process read ${parsed.files} files, expected ${corpus.articles.length}`);
  }
  const output = JSON.parse(wx.last!.stdout) as WxgateOutput;
  if (output.files.length !== corpus.articles.length) {
    throw new Error(`wxgate reported ${output.files.length} files, expected ${corpus.articles.length}`);
  }
  const lexiconRules = new Set(words.rules);
  const messages = output.files.flatMap((f) => f.messages);
  const wordListHits = messages.filter((m) => lexiconRules.has(m.ruleId)).length;
  const tlOut = JSON.parse(tl.last!.stdout) as Array<{ filePath: string; messages: unknown[] }>;
  if (tlOut.length !== corpus.articles.length) {
    throw new Error(`textlint reported ${tlOut.length} files, expected ${corpus.articles.length}`);
  }

  // Cold start: a new process per run. One untimed run first writes the compile cache of `wxgate check`, as the
  // first check of an article on a machine does; the timed runs start from it.
  const coldFile = corpus.largest;
  const coldBytes = corpus.sizes[corpus.articles.indexOf(coldFile)]!;
  log(`cold start (${(coldBytes / 1024).toFixed(1)} KB article): ${COLD_RUNS} runs…`);
  const coldRuns: number[] = [];
  const coldCpu: number[] = [];
  await runChecked(
    'wxgate cold start',
    process.execPath,
    [CLI, 'check', coldFile, '--policies', POLICIES],
    corpus.root,
  );
  for (let i = 0; i < COLD_RUNS; i++) {
    const args = [CLI, 'check', coldFile, '--policies', POLICIES];
    const run = await runChecked('wxgate cold start', process.execPath, args, corpus.root);
    coldRuns.push(run.ms);
    if (run.cpuMs !== undefined) coldCpu.push(run.cpuMs);
  }

  // The content-hash cache: one run fills it, then every file is unchanged; the report must not change.
  log(`wxgate check --cache, nothing changed: ${RUNS} runs after one that fills the cache…`);
  const cacheArgs = wxArgs(['--cache-location', join(corpus.root, 'bench-cache.json')]);
  await runChecked('wxgate --cache', process.execPath, cacheArgs, corpus.root);
  const cachedRuns: number[] = [];
  const cachedCpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await runChecked('wxgate --cache', process.execPath, cacheArgs, corpus.root);
    if (run.stdout !== wx.last!.stdout)
      throw new Error('wxgate check --cache reported differently from a full check');
    cachedRuns.push(run.ms);
    if (run.cpuMs !== undefined) cachedCpu.push(run.cpuMs);
  }

  const timed = (c: Contender) => timing(c.runs, c.warmupMs, c.cpuRuns);
  return {
    cached: timing(cachedRuns, undefined, cachedCpu),
    remark: timed(remark),
    remarkProcess: { ...timed(remarkProcess), nodes: parsed.nodes },
    wxgate: { ...timed(wx), jobs: availableParallelism(), messages: messages.length, wordListHits },
    wxgateJobs1: timed(wx1),
    textlint: { ...timed(tl), messages: tlOut.reduce((n, f) => n + f.messages.length, 0) },
    cold: { ...timing(coldRuns, undefined, coldCpu), file: coldFile, bytes: coldBytes },
  };
}

/** scripts/bench-matcher.ts belongs to the matcher's own benchmark; its figures are included when it is there. */
async function matcherFigures(): Promise<MatcherFigures | { skipped: string }> {
  const file = join(REPO, 'scripts', 'bench-matcher.ts');
  if (!existsSync(file)) {
    const skipped = 'scripts/bench-matcher.ts is not in this checkout, so the matcher figures are left out.';
    notes.push(skipped);
    return { skipped };
  }
  log('word-list matcher (scripts/bench-matcher.ts)…');
  const mod = (await import(pathToFileURL(file).href)) as { benchMatcher?: () => Promise<MatcherFigures> };
  if (typeof mod.benchMatcher !== 'function') {
    const skipped =
      'scripts/bench-matcher.ts does not export benchMatcher(), so the matcher figures are left out.';
    notes.push(skipped);
    return { skipped };
  }
  const figures = await mod.benchMatcher();
  return {
    terms: figures.terms,
    buildMs: round(figures.buildMs, 2),
    megabytesPerSecond: round(figures.megabytesPerSecond, 2),
  };
}

/** Says so when other processes competed for the CPU: the figures are then wall times on a busy machine. */
function noiseNotes(r: Results, loadBefore: number, cores: number): void {
  const busy: string[] = [];
  if (loadBefore > cores / 2)
    busy.push(`the 1-minute load average was ${loadBefore.toFixed(2)} before the bench started`);
  const jobs1 = r.wxgateJobs1;
  for (const [name, t] of [
    ['remark-parse', r.remark],
    ['remark-parse process', r.remarkProcess],
    ['wxgate --jobs 1', jobs1],
  ] as const) {
    // Both are single-threaded (wxgate --jobs 1 has only a few helper threads), so wall ≈ CPU on a quiet machine.
    if (t.cpuMs !== undefined && t.medianMs / t.cpuMs > 1.15) {
      busy.push(`${name} took ${(t.medianMs / t.cpuMs).toFixed(2)}× its CPU time in wall time`);
    }
  }
  const spreads = (
    [
      ['remark-parse', r.remark],
      ['remark-parse process', r.remarkProcess],
      ['wxgate', r.wxgate],
      ['wxgate --jobs 1', r.wxgateJobs1],
      ['textlint', r.textlint],
    ] as const
  ).filter(([, t]) => t.runs.length > 1 && t.maxMs / t.minMs > 1.3);
  if (spreads.length > 0) {
    busy.push(
      `runs varied by more than 30% (${spreads.map(([name, t]) => `${name} ${(t.maxMs / t.minMs).toFixed(2)}×`).join(', ')})`,
    );
  }
  if (busy.length > 0) {
    notes.push(
      `Noisy machine: ${busy.join('; ')}. Other processes were using the CPU; re-run on a quiet machine before comparing with earlier results.`,
    );
  }
}

function cpuRatio(a: Timing, b: Timing): number | undefined {
  return a.cpuMs === undefined || b.cpuMs === undefined ? undefined : round(a.cpuMs / b.cpuMs, 2);
}

function machine() {
  const list = cpus();
  return {
    cpus: list.length,
    availableParallelism: availableParallelism(),
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    memoryGB: round(totalmem() / 2 ** 30, 1),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

function gitHead(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

function report(
  corpus: Corpus,
  words: WordList,
  textlintVersion: string,
  r: Results,
  matcher: MatcherFigures | { skipped: string },
  real: RealSpeed | { skipped: string },
  totalMs: number,
  loadBefore: number,
): void {
  const bytes = corpus.markdownBytes;
  const m = machine();
  noiseNotes(r, loadBefore, m.cpus);
  const range = (x: Timing) => (x.runs.length > 1 ? `${secs(x.minMs)}–${secs(x.maxMs)}` : '—');
  const ratios = {
    wxgateOverRemarkProcess: round(r.wxgate.medianMs / r.remarkProcess.medianMs, 2),
    wxgateOverRemarkInProcess: round(r.wxgate.medianMs / r.remark.medianMs, 2),
    wxgateOverTextlint: round(r.wxgate.medianMs / r.textlint.medianMs, 3),
    wxgateJobs1OverRemarkProcess: round(r.wxgateJobs1.medianMs / r.remarkProcess.medianMs, 2),
    textlintOverWxgate: round(r.textlint.medianMs / r.wxgate.medianMs, 2),
    // CPU-time ratios barely move when other processes share the machine, unlike the wall-time ones above.
    cpu: {
      wxgateJobs1OverRemarkProcess: cpuRatio(r.wxgateJobs1, r.remarkProcess),
      wxgateJobs1OverTextlint: cpuRatio(r.wxgateJobs1, r.textlint),
      wxgateOverWxgateJobs1: cpuRatio(r.wxgate, r.wxgateJobs1),
    },
  };
  const cpu = (t: Timing) => (t.cpuMs === undefined ? '—' : secs(t.cpuMs));
  const ms = (t: Timing) => (t.cpuMs === undefined ? '—' : `${t.cpuMs.toFixed(0)} ms`);
  const show = (x: number | undefined) => (x === undefined ? '—' : String(x));
  const met = (ok: boolean) => (ok ? 'yes' : '**no**');
  const lines = [
    `## wxgate benchmark`,
    '',
    `Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGB} GB, Node ${m.node}, ${m.platform}. ` +
      `Corpus: ${corpus.articles.length} articles, ${corpus.fileCount} files, ${(bytes / MB).toFixed(2)} MB of Markdown ` +
      `(${(Math.min(...corpus.sizes) / 1024).toFixed(1)}–${(Math.max(...corpus.sizes) / 1024).toFixed(1)} KB each), ` +
      `seed ${SEED}. Word list: ${words.terms.length} terms (${words.source === 'lexicons' ? `policies/lexicons, ${words.files} files` : 'fixed fallback list'}).`,
    '',
    '| Measurement | Runs | Median wall | Min–max | MB/s | Median CPU | Output |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
    `| remark-parse + frontmatter + gfm alone, a process reading and parsing every file | ${r.remarkProcess.runs.length} | ${secs(r.remarkProcess.medianMs)} | ${range(r.remarkProcess)} | ${mbps(bytes, r.remarkProcess.medianMs)} | ${cpu(r.remarkProcess)} | ${r.remarkProcess.nodes} nodes |`,
    `| remark-parse + frontmatter + gfm alone, in-process, parse calls only, warmed up | ${r.remark.runs.length} | ${secs(r.remark.medianMs)} | ${range(r.remark)} | ${mbps(bytes, r.remark.medianMs)} | ${cpu(r.remark)} | — |`,
    `| wxgate check, CLI, default jobs (${r.wxgate.jobs}) | ${r.wxgate.runs.length} | ${secs(r.wxgate.medianMs)} | ${range(r.wxgate)} | ${mbps(bytes, r.wxgate.medianMs)} | ${cpu(r.wxgate)} | ${r.wxgate.messages} messages, ${r.wxgate.wordListHits} word-list |`,
    `| wxgate check, CLI, --jobs 1 | ${r.wxgateJobs1.runs.length} | ${secs(r.wxgateJobs1.medianMs)} | ${range(r.wxgateJobs1)} | ${mbps(bytes, r.wxgateJobs1.medianMs)} | ${cpu(r.wxgateJobs1)} | same |`,
    `| textlint ${textlintVersion}, CLI, word-list rule (${words.terms.length} terms, indexOf on Str) | ${r.textlint.runs.length} | ${secs(r.textlint.medianMs)} | ${range(r.textlint)} | ${mbps(bytes, r.textlint.medianMs)} | ${cpu(r.textlint)} | ${r.textlint.messages} messages |`,
    `| wxgate check --cache, every file unchanged (after one run that fills the cache) | ${r.cached.runs.length} | ${secs(r.cached.medianMs)} | ${range(r.cached)} | — | ${cpu(r.cached)} | same report |`,
    `| cold start: wxgate check on one ${(r.cold.bytes / 1024).toFixed(1)} KB article, compile cache written by an earlier run | ${r.cold.runs.length} | ${r.cold.medianMs.toFixed(0)} ms | ${r.cold.minMs.toFixed(0)}–${r.cold.maxMs.toFixed(0)} ms | — | ${ms(r.cold)} | — |`,
    'skipped' in matcher
      ? `| word-list matcher (scripts/bench-matcher.ts) | — | skipped | — | — | — | ${matcher.skipped} |`
      : `| word-list matcher, fold + scan (scripts/bench-matcher.ts) | 5 | build ${matcher.buildMs} ms | — | ${matcher.megabytesPerSecond} | — | ${matcher.terms} terms |`,
    '',
    '| Ratio | Value | Target | Met |',
    '| --- | ---: | ---: | --- |',
    `| wxgate (default jobs) / remark-parse process (like for like) | ${ratios.wxgateOverRemarkProcess} | ≤ ${TARGETS.wxgateOverRemarkProcess} | ${met(ratios.wxgateOverRemarkProcess <= TARGETS.wxgateOverRemarkProcess)} |`,
    `| wxgate (default jobs) / remark-parse in-process, warmed up (floor) | ${ratios.wxgateOverRemarkInProcess} | — | — |`,
    `| wxgate (default jobs) / textlint | ${ratios.wxgateOverTextlint} (textlint / wxgate = ${ratios.textlintOverWxgate}) | < ${TARGETS.wxgateOverTextlint} | ${met(ratios.wxgateOverTextlint < TARGETS.wxgateOverTextlint)} |`,
    `| wxgate --jobs 1 / remark-parse process | ${ratios.wxgateJobs1OverRemarkProcess} | — | — |`,
    `| CPU time: wxgate --jobs 1 / remark-parse process | ${show(ratios.cpu.wxgateJobs1OverRemarkProcess)} | — | — |`,
    `| CPU time: wxgate --jobs 1 / textlint | ${show(ratios.cpu.wxgateJobs1OverTextlint)} | — | — |`,
    `| CPU time: wxgate default jobs / --jobs 1 (parallel overhead) | ${show(ratios.cpu.wxgateOverWxgateJobs1)} | — | — |`,
    `| cold start, one 20 KB article | ${r.cold.medianMs.toFixed(0)} ms | < ${TARGETS.coldStartMs} ms | ${met(r.cold.medianMs < TARGETS.coldStartMs)} |`,
    ...renderRealSpeed(real, { overRemark: TARGETS.wxgateOverRemarkProcess, coldMs: TARGETS.coldStartMs }),
    '',
    ...notes.map((n) => `- ${n}`),
    `- Child-process times are wall times including Node start-up, reading the files and writing the output; the in-process remark-parse figure excludes all three and runs after a warm-up. CPU is user + system time of all threads (children: Linux /proc, 10 ms ticks). MB = 10^6 bytes.`,
    `- Whole bench: ${secs(totalMs)}.`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);

  const json = {
    date: new Date().toISOString(),
    commit: gitHead(),
    command: 'npm run bench',
    machine: { ...m, loadAverageBefore: round(loadBefore, 2) },
    corpus: {
      articles: corpus.articles.length,
      files: corpus.fileCount,
      markdownBytes: bytes,
      markdownMB: round(bytes / MB, 3),
      totalBytes: corpus.totalBytes,
      minArticleBytes: Math.min(...corpus.sizes),
      maxArticleBytes: Math.max(...corpus.sizes),
      seed: SEED,
      samplePool: corpus.pool,
    },
    wordList: {
      terms: words.terms.length,
      source: words.source,
      files: words.files,
      patternsSkipped: words.patternsSkipped,
    },
    results: {
      remarkParseProcess: { ...r.remarkProcess, megabytesPerSecond: mbps(bytes, r.remarkProcess.medianMs) },
      remarkParse: { ...r.remark, megabytesPerSecond: mbps(bytes, r.remark.medianMs) },
      wxgate: { ...r.wxgate, megabytesPerSecond: mbps(bytes, r.wxgate.medianMs) },
      wxgateJobs1: { ...r.wxgateJobs1, megabytesPerSecond: mbps(bytes, r.wxgateJobs1.medianMs) },
      textlint: {
        ...r.textlint,
        version: textlintVersion,
        megabytesPerSecond: mbps(bytes, r.textlint.medianMs),
      },
      cachedUnchanged: r.cached,
      coldStart: r.cold,
      matcher,
      realCorpus: real,
    },
    ratios,
    targets: TARGETS,
    notes,
    totalMs: round(totalMs),
  };
  const dir = join(REPO, 'bench-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
  log(`wrote ${join('bench-results', 'latest.json')}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
