import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleExamples } from '../src/docs/rule-examples.js';
import { renderRuleReference, renderRuleTable, replaceTable } from '../src/docs/rules-doc.js';
import { FILE_RULE } from '../src/lint/runner.js';
import { RULES } from '../src/rules/index.js';

const root = resolve(import.meta.dirname, '..');
const metas = [...RULES.map((r) => r.meta), FILE_RULE];

describe('generated documentation is current (run `npm run docs` after changing rule metadata)', () => {
  it('README rules table', () => {
    const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
    expect(replaceTable(readme, renderRuleTable(metas))).toBe(readme);
  });

  it('docs/rules.md', () => {
    const examples = loadRuleExamples(
      resolve(root, 'test/fixtures/rules'),
      metas.map((m) => m.id),
    );
    expect(readFileSync(resolve(root, 'docs/rules.md'), 'utf8')).toBe(renderRuleReference(metas, examples));
  });

  it('every rule id is unique, well formed and lives in the file its id names', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^(format|law|source|wechat|typo|style)\/[a-z0-9-]+$/);
      expect(() => readFileSync(resolve(root, `src/rules/${id}.ts`))).not.toThrow();
    }
  });
});
