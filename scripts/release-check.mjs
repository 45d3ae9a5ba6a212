#!/usr/bin/env node
// Checks that this checkout can be released as the tag `v<version>`: the tag names package.json's version (the
// templates of `wxgate init` pin the Action to `@v<version>` and the CLI to `wxgate@<version>`, so they must be
// the same release), the npm package holds what a company repository runs (dist/cli.js with the CLI's script,
// dist/action.js, the default policies, the templates) and none of wxgate's source, tests or developer workflows,
// and action.yml is valid YAML that runs the committed bundle. That dist/ is the fresh build of these sources is checked by the release workflow
// (`npm run build` then `git diff --exit-code -- dist`), as check-dist.yml does for every change.
//
// Usage: node scripts/release-check.mjs [tag]   (default: $GITHUB_REF_NAME). Exit 0 ready, 1 not ready, 2 usage.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

const root = join(import.meta.dirname, '..');
const tag = process.argv[2] ?? process.env.GITHUB_REF_NAME;
if (!tag) {
  process.stderr.write(
    'usage: node scripts/release-check.mjs <tag>   (e.g. v0.1.0; default $GITHUB_REF_NAME)\n',
  );
  process.exit(2);
}
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const problems = [];
if (tag !== `v${version}`) problems.push(`tag ${tag} is not v${version}, the version in package.json`);

// What `npm pack` would put in the package (--ignore-scripts: no rebuild here; the workflow built already).
const packed = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }),
)[0].files.map((f) => f.path);
for (const needed of [
  'dist/cli.js',
  'dist/wxgate.cjs',
  'dist/regex-safety.cjs',
  'dist/action.js',
  'dist/action.cjs',
  'policies/wxgate.yml',
  'templates/content-repo/.github/workflows/pr-checks.yml',
  'templates/content-repo/.github/workflows/publish.yml',
  'templates/content-repo/policies/accounts.yml',
]) {
  if (!packed.includes(needed)) problems.push(`the package lacks ${needed}`);
}
for (const path of packed) {
  if (/^(src|test|scripts|\.github)\//.test(path)) problems.push(`the package must not hold ${path}`);
}
// GitHub refuses an action.yml it cannot parse, and then no tag of wxgate works as an Action.
try {
  const action = yaml.load(readFileSync(join(root, 'action.yml'), 'utf8'));
  if (action?.runs?.main !== 'dist/action.js') problems.push('action.yml does not run dist/action.js');
} catch (error) {
  problems.push(`action.yml is not valid YAML: ${error.message.split('\n')[0]}`);
}

if (problems.length > 0) {
  process.stderr.write(`not ready to release ${tag}:\n${problems.map((p) => `  - ${p}\n`).join('')}`);
  process.exit(1);
}
process.stdout.write(`ready to release ${tag}: ${packed.length} files in the package\n`);
