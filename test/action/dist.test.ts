/**
 * dist/ is committed: the Action runs dist/action.js without `npm install`, and the CLI's bin is dist/cli.js. This
 * fails when the dist/ in git differs from a fresh build of the current sources and lock file. Fix: `npm run
 * build`, then `git add dist` and commit it with the source change. (.github/workflows/check-dist.yml checks the
 * same on GitHub.)
 *
 * The comparison is with dist/ as git has it (the index, which is the commit in a fresh clone), not with the files
 * on disk: other tests rebuild dist/ on disk while this one runs, which would hide a stale commit.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { gitSha } from '../github/fake-github.js';
import { companyRepo, REPO_TOKEN, TEAM_TOKEN } from '../github/repo-fixture.js';
import { example } from './payloads.js';

const root = join(import.meta.dirname, '..', '..');
let fresh: string;

beforeAll(() => {
  fresh = mkdtempSync(join(tmpdir(), 'wxgate-dist-'));
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--outdir', fresh], {
    cwd: root,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`the build failed:\n${build.stderr}`);
});
afterAll(() => rmSync(fresh, { recursive: true, force: true }));

/** dist/ files as git has them: name → blob id. */
function committedDist(): Map<string, string> {
  const listed = spawnSync('git', ['ls-files', '--stage', '--', 'dist'], { cwd: root, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  const files = new Map<string, string>();
  for (const line of listed.stdout.split('\n').filter(Boolean)) {
    const [meta = '', path = ''] = line.split('\t');
    files.set(path.replace(/^dist\//, ''), meta.split(' ')[1] ?? '');
  }
  return files;
}

it('dist/ in git is a fresh build of the sources (run `npm run build` and commit dist/)', () => {
  const built = (readdirSync(fresh, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('.js') || f.endsWith('.cjs'))
    .map((f) => f.split('\\').join('/'))
    .sort();
  // Three loaders, the two scripts they run, and the analysis those require on use (scripts/build.mjs).
  expect(built).toEqual(['action.cjs', 'action.js', 'cli.js', 'regex-safety.cjs', 'worker.js', 'wxgate.cjs']);
  const committed = committedDist();
  expect([...committed.keys()].sort(), 'dist/ in git must hold exactly what the build makes').toEqual(built);
  const stale = built.filter((f) => gitSha('blob', readFileSync(join(fresh, f))) !== committed.get(f));
  expect(stale, 'these dist/ files differ from a fresh build: run `npm run build` and commit dist/').toEqual(
    [],
  );
});

it('the committed dist/action.js runs on its own, as the runner starts it (node, ESM, no node_modules)', async () => {
  const work = mkdtempSync(join(tmpdir(), 'wxgate-bundle-'));
  const { gh, head } = companyRepo();
  gh.reviews.set(2, [
    { user: 'bob', state: 'APPROVED', commitId: head, submittedAt: '2026-11-17T02:00:00Z' },
  ]);
  await gh.start();
  try {
    // What the runner has of the action: dist/ as committed (action.js and the script it runs), and the
    // package.json that makes it ESM.
    for (const file of committedDist().keys()) {
      const bundle = spawnSync('git', ['show', `:dist/${file}`], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
      expect(bundle.status, String(bundle.stderr)).toBe(0);
      mkdirSync(dirname(join(work, file)), { recursive: true });
      writeFileSync(join(work, file), bundle.stdout);
    }
    writeFileSync(join(work, 'package.json'), '{"type":"module"}');
    writeFileSync(join(work, 'event.json'), JSON.stringify(example('pull_request', 'opened')));
    writeFileSync(join(work, 'output'), '');
    const { stdout } = await promisify(execFile)(process.execPath, [join(work, 'action.js')], {
      cwd: work,
      env: {
        PATH: process.env.PATH ?? '',
        GITHUB_EVENT_NAME: 'pull_request_target',
        GITHUB_EVENT_PATH: join(work, 'event.json'),
        GITHUB_REPOSITORY: 'Codertocat/Hello-World',
        GITHUB_OUTPUT: join(work, 'output'),
        RUNNER_TEMP: work,
        'INPUT_GITHUB-TOKEN': REPO_TOKEN,
        'INPUT_TEAM-TOKEN': TEAM_TOKEN,
        'INPUT_API-URL': gh.apiUrl,
      },
    });
    expect(stdout).toMatch(/wxgate \/ approvals on [0-9a-f]{7}: success/);
    expect(stdout).not.toContain('::error::');
    expect(gh.checkRuns.map((r) => r.name).sort()).toEqual([
      'wxgate / approvals',
      'wxgate / compliance',
      'wxgate / schedule',
    ]);
    expect(readFileSync(join(work, 'output'), 'utf8')).toMatch(/^mergeable<<(.+)\ntrue\n\1$/m);
  } finally {
    await gh.stop();
    rmSync(work, { recursive: true, force: true });
  }
});
