/**
 * The WeChatPort contract, as one suite run against every WeChat the publisher's tests use: the real client over
 * HTTP against the emulator, and the in-memory WeChat. Time is the suite's ManualClock: jobs end when it passes
 * their end, and nothing else moves it.
 */
import { describe, expect, it } from 'vitest';
import type { ManualClock } from '../../src/platform/clock.js';
import type { WeChatPort } from '../../src/wechat/port.js';
import { caught, png } from './helpers.js';

export interface WeChatUnderTest {
  /** WeChat's time. */
  clock: ManualClock;
  /** The port of the verified demo account (group) or of the unverified one (pharma). */
  port(account: 'group' | 'pharma'): WeChatPort;
  /** The next operation on `endpoint` fails with `errcode`, as the client reports it once its retries are spent. */
  failNext(endpoint: string, errcode: number): void;
  /** The answer of the next call of `endpoint` is lost, before WeChat saw the request or after it acted. */
  loseAnswer(endpoint: string, when: 'before' | 'after'): void;
  /** The next publish job ends with `status` (2, 3 or 4). */
  failNextJob(status: number): void;
  /** The access tokens WeChat issued die now. */
  expireTokens(): void;
  /** Only these addresses may call for the group account. */
  allowIps(ips: string[]): void;
  /** freepublish/get is allowed once a day. */
  limitPolls(): void;
  calls(): { endpoint: string; errcode: number | null }[];
}

const PUBLISH_SECONDS = 60;
export const CONTRACT_CONFIG = { publishSeconds: PUBLISH_SECONDS };

async function draftOf(port: WeChatPort, title = '季度回顾'): Promise<string> {
  const cover = await port.addCoverMaterial(png(), 'cover.png');
  return (
    await port.addDraft({ title, author: '市场部', content: '<p>正文</p>', thumbMediaId: cover.mediaId })
  ).mediaId;
}

export function describeWeChatContract(name: string, setup: () => Promise<WeChatUnderTest>): void {
  describe(`the WeChatPort contract: ${name}`, () => {
    it('uploads images and covers, refuses what is not an image, and drafts only with a known cover', async () => {
      const wechat = await setup();
      const port = wechat.port('group');
      expect((await port.uploadContentImage(png(), 'a.png')).url).toMatch(/^http:\/\/\S+wx_fmt=png$/);
      // Bytes of no image type keep their name; WeChat finds they are not what it says.
      expect(await caught(port.uploadContentImage(Buffer.from('not an image'), 'a.png'))).toMatchObject({
        kind: 'invalid',
        errcode: 40137,
      });
      // An image named after another type goes up as what it is.
      expect((await port.uploadContentImage(png(), 'photo.jpeg')).url).toMatch(/wx_fmt=png$/);
      const cover = await port.addCoverMaterial(png(), 'cover.png');
      expect(cover.mediaId).not.toBe('');
      expect(
        await caught(port.addDraft({ title: '标题', content: '<p>x</p>', thumbMediaId: 'no-such-cover' })),
      ).toMatchObject({ kind: 'not-found', errcode: 40007 });
    });

    it('a publish job stays publishing until the clock passes its end, then is listed by batchget', async () => {
      const wechat = await setup();
      const port = wechat.port('group');
      const mediaId = await draftOf(port, '季度回顾');
      const submittedAt = wechat.clock.now();
      const { publishId } = await port.submitPublish(mediaId);
      expect(await port.getPublishStatus(publishId)).toMatchObject({ status: 1, pending: true });
      expect((await port.listPublished(0, 20)).items).toEqual([]);
      wechat.clock.advance(PUBLISH_SECONDS * 1000 - 1);
      expect((await port.getPublishStatus(publishId)).pending).toBe(true);
      wechat.clock.advance(1);
      const done = await port.getPublishStatus(publishId);
      expect(done).toMatchObject({ status: 0, name: 'success', pending: false });
      expect(done.articleUrls?.[0]).toMatch(/^http:\/\/\S+\/s\//);
      const listed = await port.listPublished(0, 20);
      expect(listed.totalCount).toBe(1);
      expect(listed.items[0]).toMatchObject({ articleId: done.articleId, titles: ['季度回顾'] });
      expect(listed.items[0]?.updateTime).toBe(Math.floor((submittedAt + PUBLISH_SECONDS * 1000) / 1000));
      // A published draft left the draft box: submitting it again is refused.
      expect(await caught(port.submitPublish(mediaId))).toMatchObject({ kind: 'not-found', errcode: 40007 });
      await port.deletePublication(done.articleId as string);
      expect((await port.listPublished(0, 20)).items).toEqual([]);
      expect((await port.getPublishStatus(publishId)).status).toBe(5);
      expect(await caught(port.deletePublication('no-such-article'))).toMatchObject({ kind: 'not-found' });
      expect(await caught(port.getPublishStatus('1'))).toMatchObject({ kind: 'not-found', errcode: 53502 });
    });

    it('a job that fails returns the draft to the box: it can be submitted again', async () => {
      const wechat = await setup();
      const port = wechat.port('group');
      const mediaId = await draftOf(port);
      wechat.failNextJob(3);
      const first = await port.submitPublish(mediaId);
      wechat.clock.advance(PUBLISH_SECONDS * 1000);
      expect(await port.getPublishStatus(first.publishId)).toMatchObject({
        status: 3,
        name: 'failed',
        failIdx: [1],
      });
      const again = await port.submitPublish(mediaId);
      wechat.clock.advance(PUBLISH_SECONDS * 1000);
      expect((await port.getPublishStatus(again.publishId)).status).toBe(0);
    });

    it('mass send: a repeated clientmsgid returns the first send; the send can be deleted', async () => {
      const wechat = await setup();
      const port = wechat.port('group');
      const mediaId = await draftOf(port);
      const first = await port.massSend(mediaId, { clientMsgId: 'wxgate-abc' });
      expect(first.duplicate).toBe(false);
      wechat.clock.advance(120_000);
      expect(await port.massSend(mediaId, { clientMsgId: 'wxgate-abc' })).toMatchObject({
        msgId: first.msgId,
        duplicate: true,
      });
      await port.deleteMassSend(first.msgId);
    });

    it('an unverified account drafts, but may not publish or mass-send (48001)', async () => {
      const wechat = await setup();
      const port = wechat.port('pharma');
      const mediaId = await draftOf(port);
      expect(await caught(port.submitPublish(mediaId))).toMatchObject({
        kind: 'unauthorized-api',
        errcode: 48001,
      });
      expect(await caught(port.massSend(mediaId, { clientMsgId: 'x' }))).toMatchObject({
        kind: 'unauthorized-api',
        errcode: 48001,
      });
    });

    it('an injected errcode fails the operation with the same error as the client reports', async () => {
      const wechat = await setup();
      const port = wechat.port('group');
      const mediaId = await draftOf(port);
      wechat.failNext('/cgi-bin/freepublish/submit', -1);
      expect(await caught(port.submitPublish(mediaId))).toMatchObject({ kind: 'transient', errcode: -1 });
      wechat.failNext('/cgi-bin/draft/add', 45009);
      const quota = await caught(draftOf(port));
      expect(quota).toMatchObject({ kind: 'quota', errcode: 45009, endpoint: '/cgi-bin/draft/add' });
      expect(quota.resetsAt?.getTime()).toBeGreaterThan(wechat.clock.now());
      // Nothing was published by the failed submit; the same draft goes out on the next try.
      expect((await port.submitPublish(mediaId)).publishId).not.toBe('');
    });

    it('a lost submit answer is ambiguous: after WeChat acted the job exists, before it nothing does', async () => {
      const wechat = await setup();
      const port = wechat.port('group');
      const acted = await draftOf(port, '已受理');
      wechat.loseAnswer('/cgi-bin/freepublish/submit', 'after');
      expect(await caught(port.submitPublish(acted))).toMatchObject({ kind: 'transient', ambiguous: true });
      const unseen = await draftOf(port, '未送达');
      wechat.loseAnswer('/cgi-bin/freepublish/submit', 'before');
      expect(await caught(port.submitPublish(unseen))).toMatchObject({ kind: 'transient', ambiguous: true });
      wechat.clock.advance(PUBLISH_SECONDS * 1000);
      expect((await port.listPublished(0, 20)).items.map((i) => i.titles[0])).toEqual(['已受理']);
      // The unseen draft is still in the box; the acted-on one is not.
      expect((await port.submitPublish(unseen)).publishId).not.toBe('');
      expect(await caught(port.submitPublish(acted))).toMatchObject({ errcode: 40007 });
    });

    it('lists the draft box and the publications with their content; a lost draft/add answer is ambiguous', async () => {
      const wechat = await setup();
      const port = wechat.port('group');
      const cover = await port.addCoverMaterial(png(), 'cover.png');
      const draft = (title: string) => ({
        title,
        content: '<section data-wxgate="0123abcd"><p>正文</p></section>',
        thumbMediaId: cover.mediaId,
      });
      const kept = await port.addDraft(draft('已提交'));
      wechat.clock.advance(1000);
      wechat.loseAnswer('/cgi-bin/draft/add', 'after');
      expect(await caught(port.addDraft(draft('答复丢失')))).toMatchObject({
        kind: 'transient',
        ambiguous: true,
      });
      const box = await port.listDrafts(0, 20);
      expect(box.totalCount).toBe(2);
      expect(box.items.map((d) => d.titles[0])).toEqual(['答复丢失', '已提交']);
      expect(box.items[1]).toMatchObject({ mediaId: kept.mediaId });
      expect(box.items[0]?.contents[0]).toContain('data-wxgate="0123abcd"');
      expect(box.items[0]?.updateTime).toBe(Math.floor(wechat.clock.now() / 1000));
      await port.submitPublish(kept.mediaId);
      wechat.clock.advance(PUBLISH_SECONDS * 1000);
      // A published draft leaves the box; the publication carries the content that was drafted.
      expect((await port.listDrafts(0, 20)).items.map((d) => d.titles[0])).toEqual(['答复丢失']);
      const listed = await port.listPublished(0, 20, { withContent: true });
      expect(listed.items[0]?.contents[0]).toContain('data-wxgate="0123abcd"');
      expect((await port.listPublished(0, 20)).items[0]?.contents).toEqual(['']);
    });

    it('a token WeChat expired is replaced without the caller noticing', async () => {
      const wechat = await setup();
      const port = wechat.port('group');
      const mediaId = await draftOf(port);
      wechat.expireTokens();
      await port.submitPublish(mediaId);
      const trail = wechat.calls().map((c) => `${c.endpoint} ${c.errcode}`);
      expect(trail.slice(-3)).toEqual([
        '/cgi-bin/freepublish/submit 42001',
        '/cgi-bin/stable_token 0',
        '/cgi-bin/freepublish/submit 0',
      ]);
    });

    it('a caller outside the IP allow-list gets 40164 naming its IP; a daily quota gives 45009', async () => {
      const wechat = await setup();
      wechat.allowIps(['10.20.30.40']);
      const refused = await caught(wechat.port('group').addCoverMaterial(png(), 'c.png'));
      expect(refused).toMatchObject({ kind: 'ip-not-allowed', errcode: 40164, ip: '127.0.0.1' });
      wechat.allowIps(['127.0.0.1']);
      wechat.limitPolls();
      const port = wechat.port('group');
      const { publishId } = await port.submitPublish(await draftOf(port));
      await port.getPublishStatus(publishId);
      expect(await caught(port.getPublishStatus(publishId))).toMatchObject({ kind: 'quota', errcode: 45009 });
    });
  });
}
