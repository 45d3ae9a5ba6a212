// Real public Chinese writing to judge the compliance checker on: company blogs, a tech newsletter, state-news
// transcripts and a WeChat official-account archive, each pinned to one commit of a public repository. The text
// itself never enters this repository: materialize() writes the selected files of the pinned commit to a folder
// outside it, from a local mirror (or a fetch of that one commit), and labelSet() names the articles that are
// labelled by hand. Run `tsx scripts/bench/real-corpora.ts --help` for the command line.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatSummary, summarizeCompliance } from './compliance-summary.js';
import {
  cloneCommit,
  discardClone,
  hasCommit,
  isRepoName,
  listFiles,
  locateMirror,
  mirrorRoots,
  readBlobs,
  type TreeFile,
} from './git-snapshot.js';

export { locateMirror, mirrorRoots } from './git-snapshot.js';

export const CORPUS_KINDS = ['corporate', 'newsletter', 'news', 'wechat'] as const;
export type CorpusKind = (typeof CORPUS_KINDS)[number];

export interface RealCorpus {
  id: string;
  /** owner/name on GitHub. */
  repo: string;
  /** The pinned commit, 40 hex digits. */
  commit: string;
  /** Globs over repository paths (`**` any folders, `*` and `?` within one name) choosing the article files. */
  include: readonly string[];
  exclude: readonly string[];
  kind: CorpusKind;
  licence: string;
  description: string;
  /** How many of its articles go into the hand-labelled set. */
  labelQuota: number;
  /**
   * What the publisher would declare as its own in policies (wxgate.yml `publisher:`): the precision bench checks
   * the corpus as that company's account would be checked.
   */
  publisher?: { brands?: readonly string[]; products?: readonly string[] };
}

export const REAL_CORPORA: readonly RealCorpus[] = [
  {
    id: 'pingcap-blog-cn',
    repo: 'pingcap/blog-cn',
    commit: '35712fade03391304c0c8fc0a1ad57084ee3e055',
    include: ['*.md'],
    exclude: ['README.md', 'TOC*.md'],
    kind: 'corporate',
    licence: 'no licence file (© PingCAP); kept only as a local evaluation copy, never redistributed',
    description: 'PingCAP (TiDB) Chinese company blog: releases, press releases, customer cases, events',
    labelQuota: 80,
    publisher: {
      brands: ['PingCAP', '平凯星辰', 'TiDB'],
      products: ['TiDB Cloud', 'TiKV', 'TiFlash', 'TiSpark', 'TiCDC', 'TiUP', 'TiDB Operator', 'Chaos Mesh'],
    },
  },
  {
    id: 'cloudwego-blog-zh',
    repo: 'cloudwego/cloudwego.github.io',
    commit: 'b9cc38f01ca2aae4c88f798b7907208609d9df5c',
    include: ['content/zh/blog/**/*.md', 'content/zh/cooperation/**/*.md'],
    exclude: ['**/_index.md'],
    kind: 'corporate',
    licence: 'Apache-2.0',
    description:
      'CloudWeGo (ByteDance middleware) Chinese blog: release news and enterprise adoption stories',
    labelQuota: 60,
    publisher: {
      brands: ['CloudWeGo'],
      products: ['Kitex', 'Hertz', 'Netpoll', 'Volo', 'Monoio', 'Shmipc', 'Thriftgo', 'Eino', 'Sonic'],
    },
  },
  {
    id: 'ruanyf-weekly',
    repo: 'ruanyf/weekly',
    commit: 'cf5e367d98e5141fb3381816f2ac8c5dd1bdb69f',
    include: ['docs/issue-*.md'],
    exclude: [],
    kind: 'newsletter',
    licence:
      'no licence file; the author publishes the issues under CC BY-NC-ND 3.0 on ruanyifeng.com — local copy only',
    description: '科技爱好者周刊, a weekly tech newsletter: ~400 issues with thousands of links and images',
    labelQuota: 70,
  },
  {
    id: 'xinwenlianbo',
    repo: 'DuckBurnIncense/xin-wen-lian-bo',
    commit: 'ae8d591d33dd3701a34045e0acb24cd5b70b2ede',
    include: ['news/*.md'],
    exclude: [],
    kind: 'news',
    licence: 'MIT (scraper code); the transcripts are CCTV text with no licence — local copy only',
    description:
      '新闻联播 daily news-broadcast transcripts from cctv.com, one Markdown file a day since 2022',
    labelQuota: 100,
    // The broadcaster's own names: its programmes and services are promoted in its own news.
    publisher: { brands: ['中央广播电视总台', '总台', '央视'] },
  },
  {
    id: 'ruyisdk-wechat',
    repo: 'ruyisdk/wechat-articles',
    commit: '114d677c201a96336ccf665570b49d52c112eb1a',
    include: ['*.md', 'articles/*.md'],
    exclude: ['README.md'],
    kind: 'wechat',
    licence: 'Apache-2.0',
    description:
      'Articles of the RuyiSDK WeChat official account (ISCAS PLCT): biweekly reports, hiring posts',
    labelQuota: 50,
    publisher: { brands: ['RuyiSDK'], products: ['Ruyi'] },
  },
  // Held out: added after the context judgement was tuned on the corpora above, labelled without changing it.
  {
    id: 'sofastack-blog-zh',
    repo: 'sofastack/sofastack.tech',
    commit: '38c28a43d187f60a3b279ce8e7c140fa6afb4e42',
    include: ['content/zh/blog/**/*.md', 'content/zh/activities/**/*.md'],
    exclude: ['**/_index.md'],
    kind: 'corporate',
    licence: 'Apache-2.0',
    description:
      'SOFAStack (Ant Group middleware) Chinese blog and events: releases, user stories, meetup promotions',
    labelQuota: 60,
    publisher: {
      brands: ['蚂蚁集团', '蚂蚁金服', '支付宝', 'SOFAStack'],
      products: [
        'SOFABoot',
        'SOFARPC',
        'SOFAArk',
        'SOFAJRaft',
        'SOFARegistry',
        'SOFATracer',
        'SOFALookout',
        'SOFABolt',
        'SOFAMesh',
        'MOSN',
        'Layotto',
        'Koupleless',
        'SOFAServerless',
      ],
    },
  },
  {
    id: 'nacos-blog-zh',
    repo: 'nacos-group/nacos-group.github.io',
    commit: '62e9bcbc37f06d706073cf7cedabbf13f4050a5c',
    include: ['src/content/blog/*.md'],
    exclude: [],
    kind: 'corporate',
    licence: 'Apache-2.0',
    description:
      'Nacos (Alibaba) Chinese blog: releases, awards, events, partner integrations and user cases',
    labelQuota: 60,
    publisher: {
      brands: ['Nacos', '阿里巴巴', '阿里云'],
      products: ['MSE', '微服务引擎', 'Spring Cloud Alibaba', 'Nacos-Sync'],
    },
  },
  // Held out a second time: added while the context judgement was being improved, labelled without looking at it.
  {
    id: 'emqx-blog-zh',
    repo: 'emqx/blog',
    commit: 'a1830ba23ba7cdd46ba94cbc5a005934a6699167',
    include: ['zh/2021??/*.md', 'zh/2022??/*.md'],
    exclude: [],
    kind: 'corporate',
    licence:
      'no licence file (© EMQ Technologies); kept only as a local evaluation copy, never redistributed',
    description:
      'EMQ (EMQX, 映云科技) Chinese company blog, 2021–2022: launches, release news, customer stories, events',
    labelQuota: 60,
    publisher: {
      brands: ['EMQ', '映云科技', 'EMQX', 'EMQ X'],
      products: [
        'EMQX Cloud',
        'EMQX Enterprise',
        'EMQX Edge',
        'EMQX ECP',
        'EMQX Kuiper',
        'eKuiper',
        'Kuiper',
        'NanoMQ',
        'NanoSDK',
        'Neuron',
        'MQTTX',
        'MQTT X',
        'HStreamDB',
        'XMeter',
      ],
    },
  },
  {
    id: 'rainbond-blog',
    repo: 'goodrain/rainbond-docs',
    commit: '137a1100a607b72f43a2bfc878a7505415c18b64',
    include: ['blog/**/*.md', 'src/pages/case/*.md', 'src/pages/usescene/*.md'],
    exclude: [],
    kind: 'corporate',
    licence:
      'no licence file (© Goodrain, 好雨科技); kept only as a local evaluation copy, never redistributed',
    description:
      'Rainbond (好雨科技) Chinese blog, customer cases and use-case pages: launches, comparisons, 信创 promotion',
    labelQuota: 60,
    publisher: {
      brands: ['Rainbond', '好雨科技', '好雨'],
      products: ['Rainbond Cloud', 'Rainstore', 'RainStore', 'RainAgent', 'RainSkills'],
    },
  },
];

const COMMIT = /^[0-9a-f]{40}$/;

/** What is wrong with a manifest, one sentence a problem; empty when it is well formed. */
export function manifestProblems(corpora: readonly RealCorpus[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const corpus of corpora) {
    const at = `corpus "${corpus.id}"`;
    if (!/^[a-z0-9][a-z0-9-]*$/.test(corpus.id))
      problems.push(`${at}: id must be lower-case letters, digits, -`);
    if (seen.has(corpus.id)) problems.push(`${at}: id used twice`);
    seen.add(corpus.id);
    if (!isRepoName(corpus.repo)) problems.push(`${at}: repo "${corpus.repo}" is not owner/name`);
    if (!COMMIT.test(corpus.commit))
      problems.push(`${at}: commit "${corpus.commit}" is not 40 lower-case hex`);
    if (!(CORPUS_KINDS as readonly string[]).includes(corpus.kind)) {
      problems.push(`${at}: kind "${corpus.kind}" is not one of ${CORPUS_KINDS.join(', ')}`);
    }
    if (corpus.include.length === 0) problems.push(`${at}: include selects nothing`);
    for (const glob of [...corpus.include, ...corpus.exclude]) {
      if (glob === '' || glob.startsWith('/') || glob.split('/').includes('..')) {
        problems.push(`${at}: glob "${glob}" must be a relative path inside the repository`);
      }
    }
    if (corpus.licence.trim() === '') problems.push(`${at}: licence is empty`);
    if (corpus.description.trim() === '') problems.push(`${at}: description is empty`);
    if (!Number.isInteger(corpus.labelQuota) || corpus.labelQuota < 0) {
      problems.push(`${at}: labelQuota must be a whole number ≥ 0`);
    }
  }
  return problems;
}

/** A glob over slash-separated paths as a RegExp: `**` then a slash is any folders (or none), `*` and `?` stay within one name. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (glob.startsWith('**/', i)) {
      source += '(?:[^/]+/)*';
      i += 2;
    } else if (glob.startsWith('**', i)) {
      source += '.*';
      i += 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'u');
}

export function selector(corpus: RealCorpus): (path: string) => boolean {
  const include = corpus.include.map(globToRegExp);
  const exclude = corpus.exclude.map(globToRegExp);
  return (path) => include.some((re) => re.test(path)) && !exclude.some((re) => re.test(path));
}

export interface MaterializeOptions {
  /** Folders holding mirrors (default: $WXGATE_CORPUS_MIRRORS, then /work/.mirror). */
  mirrorRoots?: readonly string[];
  /** Where `owner/name` is fetched from when no mirror has the commit; undefined: https://github.com/. */
  remoteBase?: string;
}

export type MaterializeResult =
  | { status: 'ok'; source: 'mirror' | 'clone'; files: number; bytes: number }
  | { status: 'unavailable'; reason: string; howToGet: string }
  | { status: 'failed'; reason: string };

/** Written beside the articles so a later run knows the folder is a corpus it may replace. */
export const MARKER = '.wxgate-corpus.json';

export function howToGet(corpus: RealCorpus): string {
  const [owner, name] = corpus.repo.split('/');
  return (
    `put a git copy holding commit ${corpus.commit} where ${corpus.id} is looked for, e.g. ` +
    `git clone --bare https://github.com/${corpus.repo} ${mirrorRoots()[0]}/${owner}+${name}/repo ` +
    `(or list its folder in WXGATE_CORPUS_MIRRORS)`
  );
}

/**
 * Writes the corpus's files at its pinned commit into destDir, keeping their repository paths. destDir is
 * replaced as a whole (it must be absent, empty or an earlier corpus folder) so it never mixes two commits, and
 * nothing is left half-written. Never throws: every failure is a result.
 */
export function materialize(
  corpus: RealCorpus,
  destDir: string,
  options: MaterializeOptions = {},
): MaterializeResult {
  try {
    const problems = manifestProblems([corpus]);
    if (problems.length > 0) return { status: 'failed', reason: problems.join('; ') };
    const mirror = locateMirror(corpus.repo, options.mirrorRoots ?? mirrorRoots());
    if (mirror && hasCommit(mirror, corpus.commit)) return writeCorpus(corpus, mirror, destDir, 'mirror');
    const remote = `${options.remoteBase ?? 'https://github.com/'}${corpus.repo}`;
    const clone = cloneCommit(remote, corpus.commit);
    if ('problem' in clone) {
      const noMirror = mirror ? `the mirror ${mirror} lacks the commit` : 'no mirror found';
      return { status: 'unavailable', reason: `${noMirror}; ${clone.problem}`, howToGet: howToGet(corpus) };
    }
    try {
      return writeCorpus(corpus, clone.gitDir, destDir, 'clone');
    } finally {
      discardClone(clone.gitDir);
    }
  } catch (error) {
    return { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
}

function selectedFiles(corpus: RealCorpus, gitDir: string): TreeFile[] | string {
  const files = listFiles(gitDir, corpus.commit);
  if (typeof files === 'string') return files;
  const selects = selector(corpus);
  return files.filter((file) => selects(file.path));
}

function writeCorpus(
  corpus: RealCorpus,
  gitDir: string,
  destDir: string,
  source: 'mirror' | 'clone',
): MaterializeResult {
  const dest = resolve(destDir);
  const replaceable = !existsSync(dest) || readdirSync(dest).length === 0 || existsSync(join(dest, MARKER));
  if (!replaceable) {
    return { status: 'failed', reason: `${dest} holds other files; give an empty or new folder` };
  }
  const files = selectedFiles(corpus, gitDir);
  if (typeof files === 'string') return { status: 'failed', reason: files };
  const blobs = readBlobs(
    gitDir,
    files.map((file) => file.oid),
  );
  if (typeof blobs === 'string') return { status: 'failed', reason: blobs };
  const partial = `${dest}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  let bytes = 0;
  for (const [i, file] of files.entries()) {
    const target = resolve(partial, file.path);
    const inside = relative(partial, target);
    // Paths come from someone else's repository: never let one climb out of the folder.
    if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) {
      rmSync(partial, { recursive: true, force: true });
      return { status: 'failed', reason: `${corpus.repo}: path "${file.path}" leaves the corpus folder` };
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, blobs[i]!);
    bytes += blobs[i]!.length;
  }
  const marker = { id: corpus.id, repo: corpus.repo, commit: corpus.commit, files: files.length, bytes };
  mkdirSync(partial, { recursive: true });
  writeFileSync(join(partial, MARKER), `${JSON.stringify(marker, null, 2)}\n`);
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dirname(dest), { recursive: true });
  renameSync(partial, dest);
  return { status: 'ok', source, files: files.length, bytes };
}

/** Seed of the labelling draw; changing it changes which articles are labelled, so it stays fixed. */
export const LABEL_SEED = 'wxgate-labels-1';

/**
 * The `quota` paths with the smallest seeded SHA-256 of "seed, corpus id, path", sorted. Each path's rank
 * depends on its own name only, so adding files to a corpus never reshuffles the ones already drawn.
 */
export function drawForLabelling(corpusId: string, paths: readonly string[], quota: number): string[] {
  const ranked = [...new Set(paths)].map((path) => ({
    path,
    rank: createHash('sha256').update(`${LABEL_SEED}\0${corpusId}\0${path}`).digest('hex'),
  }));
  ranked.sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));
  return ranked
    .slice(0, quota)
    .map((entry) => entry.path)
    .sort();
}

export interface LabelSet {
  articles: { corpus: string; path: string }[];
  /** Corpora whose file list could not be read, with how to get them. */
  unavailable: { corpus: string; reason: string; howToGet: string }[];
}

/** The articles to label by hand: labelQuota of each corpus, drawn from its files at the pinned commit. */
export function labelSet(
  corpora: readonly RealCorpus[] = REAL_CORPORA,
  roots: readonly string[] = mirrorRoots(),
): LabelSet {
  const result: LabelSet = { articles: [], unavailable: [] };
  for (const corpus of corpora) {
    const mirror = locateMirror(corpus.repo, roots);
    const files = mirror ? selectedFiles(corpus, mirror) : 'no mirror found';
    if (typeof files === 'string') {
      result.unavailable.push({ corpus: corpus.id, reason: files, howToGet: howToGet(corpus) });
      continue;
    }
    const drawn = drawForLabelling(
      corpus.id,
      files.map((file) => file.path),
      corpus.labelQuota,
    );
    for (const path of drawn) result.articles.push({ corpus: corpus.id, path });
  }
  return result;
}

const HELP = `Usage:
  tsx scripts/bench/real-corpora.ts materialize <dest-root> [corpus-id...]   each corpus into <dest-root>/<id>/
  tsx scripts/bench/real-corpora.ts label-set                                the hand-labelling draw, as JSON
  tsx scripts/bench/real-corpora.ts list                                     the manifest, as JSON
  tsx scripts/bench/real-corpora.ts summarize <check.json>...                compliance errors of check reports
Mirrors are looked for in $WXGATE_CORPUS_MIRRORS, then ${mirrorRoots().at(-1)}.
`;

/** The command line; returns the exit code (1 when a corpus could not be written). */
export function runCli(args: readonly string[], out: (text: string) => void): number {
  const [command, ...rest] = args;
  if (command === 'list') {
    out(`${JSON.stringify(REAL_CORPORA, null, 2)}\n`);
    return 0;
  }
  if (command === 'label-set') {
    out(`${JSON.stringify(labelSet(), null, 2)}\n`);
    return 0;
  }
  if (command === 'materialize' && rest[0] !== undefined) {
    const [root, ...ids] = rest;
    const unknown = ids.filter((id) => !REAL_CORPORA.some((corpus) => corpus.id === id));
    if (unknown.length > 0) {
      out(`unknown corpus: ${unknown.join(', ')}\n`);
      return 2;
    }
    let code = 0;
    for (const corpus of REAL_CORPORA.filter((c) => ids.length === 0 || ids.includes(c.id))) {
      const result = materialize(corpus, join(root, corpus.id));
      out(`${corpus.id}: ${JSON.stringify(result)}\n`);
      if (result.status !== 'ok') code = 1;
    }
    return code;
  }
  if (command === 'summarize' && rest.length > 0) {
    for (const file of rest) {
      try {
        out(formatSummary(file, summarizeCompliance(JSON.parse(readFileSync(file, 'utf8')))));
      } catch (error) {
        out(`${file}: ${error instanceof Error ? error.message : String(error)}\n`);
        return 1;
      }
    }
    return 0;
  }
  out(HELP);
  return command === '--help' || command === '-h' ? 0 : 2;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = runCli(process.argv.slice(2), (text) => process.stdout.write(text));
}
