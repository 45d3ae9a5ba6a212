// Bundles wxgate for running without `npm install` (dist/ is committed; the Action runs dist/action.js as is):
//
// - dist/cli.js, the `wxgate` command: a small loader (src/cli-loader.ts) that runs dist/wxgate.cjs, the whole CLI
//   in one CommonJS file, with the code V8 compiled for it in an earlier run (src/platform/compile-cache.ts). Node
//   20 keeps compiled code only for scripts, not for ES modules, so the CLI is a CommonJS script. The regular-
//   expression analysis (src/lexicon/regex-safety.ts, 1.3 MB, needed only for a pattern a company wrote) is
//   dist/regex-safety.cjs beside it, required on use, so a run that does not need it does not read it;
// - dist/worker.js (the check worker) and dist/action.js (the GitHub Action): ES modules whose code loaded on use
//   goes to chunks/ of its own.
//
// The output is deterministic (same sources + same lock file → same bytes; no timestamps, no absolute paths), so
// CI can rebuild and fail when the committed dist/ is stale: test/action/dist.test.ts and
// .github/workflows/check-dist.yml. `node scripts/build.mjs --outdir <dir>` builds elsewhere (that test does).
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const at = process.argv.indexOf('--outdir');
const outdir = at > 0 ? process.argv[at + 1] : 'dist';

// Chunk names carry a content hash, so chunks of an earlier build would stay beside the new ones and be committed
// as dead code: start from an empty folder.
rmSync(outdir, { recursive: true, force: true });

const common = {
  absWorkingDir: process.cwd(),
  bundle: true,
  platform: 'node',
  target: 'node20',
  charset: 'utf8',
  legalComments: 'eof',
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: { worker: 'src/app/check-worker.ts', action: 'src/action.ts' },
  outdir,
  format: 'esm',
  // Each command and the pattern analysis are loaded on use (dynamic import), so they go to chunks of their own.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  banner: {
    js: "import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);",
  },
});

// The CLI in one script. Code that finds files beside itself (the worker, the package folder) asks import.meta.url,
// which a CommonJS file does not have: it gets the bundle's own file URL instead.
/**
 * In the CLI's script, src/lexicon/regex-safety-loader.ts becomes a `require` of dist/regex-safety.cjs. The analysis
 * imports only its own packages, so a bundle of its own shares no module state with the CLI.
 */
const regexSafetyApart = {
  name: 'regex-safety-apart',
  setup(on) {
    on.onResolve({ filter: /\/regex-safety-loader\.js$/ }, () => ({
      path: 'regex-safety-loader',
      namespace: 'apart',
    }));
    on.onLoad({ filter: /.*/, namespace: 'apart' }, () => ({
      contents: "export const loadRegexSafety = async () => require('./regex-safety.cjs');",
      loader: 'js',
    }));
    on.onResolve({ filter: /^\.\/regex-safety\.cjs$/ }, (args) => ({ path: args.path, external: true }));
  },
};
await build({
  ...common,
  entryPoints: ['src/lexicon/regex-safety.ts'],
  outfile: join(outdir, 'regex-safety.cjs'),
  format: 'cjs',
});
await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: join(outdir, 'wxgate.cjs'),
  format: 'cjs',
  plugins: [regexSafetyApart],
  define: { 'import.meta.url': '__wxgateBundleUrl' },
  banner: { js: "const __wxgateBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
});

const digest = createHash('sha256')
  .update(readFileSync(join(outdir, 'wxgate.cjs')))
  .digest('hex')
  .slice(0, 16);
await build({
  ...common,
  entryPoints: { cli: 'src/cli-loader.ts' },
  outdir,
  format: 'esm',
  define: { WXGATE_BUNDLE_DIGEST: JSON.stringify(digest) },
  banner: { js: '#!/usr/bin/env node' },
});
