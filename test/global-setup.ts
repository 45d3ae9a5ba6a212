import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** CLI tests run the real bundle, exactly as users do: build it once before the suite. */
export default function setup(): void {
  execFileSync(process.execPath, [resolve(import.meta.dirname, '../scripts/build.mjs')], { stdio: 'inherit' });
}
