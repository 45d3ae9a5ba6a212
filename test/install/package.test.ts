/**
 * The npm package is what a company runs: `npm pack` holds the bundled CLI, the default policies and the templates
 * and none of wxgate's source or tests, and from the unpacked tarball alone — no node_modules anywhere, as after
 * `npm install --ignore-scripts` of a package without runtime installs — `wxgate init`, `new` and `check` work.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { bundleDir, ROOT } from '../support/bundle.js';
import { filesIn, tempDir } from './helpers.js';

let unpacked: string;
let files: string[];

beforeAll(() => {
  const out = tempDir('wxgate-pack-');
  // --ignore-scripts: no `prepack` rebuild of the committed dist/ from inside a test.
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out], {
      cwd: ROOT,
      encoding: 'utf8',
    }),
  ) as { filename: string }[];
  mkdirSync(join(out, 'unpacked'));
  execFileSync('tar', ['-xzf', join(out, packed[0]!.filename), '-C', join(out, 'unpacked')]);
  unpacked = join(out, 'unpacked/package');
  files = filesIn(unpacked);
  // The committed dist/ is rebuilt by whoever merges (test/action/dist.test.ts fails until it matches the sources);
  // the package is judged with the bundle of these sources, built exactly as `npm run build` does.
  rmSync(join(unpacked, 'dist'), { recursive: true });
  cpSync(bundleDir(), join(unpacked, 'dist'), { recursive: true });
}, 60_000);

function cli(args: string[], cwd: string) {
  const ran = spawnSync(process.execPath, [join(unpacked, 'dist/cli.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, NO_COLOR: '1', HOME: cwd },
  });
  return { code: ran.status, stdout: ran.stdout, stderr: ran.stderr };
}

describe('the npm package', () => {
  it('holds the CLI bundle, the policies and the templates, and none of the source, tests or developer CI', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'dist/cli.js',
        'dist/action.js',
        'policies/wxgate.yml',
        'templates/content-repo/.github/CODEOWNERS',
        'templates/content-repo/.github/workflows/pr-checks.yml',
        'templates/content-repo/.github/workflows/publish.yml',
        'templates/content-repo/gitignore',
      ]),
    );
    expect(files.filter((f) => /^(src|test|scripts|\.github|node_modules)\//.test(f))).toEqual([]);
  });

  it('runs init, new and check from the unpacked tarball without node_modules', () => {
    const work = tempDir('wxgate-pack-run-');
    expect(readdirSync(resolve(work, '..')).includes('node_modules')).toBe(false);
    const init = cli(['init', 'repo', '--org', 'acme', '--account', 'group'], work);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    const repo = join(work, 'repo');
    expect(filesIn(repo)).toContain('.github/workflows/pr-checks.yml');

    const made = cli(
      ['new', 'group', 'hello', '--date', '2027-05-06', '--title', '你好', '--author', '市场部'],
      repo,
    );
    expect(made.code, made.stderr).toBe(0);
    const checked = cli(['check', '--jobs', '1'], repo);
    expect(checked.stdout).toContain('1 个文件全部通过');
    expect(checked.code, checked.stderr).toBe(0);
    const example = cli(['check', 'examples', '--jobs', '1'], repo);
    expect(example.code, example.stdout).toBe(0);
  }, 30_000);

  it('is released only by the tag of its version (scripts/release-check.mjs)', () => {
    const wrong = spawnSync(process.execPath, [join(ROOT, 'scripts/release-check.mjs'), 'v9.9.9'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(wrong.status).toBe(1);
    // The only problem is the tag: the package's contents and action.yml pass.
    expect(wrong.stderr).toBe(
      `not ready to release v9.9.9:\n  - tag v9.9.9 is not v${pkg.version}, the version in package.json\n`,
    );
  }, 30_000);
});
