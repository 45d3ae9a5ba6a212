// Bundles wxgate for running without `npm install` (dist/ is committed; the Action runs dist/action.js as is):
//
// - dist/wxgate.cjs: the CLI and the check worker (src/bundle.ts) as one CommonJS script. Node 20 keeps compiled
//   code only for scripts, not for ES modules, so the CLI can start from the code an earlier run compiled
//   (src/platform/compile-cache.ts);
// - dist/action.cjs: the GitHub Action (src/action/run.ts) as a script of its own, so the CLI never reads its HTTP
//   stack (@actions/core, undici: 0.8 MB);
// - dist/cli.js (the `wxgate` command), dist/worker.js (a check worker) and dist/action.js (the Action): small
//   ES-module loaders that run their script (src/platform/bundle-loader.ts);
// - dist/regex-safety.cjs: the regular-expression analysis (src/lexicon/regex-safety.ts, 1.3 MB, needed only for
//   a pattern a company wrote), required on first use, so a run that does not need it does not read it.
//
// The output is deterministic (same sources + same lock file → same bytes; no timestamps, no absolute paths), so
// CI can rebuild and fail when the committed dist/ is stale: test/action/dist.test.ts and
// .github/workflows/check-dist.yml. `node scripts/build.mjs --outdir <dir>` builds elsewhere (that test does).
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  charset: 'ascii',
});
asciiOnly(join(outdir, 'regex-safety.cjs'));

// Code that finds files beside itself (the worker, the package folder) asks import.meta.url, which a CommonJS file
// does not have: it gets the script's own file URL instead.
async function script(entry, name) {
  await build({
    ...common,
    entryPoints: [entry],
    outfile: join(outdir, name),
    format: 'cjs',
    charset: 'ascii',
    plugins: [regexSafetyApart],
    define: { 'import.meta.url': '__wxgateBundleUrl' },
    banner: { js: "const __wxgateBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  asciiOnly(join(outdir, name));
  // Its loader knows its digest: a new build never reads the compiled code of an old one.
  return createHash('sha256')
    .update(readFileSync(join(outdir, name)))
    .digest('hex')
    .slice(0, 16);
}

/**
 * Makes a script pure ASCII, so every run reads it as a one-byte string without decoding UTF-8 (about 8 ms for
 * 2 MB of mostly-ASCII text on Node 20). esbuild's ascii charset escapes strings, templates and names but leaves
 * regular-expression literals and comments as written; there a \uXXXX escape means the same character (an astral
 * one as its surrogate pair, which a u-flag expression reads as one code point). A character after a backslash
 * would change meaning, so the build stops instead.
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  const escaped = text.replace(/[^\0-\x7f]/gu, (ch, at) => {
    if (text[at - 1] === '\\') throw new Error(`${file}: a non-ASCII character after a backslash at ${at}`);
    let units = '';
    for (let i = 0; i < ch.length; i++) units += `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`;
    return units;
  });
  writeFileSync(file, escaped);
}

async function loader(name, entry, digest) {
  await build({
    ...common,
    entryPoints: { [name]: entry },
    outdir,
    format: 'esm',
    define: { WXGATE_BUNDLE_DIGEST: JSON.stringify(digest) },
    banner: { js: '#!/usr/bin/env node' },
  });
}

const cliDigest = await script('src/bundle.ts', 'wxgate.cjs');
await loader('cli', 'src/cli-loader.ts', cliDigest);
await loader('worker', 'src/worker-loader.ts', cliDigest);
await loader('action', 'src/action-loader.ts', await script('src/action/run.ts', 'action.cjs'));
