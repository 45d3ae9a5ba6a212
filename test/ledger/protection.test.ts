import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ledgerProtectionWarnings } from '../../src/commands/ledger-protection.js';
import { missingRules, protectionWarning } from '../../src/ledger/protection.js';

const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

/** GitHub's "rules for a branch" endpoint, answering `rules` (or `status` without a body). */
async function github(rules: unknown, status = 200) {
  const asked: string[] = [];
  const server = createServer((req, res) => {
    asked.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`);
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(status === 200 ? rules : { message: 'Not Found' }));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  closers.push(() => server.close());
  const env = {
    GITHUB_TOKEN: 'ghs_jobtoken',
    GITHUB_REPOSITORY: 'acme/content',
    GITHUB_API_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
  };
  return { env, asked };
}

const log = () => {
  const lines: string[] = [];
  return {
    lines,
    logger: { info: (l: string) => lines.push(l), warn: (l: string) => lines.push(`warn ${l}`) },
  };
};

describe('the ledger branch protection', () => {
  it('names each recommended rule GitHub does not list for the branch', () => {
    expect(missingRules([{ type: 'deletion' }, { type: 'required_signatures' }])).toEqual([
      'non_fast_forward',
      'update',
    ]);
    expect(missingRules([{ type: 'deletion' }, { type: 'non_fast_forward' }, { type: 'update' }])).toEqual(
      [],
    );
    expect(protectionWarning('wxgate-ledger', [])).toBeUndefined();
    expect(protectionWarning('wxgate-ledger', ['non_fast_forward'])).toMatch(
      /^发布账本分支 wxgate-ledger 缺少保护规则（Block force pushes）.* the ledger branch wxgate-ledger lacks ruleset rules: Block force pushes\./,
    );
  });

  it('reads the rules with the job token: an unprotected branch is a warning, a protected one none', async () => {
    const bare = await github([]);
    const l = log();
    const warnings = await ledgerProtectionWarnings(bare.env, 'wxgate-ledger', l.logger, { throttle: false });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('Restrict deletions, Block force pushes, Restrict updates');
    expect(bare.asked).toEqual([
      'GET /repos/acme/content/rules/branches/wxgate-ledger?per_page=100 token ghs_jobtoken',
    ]);
    const ruled = await github([
      { type: 'deletion', ruleset_id: 1 },
      { type: 'non_fast_forward', ruleset_id: 1 },
      { type: 'update', ruleset_id: 1, parameters: { update_allows_fetch_and_merge: false } },
    ]);
    expect(await ledgerProtectionWarnings(ruled.env, 'wxgate-ledger', l.logger, { throttle: false })).toEqual(
      [],
    );
  });

  it('says nothing it cannot back: no token, or GitHub will not answer', async () => {
    const l = log();
    expect(await ledgerProtectionWarnings({}, 'wxgate-ledger', l.logger)).toEqual([]);
    const hidden = await github(undefined, 404);
    expect(
      await ledgerProtectionWarnings(hidden.env, 'wxgate-ledger', l.logger, { throttle: false }),
    ).toEqual([]);
    expect(l.lines.join('\n')).toMatch(/the rules of wxgate-ledger could not be read .*not checked/);
  });
});
