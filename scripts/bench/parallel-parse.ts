// How much two processes slow each other down on this machine, for Markdown parsing alone:
// `npx tsx scripts/bench/parallel-parse.ts`. The sample articles are parsed 40 times in one process, then in two
// processes at once, first with Node's defaults and then with V8's --single-threaded. With the defaults each
// process also runs background compiler and GC threads (about 1.35 cores busy for one process), so two processes
// on two cores slow each other down; single-threaded, they do not. This is why check workers run single-threaded
// (src/app/worker-pool.ts).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const ROUNDS = 40;

function parseAll(): number {
  const root = join(import.meta.dirname, '../../content');
  const texts = readdirSync(root).flatMap((account) =>
    readdirSync(join(root, account)).map((dir) => readFileSync(join(root, account, dir, 'index.md'), 'utf8')),
  );
  const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm);
  const started = performance.now();
  for (let i = 0; i < ROUNDS; i++) for (const text of texts) parser.parse(text);
  return performance.now() - started;
}

if (process.argv[2] === '--child') {
  process.stdout.write(`${parseAll()}\n`);
} else {
  const run = (n: number, flags: string[]) => {
    const argv = JSON.stringify([...flags, '--import', 'tsx', import.meta.filename, '--child']);
    const script = `const c = require('node:child_process'); const ps = Array.from({length: ${n}}, () => c.spawn(process.execPath, ${argv}, {stdio: ['ignore', 'pipe', 'inherit']})); let out = []; let left = ${n}; for (const p of ps) { let s = ''; p.stdout.on('data', (d) => (s += d)); p.on('close', () => { out.push(Number(s)); if (--left === 0) console.log(JSON.stringify(out)); }); }`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    return JSON.parse(r.stdout) as number[];
  };
  for (const [label, flags] of [
    ['defaults', []],
    ['--single-threaded', ['--single-threaded']],
  ] as const) {
    const one = run(1, [...flags])[0]!;
    const two = run(2, [...flags]);
    const slowdown = Math.max(...two) / one;
    console.log(
      `${label}: one process ${one.toFixed(0)} ms; two at once ${two.map((t) => t.toFixed(0)).join(' ms, ')} ms; ` +
        `each of the two is ${slowdown.toFixed(2)}× slower than one alone`,
    );
  }
}
