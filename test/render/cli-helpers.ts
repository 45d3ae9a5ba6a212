import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Bundles the CLI the way scripts/build.mjs does, into a private folder: other test files rebuild dist/ at the
 * same time, and a half-written dist/cli.js must never be what a test runs.
 */
export async function buildCli(): Promise<string> {
  const outdir = mkdtempSync(join(tmpdir(), 'wxgate-preview-dist-'));
  await build({
    entryPoints: { cli: join(ROOT, 'src/cli.ts') },
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  return join(outdir, 'cli.js');
}

/** Runs the bundled CLI as users do. */
export function run(cli: string, args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A copy of the repository's content and policies in a temp folder, to run the CLI in. */
export function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wxgate-preview-'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  cpSync(join(ROOT, 'policies'), join(dir, 'policies'), { recursive: true });
  return dir;
}
