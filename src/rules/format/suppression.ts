import { defineRule } from '../types.js';

/**
 * Malformed suppression comments (no reason, no or unknown rule id). The runner adds "unused suppression"
 * warnings under the same id, since only it knows what was silenced.
 */
export default defineRule({
  meta: {
    id: 'format/suppression',
    description: {
      zh: '屏蔽注释必须写明规则编号和原因，且确实屏蔽了问题',
      en: 'Suppression comments name their rules and a reason, and actually silence something',
    },
    defaultSeverity: 'error',
    source: 'wxgate 审核留痕',
    defaults: {},
  },
  check(_article, { report, suppressions }) {
    for (const p of suppressions.problems) {
      report({ start: p.start, end: p.end, message: p.message });
    }
  },
});
