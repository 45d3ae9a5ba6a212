import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleExamples } from '../../src/docs/rule-examples.js';
import { RULES } from '../../src/rules/index.js';
import { messagesFor, messagesWithoutPositions } from './example-runner.js';

/**
 * Every rule's documented examples (test/fixtures/rules/<rule id>.yml, shown in docs/rules.md) give exactly the
 * messages they say, in both languages. Lines and columns are those of the example's own text.
 */
const FIXTURES = resolve(import.meta.dirname, '../fixtures/rules');
const all = loadRuleExamples(
  FIXTURES,
  RULES.map((r) => r.meta.id),
);

/**
 * Rules judged on what fixtures cannot carry yet: wechat/image-file reads the bytes of image files (format, size,
 * pixels), and an example is Markdown only. Its cases are in test/rules/wechat/image-file.test.ts. Nothing else
 * may join this list without the same reason.
 */
const NEEDS_FILE_BYTES = new Set(['wechat/image-file']);

it('every registered rule documents itself with examples', () => {
  const missing = RULES.map((r) => r.meta.id).filter((id) => !all.has(id) && !NEEDS_FILE_BYTES.has(id));
  expect(missing, `add test/fixtures/rules/<rule id>.yml for: ${missing.join(', ')}`).toEqual([]);
});

describe.each([...all.values()])('$rule: its documented examples', ({ rule, policy, examples }) => {
  it.each(examples)('$name', (example) => {
    expect(messagesFor(rule, policy, example, 'zh-CN')).toEqual(example.zh);
    expect(messagesFor(rule, policy, example, 'en')).toEqual(example.en);
  });

  it.each(examples)('$name, on a tree without positions: no crash', (example) => {
    const crashes = messagesWithoutPositions(rule, policy, example).filter((m) => m.ruleId === 'format/file');
    expect(crashes.map((m) => m.message)).toEqual([]);
  });
});
