import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packageRoot } from '../install/package-root.js';
import { type InitOptions, type PlannedFile, planContentRepo, type SourceFile } from '../install/plan.js';

/** Files under `dir`, recursively, as paths relative to it with forward slashes. */
function filesBelow(dir: string, prefix = ''): SourceFile[] {
  const out: SourceFile[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesBelow(full, `${prefix}${name}/`));
    else out.push({ path: `${prefix}${name}`, bytes: readFileSync(full) });
  }
  return out;
}

/** The files `wxgate init` would write, from the templates and default policies of the installed package. */
export function planFromPackage(options: InitOptions, version: string, root = packageRoot()): PlannedFile[] {
  return planContentRepo(
    options,
    version,
    filesBelow(join(root, 'templates/content-repo')),
    filesBelow(join(root, 'policies')),
  );
}

export type InitOutcome = { ok: true; written: string[] } | { ok: false; existing: string[] };

/**
 * Writes the planned files into `target`, or nothing at all when any of them exists already: init never
 * overwrites a company's file (there is no --force; move the files away or init into an empty folder). Each file is
 * opened with O_EXCL, so even one created meanwhile is never overwritten.
 */
export function writePlan(target: string, files: readonly PlannedFile[]): InitOutcome {
  const existing = files.map((f) => f.path).filter((path) => existsSync(join(target, path)));
  if (existing.length > 0) return { ok: false, existing };
  for (const file of files) {
    const full = join(target, file.path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, file.bytes, { flag: 'wx' });
  }
  return { ok: true, written: files.map((f) => f.path) };
}
