import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest global setup: every wxgate command a test starts keeps its compiled code (src/platform/compile-cache.ts)
 * in a folder of this test run, removed at its end, never in the developer's own ~/.cache. The hundreds of CLI
 * runs of the suite then start from compiled code, and every one of them exercises the cache. A test that names
 * its own WXGATE_COMPILE_CACHE overrides this.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'wxgate-test-compile-cache-'));
  process.env.WXGATE_COMPILE_CACHE ??= dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
