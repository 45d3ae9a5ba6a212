// Bundles wxgate for running without `npm install` (dist/ is committed; the Action runs dist/action.js as is):
//
// - dist/wxgate.cjs: all of wxgate (src/bundle.ts) as one CommonJS script. Node 20 keeps compiled code only for
//   scripts, not for ES modules, so the CLI can start from the code an earlier run compiled
//   (src/platform/compile-cache.ts);
// - dist/cli.js (the `wxgate` command), dist/worker.js (a check worker) and dist/action.js (the GitHub Action):
//   small ES-module loaders that run their part of that script (src/platform/bundle-loader.ts);
// - dist/regex-safety.cjs: the regular-expression analysis (src/lexicon/regex-safety.ts, 1.3 MB, needed only for
//   a pattern a company wrote), required on first use, so a run that does not need it does not read it.
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

// Start from an empty folder, so no file of an earlier build stays beside the new ones.
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

/**
 * In the script, src/lexicon/regex-safety-loader.ts becomes a `require` of dist/regex-safety.cjs. The analysis
 * imports only its own packages, so a bundle of its own shares no module state with the rest.
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

// Code that finds files beside itself (the worker, the package folder) asks import.meta.url, which a CommonJS file
// does not have: it gets the script's own file URL instead.
await build({
  ...common,
  entryPoints: ['src/bundle.ts'],
  outfile: join(outdir, 'wxgate.cjs'),
  format: 'cjs',
  plugins: [regexSafetyApart],
  define: { 'import.meta.url': '__wxgateBundleUrl' },
  banner: { js: "const __wxgateBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
});

// The loaders know the script's digest: a new build never reads the compiled code of an old one.
const digest = createHash('sha256')
  .update(readFileSync(join(outdir, 'wxgate.cjs')))
  .digest('hex')
  .slice(0, 16);
await build({
  ...common,
  entryPoints: { cli: 'src/cli-loader.ts', worker: 'src/worker-loader.ts', action: 'src/action-loader.ts' },
  outdir,
  format: 'esm',
  define: { WXGATE_BUNDLE_DIGEST: JSON.stringify(digest) },
  banner: { js: '#!/usr/bin/env node' },
});
