import type { RuleExample } from '../../src/docs/rule-examples.js';
import { RULES } from '../../src/rules/index.js';
import type { Locale } from '../../src/text/vocabulary.js';
import { FRONT_MATTER, lint } from '../helpers.js';

const OFFSET = FRONT_MATTER.split('\n').length - 1;

/** `line:column severity message` of the rule's findings on the example, lines counted in the example. */
export function messagesFor(ruleId: string, policy: string, example: RuleExample, locale: Locale): string[] {
  const rule = RULES.find((r) => r.meta.id === ruleId)!;
  return lint(`${FRONT_MATTER}${example.markdown}`, { rules: [rule], policy, locale }).messages.map(
    (m) => `${m.line - OFFSET}:${m.column} ${m.severity} ${m.message}`,
  );
}
