// The word list both linters search for: the `term:` entries of policies/lexicons/*.yml, exactly the list wxgate
// loads, so textlint's rule does the same lookup work. Regex `pattern:` entries are counted but not given to textlint
// (its rule only does indexOf), and top-level `allow:` phrases are not terms.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

export interface WordList {
  terms: string[];
  /** 'lexicons' when read from policies/lexicons, 'fallback' for the fixed list below. */
  source: 'lexicons' | 'fallback';
  files: number;
  patternsSkipped: number;
  /** The `rule:` ids of the lexicon files: wxgate messages with these ids are word-list hits. */
  rules: string[];
  /**
   * Terms the corpus sprinkles into a few paragraphs: advertising-law and platform wording, the slips a corporate
   * account really makes (not the prohibited-content lists).
   */
  sprinkle: string[];
}

/** Used only while policies/lexicons has no terms yet: advertising-law, medical and inducement wording. */
// biome-ignore format: ten terms a line keeps the list readable
const FALLBACK_TERMS = [
  '最佳', '最好', '最优', '最高级', '最先进', '最低价', '全网最低', '第一品牌', '国家级', '世界级',
  '顶级', '极品', '首选', '独家', '唯一', '绝对', '万能', '史无前例', '遥遥领先', '领袖品牌',
  '根治', '治愈', '药到病除', '无副作用', '包治', '特效药', '祖传秘方', '立竿见影', '一次见效', '永不复发',
  '保本', '稳赚', '零风险', '保证收益', '高额回报', '躺赚', '包过', '百分百', '无效退款', '保证治好',
  '转发到朋友圈', '集赞', '关注后领取', '不转不是中国人', '分享有礼', '点赞领奖', '震惊', '速看', '删前速看', '内部消息',
];

export function loadWordList(lexiconDir: string): WordList {
  const names = existsSync(lexiconDir)
    ? readdirSync(lexiconDir)
        .filter((n) => n.endsWith('.yml'))
        .sort()
    : [];
  const terms = new Set<string>();
  const rules = new Set<string>();
  const sprinkle = new Set<string>();
  let patternsSkipped = 0;
  for (const name of names) {
    const doc = yaml.load(readFileSync(join(lexiconDir, name), 'utf8')) as {
      rule?: unknown;
      entries?: Array<{ term?: unknown; pattern?: unknown }>;
    } | null;
    if (!doc) continue;
    if (typeof doc.rule === 'string') rules.add(doc.rule);
    for (const entry of doc.entries ?? []) {
      if (typeof entry?.term === 'string' && entry.term.trim() !== '') {
        terms.add(entry.term.trim());
        if (doc.rule !== 'law/prohibited-content') sprinkle.add(entry.term.trim());
      } else if (entry?.pattern !== undefined) patternsSkipped++;
    }
  }
  if (terms.size === 0) {
    return {
      terms: [...FALLBACK_TERMS],
      source: 'fallback',
      files: names.length,
      patternsSkipped,
      rules: [...rules],
      sprinkle: [...FALLBACK_TERMS],
    };
  }
  return {
    terms: [...terms],
    source: 'lexicons',
    files: names.length,
    patternsSkipped,
    rules: [...rules],
    sprinkle: [...sprinkle],
  };
}

/**
 * Writes a textlint rule (CommonJS, loaded with --rulesdir) that reports every occurrence of every term in each
 * Str node, found with indexOf: the straightforward way to write a word-list rule for textlint.
 * Returns the rules folder.
 */
export function writeTextlintRule(dir: string, terms: readonly string[]): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "type": "commonjs" }\n');
  const source = `'use strict';
const TERMS = ${JSON.stringify(terms)};
module.exports = function wordList(context) {
  const { Syntax, RuleError, report, getSource, locator } = context;
  return {
    [Syntax.Str](node) {
      const text = getSource(node);
      for (const term of TERMS) {
        for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) {
          report(node, new RuleError('词表用语「' + term + '」', { padding: locator.range([at, at + term.length]) }));
        }
      }
    },
  };
};
`;
  writeFileSync(join(dir, 'wxgate-wordlist.js'), source);
  return dir;
}
