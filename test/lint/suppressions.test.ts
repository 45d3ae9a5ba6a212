import { describe, expect, it } from 'vitest';
import { FRONT_MATTER, lint, said } from '../helpers.js';

const run = (body: string, policy = '') => {
  const r = lint(`${FRONT_MATTER}\n${body}`, { policy });
  return {
    messages: r.messages.map((m) => `${m.line} ${m.severity} ${m.ruleId}`),
    suppressed: r.suppressed.map((s) => `${s.line} ${s.ruleId} ${s.reason}`),
  };
};

describe('suppression comments', () => {
  it('disable-next-line silences the named rule on the next line with content, and lists it', () => {
    expect(
      run(
        '<!-- wxgate-disable-next-line law/ad-absolute-term -- 引用法条原文 -->\n\n广告法禁止“全网第一”等用语。\n\n全网第一。\n',
      ),
    ).toEqual({
      messages: ['12 error law/ad-absolute-term'],
      suppressed: ['10 law/ad-absolute-term 引用法条原文'],
    });
  });

  it('names several rules separated by commas, and leaves other rules alone', () => {
    expect(
      run(
        '<!-- wxgate-disable-next-line law/ad-absolute-term, typo/cjk-latin-space -- 产品名 -->\n全网第一的VPN！！\n',
      ),
    ).toEqual({
      messages: ['9 warning typo/duplicate-punct'],
      suppressed: ['9 law/ad-absolute-term 产品名', '9 typo/cjk-latin-space 产品名'],
    });
  });

  it('disable … enable silences a range', () => {
    expect(
      run(
        '<!-- wxgate-disable law/ad-absolute-term -- 合规培训材料 -->\n\n全网第一。\n\n行业最佳。\n\n<!-- wxgate-enable law/ad-absolute-term -->\n\n全网第一。\n',
      ),
    ).toEqual({
      messages: ['16 error law/ad-absolute-term'],
      suppressed: ['10 law/ad-absolute-term 合规培训材料', '12 law/ad-absolute-term 合规培训材料'],
    });
  });

  it('a suppression without a reason is an error and silences nothing', () => {
    expect(run('<!-- wxgate-disable-next-line law/ad-absolute-term -->\n全网第一。\n')).toEqual({
      messages: ['8 error format/suppression', '9 error law/ad-absolute-term'],
      suppressed: [],
    });
  });

  it('unknown rule ids and missing rule ids are errors', () => {
    expect(run('<!-- wxgate-disable-next-line law/ad-absolut-term -- 原因 -->\n正文。\n').messages).toEqual([
      '8 error format/suppression',
    ]);
    expect(run('<!-- wxgate-disable -- 原因 -->\n正文。\n').messages).toEqual(['8 error format/suppression']);
    expect(run('<!-- wxgate-ignore law/ad-absolute-term -- 原因 -->\n正文。\n').messages).toEqual([
      '8 error format/suppression',
    ]);
  });

  it('a suppression that silences nothing is a warning', () => {
    expect(
      run('<!-- wxgate-disable-next-line law/ad-absolute-term -- 以防万一 -->\n普通的一句话。\n'),
    ).toEqual({
      messages: ['8 warning format/suppression'],
      suppressed: [],
    });
  });

  it('a suppression that silences nothing takes the severity the policy sets for format/suppression', () => {
    const unused = '<!-- wxgate-disable-next-line law/ad-absolute-term -- 以防万一 -->\n普通的一句话。\n';
    expect(run(unused, 'rules:\n  format/suppression: info\n').messages).toEqual([
      '8 info format/suppression',
    ]);
    expect(run(unused, 'rules:\n  format/suppression: {severity: error}\n').messages).toEqual([
      '8 error format/suppression',
    ]);
    expect(run(unused, 'rules:\n  format/suppression: off\n').messages).toEqual([]);
  });

  it('problems with suppressions cannot themselves be suppressed', () => {
    const r = run(
      '<!-- wxgate-disable format/suppression -- 试图屏蔽 -->\n\n<!-- wxgate-disable-next-line law/ad-absolute-term -->\n全网第一。\n',
    );
    expect(r.messages).toContain('10 error format/suppression');
  });

  it('gives the message text in both languages', () => {
    const body = '<!-- wxgate-disable-next-line law/ad-absolute-term -->\n全网第一。\n';
    expect(said(lint(`${FRONT_MATTER}\n${body}`).messages[0]!)).toBe(
      '屏蔽检查必须写明原因：<!-- wxgate-disable-next-line law/ad-absolute-term -- 原因 -->。未写原因的注释不生效。（依据：wxgate 审核留痕）',
    );
    expect(said(lint(`${FRONT_MATTER}\n${body}`).messages[0]!, 'en')).toBe(
      'A suppression needs a reason: <!-- wxgate-disable-next-line law/ad-absolute-term -- reason -->. Without one it has no effect. (Source: wxgate 审核留痕)',
    );
  });
});

describe('an unknown rule id in a suppression', () => {
  it('is named with the rule it is a typo of', () => {
    const body = '<!-- wxgate-disable-next-line law/ad-absolute-termz, law/nothing -- 引用 -->\n全网第一。\n';
    const zh = lint(`${FRONT_MATTER}\n${body}`).messages.find((m) => m.ruleId === 'format/suppression');
    expect(said(zh!)).toMatch(
      /^未知规则编号：law\/ad-absolute-termz（是不是 law\/ad-absolute-term？）、law\/nothing。运行 wxgate rules 查看全部规则。/,
    );
    const en = lint(`${FRONT_MATTER}\n${body}`).messages.find((m) => m.ruleId === 'format/suppression');
    expect(said(en!, 'en')).toMatch(
      /^Unknown rule id: law\/ad-absolute-termz \(did you mean law\/ad-absolute-term\?\), law\/nothing\./,
    );
  });
});
