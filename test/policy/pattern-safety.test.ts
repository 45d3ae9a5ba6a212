import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderShippedLexicons, shippedLexicons } from '../../scripts/gen-shipped-lexicons.js';
import { ConfigurationError } from '../../src/platform/errors.js';
import { loadLexicons } from '../../src/policy/lexicon.js';
import { loadPolicies } from '../../src/policy/load.js';
import {
  digestOf,
  shippedLexicon,
  UnverifiedPattern,
  verifiedOnly,
} from '../../src/policy/pattern-safety.js';
import { backtrackingRisk } from '../../src/policy/regex-safety.js';
import { RULES } from '../../src/rules/index.js';

const root = resolve(import.meta.dirname, '../..');

/** A copy of the shipped policies with one more lexicon file. */
function policiesWith(lexicon: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'wxgate-patterns-'));
  cpSync(join(root, 'policies'), dir, { recursive: true });
  writeFileSync(join(dir, 'lexicons', 'zz-company.yml'), lexicon);
  return dir;
}

const entry = (pattern: string) =>
  `rule: law/prohibited-content\ncategory: gambling\nsource: 第六条\nentries:\n  - pattern: '${pattern}'\n    note: 请删除。\n`;

describe('lexicon patterns are proven safe before they run', () => {
  it('the shipped lexicons and patterns are known by digest, and the list is current (run `npm run docs` if not)', () => {
    const shipped = shippedLexicons(join(root, 'policies/lexicons'));
    expect(shipped.patterns.length).toBeGreaterThan(30);
    expect(readFileSync(join(root, 'src/policy/shipped-lexicons.ts'), 'utf8')).toBe(
      renderShippedLexicons(shipped),
    );
  });

  it('a shipped file read from the digest gives exactly what parsing it gives', () => {
    const dir = join(root, 'policies/lexicons');
    const parsed = loadLexicons(dir, backtrackingRisk);
    const known = loadLexicons(dir, backtrackingRisk, shippedLexicon);
    expect(known.entries).toEqual(parsed.entries);
    expect(known.scan('全网最低价，bai家乐，转发朋友圈即可领取')).toEqual(
      parsed.scan('全网最低价，bai家乐，转发朋友圈即可领取'),
    );
  });

  it('a pattern wxgate did not ship is not taken on trust', () => {
    expect(() => verifiedOnly('赌(?:场|博)网', 'iu')).toThrow(UnverifiedPattern);
    expect(digestOf('a')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a company pattern that is safe loads, through the full analysis', async () => {
    const { lexicon } = await loadPolicies(policiesWith(entry('新型?赌局')), RULES);
    expect(lexicon.scan('这是新型赌局').map((h) => h.entry.pattern)).toContain('新型?赌局');
  });

  it('a company pattern that could backtrack catastrophically stops the load with file and line', async () => {
    const dir = policiesWith(entry('(赌+)+场'));
    const error = await loadPolicies(dir, RULES).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).describe()).toBe(
      `${join(dir, 'lexicons', 'zz-company.yml')}:5: field "entries[0].pattern": could take minutes on some texts (exponential backtracking at 赌+ on a long run of "赌"); bound the repetition (e.g. [^。]{0,20}) or factor out what the alternatives share`,
    );
  });
});
