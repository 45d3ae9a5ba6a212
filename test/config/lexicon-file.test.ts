import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLexicons, parseLexicon } from '../../src/config/lexicon-file.js';
import { compileLexicon } from '../../src/lexicon/compile.js';
import type { Lexicon, LexiconEntry } from '../../src/lexicon/entry.js';
import { backtrackingRisk } from '../../src/lexicon/regex-safety.js';
import { ConfigurationError } from '../../src/platform/errors.js';

/** The lexicon readers with the full pattern analysis, as policies load them for patterns wxgate did not ship. */
const parseLexiconChecked = (file: string, text: string) => parseLexicon(file, text, backtrackingRisk);
const loadLexiconsChecked = (dir: string) => loadLexicons(dir, backtrackingRisk);

const FILE = 'policies/lexicons/gambling.yml';

const GAMBLING = `# 赌博
rule: law/prohibited-content
category: gambling
severity: error
source: 网络信息内容生态治理规定第六条第（九）项
entries:
  - term: 网络赌博
    note: 不得宣传网络赌博。
  - term: 赌场
    severity: warning
    note: 需人工复核。
    allow: [赌场风云]
  - pattern: '集满\\s?\\d+\\s?个?\\s?赞'
    note: 集赞属诱导分享。
    category: induced-share
    source: 微信公众平台运营规范 3.3.1 诱导分享
allow:
  - term: 赌场游戏机评测
    note: 测试用的允许短语
`;

/** One block entry per term, all in one rule unless given. */
function entry(term: string, rule = 'law/prohibited-content', allow: string[] = []): LexiconEntry {
  return {
    term,
    rule,
    category: 'test',
    severity: 'error',
    tier: 'always',
    note: '说明',
    source: '依据',
    allow,
    file: 't.yml',
    line: 1,
  };
}

function spans(lexicon: Lexicon, text: string): string[] {
  return lexicon
    .scan(text)
    .map((h) => `${text.slice(h.start, h.end)}@${h.start}-${h.end}:${h.entry.term ?? h.entry.pattern}`);
}

function errorOf(yamlText: string, file = FILE): string {
  try {
    parseLexiconChecked(file, yamlText);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.describe();
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('parseLexicon', () => {
  it('applies file defaults and entry overrides, with the line of each entry', () => {
    const { entries, allow } = parseLexiconChecked(FILE, GAMBLING);
    expect(entries).toEqual([
      {
        term: '网络赌博',
        rule: 'law/prohibited-content',
        category: 'gambling',
        severity: 'error',
        tier: 'always',
        note: '不得宣传网络赌博。',
        source: '网络信息内容生态治理规定第六条第（九）项',
        allow: [],
        file: FILE,
        line: 7,
      },
      {
        term: '赌场',
        rule: 'law/prohibited-content',
        category: 'gambling',
        severity: 'warning',
        tier: 'always',
        note: '需人工复核。',
        source: '网络信息内容生态治理规定第六条第（九）项',
        allow: ['赌场风云'],
        file: FILE,
        line: 9,
      },
      {
        pattern: '集满\\s?\\d+\\s?个?\\s?赞',
        rule: 'law/prohibited-content',
        category: 'induced-share',
        severity: 'error',
        tier: 'always',
        note: '集赞属诱导分享。',
        source: '微信公众平台运营规范 3.3.1 诱导分享',
        allow: [],
        file: FILE,
        line: 13,
      },
    ]);
    expect(allow).toEqual([{ term: '赌场游戏机评测', note: '测试用的允许短语' }]);
  });

  it('reads the tier: a file default, an entry override, and rejects an unknown tier with its line', () => {
    const { entries } = parseLexiconChecked(
      FILE,
      'rule: a/b\ncategory: c\nsource: s\ntier: anchored\nentries:\n  - term: 最佳\n    note: 说明\n  - term: 最低价\n    tier: always\n    note: 说明\n',
    );
    expect(entries.map((e) => [e.term, e.tier])).toEqual([
      ['最佳', 'anchored'],
      ['最低价', 'always'],
    ]);
    expect(
      errorOf(
        'rule: a/b\ncategory: c\nsource: s\nentries:\n  - term: 最佳\n    tier: sometimes\n    note: 说明\n',
      ),
    ).toBe(`${FILE}:6: field "entries[0].tier": must be one of always, anchored`);
  });

  it('accepts a file with only allowed phrases, and flow-style entries', () => {
    expect(parseLexiconChecked(FILE, 'allow:\n  - {term: 杀毒软件, note: 日常用语}\n')).toEqual({
      entries: [],
      allow: [{ term: '杀毒软件', note: '日常用语' }],
    });
    const flow = parseLexiconChecked(
      FILE,
      'rule: a/b\ncategory: c\nsource: s\nentries:\n  - {term: 赌场, note: 说明}\n',
    );
    expect(flow.entries[0]).toMatchObject({ term: '赌场', severity: 'error', line: 5 });
  });

  it.each([
    [
      'an unknown top-level key',
      GAMBLING.replace('severity: error', 'severty: error'),
      ':4: field "severty": unknown key; allowed: rule, category, severity, tier, source, entries, allow',
    ],
    [
      'an unknown entry key',
      GAMBLING.replace('    severity: warning', '    level: warning'),
      ':10: field "entries[1].level": unknown key; allowed: term, pattern, note, note_en, category, severity, tier, source, allow',
    ],
    [
      'a bad severity',
      GAMBLING.replace('    severity: warning', '    severity: fatal'),
      ':10: field "entries[1].severity": must be one of error, warning, info',
    ],
    [
      'a bad default severity',
      GAMBLING.replace('severity: error', 'severity: high'),
      ':4: field "severity": must be one of error, warning, info',
    ],
    [
      'a term that is not a string',
      GAMBLING.replace('term: 网络赌博', 'term: [网络赌博]'),
      ':7: field "entries[0].term": must be a string',
    ],
    [
      'an empty term',
      GAMBLING.replace('term: 网络赌博', "term: ''"),
      ':7: field "entries[0].term": must not be empty',
    ],
    [
      'a term of invisible characters only',
      GAMBLING.replace('term: 网络赌博', 'term: "\\u200b\\u200b"'),
      ':7: field "entries[0].term": must not be empty',
    ],
    [
      'a single character',
      GAMBLING.replace('term: 网络赌博', 'term: 赌'),
      ':7: field "entries[0].term": must be at least 2 characters: single characters match everyday words',
    ],
    [
      'a missing note',
      GAMBLING.replace('    note: 不得宣传网络赌博。\n', ''),
      ':7: field "entries[0].note": is required: say why this is a problem and what to write instead',
    ],
    [
      'a note that is not Chinese',
      GAMBLING.replace('note: 不得宣传网络赌博。', 'note: do not'),
      ':8: field "entries[0].note": must be written in Chinese: it is shown to authors',
    ],
    [
      'an invalid regex',
      GAMBLING.replace("'集满\\s?\\d+\\s?个?\\s?赞'", "'集满(\\d+'"),
      ':13: field "entries[2].pattern": is not a valid regular expression: Invalid regular expression: /集满(\\d+/iu: Unterminated group',
    ],
    [
      'a regex that matches empty text',
      GAMBLING.replace("'集满\\s?\\d+\\s?个?\\s?赞'", "'赞?'"),
      ':13: field "entries[2].pattern": must not match empty text',
    ],
    [
      'a regex with a traditional character',
      GAMBLING.replace("'集满\\s?\\d+\\s?个?\\s?赞'", "'集滿\\d+'"),
      ':13: field "entries[2].pattern": must be written as folded text: "滿" never occurs after folding, write "满"',
    ],
    [
      'a regex with a full-width comma',
      GAMBLING.replace("'集满\\s?\\d+\\s?个?\\s?赞'", "'集赞，领取'"),
      ':13: field "entries[2].pattern": must be written as folded text: "，" never occurs after folding, write ","',
    ],
    [
      'an allow context without the term',
      GAMBLING.replace('allow: [赌场风云]', 'allow: [风云]'),
      ':12: field "entries[1].allow[0]": must contain the entry\'s term "赌场"',
    ],
    [
      'an allow context the pattern does not match',
      GAMBLING.replace('    source: 微信', '    allow: [集赞]\n    source: 微信'),
      ':16: field "entries[2].allow[0]": must contain the entry\'s pattern',
    ],
    [
      'an allow list that is not a list',
      GAMBLING.replace('allow: [赌场风云]', 'allow: 赌场风云'),
      ':12: field "entries[1].allow": must be a list of phrases',
    ],
    [
      'both term and pattern',
      GAMBLING.replace('  - term: 网络赌博\n', '  - term: 网络赌博\n    pattern: 赌博\n'),
      ':7: field "entries[0]": has both term and pattern; use one',
    ],
    [
      'neither term nor pattern',
      GAMBLING.replace('  - term: 网络赌博\n    note', '  - note'),
      ':7: field "entries[0]": needs a term or a pattern',
    ],
    [
      'an entry that is not a mapping',
      GAMBLING.replace('  - term: 网络赌博\n    note: 不得宣传网络赌博。\n', '  - 网络赌博\n'),
      ':7: field "entries[0]": must be a mapping with term (or pattern) and note',
    ],
    ['entries that are not a list', 'rule: a/b\nentries: 网络赌博\n', ':2: field "entries": must be a list'],
    [
      'a missing rule',
      GAMBLING.replace('rule: law/prohibited-content\n', ''),
      ':2: field "rule": is required when there are entries',
    ],
    [
      'a malformed rule id',
      GAMBLING.replace('rule: law/prohibited-content', 'rule: prohibited content'),
      ':2: field "rule": must be a rule id like law/prohibited-content',
    ],
    [
      'a missing category',
      GAMBLING.replace('category: gambling\n', ''),
      ':6: field "entries[0].category": is required (here or as the file default)',
    ],
    [
      'a malformed category',
      GAMBLING.replace('category: gambling', 'category: Gambling'),
      ':3: field "category": must be lower-case words joined by "-", e.g. gambling',
    ],
    [
      'a missing source',
      GAMBLING.replace('source: 网络信息内容生态治理规定第六条第（九）项\n', ''),
      ':6: field "entries[0].source": is required (here or as the file default)',
    ],
    [
      'a global allowed phrase without a note',
      GAMBLING.replace('    note: 测试用的允许短语\n', ''),
      ':18: field "allow[0].note": is required: say why this phrase is fine',
    ],
    [
      'a global allowed phrase with an unknown key',
      GAMBLING.replace('    note: 测试用的允许短语', '    why: 测试'),
      ':19: field "allow[0].why": unknown key; allowed: term, note',
    ],
    [
      'a root that is not a mapping',
      '- 网络赌博\n- 赌场\n',
      ':1: a lexicon must be a mapping of rule, entries, allow',
    ],
    [
      'invalid YAML',
      'rule: a/b\nentries: [\n',
      // The stream ends after line 2: the unclosed bracket is there, not on a line the file does not have.
      ':2: is not valid YAML: unexpected end of the stream within a flow collection',
    ],
    ['a duplicate key', 'rule: a/b\nrule: c/d\n', ':2: is not valid YAML: duplicated mapping key'],
    [
      'an anchor',
      GAMBLING.replace('  - term: 网络赌博', '  - &first term: 网络赌博'),
      ':7: anchors and aliases (&name, *name) are not allowed',
    ],
    [
      'an alias to an anchor',
      GAMBLING.replace('note: 不得宣传网络赌博。', 'note: &why 不得宣传网络赌博。').replace(
        'note: 需人工复核。',
        'note: *why',
      ),
      ':8: anchors and aliases (&name, *name) are not allowed',
    ],
    [
      'an alias without an anchor',
      GAMBLING.replace('note: 需人工复核。', 'note: *why'),
      ':11: is not valid YAML: unidentified alias "why"',
    ],
  ])('rejects %s', (_, yamlText, expected) => {
    expect(errorOf(yamlText)).toBe(`${FILE}${expected}`);
  });

  it('reads words YAML 1.1 would turn into booleans as words, and a bare number as no term at all', () => {
    const words = 'rule: law/prohibited-content\ncategory: test\nsource: 依据\nentries:\n';
    const { entries } = parseLexiconChecked(
      FILE,
      `${words}  - term: yes\n    note: 说明\n  - term: off\n    note: 说明\n`,
    );
    expect(entries.map((e) => e.term)).toEqual(['yes', 'off']);
    // `1.0` is the number 1, never the term "1.0" (nor "1"): the author is told to quote it.
    expect(errorOf(`${words}  - term: yes\n    note: 说明\n  - term: 1.0\n    note: 说明\n`)).toBe(
      `${FILE}:7: field "entries[1].term": must be a string`,
    );
  });

  it('rejects a file over 1 MB', () => {
    const big = `${GAMBLING}# ${'字'.repeat(400_000)}\n`;
    expect(errorOf(big)).toBe(`${FILE}: is larger than 1 MB; split it into several files`);
  });
});

describe('compileLexicon', () => {
  it('matches gambling and drug terms written partly or wholly in pinyin, never inside a Latin word', () => {
    const gambling = { ...entry('百家乐'), category: 'gambling' };
    const drugs = { ...entry('赌场'), category: 'drugs' };
    const other = { ...entry('赌气'), category: 'test' };
    const lex = compileLexicon([gambling, drugs, other], []);
    expect(spans(lex, '玩bai家乐，百jia乐，baijiale')).toEqual([
      'bai家乐@1-6:百家乐',
      '百jia乐@7-12:百家乐',
      'baijiale@13-21:百家乐',
    ]);
    expect(spans(lex, 'du 场开门')).toEqual(['du 场@0-4:赌场']);
    expect(spans(lex, 'Windu场馆，kudu chang')).toEqual([]);
    // Only the curated categories: other terms are matched as written.
    expect(spans(lex, 'du气')).toEqual([]);
  });

  const { entries, allow } = parseLexiconChecked(FILE, GAMBLING);
  const lexicon = compileLexicon(entries, allow);

  it('reports positions in the original text, covering the whole evasion', () => {
    expect(spans(lexicon, '他去了赌*场。')).toEqual(['赌*场@3-6:赌场']);
    expect(spans(lexicon, '賭場')).toEqual(['賭場@0-2:赌场']);
    expect(spans(lexicon, '进赌\u200b场了')).toEqual(['赌\u200b场@1-4:赌场']);
    expect(spans(lexicon, '参与網絡 賭博')).toEqual(['網絡 賭博@2-7:网络赌博']);
    expect(spans(lexicon, '😀😀赌\n场')).toEqual(['赌\n场@4-7:赌场']);
    expect(spans(lexicon, '集满 38 个赞')).toEqual(['集满 38 个赞@0-8:集满\\s?\\d+\\s?个?\\s?赞']);
    expect(spans(lexicon, '集满３８个赞')).toEqual(['集满３８个赞@0-6:集满\\s?\\d+\\s?个?\\s?赞']);
  });

  it('returns hits sorted by start', () => {
    expect(spans(lexicon, '集满8个赞，去赌场，网络赌博')).toEqual([
      '集满8个赞@0-5:集满\\s?\\d+\\s?个?\\s?赞',
      '赌场@7-9:赌场',
      '网络赌博@10-14:网络赌博',
    ]);
  });

  it('lets an allowed phrase win over a term it contains', () => {
    expect(spans(lexicon, '电影赌场风云很好看')).toEqual([]);
    expect(spans(lexicon, '《賭場風雲》')).toEqual([]);
    expect(spans(lexicon, '赌场游戏机评测')).toEqual([]);
    // outside the allowed phrase, the same term is still reported
    expect(spans(lexicon, '赌场风云拍摄于赌场')).toEqual(['赌场@7-9:赌场']);
  });

  it('drops only hits inside an allowed occurrence, not hits that merely overlap one', () => {
    const partial = compileLexicon([entry('软件破解')], [{ term: '杀毒软件' }]);
    expect(spans(partial, '杀毒软件破解版')).toEqual(['软件破解@2-6:软件破解']);
    expect(spans(partial, '杀毒软件')).toEqual([]);
  });

  it("applies an entry's own allowed contexts to that entry only", () => {
    const two = compileLexicon([entry('赌场', 'rule/a', ['赌场风云']), entry('赌场', 'rule/b')], []);
    expect(two.scan('赌场风云').map((h) => h.entry.rule)).toEqual(['rule/b']);
  });

  it('keeps the longest of overlapping hits of one rule, and hits of other rules', () => {
    const lex = compileLexicon(
      [entry('赌场'), entry('线上赌场'), entry('场地'), entry('赌场', 'other/rule')],
      [],
    );
    expect(spans(lex, '线上赌场地').map((s) => s.split(':')[1])).toEqual(['线上赌场', '赌场']);
    expect(lex.scan('线上赌场地').map((h) => h.entry.rule)).toEqual(['law/prohibited-content', 'other/rule']);
    // equal length: the earlier wins; separate occurrences are all kept
    expect(spans(compileLexicon([entry('赌场'), entry('场地')], []), '赌场地 赌场')).toEqual([
      '赌场@0-2:赌场',
      '赌场@4-6:赌场',
    ]);
  });

  it('reports a term listed twice once per rule', () => {
    const lex = compileLexicon([entry('赌场'), entry('賭場')], []);
    expect(lex.scan('赌场').map((h) => h.entry.term)).toEqual(['赌场']);
  });

  it('resolves chains of overlaps: the longest wins and what it does not touch stays', () => {
    const lex = compileLexicon([entry('ab'), entry('bcde'), entry('ef'), entry('gh')], []);
    expect(spans(lex, 'abcdefgh').map((s) => s.split('@')[0])).toEqual(['bcde', 'gh']);
  });

  it('matches patterns on folded text and lets longer terms of the rule win over them', () => {
    const lex = compileLexicon(
      [{ ...entry('x'), term: undefined, pattern: '日赚\\s?\\d+' }, entry('日赚500元就送')],
      [],
    );
    expect(spans(lex, '每天日赚 500 元')).toEqual(['日赚 500@2-8:日赚\\s?\\d+']);
    expect(spans(lex, '日赚500元就送')).toEqual(['日赚500元就送@0-8:日赚500元就送']);
    expect(spans(lex, '日赚')).toEqual([]);
  });

  it('scans empty and hit-free text', () => {
    expect(lexicon.scan('')).toEqual([]);
    expect(lexicon.scan('欢迎关注我们的公众号')).toEqual([]);
    expect(compileLexicon([], []).scan('赌场')).toEqual([]);
  });
});

describe('loadLexicons', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reads every .yml in name order and applies global allowed phrases across files', () => {
    dir = mkdtempSync(join(tmpdir(), 'wxgate-lexicon-'));
    writeFileSync(
      join(dir, 'b.yml'),
      'rule: a/b\ncategory: c\nsource: s\nentries:\n  - {term: 赌场, note: 说明}\n',
    );
    writeFileSync(
      join(dir, 'a.yml'),
      'rule: a/a\ncategory: c\nsource: s\nentries:\n  - {term: 博彩, note: 说明}\n',
    );
    writeFileSync(join(dir, 'z.yml'), 'allow:\n  - {term: 赌场风云, note: 电影名}\n');
    writeFileSync(join(dir, 'notes.txt'), 'not a lexicon');
    mkdirSync(join(dir, 'old.yml.d'));
    const lexicon = loadLexiconsChecked(dir);
    expect(lexicon.entries.map((e) => [e.term, e.file])).toEqual([
      ['博彩', join(dir, 'a.yml')],
      ['赌场', join(dir, 'b.yml')],
    ]);
    expect(lexicon.scan('赌场风云')).toEqual([]);
    expect(lexicon.scan('赌场').map((h) => h.entry.rule)).toEqual(['a/b']);
  });

  it('names the file in errors and refuses files over 1 MB before reading them', () => {
    dir = mkdtempSync(join(tmpdir(), 'wxgate-lexicon-'));
    writeFileSync(join(dir, 'bad.yml'), 'rule: a/b\nentries:\n  - {term: 赌场}\n');
    expect(() => loadLexiconsChecked(dir!)).toThrow(ConfigurationError);
    try {
      loadLexiconsChecked(dir);
    } catch (error) {
      expect((error as ConfigurationError).describe()).toBe(
        `${join(dir, 'bad.yml')}:3: field "entries[0].note": is required: say why this is a problem and what to write instead`,
      );
    }
    writeFileSync(join(dir, 'bad.yml'), `# ${'x'.repeat(1024 * 1024)}\n`);
    expect(() => loadLexiconsChecked(dir!)).toThrow('is larger than 1 MB');
  });
});

describe('patterns that backtrack catastrophically are refused when the policy loads', () => {
  const withPattern = (pattern: string) => GAMBLING.replace("'集满\\s?\\d+\\s?个?\\s?赞'", `'${pattern}'`);
  const advice = 'bound the repetition (e.g. [^。]{0,20}) or factor out what the alternatives share';

  it.each([
    ['(a+)+b', 'exponential backtracking at a+ on a long run of "A"'],
    ['(赌+)+场', 'exponential backtracking at 赌+ on a long run of "赌"'],
    ['\\s*\\s*赌场', 'polynomial backtracking at \\s* … \\s* on a long run of " "'],
    ['((赌场)+)+网', 'the unbounded repetition (赌场)+ inside the repetition ((赌场)+)+'],
    [
      '(赌场|赌博)+网',
      'alternatives that can start with the same character inside the repetition (赌场|赌博)+',
    ],
    [
      '关注.*回复',
      'the unbounded repetition .* runs over text where another match can start, so every such start rescans the rest of the paragraph',
    ],
  ])('%s, with file, line and field', (pattern, why) => {
    expect(errorOf(withPattern(pattern))).toBe(
      `${FILE}:13: field "entries[2].pattern": could take minutes on some texts (${why}); ${advice}`,
    );
  });

  it('is refused before anything runs it: an allow phrase that would take minutes to test is never tested', () => {
    // 2^32 steps for the allow check alone: without the refusal, this test never ends.
    const text = withPattern('(a+)+b').replace(
      '    source: 微信',
      `    allow: ['${'a'.repeat(32)}!']\n    source: 微信`,
    );
    expect(errorOf(text)).toMatch(
      /^policies\/lexicons\/gambling\.yml:13: field "entries\[2\]\.pattern": could take minutes/,
    );
  });

  it.each(['关(?:注|心)+', '关注[^。]{0,20}回复', '\\d{1,3}(?:\\.\\d+)?%', '(?<![a-z])no\\.?\\s?1(?!\\d)'])(
    'accepts %s',
    (pattern) => {
      expect(() => parseLexiconChecked(FILE, withPattern(pattern))).not.toThrow();
    },
  );
});

describe('the shipped word lists (policies/lexicons)', () => {
  const lexicon = loadLexiconsChecked('policies/lexicons');

  it('give every entry a Chinese note and a source', () => {
    expect(lexicon.entries.length).toBeGreaterThan(200);
    for (const e of lexicon.entries) {
      expect(e.note, `${e.file}:${e.line}`).toMatch(/\p{Script=Han}/u);
      expect(e.source, `${e.file}:${e.line}`).not.toBe('');
    }
  });

  // Everyday corporate Chinese: a checker that cries wolf gets switched off.
  it.each([
    '最近天气转凉，请大家注意保暖。',
    '第一季度营业收入同比增长12%。',
    '这是我第一次参加公司年会。',
    '第一章介绍了项目背景。',
    '首先，感谢各位同事的辛勤付出。',
    '最后，祝大家新年快乐！',
    '最新消息显示，新厂房将于下月投产。',
    '解决这个问题最好的方法是提前沟通。',
    '他赌气没来参加聚餐。',
    '请在电脑上安装正版杀毒软件。',
    '近期出现针对邮箱的暴力破解攻击，请及时修改密码。',
    '欢迎关注我们的公众号，获取更多资讯。',
    '公司持续加强网络安全建设。',
    '政府相关部门到园区调研指导。',
    '北京分公司正在招聘销售经理。',
    '我们与美国客户签订了合作协议。',
    '季度报告已上传至内网。',
    '网络安全周活动将于九月举行。',
    '我们首先介绍新产品的设计理念。',
    '第一步，打开手机设置；如有问题第一时间联系客服。',
    '本品最佳食用时间为开封后三天内。',
    '最佳使用方法：每日早晚各一次。',
    '遇到了大麻烦，团队连夜加班解决。',
    '项目组在最佳实践分享会上做了报告。',
    '公司荣获“国家级高新技术企业”称号。',
    '他是公司的年度最佳员工。',
    '这部电影太治愈了。',
    '春节红包过年前发放。',
    '汽车销量第一季度同比增长8%。',
    '我们将全网第一时间发布赛事结果。',
    '金钱不是万能的。',
    '这笔十万能否按时到账？',
    '芝麻古法压榨，香气浓郁。',
    '现场欢笑气氛热烈。',
    '快速看懂公司年报。',
    '各地持续推进根治欠薪工作。',
    '招投标采用最低价中标方式。',
    '用户可在首选项中修改语言。',
    '鸦片战争是中国近代史的开端。',
    '支援交通建设的工程队已出发。',
    '我们坚持走光明大道。',
    '感谢TikTok粉丝的支持。',
    '研发团队在顶级期刊发表论文。',
    '这是国家级非物质文化遗产项目。',
    '我们将持续关注后续进展。',
    '欢迎转发分享给更多朋友。',
    '最好提前预约，以免排队。',
    '该视频点赞数超过10万。',
    '局域网传输速率提升了一倍。',
    '互联网传播规律值得研究。',
    '公司第一批员工已经退休。',
    '他打赌球队会赢。',
    '本次会议确保利润目标达成。',
    '3月5日入住新宿舍。',
    '无风险利率是金融学的基础概念。',
    '安全生产是我们的第一要务。',
    '我们要做最好的自己。',
    '戒毒所开展禁毒宣传活动。',
    '请大家关注公司官网通知。',
    '本文转载自人民日报。',
    '冬季流感高发，请及时接种疫苗。',
    '总部大楼将于周六进行消防演练。',
    '红包过期前请尽快领取。',
    '安装包过大，请连接无线网络后下载。',
    '防火墙的数据包过滤规则已更新。',
    '这是经济学中的帕累托最优问题。',
    '债券市场流动性交易活跃。',
  ])('reports nothing in %j', (sentence) => {
    expect(lexicon.scan(sentence).map((h) => sentence.slice(h.start, h.end))).toEqual([]);
  });

  it.each([
    ['去賭場玩玩', 'law/prohibited-content', '賭場'],
    ['百 家 乐在线玩', 'law/prohibited-content', '百 家 乐'],
    ['进赌\u200b场了', 'law/prohibited-content', '赌\u200b场'],
    ['線上博彩，注册就送', 'law/prohibited-content', '線上博彩'],
    ['真人荷官在线发牌', 'law/prohibited-content', '真人荷官'],
    ['本店出售冰毒', 'law/prohibited-content', '出售冰毒'],
    ['仿真枪出售，货到付款', 'law/prohibited-content', '仿真枪出售'],
    ['炸药配方大全', 'law/prohibited-content', '炸药配方'],
    ['法*轮*功', 'law/prohibited-content', '法*轮*功'],
    ['开光转运符，保你发财', 'law/prohibited-content', '转运符'],
    ['紧急扩散！明天停水', 'law/prohibited-content', '紧急扩散'],
    ['网传消息称明天停水', 'law/prohibited-content', '网传消息'],
    ['全网ＮＯ．１', 'law/ad-absolute-term', 'ＮＯ．１'],
    ['本品牌销量 TOP1', 'law/ad-absolute-term', 'TOP1'],
    ['本产品全网第一', 'law/ad-absolute-term', '全网第一'],
    ['国家级产品，值得信赖', 'law/ad-absolute-term', '国家级'],
    ['行业最佳选择', 'law/ad-absolute-term', '最佳'],
    ['采用最先进的技术', 'law/ad-absolute-term', '最先进'],
    ['全国销量第一', 'law/ad-absolute-term', '销量第一'],
    ['全球第一家推出', 'law/ad-absolute-term', '全球第一'],
    ['100%纯天然', 'law/ad-absolute-term', '100%纯天然'],
    ['我们的质量最好', 'law/ad-absolute-term', '质量最好'],
    ['三个月根治鼻炎', 'law/ad-medical-claim', '根治'],
    ['治愈率高达95%', 'law/ad-medical-claim', '治愈率高达95%'],
    ['纯中药无副作用', 'law/ad-medical-claim', '无副作用'],
    ['包治百病', 'law/ad-medical-claim', '包治百病'],
    ['稳赚不赔', 'law/ad-return-promise', '稳赚不赔'],
    ['保证年化收益8%', 'law/ad-return-promise', '保证年化收益'],
    ['在家日赚500元', 'law/ad-return-promise', '日赚500元'],
    ['本课程包过，不过退款', 'law/ad-return-promise', '课程包过'],
    ['考证包过班火热招生', 'law/ad-return-promise', '考证包过'],
    ['零风险高收益', 'law/ad-return-promise', '零风险高收益'],
    ['集满38个赞即可领取', 'wechat/induced-share', '集满38个赞'],
    ['转发朋友圈即可领取红包', 'wechat/induced-share', '转发朋友圈即可领取'],
    ['分享到3个群后查看答案', 'wechat/induced-share', '分享到3个群'],
    ['分享后可见', 'wechat/induced-share', '分享后可见'],
    ['不转不是中国人', 'wechat/induced-share', '不转不是中国人'],
    ['关注后回复"资料"获取', 'wechat/induced-follow', '关注后回复"资料"获取'],
    ['关注公众号，回复“资料”即可获取', 'wechat/induced-follow', '关注公众号，回复“资料”即可获取'],
    ['关注才能看全文', 'wechat/induced-follow', '关注才能看'],
    ['关注公众号领取福利', 'wechat/induced-follow', '关注公众号领取'],
    ['震惊！', 'wechat/clickbait-title', '震惊'],
    ['删前速看', 'wechat/clickbait-title', '删前速看'],
    ['99%的人都不知道', 'wechat/clickbait-title', '99%的人都不知道'],
    ['刚刚！', 'wechat/clickbait-title', '刚刚！'],
    ['彻底沸腾了', 'wechat/clickbait-title', '彻底沸腾'],
  ])('reports %j under %s as %j', (sentence, rule, actual) => {
    const hits = lexicon.scan(sentence).map((h) => [h.entry.rule, sentence.slice(h.start, h.end)]);
    expect(hits).toContainEqual([rule, actual]);
  });
});
