import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compilePattern,
  loadCodeowners,
  ownerRuleFor,
  parseCodeowners,
  parseOwner,
} from '../../src/governance/codeowners.js';

/** GitHub's own example file, verbatim from "About code owners" (github/docs at 6a7b334). */
const DOCS_EXAMPLE = readFileSync(resolve(import.meta.dirname, 'fixtures/github-docs-CODEOWNERS'), 'utf8');

function ownersOf(text: string, path: string): string[] | undefined {
  const rule = ownerRuleFor({ file: 'CODEOWNERS', ...parseCodeowners(text) }, path);
  return rule?.owners.map((o) => o.text);
}

describe('GitHub documentation examples, one pattern at a time (as each comment describes it)', () => {
  // [line of the example, paths it must own, paths it must not]
  const cases: [string, string[], string[]][] = [
    ['*       @global-owner1 @global-owner2', ['README.md', 'src/a/b.ts', '.github/x'], []],
    ['*.js    @js-owner #This is an inline comment.', ['a.js', 'src/deep/b.js'], ['a.jsx', 'a.ts']],
    ['*.go docs@example.com', ['main.go', 'cmd/x/main.go'], ['main.goo']],
    ['*.txt @octo-org/octocats', ['a.txt', 'x/y/z.txt'], ['a.txt.bak']],
    [
      '/build/logs/ @doctocat',
      ['build/logs/a.log', 'build/logs/deep/b.log'],
      ['build/logs', 'x/build/logs/a.log'],
    ],
    [
      'docs/*  docs@example.com',
      ['docs/getting-started.md'],
      ['docs/build-app/troubleshooting.md', 'x/docs/a.md'],
    ],
    ['apps/ @octocat', ['apps/a.js', 'src/apps/b/c.js'], ['apps', 'myapps/a.js']],
    ['/docs/ @doctocat', ['docs/a.md', 'docs/build-app/troubleshooting.md'], ['src/docs/a.md']],
    ['/scripts/ @doctocat @octocat', ['scripts/deploy.sh', 'scripts/a/b.sh'], ['tools/scripts/x.sh']],
    ['**/logs @octocat', ['build/logs/a', 'scripts/logs/b', 'deeply/nested/logs/c', 'logs/d'], ['logsx/a']],
  ];
  for (const [line, owned, notOwned] of cases) {
    it(line, () => {
      for (const p of owned) expect(ownersOf(line, p), p).toBeDefined();
      for (const p of notOwned) expect(ownersOf(line, p), p).toBeUndefined();
    });
  }

  it('owners on one line are alternatives, kept in order', () => {
    expect(ownersOf('/scripts/ @doctocat @octocat', 'scripts/x.sh')).toEqual(['@doctocat', '@octocat']);
    expect(ownersOf('*       @global-owner1 @global-owner2', 'a')).toEqual([
      '@global-owner1',
      '@global-owner2',
    ]);
  });

  it('an inline comment is not an owner', () => {
    expect(ownersOf('*.js    @js-owner #This is an inline comment.', 'a.js')).toEqual(['@js-owner']);
  });

  it('a pattern with no owners makes its paths unowned (/apps/ @octocat, then /apps/github)', () => {
    const text = '/apps/ @octocat\n/apps/github\n';
    expect(ownersOf(text, 'apps/github/readme.md')).toEqual([]);
    expect(ownersOf(text, 'apps/other/readme.md')).toEqual(['@octocat']);
  });

  it('a later line with its own owner replaces the earlier one (/apps/github @doctocat)', () => {
    const text = '/apps/ @octocat\n/apps/github @doctocat\n';
    expect(ownersOf(text, 'apps/github/readme.md')).toEqual(['@doctocat']);
    expect(ownersOf(text, 'apps/other/readme.md')).toEqual(['@octocat']);
  });
});

describe('the whole GitHub example file: the last matching line wins', () => {
  const table: [string, string[]][] = [
    ['README.md', ['@global-owner1', '@global-owner2']],
    ['src/app.js', ['@js-owner']],
    ['main.go', ['docs@example.com']],
    ['notes.txt', ['@octo-org/octocats']],
    // /build/logs/ (@doctocat) is overridden by the later **/logs (@octocat).
    ['build/logs/a.txt', ['@octocat']],
    // docs/* (e-mail) is overridden by the later /docs/ (@doctocat).
    ['docs/getting-started.md', ['@doctocat']],
    ['docs/build-app/troubleshooting.md', ['@doctocat']],
    ['src/apps/a.js', ['@octocat']],
    ['scripts/deploy.sh', ['@doctocat', '@octocat']],
    ['deeply/nested/logs/x.go', ['@octocat']],
    ['apps/github/a.js', ['@doctocat']],
    ['apps/web/a.js', ['@octocat']],
  ];
  for (const [path, owners] of table) {
    it(path, () => expect(ownersOf(DOCS_EXAMPLE, path)).toEqual(owners));
  }

  it('parses without errors and keeps the line numbers', () => {
    const { rules, errors } = parseCodeowners(DOCS_EXAMPLE);
    expect(errors).toEqual([]);
    expect(rules.map((r) => [r.line, r.pattern])).toEqual([
      [8, '*'],
      [14, '*.js'],
      [19, '*.go'],
      [25, '*.txt'],
      [30, '/build/logs/'],
      [35, 'docs/*'],
      [39, 'apps/'],
      [44, '/docs/'],
      [48, '/scripts/'],
      [53, '**/logs'],
      [58, '/apps/'],
      [59, '/apps/github'],
      [64, '/apps/'],
      [65, '/apps/github'],
    ]);
  });

  it('gives each owner its kind', () => {
    expect(parseOwner('@octo-org/octocats')).toEqual({
      kind: 'team',
      team: 'octo-org/octocats',
      text: '@octo-org/octocats',
    });
    expect(parseOwner('@js-owner')).toEqual({ kind: 'user', login: 'js-owner', text: '@js-owner' });
    expect(parseOwner('docs@example.com')).toEqual({
      kind: 'email',
      email: 'docs@example.com',
      text: 'docs@example.com',
    });
    expect(parseOwner('user')).toBeUndefined();
    expect(parseOwner('@-bad')).toBeUndefined();
  });
});

describe('pattern matching at the edges', () => {
  // pattern → { path: matches? }
  const table: [string, Record<string, boolean>][] = [
    [
      'foo',
      {
        foo: true,
        'foo/bar': true,
        'bar/foo': true,
        'bar/foo/baz': true,
        'foo.txt': false,
        'bar/baz': false,
      },
    ],
    ['/foo', { foo: true, 'foo/bar': true, 'bar/foo': false, 'fool.txt': false }],
    ['foo/', { foo: false, 'foo/bar': true, 'bar/foo/baz': true }],
    ['/foo/', { foo: false, 'foo/bar': true, 'bar/foo/baz': false }],
    ['foo/bar', { 'foo/bar': true, 'foo/bar/baz': true, 'baz/foo/bar': false, 'foo/bart': false }],
    ['foo/bar/', { 'foo/bar': false, 'foo/bar/baz': true, 'baz/foo/bar/qux': false }],
    ['*', { foo: true, 'foo/bar': true, 'a/b/c': true }],
    ['/*', { foo: true, 'foo/bar': false }],
    ['/*/', { foo: false, 'foo/bar': true, 'a/b/c': true }],
    ['f*', { foo: true, 'foo/bar': true, 'bar/foo': true, xfoo: false }],
    ['/f*', { foo: true, 'foo/bar': true, 'bar/foo': false }],
    ['foo/*', { 'foo/bar': true, 'foo/bar/baz': false, foo: false, 'bar/foo/baz': false }],
    ['foo/*.txt', { 'foo/a.txt': true, 'foo/a/b.txt': false, 'x/foo/a.txt': false }],
    ['foo/*/baz', { 'foo/bar/baz': true, 'foo/bar/baz/qux': true, 'foo/baz': false }],
    ['f?o', { foo: true, fo: false, fooo: false }],
    ['f\\*o', { 'f*o': true, foo: false }],
    ['**/foo/bar', { 'foo/bar': true, 'x/foo/bar': true, 'x/foo/bar/y': true, 'foo/x/bar': false }],
    ['foo/**', { foo: false, 'foo/a': true, 'foo/a/b': true }],
    ['foo/**/bar', { 'foo/bar': true, 'foo/x/bar': true, 'foo/x/y/bar/z': true, 'x/foo/bar': false }],
    ['**/*bar*', { bar: true, 'foo/rebar': true, 'a/b/barrio': true }],
    ['/content/group/', { 'content/group/2026-11-20-a/index.md': true, 'content/groups/a.md': false }],
    ['*.md', { 'README.md': true, 'content/a/index.md': true, 'a.mdx': false }],
    ['/', { a: false, 'a/b': false }],
    // Paths are case sensitive, as on GitHub.
    ['/Docs/', { 'docs/a.md': false, 'Docs/a.md': true }],
    // Chinese paths are ordinary characters.
    ['/content/集团/', { 'content/集团/a.md': true, 'content/集/a.md': false }],
  ];
  for (const [pattern, paths] of table) {
    it(pattern, () => {
      const match = compilePattern(pattern);
      for (const [path, expected] of Object.entries(paths))
        expect(match(path), `${pattern} vs ${path}`).toBe(expected);
    });
  }
});

describe('invalid lines are reported with their line number and skipped', () => {
  it('negation, ranges, an escaped #, three asterisks and bad owners', () => {
    const text = [
      '* @acme/market',
      '!content/secret/ @acme/x',
      'content/[ab]/ @acme/y',
      '\\#notes @acme/z',
      'content/***/x @acme/q',
      '/content/bu1/ user',
      '/content/bu2/ @acme/bu2 #comment @acme/ignored',
      '',
    ].join('\n');
    const { rules, errors } = parseCodeowners(text);
    expect(errors.map((e) => [e.line, e.message])).toEqual([
      [2, 'negation (!) is not supported in CODEOWNERS'],
      [3, 'character ranges ([ ]) are not supported in CODEOWNERS'],
      [4, 'escaping a leading # with \\ is not supported: GitHub reads this line as a comment'],
      [5, 'a pattern cannot contain three consecutive asterisks'],
      [6, 'invalid owner "user": use @user, @org/team or an e-mail address'],
    ]);
    expect(rules.map((r) => [r.line, r.pattern, r.owners.map((o) => o.text)])).toEqual([
      [1, '*', ['@acme/market']],
      [7, '/content/bu2/', ['@acme/bu2']],
    ]);
    // The skipped line does not take the path: the earlier * still owns it.
    expect(ownersOf(text, 'content/bu1/a.md')).toEqual(['@acme/market']);
    expect(ownersOf(text, 'content/secret/a.md')).toEqual(['@acme/market']);
  });

  it('reads CRLF files and comment lines with leading spaces', () => {
    const { rules, errors } = parseCodeowners('  # comment\r\n* @a\r\n');
    expect(errors).toEqual([]);
    expect(rules.map((r) => r.line)).toEqual([2]);
  });
});

describe('which file is used', () => {
  it('.github/CODEOWNERS, then CODEOWNERS, then docs/CODEOWNERS: the first that exists, only that one', () => {
    expect(
      loadCodeowners({ 'docs/CODEOWNERS': '* @c', CODEOWNERS: '* @b', '.github/CODEOWNERS': '* @a' }).file,
    ).toBe('.github/CODEOWNERS');
    const root = loadCodeowners({ 'docs/CODEOWNERS': '* @c', CODEOWNERS: '/x/ @b' });
    expect(root.file).toBe('CODEOWNERS');
    // docs/CODEOWNERS is not merged in: y/ stays unowned.
    expect(ownerRuleFor(root, 'y/a')).toBeUndefined();
    expect(loadCodeowners({ 'docs/CODEOWNERS': '* @c' }).file).toBe('docs/CODEOWNERS');
    expect(loadCodeowners({}).file).toBeUndefined();
  });

  it('an explicitly chosen file under another path is used when none of the three is given', () => {
    expect(loadCodeowners({ 'fixtures/CODEOWNERS': '* @a' }).file).toBe('fixtures/CODEOWNERS');
  });
});
