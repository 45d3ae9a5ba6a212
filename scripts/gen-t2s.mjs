// Generates src/text/data/t2s.json: the single-character traditional → simplified table used by fold().
// Source: OpenCC's character dictionaries as shipped in the opencc-js devDependency (MIT AND Apache-2.0).
// Run: node scripts/gen-t2s.mjs
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const dictDir = join(dirname(createRequire(import.meta.url).resolve('opencc-js')), '..', 'esm-lib', 'dict');
const load = async (name) => (await import(join(dictDir, `${name}.js`))).default;

/** "key value|key value…" → Map, keeping 1-unit → 1-unit entries only (fold() maps UTF-16 units one to one). */
function parse(dict) {
  const map = new Map();
  for (const entry of dict.split('|')) {
    const [key, first] = entry.split(' ');
    if (key?.length === 1 && first?.length === 1 && key !== first) map.set(key, first);
  }
  return map;
}

const ts = parse(await load('TSCharacters'));
// Regional variants (HK 為, TW 裡…) and compatibility ideographs first become OpenCC's standard traditional form,
// which TSCharacters then simplifies.
const variants = [
  parse(await load('HKVariantsRev')),
  parse(await load('TWVariantsRev')),
  parse(await load('CJK_Compatibility_Ideographs')),
];

// A variant key that is itself an everyday simplified character must stay as it is: 么 (什么) is a simplified form
// in TSCharacters, and 著 (著作, 显著) is standard simplified although Taiwan also writes it for 着.
const simplifiedInUse = new Set([...ts.values(), '著']);
const table = new Map(ts);
for (const variant of variants) {
  for (const [from, standard] of variant) {
    const simplified = ts.get(standard) ?? standard;
    if (!table.has(from) && !simplifiedInUse.has(from) && simplified !== from) table.set(from, simplified);
  }
}

const pairs = [...table].sort(([a], [b]) => a.charCodeAt(0) - b.charCodeAt(0));
const out = join(dirname(new URL(import.meta.url).pathname), '..', 'src', 'text', 'data', 't2s.json');
writeFileSync(out, `${JSON.stringify(pairs.map(([k, v]) => k + v).join(''))}\n`);
console.log(`wrote ${pairs.length} pairs to ${out}`);
