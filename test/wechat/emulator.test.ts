/**
 * The emulator over raw HTTP, point by point against reference §13: envelopes and errcodes, tokens, quotas,
 * uploads, drafts, publish jobs, mass send, the IP allow-list, faults, its readable state and persistence.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import type { RunningEmulator } from '../../src/wechat/emulator/server.js';
import {
  type Answer,
  EMULATOR_START,
  emulator,
  GIF,
  GROUP,
  JPEG,
  PHARMA,
  png,
  post,
  RID,
  tokenOf,
} from './helpers.js';

async function get(url: string): Promise<Answer> {
  return (await (await fetch(url)).json()) as Answer;
}

function upload(url: string, bytes: Uint8Array, filename = 'a.png', field = 'media') {
  const form = new FormData();
  form.append(field, new Blob([bytes]), filename);
  return fetch(url, { method: 'POST', body: form }).then((r) => r.json() as Promise<Answer>);
}

/** `POST <endpoint>?access_token=…` with a JSON body. */
async function call(emu: RunningEmulator, token: string, endpoint: string, body: unknown = {}) {
  return post(`${emu.url}/cgi-bin/${endpoint}?access_token=${token}`, body);
}

async function cover(emu: RunningEmulator, token: string): Promise<string> {
  return (await upload(`${emu.url}/cgi-bin/material/add_material?access_token=${token}&type=image`, png()))
    .media_id;
}

async function draft(emu: RunningEmulator, token: string, fields: Record<string, unknown> = {}) {
  const thumb = await cover(emu, token);
  return call(emu, token, 'draft/add', {
    articles: [{ title: '标题', content: '<p>正文</p>', thumb_media_id: thumb, ...fields }],
  });
}

describe('envelope and error paths', () => {
  it('errors are HTTP 200 with exactly errcode and errmsg ending in a rid', async () => {
    const emu = await emulator();
    const r = await fetch(`${emu.url}/cgi-bin/draft/add`, { method: 'POST', body: '{}' });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/json; encoding=utf-8');
    const body = (await r.json()) as Answer;
    expect(Object.keys(body)).toEqual(['errcode', 'errmsg']);
    expect(body).toMatchObject({
      errcode: 41001,
      errmsg: expect.stringMatching(/^access_token missing rid: /),
    });
    expect(body.errmsg).toMatch(RID);
  });

  it.each([
    ['an unknown endpoint', 40066, 'cgi-bin/no/such', 'POST', '{}', 'invalid url'],
    [
      'a garbage token',
      40001,
      'cgi-bin/draft/add?access_token=garbage',
      'POST',
      '{}',
      'invalid credential, access_token is invalid or not latest',
    ],
    [
      'GET on a POST endpoint',
      43002,
      'cgi-bin/draft/add?access_token=TOKEN',
      'GET',
      undefined,
      'require POST method',
    ],
    ['an empty body', 44002, 'cgi-bin/draft/add?access_token=TOKEN', 'POST', '', 'empty post data'],
    [
      'bad JSON',
      47001,
      'cgi-bin/draft/add?access_token=TOKEN',
      'POST',
      '{"articles": [',
      'data format error hint: [',
    ],
    ['a JSON array', 47001, 'cgi-bin/draft/add?access_token=TOKEN', 'POST', '[]', 'data format error'],
    ['stable_token by GET', 43002, 'cgi-bin/stable_token', 'GET', undefined, 'require POST method'],
    ['stable_token with bad JSON', 47001, 'cgi-bin/stable_token', 'POST', 'appid=x', 'data format error'],
    [
      'uploadimg without a media part',
      41005,
      'cgi-bin/media/uploadimg?access_token=TOKEN',
      'POST',
      '',
      'media data missing',
    ],
  ])('%s → %i', async (_what, errcode, path, method, body, errmsg) => {
    const emu = await emulator();
    const token = await tokenOf(emu);
    const init: RequestInit = { method };
    if (body !== undefined) init.body = body;
    const answer = (await (await fetch(`${emu.url}/${path.replace('TOKEN', token)}`, init)).json()) as Answer;
    expect(answer.errcode).toBe(errcode);
    expect(answer.errmsg.startsWith(errmsg)).toBe(true);
    expect(answer.errmsg).toMatch(RID);
  });

  it('an unknown endpoint can be an HTTP 404 instead', async () => {
    const emu = await emulator({ config: { unknownEndpoint: '404' } });
    expect((await fetch(`${emu.url}/cgi-bin/no/such`)).status).toBe(404);
  });

  it('success bodies omit errcode where WeChat does, and carry errcode 0 where it does', async () => {
    const emu = await emulator();
    const token = await tokenOf(emu);
    const added = await draft(emu, token);
    expect(Object.keys(added)).toEqual(['media_id']);
    expect(added.media_id).toMatch(/^[\w-]{43}$/);
    const submitted = await call(emu, token, 'freepublish/submit', { media_id: added.media_id });
    expect(submitted).toEqual({
      errcode: 0,
      errmsg: 'ok',
      publish_id: expect.any(Number),
      msg_data_id: expect.any(Number),
    });
    expect(await call(emu, token, 'draft/delete', { media_id: (await draft(emu, token)).media_id })).toEqual({
      errcode: 0,
      errmsg: 'ok',
    });
  });
});

describe('tokens', () => {
  const body = (extra: Record<string, unknown> = {}) => ({
    grant_type: 'client_credential',
    appid: GROUP.appid,
    secret: GROUP.secret,
    ...extra,
  });

  it.each([
    ['a wrong grant_type', 40002, { grant_type: 'password' }],
    ['no appid', 41002, { appid: undefined }],
    ['no secret', 41004, { secret: undefined }],
    ['an unknown appid', 40013, { appid: 'wx-nobody' }],
    ['a wrong secret', 40125, { secret: 'nope' }],
  ])('stable_token with %s → %i', async (_what, errcode, extra) => {
    const emu = await emulator();
    expect((await post(`${emu.url}/cgi-bin/stable_token`, body(extra))).errcode).toBe(errcode);
  });

  it('a frozen AppSecret → 40243', async () => {
    const emu = await emulator();
    emu.state.upsertAccount({ ...GROUP, secretFrozen: true });
    expect(await post(`${emu.url}/cgi-bin/stable_token`, body())).toMatchObject({
      errcode: 40243,
      errmsg: expect.stringContaining('AppSecret已被冻结'),
    });
  });

  it('normal mode returns the same token with the remaining seconds, and rotates 5 minutes before expiry', async () => {
    const emu = await emulator();
    const first = await post(`${emu.url}/cgi-bin/stable_token`, body());
    expect(Object.keys(first)).toEqual(['access_token', 'expires_in']);
    expect(first.expires_in).toBe(7200);
    emu.state.advanceClock(100_000);
    expect(await post(`${emu.url}/cgi-bin/stable_token`, body())).toEqual({
      access_token: first.access_token,
      expires_in: 7100,
    });
    emu.state.advanceClock(6_900_000 + 1000); // 299 s left: inside the rotation window
    const rotated = await post(`${emu.url}/cgi-bin/stable_token`, body());
    expect(rotated.access_token).not.toBe(first.access_token);
    expect(rotated.expires_in).toBe(7200);
    // The old one works until its own expiry, then says expired.
    expect((await get(`${emu.url}/cgi-bin/draft/count?access_token=${first.access_token}`)).total_count).toBe(
      0,
    );
    emu.state.advanceClock(299_000);
    expect((await get(`${emu.url}/cgi-bin/draft/count?access_token=${first.access_token}`)).errcode).toBe(
      42001,
    );
    expect(
      (await get(`${emu.url}/cgi-bin/draft/count?access_token=${rotated.access_token}`)).total_count,
    ).toBe(0);
  });

  it('force_refresh kills the old token at once; not again within 30 s', async () => {
    const emu = await emulator();
    const old = (await post(`${emu.url}/cgi-bin/stable_token`, body())).access_token;
    const forced = (await post(`${emu.url}/cgi-bin/stable_token`, body({ force_refresh: true })))
      .access_token;
    expect(forced).not.toBe(old);
    expect((await get(`${emu.url}/cgi-bin/draft/count?access_token=${old}`)).errcode).toBe(40001);
    const tooSoon = (await post(`${emu.url}/cgi-bin/stable_token`, body({ force_refresh: true })))
      .access_token;
    expect(tooSoon).toBe(forced);
    emu.state.advanceClock(30_000);
    expect(
      (await post(`${emu.url}/cgi-bin/stable_token`, body({ force_refresh: true }))).access_token,
    ).not.toBe(forced);
  });

  it('/cgi-bin/token mints a new token per call; the previous one dies 5 minutes later; stable is independent', async () => {
    const emu = await emulator();
    const url = `${emu.url}/cgi-bin/token?grant_type=client_credential&appid=${GROUP.appid}&secret=${GROUP.secret}`;
    const stable = await tokenOf(emu);
    const a = await get(url);
    expect(a.expires_in).toBe(7200);
    const b = await get(url);
    expect(b.access_token).not.toBe(a.access_token);
    expect((await get(`${emu.url}/cgi-bin/draft/count?access_token=${a.access_token}`)).total_count).toBe(0);
    emu.state.advanceClock(300_000);
    const stale = await get(`${emu.url}/cgi-bin/draft/count?access_token=${a.access_token}`);
    expect(stale.errcode).toBe(40001);
    expect(stale.errmsg).toContain('access_token is invalid or not latest');
    expect((await get(`${emu.url}/cgi-bin/draft/count?access_token=${b.access_token}`)).total_count).toBe(0);
    expect((await get(`${emu.url}/cgi-bin/draft/count?access_token=${stable}`)).total_count).toBe(0);
    expect((await get(`${url.replace(GROUP.secret, 'wrong')}`)).errcode).toBe(40125);
  });

  it('a shorter expires_in can be configured', async () => {
    const emu = await emulator({ config: { tokenTtlSeconds: 600 } });
    expect((await post(`${emu.url}/cgi-bin/stable_token`, body())).expires_in).toBe(600);
  });
});

describe('quotas', () => {
  it('freepublish/get allows 100 calls a day, then 45009 until midnight in Beijing', async () => {
    const base = Date.UTC(2026, 10, 20, 4, 0); // 12:00 in Beijing
    const emu = await emulator({ clock: new ManualClock(base) });
    const token = await tokenOf(emu);
    const answers = [];
    for (let i = 0; i < 101; i++) answers.push(await call(emu, token, 'freepublish/get', { publish_id: 1 }));
    expect(answers.slice(0, 100).every((a) => a.errcode === 53502)).toBe(true);
    expect(answers[100]).toMatchObject({
      errcode: 45009,
      errmsg: expect.stringMatching(/^reach max api daily quota limit rid: /),
    });
    const quota = await call(emu, token, 'openapi/quota/get', { cgi_path: '/cgi-bin/freepublish/get' });
    expect(quota.quota).toEqual({ daily_limit: 100, used: 100, remain: 0 });
    emu.state.advanceClock(11 * 3600_000); // 23:00 in Beijing: still the same day
    const later = await tokenOf(emu); // the first token expired meanwhile
    expect((await call(emu, later, 'freepublish/get', { publish_id: 1 })).errcode).toBe(45009);
    emu.state.advanceClock(3600_000); // 00:00: a new day
    expect((await call(emu, later, 'freepublish/get', { publish_id: 1 })).errcode).toBe(53502);
  });

  it('clear_quota resets the counters, 10 times a month, then 48006', async () => {
    const emu = await emulator({ config: { dailyQuotas: { '/cgi-bin/draft/count': 1 } } });
    const token = await tokenOf(emu);
    const count = () => get(`${emu.url}/cgi-bin/draft/count?access_token=${token}`);
    await count();
    expect((await count()).errcode).toBe(45009);
    expect(await call(emu, token, 'clear_quota', { appid: GROUP.appid })).toEqual({
      errcode: 0,
      errmsg: 'ok',
    });
    expect((await count()).total_count).toBe(0);
    expect((await call(emu, token, 'clear_quota', { appid: 'wx-other' })).errcode).toBe(40013);
    for (let i = 0; i < 9; i++) await call(emu, token, 'clear_quota', { appid: GROUP.appid });
    expect((await call(emu, token, 'clear_quota', { appid: GROUP.appid })).errcode).toBe(48006);
  });

  it('quotas are per account', async () => {
    const emu = await emulator({ config: { dailyQuotas: { '/cgi-bin/draft/count': 1 } } });
    const a = await tokenOf(emu, GROUP);
    const b = await tokenOf(emu, PHARMA);
    await get(`${emu.url}/cgi-bin/draft/count?access_token=${a}`);
    expect((await get(`${emu.url}/cgi-bin/draft/count?access_token=${b}`)).total_count).toBe(0);
    expect(emu.state.quotas()).toMatchObject({
      [GROUP.appid]: { '/cgi-bin/draft/count': { used: 1, limit: 1 } },
      [PHARMA.appid]: { '/cgi-bin/draft/count': { used: 1, limit: 1 } },
    });
  });
});

describe('images', () => {
  it('uploadimg takes jpg/png under 1 MB only and serves what it stored', async () => {
    const emu = await emulator();
    const token = await tokenOf(emu);
    const url = `${emu.url}/cgi-bin/media/uploadimg?access_token=${token}`;
    expect((await upload(url, GIF, 'a.png')).errcode).toBe(40137); // not what its name says
    expect((await upload(url, GIF, 'a.gif')).errcode).toBe(40113); // uploadimg takes no .gif
    expect((await upload(url, png(2, 2, 1024 * 1024), 'a.png')).errcode).toBe(40009);
    expect((await upload(url, png(), 'a.png', 'file')).errcode).toBe(41005);
    const ok = await upload(url, JPEG, 'a.jpg');
    expect(Object.keys(ok)).toEqual(['url']);
    expect(ok.url).toMatch(/\/mmbiz_jpg\/[\w-]+\/0\?wx_fmt=jpeg$/);
    const image = await fetch(ok.url);
    expect(image.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await image.arrayBuffer())).toEqual(JPEG);
  });

  it('add_material checks type and per-type limits and answers media_id, url and item', async () => {
    const emu = await emulator();
    const token = await tokenOf(emu);
    const url = (type: string) =>
      `${emu.url}/cgi-bin/material/add_material?access_token=${token}&type=${type}`;
    expect((await upload(url('sticker'), png())).errcode).toBe(40004);
    expect((await upload(url('thumb'), png())).errcode).toBe(40005); // thumbs are jpg
    const bigJpeg = Buffer.concat([JPEG, Buffer.alloc(64 * 1024)]);
    expect((await upload(url('thumb'), bigJpeg, 'big.jpg')).errcode).toBe(40012);
    const image = await upload(url('image'), GIF, 'a.gif');
    expect(image).toEqual({
      media_id: expect.stringMatching(/^[\w-]{64}$/),
      url: expect.any(String),
      item: [],
    });
  });

  it('temporary media cannot be a cover (40007)', async () => {
    const emu = await emulator();
    const token = await tokenOf(emu);
    const temp = await upload(`${emu.url}/cgi-bin/media/upload?access_token=${token}&type=image`, png());
    expect(temp).toEqual({ type: 'image', media_id: expect.any(String), created_at: expect.any(Number) });
    const answer = await call(emu, token, 'draft/add', {
      articles: [{ title: 't', content: '<p>x</p>', thumb_media_id: temp.media_id }],
    });
    expect(answer.errcode).toBe(40007);
  });
});

describe('drafts', () => {
  it.each([
    ['title 33 characters', 45003, { title: 'a'.repeat(33) }, 'title size out of limit'],
    ['author 17 characters', 45110, { author: '作'.repeat(17) }, 'author size out of limit'],
    ['digest 129 characters', 45004, { digest: 'd'.repeat(129) }, 'description size out of limit'],
    ['content 20,000 characters', 45002, { content: 'x'.repeat(20_000) }, 'content size out of limit'],
    [
      'content_source_url over 1 KB',
      45005,
      { content_source_url: `https://a.example/${'x'.repeat(1024)}` },
      'url size',
    ],
    [
      'content_source_url not http',
      41039,
      { content_source_url: 'javascript:x' },
      'invalid content_source_url',
    ],
    ['an external link', 40066, { content: '<a href="http://example.com">x</a>' }, 'invalid url'],
    ['no title', 44003, { title: '' }, 'empty news data'],
    ['a non-string title', 47001, { title: 5 }, 'data format error'],
  ])('%s → %i', async (_what, errcode, fields, errmsg) => {
    const emu = await emulator();
    const answer = await draft(emu, await tokenOf(emu), fields);
    expect(answer.errcode).toBe(errcode);
    expect(answer.errmsg.startsWith(errmsg)).toBe(true);
  });

  it('content of 1 MB or more → 45002 even under the character limit', async () => {
    const emu = await emulator({ config: { limits: { contentChars: 1_000_000 } } });
    const token = await tokenOf(emu);
    const big = { content: `<p>${'字'.repeat(350_000)}</p>` }; // 1.05 MB of UTF-8
    expect((await draft(emu, token, big)).errcode).toBe(45002);
    expect((await draft(emu, token, { content: `<p>${'字'.repeat(340_000)}</p>` })).media_id).toBeDefined();
  });

  it('external links can be configured to 45166, or stripped', async () => {
    const link = { content: '<p><a href="http://example.com">x</a></p>' };
    const strict = await emulator({ config: { externalLinks: 'reject-45166' } });
    expect((await draft(strict, await tokenOf(strict), link)).errcode).toBe(45166);
    const lax = await emulator({ config: { externalLinks: 'strip' } });
    const token = await tokenOf(lax);
    const { media_id } = await draft(lax, token, link);
    expect((await call(lax, token, 'draft/get', { media_id })).news_item[0].content).toBe('<p>x</p>');
  });

  it('more than 8 articles → 45008; comments without permission → 88000', async () => {
    const emu = await emulator();
    const token = await tokenOf(emu);
    const thumb = await cover(emu, token);
    const one = { title: 't', content: '<p>x</p>', thumb_media_id: thumb };
    expect((await call(emu, token, 'draft/add', { articles: Array(9).fill(one) })).errcode).toBe(45008);
    expect((await call(emu, token, 'draft/add', { articles: [] })).errcode).toBe(44003);
    emu.state.upsertAccount({ ...GROUP, comments: false });
    expect((await draft(emu, token, { need_open_comment: 1 })).errcode).toBe(88000);
  });

  it('stores what WeChat keeps: sanitized content, default digest, unknown fields ignored', async () => {
    const emu = await emulator();
    const token = await tokenOf(emu);
    const text =
      '这是一篇关于集团第三季度经营情况的文章，内容包括营收、利润、新业务进展以及下一季度的计划安排，欢迎阅读。';
    const { media_id } = await draft(emu, token, {
      content: `<p onclick="x()">${text}</p><script>alert(1)</script>`,
      publish_at: '2026-11-20T10:00:00+08:00',
    });
    const got = await call(emu, token, 'draft/get', { media_id });
    expect(got.news_item).toHaveLength(1);
    expect(got.news_item[0]).toMatchObject({
      title: '标题',
      content: `<p>${text}</p>`,
      digest: [...text].slice(0, 54).join(''),
      need_open_comment: 0,
      url: `${emu.url}/s/${media_id}`,
    });
    expect(got.news_item[0]).not.toHaveProperty('publish_at');
  });

  it('update (0-based index, articles as one object), count, batchget, delete', async () => {
    const emu = await emulator();
    const token = await tokenOf(emu);
    const { media_id } = await draft(emu, token);
    const thumb = await cover(emu, token);
    const article = { title: '新标题', content: '<p>新</p>', thumb_media_id: thumb };
    expect((await call(emu, token, 'draft/update', { media_id, index: 1, articles: article })).errcode).toBe(
      40114,
    );
    expect(await call(emu, token, 'draft/update', { media_id, index: 0, articles: article })).toEqual({
      errcode: 0,
      errmsg: 'ok',
    });
    expect((await get(`${emu.url}/cgi-bin/draft/count?access_token=${token}`)).total_count).toBe(1);
    const list = await call(emu, token, 'draft/batchget', { offset: 0, count: 20, no_content: 1 });
    expect(list).toMatchObject({ total_count: 1, item_count: 1, item: [{ media_id }] });
    expect(list.item[0].content.news_item[0]).toMatchObject({ title: '新标题', content: '' });
    expect((await call(emu, token, 'draft/batchget', { offset: 0, count: 21 })).errcode).toBe(40002);
    await call(emu, token, 'draft/delete', { media_id });
    expect((await call(emu, token, 'draft/get', { media_id })).errcode).toBe(40007);
    expect((await call(emu, token, 'draft/delete', { media_id })).errcode).toBe(40007);
  });
});

describe('publishing', () => {
  it('a job is asynchronous: 1 while publishing, then 0 with article_id and urls; the draft leaves the box', async () => {
    const emu = await emulator({ config: { publishSeconds: 10 } });
    const token = await tokenOf(emu);
    const { media_id } = await draft(emu, token);
    const { publish_id } = await call(emu, token, 'freepublish/submit', { media_id });
    expect(await call(emu, token, 'freepublish/get', { publish_id })).toEqual({
      publish_id,
      publish_status: 1,
      fail_idx: [],
    });
    expect(emu.state.publications()[0]).toMatchObject({ status: 1, article_id: null });
    // Submitting the draft again while it publishes is refused.
    expect((await call(emu, token, 'freepublish/submit', { media_id })).errcode).toBe(40007);
    emu.state.advanceClock(10_000);
    const done = await call(emu, token, 'freepublish/get', { publish_id: String(publish_id) });
    expect(done).toEqual({
      publish_id,
      publish_status: 0,
      article_id: expect.stringMatching(/^[\w-]{43}$/),
      article_detail: { count: 1, item: [{ idx: 1, article_url: `${emu.url}/s/${done.article_id}` }] },
      fail_idx: [],
    });
    expect((await call(emu, token, 'draft/get', { media_id })).errcode).toBe(40007);
    const page = await fetch(done.article_detail.item[0].article_url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<p>正文</p>');
  });

  it.each([2, 3, 4])(
    'a scripted failure %i lists fail_idx and returns the draft to the box',
    async (status) => {
      const emu = await emulator();
      const token = await tokenOf(emu);
      const { media_id } = await draft(emu, token);
      emu.state.addFault({ endpoint: '/cgi-bin/freepublish/submit', publishStatus: status, failIdx: [1] });
      const { publish_id } = await call(emu, token, 'freepublish/submit', { media_id });
      expect(await call(emu, token, 'freepublish/get', { publish_id })).toEqual({
        publish_id,
        publish_status: status,
        fail_idx: [1],
      });
      expect((await call(emu, token, 'draft/get', { media_id })).news_item).toHaveLength(1);
      // It can be submitted again, and this time it succeeds.
      const again = await call(emu, token, 'freepublish/submit', { media_id });
      expect(
        (await call(emu, token, 'freepublish/get', { publish_id: again.publish_id })).publish_status,
      ).toBe(0);
      expect(emu.state.publications().map((p) => p.status)).toEqual([status, 0]);
    },
  );

  it('getarticle, batchget (successes only), delete with a 1-based index, then status 5', async () => {
    const emu = await emulator();
    const token = await tokenOf(emu);
    const thumb = await cover(emu, token);
    const two = {
      articles: [
        { title: '一', content: '<p>1</p>', thumb_media_id: thumb },
        { title: '二', content: '<p>2</p>', thumb_media_id: thumb },
      ],
    };
    const { media_id } = await call(emu, token, 'draft/add', two);
    const { publish_id } = await call(emu, token, 'freepublish/submit', { media_id });
    const { article_id } = await call(emu, token, 'freepublish/get', { publish_id });
    const { media_id: failing } = await draft(emu, token);
    emu.state.addFault({ endpoint: '/cgi-bin/freepublish/submit', publishStatus: 3 });
    await call(emu, token, 'freepublish/submit', { media_id: failing });

    const list = await call(emu, token, 'freepublish/batchget', { offset: 0, count: 20, no_content: 0 });
    expect(list).toMatchObject({ total_count: 1, item_count: 1, item: [{ article_id }] });
    expect(list.item[0].content.news_item.map((n: { title: string }) => n.title)).toEqual(['一', '二']);

    expect(await call(emu, token, 'freepublish/delete', { article_id, index: 2 })).toEqual({
      errcode: 0,
      errmsg: 'ok',
    });
    const article = await call(emu, token, 'freepublish/getarticle', { article_id });
    expect(article.news_item.map((n: { is_deleted: boolean }) => n.is_deleted)).toEqual([false, true]);
    expect((await call(emu, token, 'freepublish/delete', { article_id, index: 3 })).errcode).toBe(40114);
    await call(emu, token, 'freepublish/delete', { article_id });
    expect((await call(emu, token, 'freepublish/get', { publish_id })).publish_status).toBe(5);
    expect((await call(emu, token, 'freepublish/getarticle', { article_id: 'nope' })).errcode).toBe(53600);
    expect((await fetch(`${emu.url}/s/${article_id}`)).status).toBe(410);
  });

  it('an unverified account gets 48001 on freepublish/* and sendall, but drafts work', async () => {
    const emu = await emulator();
    const token = await tokenOf(emu, PHARMA);
    const { media_id } = await draft(emu, token);
    expect(media_id).toBeDefined();
    for (const endpoint of [
      'freepublish/submit',
      'freepublish/get',
      'freepublish/batchget',
      'message/mass/sendall',
    ]) {
      const answer = await call(emu, token, endpoint, { media_id });
      expect(answer).toMatchObject({
        errcode: 48001,
        errmsg: expect.stringMatching(/^api unauthorized rid: /),
      });
    }
  });
});

describe('the emulator clock', () => {
  it('a publish job ends only when the clock passes its end: POST /__emulator/clock {advance_ms}', async () => {
    const emu = await emulator({ config: { publishSeconds: 3 } });
    const token = await tokenOf(emu);
    const { publish_id } = await call(emu, token, 'freepublish/submit', {
      media_id: (await draft(emu, token)).media_id,
    });
    const status = async () => (await call(emu, token, 'freepublish/get', { publish_id })).publish_status;
    expect(await status()).toBe(1);
    expect(await post(`${emu.url}/__emulator/clock`, { advance_ms: 2999 })).toMatchObject({
      offset_ms: 2999,
    });
    expect(await status()).toBe(1);
    await post(`${emu.url}/__emulator/clock`, { advance_ms: 1 });
    expect(await status()).toBe(0);
    expect(emu.state.publications()[0]?.finished_at).toBe(new Date(EMULATOR_START + 3000).toISOString());
  });

  it('a delayed call waits on the emulator clock, and is answered once the clock passes the delay', async () => {
    const emu = await emulator();
    const token = await tokenOf(emu);
    emu.state.addFault({ endpoint: '/cgi-bin/draft/count', delayMs: 5000 });
    const watch = emu.state.watchCall('/cgi-bin/draft/count');
    const answer = get(`${emu.url}/cgi-bin/draft/count?access_token=${token}`);
    await watch.arrived;
    expect(emu.state.clock.waiting).toBe(1);
    emu.state.advanceClock(4999);
    expect(emu.state.clock.waiting).toBe(1);
    expect(emu.state.calls().map((c) => c.endpoint)).toEqual(['/cgi-bin/stable_token']);
    emu.state.advanceClock(1);
    expect(emu.state.clock.waiting).toBe(0);
    expect((await answer).total_count).toBe(0);
    expect(await watch.answered).toMatchObject({ endpoint: '/cgi-bin/draft/count', fault: 'delay 5000 ms' });
  });

  it('closing the emulator ends a call still waiting out its delay, without an answer', async () => {
    const emu = await emulator();
    const token = await tokenOf(emu);
    emu.state.addFault({ endpoint: '/cgi-bin/draft/count', delayMs: 3_600_000 });
    const watch = emu.state.watchCall('/cgi-bin/draft/count');
    const answer = fetch(`${emu.url}/cgi-bin/draft/count?access_token=${token}`);
    await watch.arrived;
    await emu.close();
    await expect(answer).rejects.toThrow();
    expect(emu.state.clock.waiting).toBe(0);
  });
});

describe('mass send', () => {
  const sendall = (media_id: string, extra: Record<string, unknown> = {}) => ({
    filter: { is_to_all: true },
    mpnews: { media_id },
    msgtype: 'mpnews',
    send_ignore_reprint: 0,
    ...extra,
  });

  it('answers like WeChat, once a day for a subscription account (45028)', async () => {
    const emu = await emulator();
    emu.state.upsertAccount({ ...GROUP, type: 'subscription' });
    const token = await tokenOf(emu);
    const first = await call(emu, token, 'message/mass/sendall', sendall((await draft(emu, token)).media_id));
    expect(first).toEqual({
      errcode: 0,
      errmsg: 'send job submission success',
      msg_id: expect.any(Number),
      msg_data_id: expect.any(Number),
    });
    const second = await call(
      emu,
      token,
      'message/mass/sendall',
      sendall((await draft(emu, token)).media_id),
    );
    expect(second).toMatchObject({
      errcode: 45028,
      errmsg: expect.stringMatching(/^has no masssend quota rid: /),
    });
  });

  it('a service account sends to all 4 times a month', async () => {
    const emu = await emulator({ clock: new ManualClock(Date.UTC(2026, 10, 1, 4)) });
    const token = await tokenOf(emu);
    const codes = [];
    for (let i = 0; i < 5; i++) {
      codes.push(
        (await call(emu, token, 'message/mass/sendall', sendall((await draft(emu, token)).media_id))).errcode,
      );
    }
    expect(codes).toEqual([0, 0, 0, 0, 45028]);
  });

  it('clientmsgid: 45066 within a minute, 45065 with the msg_id within 24 hours', async () => {
    const emu = await emulator();
    const token = await tokenOf(emu);
    const { media_id } = await draft(emu, token);
    const first = await call(emu, token, 'message/mass/sendall', sendall(media_id, { clientmsgid: 'c1' }));
    const fast = await call(emu, token, 'message/mass/sendall', sendall(media_id, { clientmsgid: 'c1' }));
    expect(fast).toMatchObject({
      errcode: 45066,
      errmsg: expect.stringMatching(/^same clientmsgid retry too fast hint: \[/),
    });
    emu.state.advanceClock(61_000);
    expect(await call(emu, token, 'message/mass/sendall', sendall(media_id, { clientmsgid: 'c1' }))).toEqual({
      errcode: 45065,
      errmsg: 'clientmsgid exist',
      msg_id: first.msg_id,
    });
    expect(emu.state.publications()).toHaveLength(1);
  });
});

describe('IP allow-list', () => {
  it('checks the socket address on every endpoint and quotes it in 40164', async () => {
    const emu = await emulator();
    const token = await tokenOf(emu);
    emu.state.upsertAccount({ ...GROUP, allowedIps: ['192.0.2.7'] });
    const answer = await get(`${emu.url}/cgi-bin/draft/count?access_token=${token}`);
    expect(answer.errcode).toBe(40164);
    expect(answer.errmsg).toMatch(
      /^invalid ip 127\.0\.0\.1 ipv6 ::ffff:127\.0\.0\.1, not in whitelist rid: /,
    );
    emu.state.upsertAccount({ ...GROUP, allowedIps: ['192.0.2.7', '127.0.0.0/8'] });
    expect((await get(`${emu.url}/cgi-bin/draft/count?access_token=${token}`)).total_count).toBe(0);
  });

  it('takes X-Forwarded-For only when told to trust it', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.9, 10.0.0.1' };
    const account = { ...GROUP, allowedIps: ['203.0.113.0/24'] };
    const body = { grant_type: 'client_credential', appid: GROUP.appid, secret: GROUP.secret };

    const untrusting = await emulator({ config: { accounts: [account] } });
    expect((await post(`${untrusting.url}/cgi-bin/stable_token`, body, headers)).errcode).toBe(40164);

    const trusting = await emulator({ config: { accounts: [account], trustForwardedFor: true } });
    expect((await post(`${trusting.url}/cgi-bin/stable_token`, body, headers)).access_token).toBeDefined();
    const other = await post(`${trusting.url}/cgi-bin/stable_token`, body, {
      'x-forwarded-for': '198.51.100.1',
    });
    expect(other.errmsg).toMatch(/^invalid ip 198\.51\.100\.1 ipv6 ::ffff:198\.51\.100\.1, not in whitelist/);
  });
});

describe('faults', () => {
  it('scripted errcodes for the next N calls of one endpoint, then normal again', async () => {
    const emu = await emulator();
    const token = await tokenOf(emu);
    await post(`${emu.url}/__emulator/faults`, { endpoint: '/cgi-bin/draft/count', errcode: -1, times: 2 });
    const count = () => get(`${emu.url}/cgi-bin/draft/count?access_token=${token}`);
    expect((await count()).errmsg).toMatch(/^system error rid: /);
    expect((await count()).errcode).toBe(-1);
    expect((await count()).total_count).toBe(0);
    expect(emu.state.calls().map((c) => [c.errcode, c.fault])).toEqual([
      [0, null],
      [-1, 'errcode -1'],
      [-1, 'errcode -1'],
      [0, null],
    ]);
  });

  it('a fault for one account leaves the others alone; custom errmsg; any endpoint', async () => {
    const emu = await emulator();
    const group = await tokenOf(emu, GROUP);
    const pharma = await tokenOf(emu, PHARMA);
    emu.state.addFault({ endpoint: '*', appid: PHARMA.appid, errcode: 50002, errmsg: 'user limited' });
    expect((await get(`${emu.url}/cgi-bin/draft/count?access_token=${group}`)).total_count).toBe(0);
    expect((await get(`${emu.url}/cgi-bin/draft/count?access_token=${pharma}`)).errmsg).toMatch(
      /^user limited rid/,
    );
  });

  it('HTTP errors, dropped connections and delays', async () => {
    const emu = await emulator();
    const token = await tokenOf(emu);
    const url = `${emu.url}/cgi-bin/draft/count?access_token=${token}`;
    emu.state.addFault({ endpoint: '/cgi-bin/draft/count', httpStatus: 503 });
    expect((await fetch(url)).status).toBe(503);
    emu.state.addFault({ endpoint: '/cgi-bin/draft/count', drop: 'before' });
    await expect(fetch(url)).rejects.toThrow();
    emu.state.addFault({ endpoint: '/cgi-bin/draft/count', delayMs: 1 });
    const watch = emu.state.watchCall('/cgi-bin/draft/count');
    const late = get(url);
    await watch.arrived;
    emu.state.advanceClock(1);
    expect((await late).total_count).toBe(0);
  });

  it('bad faults are refused with the reason', async () => {
    const emu = await emulator();
    const r = await fetch(`${emu.url}/__emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ endpoint: 'draft/add', errcode: 1 }),
    });
    expect(r.status).toBe(400);
    expect(((await r.json()) as Answer).error).toContain('endpoint');
    const status = await post(`${emu.url}/__emulator/faults`, { endpoint: '*', publishStatus: 7 });
    expect(status.error).toContain('publishStatus');
  });
});

describe('readable state', () => {
  it('GET /__emulator/publications: one entry per accepted submit or sendall', async () => {
    const emu = await emulator();
    const token = await tokenOf(emu);
    const { publish_id } = await call(emu, token, 'freepublish/submit', {
      media_id: (await draft(emu, token)).media_id,
    });
    const { article_id } = await call(emu, token, 'freepublish/get', { publish_id });
    const sent = await call(emu, token, 'message/mass/sendall', {
      filter: { is_to_all: true },
      mpnews: { media_id: (await draft(emu, token, { title: '群发' })).media_id },
      msgtype: 'mpnews',
    });
    await call(emu, token, 'freepublish/submit', { media_id: 'unknown' }); // refused: not listed

    const list = (await get(`${emu.url}/__emulator/publications`)) as unknown as Answer[];
    expect(list).toHaveLength(2);
    for (const entry of list) {
      expect(Object.keys(entry)).toEqual(
        expect.arrayContaining(['publish_id', 'article_id', 'title', 'status', 'deleted']),
      );
    }
    expect(list[0]).toMatchObject({
      publish_id: String(publish_id),
      article_id,
      title: '标题',
      status: 0,
      deleted: false,
      method: 'freepublish',
      appid: GROUP.appid,
    });
    expect(list[1]).toMatchObject({
      publish_id: null,
      msg_id: String(sent.msg_id),
      title: '群发',
      method: 'sendall',
    });
  });

  it('drafts, calls, accounts (without secrets), clock, token expiry, status changes over HTTP', async () => {
    const emu = await emulator();
    const token = await tokenOf(emu);
    const { media_id } = await draft(emu, token);
    expect(await get(`${emu.url}/__emulator/drafts`)).toMatchObject([
      { media_id, state: 'draft', titles: ['标题'] },
    ]);
    const calls = await get(`${emu.url}/__emulator/calls`);
    expect(calls.map((c: { endpoint: string; errcode: number }) => [c.endpoint, c.errcode])).toEqual([
      ['/cgi-bin/stable_token', 0],
      ['/cgi-bin/material/add_material', 0],
      ['/cgi-bin/draft/add', 0],
    ]);
    const accounts = await get(`${emu.url}/__emulator/accounts`);
    expect(JSON.stringify(accounts)).not.toContain(GROUP.secret);
    expect(accounts.map((a: { appid: string }) => a.appid)).toEqual([GROUP.appid, PHARMA.appid]);
    await post(`${emu.url}/__emulator/accounts`, { appid: 'wx-new', secret: 'new-secret', verified: false });
    expect((await tokenOf(emu, { appid: 'wx-new', secret: 'new-secret' })).length).toBeGreaterThan(20);

    await post(`${emu.url}/__emulator/tokens/expire`, { appid: GROUP.appid });
    expect((await get(`${emu.url}/cgi-bin/draft/count?access_token=${token}`)).errcode).toBe(42001);
    const clock = await post(`${emu.url}/__emulator/clock`, { advance_seconds: 60 });
    expect(clock.offset_ms).toBe(60_000);

    const fresh = await tokenOf(emu);
    const { publish_id } = await call(emu, fresh, 'freepublish/submit', { media_id });
    const changed = await post(`${emu.url}/__emulator/publications/${publish_id}/status`, { status: 6 });
    expect(changed).toMatchObject({ status: 6 });
    expect((await fetch(`${emu.url}/__emulator/nothing`)).status).toBe(404);
  });

  it('survives a restart when given a state directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wxgate-emu-'));
    const first = await emulator({ stateDir: dir });
    first.state.upsertAccount({ appid: 'wx-added', secret: 'added-secret' });
    const token = await tokenOf(first);
    const image = await upload(`${first.url}/cgi-bin/media/uploadimg?access_token=${token}`, png());
    const { publish_id } = await call(first, token, 'freepublish/submit', {
      media_id: (await draft(first, token)).media_id,
    });
    await first.close();

    const second = await emulator({ stateDir: dir, config: { unknownEndpoint: '404' } });
    expect(second.state.publications()).toMatchObject([{ publish_id: String(publish_id), status: 0 }]);
    // The same token still works, the image is still served, the account added over HTTP is still there.
    expect((await call(second, token, 'freepublish/get', { publish_id })).publish_status).toBe(0);
    const served = await fetch(image.url.replace(first.url, second.url));
    expect(Buffer.from(await served.arrayBuffer())).toEqual(png());
    expect(second.state.account('wx-added')).toBeDefined();
    expect(second.state.config.unknownEndpoint).toBe('404');
  });
});
