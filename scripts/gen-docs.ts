// `npm run docs`: regenerates docs/rules.md and the README rules table from rule metadata.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { renderRuleReference, renderRuleTable, replaceTable } from '../src/docs/rules-doc.js';
import { FILE_RULE } from '../src/lint/runner.js';
import { RULES } from '../src/rules/index.js';

const metas = [...RULES.map((r) => r.meta), FILE_RULE];
mkdirSync('docs', { recursive: true });
writeFileSync('docs/rules.md', renderRuleReference(metas));
writeFileSync('README.md', replaceTable(readFileSync('README.md', 'utf8'), renderRuleTable(metas)));
