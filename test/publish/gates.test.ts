import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadPublishSetup } from '../../src/app/publish.js';
import { isEmulatorAppId } from '../../src/publish/start-gate.js';
import { ACCOUNTS_YML, publishIn, SAMPLES, SECRETS, START, simulation } from './helpers.js';

/**
 * The two conditions before wxgate sends a new article (src/publish/start-gate.ts), on an account whose app id is
 * of WeChat's form — the demo accounts (wx-demo-…) only ever reach the emulator and are left alone.
 */
const REAL_APP_ID = 'wx1234567890abcdef';
const Q3 = 'group/2026-11-12-q3-operating-update';
const later = (minutes: number) => new Date(Date.parse(START) + minutes * 60_000).toISOString();

function accountsYml(publishing?: string): string {
  const group = ACCOUNTS_YML.replace('app_id: wx-demo-group', `app_id: ${REAL_APP_ID}`);
  return publishing === undefined
    ? group
    : group.replace(
        '    publish_method: freepublish\n',
        `    publish_method: freepublish\n    publishing: ${publishing}\n`,
      );
}

/** A content repository whose merges happened at `mergedAt` (what git records as the commit time). */
async function world(
  articles: Parameters<typeof simulation>[0],
  yml: string,
  mergedAt = '2026-11-10T09:00:00+08:00',
) {
  vi.stubEnv('GIT_COMMITTER_DATE', mergedAt);
  try {
    const f = await simulation(articles, { accountsYml: yml });
    f.wechat.upsertAccount({
      appid: REAL_APP_ID,
      secret: SECRETS.WECHAT_SECRET_GROUP,
      type: 'service',
      verified: true,
    });
    return f;
  } finally {
    vi.unstubAllEnvs();
  }
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('publishing is off until the company turns it on', () => {
  it('a real account without "publishing: enabled" sends nothing and writes nothing; the run is not a failure', async () => {
    const f = await world([{ from: SAMPLES.q3 }], accountsYml());
    const run = await publishIn(f, f.clone(), { now: START });
    expect(run.exitCode).toBe(0);
    expect(run.outcomes[0]?.result).toBe(
      `publishing is not enabled for account group: nothing is sent until ${f.clone()}/policies/accounts.yml says "publishing: enabled" for it (or the repository variable WXGATE_PUBLISHING is "enabled")`,
    );
    expect(run.outcomes[0]?.text?.zh).toBe(
      `账号 group 尚未开启发布：在 ${f.clone()}/policies/accounts.yml 中为它写上 "publishing: enabled"（或把仓库变量 WXGATE_PUBLISHING 设为 "enabled"）之前，不会发送任何内容`,
    );
    expect(f.wechat.calls()).toEqual([]);
    expect(f.record(Q3)).toBeUndefined();
    // WXGATE_PUBLISHING=enabled turns it on for every account.
    const on = await publishIn(f, f.clone(), { now: later(5), publishingForAll: true });
    expect(on.outcomes[0]?.state).toBe('published');
  });

  it('"publishing: enabled" on the account turns it on; any other value is a configuration error naming the line', async () => {
    const f = await world([{ from: SAMPLES.q3 }], accountsYml('enabled'));
    expect((await publishIn(f, f.clone(), { now: START })).outcomes[0]?.state).toBe('published');
    const bad = await world([{ from: SAMPLES.q3 }], accountsYml('yes'));
    await expect(loadPublishSetup(bad.clone(), `${bad.clone()}/policies`)).rejects.toMatchObject({
      name: 'ConfigurationError',
      file: expect.stringMatching(/policies\/accounts\.yml$/),
      line: 8,
      field: 'accounts.group.publishing',
    });
    await expect(loadPublishSetup(bad.clone(), `${bad.clone()}/policies`)).rejects.toThrow(
      'must be enabled or disabled',
    );
  });

  it("the demo accounts' app ids are not WeChat's form: only the emulator knows them", () => {
    expect(isEmulatorAppId('wx-demo-group')).toBe(true);
    expect(isEmulatorAppId(REAL_APP_ID)).toBe(false);
  });
});

describe('an article merged after its publish time waits for a person', () => {
  it('merged nine days late: a failure for a person, nothing sent, until someone confirms with --retry', async () => {
    // q3's publish_at is 2026-11-12 10:00 (+08:00); it reached main on 2026-11-21.
    const f = await world([{ from: SAMPLES.q3 }], accountsYml('enabled'), '2026-11-21T09:00:00+08:00');
    const dry = await publishIn(f, f.clone(), { now: START, dryRun: true });
    expect(dry.outcomes[0]?.result).toMatch(
      /^would wait for a person: its publish time 2026-11-12T10:00:00\+08:00 had already passed when it reached the branch \(2026-11-21T09:00:00\+08:00\)/,
    );
    const run = await publishIn(f, f.clone(), { now: START });
    expect(run.exitCode).toBe(1);
    expect(f.record(Q3)).toMatchObject({
      state: 'failed',
      failure: { kind: 'late-merge', retry: 'manual', step: 'confirm' },
    });
    expect(f.record(Q3)?.failure?.hint).toContain('retry-article');
    const again = await publishIn(f, f.clone(), { now: later(5) });
    expect(again.exitCode).toBe(0);
    expect(f.wechat.calls()).toEqual([]);
    const confirmed = await publishIn(f, f.clone(), { now: later(10), retry: [Q3] });
    expect(confirmed.outcomes[0]?.state).toBe('published');
    expect(f.publications()).toHaveLength(1);
  });

  it('merged before its publish time, or within the grace after it, goes out at its time', async () => {
    const f = await world(
      [
        { from: SAMPLES.q3, to: 'content/group/2026-11-21-q3', publishAt: '2026-11-21T09:30:00+08:00' },
        { from: SAMPLES.aid, to: 'content/group/2026-11-21-aid', publishAt: '2026-11-21T08:55:00+08:00' },
      ],
      accountsYml('enabled'),
      '2026-11-21T09:00:00+08:00',
    );
    const run = await publishIn(f, f.clone(), { now: START });
    expect(run.outcomes.map((o) => o.state)).toEqual(['published', 'published']);
  });
});
