import { forEachTraditionalPair } from './t2s.js';

/** Folded text plus, for each folded unit i, the index in the original of the unit it came from. */
export interface Folded {
  text: string;
  /** map.length = text.length + 1; map[text.length] = original length. */
  map: Int32Array;
}

const IDEOGRAPH = 1;
const FILLER = 2;
const INVISIBLE = 3;
const LATIN = 4;

/**
 * What every UTF-16 unit folds to, as the difference from the unit (0: itself). A table of differences starts
 * as identity without a pass over all 65,536 units, which a cold process would spend milliseconds on; Int32
 * because a difference spans ±65,535.
 */
const FOLD_DELTA = new Int32Array(0x10000);
const foldTo = (unit: number, folded: number) => {
  FOLD_DELTA[unit] = folded - unit;
};
/** What a unit is for the fold: IDEOGRAPH, FILLER, INVISIBLE, or 0 for anything else. */
const KIND = new Uint8Array(0x10000);

function setRange(table: Uint8Array, from: number, to: number, kind: number): void {
  table.fill(kind, from, to + 1);
}

function buildTables(): void {
  forEachTraditionalPair(foldTo);
  for (let c = 0xff01; c <= 0xff5e; c++) foldTo(c, c - 0xfee0);
  foldTo(0x3000, 0x20);
  // Latin case, where lower-casing keeps one unit (İ → i̇ does not, and stays).
  for (const [from, to] of [
    [0x41, 0x24f],
    [0x1e00, 0x1eff],
  ] as const) {
    for (let c = from; c <= to; c++) {
      const lower = String.fromCharCode(c).toLowerCase();
      if (lower.length === 1) foldTo(c, lower.charCodeAt(0));
    }
  }
  for (let c = 0xff21; c <= 0xff3a; c++) foldTo(c, c - 0xfee0 + 0x20);

  setRange(KIND, 0x41, 0x5a, LATIN);
  setRange(KIND, 0x61, 0x7a, LATIN);
  setRange(KIND, 0xff21, 0xff3a, LATIN);
  setRange(KIND, 0xff41, 0xff5a, LATIN);
  setRange(KIND, 0x3400, 0x4dbf, IDEOGRAPH);
  setRange(KIND, 0x4e00, 0x9fff, IDEOGRAPH);
  setRange(KIND, 0xf900, 0xfaff, IDEOGRAPH);

  // Fillers: what people type between the characters of a term to dodge a filter (赌*场, 百 家 乐, 賭　場).
  for (const c of '\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000*·•・･‧∙⋅-_|/\\~^#+=@.〜') {
    KIND[c.charCodeAt(0)] = FILLER;
  }
  setRange(KIND, 0x2000, 0x200a, FILLER);
  for (const c of '＊－＿｜／＼～＾＃＋＝＠．') KIND[c.charCodeAt(0)] = FILLER;

  // Invisible characters are dropped wherever they are: they never carry meaning in an article.
  setRange(KIND, 0x200b, 0x200f, INVISIBLE);
  setRange(KIND, 0x202a, 0x202e, INVISIBLE); // bidi embeddings and overrides
  setRange(KIND, 0x2060, 0x2064, INVISIBLE);
  setRange(KIND, 0x2066, 0x2069, INVISIBLE); // bidi isolates
  setRange(KIND, 0xfe00, 0xfe0f, INVISIBLE);
  for (const c of [0xfeff, 0x00ad, 0x180e, 0x034f]) KIND[c] = INVISIBLE;
}
buildTables();

const decoder = new TextDecoder('utf-16le');
/** Output units, reused across calls (the decoder copies them): allocating per call costs more than folding. */
let scratch = new Uint16Array(4096);

/**
 * Folds what evasion plays with — width, case, traditional characters, invisible characters, and fillers between
 * two ideographs or between an ideograph and a Latin letter — so one dictionary term matches every variant. Real punctuation (，。！) is kept: removing it would
 * join clauses and invent matches across them. Every folded unit comes from exactly one original unit, so a folded
 * span [s, e) is the original span [map[s], map[e - 1] + 1).
 */
export function fold(input: string): Folded {
  const n = input.length;
  if (scratch.length < n) scratch = new Uint16Array(Math.max(n, scratch.length * 2));
  const out = scratch;
  const map = new Int32Array(n + 1);
  let len = 0;
  let changed = false;
  /** The kind of the last unit kept: fillers after an ideograph or a Latin letter may be evasion. */
  let previous = 0;
  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    const kind = KIND[c];
    if (kind === INVISIBLE) {
      changed = true;
      i++;
      continue;
    }
    if (kind === FILLER && (previous === IDEOGRAPH || previous === LATIN)) {
      let j = i + 1;
      while (j < n) {
        const k = KIND[input.charCodeAt(j)];
        if (k !== FILLER && k !== INVISIBLE) break;
        j++;
      }
      const next = j < n ? KIND[input.charCodeAt(j)] : 0;
      // Between two ideographs (赌 场, 赌*场), or between an ideograph and a Latin letter (bai 家乐): never between
      // two Latin letters, where a space separates real words.
      if (next === IDEOGRAPH || (next === LATIN && previous === IDEOGRAPH)) {
        changed = true;
        i = j;
        continue;
      }
      // Not between two ideographs: keep the run (folded), drop only its invisible characters.
      for (; i < j; i++) {
        const f = input.charCodeAt(i);
        if (KIND[f] === INVISIBLE) {
          changed = true;
          continue;
        }
        const g = f + FOLD_DELTA[f]!;
        if (g !== f) changed = true;
        out[len] = g;
        map[len++] = i;
      }
      previous = 0;
      continue;
    }
    const g = c + FOLD_DELTA[c]!;
    if (g !== c) changed = true;
    out[len] = g;
    map[len++] = i;
    previous = kind!;
    i++;
  }
  map[len] = n;
  // Lone surrogates would become U+FFFD in the decoder; an unchanged input (the common case) is returned as is.
  const text = changed ? decoder.decode(out.subarray(0, len)) : input;
  return { text, map: len === n ? map : map.subarray(0, len + 1) };
}

/** The same folding for a dictionary term. */
export function foldTerm(term: string): string {
  return fold(term).text;
}
