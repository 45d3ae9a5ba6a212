#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);

// src/text/did-you-mean.ts
function didYouMean(typed, known) {
  const wanted = typed.toLowerCase();
  const limit = Math.max(1, Math.floor(wanted.length / 3));
  let best;
  for (const name of known) {
    const distance = editDistance(wanted, name.toLowerCase());
    if (distance > limit || name === typed) continue;
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best?.name;
}
function editDistance(a, b) {
  const rows = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0][j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
    }
  }
  return rows[a.length][b.length];
}

export {
  didYouMean
};
