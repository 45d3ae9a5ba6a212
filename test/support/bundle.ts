import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

let built: string | undefined;

/**
 * Bundles the CLI exactly as `npm run build` does, but into a private temp folder: the committed dist/ must only
 * change when someone rebuilds it on purpose, and test files running in parallel must never see a half-written
 * bundle. Returns the folder (cli.js, worker.js, action.js); built once per test file.
 */
export function bundleDir(): string {
  if (!built) {
    built = mkdtempSync(join(tmpdir(), 'wxgate-bundle-'));
    execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--outdir', built], { cwd: ROOT });
  }
  return built;
}

/** Path of the bundled CLI. */
export function bundledCli(): string {
  return join(bundleDir(), 'cli.js');
}
