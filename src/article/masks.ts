// Masks over segment text: one byte per UTF-16 index, 1 where the index is marked.

/** Marks every index covered by an occurrence of one of `words`, overlapping occurrences included. */
export function wordMask(text: string, words: readonly string[]): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const word of words) {
    if (word === '') continue;
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1))
      mask.fill(1, at, at + word.length);
  }
  return mask;
}

/** The maximal runs of marked indices, as [start, end) ranges in order. */
export function maskRuns(mask: Uint8Array): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < mask.length; i++) {
    if (mask[i] !== 1) continue;
    let j = i;
    while (j < mask.length && mask[j] === 1) j++;
    runs.push([i, j]);
    i = j;
  }
  return runs;
}
