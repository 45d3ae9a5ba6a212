import { writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { DEFAULT_JOBS, runCheck } from '../app/check.js';
import { DEFAULT_CACHE_FILE } from '../app/check-cache.js';
import { countSeverities, formatJson } from '../lint/reporters/json.js';
import { formatSarif } from '../lint/reporters/sarif.js';
import { formatText } from '../lint/reporters/text.js';
import { FILE_RULE } from '../lint/runner.js';
import { findRepositoryRoot, rebase } from '../platform/files.js';
import { RULES } from '../rules/index.js';
import { type Command, localeOf, oneOf, parse, UsageError } from './command.js';

const HELP = `Usage: wxgate check [paths...] [options]

Checks Markdown articles (content/<account>/<YYYY-MM-DD>-<slug>/index.md) against the content rules: laws and
WeChat platform rules, reprint attribution, WeChat field limits, typography and readability. A directory means
every *.md file below it except README.md. The verdict is exactly the one the pull-request check gives.
Run from a subfolder, wxgate works on the repository above it (the nearest folder holding policies/) and shows
paths from where you stand; without paths it checks the article folder you are in, else all of content/.

Options:
  --format <text|json|sarif>   Output format (default: text). json is a stable contract; sarif is SARIF 2.1.0
                               for GitHub code scanning.
  --locale <zh-CN|en>          Language of messages (default: $WXGATE_LOCALE, else zh-CN)
  --policies <dir>             Policy directory with wxgate.yml and lexicons/ (default: the repository's policies)
  --output <file>              Write the report to a file instead of standard output
  --jobs <n>                   Processes to check in (default: ${DEFAULT_JOBS}, the available cores). A file over
                               64 KB is always checked in a worker process, under a 20 s budget per file
  --cache                      Reuse the results of files unchanged since the last --cache run: same bytes, same
                               files beside them, same policy directory, locale and wxgate build
  --cache-location <file>      Where --cache keeps results (default: ${DEFAULT_CACHE_FILE}); implies --cache
  --no-color                   Plain text output (also when NO_COLOR is set or output is not a terminal)
  -h, --help                   Show this help

Exit codes: 0 no errors (warnings allowed) · 1 at least one error · 2 usage or configuration error.

Examples:
  wxgate check                                  # everything under content/
  wxgate check content/group/2026-11-20-news    # one article folder
  wxgate check --format sarif --output wxgate.sarif
  wxgate check --cache                          # again after editing one article: only that one is checked
`;

/** Without paths: the article folder the user stands in, else the repository's content/. */
function defaultPath(root: string, cwd: string): string {
  const content = join(root, 'content');
  const inside = relative(content, cwd);
  return inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))
    ? '.'
    : relative(cwd, content) || '.';
}

export const check: Command = {
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parse(args, {
      format: { type: 'string' },
      locale: { type: 'string' },
      policies: { type: 'string' },
      output: { type: 'string' },
      jobs: { type: 'string' },
      cache: { type: 'boolean' },
      'cache-location': { type: 'string' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    const format = oneOf('format', values.format, ['text', 'json', 'sarif'] as const, 'text');
    const locale = localeOf(values.locale, io.env);
    const jobs = values.jobs === undefined ? DEFAULT_JOBS : Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) {
      throw new UsageError(`--jobs must be a whole number ≥ 1 (got "${values.jobs}")`);
    }
    // Run from a subfolder, the repository is the nearest folder above holding policies/: articles are checked
    // by their paths from there (content/<account>/… is what the rules read), and shown from where the user stands.
    const root = findRepositoryRoot(io.cwd) ?? io.cwd;
    const given = positionals.length > 0 ? positionals : [defaultPath(root, io.cwd)];
    const byFull = new Map(given.map((p) => [resolve(io.cwd, p), p]));
    const outcome = await runCheck({
      paths: [...byFull.keys()].map((full) => relative(root, full) || '.'),
      cwd: root,
      policiesDir: resolve(io.cwd, String(values.policies ?? relative(io.cwd, join(root, 'policies')))),
      locale,
      jobs,
      ...(values.cache || values['cache-location'] !== undefined
        ? { cacheFile: resolve(io.cwd, String(values['cache-location'] ?? DEFAULT_CACHE_FILE)) }
        : {}),
    });
    if (outcome.cacheProblem)
      io.err(`wxgate: could not write the cache (${outcome.cacheProblem}); results are complete\n`);
    if (outcome.missing.length > 0) {
      const missing = outcome.missing.map((p) => byFull.get(resolve(root, p)) ?? p);
      throw new UsageError(`no such file or directory: ${missing.join(', ')}`);
    }
    if (outcome.files.length === 0) {
      throw new UsageError(`no Markdown files found in ${given.join(', ')}`);
    }
    for (const file of outcome.files) file.path = rebase(file.path, root, io.cwd);
    const color = !values['no-color'] && !io.env.NO_COLOR && io.isTty && values.output === undefined;
    const report =
      format === 'json'
        ? formatJson(outcome.files)
        : format === 'sarif'
          ? formatSarif(outcome.files, [...RULES.map((r) => r.meta), FILE_RULE], locale, pkg.version)
          : formatText(outcome.files, locale, color);
    if (values.output !== undefined) writeFileSync(resolve(io.cwd, String(values.output)), report);
    else io.out(report);
    return countSeverities(outcome.files).errorCount > 0 ? 1 : 0;
  },
};
