// remark-parse alone, as a program: `node scripts/bench/remark-parse-files.mjs <dir>` reads every .md file under
// <dir> and parses it with the processor wxgate starts from (remark-parse + remark-frontmatter + remark-gfm), in
// one process, one file after another, and prints how many files and tree nodes it saw. The bench times it from
// spawn to exit, exactly as it times `wxgate check`, so the two are compared under the same conditions: Node
// start-up, reading the files and a JIT that starts cold.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node scripts/bench/remark-parse-files.mjs <dir>\n');
  process.exit(2);
}
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.md'))
  .sort();
let nodes = 0;
const count = (node) => {
  nodes++;
  for (const child of node.children ?? []) count(child);
};
for (const name of files) count(processor.parse(readFileSync(join(dir, name), 'utf8')));
process.stdout.write(`${JSON.stringify({ files: files.length, nodes })}\n`);
