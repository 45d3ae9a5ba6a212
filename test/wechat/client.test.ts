/**
 * The WeChat client against the emulator over real HTTP on loopback: tokens, retries by errcode, quotas, the IP
 * allow-list, the unverified-account rule, field limits, publish statuses and secret masking. No mocked fetch;
 * sleeps are injected (they move the emulator's clock), so nothing here depends on wall-clock timing.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/platform/errors.js';
import { apiBaseFromEnv, DEFAULT_API_BASE, WeChatClient } from '../../src/wechat/client.js';
import { nextDailyReset } from '../../src/wechat/errcodes.js';
import { maskSecrets } from '../../src/wechat/mask.js';
import {
  caught,
  clientOf,
  draftArticle,
  EMULATOR_START,
  emulator,
  GROUP,
  JPEG,
  PHARMA,
  png,
} from './helpers.js';

/** endpoint → errcode of every call the emulator saw, in order. */
function trail(emu: Awaited<ReturnType<typeof emulator>>): string[] {
  return emu.state
    .calls()
    .map((c) => `${c.endpoint.replace('/cgi-bin/', '')} ${c.errcode ?? `http ${c.http_status}`}`);
}

describe('apiBaseFromEnv', () => {
  it('uses WECHAT_API_BASE when set, WeChat otherwise', () => {
    expect(apiBaseFromEnv({})).toBe(DEFAULT_API_BASE);
    expect(apiBaseFromEnv({ WECHAT_API_BASE: ' http://10.0.0.5:8080/ ' })).toBe('http://10.0.0.5:8080');
  });
});

describe('the happy path', () => {
  it('uploads, drafts, publishes and reads the result back', async () => {
    const emu = await emulator();
    const { client } = clientOf(emu);
    const image = await client.uploadContentImage(png(), 'chart.png');
    expect(image.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mmbiz_png\/[\w-]+\/0\?wx_fmt=png$/);
    const served = await fetch(image.url);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer())).toEqual(png());

    const article = await draftArticle(client, { content: `<p>图</p><img src="${image.url}">` });
    const { mediaId } = await client.addDraft({
      ...article,
      needOpenComment: true,
      onlyFansCanComment: true,
    });
    const { publishId, msgDataId } = await client.submitPublish(mediaId);
    expect(publishId).toMatch(/^\d+$/);
    expect(msgDataId).toMatch(/^\d+$/);
    const status = await client.getPublishStatus(publishId);
    expect(status).toMatchObject({ publishId, status: 0, name: 'success', pending: false });
    expect(status.articleUrls).toEqual([`${emu.url}/s/${status.articleId}`]);
    const listed = await client.listPublished();
    expect(listed.totalCount).toBe(1);
    expect(listed.items[0]).toMatchObject({ articleId: status.articleId, titles: ['季度回顾'] });
    expect(emu.state.publications()).toMatchObject([
      { publish_id: publishId, article_id: status.articleId, title: '季度回顾', status: 0, deleted: false },
    ]);

    await client.deletePublication(status.articleId as string);
    expect(emu.state.publications()[0]).toMatchObject({ status: 5, deleted: true });
    expect((await client.getPublishStatus(publishId)).name).toBe('deleted-by-user');
  });

  it('sends the comment flags as 0/1 and the text as raw UTF-8', async () => {
    const emu = await emulator();
    const { client } = clientOf(emu);
    const article = await draftArticle(client, { title: '冬季助学', digest: '摘要' });
    await client.addDraft({ ...article, needOpenComment: true, onlyFansCanComment: false });
    const [draft] = emu.state.drafts();
    expect(draft?.articles[0]).toMatchObject({
      title: '冬季助学',
      digest: '摘要',
      need_open_comment: 1,
      only_fans_can_comment: 0,
    });
  });
});

describe('the access token', () => {
  it('is cached in a file and shared by two clients (one stable_token call)', async () => {
    const emu = await emulator();
    const dir = join(mkdtempSync(join(tmpdir(), 'wxgate-token-')), 'cache');
    const a = clientOf(emu, GROUP, { tokenCacheDir: dir }).client;
    await a.addDraft(await draftArticle(a));
    const b = clientOf(emu, GROUP, { tokenCacheDir: dir }).client;
    await b.addDraft(await draftArticle(b));
    expect(trail(emu).filter((c) => c.startsWith('stable_token'))).toEqual(['stable_token 0']);

    const [file] = readdirSync(dir);
    const path = join(dir, file as string);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const saved = readFileSync(path, 'utf8');
    expect(saved).not.toContain(GROUP.secret);
    expect(JSON.parse(saved)).toMatchObject({ appid: GROUP.appid, api_base: emu.url });
    expect(readdirSync(dir)).toEqual([file]); // no temp files left behind
  });

  it('refuses a cache directory inside a git work tree (an error, not a warning)', async () => {
    const emu = await emulator();
    const repo = mkdtempSync(join(tmpdir(), 'wxgate-repo-'));
    mkdirSync(join(repo, '.git'));
    expect(() => clientOf(emu, GROUP, { tokenCacheDir: join(repo, 'cache') })).toThrow(
      new RegExp(`inside the git work tree ${repo}`),
    );
    expect(() => clientOf(emu, GROUP, { tokenCacheDir: join(repo, 'cache') })).toThrow(ConfigurationError);
    const outside = clientOf(emu, GROUP, {
      tokenCacheDir: join(mkdtempSync(join(tmpdir(), 'wxgate-')), 'c'),
    });
    expect(outside.logs).toEqual([]);
  });

  it('is fetched again a little before it expires', async () => {
    const emu = await emulator();
    let now = EMULATOR_START;
    const { client } = clientOf(emu, GROUP, { now: () => now });
    await client.addDraft(await draftArticle(client));
    now += 7200_000 - 150_000; // 2.5 minutes left: still used
    await client.addDraft(await draftArticle(client));
    now += 60_000; // 1.5 minutes left: inside the 2-minute margin
    await client.addDraft(await draftArticle(client));
    expect(trail(emu).filter((c) => c.startsWith('stable_token'))).toHaveLength(2);
  });

  it('expired on the server mid-run: one refresh, then the call succeeds', async () => {
    const emu = await emulator();
    const { client } = clientOf(emu);
    const article = await draftArticle(client);
    emu.state.expireTokens(GROUP.appid);
    emu.state.clearCalls();
    await client.addDraft(article);
    expect(trail(emu)).toEqual(['draft/add 42001', 'stable_token 0', 'draft/add 0']);
  });

  it('expired because the emulator clock moved past its lifetime', async () => {
    const emu = await emulator();
    const { client } = clientOf(emu);
    const article = await draftArticle(client);
    emu.state.advanceClock(7200_000);
    emu.state.clearCalls();
    await client.addDraft(article);
    expect(trail(emu)).toEqual(['draft/add 42001', 'stable_token 0', 'draft/add 0']);
  });

  it('rejected twice (40001): refreshed only once, then a token error', async () => {
    const emu = await emulator();
    const { client } = clientOf(emu);
    const article = await draftArticle(client);
    emu.state.clearCalls();
    emu.state.addFault({ endpoint: '/cgi-bin/draft/add', errcode: 40001, times: 2 });
    const error = await caught(client.addDraft(article));
    expect(error).toMatchObject({
      kind: 'token',
      errcode: 40001,
      endpoint: '/cgi-bin/draft/add',
      attempts: 2,
    });
    // Normal mode handed back the same token, so the client forced a new one; then one replay, no more.
    expect(trail(emu)).toEqual(['draft/add 40001', 'stable_token 0', 'stable_token 0', 'draft/add 40001']);
  });

  it('a wrong secret is a credentials error, not retried', async () => {
    const emu = await emulator();
    const { client } = clientOf(emu, { appid: GROUP.appid, secret: 'wrong-secret-value' });
    const error = await caught(client.addCoverMaterial(png(), 'c.png'));
    expect(error).toMatchObject({ kind: 'credentials', errcode: 40125, endpoint: '/cgi-bin/stable_token' });
    expect(trail(emu)).toEqual(['stable_token 40125']);
  });
});

describe('transient failures', () => {
  it('a burst of -1 is retried with bounded exponential backoff and jitter, then succeeds', async () => {
    const emu = await emulator();
    const { client, sleeps } = clientOf(emu, GROUP, { random: () => 0.5 });
    const article = await draftArticle(client);
    emu.state.addFault({ endpoint: '/cgi-bin/draft/add', errcode: -1, times: 3 });
    await client.addDraft(article);
    // base 1000 ms doubling, scaled by 0.5 + 0.5 × random
    expect(sleeps).toEqual([750, 1500, 3000]);
    expect(trail(emu).slice(-4)).toEqual(['draft/add -1', 'draft/add -1', 'draft/add -1', 'draft/add 0']);
  });

  it('gives up after maxAttempts with a transient error', async () => {
    const emu = await emulator();
    const { client, sleeps } = clientOf(emu, GROUP, { maxAttempts: 3, backoffMaxMs: 1500 });
    const article = await draftArticle(client);
    emu.state.addFault({ endpoint: '/cgi-bin/draft/add', errcode: -1, times: 5 });
    const error = await caught(client.addDraft(article));
    expect(error).toMatchObject({ kind: 'transient', errcode: -1, attempts: 3, ambiguous: false });
    expect(sleeps).toEqual([500, 750]); // random 0: half of 1000, half of min(2000, 1500)
  });

  it('HTTP 5xx is retried', async () => {
    const emu = await emulator();
    const { client } = clientOf(emu);
    emu.state.addFault({ endpoint: '/cgi-bin/material/add_material', httpStatus: 502, times: 2 });
    await client.addCoverMaterial(png(), 'cover.png');
    expect(trail(emu).slice(-3)).toEqual([
      'material/add_material http 502',
      'material/add_material http 502',
      'material/add_material 0',
    ]);
  });

  it('draft/add whose answer is lost is not retried: ambiguous, and the draft is in the box', async () => {
    const emu = await emulator();
    const { client } = clientOf(emu);
    const article = await draftArticle(client);
    emu.state.addFault({ endpoint: '/cgi-bin/draft/add', drop: 'after' });
    expect(await caught(client.addDraft(article))).toMatchObject({ kind: 'transient', ambiguous: true });
    expect(trail(emu).slice(-1)).toEqual(['draft/add http null']);
    expect((await client.listDrafts(0, 20)).items.map((d) => d.titles[0])).toEqual(['季度回顾']);
  });

  it('a dropped connection is retried where a retry cannot act twice', async () => {
    const emu = await emulator();
    const { client } = clientOf(emu);
    const { publishId } = await client.submitPublish(
      (await client.addDraft(await draftArticle(client))).mediaId,
    );
    emu.state.addFault({ endpoint: '/cgi-bin/freepublish/get', drop: 'before' });
    expect((await client.getPublishStatus(publishId)).status).toBe(0);
    expect(trail(emu).slice(-2)).toEqual(['freepublish/get http null', 'freepublish/get 0']);
  });

  it('a timeout is retried', async () => {
    const emu = await emulator();
    const { client } = clientOf(emu, GROUP, { timeoutMs: 200 });
    const { publishId } = await client.submitPublish(
      (await client.addDraft(await draftArticle(client))).mediaId,
    );
    emu.state.addFault({ endpoint: '/cgi-bin/freepublish/get', delayMs: 60_000 });
    expect((await client.getPublishStatus(publishId)).status).toBe(0);
    expect(
      emu.state
        .calls()
        .filter((c) => c.endpoint === '/cgi-bin/freepublish/get')
        .map((c) => c.errcode),
    ).toEqual([0]);
  });

  it('freepublish/submit whose answer is lost is not retried: ambiguous, and it did take effect', async () => {
    const emu = await emulator();
    const { client } = clientOf(emu);
    const { mediaId } = await client.addDraft(await draftArticle(client));
    emu.state.addFault({ endpoint: '/cgi-bin/freepublish/submit', drop: 'after' });
    const error = await caught(client.submitPublish(mediaId));
    expect(error).toMatchObject({ kind: 'transient', ambiguous: true, attempts: 1 });
    expect(error.hint.en).toContain('reconcile');
    expect(emu.state.publications()).toHaveLength(1);
    // Reconciliation finds it; submitting the same draft again is refused (it left the draft box).
    expect((await client.listPublished()).items).toHaveLength(1);
    expect(await caught(client.submitPublish(mediaId))).toMatchObject({ kind: 'not-found', errcode: 40007 });
  });

  it('freepublish/submit answered 502 is ambiguous too', async () => {
    const emu = await emulator();
    const { client } = clientOf(emu);
    const { mediaId } = await client.addDraft(await draftArticle(client));
    emu.state.addFault({ endpoint: '/cgi-bin/freepublish/submit', httpStatus: 502 });
    expect(await caught(client.submitPublish(mediaId))).toMatchObject({ ambiguous: true, httpStatus: 502 });
    expect(emu.state.publications()).toHaveLength(0);
  });

  it('a connection refused is not ambiguous: nothing was sent', async () => {
    const emu = await emulator();
    const url = emu.url;
    await emu.close();
    const client = new WeChatClient({ appId: 'a', appSecret: 'b', apiBase: url, maxAttempts: 1 });
    expect(await caught(client.submitPublish('x'))).toMatchObject({ kind: 'transient', ambiguous: false });
  });
});

describe('errors that stop at once', () => {
  it('daily quota exhausted (45009): no retry, and the message says when it resets', async () => {
    const emu = await emulator({ config: { dailyQuotas: { '/cgi-bin/freepublish/get': 2 } } });
    const now = Date.UTC(2026, 10, 20, 15, 30); // 23:30 in Beijing
    const { client, sleeps } = clientOf(emu, GROUP, { now: () => now });
    const { publishId } = await client.submitPublish(
      (await client.addDraft(await draftArticle(client))).mediaId,
    );
    await client.getPublishStatus(publishId);
    await client.getPublishStatus(publishId);
    const error = await caught(client.getPublishStatus(publishId));
    expect(error).toMatchObject({ kind: 'quota', errcode: 45009, attempts: 1 });
    expect(error.resetsAt?.toISOString()).toBe('2026-11-20T16:00:00.000Z'); // 00:00 on the 21st in Beijing
    expect(error.message).toContain('2026-11-20T16:00:00.000Z');
    expect(error.hint.zh).toContain('2026-11-21 00:00 (Asia/Shanghai)');
    expect(sleeps).toEqual([]);
    expect(trail(emu).filter((c) => c.startsWith('freepublish/get'))).toEqual([
      'freepublish/get 0',
      'freepublish/get 0',
      'freepublish/get 45009',
    ]);
  });

  it('per-minute quota (45011) stops at once and names the next minute', async () => {
    const emu = await emulator({ config: { minuteQuotas: { '/cgi-bin/draft/add': 1 } } });
    const now = Date.UTC(2026, 10, 20, 2, 0, 30);
    const { client } = clientOf(emu, GROUP, { now: () => now });
    const article = await draftArticle(client);
    await client.addDraft(article);
    const error = await caught(client.addDraft(article));
    expect(error).toMatchObject({ kind: 'quota', errcode: 45011, attempts: 1 });
    expect(error.resetsAt?.toISOString()).toBe('2026-11-20T02:01:00.000Z');
  });

  it('the next daily reset is midnight in Beijing', () => {
    expect(nextDailyReset(Date.UTC(2026, 0, 1, 15, 59, 59)).toISOString()).toBe('2026-01-01T16:00:00.000Z');
    expect(nextDailyReset(Date.UTC(2026, 0, 1, 16, 0, 0)).toISOString()).toBe('2026-01-02T16:00:00.000Z');
  });

  it('40164: never retried, and the message names the egress IP to allow-list', async () => {
    const emu = await emulator();
    emu.state.upsertAccount({ ...GROUP, allowedIps: ['203.0.113.0/24'] });
    const { client, sleeps } = clientOf(emu);
    const error = await caught(client.uploadContentImage(png(), 'a.png'));
    expect(error).toMatchObject({ kind: 'ip-not-allowed', errcode: 40164, ip: '127.0.0.1', attempts: 1 });
    expect(error.errmsg).toMatch(/^invalid ip 127\.0\.0\.1 ipv6 ::ffff:127\.0\.0\.1, not in whitelist rid: /);
    expect(error.message).toContain('egress IP 127.0.0.1');
    expect(error.message).toContain('allow-list');
    expect(error.hint.zh).toContain('IP 白名单');
    expect(sleeps).toEqual([]);
    expect(trail(emu)).toEqual(['stable_token 40164']);
  });

  it('40164 on a business call after the allow-list changed', async () => {
    const emu = await emulator();
    const { client } = clientOf(emu);
    const article = await draftArticle(client);
    emu.state.upsertAccount({ ...GROUP, allowedIps: ['10.0.0.1'] });
    expect(await caught(client.addDraft(article))).toMatchObject({ kind: 'ip-not-allowed', ip: '127.0.0.1' });
    expect(trail(emu).slice(-1)).toEqual(['draft/add 40164']);
  });

  it('48001 on an unverified account: drafts work, publishing and mass-send say draft-only', async () => {
    const emu = await emulator();
    const { client } = clientOf(emu, PHARMA);
    const { mediaId } = await client.addDraft(await draftArticle(client));
    const submit = await caught(client.submitPublish(mediaId));
    expect(submit).toMatchObject({ kind: 'unauthorized-api', errcode: 48001, attempts: 1 });
    expect(submit.message).toContain('use publish method draft-only');
    expect(submit.hint.zh).toContain('draft-only');
    expect(await caught(client.massSend(mediaId))).toMatchObject({
      kind: 'unauthorized-api',
      errcode: 48001,
    });
    expect(emu.state.publications()).toEqual([]);
  });

  it.each([
    ['title of 33 characters', { title: '标'.repeat(33) }, 45003, '32'],
    ['author of 17 characters', { author: '作'.repeat(17) }, 45110, '16'],
    ['digest of 129 characters', { digest: '摘'.repeat(129) }, 45004, '128'],
    ['content of 20,000 characters', { content: `<p>${'字'.repeat(19_993)}</p>` }, 45002, '20,000'],
    ['an external link', { content: '<p><a href="https://example.com">x</a></p>' }, 40066, 'footnotes'],
    ['an unknown cover', { thumbMediaId: 'no-such-media' }, 40007, 'unknown id'],
  ])(
    'draft with %s → errcode %i, kind invalid/not-found, with the limit in the hint',
    async (_w, fields, errcode, hint) => {
      const emu = await emulator();
      const { client } = clientOf(emu);
      const error = await caught(client.addDraft(await draftArticle(client, fields)));
      expect(error.errcode).toBe(errcode);
      expect(error.kind).toBe(errcode === 40007 ? 'not-found' : 'invalid');
      expect(error.attempts).toBe(1);
      expect(error.hint.en).toContain(hint);
    },
  );

  it('content just under the limits passes', async () => {
    const emu = await emulator();
    const { client } = clientOf(emu);
    await client.addDraft(
      await draftArticle(client, {
        title: '标'.repeat(32),
        author: '作'.repeat(16),
        digest: '摘'.repeat(128),
        content: `<p>${'字'.repeat(19_992)}</p>`,
      }),
    );
  });

  it('image type and size are checked by WeChat, not by the file name', async () => {
    const emu = await emulator();
    const { client } = clientOf(emu);
    // A GIF goes up as image.gif whatever the article calls it, and uploadimg takes no .gif.
    expect(await caught(client.uploadContentImage(Buffer.from('GIF89a....'), 'a.png'))).toMatchObject({
      kind: 'invalid',
      errcode: 40113,
    });
    expect(await caught(client.uploadContentImage(png(2, 2, 1024 * 1024), 'big.png'))).toMatchObject({
      errcode: 40009,
    });
    expect((await client.uploadContentImage(JPEG, 'photo.jpg')).url).toContain('/mmbiz_jpg/');
  });
});

describe('publish job statuses', () => {
  it.each([
    [0, 'success', undefined],
    [2, 'original-check-failed', [1]],
    [3, 'failed', [1]],
    [4, 'review-rejected', [1]],
  ] as const)('scripted status %i → %s', async (code, name, failIdx) => {
    const emu = await emulator();
    const { client } = clientOf(emu);
    const { mediaId } = await client.addDraft(await draftArticle(client));
    emu.state.addFault({ endpoint: '/cgi-bin/freepublish/submit', publishStatus: code });
    const { publishId } = await client.submitPublish(mediaId);
    const status = await client.getPublishStatus(publishId);
    expect(status).toMatchObject({ status: code, name, pending: false });
    expect(status.failIdx).toEqual(failIdx);
    expect(status.articleId === undefined).toBe(code !== 0);
    expect(emu.state.publications()).toMatchObject([{ publish_id: publishId, status: code }]);
  });

  it('stays publishing (1) until the job ends on the emulator clock', async () => {
    const emu = await emulator({ config: { publishSeconds: 30 } });
    const { client } = clientOf(emu);
    const { publishId } = await client.submitPublish(
      (await client.addDraft(await draftArticle(client))).mediaId,
    );
    expect(await client.getPublishStatus(publishId)).toMatchObject({
      status: 1,
      name: 'publishing',
      pending: true,
    });
    emu.state.advanceClock(30_000);
    expect(await client.getPublishStatus(publishId)).toMatchObject({ status: 0, pending: false });
  });

  it('banned later (6) is reported', async () => {
    const emu = await emulator();
    const { client } = clientOf(emu);
    const { publishId } = await client.submitPublish(
      (await client.addDraft(await draftArticle(client))).mediaId,
    );
    emu.state.setPublicationStatus(publishId, 6);
    expect(await client.getPublishStatus(publishId)).toMatchObject({ status: 6, name: 'banned' });
  });

  it('an unknown publish_id is not-found', async () => {
    const emu = await emulator();
    const { client } = clientOf(emu);
    expect(await caught(client.getPublishStatus('123'))).toMatchObject({ kind: 'not-found', errcode: 53502 });
  });
});

describe('mass send', () => {
  it('sends to all, and a repeated clientmsgid returns the first send', async () => {
    const emu = await emulator();
    const { client } = clientOf(emu);
    const { mediaId } = await client.addDraft(await draftArticle(client));
    const first = await client.massSend(mediaId, { clientMsgId: 'article-abc123' });
    expect(first).toMatchObject({ duplicate: false });
    expect(first.msgId).toMatch(/^\d+$/);
    emu.state.advanceClock(120_000);
    const again = await client.massSend(mediaId, { clientMsgId: 'article-abc123' });
    expect(again).toEqual({ msgId: first.msgId, duplicate: true });
    expect(emu.state.publications()).toMatchObject([
      { method: 'sendall', msg_id: first.msgId, publish_id: null, status: 0 },
    ]);
  });

  it('a lost answer with a clientmsgid is retried safely: waits out 45066, then gets the first send', async () => {
    const emu = await emulator();
    const { client, sleeps } = clientOf(emu);
    const { mediaId } = await client.addDraft(await draftArticle(client));
    emu.state.addFault({ endpoint: '/cgi-bin/message/mass/sendall', drop: 'after' });
    const sent = await client.massSend(mediaId, { clientMsgId: 'article-def456' });
    expect(sent.duplicate).toBe(true);
    expect(emu.state.publications()).toHaveLength(1);
    expect(sleeps).toEqual([500, 60_000]);
    expect(trail(emu).filter((c) => c.startsWith('message'))).toEqual([
      'message/mass/sendall http null',
      'message/mass/sendall 45066',
      'message/mass/sendall 45065',
    ]);
  });

  it('without a clientmsgid a lost answer is ambiguous and not retried', async () => {
    const emu = await emulator();
    const { client } = clientOf(emu);
    const { mediaId } = await client.addDraft(await draftArticle(client));
    emu.state.addFault({ endpoint: '/cgi-bin/message/mass/sendall', drop: 'after' });
    expect(await caught(client.massSend(mediaId))).toMatchObject({ ambiguous: true, attempts: 1 });
  });

  it('the mass-send quota (45028) is a quota error; deleteMassSend withdraws a send', async () => {
    const emu = await emulator();
    emu.state.upsertAccount({ ...GROUP, type: 'subscription' });
    const { client } = clientOf(emu);
    const first = await client.massSend((await client.addDraft(await draftArticle(client))).mediaId);
    const second = client.massSend((await client.addDraft(await draftArticle(client))).mediaId);
    expect(await caught(second)).toMatchObject({ kind: 'quota', errcode: 45028 });
    await client.deleteMassSend(first.msgId);
    expect(emu.state.publications()).toMatchObject([{ msg_id: first.msgId, deleted: true }]);
  });
});

describe('protocol problems', () => {
  it('an HTTP 404 (a base URL that is not the WeChat API) is a protocol error, not retried', async () => {
    const emu = await emulator({ config: { unknownEndpoint: '404' } });
    const { client } = clientOf(emu, GROUP, { apiBase: `${emu.url}/not-wechat` });
    expect(await caught(client.addCoverMaterial(png(), 'c.png'))).toMatchObject({
      kind: 'protocol',
      httpStatus: 404,
      attempts: 1,
    });
  });
});

describe('secrets in logs', () => {
  it.each([
    [
      'a token in a URL',
      'POST /cgi-bin/draft/add?access_token=80_abc-DEF&type=image',
      'POST /cgi-bin/draft/add?access_token=***&type=image',
    ],
    [
      'a secret in a JSON body',
      '{"appid":"wx1","secret":"s3cr\\"et","force_refresh":false}',
      '{"appid":"wx1","secret":"***","force_refresh":false}',
    ],
    [
      'a secret in a query',
      'GET /cgi-bin/token?grant_type=client_credential&appid=wx1&secret=abc',
      'GET /cgi-bin/token?grant_type=client_credential&appid=wx1&secret=***',
    ],
    [
      'a token in a JSON answer',
      '{"access_token":"80_abc","expires_in":7200}',
      '{"access_token":"***","expires_in":7200}',
    ],
    ['a known value anywhere', 'token is long-token-value.', 'token is ***.'],
  ])('maskSecrets hides %s', (_what, input, expected) => {
    expect(maskSecrets(input, ['long-token-value', 'short'.slice(0, 3)])).toBe(expected);
  });

  it('neither the app secret nor any access token appears in any log line or error', async () => {
    const emu = await emulator();
    const { client, logs } = clientOf(emu);
    const article = await draftArticle(client);
    emu.state.expireTokens(); // a refresh: two tokens pass through the client
    const { mediaId } = await client.addDraft(article);
    emu.state.addFault({ endpoint: '/cgi-bin/freepublish/submit', errcode: -1 });
    await client.submitPublish(mediaId);
    emu.state.addFault({ endpoint: '/cgi-bin/draft/add', errcode: 40014, times: 2 });
    const error = await caught(client.addDraft(article));

    const tokens = Object.keys(emu.state.store.data.tokens);
    expect(tokens.length).toBeGreaterThanOrEqual(3);
    expect(logs.some((l) => l.includes('access_token=***'))).toBe(true);
    const everything = [...logs, error.message, JSON.stringify(error.hint), String(error.stack)].join('\n');
    expect(everything).not.toContain(GROUP.secret);
    for (const token of tokens) expect(everything).not.toContain(token);
  });
});
