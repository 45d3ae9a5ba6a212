/**
 * `wxgate doctor` offline: what it finds in a content repository's own files, where, and that each finding says
 * how to fix it. Starts from a repository `wxgate init` made and filled in (which passes), then breaks one thing.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { placeholderFindings } from '../../src/install/doctor/placeholders.js';
import { workflowVersionFindings } from '../../src/install/doctor/workflow-versions.js';
import { ROOT } from '../support/bundle.js';
import { fillPlaceholders, initRepo, wx } from './helpers.js';

interface JsonFinding {
  check: string;
  severity: 'problem' | 'note';
  file?: string;
  line?: number;
  message: { zh: string; en: string };
  fix: { zh: string; en: string };
}

const V = pkg.version;

/** A filled-in repository with accounts group and pharma, and a way to run doctor on it after one edit. */
let dir: string;
beforeAll(async () => {
  dir = (await initRepo(['--org', 'acme', '--account', 'group', '--account', 'pharma'])).dir;
  fillPlaceholders(dir);
});

async function doctorAfter(
  path: string,
  edit: (text: string) => string,
): Promise<{ code: number; findings: JsonFinding[] }> {
  const full = join(dir, path);
  const before = readFileSync(full, 'utf8');
  const after = edit(before);
  expect(after, `the edit of ${path} changed nothing`).not.toBe(before);
  writeFileSync(full, after);
  try {
    const ran = await wx(['doctor', dir, '--format', 'json'], dir);
    const report = JSON.parse(ran.stdout) as { findings: JsonFinding[]; problems: number };
    return { code: ran.code, findings: report.findings.filter((f) => f.severity === 'problem') };
  } finally {
    writeFileSync(full, before);
  }
}

describe('wxgate doctor offline', () => {
  it('passes the filled-in repository, with the publishing switches as notes', async () => {
    const ran = await wx(['doctor', dir, '--format', 'json'], dir);
    const report = JSON.parse(ran.stdout) as { findings: JsonFinding[]; problems: number };
    expect(report.problems).toBe(0);
    expect(report.findings.map((f) => f.check)).toEqual(['publishing-switch', 'publishing-switch']);
    expect(ran.code).toBe(0);
  });

  it('lists each placeholder once, at its first place, with every other file and line', () => {
    const findings = placeholderFindings(
      new Map([
        [
          'a.yml',
          '# CHANGE-ME-org in a comment does not count\nteam: CHANGE-ME-org/x\nother: CHANGE-ME-org/y # CHANGE-ME-repo\n',
        ],
        ['b.yml', 'app_id: wx-CHANGE-ME-group\nowner: CHANGE-ME-org/z\n'],
      ]),
    );
    expect(findings.map((f) => [f.file, f.line, f.message.en])).toEqual([
      ['a.yml', 2, 'placeholder CHANGE-ME-org not filled in (3 places; also a.yml:3, b.yml:2)'],
      ['b.yml', 1, 'placeholder wx-CHANGE-ME-group not filled in'],
    ]);
    expect(findings[0]!.fix.en).toContain('GitHub organisation');
    expect(findings[1]!.fix.en).toContain('AppID');
  });

  it('reports an account whose secret the publish step is not given, at the account', async () => {
    const { code, findings } = await doctorAfter('.github/workflows/publish.yml', (t) =>
      t.replace(/^\s+WECHAT_SECRET_PHARMA: .*\n/m, ''),
    );
    expect(code).toBe(1);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ check: 'publish-secret-mapping', file: 'policies/accounts.yml' });
    expect(findings[0]!.line).toBe(lineOf('policies/accounts.yml', /^ {2}pharma:/));
    expect(findings[0]!.fix.en).toContain(`WECHAT_SECRET_PHARMA: \${{ secrets.WECHAT_SECRET_PHARMA }}`);
  });

  it('reports a policy mistake with its file, line and field', async () => {
    const { code, findings } = await doctorAfter('policies/accounts.yml', (t) =>
      t.replace('publishing: disabled', 'publishing: yes'),
    );
    expect(code).toBe(1);
    const policy = findings.find((f) => f.check === 'policy')!;
    expect(policy.file).toBe('policies/accounts.yml');
    expect(policy.line).toBe(lineOf('policies/accounts.yml', /publishing: disabled/));
    expect(policy.message.en).toContain('must be enabled or disabled');
  });

  it('reports an account without a collection in the writing UI, and a collection without an account', async () => {
    const { findings } = await doctorAfter('admin/config.yml', (t) =>
      t.replace('folder: content/pharma', 'folder: content/pharmacy'),
    );
    expect(findings.map((f) => [f.check, f.message.en])).toEqual([
      [
        'cms-collection',
        'the writing UI has no collection for account pharma: authors cannot write for it in the browser',
      ],
      [
        'cms-collection',
        "the writing UI's collection pharma (content/pharmacy) belongs to no account: its articles are never published",
      ],
    ]);
  });

  it('reports a content folder that is no account, and an account whose articles have no owner', async () => {
    const stray = join(dir, 'content/grop');
    mkdirSync(stray, { recursive: true });
    try {
      const { findings } = await doctorAfter('.github/CODEOWNERS', (t) =>
        t.replace(/^\/content\/pharma\/ .*$/m, '/content/pharma/'),
      );
      expect(findings.map((f) => [f.check, f.file, f.message.en])).toEqual([
        [
          'account-folder',
          'content/grop',
          'content/grop/ is no account of policies/accounts.yml: its articles are never published',
        ],
        [
          'account-owners',
          '.github/CODEOWNERS',
          `the articles of account pharma have no code owner in .github/CODEOWNERS (line ${lineOf('.github/CODEOWNERS', /^\/content\/pharma\//)} names none)`,
        ],
      ]);
    } finally {
      rmSync(stray, { recursive: true });
    }
  });

  it('reports a missing CODEOWNERS', async () => {
    const path = join(dir, '.github/CODEOWNERS');
    const text = readFileSync(path, 'utf8');
    rmSync(path);
    try {
      const ran = await wx(['doctor', dir, '--locale', 'en'], dir);
      expect(ran.stdout).toContain('no CODEOWNERS file: nobody owns the articles');
      expect(ran.code).toBe(1);
    } finally {
      writeFileSync(path, text);
    }
  });

  it('rejects a usage mistake with exit code 2', async () => {
    await expect(wx(['doctor', dir, '--format', 'xml'], dir)).resolves.toMatchObject({ code: 2 });
    await expect(wx(['doctor', dir, '--online'], dir)).resolves.toMatchObject({ code: 2 });
  });

  function lineOf(path: string, pattern: RegExp): number {
    return (
      readFileSync(join(dir, path), 'utf8')
        .split('\n')
        .findIndex((l) => pattern.test(l)) + 1
    );
  }
});

describe('workflow versions', () => {
  const pinned = new Map([
    ['.github/workflows/pr-checks.yml', `    steps:\n      - uses: acme/wxgate@v${V}\n`],
    ['.github/workflows/publish.yml', `      - run: npm install --prefix x wxgate@${V}\n`],
  ]);

  it('accepts the Action by version tag or commit id and the package at the same exact version', () => {
    expect(workflowVersionFindings(pinned)).toEqual([]);
    const sha = new Map(pinned).set(
      '.github/workflows/pr-checks.yml',
      `      - uses: acme/wxgate@${'a'.repeat(40)}\n`,
    );
    expect(workflowVersionFindings(sha)).toEqual([]);
  });

  it.each([
    ['the Action at a branch', 'pr-checks.yml', '      - uses: acme/wxgate@main\n'],
    ['the package at latest', 'publish.yml', '      - run: npx --yes wxgate@latest check\n'],
    ['the package at a range', 'publish.yml', '      - run: npm install wxgate@^0.1.0\n'],
    ['the package without a version', 'publish.yml', '      - run: npx --yes wxgate check\n'],
  ])('reports %s, at its line (a comment does not count)', (_name, file, text) => {
    const workflows = new Map(pinned).set(
      `.github/workflows/${file}`,
      `# uses: acme/wxgate@main in a comment\n${text}`,
    );
    const findings = workflowVersionFindings(workflows);
    expect(findings[0]).toMatchObject({
      check: 'workflow-version',
      file: `.github/workflows/${file}`,
      line: 2,
    });
  });

  it('reports that no workflow runs the Action', () => {
    const withoutChecks = new Map(pinned);
    withoutChecks.delete('.github/workflows/pr-checks.yml');
    expect(workflowVersionFindings(withoutChecks).map((f) => f.check)).toEqual(['workflow-missing']);
  });

  it('reports workflows that use different releases', () => {
    const mixed = new Map(pinned).set(
      '.github/workflows/publish.yml',
      '      - run: npm install wxgate@9.9.9\n',
    );
    const findings = workflowVersionFindings(mixed);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message.en).toBe(`the workflows use different wxgate releases: ${V}, 9.9.9`);
  });
});

describe('fix texts', () => {
  it('point at sections of docs/setup.md that exist, with the title they name', () => {
    const docs = readFileSync(join(ROOT, 'docs/setup.md'), 'utf8');
    const dir = join(ROOT, 'src/install/doctor');
    const cited = readdirSync(dir).flatMap((name) => [
      ...readFileSync(join(dir, name), 'utf8').matchAll(
        /docs\/setup\.md, section (\d+)(?:, \\?"([^"\\]+)\\?")?/g,
      ),
    ]);
    expect(cited.length).toBeGreaterThan(3);
    for (const [, number, title] of cited) {
      const heading = docs.split('\n').find((l) => l.startsWith(`## ${number}. `));
      expect(heading, `section ${number}`).toBeDefined();
      if (title) expect(heading).toContain(title);
    }
  });
});
