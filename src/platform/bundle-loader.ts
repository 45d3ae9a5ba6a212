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
} from './compile-cache.js';

/**
 * Runs one of wxgate's CommonJS scripts, built by scripts/build.mjs — dist/wxgate.cjs for dist/cli.js and
 * dist/worker.js, dist/action.cjs for dist/action.js — with the code V8 compiled for it in an earlier run of the
 * same kind when there is some (./compile-cache.ts says where it is kept and why it can be trusted). Scripts, not
 * ES modules, because Node 20 keeps compiled code only for scripts. `NODE_DEBUG=wxgate` says what happened to the
 * cache.
 */

export interface LoadedBundle<Entries> {
  /** What the script exports. */
  entries: Entries;
  /** This run is unlike the next of its kind (its work ran in worker processes): keep no compiled code from it. */
  unlikeNextRun(): void;
}

const debug = debuglog('wxgate');

/**
 * Loads the script at `bundleUrl`. `cacheKey` names the kind of run whose compiled code it reuses and keeps
 * (a command, the worker); undefined uses no cache at all.
 */
export function loadBundle<Entries extends Record<string, unknown>>(
  bundleUrl: URL,
  bundleDigest: string,
  cacheKey: string | undefined,
  expected: readonly (keyof Entries & string)[],
): LoadedBundle<Entries> {
  const bundle = fileURLToPath(bundleUrl);
  // scripts/build.mjs writes the scripts in ASCII alone: read as Latin-1 they need no decoding.
  const source = readFileSync(bundle, 'latin1');
  const setting = cacheKey === undefined ? { off: 'not used here' } : compileCacheSetting(process.env);
  const file =
    'dir' in setting && cacheKey !== undefined
      ? compileCacheFile(setting.dir, bundleDigest, cacheKey)
      : undefined;
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

  let unlike = false;
  if (file !== undefined && !usable) {
    // At exit, so the cache holds everything this run compiled, not only the top level. A run that ended in a
    // usage or configuration error (exit code 2) ran little of its command and is not worth keeping.
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
      if (written) pruneCompileCache(dirname(file), bundleDigest);
    });
  }

  const module = { exports: {} as Partial<Entries> };
  const wrapper = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: unknown,
    filename: string,
    dirname: string,
  ) => void;
  wrapper.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  const missing = expected.filter((name) => typeof module.exports[name] !== 'function');
  if (missing.length > 0) throw new Error(`${bundle} does not export ${missing.join(', ')}`);
  return {
    entries: module.exports as Entries,
    unlikeNextRun: () => {
      unlike = true;
    },
  };
}
