import { resolve } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { runDoctor } from '../app/doctor.js';
import { planFromPackage, writePlan } from '../app/init.js';
import { formatDoctorText } from '../install/doctor/report.js';
import { InitOptionError } from '../install/plan.js';
import { type Command, parse, UsageError } from './command.js';

const HELP = `Usage: wxgate init [dir] [options]

Creates a clean content repository in dir (default: the current folder): content/ (empty: only the articles you
add are ever published), examples/welcome/ (an example article outside content/, so it can never be published),
policies/ (the default rules, with every company-specific value a CHANGE-ME placeholder), .github/CODEOWNERS,
.github/workflows/ (pull-request checks, the review relay, publish and the quarterly audit) that use wxgate ${pkg.version}
as a versioned dependency — the Action by tag and the CLI at this exact version —, the writing UI (admin/: Decap
CMS, each article a pull request), and a README for editors in Chinese. No wxgate source, tests or developer CI.

It never overwrites a file: when any file it would write exists, it writes nothing and lists them. Then it runs
\`wxgate doctor\` on the result, which lists what is left to fill in.

Options:
  --org <org>              GitHub organisation of the teams (default: a CHANGE-ME placeholder)
  --repo <owner/name>      The repository on GitHub, for the writing UI (default: <org>/CHANGE-ME-repo)
  --account <id>           An account (content/<id>/); repeat for several (default: official)
  --action-owner <owner>   Owner of the wxgate repository whose Action the checks use (default: CHANGE-ME-owner)
  --default-branch <name>  The repository's default branch (default: main)
  -h, --help               Show this help

Exit codes: 0 written (doctor's findings are printed as the next steps) · 2 usage error or existing files.
`;

export const init: Command = {
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parse(args, {
      org: { type: 'string' },
      repo: { type: 'string' },
      account: { type: 'string', multiple: true },
      'action-owner': { type: 'string' },
      'default-branch': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    if (positionals.length > 1) throw new UsageError('init takes at most one folder');
    const target = resolve(io.cwd, positionals[0] ?? '.');
    let files: ReturnType<typeof planFromPackage>;
    try {
      files = planFromPackage(
        {
          ...(values.org === undefined ? {} : { org: String(values.org) }),
          ...(values.repo === undefined ? {} : { repository: String(values.repo) }),
          ...(values.account === undefined ? {} : { accounts: values.account as string[] }),
          ...(values['action-owner'] === undefined ? {} : { actionOwner: String(values['action-owner']) }),
          ...(values['default-branch'] === undefined
            ? {}
            : { defaultBranch: String(values['default-branch']) }),
        },
        pkg.version,
      );
    } catch (error) {
      if (error instanceof InitOptionError) throw new UsageError(error.message);
      throw error;
    }
    const outcome = writePlan(target, files);
    if (!outcome.ok) {
      io.err(
        `wxgate init: ${target} already has ${outcome.existing.length} of the files init writes; nothing was written:\n` +
          outcome.existing.map((p) => `  ${p}\n`).join('') +
          '  (init never overwrites: move them away, or init into an empty folder and copy what you need)\n',
      );
      return 2;
    }
    io.out(`wxgate init: wrote ${outcome.written.length} files to ${target}\n`);
    for (const path of outcome.written) io.out(`  ${path}\n`);
    io.out('\n');
    io.out(formatDoctorText(await runDoctor(target), 'zh-CN'));
    return 0;
  },
};
