/**
 * The real client against answers the real WeChat API gave (test/wechat/fixtures/README.md names each source),
 * served over HTTP on loopback exactly as recorded; the emulator is then held to the same codes.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import { WeChatClient } from '../../src/wechat/client.js';
import { caught, clientOf, emulator, GROUP, JPEG, png } from './helpers.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const recorded = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
/** Not recorded: a token answer of the documented shape, so that the recorded business answers can be reached. */
const TOKEN = JSON.stringify({ access_token: `83_${'t'.repeat(120)}`, expires_in: 7200 });

const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

/** A WeChat that answers each path with the given body, and records what was asked (path and upload names). */
async function recordedWeChat(answers: Record<string, string>) {
  const asked: { path: string; body: string }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0] ?? '';
      asked.push({ path, body: Buffer.concat(chunks).toString('latin1') });
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(answers[path] ?? '{"errcode":-1,"errmsg":"system error"}');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  closers.push(() => server.close());
  const client = new WeChatClient({
    appId: 'wx-recorded',
    appSecret: 'recorded-secret',
    apiBase: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    clock: new ManualClock(Date.parse('2026-11-21T04:00:00Z')).selfAdvancing(),
    maxAttempts: 1,
  });
  return { client, asked };
}

describe('recorded answers of the real API', () => {
  it('a wrong AppSecret (40125 from the token endpoint) is a credentials error that says to check it', async () => {
    const { client } = await recordedWeChat({
      '/cgi-bin/stable_token': recorded('token-wrong-secret-40125.json'),
    });
    const error = await caught(client.listDrafts());
    expect(error).toMatchObject({ kind: 'credentials', errcode: 40125 });
    expect(String((error as { hint: { en: string } }).hint.en)).toContain('AppSecret');
  });

  it('a token WeChat did not issue (40001): one fresh token, then a token error with a hint', async () => {
    const { client, asked } = await recordedWeChat({
      '/cgi-bin/stable_token': TOKEN,
      '/cgi-bin/draft/batchget': recorded('call-made-up-token-40001.json'),
    });
    const error = await caught(client.listDrafts());
    expect(error).toMatchObject({ kind: 'token', errcode: 40001 });
    // Replayed once after a fresh token (forced, as WeChat handed back the same one), then given up.
    expect(asked.filter((a) => a.path === '/cgi-bin/draft/batchget')).toHaveLength(2);
    expect(asked.at(-1)?.path).toBe('/cgi-bin/draft/batchget');
  });

  it.each([
    ['upload-unsupported-file-type-40113.json', 40113, '扩展名'],
    ['uploadimg-invalid-image-format-40137.json', 40137, '扩展名不符'],
  ])('%s: an invalid-input error with a hint that says what to do', async (file, errcode, says) => {
    const { client } = await recordedWeChat({
      '/cgi-bin/stable_token': TOKEN,
      '/cgi-bin/media/uploadimg': recorded(file),
    });
    const error = await caught(client.uploadContentImage(png(), 'photo.png'));
    expect(error).toMatchObject({ kind: 'invalid', errcode });
    expect((error as { hint: { zh: string } }).hint.zh).toContain(says);
  });

  it('freepublish/batchget with update_time inside content: the time is read there', async () => {
    const { client } = await recordedWeChat({
      '/cgi-bin/stable_token': TOKEN,
      '/cgi-bin/freepublish/batchget': recorded('freepublish-batchget-time-in-content.json'),
    });
    const listed = await client.listPublished(0, 20, { withContent: true });
    expect(listed.items).toEqual([
      {
        articleId: 'ARTICLE_ID',
        updateTime: 1726196460,
        titles: ['title'],
        urls: ['http://mp.weixin.qq.com/s?__biz=MzkzNDxx'],
        contents: ['xxx'],
      },
    ]);
  });

  it('every upload goes under a name of what its bytes are, never the article file name', async () => {
    const { client, asked } = await recordedWeChat({
      '/cgi-bin/stable_token': TOKEN,
      '/cgi-bin/media/uploadimg': '{"url":"http://mmbiz.qpic.cn/mmbiz_jpg/x/0?wx_fmt=jpeg"}',
    });
    await client.uploadContentImage(JPEG, '封面 (final).PNG');
    const upload = asked.find((a) => a.path === '/cgi-bin/media/uploadimg')!.body;
    expect(upload).toContain('filename="image.jpg"');
    expect(upload).toContain('Content-Type: image/jpeg');
    expect(upload).not.toContain('final');
  });
});

describe('the emulator answers as production does', () => {
  it('judges uploads by the name: 40113 for an extension not taken, 40137 for bytes that are not that type', async () => {
    const emu = await emulator();
    const { client } = clientOf(emu);
    const token = (
      (await await fetch(`${emu.url}/cgi-bin/stable_token`, {
        method: 'POST',
        body: JSON.stringify({ grant_type: 'client_credential', appid: GROUP.appid, secret: GROUP.secret }),
      }).then((r) => r.json())) as { access_token: string }
    ).access_token;
    const raw = async (bytes: Uint8Array, name: string) => {
      const form = new FormData();
      form.append('media', new Blob([bytes]), name);
      const r = await fetch(`${emu.url}/cgi-bin/media/uploadimg?access_token=${token}`, {
        method: 'POST',
        body: form,
      });
      return ((await r.json()) as { errcode?: number }).errcode;
    };
    expect(await raw(png(), 'chart.webp')).toBe(40113);
    expect(await raw(png(), 'chart')).toBe(40113);
    expect(await raw(JPEG, 'chart.png')).toBe(40137);
    expect(await raw(png(), 'chart.PNG')).toBeUndefined();
    // Through the client the article's file name does not matter: a PNG named .jpg goes up as image.png.
    expect((await client.uploadContentImage(png(), 'mislabelled.jpg')).url).toContain('wx_fmt=png');
    expect(await caught(client.uploadContentImage(Buffer.from('GIF89a....'), 'a.png'))).toMatchObject({
      errcode: 40113,
      kind: 'invalid',
    });
  });

  it('a made-up token answers 40001; a wrong secret 40125 on both token endpoints', async () => {
    const emu = await emulator();
    const made = await (await fetch(`${emu.url}/cgi-bin/draft/count?access_token=83_made-up`)).json();
    expect(made).toMatchObject({ errcode: 40001, errmsg: expect.stringMatching(/^invalid credential, /) });
    const wrongGet = await (
      await fetch(`${emu.url}/cgi-bin/token?grant_type=client_credential&appid=${GROUP.appid}&secret=nope`)
    ).json();
    expect(wrongGet).toMatchObject({ errcode: 40125, errmsg: expect.stringMatching(/^invalid appsecret/) });
  });
});
