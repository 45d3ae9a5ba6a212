import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';

const ROOT = resolve(import.meta.dirname, '../..');

describe('the pull-request evaluation survives a hostile article', () => {
  it('3,000 nested list items fail compliance with format/file instead of crashing the check', async () => {
    const deep = `---\\ntitle: 标题\\nauthor: 作者\\npublish_at: 2026-11-30T09:30:00+08:00\\ncover: cover.png\\n---\\n\\n${'- '.repeat(3000)}集\\n`;
    const dir = mkdtempSync(join(tmpdir(), 'wxgate-evaluate-'));
    writeFileSync(
      join(dir, 'pr.yml'),
      `now: 2026-11-21T10:00:00+08:00
pr:
  number: 7
  author: alice
  created_at: 2026-11-20T09:00:00+08:00
  labels: []
  head_sha: c0ffee1
  files:
    - path: content/group/2026-11-30-deep/index.md
      content: "${deep}"
reviews: []
`,
    );
    let out = '';
    const code = await main(['explain', join(dir, 'pr.yml'), '--format', 'json'], {
      out: (s) => {
        out += s;
      },
      err: () => {},
      cwd: ROOT,
      isTty: false,
      env: {},
    });
    expect(code).toBe(1);
    expect(JSON.parse(out).checks.compliance).toEqual({ status: 'fail', errorCount: 1, warningCount: 0 });
  });
});
