import { FILE_RULE } from '../lint/runner.js';
import { RULES } from '../rules/index.js';
import { type Command, defineCommand, localeOf, oneOf } from './command.js';

const HELP = `Usage: wxgate rules [--format text|json] [--locale zh-CN|en]

Lists every rule: id, default severity, description and the law, platform rule or rule-book clause it enforces.
Severities and options are set per rule in policies/wxgate.yml under "rules:".
`;

export const rules: Command = defineCommand(
  HELP,
  {
    format: { type: 'string' },
    locale: { type: 'string' },
  },
  async ({ values }, io) => {
    const format = oneOf('format', values.format, ['text', 'json'] as const, 'text');
    const locale = localeOf(values.locale, io.env);
    const metas = [...RULES.map((r) => r.meta), FILE_RULE];
    if (format === 'json') {
      io.out(`${JSON.stringify(metas, null, 2)}\n`);
      return 0;
    }
    for (const m of metas) {
      const description = locale === 'en' ? m.description.en : m.description.zh;
      io.out(`${m.id.padEnd(30)} ${m.defaultSeverity.padEnd(8)} ${description}  [${m.source}]\n`);
    }
    return 0;
  },
);
