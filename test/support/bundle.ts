import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

let built: string | undefined;

/** Every input of the build: the sources, the build script and the exact dependency versions. */
function buildInputsDigest(): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile())
        hash
          .update(`${path}\0`)
          .update(readFileSync(join(ROOT, path)))
          .update('\0');
    }
  };
  walk('src');
  for (const file of ['scripts/build.mjs', 'package-lock.json']) hash.update(readFileSync(join(ROOT, file)));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Bundles the CLI exactly as `npm run build` does, but into a private temp folder: the committed dist/ must only
 * change when someone rebuilds it on purpose. The folder is named by a digest of the build's inputs, so the test
 * files of one run (and later runs over the same sources) share one build instead of each running esbuild; it is
 * written under another name and renamed into place, so a test file never sees a half-written bundle. Returns the
 * folder (cli.js, worker.js, action.js, wxgate.cjs, regex-safety.cjs).
 */
export function bundleDir(): string {
  if (built) return built;
  const cache = join(tmpdir(), 'wxgate-test-bundles');
  const target = join(cache, buildInputsDigest());
  if (!existsSync(join(target, 'cli.js'))) {
    mkdirSync(cache, { recursive: true });
    const scratch = mkdtempSync(join(cache, 'building-'));
    execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--outdir', scratch], { cwd: ROOT });
    try {
      renameSync(scratch, target);
    } catch {
      // Another test file finished the same build first: theirs is identical (the build is deterministic).
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  built = target;
  return built;
}

/** Path of the bundled CLI. */
export function bundledCli(): string {
  return join(bundleDir(), 'cli.js');
}
