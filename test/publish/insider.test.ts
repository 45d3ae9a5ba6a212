import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { formatRecord, type PublishRecord } from '../../src/publish/record.js';
import { bundleDir } from '../support/bundle.js';
import type { MemoryWeChat } from '../wechat/memory-wechat.js';
import {
  END_TO_END_TIMEOUT,
  fixture,
  git,
  liveByTitle,
  png,
  publishIn,
  SAMPLES,
  SECRETS,
  START,
  simulation,
  spawnCli,
} from './helpers.js';

vi.setConfig({ testTimeout: END_TO_END_TIMEOUT });
beforeAll(() => {
  bundleDir();
}, 60_000);

/**
 * What an insider with push rights to the ledger can try, on the in-memory ledger (which models git push by hand,
 * --force and deletion) and the in-memory WeChat: none of it may turn into a second publication, and a record
 * edited to say "published" must not silence a due article.
 */
const later = (minutes: number) => new Date(Date.parse(START) + minutes * 60_000).toISOString();
const Q3 = 'group/2026-11-12-q3-operating-update';
const Q3_TITLE = '澜川集团 2026 年第三季度经营情况通报';
const AID_TITLE = '澜川集团启动“暖冬助学”公益行动';

const sends = (f: { wechat: { calls(): { endpoint: string }[] } }) =>
  f.wechat
    .calls()
    .filter((c) => c.endpoint === '/cgi-bin/draft/add' || c.endpoint === '/cgi-bin/freepublish/submit');

describe('a ledger that went backwards stops the run; nothing is published twice', () => {
  it('forced back to an older commit: the next run names both commits and sends nothing', async () => {
    const f = await simulation([{ from: SAMPLES.q3 }, { from: SAMPLES.aid }]);
    const first = await publishIn(f, f.clone(), { now: START });
    expect(first.outcomes.map((o) => o.state)).toEqual(['published', 'published']);
    const before = f.ledger.tips()[0]!;
    const written = f.ledger.tips().at(-1)!;
    const calls = sends(f).length;

    f.ledger.forceTo(before); // git push --force origin <first commit>:wxgate-ledger
    const run = await publishIn(f, f.clone(), { now: later(10) });
    expect(run.exitCode).toBe(1);
    expect(run.outcomes).toEqual([]);
    expect(run.ledgerWrites).toBe(0);
    expect(run.halted?.en).toContain(`does not contain commit ${written}`);
    expect(run.halted?.en).toContain(`is at commit ${before}`);
    expect(run.halted?.zh).toContain('被回退、改写或删除');
    expect(sends(f)).toHaveLength(calls);
    expect(f.ledger.tips().at(-1)).toBe(before); // nothing written on the rewound ledger
    expect(liveByTitle(f)).toEqual(
      new Map([
        [Q3_TITLE, 1],
        [AID_TITLE, 1],
      ]),
    );
  });

  it('deleted: the next run stops, naming the commit the last run wrote', async () => {
    const f = await simulation([{ from: SAMPLES.q3 }]);
    await publishIn(f, f.clone(), { now: START });
    const written = f.ledger.tips().at(-1)!;
    f.ledger.deleteBranch(); // git push origin :wxgate-ledger
    const run = await publishIn(f, f.clone(), { now: later(10) });
    expect(run.exitCode).toBe(1);
    expect(run.halted?.en).toContain(`is gone, but the last publish run wrote commit ${written}`);
    expect(sends(f)).toHaveLength(2);
    expect(liveByTitle(f)).toEqual(new Map([[Q3_TITLE, 1]]));
  });

  it('end to end: git push --force of the ledger stops the CLI with exit 1, naming both commits', async () => {
    const f = await fixture([{ from: SAMPLES.q3 }]);
    await publishIn(f, f.clone(), { now: START });
    const commits = git(f.origin, 'rev-list', '--reverse', 'wxgate-ledger').trim().split('\n');
    const [first, last] = [commits[0]!, commits.at(-1)!];
    git(f.origin, 'update-ref', 'refs/heads/wxgate-ledger', first); // what a forced push leaves on the server
    const summary = join(f.root, 'summary.md');
    writeFileSync(summary, '');
    const env = { ...f.env, GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary, WXGATE_LOCALE: 'en' };
    const run = await spawnCli({ ...f, env }, f.clone(), ['publish', '--now', later(10)]).done;
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`does not contain commit ${last}`);
    expect(run.stdout).toContain(
      '::error title=wxgate publish::the ledger branch origin/wxgate-ledger is at commit',
    );
    expect(readFileSync(summary, 'utf8')).toMatch(
      /> \[!CAUTION\]\n> 发布账本 origin\/wxgate-ledger 被回退、改写或删除/,
    );
    expect(run.stderr).toContain(`git push origin ${last}:refs/heads/wxgate-ledger`);
    expect(git(f.origin, 'rev-parse', 'wxgate-ledger').trim()).toBe(first);
    expect(liveByTitle(f)).toEqual(new Map([[Q3_TITLE, 1]]));
    expect(f.wechat.calls().filter((c) => c.endpoint === '/cgi-bin/draft/add')).toHaveLength(1);
  });

  it('a withdrawal on a rewound ledger does nothing either, and says why', async () => {
    const f = await simulation([{ from: SAMPLES.q3 }]);
    await publishIn(f, f.clone(), { now: START });
    f.ledger.forceTo(f.ledger.tips()[0]);
    const report = await f.withdraw(f.clone(), Q3, '数据有误');
    expect(report.exitCode).toBe(1);
    expect(report.halted?.en).toContain('rewound or rewritten');
    expect(f.wechat.calls().filter((c) => c.endpoint === '/cgi-bin/freepublish/delete')).toEqual([]);
  });

  it('every record lost (a new ledger accepted by an administrator): WeChat itself says what is out', async () => {
    const f = await simulation([{ from: SAMPLES.q3 }]);
    await publishIn(f, f.clone(), { now: START });
    const published = f.record(Q3)!;
    // The branch and its seen tip both gone: the ledger starts again from nothing.
    f.ledger.deleteBranch();
    f.ledger.seen = undefined;
    const run = await publishIn(f, f.clone(), { now: later(10) });
    expect(run.exitCode).toBe(0);
    expect(run.outcomes[0]?.state).toBe('published');
    const r = f.record(Q3)!;
    expect(r.wechat.article_id).toBe(published.wechat.article_id);
    expect(r.history.map((h) => h.event).join('\n')).toMatch(
      /WeChat already lists this article as published \(article_id \S+, .*\): its record had been lost or rewound/,
    );
    expect(sends(f)).toHaveLength(2); // the first run's draft/add and submit, nothing since
    expect(liveByTitle(f)).toEqual(new Map([[Q3_TITLE, 1]]));
  });

  it('a record deleted by hand after the submit: the next run finds the publication at WeChat', async () => {
    const f = await simulation([{ from: SAMPLES.q3 }]);
    await publishIn(f, f.clone(), { now: START });
    f.ledger.pushByHand(new Map([[`records/${Q3}.yml`, null]]), 'tidy up');
    const run = await publishIn(f, f.clone(), { now: later(10) });
    expect(run.outcomes.map((o) => o.result)).toContain(
      'deleted outside a publish run: the article counts as never published, and WeChat is asked before any submit',
    );
    expect(f.record(Q3)?.state).toBe('published');
    expect(sends(f)).toHaveLength(2);
    expect(liveByTitle(f)).toEqual(new Map([[Q3_TITLE, 1]]));
  });

  it('published by hand (same title, no mark) before its record: a person confirms; --retry goes on', async () => {
    const f = await simulation([{ from: SAMPLES.q3 }]);
    // Someone published it in the MP backend by hand, from a draft wxgate did not make.
    const port = (f.wechat as MemoryWeChat).portFor('wx-demo-group', SECRETS.WECHAT_SECRET_GROUP);
    const cover = await port.addCoverMaterial(png(1), 'cover.png');
    const draft = await port.addDraft({
      title: Q3_TITLE,
      author: '澜川集团',
      content: '<p>由人工发表</p>',
      thumbMediaId: cover.mediaId,
    });
    await port.submitPublish(draft.mediaId);
    const calls = sends(f).length;
    const run = await publishIn(f, f.clone(), { now: START });
    expect(run.exitCode).toBe(1);
    expect(f.record(Q3)).toMatchObject({
      state: 'failed',
      failure: { retry: 'manual', step: 'check-wechat' },
    });
    expect(run.outcomes[0]?.result).toContain("without wxgate's mark");
    expect(sends(f)).toHaveLength(calls);
    // A person checked 发表记录: it is another article after all.
    const retried = await publishIn(f, f.clone(), { now: later(10), retry: [Q3] });
    expect(retried.outcomes[0]?.state).toBe('published');
    expect(liveByTitle(f)).toEqual(new Map([[Q3_TITLE, 2]]));
  });
});

describe('a record edited by hand to say "published"', () => {
  it('is checked at WeChat: unconfirmed, it is a failure for a person, and --retry publishes it once', async () => {
    const f = await simulation([{ from: SAMPLES.q3 }, { from: SAMPLES.aid, publishAt: later(60) }]);
    // The article fails first (WeChat refuses the runner's IP), so it is due and has a record.
    const group = f.wechat.account('wx-demo-group')!;
    f.wechat.upsertAccount({ ...group, allowedIps: ['10.20.30.40'] });
    await publishIn(f, f.clone(), { now: START });
    const failed = f.record(Q3)!;
    expect(failed.state).toBe('failed');
    // An insider silences it: the record now claims a publication that never happened.
    const forged: PublishRecord = {
      ...structuredClone(failed),
      state: 'published',
      method: 'freepublish',
      failure: undefined,
      wechat: { ...failed.wechat, article_id: 'forged-article', publish_id: '2247483999' },
    };
    f.ledger.pushByHand(new Map([[`records/${Q3}.yml`, formatRecord(forged)]]));
    f.wechat.upsertAccount({ ...group, allowedIps: ['127.0.0.1'] });

    const run = await publishIn(f, f.clone(), { now: later(10) });
    expect(run.exitCode).toBe(1);
    const checked = run.outcomes.find((o) => o.key === Q3)!;
    expect(checked.failed).toBe(true);
    expect(checked.result).toMatch(
      /to say published, but WeChat does not confirm it \(freepublish\/get does not know publish_id 2247483999/,
    );
    const r = f.record(Q3)!;
    expect(r).toMatchObject({ state: 'failed', failure: { kind: 'unconfirmed', retry: 'manual' } });
    expect(r.notes?.join('\n')).toContain('article_id forged-article');
    expect(f.publications()).toEqual([]);

    const retried = await publishIn(f, f.clone(), { now: later(20), retry: [Q3] });
    expect(retried.outcomes.find((o) => o.key === Q3)?.state).toBe('published');
    expect(liveByTitle(f)).toEqual(new Map([[Q3_TITLE, 1]]));
  });

  it('a record a hand edit broke is a failure naming its file and line; the other articles go on', async () => {
    const f = await simulation([{ from: SAMPLES.q3 }, { from: SAMPLES.security }]);
    await publishIn(f, f.clone(), { now: START });
    const text = formatRecord(f.record(Q3)!);
    const line = text.split('\n').indexOf('state: published') + 1;
    f.ledger.pushByHand(
      new Map([[`records/${Q3}.yml`, text.replace(/^state: published$/m, 'state: published: by hand')]]),
    );

    const run = await publishIn(f, f.clone(), { now: '2026-11-30T10:00:00+08:00' });
    expect(run.exitCode).toBe(1);
    const [seen, broken] = run.outcomes.filter((o) => o.key === Q3);
    expect(seen?.text).toEqual({
      zh: '在发布运行之外被改成了不是发布记录的内容',
      en: 'changed outside a publish run into something that is not a publish record',
    });
    expect(broken?.failed).toBe(true);
    expect(broken?.text?.zh).toMatch(new RegExp(`^账本记录无法读取：records/${Q3}\\.yml:${line}: `));
    expect(broken?.text?.en).toMatch(new RegExp(`^ledger record unreadable: records/${Q3}\\.yml:${line}: `));
    // Nothing is guessed from a damaged record: it stays as it is, and nothing more is sent for its article.
    expect(f.ledger.read().read(`records/${Q3}.yml`)).toContain('state: published: by hand');
    expect(liveByTitle(f)).toEqual(
      new Map([
        [Q3_TITLE, 1],
        ['年末网络安全提醒：守好账号和数据', 1],
      ]),
    );
  });

  it('a true publication edited back by hand is confirmed by WeChat and kept', async () => {
    const f = await simulation([{ from: SAMPLES.q3 }]);
    await publishIn(f, f.clone(), { now: START });
    const r = f.record(Q3)!;
    const edited = yaml.dump({ ...(yaml.load(formatRecord(r)) as object), notes: ['checked by hand'] });
    f.ledger.pushByHand(new Map([[`records/${Q3}.yml`, edited]]));
    const run = await publishIn(f, f.clone(), { now: later(10) });
    expect(run.exitCode).toBe(0);
    expect(run.outcomes[0]?.result).toMatch(
      /^changed outside a publish run; WeChat confirms the publication/,
    );
    expect(f.record(Q3)?.state).toBe('published');
    expect(liveByTitle(f)).toEqual(new Map([[Q3_TITLE, 1]]));
  });
});

describe('the ledger branch on GitHub', () => {
  it('unprotected (GitHub lists no ruleset rule for it): a warning in the log and the step summary', async () => {
    const f = await fixture([{ from: SAMPLES.q3 }]);
    const server = createServer((req, res) => {
      // The ledger branch has no rule; anything else (the pull-request facts) GitHub does not know.
      const rules = req.url?.startsWith('/repos/acme/content/rules/branches/wxgate-ledger');
      res.writeHead(rules ? 200 : 404, { 'content-type': 'application/json' });
      res.end(rules ? '[]' : '{"message":"Not Found"}');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const summary = join(f.root, 'summary.md');
    writeFileSync(summary, '');
    const env = {
      ...f.env,
      GITHUB_ACTIONS: 'true',
      GITHUB_TOKEN: 'ghs_jobtoken',
      GITHUB_REPOSITORY: 'acme/content',
      GITHUB_API_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      GITHUB_STEP_SUMMARY: summary,
    };
    const run = await spawnCli({ ...f, env }, f.clone(), ['publish', '--now', START]).done;
    server.close();
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warning: 发布账本分支 wxgate-ledger 缺少保护规则');
    expect(readFileSync(summary, 'utf8')).toMatch(
      /> \[!WARNING\]\n> 发布账本分支 wxgate-ledger 缺少保护规则/,
    );
    expect(f.record(Q3)?.state).toBe('published');
  });
});
