import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCheckPolicy } from '../../src/config/wxgate-yml.js';
import { applyFixes, fixArticle } from '../../src/lint/fix.js';
import type { FileResult, LintMessage, LintSetup } from '../../src/lint/runner.js';
import { RULES } from '../../src/rules/index.js';
import { defineRule } from '../../src/rules/types.js';
import { FRONT_MATTER, lint, shippedLexicons } from '../helpers.js';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/fix');
const PATH = 'content/group/2026-11-25-sample/index.md';
const setup: LintSetup = {
  rules: RULES,
  policy: parseCheckPolicy('policies/wxgate.yml', '', RULES),
  lexicon: shippedLexicons(),
};
const encode = (text: string) => new TextEncoder().encode(text);
const fix = (text: string) => fixArticle(PATH, encode(text), setup, new Set(['cover.png']));

function withFixes(...fixes: Array<Array<{ start: number; end: number; text: string }>>): FileResult {
  const messages = fixes.map((edits) => ({ ruleId: 'typo/x', fix: edits }) as unknown as LintMessage);
  return { path: PATH, messages, suppressed: [] };
}

describe('applyFixes', () => {
  it('applies edits in source order, whatever order the findings came in', () => {
    const result = withFixes([{ start: 4, end: 5, text: '。' }], [{ start: 1, end: 1, text: ' ' }]);
    expect(applyFixes('aVPN.', result)).toEqual({ text: 'a VPN。', applied: 2 });
  });

  it('leaves a fix that overlaps one already taken for the next pass, and inserts at one point once', () => {
    const result = withFixes(
      [{ start: 2, end: 4, text: '，' }],
      [{ start: 3, end: 4, text: '。' }],
      [{ start: 4, end: 4, text: ' ' }],
      [{ start: 4, end: 4, text: ' ' }],
    );
    expect(applyFixes('中文,,A', result)).toEqual({ text: '中文，A', applied: 1 });
    const insertions = withFixes([{ start: 2, end: 2, text: ' ' }], [{ start: 2, end: 2, text: ' ' }]);
    expect(applyFixes('中文A', insertions)).toEqual({ text: '中文 A', applied: 1 });
  });

  it('takes all the edits of one fix or none of them', () => {
    const result = withFixes(
      [{ start: 0, end: 2, text: 'X' }],
      [
        { start: 1, end: 2, text: '（' },
        { start: 5, end: 6, text: '）' },
      ],
    );
    expect(applyFixes('ab(cd)', result)).toEqual({ text: 'X(cd)', applied: 1 });
  });
});

describe('fixArticle', () => {
  it('fixes spacing, punctuation, repeated marks and invisible characters in prose, and nothing else', () => {
    const body = [
      '# 季度回顾VPN',
      '',
      '我们用VPN访问,共有3个服务器。。价格\u00a0100元，中文\u200b词语(注意)。',
      '',
      '> 引用里用VPN,好吗?',
      '',
      '| 列 | 说明 |',
      '| --- | --- |',
      '| 一 | 表格里用VPN |',
      '',
      '见[官网Docs](https://example.com/a,b中文3个)和`code,3个`以及 https://a.cn/x,y中文 与![图片3张](img,3张.png)。',
      '',
      '<p>中文<b>VPN</b>和HTML里, 以及 <a href="x,y中文3个">链接</a></p>',
      '',
      '```js',
      'const a = "中文,代码3个";',
      '```',
      '',
    ].join('\n');
    const out = fix(FRONT_MATTER + body);
    expect(out.text).toBe(
      FRONT_MATTER +
        [
          '# 季度回顾 VPN',
          '',
          '我们用 VPN 访问，共有 3 个服务器。价格 100 元，中文词语（注意）。',
          '',
          '> 引用里用 VPN，好吗？',
          '',
          '| 列 | 说明 |',
          '| --- | --- |',
          '| 一 | 表格里用 VPN |',
          '',
          '见[官网 Docs](https://example.com/a,b中文3个)和`code,3个`以及 https://a.cn/x,y中文 与![图片 3 张](img,3张.png)。',
          '',
          '<p>中文<b>VPN</b>和 HTML 里，以及 <a href="x,y中文3个">链接</a></p>',
          '',
          '```js',
          'const a = "中文,代码3个";',
          '```',
          '',
        ].join('\n'),
    );
    expect(out.applied).toBe(17);
    expect(fix(out.text).applied).toBe(0);
  });

  it('keeps a bare URL a link: no full-width bracket or mark right against it', () => {
    const body =
      '## 虎牙直播平台(https://www.huya.com/)\n\n官网是 https://a.cn/x ,好。见 https://b.cn ,中文, https://c.cn 好(注意)。\n';
    expect(fix(FRONT_MATTER + body).text).toBe(
      `${FRONT_MATTER}## 虎牙直播平台(https://www.huya.com/)\n\n官网是 https://a.cn/x ，好。见 https://b.cn ，中文， https://c.cn 好（注意）。\n`,
    );
  });

  it('never edits inside markup or an escape: the fix is skipped where the source is not the text read', () => {
    const body = '这是中文**English**文字，中&#x6587;VPN，\\*注意\\*用VPN。\n';
    expect(fix(FRONT_MATTER + body).text).toBe(
      `${FRONT_MATTER}这是中文**English**文字，中&#x6587;VPN，\\*注意\\*用 VPN。\n`,
    );
  });

  it('keeps front matter keys, non-prose values, line endings and a byte-order mark as they were', () => {
    const crlf = `\ufeff${FRONT_MATTER}用VPN访问,好。\n`
      .replace(/\n/g, '\r\n')
      .replace('author: 集团市场部', 'author: 市场部VPN');
    const out = fix(crlf);
    expect(out.text).toBe(crlf.replace('用VPN访问,好', '用 VPN 访问，好'));
  });

  it('takes fixes from typography rules only: a rule not declared fixable has its fix dropped', () => {
    expect(RULES.filter((r) => r.meta.fixable).map((r) => r.meta.id)).toEqual([
      'typo/cjk-latin-space',
      'typo/cjk-number-space',
      'typo/fullwidth-punct',
      'typo/duplicate-punct',
      'typo/invisible-chars',
    ]);
    const meta = {
      id: 'law/rewrites-claims',
      description: { zh: '示例', en: 'example' },
      defaultSeverity: 'error' as const,
      source: 'test',
      defaults: {},
    };
    const proposing = (fixable: boolean) =>
      defineRule({
        meta: { ...meta, fixable },
        check: (_article, { report }) =>
          report({ start: 0, end: 1, message: meta.description, fix: [{ start: 0, end: 1, text: 'x' }] }),
      });
    const policy = 'rules:\n  law/rewrites-claims: error\n';
    expect(lint(FRONT_MATTER, { rules: [proposing(false)], policy }).messages[0]!.fix).toBeUndefined();
    expect(lint(FRONT_MATTER, { rules: [proposing(true)], policy }).messages[0]!.fix).toHaveLength(1);
  });

  it('never fixes a compliance finding', () => {
    const out = fix(`${FRONT_MATTER}本品是全球领先的产品,效果最好。\n`);
    expect(out.text).toBe(`${FRONT_MATTER}本品是全球领先的产品，效果最好。\n`);
    expect(out.result.messages.map((m) => m.ruleId)).toContain('law/ad-absolute-term');
  });

  it('leaves a file it cannot read as an article untouched', () => {
    const bytes = new Uint8Array([...encode(`${FRONT_MATTER}用VPN访问,好。`), 0xff, 0xfe, 0x0a]);
    const out = fixArticle(PATH, bytes, setup);
    expect(out.applied).toBe(0);
    expect(out.result.messages.map((m) => m.ruleId)).toEqual(['format/file']);
  });
});

describe('fixArticle on real articles (test/fixtures/fix)', () => {
  const URL_OR_CODE = /https?:\/\/[^\s)"<]+|`[^`\n]+`|```[\s\S]*?```|<[^>\n]+>|\]\([^)\n]*\)/g;
  it.each(['ruyisdk-biweekly-17', 'pingcap-cascades-rule', 'xinwenlianbo-20220924'])('%s', (name) => {
    const input = readFileSync(resolve(FIXTURES, `${name}.md`), 'utf8');
    const expected = readFileSync(resolve(FIXTURES, `${name}.fixed.md`), 'utf8');
    const out = fix(input);
    expect(out.text).toBe(expected);
    expect(out.applied).toBeGreaterThan(0);
    // Idempotent: what --fix wrote has nothing left to fix.
    expect(fix(out.text)).toMatchObject({ applied: 0, text: expected });
    // Code, URLs, link targets and HTML tags come through byte for byte, in the same order.
    expect(out.text.match(URL_OR_CODE)).toEqual(input.match(URL_OR_CODE));
    // Only spaces are added and marks changed: the Han text reads the same.
    const han = (t: string) => t.replace(/[^\p{sc=Han}]/gu, '');
    expect(han(out.text)).toBe(han(input));
  });
});
