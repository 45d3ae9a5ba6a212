import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicies } from '../../src/config/load.js';
import { ConfigurationError } from '../../src/platform/errors.js';
import { RULES } from '../../src/rules/index.js';
import { ROOT } from '../support/bundle.js';

const WORDS = `# 公司自定义的绝对化用语
category: ad-absolute
source: 广告法第九条
entries:
  - term: 宇宙第一
    note: 绝对化用语，请删除
`;

async function load(rule: string) {
  const dir = mkdtempSync(join(tmpdir(), 'wxgate-lexicon-'));
  cpSync(join(ROOT, 'policies'), join(dir, 'policies'), { recursive: true });
  const file = join(dir, 'policies/lexicons/custom.yml');
  writeFileSync(file, `${WORDS.split('\n')[0]}\nrule: ${rule}\n${WORDS.split('\n').slice(1).join('\n')}`);
  return { file, load: () => loadPolicies(join(dir, 'policies'), RULES) };
}

describe('a lexicon naming a rule that does not exist', () => {
  // Before, such a file loaded and its entries matched nothing: 宇宙第一 passed the check unseen.
  it('fails loudly with file, line and the rule meant', async () => {
    const { file, load: run } = await load('law/ad-absolute-termz');
    const error = await run().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).describe()).toBe(
      `${file}:2: field "rule": no rule "law/ad-absolute-termz" (did you mean law/ad-absolute-term?): its entries would match nothing; run \`wxgate rules\` to list the rules`,
    );
  });

  it('loads when the rule exists', async () => {
    const { load: run } = await load('law/ad-absolute-term');
    const { lexicon } = await run();
    expect(lexicon.entries.some((e) => e.term === '宇宙第一' && e.rule === 'law/ad-absolute-term')).toBe(
      true,
    );
  });
});
