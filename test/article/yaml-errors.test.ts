import { describe, expect, it } from 'vitest';
import { lint } from '../helpers.js';

/** The front-matter problem of an article whose YAML is `yaml` (line numbers count the opening ---). */
function problem(yaml: string, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  const result = lint(`---\n${yaml}---\n\n正文。\n`);
  const m = result.messages.find((x) => x.ruleId === 'format/front-matter');
  return `${m?.line} ${locale === 'en' ? m?.message.en : m?.message.zh}`;
}

describe('broken YAML front matter: the right line, in Chinese', () => {
  it('an unclosed quote points at the line that opens it', () => {
    expect(problem('title: "第三季度\nauthor: 集团市场部\n')).toBe(
      '2 (front matter)：双引号没有闭合：值以 " 开头，却没有结尾的 "。请补上结尾的引号。',
    );
    expect(problem("title: '第三季度\nauthor: 集团市场部\n", 'en')).toBe(
      "2 (front matter): Unclosed single quote: the value starts with ' but never ends with one. Add the closing quote.",
    );
  });

  it('an unclosed bracket points at the line that opens it', () => {
    expect(problem('title: [第三季度\nauthor: 集团市场部\ncover: cover.png\n')).toMatch(
      /^2 \(front matter\)：方括号或花括号没有闭合/,
    );
  });

  it('a missing colon or a full-width colon is found on its own line', () => {
    expect(problem('title: 简报\nauthor 集团市场部\ncover: cover.png\n')).toBe(
      '3 (front matter)：这一行不是“字段: 值”的形式：缺少英文冒号，或冒号后缺少空格。',
    );
    expect(problem('title：简报\nauthor: 集团市场部\n')).toBe(
      '2 (front matter)：字段名后面用了中文冒号“：”。请改成英文冒号加空格，如 title: 标题。',
    );
  });

  it('the parser’s common reasons are translated', () => {
    expect(problem('title: 简报\nauthor: 甲\ntitle: 又一个\n')).toBe(
      '4 (front matter)：字段重复：同一个字段写了两次。请删掉其中一个。',
    );
    expect(problem('title: 简报\n\tauthor: 甲\n')).toBe(
      '3 (front matter)：缩进里有制表符（Tab）。YAML 只能用空格缩进。',
    );
    expect(problem('title: 标题: 副标题\n')).toMatch(/^2 \(front matter\)：缩进不对，或值里有未加引号的“: ”/);
  });
});
