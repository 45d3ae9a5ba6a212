// Matcher benchmark: 20,000 terms, ~5 MB of Chinese prose, fold + scan per paragraph as the rules will do it.
// Run: npx tsx scripts/bench-matcher.ts   (everything is generated deterministically; nothing is downloaded)
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { fold, foldTerm } from '../src/text/fold.js';
import { Matcher } from '../src/text/matcher.js';

const TERM_COUNT = 20_000;
const CORPUS_BYTES = 5 * 1024 * 1024;

/** Common characters of business and news prose, so terms share prefixes with the text as real lexicons do. */
const CHARS =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而' +
  '方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应' +
  '开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命' +
  '此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求' +
  '老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光' +
  '门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速' +
  '花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需' +
  '段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感' +
  '劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂' +
  '京识适属圆包火住调满县局照参红细引听该铁价严龙飞';

const OPENINGS = [
  '据了解，',
  '近日，',
  '今年以来，',
  '在此背景下，',
  '与此同时，',
  '值得注意的是，',
  '总体来看，',
  '会上，',
];
const SUBJECTS = [
  '公司',
  '我们团队',
  '各业务部门',
  '项目组',
  '研发中心',
  '市场部',
  '合作伙伴',
  '客户服务中心',
  '本次活动',
];
const VERBS = [
  '持续推进',
  '认真落实',
  '全面梳理',
  '稳步开展',
  '重点关注',
  '深入分析',
  '积极参与',
  '统筹安排',
  '有序完成',
];
const OBJECTS = [
  '数字化转型工作',
  '年度经营目标',
  '产品质量提升计划',
  '员工培训与发展',
  '供应链协同项目',
  '用户体验优化',
  '安全生产检查',
  '第一季度业绩复盘',
  '新版本发布准备',
  '区域市场拓展',
];
const TAILS = [
  '，取得了阶段性成果。',
  '，进展顺利。',
  '，相关负责人表示将进一步加强管理。',
  '。',
  '，得到了广泛认可！',
  '，下一步将继续完善。',
];

/** Small deterministic PRNG (mulberry32) so every run measures the same input. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeTerms(rand: () => number): string[] {
  const terms = new Set<string>();
  while (terms.size < TERM_COUNT) {
    const length = 2 + Math.floor(rand() * 5);
    let term = '';
    for (let i = 0; i < length; i++) term += CHARS[Math.floor(rand() * CHARS.length)];
    terms.add(term);
  }
  return [...terms];
}

function makeParagraphs(rand: () => number, terms: readonly string[]): string[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const paragraphs: string[] = [];
  let bytes = 0;
  while (bytes < CORPUS_BYTES) {
    let paragraph = '';
    const sentences = 3 + Math.floor(rand() * 6);
    for (let s = 0; s < sentences; s++) {
      const embedded = rand() < 0.1 ? pick(terms) : '';
      paragraph += pick(OPENINGS) + pick(SUBJECTS) + pick(VERBS) + embedded + pick(OBJECTS) + pick(TAILS);
    }
    paragraphs.push(paragraph);
    bytes += Buffer.byteLength(paragraph);
  }
  return paragraphs;
}

export async function benchMatcher(): Promise<{
  terms: number;
  buildMs: number;
  megabytesPerSecond: number;
}> {
  const rand = random(20240228);
  const terms = makeTerms(rand);
  const paragraphs = makeParagraphs(rand, terms);
  const bytes = paragraphs.reduce((sum, p) => sum + Buffer.byteLength(p), 0);

  const builds: number[] = [];
  let matcher: Matcher | undefined;
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    matcher = new Matcher(terms.map(foldTerm));
    builds.push(performance.now() - start);
  }

  const rates: number[] = [];
  let hits = 0;
  for (let run = 0; run < 5; run++) {
    hits = 0;
    const start = performance.now();
    for (const paragraph of paragraphs) {
      matcher!.scan(fold(paragraph).text, () => {
        hits++;
      });
    }
    rates.push(bytes / 1e6 / ((performance.now() - start) / 1000));
  }
  if (hits === 0) throw new Error('benchmark corpus produced no matches');
  return { terms: terms.length, buildMs: median(builds), megabytesPerSecond: median(rates) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { terms, buildMs, megabytesPerSecond } = await benchMatcher();
  console.log(
    `matcher: ${terms} terms, build ${buildMs.toFixed(1)} ms, fold+scan ${megabytesPerSecond.toFixed(1)} MB/s`,
  );
}
