// `npm run docs`: regenerates docs/rules.md and the README rules table from rule metadata.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadRuleExamples } from '../src/docs/rule-examples.js';
import { renderRuleReference, renderRuleTable, replaceTable } from '../src/docs/rules-doc.js';
import { FILE_RULE } from '../src/lint/runner.js';
import { RULES } from '../src/rules/index.js';

const metas = [...RULES.map((r) => r.meta), FILE_RULE];
mkdirSync('docs', { recursive: true });
const examples = loadRuleExamples(
  'test/fixtures/rules',
  metas.map((m) => m.id),
);
writeFileSync('docs/rules.md', renderRuleReference(metas, examples));
writeFileSync('README.md', replaceTable(readFileSync('README.md', 'utf8'), renderRuleTable(metas)));
