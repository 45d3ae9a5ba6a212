import { describe, expect, it } from 'vitest';
import { parseCheckPolicy } from '../../src/config/wxgate-yml.js';
import { ConfigurationError } from '../../src/platform/errors.js';
import { defineRule } from '../../src/rules/types.js';

const lengthRule = defineRule({
  meta: {
    id: 'wechat/title-length',
    description: { zh: '', en: '' },
    defaultSeverity: 'error',
    source: 's',
    defaults: { max: 32 },
  },
  check() {},
});
const listRule = defineRule({
  meta: {
    id: 'style/rare-char',
    description: { zh: '', en: '' },
    defaultSeverity: 'warning',
    source: 's',
    defaults: { allow: [] as string[], strict: false },
  },
  check() {},
});
const RULES = [lengthRule, listRule];

function error(yaml: string): string {
  try {
    parseCheckPolicy('policies/wxgate.yml', yaml, RULES);
  } catch (e) {
    if (e instanceof ConfigurationError) return e.describe();
    throw e;
  }
  throw new Error('expected a ConfigurationError');
}

describe('parseCheckPolicy', () => {
  it('uses rule defaults when the policy is empty', () => {
    const p = parseCheckPolicy('policies/wxgate.yml', '', RULES);
    expect(p.timeZone).toBe('Asia/Shanghai');
    expect(p.rules.get('wechat/title-length')).toEqual({
      severity: 'error',
      explicit: false,
      options: { max: 32 },
    });
  });

  it('reads severities, options and the time zone', () => {
    const p = parseCheckPolicy(
      'policies/wxgate.yml',
      'time_zone: Asia/Hong_Kong\nrules:\n  wechat/title-length: {severity: warning, max: 64}\n  style/rare-char: off\n',
      RULES,
    );
    expect(p.timeZone).toBe('Asia/Hong_Kong');
    expect(p.rules.get('wechat/title-length')).toEqual({
      severity: 'warning',
      explicit: true,
      options: { max: 64 },
    });
    expect(p.rules.get('style/rare-char')?.severity).toBe('off');
  });

  it('fails loudly, with file, line and field, on every kind of mistake', () => {
    expect(error('time_zone: Mars/Olympus\n')).toBe(
      'policies/wxgate.yml:1: field "time_zone": "Mars/Olympus" is not an IANA time zone (e.g. Asia/Shanghai)',
    );
    expect(error('rules:\n  wechat/title-lenght: error\n')).toBe(
      'policies/wxgate.yml:2: field "rules.wechat/title-lenght": unknown rule id; run `wxgate rules` to list them',
    );
    expect(error('rules:\n  wechat/title-length: fatal\n')).toBe(
      'policies/wxgate.yml:2: field "rules.wechat/title-length": severity must be one of error, warning, info, off',
    );
    expect(error('rules:\n  wechat/title-length:\n    max: "32"\n')).toBe(
      'policies/wxgate.yml:3: field "rules.wechat/title-length.max": must be a non-negative number',
    );
    expect(error('rules:\n  wechat/title-length:\n    maximum: 32\n')).toBe(
      'policies/wxgate.yml:3: field "rules.wechat/title-length.maximum": unknown option; options: max',
    );
    expect(error('rules:\n  style/rare-char: {allow: 囧}\n')).toBe(
      'policies/wxgate.yml:2: field "rules.style/rare-char.allow": must be a list of text',
    );
    expect(error('rules:\n  style/rare-char: {strict: "yes"}\n')).toBe(
      'policies/wxgate.yml:2: field "rules.style/rare-char.strict": must be true or false',
    );
    expect(error('lead_time: 72\n')).toBe(
      'policies/wxgate.yml:1: field "lead_time": must be a mapping: {hours: N} or {working_days: N}',
    );
    expect(error('rules: [a, b]\n')).toBe(
      'policies/wxgate.yml:1: field "rules": must map rule ids to a severity or to {severity, ...options}',
    );
    expect(error('rules: {\n')).toMatch(/^policies\/wxgate.yml:\d+: /);
  });

  it('names the exact line where a search of the text would land on another rule or inside a text block', () => {
    // Flow style: no line starts with `severity:` for the first rule; the next rule's does (line 4).
    expect(
      error('rules:\n  style/rare-char: {severity: erorr}\n  wechat/title-length:\n    severity: error\n'),
    ).toBe(
      'policies/wxgate.yml:2: field "rules.style/rare-char.severity": must be one of error, warning, info, off',
    );
    // The company's clause quotes `max:` inside a block of text (line 4); the option itself is on line 5.
    expect(
      error('rules:\n  wechat/title-length:\n    source: |\n      max: 运营办法第 5 条\n    max: "32"\n'),
    ).toBe('policies/wxgate.yml:5: field "rules.wechat/title-length.max": must be a non-negative number');
  });
});

describe('explicit severities', () => {
  it('counts as explicit only when the policy writes a severity', () => {
    const p = parseCheckPolicy(
      'p.yml',
      'rules:\n  style/rare-char: {allow: [囧]}\n  wechat/title-length: {severity: info}\n',
      RULES,
    );
    expect(p.rules.get('style/rare-char')).toEqual({
      severity: 'warning',
      explicit: false,
      options: { allow: ['囧'], strict: false },
    });
    expect(p.rules.get('wechat/title-length')?.explicit).toBe(true);
  });
});

describe("the company's own clause for a rule", () => {
  it("reads source and cites it in the rule's messages in place of the rule's own", () => {
    const p = parseCheckPolicy(
      'p.yml',
      'rules:\n  wechat/title-length: {severity: error, source: 运营办法 5.3}\n',
      RULES,
    );
    expect(p.rules.get('wechat/title-length')).toEqual({
      severity: 'error',
      explicit: true,
      options: { max: 32 },
      source: '运营办法 5.3',
    });
    expect(p.rules.get('style/rare-char')?.source).toBeUndefined();
    expect(error('rules:\n  wechat/title-length:\n    source: 5\n')).toBe(
      'policies/wxgate.yml:3: field "rules.wechat/title-length.source": must be non-empty text: the clause the messages cite',
    );
  });
});
