/**
 * Scenario tables: every test/scenarios/*.yml is a pull request described as `wxgate explain` reads it, plus
 * `expect` (the FULL JSON verdict, the stable contract) and optionally `expect_text` (lines the Chinese text
 * output must contain) and `policies` (the base-branch policy directory, default fixtures/base). Each runs through
 * the real CLI command, with fixtures/base/CODEOWNERS as the base branch's CODEOWNERS.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import type { Io } from '../../src/commands/command.js';

const ROOT = resolve(import.meta.dirname, '../..');
const DIR = import.meta.dirname;

interface Expectations {
  title: string;
  policies?: string;
  expect: { mergeable: boolean };
  expect_text?: string[];
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = {
    out: (s) => {
      out += s;
    },
    err: (s) => {
      err += s;
    },
    cwd: ROOT,
    isTty: false,
    env: {},
  };
  const code = await main(args, io);
  return { code, out, err };
}

const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.yml'))
  .sort();

describe('scenarios', () => {
  it('there are scenarios to run', () => expect(files.length).toBeGreaterThanOrEqual(30));

  for (const file of files) {
    const path = join(DIR, file);
    const spec = yaml.load(readFileSync(path, 'utf8'), { schema: yaml.CORE_SCHEMA }) as Expectations;
    const args = [
      'explain',
      relative(ROOT, path),
      '--policies',
      relative(ROOT, join(DIR, spec.policies ?? 'fixtures/base')),
      '--codeowners',
      relative(ROOT, join(DIR, 'fixtures/base/CODEOWNERS')),
    ];
    it(`${file.replace(/\.yml$/, '')}: ${spec.title}`, async () => {
      const json = await run([...args, '--format', 'json']);
      expect(json.err).toBe('');
      expect(JSON.parse(json.out)).toEqual(spec.expect);
      expect(json.code).toBe(spec.expect.mergeable ? 0 : 1);
      if (spec.expect_text) {
        const text = await run(args);
        for (const line of spec.expect_text) expect(text.out).toContain(line);
      }
    });
  }
});
