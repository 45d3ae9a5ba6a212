import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compileCacheFile,
  compileCacheSetting,
  pruneCompileCache,
  readCompileCache,
  writeCompileCache,
} from '../../src/platform/compile-cache.js';

const home = () => '/home/author';
const scratch = () => mkdtempSync(join(tmpdir(), 'wxgate-compile-cache-'));
const CODE = Buffer.from('compiled code, as V8 would hand it over');

describe('where the compile cache lives', () => {
  it('in the user cache folder by default, XDG_CACHE_HOME first, or where WXGATE_COMPILE_CACHE says', () => {
    expect(compileCacheSetting({}, home)).toEqual({ dir: '/home/author/.cache/wxgate' });
    expect(compileCacheSetting({ XDG_CACHE_HOME: '/var/cache/author' }, home)).toEqual({
      dir: '/var/cache/author/wxgate',
    });
    expect(compileCacheSetting({ WXGATE_COMPILE_CACHE: '/srv/wxgate-cache' }, home)).toEqual({
      dir: '/srv/wxgate-cache',
    });
  });

  it('off when asked, and on CI machines unless a folder is named', () => {
    for (const value of ['off', 'OFF', '0', 'false', 'no']) {
      expect(compileCacheSetting({ WXGATE_COMPILE_CACHE: value }, home)).toEqual({
        off: 'WXGATE_COMPILE_CACHE is off',
      });
    }
    expect(compileCacheSetting({ CI: 'true' }, home)).toEqual({ off: 'CI is set' });
    expect(compileCacheSetting({ CI: 'false' }, home)).toEqual({ dir: '/home/author/.cache/wxgate' });
    expect(compileCacheSetting({ CI: 'true', WXGATE_COMPILE_CACHE: '/tmp/c' }, home)).toEqual({
      dir: '/tmp/c',
    });
    const homeless = () => {
      throw new Error('ENOENT: no such user');
    };
    expect(compileCacheSetting({}, homeless)).toEqual({ off: 'no home folder' });
  });

  it('one file per bundle, Node release, platform and command; odd command words share one', () => {
    const file = compileCacheFile('/c', '0123456789abcdef', 'check');
    expect(file).toBe(
      join('/c', `cli-0123456789abcdef-node${process.versions.node}-${process.arch}-check.v8cache`),
    );
    expect(compileCacheFile('/c', '0123456789abcdef', '../../etc/passwd')).toMatch(/-other\.v8cache$/);
    expect(compileCacheFile('/c', '0123456789abcdef', 'content/a.md')).toMatch(/-other\.v8cache$/);
  });
});

describe('reading and writing it', () => {
  it('gives back what was written, from a folder it made private', () => {
    const dir = join(scratch(), 'made');
    const file = join(dir, 'x.v8cache');
    expect(writeCompileCache(file, dir, CODE)).toBe(true);
    expect(readCompileCache(file)).toEqual(CODE);
    if (process.platform !== 'win32') {
      expect(statSync(dir).mode & 0o077).toBe(0);
      expect(statSync(file).mode & 0o077).toBe(0);
    }
  });

  it('ignores a file that is missing, damaged or not its own format', () => {
    const dir = scratch();
    const file = join(dir, 'x.v8cache');
    expect(readCompileCache(file)).toBeUndefined();
    writeCompileCache(file, dir, CODE);
    const bytes = readFileSync(file);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
    writeFileSync(file, bytes, { mode: 0o600 });
    expect(readCompileCache(file)).toBeUndefined();
    writeFileSync(file, CODE, { mode: 0o600 });
    expect(readCompileCache(file)).toBeUndefined();
    writeFileSync(file, '', { mode: 0o600 });
    expect(readCompileCache(file)).toBeUndefined();
  });

  it.skipIf(process.platform === 'win32')(
    'uses nothing others can write, and writes nowhere others can',
    () => {
      const dir = scratch();
      const file = join(dir, 'x.v8cache');
      writeCompileCache(file, dir, CODE);
      chmodSync(file, 0o666);
      expect(readCompileCache(file)).toBeUndefined();
      const shared = join(scratch(), 'shared');
      mkdirSync(shared, { mode: 0o777 });
      chmodSync(shared, 0o777);
      expect(writeCompileCache(join(shared, 'x.v8cache'), shared, CODE)).toBe(false);
      const notAFolder = join(scratch(), 'a-file');
      writeFileSync(notAFolder, 'x');
      expect(writeCompileCache(join(notAFolder, 'x.v8cache'), notAFolder, CODE)).toBe(false);
      expect(readCompileCache(join(notAFolder, 'x.v8cache'))).toBeUndefined();
    },
  );
});

describe('housekeeping', () => {
  it('removes files of other builds and Node releases a week old, and keeps recent ones and its own', () => {
    const dir = scratch();
    const mine = compileCacheFile(dir, '1111111111111111', 'check');
    const files = {
      mine,
      myOtherCommand: compileCacheFile(dir, '1111111111111111', 'rules'),
      oldBuild: compileCacheFile(dir, '0000000000000000', 'check'),
      otherInstall: compileCacheFile(dir, '2222222222222222', 'check'),
      strayTemp: `${compileCacheFile(dir, '0000000000000000', 'rules')}.4242.tmp`,
      notOurs: join(dir, 'notes.txt'),
    };
    for (const path of Object.values(files)) writeFileSync(path, 'x');
    const now = Date.now();
    const weeksAgo = new Date(now - 8 * 24 * 3600 * 1000);
    for (const path of [files.myOtherCommand, files.oldBuild, files.strayTemp, files.notOurs]) {
      utimesSync(path, weeksAgo, weeksAgo);
    }
    pruneCompileCache(dir, '1111111111111111', now);
    expect(
      Object.entries(files)
        .filter(([, path]) => existsSync(path))
        .map(([name]) => name),
    ).toEqual(['mine', 'myOtherCommand', 'otherInstall', 'notOurs']);
    expect(readdirSync(dir)).toHaveLength(4);
  });
});
