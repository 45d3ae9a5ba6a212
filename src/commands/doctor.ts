import { resolve } from 'node:path';
import { runDoctor } from '../app/doctor.js';
import { formatDoctorJson, formatDoctorText, problemCount } from '../install/doctor/report.js';
import type { Locale } from '../lint/types.js';
import { type Command, oneOf, parse, UsageError } from './command.js';

const HELP = `Usage: wxgate doctor [dir] [options]

Checks a content repository (default: the current folder) and says how to fix each problem.

Offline (always): values still to fill in (CHANGE-ME), the policies and CODEOWNERS, the wxgate version of every
workflow (a release, never main or latest, the same in all of them), every account's secret passed to the publish
step, the writing UI's collections, and each account's publishing switch.


Options:
  --format <text|json>     Output format (default: text)
  --locale <zh-CN|en>      Language (default: zh-CN)
  -h, --help               Show this help

Exit codes: 0 no problems (notes allowed) · 1 problems found · 2 usage error.
`;

export const doctor: Command = {
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parse(args, {
      format: { type: 'string' },
      locale: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    if (positionals.length > 1) throw new UsageError('doctor takes at most one folder');
    const format = oneOf('format', values.format, ['text', 'json'] as const, 'text');
    const locale = oneOf<Locale>('locale', values.locale, ['zh-CN', 'en'], 'zh-CN');
    const root = resolve(io.cwd, positionals[0] ?? '.');
    const report = await runDoctor(root);
    io.out(format === 'json' ? formatDoctorJson(report) : formatDoctorText(report, locale));
    return problemCount(report) > 0 ? 1 : 0;
  },
};
