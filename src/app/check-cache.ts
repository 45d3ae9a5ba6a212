import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImageFacts } from '../article/image-header.js';
import type { FileResult } from '../lint/runner.js';

/** Where `wxgate check --cache` keeps results unless --cache-location says otherwise (beside preview pages). */
export const DEFAULT_CACHE_FILE = join('.wxgate-cache', 'check.json');

/**
 * Results of earlier runs, keyed by content: a file is served from the cache only when its bytes, its path, the
 * names of the files beside it, every file of the policy directory and the wxgate build are all the same as when
 * it was checked. Nothing else goes into a verdict (rules read no clock, network or other file), so a hit is the
 * result a new check would give. The locale is not part of it: results hold their messages in both languages and
 * the reporter picks one, so a cache filled by an English run answers a Chinese one.
 *
 * The cache is an optimisation and never a reason to fail: a missing, unreadable or corrupt file is an empty cache,
 * and a cache that cannot be written is reported by the caller and the run goes on.
 */
export interface CheckCache {
  /** The content key of one article, from its bytes and the names beside it. */
  key(
    path: string,
    bytes: Uint8Array,
    siblings: ReadonlySet<string>,
    images: ReadonlyMap<string, ImageFacts>,
  ): string;
  get(path: string, key: string): FileResult | undefined;
  set(path: string, key: string, result: FileResult): void;
  /** Writes the cache (to a temporary file, then renamed, so a reader never sees half of it). */
  save(): void;
}

interface Stored {
  version: 1;
  /** Hash of the build and policies the entries were made under. */
  context: string;
  entries: Record<string, { key: string; result: FileResult }>;
}

export function openCheckCache(file: string, policiesDir: string): CheckCache {
  const context = sha256(['wxgate-check-cache-2', buildIdentity(), directoryDigest(policiesDir)].join('\0'));
  const stored = read(file);
  const entries = stored?.context === context ? stored.entries : {};
  return {
    key(path, bytes, siblings, images) {
      const hash = createHash('sha256');
      hash
        .update(path)
        .update('\0')
        .update([...siblings].sort().join('\n'))
        .update('\0')
        // A replaced image changes what the image rule says, though the article did not change.
        .update(JSON.stringify([...images].sort(([a], [b]) => (a < b ? -1 : 1))))
        .update('\0')
        .update(bytes);
      return hash.digest('hex');
    },
    get(path, key) {
      const entry = entries[path];
      return entry?.key === key ? entry.result : undefined;
    },
    set(path, key, result) {
      entries[path] = { key, result };
    },
    save() {
      const data: Stored = { version: 1, context, entries };
      mkdirSync(dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(data));
      renameSync(temporary, file);
    },
  };
}

function read(file: string): Stored | undefined {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<Stored>;
    if (data.version !== 1 || typeof data.context !== 'string' || typeof data.entries !== 'object')
      return undefined;
    return data as Stored;
  } catch {
    return undefined;
  }
}

/**
 * The code that made the results: the bundle this module is part of (dist/cli.js), so a new build starts an empty
 * cache. Run from the TypeScript sources (tsx, during development), it is every file of src/ instead, so editing
 * a rule does too.
 */
function buildIdentity(): string {
  const file = fileURLToPath(import.meta.url);
  return file.endsWith('.ts') ? directoryDigest(join(dirname(file), '..')) : sha256(readFileSync(file));
}

/** Names and contents of every file below `dir`, in a stable order: any edit there starts an empty cache. */
function directoryDigest(dir: string): string {
  const hash = createHash('sha256');
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const full = join(at, name);
      if (statSync(full).isDirectory()) walk(full);
      else hash.update(relative(dir, full)).update('\0').update(readFileSync(full)).update('\0');
    }
  };
  walk(dir);
  return hash.digest('hex');
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
