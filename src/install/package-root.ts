import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of the installed wxgate package: the nearest folder above this module whose package.json names
 * wxgate. It holds `templates/` and `policies/` (package.json "files"). This code runs from src/install/ (tests)
 * or from dist/wxgate.cjs (the bundle), so the folder is searched for, not assumed.
 */
export function packageRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && isWxgate(manifest)) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`wxgate's package folder is not above ${from}`);
    dir = parent;
  }
}

function isWxgate(manifest: string): boolean {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'wxgate';
  } catch {
    return false;
  }
}
