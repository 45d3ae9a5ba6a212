import { describe, expect, it } from 'vitest';
import { parseCheckPolicy } from '../../src/config/wxgate-yml.js';
import { compileLexicon } from '../../src/lexicon/compile.js';
import { type LintSetup, lintBytes } from '../../src/lint/runner.js';
import { RULES } from '../../src/rules/index.js';
import { defineRule, type Rule } from '../../src/rules/types.js';
import { FRONT_MATTER, said } from '../helpers.js';

const bytes = (s: string) => new TextEncoder().encode(s);

function setup(rules: readonly Rule[]): LintSetup {
  return {
    rules,
    policy: parseCheckPolicy('policies/wxgate.yml', '', rules),
    lexicon: compileLexicon([], []),
  };
}

describe('lintBytes never throws for hostile input', () => {
  it('3,000 nested quotes are one format/file error at their line, not a stack overflow', () => {
    const text = `${FRONT_MATTER}\n正文。\n\n${'>'.repeat(3000)} 集\n`;
    const result = lintBytes(
      'content/group/2026-11-25-x/index.md',
      bytes(text),
      setup(RULES),
      new Set(['cover.png']),
    );
    expect(result.messages.map((m) => [m.ruleId, m.line])).toEqual([['format/file', 10]]);
    expect(said(result.messages[0]!, 'en')).toMatch(
      /^Block quotes and lists are nested too deeply \(about 3000 levels\); the limit is 32/,
    );
  });

  it('a rule that throws makes that file one format/file error, and other files are still checked', () => {
    const crashes = defineRule({
      meta: {
        id: 'format/crashes-on-x',
        description: { zh: '测试', en: 'test' },
        defaultSeverity: 'error',
        source: 'test',
        defaults: {},
      },
      check(article) {
        if (article.text.includes('X')) throw new RangeError('Maximum call stack size exceeded');
      },
    });
    const s = setup([crashes]);
    const bad = lintBytes('bad.md', bytes(`${FRONT_MATTER}\nX\n`), s);
    const good = lintBytes('good.md', bytes(`${FRONT_MATTER}\n好\n`), s);
    expect(bad.messages.map((m) => [m.ruleId, m.line, said(m, 'en')])).toEqual([
      [
        'format/file',
        1,
        'The file cannot be parsed and checked: its structure is nested too deeply. Simplify its structure (nesting, very long lines or paragraphs). (Source: 微信草稿接口 draft/add：正文小于 1 MB)',
      ],
    ]);
    expect(good.messages).toEqual([]);
  });
});

describe('the clause a message cites', () => {
  const article = `${FRONT_MATTER.replace(/title: .*/, `title: ${'长'.repeat(40)}`)}\n正文。\n`;
  const titleRule = RULES.filter((r) => r.meta.id === 'wechat/title-length');
  const run = (policyYaml: string) =>
    lintBytes(
      'content/group/2026-11-25-x/index.md',
      bytes(article),
      {
        rules: titleRule,
        policy: parseCheckPolicy('policies/wxgate.yml', policyYaml, titleRule),
        lexicon: compileLexicon([], []),
      },
      new Set(['cover.png']),
    ).messages;

  it("is the rule's own by default and the company's when the policy names one", () => {
    const [own] = run('');
    expect(own!.source).toBe(titleRule[0]!.meta.source);
    const [company] = run('rules:\n  wechat/title-length: {source: 运营办法 5.3}\n');
    expect(company!.source).toBe('运营办法 5.3');
    expect(said(company!)).toMatch(/（依据：运营办法 5\.3）$/);
    expect(said(company!, 'en')).toMatch(/ \(Source: 运营办法 5\.3\)$/);
  });
});

describe('a result is the same in every language', () => {
  it('keeps both sentences and its source apart, for the reporter to join in the language it shows', () => {
    const unused = `${FRONT_MATTER}\n<!-- wxgate-disable-next-line law/ad-absolute-term -- 引用 -->\n正文。\n`;
    const [finding] = lintBytes(
      'content/group/2026-11-25-x/index.md',
      bytes(unused),
      setup(RULES),
      new Set(['cover.png']),
    ).messages;
    expect(finding).toMatchObject({
      ruleId: 'format/suppression',
      message: {
        zh: '这条屏蔽注释（law/ad-absolute-term）没有屏蔽任何问题，请删除，以免日后掩盖新问题。',
        en: 'This suppression (law/ad-absolute-term) silences nothing; remove it so it cannot hide a future problem.',
      },
      source: 'wxgate',
    });
    const [unreadable] = lintBytes('x.md', new Uint8Array([0xff, 0xfe, 0x41, 0x00]), setup(RULES)).messages;
    expect(unreadable).toMatchObject({
      ruleId: 'format/file',
      message: {
        zh: '文件是 UTF-16 编码（小端序），不是 UTF-8。请另存为 UTF-8。',
        en: 'File is UTF-16 (little-endian), not UTF-8. Save it as UTF-8.',
      },
      source: '微信草稿接口 draft/add：正文小于 1 MB',
    });
  });
});
