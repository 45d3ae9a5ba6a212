// Summarises a V8 CPU profile of the bundled CLI: self time per source module and the top functions.
// esbuild marks each bundled module with a `// path` comment line, so sample positions in dist/*.js map back to
// node_modules/<package>/… or src/….
//
//   node --cpu-prof --cpu-prof-dir=/tmp/prof dist/cli.js check <corpus>/content --jobs 1 --format json > /dev/null
//   npx tsx scripts/bench/profile-summary.ts /tmp/prof/<file>.cpuprofile [top]
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: tsx scripts/bench/profile-summary.ts <file.cpuprofile> [top]\n');
  process.exit(2);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;

const bundles = new Map<string, Array<{ line: number; module: string }>>();
function moduleOf(profiled: string, line: number): string {
  if (profiled === '') return '(vm)';
  if (profiled.startsWith('node:')) return 'node internals';
  // dist/wxgate.cjs runs as a vm.Script named by its path (src/platform/bundle-loader.ts), not by a file: URL.
  const url = profiled.startsWith('/') ? pathToFileURL(profiled).href : profiled;
  if (!url.startsWith('file:')) return url;
  let marks = bundles.get(url);
  if (!marks) {
    marks = [];
    const lines = readFileSync(fileURLToPath(url), 'utf8').split('\n');
    lines.forEach((text, i) => {
      const m = /^\/\/ ((?:node_modules|src)\/\S+|package\.json)$/.exec(text);
      if (m) marks!.push({ line: i, module: m[1]! });
    });
    bundles.set(url, marks);
  }
  let found = url.replace(/^.*\//, '');
  for (const mark of marks) {
    if (mark.line > line) break;
    found = mark.module;
  }
  return found;
}
/** node_modules/<pkg>/… → <pkg>; src/a/b.ts stays a file. */
function packageOf(module: string): string {
  const m = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module);
  return m ? m[1]! : module;
}

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfById = new Map<number, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  selfById.set(id, (selfById.get(id) ?? 0) + dt);
  total += dt;
});

const byPackage = new Map<string, number>();
const byFunction = new Map<string, number>();
for (const [id, us] of selfById) {
  const node = byId.get(id)!;
  const { functionName, url, lineNumber } = node.callFrame;
  const special = functionName.startsWith('(') && url === '';
  const module = special ? functionName : moduleOf(url, lineNumber);
  const pkg = special ? functionName : packageOf(module);
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
  const key = `${functionName || '(anonymous)'}  [${module}]`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
}

const ms = (us: number) => `${(us / 1000).toFixed(0)} ms`;
const pct = (us: number) => `${((100 * us) / total).toFixed(1)}%`;
const rows = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top);
const out = [
  `Total sampled: ${ms(total)}`,
  '',
  '| Module (package or src file) | Self time | Share |',
  '| --- | ---: | ---: |',
  ...rows(byPackage).map(([k, v]) => `| ${k} | ${ms(v)} | ${pct(v)} |`),
  '',
  '| Function [module] | Self time | Share |',
  '| --- | ---: | ---: |',
  ...rows(byFunction).map(([k, v]) => `| ${k.replace(/\|/g, '\\|')} | ${ms(v)} | ${pct(v)} |`),
];
process.stdout.write(`${out.join('\n')}\n`);
