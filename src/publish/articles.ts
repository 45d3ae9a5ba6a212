import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Article, loadArticle } from '../article/article.js';
import { MAX_ARTICLE_BYTES } from '../article/decode.js';
import type { FrontMatter } from '../article/front-matter.js';
import { describeRefusal, MAX_ASSET_BYTES, readArticleFile } from '../platform/files.js';

/** One article folder on the content branch, as the publisher sees it. */
export interface ArticleSource {
  /** `<account>/<folder>`: the article's identity in the ledger. */
  key: string;
  account: string;
  /** `content/<account>/<folder>/index.md`, relative to the repository root. */
  path: string;
  /** `content/<account>/<folder>`. */
  dir: string;
  absDir: string;
  article: Article | undefined;
  /** Valid front matter, when every required field is valid. */
  front: FrontMatter | undefined;
  fields: Partial<FrontMatter>;
  /** Why the article cannot be read or its front matter is incomplete (English, for records). */
  problems: string[];
  /** `sha256:` over index.md and every file beside it (name and bytes): what "the same article" means. */
  contentHash: string;
}

/** Every `content/<account>/<folder>/index.md` below `cwd`, sorted by path. */
export function discoverArticles(cwd: string, timeZone: string): ArticleSource[] {
  const root = join(cwd, 'content');
  if (!existsSync(root)) return [];
  const out: ArticleSource[] = [];
  for (const account of readdirSync(root).sort()) {
    const accountDir = join(root, account);
    if (account.startsWith('.') || !statSync(accountDir).isDirectory()) continue;
    for (const folder of readdirSync(accountDir).sort()) {
      const absDir = join(accountDir, folder);
      if (folder.startsWith('.') || !statSync(absDir).isDirectory()) continue;
      if (!existsSync(join(absDir, 'index.md'))) continue;
      out.push(readArticle(cwd, account, folder, timeZone));
    }
  }
  return out;
}

/**
 * `sha256:` over the files of an article folder (index.md and every file beside it; not subfolders), each as its
 * name, its length and its bytes, in name order. The audit computes it again from git to compare with records.
 */
export function contentHashOf(files: readonly { name: string; bytes: Uint8Array }[]): string {
  const hash = createHash('sha256');
  for (const { name, bytes } of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    hash.update(`${name}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return `sha256:${hash.digest('hex')}`;
}

export function readArticle(cwd: string, account: string, folder: string, timeZone: string): ArticleSource {
  const dir = `content/${account}/${folder}`;
  const absDir = join(cwd, dir);
  const path = `${dir}/index.md`;
  const names = readdirSync(absDir, { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name)
    .sort();
  // Every file through the shared reader (src/platform/files.ts): a link out of the folder, a FIFO or a file
  // past the cap is never read, and an article that is not one is a problem of that article, not a crash. The
  // hash is of what could be read, as the audit computes it from git (contentHashOf); a refused file stops the
  // article from being published anyway.
  const readable: { name: string; bytes: Uint8Array }[] = [];
  const refused: string[] = [];
  for (const name of names) {
    const read = readArticleFile(absDir, name, MAX_ASSET_BYTES);
    if (read.ok) readable.push({ name, bytes: read.bytes });
    else refused.push(`${name} ${describeRefusal(read).en}`);
  }
  const contentHash = contentHashOf(readable);
  const base = { key: `${account}/${folder}`, account, path, dir, absDir, contentHash };
  const index = readArticleFile(absDir, 'index.md', MAX_ARTICLE_BYTES);
  const loaded = index.ok
    ? loadArticle(path, index.bytes, { timeZone, assets: new Set(names) })
    : { ok: false as const, line: 1, problem: { en: `index.md ${describeRefusal(index).en}` } };
  if (!loaded.ok) {
    return {
      ...base,
      article: undefined,
      front: undefined,
      fields: {},
      problems: [loaded.problem.en, ...refused],
    };
  }
  const article = loaded.article;
  const fm = article.frontMatter;
  return {
    ...base,
    article,
    front: fm.data,
    fields: fm.fields,
    problems: [...fm.problems.map((p) => `line ${p.line}, ${p.field}: ${p.message.en}`), ...refused],
  };
}

/** The bytes of a file in the article folder, with its SHA-256. Throws when it is missing or outside the folder. */
export function assetOf(source: ArticleSource, localPath: string): { bytes: Uint8Array; sha256: string } {
  if (localPath.startsWith('/') || localPath.split('/').includes('..')) {
    throw new Error(`${localPath} is outside the article folder`);
  }
  const read = readArticleFile(source.absDir, localPath, MAX_ASSET_BYTES);
  if (!read.ok) throw new Error(`${localPath} ${describeRefusal(read).en}`);
  return { bytes: read.bytes, sha256: createHash('sha256').update(read.bytes).digest('hex') };
}
