import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledCli, ROOT } from '../support/bundle.js';

export { ROOT };

/** The bundled CLI, built into a private folder (see test/support/bundle.ts). */
export async function buildCli(): Promise<string> {
  return bundledCli();
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
