import { writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { DEFAULT_JOBS, runCheck } from '../app/check.js';
import { DEFAULT_CACHE_FILE } from '../app/check-cache.js';
import { type FileFix, runFix, unifiedDiff } from '../app/fix.js';
import { countSeverities, formatJson } from '../lint/reporters/json.js';
import { formatSarif } from '../lint/reporters/sarif.js';
import { formatText } from '../lint/reporters/text.js';
import { FILE_RULE, type FileResult } from '../lint/runner.js';
import { RULES } from '../rules/index.js';
import type { Locale } from '../text/vocabulary.js';
import { type Command, defineCommand, localeOf, oneOf, UsageError } from './command.js';
import { repositoryOf } from './repository.js';

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
                               files beside them, same policy directory and wxgate build (in either locale)
  --cache-location <file>      Where --cache keeps results (default: ${DEFAULT_CACHE_FILE}); implies --cache
  --fix                        Make the safe typography fixes in the files (spaces between Chinese and Latin
                               words or numbers, full-width punctuation, repeated punctuation, invisible
                               characters in prose), then report what is left. Never changes code, URLs, link
                               targets, HTML tags or front matter keys, and never a compliance finding
  --fix-dry-run                Show the fixes --fix would make as a unified diff; change nothing. Exit 1 when
                               there is something to fix
  --no-color                   Plain text output (also when NO_COLOR is set or output is not a terminal)
  -h, --help                   Show this help

Exit codes: 0 no errors (warnings allowed) · 1 at least one error · 2 usage or configuration error.

Examples:
  wxgate check                                  # everything under content/
  wxgate check content/group/2026-11-20-news    # one article folder
  wxgate check --format sarif --output wxgate.sarif
  wxgate check --cache                          # again after editing one article: only that one is checked
  wxgate check --fix-dry-run content/group      # what --fix would change, as a diff
`;

/** Without paths: the article folder the user stands in, else the repository's content/. */
function defaultPath(root: string, cwd: string): string {
  const content = join(root, 'content');
  const inside = relative(content, cwd);
  return inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))
    ? '.'
    : relative(cwd, content) || '.';
}

export const check: Command = defineCommand(
  HELP,
  {
    format: { type: 'string' },
    locale: { type: 'string' },
    policies: { type: 'string' },
    output: { type: 'string' },
    jobs: { type: 'string' },
    cache: { type: 'boolean' },
    'cache-location': { type: 'string' },
    'no-color': { type: 'boolean' },
    fix: { type: 'boolean' },
    'fix-dry-run': { type: 'boolean' },
  },
  async ({ values, positionals }, io) => {
    const format = oneOf('format', values.format, ['text', 'json', 'sarif'] as const, 'text');
    const locale = localeOf(values.locale, io.env);
    const jobs = values.jobs === undefined ? DEFAULT_JOBS : Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) {
      throw new UsageError(`--jobs must be a whole number ≥ 1 (got "${values.jobs}")`);
    }
    if (values.fix && values['fix-dry-run'])
      throw new UsageError('use either --fix or --fix-dry-run, not both');
    // Run from a subfolder, the repository is the nearest folder above holding policies/: articles are checked
    // by their paths from there (content/<account>/… is what the rules read), and shown from where the user stands.
    const repository = repositoryOf(io);
    const root = repository.root;
    const given = positionals.length > 0 ? positionals : [defaultPath(root, io.cwd)];
    const byFull = new Map(given.map((p) => [resolve(io.cwd, p), p]));
    const paths = [...byFull.keys()].map((full) => relative(root, full) || '.');
    const policiesDir = repository.policiesDir(values.policies);
    const asGiven = (missing: readonly string[]) => missing.map((p) => byFull.get(resolve(root, p)) ?? p);
    const fromUser = (files: FileResult[]) => files.map((f) => ({ ...f, path: repository.shown(f.path) }));
    const write = (text: string) =>
      values.output !== undefined
        ? writeFileSync(resolve(io.cwd, String(values.output)), text)
        : io.out(text);
    const report = (files: FileResult[]) => {
      const color = !values['no-color'] && !io.env.NO_COLOR && io.isTty && values.output === undefined;
      write(
        format === 'json'
          ? formatJson(files, locale)
          : format === 'sarif'
            ? formatSarif(files, [...RULES.map((r) => r.meta), FILE_RULE], locale, pkg.version)
            : formatText(files, locale, color),
      );
      return countSeverities(files).errorCount > 0 ? 1 : 0;
    };
    if (values.fix || values['fix-dry-run']) {
      const run = await runFix({ paths, cwd: root, policiesDir });
      requireFiles(asGiven(run.missing), run.files.length, positionals);
      if (values['fix-dry-run']) {
        write(unifiedDiff(run.changes));
        io.err(fixSummary(run.changes, locale, false));
        return run.changes.length > 0 ? 1 : 0;
      }
      const failed = writeFixes(run.changes, root);
      for (const problem of failed) io.err(`wxgate: could not write the fixes to ${problem}\n`);
      if (failed.length > 0) return 2;
      io.err(fixSummary(run.changes, locale, true));
      return report(fromUser(run.files));
    }
    const outcome = await runCheck({
      paths,
      cwd: root,
      policiesDir,
      jobs,
      ...(values.cache || values['cache-location'] !== undefined
        ? { cacheFile: resolve(io.cwd, String(values['cache-location'] ?? DEFAULT_CACHE_FILE)) }
        : {}),
    });
    // The rules and the parser ran in the workers: a compile cache of this process would lack them.
    if (outcome.workers > 0) io.unlikeNextRun?.();
    if (outcome.cacheProblem)
      io.err(`wxgate: could not write the cache (${outcome.cacheProblem}); results are complete\n`);
    requireFiles(asGiven(outcome.missing), outcome.files.length, positionals);
    return report(fromUser(outcome.files));
  },
);

function requireFiles(missing: readonly string[], found: number, positionals: readonly string[]): void {
  if (missing.length > 0) throw new UsageError(`no such file or directory: ${missing.join(', ')}`);
  // A new content repository has no article yet: `wxgate check` there passes. An explicit path without Markdown
  // files is a mistake in the command.
  if (found === 0 && positionals.length > 0) {
    throw new UsageError(`no Markdown files found in ${positionals.join(', ')}`);
  }
}

/** Writes every fixed file; returns the files that could not be written, and why (the others are written). */
function writeFixes(changes: readonly FileFix[], cwd: string): string[] {
  const failed: string[] = [];
  for (const change of changes) {
    try {
      writeFileSync(resolve(cwd, change.path), change.after);
    } catch (error) {
      failed.push(`${change.path}: ${(error as Error).message}`);
    }
  }
  return failed;
}

function fixSummary(changes: readonly FileFix[], locale: Locale, written: boolean): string {
  const count = changes.reduce((n, c) => n + c.applied, 0);
  if (count === 0) return locale === 'en' ? 'wxgate: nothing to fix.\n' : 'wxgate：没有可自动修正的问题。\n';
  const files = changes.length;
  if (locale === 'en') {
    const what = `${count} typography problem${count === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`;
    return written ? `wxgate: fixed ${what}.\n` : `wxgate: --fix would fix ${what}.\n`;
  }
  return written
    ? `wxgate：已自动修正 ${files} 个文件中的 ${count} 处排版问题。\n`
    : `wxgate：--fix 将修正 ${files} 个文件中的 ${count} 处排版问题。\n`;
}
