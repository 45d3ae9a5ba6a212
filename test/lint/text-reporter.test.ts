import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/lint/reporters/text.js';
import type { FileResult } from '../../src/lint/runner.js';
import { lint } from '../helpers.js';

const ESC = '\u001b';

describe('text reporter: author text never reaches the terminal raw', () => {
  const hostile: FileResult = {
    path: `content/group/2026-11-25-${ESC}]0;owned\u0007x/index.md`,
    messages: [
      {
        ruleId: 'law/ad-absolute-term',
        severity: 'error',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 5,
        message: {
          zh: `「最好${ESC}[2K${ESC}[1A✔ 1 个文件全部通过。\r」是绝对化用语\u202e`,
          en: `"best${ESC}[2K" is an absolute claim`,
        },
        actual: `最好${ESC}[2K`,
        url: '',
        source: '广告法',
      },
    ],
    suppressed: [{ ruleId: 'style/x', line: 4, reason: `理由\n✔ 伪造的一行${ESC}[0m` }],
  };

  it.each([true, false])(
    'escapes control and bidi characters from paths, messages and reasons (colour: %s)',
    (color) => {
      const out = formatText([hostile], 'zh-CN', color);
      const withoutOwnColours = out.replace(/\u001b\[\d+m/g, '');
      expect(withoutOwnColours).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
      expect(out).toContain('2026-11-25-\\u001b]0;owned\\u0007x/index.md');
      expect(out).toContain('「最好\\u001b[2K\\u001b[1A✔ 1 个文件全部通过。\\u000d」是绝对化用语\\u202e');
      expect(out).toContain('理由\\u000a✔ 伪造的一行\\u001b[0m');
      expect(out.split('\n')).toHaveLength(7);
    },
  );

  it('leaves ordinary text, CJK and emoji as they are', () => {
    const r = lint(
      '---\ntitle: 标题\nauthor: 作者\npublish_at: 2026-11-25T09:00:00+08:00\ncover: cover.png\n---\n\n我们的产品全网第一 🎉。\n',
    );
    const out = formatText([r], 'zh-CN', false);
    expect(out).toContain('全网第一');
    expect(out).not.toContain('\\u');
  });

  it('says how many findings --fix can correct, and only when there are some', () => {
    const front =
      '---\ntitle: 标题\nauthor: 作者\npublish_at: 2026-11-25T09:00:00+08:00\ncover: cover.png\n---\n\n';
    const fixable = formatText([lint(`${front}我们用VPN访问,好。\n`)], 'zh-CN', false);
    expect(fixable).toContain(
      '\n  其中 2 个可用 wxgate check --fix 自动修正（先用 --fix-dry-run 查看改动）。\n',
    );
    const en = formatText([lint(`${front}我们用VPN访问,好。\n`)], 'en', false);
    expect(en).toContain(
      '\n  2 of them can be fixed by wxgate check --fix (see the changes first with --fix-dry-run).\n',
    );
    expect(formatText([lint(`${front}本品全网第一。\n`)], 'zh-CN', false)).not.toContain('--fix');
  });
});
