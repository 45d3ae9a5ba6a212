// `npm run bench` (after the checker benchmark), or alone: `npm run bench:audit` (`-- --keep` keeps the repositories).
//
// wxgate audit on synthetic content repositories: 5,000 articles merged from pull requests (a branch commit and a
// merge commit each, by GitHub), 5,000 publish records on wxgate-ledger (claimed, then published: two commits each,
// written with the publisher's formatRecord and commitMessage), and more commits on main (squash-merged edits of
// other files) so the total is 20,000 commits — then 40,000 and 80,000 with the same articles and records, to show
// how the time grows with the number of commits. Each repository is written by ONE `git fast-import` per branch.
// Timed: `wxgate audit` as a child process, spawn to exit (output written to a file), for a quarter and for the
// whole two years (every article and record in scope, every content hash recomputed), median of 3 after a warm-up.
// GIT_TRACE counts the git processes one audit starts. Writes bench-results/audit.json. A measurement, not a test.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentHashOf } from '../../src/publish/articles.js';
import { formatRecord, type PublishRecord } from '../../src/publish/record.js';
import { commitMessage } from '../../src/publish/trailers.js';
import { median, round, runChild } from './measure.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(REPO, 'dist', 'cli.js');
const ARTICLES = 5000;
const SERIES = [20_000, 40_000, 80_000];
const RUNS = 3;
const TARGET_MS = 10_000;
const START = Date.parse('2025-01-01T10:00:00+08:00');
const SPAN_DAYS = 729;
const keep = process.argv.includes('--keep');
const log = (s: string) => process.stderr.write(`${s}\n`);

const GITHUB = 'GitHub <noreply@github.com>';
const WRITER = 'Zhang Wei <zhangwei@example.com>';
const BOT = 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>';
const day = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
const stamp = (ms: number) => `${Math.floor(ms / 1000)} +0800`;
const iso = (ms: number) => `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;

/** Feeds a fast-import stream to git and resolves when it is written. */
function fastImport(dir: string, chunks: Iterable<string | Buffer>, marks?: string): Promise<void> {
  return new Promise((done, fail) => {
    const args = ['fast-import', '--quiet', '--done', ...(marks ? [`--export-marks=${marks}`] : [])];
    const child = spawn('git', args, { cwd: dir, stdio: ['pipe', 'ignore', 'inherit'] });
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`git fast-import exited ${code}`))));
    (async () => {
      for (const chunk of chunks) {
        if (!child.stdin.write(chunk)) await new Promise((r) => child.stdin.once('drain', r));
      }
      child.stdin.end('done\n');
    })().catch(fail);
  });
}

const data = (text: string | Buffer) => {
  const b = Buffer.isBuffer(text) ? text : Buffer.from(text);
  return [Buffer.from(`data ${b.length}\n`), b, Buffer.from('\n')];
};

interface Article {
  key: string;
  publishAt: number;
  files: { name: string; bytes: Buffer }[];
}

function article(i: number): Article {
  const publishAt = START + Math.floor((i * SPAN_DAYS * 86_400_000) / ARTICLES);
  const account = i % 3 === 0 ? 'lanchuan-pharma' : 'group';
  const key = `${account}/${day(publishAt)}-a${i}`;
  const body = `集团第 ${i} 期动态。`.repeat(120);
  const md = `---\ntitle: "第 ${i} 期集团动态"\nauthor: 集团办公室\npublish_at: "${iso(publishAt)}"\ncover: cover.png\n---\n\n${body}\n`;
  return {
    key,
    publishAt,
    files: [
      { name: 'index.md', bytes: Buffer.from(md) },
      { name: 'cover.png', bytes: Buffer.from(`png-${i}`) },
    ],
  };
}

/** main: per article a PR commit and its merge; `extra` squash-merged edits of docs/ spread between them. */
function* contentStream(
  articles: Article[],
  extra: number,
  mergeMarks: number[],
): Generator<Buffer | string> {
  let mark = 0;
  let mainMark = 0;
  yield `commit refs/heads/main\nmark :${++mark}\ncommitter ${WRITER} ${stamp(START - 90 * 86_400_000)}\n`;
  yield* data('Policies');
  yield `M 100644 inline policies/wxgate.yml\n`;
  yield* data(readFileSync(join(REPO, 'policies/wxgate.yml')));
  yield `M 100644 inline policies/accounts.yml\n`;
  yield* data(readFileSync(join(REPO, 'policies/accounts.yml')));
  yield '\n';
  mainMark = mark;
  const perArticle = Math.max(0, extra) / articles.length;
  let owed = 0;
  for (const [i, a] of articles.entries()) {
    const submitted = a.publishAt - 5 * 86_400_000;
    const merged = a.publishAt - 4 * 86_400_000;
    const blobs: string[] = [];
    for (const f of a.files) {
      yield `blob\nmark :${++mark}\n`;
      yield* data(f.bytes);
      blobs.push(`M 100644 :${mark} content/${a.key}/${f.name}\n`);
    }
    yield `commit refs/heads/pr\nmark :${++mark}\nauthor ${WRITER} ${stamp(submitted)}\ncommitter ${WRITER} ${stamp(submitted)}\n`;
    yield* data(`Add ${a.key}`);
    yield `from :${mainMark}\n${blobs.join('')}\n`;
    const head = mark;
    yield `commit refs/heads/main\nmark :${++mark}\nauthor ${WRITER} ${stamp(merged)}\ncommitter ${GITHUB} ${stamp(merged)}\n`;
    yield* data(`Merge pull request #${i + 1} from acme/a${i}\n\n第 ${i} 期集团动态`);
    yield `from :${mainMark}\nmerge :${head}\n${blobs.join('')}\n`;
    mainMark = mark;
    mergeMarks.push(mark);
    for (owed += perArticle; owed >= 1; owed--) {
      yield `commit refs/heads/main\nmark :${++mark}\nauthor ${WRITER} ${stamp(merged + 60_000)}\ncommitter ${GITHUB} ${stamp(merged + 60_000)}\n`;
      yield* data(`Update notes ${mark} (#${100_000 + mark})`);
      yield `from :${mainMark}\nM 100644 inline docs/notes-${mark % 50}.md\n`;
      yield* data(`notes ${mark}\n`);
      yield '\n';
      mainMark = mark;
    }
  }
}

/** wxgate-ledger: per article a claimed and a published commit, written as the publisher writes them. */
function* ledgerStream(articles: Article[], merges: string[]): Generator<Buffer | string> {
  for (const [i, a] of articles.entries()) {
    const submitted = a.publishAt - 5 * 86_400_000;
    const record: PublishRecord = {
      article: `content/${a.key}/index.md`,
      account: a.key.split('/')[0]!,
      title: `第 ${i} 期集团动态`,
      method: 'freepublish',
      state: 'claimed',
      revision: 1,
      content_hash: contentHashOf(a.files),
      publish_at: iso(a.publishAt),
      source_commit: merges[i]!,
      provenance: {
        article_commit: merges[i]!,
        merge_commit: merges[i]!,
        pr: i + 1,
        pr_title: `第 ${i} 期集团动态`,
        pr_source: 'git',
        author: { name: 'Zhang Wei', email: 'zhangwei@example.com' },
        submitted_at: iso(submitted),
        submitted_at_source:
          'author date of the commit that added the article (the PR creation time needs the GitHub adapter)',
        lead_time_hours: 120,
        approvals: 'unknown',
        approvals_source:
          'unknown: reviews live in GitHub, not in git; this record was written with the git-only PR source',
      },
      urgent: null,
      checks: { errors: 0, warnings: 1, infos: 0, rules: [] },
      wechat: { images: [] },
      times: { claimed_at: iso(a.publishAt) },
      history: [
        {
          at: iso(a.publishAt),
          state: 'claimed',
          run: 'gha-1-1-abcd',
          event: 'taken by run gha-1-1-abcd: due',
        },
      ],
    };
    const published: PublishRecord = {
      ...record,
      state: 'published',
      revision: 8,
      wechat: {
        images: [],
        draft_media_id: `draft-${i}`,
        publish_id: `${2247483648 + i}`,
        article_id: `art-${i}`,
        url: `https://mp.weixin.qq.com/s/art-${i}`,
      },
      times: {
        claimed_at: iso(a.publishAt),
        drafted_at: iso(a.publishAt + 2000),
        submitted_at: iso(a.publishAt + 3000),
        published_at: iso(a.publishAt + 5000),
      },
      history: [
        ...record.history,
        ...['images-uploaded', 'drafted', 'submitted', 'published'].map((state, k) => ({
          at: iso(a.publishAt + k * 1000),
          state: state as PublishRecord['state'],
          run: 'gha-1-1-abcd',
          event: `step ${k}`,
        })),
      ],
    };
    for (const [k, r] of [record, published].entries()) {
      const at = a.publishAt + k * 5000;
      yield `commit refs/heads/wxgate-ledger\ncommitter ${BOT} ${stamp(at)}\n`;
      yield* data(
        `${commitMessage(r, `step ${k}`, 'gha-1-1-abcd').trimEnd()}\nWxgate-Write-Id: ${String(i * 2 + k).padStart(16, '0')}\n`,
      );
      yield `M 100644 inline records/${a.key}.yml\n`;
      yield* data(formatRecord(r));
      yield '\n';
    }
  }
}

async function buildRepository(commits: number): Promise<{ dir: string; content: number; ledger: number }> {
  const dir = mkdtempSync(join(tmpdir(), `wxgate-bench-audit-${commits}-`));
  await new Promise<void>((done, fail) =>
    spawn('git', ['init', '-q', '-b', 'main', dir]).on('close', (c) =>
      c === 0 ? done() : fail(new Error('git init')),
    ),
  );
  const articles = Array.from({ length: ARTICLES }, (_, i) => article(i));
  const ledger = ARTICLES * 2;
  const content = commits - ledger;
  const marks = join(dir, '.git', 'bench-marks');
  const mergeMarks: number[] = [];
  await fastImport(dir, contentStream(articles, content - 1 - ARTICLES * 2, mergeMarks), marks);
  // The records name each article's merge commit: its id, read back from the marks fast-import exported.
  const byMark = new Map(
    readFileSync(marks, 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(' ') as [string, string]),
  );
  const merges = mergeMarks.map((m) => byMark.get(`:${m}`)!);
  await fastImport(dir, ledgerStream(articles, merges));
  return { dir, content, ledger };
}

/** `node dist/cli.js audit <args>`, the report written to `out`, as of a fixed moment after the history. */
function auditArgv(args: string[], out: string): string[] {
  return [CLI, 'audit', ...args, '--format', 'json', '--output', out, '--now', '2027-01-05T10:00:00+08:00'];
}

async function timeAudit(
  dir: string,
  args: string[],
): Promise<{ medianMs: number; runs: number[]; cpuMs: number | undefined }> {
  const argv = auditArgv(args, join(dir, '.git', 'audit.json'));
  const warm = await runChild(process.execPath, argv, dir);
  if (warm.code !== 0 && warm.code !== 1) throw new Error(`wxgate audit exited ${warm.code}: ${warm.stderr}`);
  const runs: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const run = await runChild(process.execPath, argv, dir);
    runs.push(run.ms);
    if (run.cpuMs !== undefined) cpu.push(run.cpuMs);
  }
  return {
    medianMs: round(median(runs)),
    runs: runs.map((r) => round(r)),
    cpuMs: cpu.length ? round(median(cpu)) : undefined,
  };
}

/** How many git processes one audit starts (GIT_TRACE writes a line per git command). */
async function gitProcesses(dir: string, args: string[]): Promise<number> {
  const trace = join(dir, '.git', 'trace.txt');
  process.env.GIT_TRACE = trace;
  try {
    await runChild(process.execPath, auditArgv(args, join(dir, '.git', 'a.json')), dir);
  } finally {
    delete process.env.GIT_TRACE;
  }
  return (readFileSync(trace, 'utf8').match(/trace: built-in: git /g) ?? []).length;
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run node scripts/build.mjs first`);
  const quarter = ['--quarter', '2026Q4'];
  const whole = ['--from', '2025-01-01', '--to', '2026-12-31'];
  const results = [];
  for (const commits of SERIES) {
    log(`audit bench: building ${ARTICLES} articles, ${ARTICLES} records, ${commits} commits …`);
    const built = Date.now();
    const repo = await buildRepository(commits);
    log(`  written in ${((Date.now() - built) / 1000).toFixed(1)} s; timing …`);
    const q = await timeAudit(repo.dir, quarter);
    const w = await timeAudit(repo.dir, whole);
    const anomalies = JSON.parse(readFileSync(join(repo.dir, '.git', 'audit.json'), 'utf8')).summary
      .anomalies;
    const processes = await gitProcesses(repo.dir, whole);
    results.push({
      commits,
      contentCommits: repo.content,
      ledgerCommits: repo.ledger,
      articles: ARTICLES,
      records: ARTICLES,
      quarter: q,
      wholeHistory: w,
      gitProcesses: processes,
      anomalies,
    });
    if (!keep) rmSync(repo.dir, { recursive: true, force: true });
    else log(`  kept ${repo.dir}`);
  }
  const base = results[0]!;
  const lines = [
    '| commits (content + ledger) | audit 2026Q4 | audit 2025-01-01…2026-12-31 (all 5,000 in scope) | CPU (whole) | git processes |',
    '| --- | --- | --- | --- | --- |',
    ...results.map(
      (r) =>
        `| ${r.commits.toLocaleString('en')} (${r.contentCommits.toLocaleString('en')} + ${r.ledgerCommits.toLocaleString('en')}) | ${(r.quarter.medianMs / 1000).toFixed(2)} s | ${(r.wholeHistory.medianMs / 1000).toFixed(2)} s | ${r.wholeHistory.cpuMs === undefined ? '—' : `${(r.wholeHistory.cpuMs / 1000).toFixed(2)} s`} | ${r.gitProcesses} |`,
    ),
  ];
  // CPU time (the audit and its git processes) is the steadier measure of growth on a shared machine: wall time
  // also counts the other processes' share of the cores.
  const ratio = (a: number | undefined, b: number | undefined) => (a && b ? round(a / b, 2) : null);
  const growth = results.slice(1).map((r) => ({
    commits: `${base.commits} → ${r.commits}`,
    factor: round(r.commits / base.commits, 2),
    wholeHistoryTime: round(r.wholeHistory.medianMs / base.wholeHistory.medianMs, 2),
    quarterTime: round(r.quarter.medianMs / base.quarter.medianMs, 2),
    wholeHistoryCpu: ratio(r.wholeHistory.cpuMs, base.wholeHistory.cpuMs),
    quarterCpu: ratio(r.quarter.cpuMs, base.quarter.cpuMs),
  }));
  const load = loadavg()[0]!;
  process.stdout.write(
    `\n## wxgate audit (${cpus().length} cores, load ${load.toFixed(1)} when done)\n\n${lines.join('\n')}\n\nGrowth with commits: ${growth.map((g) => `×${g.factor} commits → ×${g.wholeHistoryCpu} CPU, ×${g.wholeHistoryTime} wall (whole history); ×${g.quarterCpu} CPU, ×${g.quarterTime} wall (quarter)`).join('; ')}.\nTarget: the ${base.commits.toLocaleString('en')}-commit repository audited in < ${TARGET_MS / 1000} s — ${base.wholeHistory.medianMs < TARGET_MS ? 'met' : 'NOT met'} (${(base.wholeHistory.medianMs / 1000).toFixed(2)} s for the whole history).\n`,
  );
  const dir = join(REPO, 'bench-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'audit.json'),
    `${JSON.stringify({ machine: { cpus: cpus().length, parallelism: availableParallelism(), model: cpus()[0]?.model, load: loadavg().map((l) => round(l, 2)) }, node: process.version, runs: RUNS, targetMs: TARGET_MS, results, growth }, null, 2)}\n`,
  );
  log('wrote bench-results/audit.json');
}

main().catch((error: unknown) => {
  process.stderr.write(`audit bench failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
