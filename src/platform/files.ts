import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist']);

/**
 * Expands the paths a user gave into Markdown files: a directory means every `*.md` below it except README.md; a
 * file is taken as given (even if it is not Markdown, so a wrong file gets a clear error, not a silent skip).
 * Paths are returned relative to `cwd`, with forward slashes, sorted.
 */
export function collectMarkdownFiles(
  paths: readonly string[],
  cwd: string,
): { files: string[]; missing: string[] } {
  const files = new Set<string>();
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) walk(full);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && isArticleName(entry.name)) {
        files.add(toPosix(relative(cwd, full)));
      }
    }
  };
  for (const p of paths) {
    const full = join(cwd, p);
    let stat: ReturnType<typeof statSync> | undefined;
    try {
      stat = statSync(full);
    } catch {
      missing.push(p);
      continue;
    }
    if (stat.isDirectory()) walk(full);
    else files.add(toPosix(relative(cwd, full)));
  }
  return { files: [...files].sort(), missing };
}

/** Names of the files beside an article (its images and cover). */
export function siblingFiles(dir: string): Set<string> {
  try {
    return new Set(
      readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => e.name),
    );
  } catch {
    return new Set();
  }
}

/** Markdown files are articles, except the READMEs that explain a folder. */
function isArticleName(name: string): boolean {
  return name.endsWith('.md') && name.toLowerCase() !== 'readme.md';
}

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}
