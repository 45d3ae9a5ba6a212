import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { bundleDir } from '../support/bundle.js';
import {
  ACCOUNTS_YML,
  END_TO_END_TIMEOUT,
  fixture,
  git,
  liveByTitle,
  publishIn,
  ROOT,
  SAMPLES,
  START,
  simulation,
  spawnCli,
} from './helpers.js';

// End-to-end runs spawn git and node: their speed is the machine's, so the limit only guards against a hang.
vi.setConfig({ testTimeout: END_TO_END_TIMEOUT });

/**
 * Faults at every step, against the in-memory ledger and WeChat on the test clock; the crash mid-submit, the two
 * concurrent runs and the refused push run end to end (CLI processes, git, the emulator over HTTP). No test waits
 * for real time: a crash is a call WeChat holds until the test has killed the run, and time moves only when a
 * run waits or the test moves the clock.
 */
const NOW = START;
const later = (minutes: number) => new Date(Date.parse(NOW) + minutes * 60_000).toISOString();
const Q3 = 'group/2026-11-12-q3-operating-update';
const Q3_TITLE = '澜川集团 2026 年第三季度经营情况通报';

beforeAll(() => {
  bundleDir();
}, 60_000);

describe('a crash at any step never publishes twice', () => {
  it('killed while WeChat holds the freepublish/submit answer: the next runs find the publication, once', async () => {
    const f = await fixture([{ from: SAMPLES.q3 }]);
    // WeChat takes the request and holds the answer 1.5 s on its clock; the job then publishes 3 min later.
    f.wechat.addFault({
      endpoint: '/cgi-bin/freepublish/submit',
      delayMs: 1500,
      publishStatus: 0,
      publishSeconds: 180,
    });
    const submit = f.wechat.watchCall('/cgi-bin/freepublish/submit');
    const { child, done } = spawnCli(f, f.clone(), ['publish', '--now', NOW, '--poll-interval', '50']);
    await submit.arrived; // the intent is in the ledger and the request is inside WeChat's delay
    expect(f.record(Q3)?.in_flight?.step).toBe('submit');
    child.kill('SIGKILL');
    expect((await done).signal).toBe('SIGKILL');
    f.clock.advance(1500); // WeChat acts on the submit; its answer goes nowhere
    await submit.answered;
    expect(f.publications()).toHaveLength(1);
    expect(f.publications()[0]?.status).toBe(1);

    // At once: the killed run's lease is over (its process is gone). The job is still running: not listed yet.
    const first = await publishIn(f, f.clone(), { now: later(1) });
    expect(first.exitCode).toBe(0);
    expect(first.outcomes[0]?.result).toBe('submitted, answer lost: reconciling on the next run');
    expect(f.record(Q3)).toMatchObject({ state: 'drafted', in_flight: { step: 'submit' } });

    f.clock.advanceTo(Date.parse(later(4)));
    expect(f.publications()[0]?.status).toBe(0); // the job finished
    const second = await publishIn(f, f.clone(), { now: later(5) });
    expect(second.outcomes[0]?.state).toBe('published');
    const r = f.record(Q3)!;
    expect(r.wechat.article_id).toBe(f.publications()[0]?.article_id);
    expect(r.wechat.publish_id).toBeNull();
    expect(r.history.map((h) => h.event).join('\n')).toMatch(/reconciled: the submit of run \S+ did publish/);
    expect(f.wechat.calls().filter((c) => c.endpoint === '/cgi-bin/freepublish/submit')).toHaveLength(1);
    expect(liveByTitle(f)).toEqual(new Map([[Q3_TITLE, 1]]));
    const third = await publishIn(f, f.clone(), { now: later(60) });
    expect(third.ledgerWrites).toBe(0);
  });

  it('killed during the image upload, then during draft/add: the next run finishes, one publication', async () => {
    const f = await simulation([
      {
        from: SAMPLES.q3,
        append: '![图](photo.png)',
        files: { 'photo.png': readFileSync(join(ROOT, SAMPLES.aid, 'cover.png')) },
      },
    ]);
    const crashAt = async (endpoint: string, step: string) => {
      // WeChat handles the call; the run is killed before the answer reaches it.
      const crash = f.crashOn(endpoint, { acted: true });
      void publishIn(f, f.clone(), { now: NOW });
      await crash.reached;
      expect(f.record(Q3)?.in_flight?.step).toBe(step);
      f.kill();
    };
    await crashAt('/cgi-bin/media/uploadimg', 'upload-image');
    await crashAt('/cgi-bin/draft/add', 'add-draft');
    expect(f.record(Q3)?.state).toBe('images-uploaded');
    const run = await publishIn(f, f.clone(), { now: later(1) });
    expect(run.outcomes[0]?.state).toBe('published');
    const r = f.record(Q3)!;
    const events = r.history.map((h) => h.event).join('\n');
    expect(events).toContain('stopped during upload-image photo.png');
    expect(events).toContain('stopped during draft/add; looking in 草稿箱 for its draft before adding one');
    expect(events).toMatch(/draft \S+ of this content found in 草稿箱: used, not added again/);
    // Two uploads of the photo (the first answer was lost), one recorded; the draft the killed run made is the one
    // published: no orphan draft.
    expect(
      f.wechat.calls().filter((c) => c.endpoint === '/cgi-bin/media/uploadimg' && c.errcode === 0),
    ).toHaveLength(2);
    expect(r.wechat.images).toHaveLength(1);
    expect(f.wechat.drafts().map((d) => d.state)).toEqual(['published']);
    expect(f.wechat.calls().filter((c) => c.endpoint === '/cgi-bin/draft/add')).toHaveLength(1);
    expect(liveByTitle(f)).toEqual(new Map([[Q3_TITLE, 1]]));
  });

  it('a run that outlived its lease stops when another run took the article over: one publication', async () => {
    const f = await simulation([{ from: SAMPLES.q3 }]);
    // The first run is inside draft/add when it is taken for dead (its process hangs; its lease ran out).
    const hold = f.holdOn('/cgi-bin/draft/add');
    const stalled = publishIn(f, f.clone(), { now: NOW });
    await hold.reached;
    f.kill();
    const takeover = await publishIn(f, f.clone(), { now: later(1) });
    expect(takeover.outcomes[0]?.state).toBe('published');
    // WeChat answers the stalled run at last: its next write finds the record is no longer its own, and it stops.
    hold.release();
    const late = await stalled;
    expect(late.outcomes[0]).toMatchObject({
      result: 'taken over by another run',
      text: { zh: '已由另一次运行接手', en: 'taken over by another run' },
      failed: false,
    });
    expect(late.log.join('\n')).toMatch(/another run changed the record .*another run carries on with it/);
    expect(f.record(Q3)?.state).toBe('published');
    expect(liveByTitle(f)).toEqual(new Map([[Q3_TITLE, 1]]));
    // The stalled run's draft is left unpublished in 草稿箱, where a person can see and delete it.
    expect(f.wechat.drafts().map((d) => d.state)).toEqual(['published', 'draft']);
  });

  for (const world of ['in memory', 'end to end'] as const) {
    it(`draft/add whose answer is lost (${world}): the next run finds the draft in 草稿箱, no orphan draft`, async () => {
      const f =
        world === 'in memory'
          ? await simulation([{ from: SAMPLES.q3 }])
          : await fixture([{ from: SAMPLES.q3 }]);
      // WeChat makes the draft and the connection drops before its answer arrives.
      f.wechat.addFault({ endpoint: '/cgi-bin/draft/add', drop: 'after' });
      const run = await publishIn(f, f.clone(), { now: NOW });
      expect(run.exitCode).toBe(0);
      expect(run.outcomes[0]?.result).toBe(
        'draft/add sent, answer lost: the next run looks in 草稿箱 before adding a draft',
      );
      expect(f.record(Q3)).toMatchObject({ state: 'images-uploaded', in_flight: { step: 'add-draft' } });
      expect(f.wechat.drafts()).toHaveLength(1);
      const next = await publishIn(f, f.clone(), { now: later(5) });
      expect(next.outcomes[0]?.state).toBe('published');
      expect(
        f
          .record(Q3)
          ?.history.map((h) => h.event)
          .join('\n'),
      ).toMatch(/draft \S+ of this content found in 草稿箱: used, not added again/);
      expect(f.wechat.calls().filter((c) => c.endpoint === '/cgi-bin/draft/add')).toHaveLength(1);
      expect(f.wechat.drafts().map((d) => d.state)).toEqual(['published']);
      expect(liveByTitle(f)).toEqual(new Map([[Q3_TITLE, 1]]));
    });
  }

  it('an answer dropped after WeChat acted: reconciled through freepublish/batchget, not submitted again', async () => {
    const f = await simulation([{ from: SAMPLES.q3 }]);
    f.wechat.addFault({ endpoint: '/cgi-bin/freepublish/submit', drop: 'after' });
    const run = await publishIn(f, f.clone(), { now: NOW });
    expect(run.exitCode).toBe(0);
    expect(f.record(Q3)).toMatchObject({ state: 'drafted', in_flight: { step: 'submit' } });
    // The next scheduled run, a few minutes later.
    const next = await publishIn(f, f.clone(), { now: later(5) });
    expect(next.outcomes[0]?.state).toBe('published');
    expect(f.wechat.calls().filter((c) => c.endpoint === '/cgi-bin/freepublish/submit')).toHaveLength(1);
    expect(liveByTitle(f)).toEqual(new Map([[Q3_TITLE, 1]]));
  });

  it('a request lost before WeChat saw it: after the grace period the same draft is submitted again, once', async () => {
    const f = await simulation([{ from: SAMPLES.q3 }]);
    f.wechat.addFault({ endpoint: '/cgi-bin/freepublish/submit', drop: 'before' });
    await publishIn(f, f.clone(), { now: NOW });
    const draft = f.record(Q3)?.wechat.draft_media_id;
    const waiting = await publishIn(f, f.clone(), { now: later(0.5) });
    expect(waiting.outcomes[0]?.result).toMatch(/^waiting for WeChat; next look at /);
    const early = await publishIn(f, f.clone(), { now: later(10) });
    expect(early.outcomes[0]?.state).toBe('drafted');
    expect(f.publications()).toEqual([]);
    const late = await publishIn(f, f.clone(), { now: later(45) });
    expect(late.outcomes[0]?.state).toBe('published');
    expect(f.publications().map((p) => p.media_id)).toEqual([draft]);
    expect(
      f
        .record(Q3)
        ?.history.map((h) => h.event)
        .join('\n'),
    ).toContain('submitting the same draft again');
  });

  it('two runs started together against the same remote publish each article exactly once', async () => {
    const f = await fixture([{ from: SAMPLES.q3 }, { from: SAMPLES.aid }, { from: SAMPLES.flu }]);
    const a = spawnCli(f, f.clone('a'), ['publish', '--now', NOW, '--poll-interval', '50']);
    const b = spawnCli(f, f.clone('b'), ['publish', '--now', NOW, '--poll-interval', '50']);
    const [ra, rb] = await Promise.all([a.done, b.done]);
    expect([ra.code, rb.code], `${ra.stdout}\n${ra.stderr}\n${rb.stdout}\n${rb.stderr}`).toEqual([0, 0]);
    // Whatever one run left pending, the next scheduled run finishes.
    await publishIn(f, f.clone(), { now: later(10) });
    expect(liveByTitle(f)).toEqual(
      new Map([
        [Q3_TITLE, 1],
        ['澜川集团启动“暖冬助学”公益行动', 1],
      ]),
    );
    expect(f.wechat.drafts().filter((d) => d.appid === 'wx-demo-lanchuan-pharma')).toHaveLength(1);
    for (const key of [
      Q3,
      'group/2026-11-19-warm-winter-school-aid',
      'lanchuan-pharma/2026-11-16-winter-flu-prevention',
    ]) {
      const r = f.record(key)!;
      expect(r.state).toBe(key.startsWith('lanchuan') ? 'drafted' : 'published');
      expect(r.history.filter((h) => h.event.startsWith('taken by run'))).toHaveLength(1);
    }
    // The ledger is one line of history: no write was lost or overwritten.
    expect(git(f.origin, 'rev-list', '--merges', '--count', 'wxgate-ledger').trim()).toBe('0');
  });
});

describe('the ledger cannot be written', () => {
  it('a push the remote refuses (branch protection, a hook) stops the run before anything is sent', async () => {
    const f = await fixture([{ from: SAMPLES.q3 }, { from: SAMPLES.aid }]);
    const hook = join(f.origin, 'hooks/pre-receive');
    writeFileSync(hook, '#!/bin/sh\necho "protected branch" >&2\nexit 1\n', { mode: 0o755 });
    const run = await publishIn(f, f.clone(), { now: NOW });
    expect(run.exitCode).toBe(1);
    expect(run.outcomes).toHaveLength(1);
    expect(run.outcomes[0]?.result).toMatch(
      /^the ledger cannot be written \(git push origin wxgate-ledger failed .*protected branch/,
    );
    expect(f.wechat.calls()).toEqual([]);
  });
});

describe('WeChat faults', () => {
  it('an expired token is refreshed once and the call replayed', async () => {
    const f = await simulation(
      [
        { from: SAMPLES.q3 },
        {
          from: SAMPLES.aid,
          to: 'content/group/2026-11-21-warm-winter-school-aid',
          publishAt: '2026-11-21T12:30:00+08:00',
        },
      ],
      { wechat: 'emulator' },
    );
    await publishIn(f, f.clone(), { now: NOW });
    // Half an hour later the token cached on the runner is still good for the client; WeChat expired it.
    f.wechat.expireTokens();
    f.wechat.addFault({ endpoint: '/cgi-bin/draft/add', errcode: 40001 });
    const run = await publishIn(f, f.clone(), { now: later(31) });
    expect(run.exitCode).toBe(0);
    const codes = f.wechat.calls().map((c) => c.errcode);
    expect(codes).toContain(42001);
    expect(codes).toContain(40001);
    expect([...liveByTitle(f).values()]).toEqual([1, 1]);
  });

  it('an article that fails wxgate check on the merged branch is not published: a failure record says why', async () => {
    const f = await simulation([{ from: SAMPLES.aid, publishAt: '2026-11-20T10:00:00+08:00' }]);
    const run = await publishIn(f, f.clone(), { now: NOW });
    expect(run.exitCode).toBe(1);
    expect(f.record('group/2026-11-19-warm-winter-school-aid')).toMatchObject({
      state: 'failed',
      checks: { errors: 1, rules: ['format/article-path'] },
      failure: { step: 'check', kind: 'check', retry: 'on-change' },
    });
    expect(f.wechat.calls()).toEqual([]);
    const again = await publishIn(f, f.clone(), { now: later(10) });
    expect(again.exitCode).toBe(0);
    expect(again.ledgerWrites).toBe(0);
  });

  it('bursts of -1 are retried; a burst longer than the retry budget fails, and the next run finishes', async () => {
    const f = await simulation([{ from: SAMPLES.q3 }], { wechat: 'emulator' });
    for (const endpoint of [
      '/cgi-bin/material/add_material',
      '/cgi-bin/draft/add',
      '/cgi-bin/freepublish/get',
    ]) {
      f.wechat.addFault({ endpoint, errcode: -1, times: 2 });
    }
    f.wechat.addFault({ endpoint: '/cgi-bin/freepublish/submit', errcode: -1, times: 4 });
    const run = await publishIn(f, f.clone(), { now: NOW });
    expect(run.exitCode).toBe(1);
    expect(f.record(Q3)).toMatchObject({
      state: 'failed',
      failure: { step: 'submit', kind: 'transient', errcode: -1, retry: 'automatic', resume_from: 'drafted' },
    });
    expect(f.publications()).toEqual([]);
    const soon = await publishIn(f, f.clone(), { now: later(1) });
    expect(soon.outcomes[0]?.result).toMatch(/next try after/);
    const next = await publishIn(f, f.clone(), { now: later(6) });
    expect(next.exitCode).toBe(0);
    expect(next.outcomes[0]?.state).toBe('published');
    expect(liveByTitle(f)).toEqual(new Map([[Q3_TITLE, 1]]));
  });

  it('freepublish/get quota used up: the state is kept and the next day resumes polling', async () => {
    const f = await simulation([{ from: SAMPLES.q3 }], {
      emulator: { dailyQuotas: { '/cgi-bin/freepublish/get': 1 }, publishSeconds: 30 },
    });
    const run = await publishIn(f, f.clone(), { now: NOW });
    expect(run.exitCode).toBe(0);
    const r = f.record(Q3)!;
    expect(r.state).toBe('submitted');
    expect(r.deferred?.reason).toContain('45009');
    const same = await publishIn(f, f.clone(), { now: later(30) });
    expect(same.outcomes[0]?.result).toMatch(/^deferred until /);
    // WeChat's day ends at midnight Beijing time.
    f.clock.advance(86_400_000);
    const tomorrow = await publishIn(f, f.clone());
    expect(tomorrow.outcomes[0]?.state).toBe('published');
    expect(f.wechat.calls().filter((c) => c.endpoint === '/cgi-bin/freepublish/submit')).toHaveLength(1);
    expect(liveByTitle(f)).toEqual(new Map([[Q3_TITLE, 1]]));
  });

  it('40164: a clear failure naming the IP to allow-list; nothing published until it is fixed', async () => {
    const f = await simulation([{ from: SAMPLES.q3 }]);
    const group = f.wechat.account('wx-demo-group')!;
    f.wechat.upsertAccount({ ...group, allowedIps: ['10.20.30.40'] });
    const run = await publishIn(f, f.clone(), { now: NOW });
    expect(run.exitCode).toBe(1);
    const r = f.record(Q3)!;
    expect(r.state).toBe('failed');
    expect(r.failure).toMatchObject({ kind: 'ip-not-allowed', errcode: 40164, retry: 'automatic' });
    expect(`${r.failure?.message} ${r.failure?.hint}`).toContain('127.0.0.1');
    expect(run.outcomes[0]?.result).toContain('40164');
    expect(f.publications()).toEqual([]);
    f.wechat.upsertAccount({ ...group, allowedIps: ['127.0.0.1'] });
    const fixed = await publishIn(f, f.clone(), { now: later(10) });
    expect(fixed.outcomes[0]?.state).toBe('published');
    expect(liveByTitle(f)).toEqual(new Map([[Q3_TITLE, 1]]));
  });

  it('48001 on a freepublish account: fails saying draft-only; switching the account to draft-only hands the draft over', async () => {
    const f = await simulation([{ from: SAMPLES.q3 }]);
    f.wechat.upsertAccount({ ...f.wechat.account('wx-demo-group')!, verified: false });
    const run = await publishIn(f, f.clone(), { now: NOW });
    expect(run.exitCode).toBe(1);
    const r = f.record(Q3)!;
    expect(r.failure).toMatchObject({
      kind: 'unauthorized-api',
      errcode: 48001,
      retry: 'on-change',
      resume_from: 'drafted',
    });
    expect(r.failure?.hint).toContain('publish_method: draft-only');
    expect(f.publications()).toEqual([]);
    const again = await publishIn(f, f.clone(), { now: later(10) });
    expect(again.exitCode).toBe(0);
    expect(again.ledgerWrites).toBe(0);

    const dir = f.clone();
    writeFileSync(
      join(dir, 'policies/accounts.yml'),
      ACCOUNTS_YML.replace(
        'verified: true\n    owner_team: acme/market-dept\n    publish_method: freepublish',
        'verified: false\n    owner_team: acme/market-dept\n    publish_method: draft-only',
      ),
    );
    git(dir, 'commit', '-qam', 'group is not verified: draft-only (#30)');
    git(dir, 'push', '-q', 'origin', 'main');
    const handed = await publishIn(f, f.clone(), { now: later(20) });
    expect(handed.outcomes[0]?.result).toMatch(/^draft \S+ created: a person must press 发表/);
    expect(f.record(Q3)?.wechat.draft_media_id).toBe(r.wechat.draft_media_id);
    expect(f.wechat.drafts()).toHaveLength(1);
    expect(f.publications()).toEqual([]);
  });

  it.each([
    [2, 'original-check-failed'],
    [3, 'failed'],
    [4, 'review-rejected'],
  ])(
    'publish_status %i: a failure record; a re-run leaves it; --retry publishes once',
    async (status, name) => {
      const f = await simulation([{ from: SAMPLES.q3 }]);
      f.wechat.addFault({ endpoint: '/cgi-bin/freepublish/submit', publishStatus: status, failIdx: [1] });
      const run = await publishIn(f, f.clone(), { now: NOW });
      expect(run.exitCode).toBe(1);
      const r = f.record(Q3)!;
      expect(r).toMatchObject({
        state: 'failed',
        wechat: { publish_status: status, publish_status_name: name, fail_idx: [1] },
        failure: { kind: 'publish-status', retry: 'on-change', resume_from: 'images-uploaded' },
      });
      expect(r.failure?.message).toContain(`publish_status ${status}`);
      const rerun = await publishIn(f, f.clone(), { now: later(10) });
      expect(rerun.exitCode).toBe(0);
      expect(rerun.ledgerWrites).toBe(0);
      expect(f.wechat.calls().filter((c) => c.endpoint === '/cgi-bin/freepublish/submit')).toHaveLength(1);
      const retried = await publishIn(f, f.clone(), { now: later(20), retry: [SAMPLES.q3] });
      expect(retried.outcomes[0]?.state).toBe('published');
      expect(f.publications().map((p) => p.status)).toEqual([status, 0]);
      expect(liveByTitle(f)).toEqual(new Map([[Q3_TITLE, 1]]));
    },
  );
});
