import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { debuglog } from 'node:util';
import { Script } from 'node:vm';
import {
  compileCacheFile,
  compileCacheSetting,
  pruneCompileCache,
  readCompileCache,
  writeCompileCache,
} from './platform/compile-cache.js';

/**
 * dist/cli.js, the `wxgate` command: loads the CLI bundle (dist/wxgate.cjs, all of src/cli.ts in one CommonJS
 * file) with the code V8 compiled for it in an earlier run of the same command, and runs it. See
 * src/platform/compile-cache.ts for where that code is kept and why it can be trusted. `NODE_DEBUG=wxgate` says
 * what happened to the cache.
 */

/** SHA-256 prefix of dist/wxgate.cjs, written in by scripts/build.mjs: a new build never reads an old cache. */
declare const WXGATE_BUNDLE_DIGEST: string;

const debug = debuglog('wxgate');
const bundle = fileURLToPath(new URL('./wxgate.cjs', import.meta.url));
const source = readFileSync(bundle, 'utf8');
const setting = compileCacheSetting(process.env);
const command = process.argv.slice(2).some((a) => a === '--help' || a === '-h')
  ? 'help'
  : (process.argv[2] ?? 'help');
const file = 'dir' in setting ? compileCacheFile(setting.dir, WXGATE_BUNDLE_DIGEST, command) : undefined;
const cached = file === undefined ? undefined : readCompileCache(file);

const script = new Script(Module.wrap(source), {
  filename: bundle,
  ...(cached ? { cachedData: cached } : {}),
});
const usable = cached !== undefined && !script.cachedDataRejected;
debug(
  'off' in setting
    ? `compile cache off: ${setting.off}`
    : usable
      ? `compile cache used: ${file}`
      : `compile cache ${cached ? 'refused by V8' : 'missing or damaged'}: ${file}`,
);

/** The command said its run is unlike the next one (its work ran in worker processes): keep nothing from it. */
let unlike = false;
if (file !== undefined && !usable) {
  // At exit, so the cache holds everything this run compiled, not only the top level. A run that ended in a usage
  // or configuration error (exit code 2) ran little of the command and is not worth keeping.
  process.on('exit', (code) => {
    if (code !== 0 && code !== 1) return;
    if (unlike) {
      debug(`compile cache not written (the work ran in worker processes): ${file}`);
      return;
    }
    const written = writeCompileCache(file, dirname(file), script.createCachedData());
    debug(
      `compile cache ${written ? 'written' : 'not written (folder not private or not writable)'}: ${file}`,
    );
    if (written) pruneCompileCache(dirname(file), WXGATE_BUNDLE_DIGEST);
  });
}

const module = { exports: {} as { runAsProgram?: (hooks: { unlikeNextRun(): void }) => void } };
const wrapper = script.runInThisContext() as (
  exports: unknown,
  require: NodeJS.Require,
  module: unknown,
  filename: string,
  dirname: string,
) => void;
wrapper.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
if (typeof module.exports.runAsProgram !== 'function') throw new Error(`${bundle} exports no runAsProgram`);
module.exports.runAsProgram({
  unlikeNextRun: () => {
    unlike = true;
  },
});
