import { decodeArticle } from '../article/decode.js';
import { parseFrontMatter } from '../article/front-matter.js';
import { dirOf } from './articles.js';
import type { ArticleAtTip } from './types.js';

/**
 * The articles on the tip whose folder date lies in the period (a day either side). The folder date must equal
 * publish_at's date (format/article-path, an error that blocks the merge), so nothing due in the period is missed
 * while 5,000 other articles are never read.
 */
export function dueCandidates(
  files: ReadonlyMap<string, string>,
  firstDay: string,
  lastDay: string,
): string[] {
  const shift = (day: string, days: number) =>
    new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const low = shift(firstDay, -1);
  const high = shift(lastDay, 1);
  const out: string[] = [];
  for (const path of files.keys()) {
    const m = /^content\/[^/]+\/(\d{4}-\d{2}-\d{2})-[^/]+\/index\.md$/.exec(path);
    if (m && m[1]! >= low && m[1]! <= high) out.push(path);
  }
  return out.sort();
}

/** The front matter of an article on the tip (publish_at, title, status, urgent), or why it cannot be read. */
export function articleAtTip(path: string, bytes: Uint8Array | undefined, zone: string): ArticleAtTip {
  const dir = dirOf(path);
  const account = path.split('/')[1] ?? '';
  const decoded = bytes ? decodeArticle(bytes) : undefined;
  if (!decoded?.ok) {
    return { dir, path, account, fields: {}, problems: [decoded ? decoded.problem.en : 'not readable'] };
  }
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(decoded.text.replace(/^\uFEFF/, ''));
  const fm = parseFrontMatter(m?.[1], 2, zone);
  return {
    dir,
    path,
    account,
    fields: fm.fields,
    problems: fm.problems.map((p) => `${p.field}: ${p.message.en}`),
  };
}
