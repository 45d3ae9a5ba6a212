import { basename, dirname, join } from 'node:path';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { MAX_ARTICLE_BYTES } from '../article/decode.js';
import { loadPolicies } from '../config/load.js';
import { fixArticle } from '../lint/fix.js';
import type { FileResult, LintSetup } from '../lint/runner.js';
import { collectMarkdownFiles, readArticleFile, siblingFiles } from '../platform/files.js';
import { RULES } from '../rules/index.js';
import { checkFile } from './check.js';

export interface FixRequest {
  paths: readonly string[];
  cwd: string;
  policiesDir: string;
}

/** One file the fixes change: its text before and after (the caller writes `after`, or shows the diff). */
export interface FileFix {
  path: string;
  before: string;
  after: string;
  /** Fixes applied. */
  applied: number;
}

export interface FixRun {
  /** Files that change, in path order. */
  changes: FileFix[];
  /** What is left to report in every file once the fixes are made. */
  files: FileResult[];
  /** Paths the user named that do not exist. */
  missing: string[];
}

/**
 * `wxgate check --fix` without the writing: every article is read, fixed in memory until nothing fixable is left
 * (src/lint/fix.ts) and checked again. Files are checked in this process, one at a time: fixing is an author's
 * command on their own articles, not the pull-request check. A file that cannot be read is reported, never fixed.
 */
export async function runFix(request: FixRequest): Promise<FixRun> {
  const { files, missing } = collectMarkdownFiles(request.paths, request.cwd);
  const loaded = await loadPolicies(request.policiesDir, RULES);
  const setup: LintSetup = { rules: RULES, ...loaded };
  const changes: FileFix[] = [];
  const results: FileResult[] = [];
  for (const path of [...files].sort()) {
    const full = join(request.cwd, path);
    const read = readArticleFile(dirname(full), basename(full), MAX_ARTICLE_BYTES);
    if (!read.ok) {
      results.push(checkFile(request.cwd, path, setup));
      continue;
    }
    const fixed = fixArticle(path, read.bytes, setup, siblingFiles(dirname(full)));
    results.push(fixed.result);
    if (fixed.applied > 0) {
      const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(read.bytes);
      changes.push({ path, before, after: fixed.text, applied: fixed.applied });
    }
  }
  return { changes, files: results, missing };
}

/** The changes as one unified diff, paths as git shows them (`a/…`, `b/…`). */
export function unifiedDiff(changes: readonly FileFix[]): string {
  return changes
    .map((c) =>
      createTwoFilesPatch(`a/${c.path}`, `b/${c.path}`, c.before, c.after, '', '', {
        context: 3,
        headerOptions: FILE_HEADERS_ONLY,
      }).replace(/^((?:---|\+\+\+) .*)\t$/gm, '$1'),
    )
    .join('');
}
