// Bundles the CLI, its check worker and the GitHub Action into one ESM file each: one file loads faster from a
// cold process than hundreds of modules, and the Action must run without `npm install` (dist/ is committed).
//
// The output is deterministic (same sources + same lock file → same bytes; no timestamps, no absolute paths), so
// CI can rebuild and fail when the committed dist/ is stale: test/action/dist.test.ts and
// .github/workflows/check-dist.yml. `node scripts/build.mjs --outdir <dir>` builds elsewhere (that test does).
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const at = process.argv.indexOf('--outdir');
const outdir = at > 0 ? process.argv[at + 1] : 'dist';

// Chunk names carry a content hash, so chunks of an earlier build would stay beside the new ones and be committed
// as dead code: start from an empty folder.
rmSync(outdir, { recursive: true, force: true });

await build({
  entryPoints: { cli: 'src/cli.ts', worker: 'src/lint/worker.ts', action: 'src/action.ts' },
  outdir,
  absWorkingDir: process.cwd(),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Each command and the pattern analysis are loaded on use (dynamic import), so they go to chunks of their own:
  // \`wxgate check\` from a cold process reads a third of the code it would read as one file.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  charset: 'utf8',
  legalComments: 'eof',
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
