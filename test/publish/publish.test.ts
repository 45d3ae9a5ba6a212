import { describe, expect, it, vi } from 'vitest';
import {
  END_TO_END_TIMEOUT,
  fixture,
  git,
  liveByTitle,
  png,
  publishIn,
  SAMPLES,
  START,
  simulation,
} from './helpers.js';

// End-to-end runs spawn git and node: their speed is the machine's, so the limit only guards against a hang.
vi.setConfig({ testTimeout: END_TO_END_TIMEOUT });

/** A clean publish of each method end to end (git ledger, emulator over HTTP); the rest in memory. */
const NOW = START;
const IMAGE = '![暖冬助学现场](photo.png)';

describe('wxgate publish, freepublish', () => {
  it('publishes each due article once, uploads a shared image once, and records everything in git', async () => {
    const f = await fixture([
      { from: SAMPLES.q3, append: IMAGE, files: { 'photo.png': png(1) } },
      { from: SAMPLES.aid, append: IMAGE, files: { 'photo.png': png(1) } },
      { from: SAMPLES.security },
    ]);
    const run = await publishIn(f, f.clone(), { now: NOW });
    expect(run.exitCode).toBe(0);
    expect(run.outcomes.map((o) => [o.key, o.state])).toEqual([
      ['group/2026-11-12-q3-operating-update', 'published'],
      ['group/2026-11-19-warm-winter-school-aid', 'published'],
      ['group/2026-11-30-year-end-security-reminder', undefined],
    ]);
    expect(run.outcomes[2]?.result).toBe('not due until 2026-11-30T09:30:00+08:00');

    const pubs = f.publications();
    expect(pubs.map((p) => [p.title, p.status, p.method])).toEqual([
      ['澜川集团 2026 年第三季度经营情况通报', 0, 'freepublish'],
      ['澜川集团启动“暖冬助学”公益行动', 0, 'freepublish'],
    ]);
    const calls = f.wechat.calls();
    // The same photo in two articles: one media/uploadimg.
    expect(calls.filter((c) => c.endpoint === '/cgi-bin/media/uploadimg' && c.errcode === 0)).toHaveLength(1);

    const r = f.record('group/2026-11-12-q3-operating-update')!;
    expect(r).toMatchObject({
      article: 'content/group/2026-11-12-q3-operating-update/index.md',
      account: 'group',
      method: 'freepublish',
      state: 'published',
      publish_at: '2026-11-12T10:00:00+08:00',
      provenance: { pr: 10, pr_source: 'git', approvals: 'unknown', author: { name: 'Li Lei' } },
      checks: { errors: 0 },
      wechat: {
        publish_id: pubs[0]!.publish_id,
        article_id: pubs[0]!.article_id,
        url: pubs[0]!.urls[0],
        publish_status: 0,
      },
    });
    expect(r.content_hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.wechat.images).toEqual([
      { file: 'photo.png', sha256: expect.any(String), url: expect.any(String) },
    ]);
    expect(r.wechat.cover?.media_id).toBeTruthy();
    expect(r.lease).toBeUndefined();
    expect(r.in_flight).toBeUndefined();
    // The record speaks English whatever the reader's language: the planner's reason as it always was.
    expect(r.history[0]?.event).toMatch(/^taken by run \S+: due since 2026-11-12T10:00:00\+08:00$/);
    expect(r.history.map((h) => h.state)).toEqual([
      'claimed',
      'claimed',
      'claimed',
      'claimed',
      'claimed',
      'images-uploaded',
      'drafted',
      'submitted',
      'published',
    ]);
    // The draft is published exactly with the uploaded image address.
    const draft = f.wechat.drafts().find((d) => d.media_id === r.wechat.draft_media_id);
    expect(draft?.state).toBe('published');
    expect(draft?.articles[0]?.content).toContain(
      r.wechat.images[0]!.url.replace(/&/g, '&amp;').split('?')[0],
    );

    // git log alone tells the story.
    const last = f.ledgerLog('%B').split('\n\n\n')[0] ?? '';
    expect(last).toMatch(/^publish: group\/2026-11-19-warm-winter-school-aid published/);
    for (const trailer of [
      'Wxgate-Article: content/group/2026-11-19-warm-winter-school-aid/index.md',
      'Wxgate-State: published',
      'Wxgate-Method: freepublish',
      'Wxgate-PR: 11',
      'Wxgate-Approvals: unknown (git-only PR source)',
      `Wxgate-Publish-Id: ${pubs[1]!.publish_id}`,
      `Wxgate-Article-Id: ${pubs[1]!.article_id}`,
      'Published-at: 2026-11-21T12:',
    ]) {
      expect(last).toContain(trailer);
    }
    expect(
      git(f.origin, 'log', '--format=%(trailers:key=Wxgate-Publish-Id,valueonly)', 'wxgate-ledger')
        .split('\n')
        .filter(Boolean),
    ).toContain(pubs[0]!.publish_id);
  });

  it('a second run, in a fresh checkout, publishes nothing and writes nothing', async () => {
    const f = await simulation([{ from: SAMPLES.q3 }, { from: SAMPLES.aid }]);
    await publishIn(f, f.clone(), { now: NOW });
    const before = f.ledgerLog().split('\n').length;
    const submits = () => f.wechat.calls().filter((c) => c.endpoint === '/cgi-bin/freepublish/submit').length;
    const submitted = submits();
    const again = await publishIn(f, f.clone(), { now: NOW });
    expect(again.exitCode).toBe(0);
    expect(again.ledgerWrites).toBe(0);
    expect(again.outcomes.map((o) => o.result)).toEqual(['published', 'published']);
    expect(submits()).toBe(submitted);
    expect(f.ledgerLog().split('\n').length).toBe(before);
    expect([...liveByTitle(f).values()]).toEqual([1, 1]);
  });

  it('a dry run says what it would do and changes nothing', async () => {
    const f = await simulation([{ from: SAMPLES.q3 }, { from: SAMPLES.security }]);
    const run = await publishIn(f, f.clone(), { now: NOW, dryRun: true });
    expect(run.outcomes.map((o) => o.result)).toEqual([
      'would publish: due since 2026-11-12T10:00:00+08:00',
      'skip: not due until 2026-11-30T09:30:00+08:00',
    ]);
    expect(run.ledgerWrites).toBe(0);
    expect(f.wechat.calls()).toEqual([]);
    expect(() => f.ledgerLog()).toThrow();
  });

  it('an article changed after publication is not published again; the record notes it once', async () => {
    const f = await simulation([{ from: SAMPLES.q3 }]);
    await publishIn(f, f.clone(), { now: NOW });
    const dir = f.clone();
    const path = `${SAMPLES.q3}/index.md`;
    const { readFileSync, writeFileSync } = await import('node:fs');
    writeFileSync(`${dir}/${path}`, `${readFileSync(`${dir}/${path}`, 'utf8')}\n补充说明：数据已更新。\n`);
    git(dir, 'commit', '-qam', 'Fix a figure (#12)');
    git(dir, 'push', '-q', 'origin', 'main');
    const run = await publishIn(f, dir, { now: NOW });
    expect(run.outcomes[0]?.result).toBe('the article changed after it was published; not republished');
    expect(run.outcomes[0]?.text?.zh).toBe('文章在发表之后有改动；不会重新发表');
    const again = await publishIn(f, f.clone(), { now: NOW });
    expect(again.outcomes[0]?.result).toBe('published');
    expect(again.ledgerWrites).toBe(0);
    expect(f.publications()).toHaveLength(1);
    const noted = f.record('group/2026-11-12-q3-operating-update');
    expect(noted?.notes?.[0]).toContain('not republished');
    expect(noted?.history.at(-1)?.event).toBe('the article changed after it was published; not republished');
  });
});

describe('wxgate publish, mass-send and draft-only', () => {
  it('mass-send: a draft sent with a stable clientmsgid, once', async () => {
    const f = await fixture([{ from: SAMPLES.q3, to: 'content/mass/2026-11-12-q3-operating-update' }]);
    const run = await publishIn(f, f.clone(), { now: NOW });
    expect(run.exitCode).toBe(0);
    const pubs = f.publications();
    expect(pubs.map((p) => [p.method, p.status, p.appid])).toEqual([['sendall', 0, 'wx-demo-mass']]);
    const r = f.record('mass/2026-11-12-q3-operating-update')!;
    expect(r).toMatchObject({ state: 'published', method: 'mass-send', wechat: { msg_id: pubs[0]!.msg_id } });
    expect(r.wechat.client_msg_id).toMatch(/^wxgate-[0-9a-f]{40}$/);
    const again = await publishIn(f, f.clone(), { now: NOW });
    expect(again.ledgerWrites).toBe(0);
    expect(f.publications()).toHaveLength(1);
    expect(f.ledgerLog('%(trailers:key=Wxgate-Msg-Id,valueonly)')).toContain(pubs[0]!.msg_id);
  });

  it('draft-only: the draft is created and handed to a person; nothing is published, ever', async () => {
    const f = await fixture([{ from: SAMPLES.flu }]);
    const run = await publishIn(f, f.clone(), { now: NOW });
    expect(run.exitCode).toBe(0);
    expect(run.outcomes[0]?.result).toMatch(/^draft \S+ created: a person must press 发表 \(draft-only\)$/);
    const r = f.record('lanchuan-pharma/2026-11-16-winter-flu-prevention')!;
    expect(r.state).toBe('drafted');
    expect(r.method).toBe('draft-only');
    expect(r.handoff).toContain('手动点击「发表」');
    expect(r.handoff).toContain('acme/lanchuan-pharma-editors');
    expect(f.publications()).toEqual([]);
    const drafts = f.wechat.drafts();
    expect(drafts.map((d) => [d.media_id, d.state])).toEqual([[r.wechat.draft_media_id, 'draft']]);
    expect(f.wechat.calls().some((c) => c.endpoint.startsWith('/cgi-bin/freepublish/'))).toBe(false);
    const again = await publishIn(f, f.clone(), { now: NOW });
    expect(again.ledgerWrites).toBe(0);
    expect(f.wechat.drafts()).toHaveLength(1);
  });
});
