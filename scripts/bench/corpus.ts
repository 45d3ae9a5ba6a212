// Deterministic benchmark corpus: realistic Chinese WeChat articles in the content/<account>/<date>-<slug>/ layout,
// built from the sample articles in the repository's content/ folder (read at bench time) plus the Markdown a
// corporate account really uses: headings, lists, block quotes, a table, bold text, links and images with alt text.
// Nothing is downloaded; the same seed always gives byte-identical files.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

export interface CorpusOptions {
  articles: number;
  minBytes: number;
  maxBytes: number;
  seed: number;
  /** Word-list terms sprinkled into a few paragraphs, so both linters have something to report. */
  terms: readonly string[];
}

export interface Corpus {
  /** The folder holding content/ (the working directory the linters run in). */
  root: string;
  /** Article paths relative to root, sorted. */
  articles: string[];
  /** Bytes of each article, same order as `articles`. */
  sizes: number[];
  markdownBytes: number;
  /** Every file written (articles, covers, images). */
  fileCount: number;
  totalBytes: number;
  /** Path (relative to root) of the article closest to maxBytes, for the cold-start run. */
  largest: string;
  pool: { paragraphs: number; sentences: number; headings: number; listItems: number; samples: number };
}

/** mulberry32: small, fast and good enough to pick paragraphs reproducibly. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// A valid 1×1 PNG: the linters only check that the cover and images exist beside the article.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const ACCOUNTS = ['group', 'lanchuan-pharma', 'lanchuan-care', 'lanchuan-logistics'];
const METRICS = [
  '营业收入（亿元）',
  '利润总额（亿元）',
  '经营现金流（亿元）',
  '门店数量（家）',
  '服务人次（万）',
  '培训人数（人）',
  '客户满意度（%）',
  '新增订单（笔）',
  '安全检查（次）',
  '整改隐患（项）',
];
const IMAGE_ALTS = [
  '活动现场',
  '门店外景',
  '员工志愿者合影',
  '培训课堂',
  '仓储中心内景',
  '会议现场',
  '服务台',
];
const LINK_TEXTS = ['延伸阅读', '往期回顾', '活动详情', '相关通知', '上期内容'];

interface Pool {
  paragraphs: string[];
  sentences: string[];
  headings: string[];
  listItems: string[];
  titles: string[];
  authors: string[];
}

/** Reads content/**\/index.md of the repository and splits it into reusable pieces. */
export function readPool(contentDir: string): Pool {
  const pool: Pool = { paragraphs: [], sentences: [], headings: [], listItems: [], titles: [], authors: [] };
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'index.md') files.push(full);
    }
  };
  walk(contentDir);
  files.sort();
  for (const file of files) {
    const text = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
    const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
    let body = text;
    if (fm) {
      body = text.slice(fm[0].length);
      const data = yaml.load(fm[1] ?? '') as Record<string, unknown> | null;
      if (data && typeof data.title === 'string') pool.titles.push(data.title);
      if (data && typeof data.author === 'string') pool.authors.push(data.author);
    }
    for (const block of body.split(/\n\s*\n/)) {
      const b = block.trim();
      if (b === '') continue;
      for (const line of b.split('\n')) {
        const heading = /^#{2,6}\s+(.+)$/.exec(line);
        if (heading) pool.headings.push(heading[1]!.trim());
        const item = /^(?:[-*+]|\d+\.)\s+(.+)$/.exec(line);
        if (item) pool.listItems.push(item[1]!.trim());
      }
      // Plain prose paragraphs only: anything starting with Markdown syntax is structure, not prose.
      if (/^(?:#|>|[-*+]\s|\d+\.\s|\||!\[|```|<|\[)/.test(b)) continue;
      const paragraph = b.replace(/\n/g, '');
      pool.paragraphs.push(paragraph);
      for (const s of paragraph.match(/[^。！？]+[。！？]/g) ?? []) {
        if (s.length >= 8) pool.sentences.push(s);
      }
    }
  }
  if (pool.paragraphs.length < 10 || pool.sentences.length < 20) {
    throw new Error(`too little sample prose in ${contentDir} (${pool.paragraphs.length} paragraphs)`);
  }
  if (pool.headings.length === 0) pool.headings.push('总体情况', '重点工作', '结语');
  if (pool.listItems.length === 0) pool.listItems.push(...pool.sentences.slice(0, 10));
  if (pool.titles.length === 0) pool.titles.push('澜川集团工作动态');
  if (pool.authors.length === 0) pool.authors.push('澜川集团企宣部');
  return pool;
}

const HAN_OR_ALNUM = /^[\p{Script=Han}A-Za-z0-9]$/u;

/** Wraps one clause in **…** where CommonMark will really see emphasis (word characters on both inner sides). */
function embolden(paragraph: string, rand: () => number): string {
  const clauses = paragraph.split('，');
  const candidates = clauses
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.length >= 4 && HAN_OR_ALNUM.test(c[0]!) && HAN_OR_ALNUM.test(c[c.length - 1]!));
  if (candidates.length === 0) return paragraph;
  const { i } = candidates[Math.floor(rand() * candidates.length)]!;
  clauses[i] = `**${clauses[i]}**`;
  return clauses.join('，');
}

/** Puts a word-list term at a sentence boundary, as an author would write it. */
function insertTerm(paragraph: string, term: string, rand: () => number): string {
  const cuts = [...paragraph.matchAll(/[。！？]/g)].map((m) => m.index! + 1);
  const at = cuts.length > 1 ? cuts[Math.floor(rand() * (cuts.length - 1))]! : 0;
  return `${paragraph.slice(0, at)}本次服务${term}，欢迎咨询。${paragraph.slice(at)}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function dateOf(index: number): string {
  const d = new Date(Date.UTC(2026, 0, 1) + index * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

interface Article {
  markdown: string;
  images: string[];
}

function makeArticle(
  index: number,
  target: number,
  pool: Pool,
  terms: readonly string[],
  rand: () => number,
): Article {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const bytes = (s: string) => Buffer.byteLength(s);
  const date = dateOf(index);
  const title = `${pick(pool.titles).slice(0, 24)}（${index + 1}）`;
  const front = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `author: ${JSON.stringify(pick(pool.authors))}`,
    `publish_at: "${date}T10:00:00+08:00"`,
    'cover: cover.png',
    '---',
    '',
  ].join('\n');

  const images: string[] = [];
  const paragraph = (): string => {
    let p = pick(pool.paragraphs);
    if (rand() < 0.25) p = embolden(p, rand);
    if (terms.length > 0 && rand() < 0.08) p = insertTerm(p, pick(terms), rand);
    if (rand() < 0.12) {
      const id = Math.floor(rand() * 36 ** 8).toString(36);
      p += `${pick(LINK_TEXTS)}：[${pick(pool.headings)}](https://mp.weixin.qq.com/s/${id})`;
    }
    return p;
  };
  const features: Array<() => string> = [
    () => Array.from({ length: 3 + Math.floor(rand() * 3) }, () => `- ${pick(pool.listItems)}`).join('\n'),
    () =>
      Array.from({ length: 3 + Math.floor(rand() * 3) }, (_, i) => `${i + 1}. ${pick(pool.sentences)}`).join(
        '\n',
      ),
    () => `> ${pick(pool.sentences)}${rand() < 0.5 ? pick(pool.sentences) : ''}`,
    () => {
      const rows = 3 + Math.floor(rand() * 3);
      const lines = ['| 指标 | 本期 | 同比 |', '| --- | ---: | ---: |'];
      for (let r = 0; r < rows; r++) {
        const value = (rand() * 200).toFixed(1);
        const change = `${rand() < 0.2 ? '-' : ''}${(rand() * 12).toFixed(1)}%`;
        lines.push(`| ${pick(METRICS)} | ${value} | ${change} |`);
      }
      return lines.join('\n');
    },
    () => {
      if (images.length >= 3) return paragraph();
      const name = `photo-${images.length + 1}.png`;
      images.push(name);
      return `![图 ${images.length}：${pick(IMAGE_ALTS)}](${name})`;
    },
  ];

  const blocks: string[] = [paragraph()];
  let size = bytes(front) + bytes(blocks[0]!) + 2;
  let feature = Math.floor(rand() * features.length);
  const room = (block: string) => size + bytes(block) + 2 <= target;
  const add = (block: string): boolean => {
    if (!room(block)) return false;
    blocks.push(block);
    size += bytes(block) + 2;
    return true;
  };
  // Sections: a heading (## or, after the first, sometimes ###) and 2–5 blocks, about a third of them Markdown
  // structure (list, numbered list, quote, table, image) and the rest prose.
  for (let section = 0, misses = 0; misses < 12; section++) {
    const heading = `${section > 0 && rand() < 0.3 ? '###' : '##'} ${pick(pool.headings)}`;
    if (!add(heading)) break;
    let added = 0;
    const count = 2 + Math.floor(rand() * 4);
    for (let b = 0; b < count; b++) {
      const block = rand() < 0.35 ? features[feature++ % features.length]!() : paragraph();
      if (add(block)) added++;
      else misses++;
    }
    if (added === 0) {
      blocks.pop();
      size -= bytes(heading) + 2;
      break;
    }
  }
  // Fill the last few hundred bytes with single sentences so sizes land close to the target.
  for (let misses = 0; misses < 40; ) {
    const s = pick(pool.sentences);
    if (room(s)) {
      blocks.push(s);
      size += bytes(s) + 2;
    } else {
      misses++;
    }
  }
  return { markdown: `${front}${blocks.join('\n\n')}\n`, images };
}

/** Writes the corpus under `root`/content and returns what was written. */
export function buildCorpus(root: string, sampleContentDir: string, options: CorpusOptions): Corpus {
  const pool = readPool(sampleContentDir);
  const rand = prng(options.seed);
  const articles: string[] = [];
  const sizes: number[] = [];
  let fileCount = 0;
  let totalBytes = 0;
  let largest = '';
  let largestSize = 0;
  const span = options.maxBytes - options.minBytes;
  for (let i = 0; i < options.articles; i++) {
    // Stratified targets: one article per equal-width size band, so sizes spread evenly from min to max;
    // the last one aims at max exactly, for the cold-start run.
    const last = i === options.articles - 1;
    const target = last
      ? options.maxBytes
      : Math.round(options.minBytes + (span * (i + rand())) / options.articles);
    const account = ACCOUNTS[i % ACCOUNTS.length]!;
    const dir = `content/${account}/${dateOf(i)}-bench-${pad(i + 1, 3)}`;
    mkdirSync(join(root, dir), { recursive: true });
    const article = makeArticle(i, target, pool, options.terms, rand);
    const path = `${dir}/index.md`;
    writeFileSync(join(root, path), article.markdown);
    for (const name of ['cover.png', ...article.images]) writeFileSync(join(root, dir, name), PNG);
    const size = Buffer.byteLength(article.markdown);
    articles.push(path);
    sizes.push(size);
    fileCount += 2 + article.images.length;
    totalBytes += size + PNG.length * (1 + article.images.length);
    if (size > largestSize) {
      largestSize = size;
      largest = path;
    }
  }
  const order = articles.map((_, i) => i).sort((a, b) => (articles[a]! < articles[b]! ? -1 : 1));
  return {
    root,
    articles: order.map((i) => articles[i]!),
    sizes: order.map((i) => sizes[i]!),
    markdownBytes: sizes.reduce((a, b) => a + b, 0),
    fileCount,
    totalBytes,
    largest,
    pool: {
      paragraphs: pool.paragraphs.length,
      sentences: pool.sentences.length,
      headings: pool.headings.length,
      listItems: pool.listItems.length,
      samples: pool.titles.length,
    },
  };
}
