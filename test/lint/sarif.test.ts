import { describe, expect, it } from 'vitest';
import { formatSarif } from '../../src/lint/reporters/sarif.js';
import { RULES } from '../../src/rules/index.js';
import { FRONT_MATTER, lint } from '../helpers.js';

describe('SARIF of a suppressed finding', () => {
  it('keeps its real level, region and message; the suppression carries the justification', () => {
    const body = '<!-- wxgate-disable-next-line law/ad-absolute-term -- 引用法条原文 -->\n本店全网第一。\n';
    const result = lint(`${FRONT_MATTER}\n${body}`);
    expect(result.suppressed.map((s) => `${s.line} ${s.ruleId}`)).toEqual(['9 law/ad-absolute-term']);
    const sarif = JSON.parse(
      formatSarif(
        [result],
        RULES.map((r) => r.meta),
        'zh-CN',
        '0.0.0',
      ),
    );
    const [suppressed] = sarif.runs[0].results;
    // Before: level note, column 1 and the message replaced by "已屏蔽：引用法条原文".
    expect(suppressed).toMatchObject({
      ruleId: 'law/ad-absolute-term',
      level: 'error',
      message: { text: expect.stringContaining('广告绝对化用语「全网第一」') },
      locations: [
        { physicalLocation: { region: { startLine: 9, startColumn: 3, endLine: 9, endColumn: 7 } } },
      ],
      suppressions: [{ kind: 'inSource', justification: '引用法条原文' }],
    });
  });
});
