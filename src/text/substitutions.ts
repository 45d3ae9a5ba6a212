/**
 * Pinyin written in place of characters of the most evaded gambling and drug terms (bai家乐, du场, 冰du): filters
 * that match characters miss them, and readers understand them at once. Curated by hand: only the characters of
 * those terms, in their lower-case spelling without tones (text is folded to lower case before matching).
 */
const PINYIN: Readonly<Record<string, string>> = {
  赌: 'du',
  博: 'bo',
  场: 'chang',
  彩: 'cai',
  百: 'bai',
  家: 'jia',
  乐: 'le',
  六: 'liu',
  合: 'he',
  球: 'qiu',
  菠: 'bo',
  菜: 'cai',
  荷: 'he',
  官: 'guan',
  毒: 'du',
  冰: 'bing',
  海: 'hai',
  洛: 'luo',
  因: 'yin',
  摇: 'yao',
  头: 'tou',
  丸: 'wan',
  麻: 'ma',
  古: 'gu',
  鸦: 'ya',
  片: 'pian',
  老: 'lao',
  虎: 'hu',
  机: 'ji',
};

/** Categories whose terms are spelled with pinyin to dodge filters. */
export const SUBSTITUTED_CATEGORIES: ReadonlySet<string> = new Set(['gambling', 'drugs']);

/**
 * A spelling written all in Latin letters must be this long to be matched: dubo or dachang are English-looking
 * strings, baijiale and haluoyin are not.
 */
const MIN_ALL_LATIN = 6;

/**
 * Every spelling of a folded term with one or more of its characters written in pinyin. The original spelling is
 * not included; terms with no substitutable character give none.
 */
export function pinyinVariants(term: string): string[] {
  const options = [...term].map((ch) => (PINYIN[ch] ? [ch, PINYIN[ch]] : [ch]));
  let spellings = [''];
  for (const choices of options) spellings = spellings.flatMap((prefix) => choices.map((c) => prefix + c));
  return spellings.filter((s) => s !== term && (/[\u3400-\u9fff]/u.test(s) || s.length >= MIN_ALL_LATIN));
}

/** True when a Latin letter is at `index` of `text` (for the word boundary of a pinyin spelling). */
export function isLatinLetterAt(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  return c >= 0x61 && c <= 0x7a;
}
