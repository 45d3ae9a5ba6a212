import type { Html } from 'mdast';
import { didYouMean } from '../text/did-you-mean.js';
import type { LocalizedText } from '../text/vocabulary.js';
import type { LineIndex } from './lines.js';

/**
 * `<!-- wxgate-disable-next-line <rule-id>[, <rule-id>…] -- <reason> -->` silences the next line with content;
 * `<!-- wxgate-disable <rule-id>… -- <reason> -->` … `<!-- wxgate-enable <rule-id>… -->` silences a range.
 * A reason is required, and every silenced message is listed in the report: reviewers must see it.
 */
export interface Suppression {
  ruleIds: string[];
  reason: string;
  /** Line of the comment itself. */
  line: number;
  fromLine: number;
  toLine: number;
}

export interface SuppressionProblem {
  line: number;
  start: number;
  end: number;
  message: LocalizedText;
}

const DIRECTIVE = /^<!--\s*wxgate-(disable-next-line|disable|enable)\b([\s\S]*?)-->$/;
const RULE_ID = /^[a-z]+\/[a-z0-9-]+$/;

export interface SuppressionScan {
  suppressions: Suppression[];
  problems: SuppressionProblem[];
}

/**
 * The suppression comments of one article, checked against the rule ids of the run: those that silence, and those
 * that are malformed. The runner scans once and hands the scan to the rule format/suppression (which reports the
 * problems) through the rule context, then applies the suppressions to the messages.
 */
export function scanSuppressions(
  htmlNodes: readonly Html[],
  text: string,
  lines: LineIndex,
  knownRuleIds: ReadonlySet<string>,
): SuppressionScan {
  const suppressions: Suppression[] = [];
  const problems: SuppressionProblem[] = [];
  const open = new Map<string, Suppression>();

  for (const node of htmlNodes) {
    const value = node.value.trim();
    const m = DIRECTIVE.exec(value);
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    const line = node.position?.start.line ?? 1;
    if (!m) {
      if (/^<!--\s*wxgate-/.test(value)) {
        problems.push({
          line,
          start,
          end,
          message: {
            zh: '无法识别的 wxgate 注释。可用：wxgate-disable-next-line、wxgate-disable、wxgate-enable。',
            en: 'Unrecognised wxgate comment. Use wxgate-disable-next-line, wxgate-disable or wxgate-enable.',
          },
        });
      }
      continue;
    }
    const kind = m[1]!;
    const [idsPart = '', ...reasonParts] = m[2]!.split(/\s--\s|\s--$/);
    const reason = reasonParts.join(' -- ').trim();
    const ruleIds = idsPart
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    const bad = ruleIds.filter((id) => !RULE_ID.test(id) || !knownRuleIds.has(id));
    if (ruleIds.length === 0 || bad.length > 0) {
      problems.push({
        line,
        start,
        end,
        message:
          ruleIds.length === 0
            ? {
                zh: `wxgate-${kind} 必须写明规则编号，例如 <!-- wxgate-${kind} law/ad-absolute-term${kind === 'enable' ? '' : ' -- 原因'} -->。`,
                en: `wxgate-${kind} must name the rule ids, e.g. <!-- wxgate-${kind} law/ad-absolute-term${kind === 'enable' ? '' : ' -- reason'} -->.`,
              }
            : unknownIds(bad, knownRuleIds),
      });
      continue;
    }
    if (kind === 'enable') {
      for (const id of ruleIds) {
        const s = open.get(id);
        if (s) {
          s.toLine = line;
          open.delete(id);
        }
      }
      continue;
    }
    if (reason === '') {
      problems.push({
        line,
        start,
        end,
        message: {
          zh: `屏蔽检查必须写明原因：<!-- wxgate-${kind} ${ruleIds.join(', ')} -- 原因 -->。未写原因的注释不生效。`,
          en: `A suppression needs a reason: <!-- wxgate-${kind} ${ruleIds.join(', ')} -- reason -->. Without one it has no effect.`,
        },
      });
      continue;
    }
    const endLine = node.position?.end.line ?? line;
    if (kind === 'disable-next-line') {
      const target = nextContentLine(text, lines, endLine);
      suppressions.push({ ruleIds, reason, line, fromLine: target, toLine: target });
    } else {
      const s: Suppression = { ruleIds, reason, line, fromLine: line, toLine: Number.POSITIVE_INFINITY };
      suppressions.push(s);
      for (const id of ruleIds) open.set(id, s);
    }
  }
  return { suppressions, problems };
}

function nextContentLine(text: string, lines: LineIndex, afterLine: number): number {
  for (let line = afterLine + 1; line <= lines.lineCount; line++) {
    const start = lines.lineStart(line);
    const end = text.indexOf('\n', start);
    if (text.slice(start, end === -1 ? undefined : end).trim() !== '') return line;
  }
  return afterLine + 1;
}

/** The unknown ids, each with the known id it is a typo of, when one is close (`law/ad-absolute-termz`). */
function unknownIds(bad: readonly string[], known: ReadonlySet<string>): LocalizedText {
  const guesses = bad.map((id) => ({ id, guess: didYouMean(id, known) }));
  const zh = guesses.map(({ id, guess }) => (guess ? `${id}（是不是 ${guess}？）` : id));
  const en = guesses.map(({ id, guess }) => (guess ? `${id} (did you mean ${guess}?)` : id));
  return {
    zh: `未知规则编号：${zh.join('、')}。运行 wxgate rules 查看全部规则。`,
    en: `Unknown rule id: ${en.join(', ')}. Run wxgate rules to list them.`,
  };
}
