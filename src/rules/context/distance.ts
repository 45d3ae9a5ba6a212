import type { SentenceView } from '../../article/sentences.js';
import type { LocalizedText } from '../../text/vocabulary.js';

/**
 * Text that keeps its distance from a forbidden phrase: it negates it, warns against it, reports its
 * prosecution (天下没有稳赚不赔的生意; 警惕宣称能“根治”的虚假医疗广告; 公安机关破获一起网络赌博案), or only names a
 * work or page that carries it (《…》, the text of a link). Such a hit is shown to the reviewer as information.
 */
export interface Distance {
  kind: 'negation' | 'title' | 'link';
  text: string;
}

/** Cues before the term, within its clause and at most this many characters before it. */
const BEFORE_WINDOW = 14;
const NEGATION_BEFORE =
  /(?:不是|并非|并不|绝非|而非|而不是|没有|不存在|无法|难以|不可能|反对|不允许|决不|绝不|遏制|粉碎|挫败|严惩|惩治|抵御|防止|避免|谨防|警惕|提防|小心|打击|防范|禁止|严禁|不得|不准|切勿|诈骗|揭秘|揭露|曝光|识破|远离|拒绝|抵制|杜绝|查处|查获|破获|侦破|取缔|整治|举报|虚假|违法|非法|涉嫌|所谓|号称|宣称|声称|自称|谎称|冒充|打着|辟谣|谣传|假冒|以[^，。！？；]{0,4}为名|以[^，。！？；]{0,4}为幌子|防骗|反诈|传言|据说|据传|传闻|坊间)/gu;
/** Cues after the term within its clause: …是骗局, …属违法, …的虚假宣传. */
const AFTER_WINDOW = 12;
const NEGATION_AFTER =
  /(?:^案|^团伙|骗局|诈骗|谣言|虚假|违法|非法|犯罪|案件|陷阱|套路|是假的|不可信|不存在|被查处|被处罚|被罚|被判|落网|违规)/u;

export function findDistance(view: SentenceView, start: number, end: number): Distance | undefined {
  const text = view.segment.text;
  const [clauseStart, clauseEnd] = view.clauseAt(start);
  const before = text.slice(Math.max(clauseStart, start - BEFORE_WINDOW), start);
  const cues = [...before.matchAll(NEGATION_BEFORE)];
  if (cues.length > 0) return { kind: 'negation', text: cues.at(-1)![0] };
  // The clause runs on past 、: 网络赌博、电信网络诈骗等犯罪.
  const after = NEGATION_AFTER.exec(text.slice(end, Math.min(clauseEnd, end + AFTER_WINDOW)));
  if (after) return { kind: 'negation', text: after[0] };
  const title = enclosingTitle(text, start, end);
  if (title !== undefined) return { kind: 'title', text: title };
  const link = view.segment.links.find(([s, e]) => s <= start && end <= e);
  if (link) return { kind: 'link', text: text.slice(link[0], link[1]) };
  return undefined;
}

/** The 《…》 title that holds [start, end), if any (titles do not nest across sentences in practice). */
function enclosingTitle(text: string, start: number, end: number): string | undefined {
  const open = text.lastIndexOf('《', start);
  if (open === -1 || text.lastIndexOf('》', start - 1) > open) return undefined;
  const close = text.indexOf('》', end);
  if (close === -1 || text.lastIndexOf('《', close) !== open) return undefined;
  return text.slice(open, close + 1);
}

export function distanceReason(distance: Distance): LocalizedText {
  switch (distance.kind) {
    case 'negation':
      return {
        zh: `同句以「${distance.text}」否定、警示或报道它`,
        en: `the sentence negates, warns against or reports it ("${distance.text}")`,
      };
    case 'title':
      return { zh: `出现在作品名「${distance.text}」中`, en: `it is part of the title ${distance.text}` };
    case 'link':
      return {
        zh: `出现在链接文字「${distance.text}」中`,
        en: `it is the text of a link ("${distance.text}")`,
      };
  }
}
