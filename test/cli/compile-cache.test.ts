import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledCli, ROOT } from '../support/bundle.js';

/**
 * dist/cli.js keeps V8's compiled code of the CLI bundle between runs (src/platform/compile-cache.ts). These runs
 * use the bundle as `npm run build` makes it, with the cache in a folder of their own; `NODE_DEBUG=wxgate` makes
 * the loader say what it did with the cache.
 */
let cli: string;
beforeAll(() => {
  cli = bundledCli();
}, 60_000);

const ARTICLE = 'content/group/2026-11-12-q3-operating-update/index.md';

function wxgate(args: string[], cache: string) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, WXGATE_COMPILE_CACHE: cache, NODE_DEBUG: 'wxgate', NO_COLOR: '1' },
  });
  const said = r.stderr
    .split('\n')
    .filter((l) => / compile cache /.test(l))
    .map((l) => l.replace(/^WXGATE \d+: /, '').replace(/: \/.*$/, ''));
  return { code: r.status, stdout: r.stdout, said };
}

const cacheFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.v8cache'));

describe('the compile cache of the wxgate command', () => {
  it('is written by the first run of a command and used by the next; the output is the same', () => {
    const cache = mkdtempSync(join(tmpdir(), 'wxgate-cc-'));
    const first = wxgate(['check', ARTICLE, '--format', 'json'], cache);
    expect(first.said).toEqual(['compile cache missing or damaged', 'compile cache written']);
    expect(cacheFiles(cache)).toEqual([expect.stringMatching(/^cli-[0-9a-f]{16}-node.+-check\.v8cache$/)]);
    const second = wxgate(['check', ARTICLE, '--format', 'json'], cache);
    expect(second.said).toEqual(['compile cache used']);
    const off = wxgate(['check', ARTICLE, '--format', 'json'], 'off');
    expect(off.said).toEqual(['compile cache off: WXGATE_COMPILE_CACHE is off']);
    expect(first.code).toBe(off.code);
    expect(second.code).toBe(off.code);
    expect(first.stdout).toBe(off.stdout);
    expect(second.stdout).toBe(off.stdout);
    expect(JSON.parse(second.stdout).files).toHaveLength(1);
  });

  it('a cache place that cannot hold one (a file) only means compiling afresh: same report, same exit code', () => {
    const place = join(mkdtempSync(join(tmpdir(), 'wxgate-cc-')), 'a-file');
    writeFileSync(place, 'not a folder');
    const r = wxgate(['check', ARTICLE, '--format', 'json'], place);
    const off = wxgate(['check', ARTICLE, '--format', 'json'], 'off');
    expect(r.said).toEqual([
      'compile cache missing or damaged',
      'compile cache not written (folder not private or not writable)',
    ]);
    expect(r.code).toBe(off.code);
    expect(r.stdout).toBe(off.stdout);
    expect(readFileSync(place, 'utf8')).toBe('not a folder');
  });

  it('keeps one cache per command, and none for a run that ended in a usage error', () => {
    const cache = mkdtempSync(join(tmpdir(), 'wxgate-cc-'));
    expect(wxgate(['check', '--no-such-option'], cache).code).toBe(2);
    expect(cacheFiles(cache)).toEqual([]);
    expect(wxgate(['rules'], cache).code).toBe(0);
    expect(wxgate(['check', '--help'], cache).code).toBe(0);
    expect(cacheFiles(cache).map((f) => f.replace(/^.*-/, ''))).toEqual(['help.v8cache', 'rules.v8cache']);
  });

  it('keeps nothing from a check whose files went to worker processes: it compiled little of what one file needs', () => {
    const cache = mkdtempSync(join(tmpdir(), 'wxgate-cc-'));
    const dir = mkdtempSync(join(tmpdir(), 'wxgate-cc-work-'));
    // Over 64 KB, a file always gets a worker process (src/app/check.ts).
    writeFileSync(join(dir, 'long.md'), `# 长文\n\n${'这是一段很长的正文。'.repeat(3000)}\n`);
    const r = wxgate(['check', join(dir, 'long.md'), '--policies', join(ROOT, 'policies')], cache);
    expect(r.code).toBe(1); // no front matter: an error, and a normal end
    // The worker process keeps its own compiled code ("worker"); the command keeps none from this run.
    expect(r.said).toContain('compile cache not written (the work ran in worker processes)');
    expect(cacheFiles(cache).filter((f) => f.endsWith('-check.v8cache'))).toEqual([]);
    expect(wxgate(['check', ARTICLE], cache).said).toEqual([
      'compile cache missing or damaged',
      'compile cache written',
    ]);
  });

  it('a damaged cache file, or one V8 will not take, is compiled anew and replaced', () => {
    const cache = mkdtempSync(join(tmpdir(), 'wxgate-cc-'));
    const clean = wxgate(['rules'], cache);
    const [name] = cacheFiles(cache);
    const file = join(cache, name!);
    const bytes = readFileSync(file);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 100) ^ 0xff, bytes.length - 100);
    writeFileSync(file, bytes, { mode: 0o600 });
    const damaged = wxgate(['rules'], cache);
    expect(damaged.said).toEqual(['compile cache missing or damaged', 'compile cache written']);
    expect(damaged.stdout).toBe(clean.stdout);
    expect(wxgate(['rules'], cache).said).toEqual(['compile cache used']);

    // Well-formed (its checksum matches) but not V8's code: V8 refuses it, the run compiles and writes a good one.
    const junk = Buffer.from('not bytecode at all');
    writeFileSync(
      file,
      Buffer.concat([Buffer.from('WXGCC1\n'), createHash('sha256').update(junk).digest(), junk]),
      { mode: 0o600 },
    );
    const refused = wxgate(['rules'], cache);
    expect(refused.said).toEqual(['compile cache refused by V8', 'compile cache written']);
    expect(refused.stdout).toBe(clean.stdout);
    expect(wxgate(['rules'], cache).said).toEqual(['compile cache used']);
  });
});
