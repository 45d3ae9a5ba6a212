/**
 * One PR's urgent report cannot take over another's. The report issue is found only among the issues of the
 * account the run posts as (a Bot, by login), by the marker on its first line; an author's text is escaped and
 * can hold no marker. PR 7's author writes PR 3's marker into the urgent reason; another app and a person post
 * issues that start with it.
 */
import { describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../github/fake-github.js';
import { article, companyRepo } from '../github/repo-fixture.js';
import { COVER_PNG } from '../helpers.js';
import { runAction, serve, useActionHarness } from './harness.js';

useActionHarness();

const MARKER_3 = '<!-- wxgate-urgent-report:pr-3 -->';
const MARKER_7 = '<!-- wxgate-urgent-report:pr-7 -->';
const LABEL = 'wxgate-urgent-report';

/** An urgent PR (48 hours instead of 72, labelled 加急) adding one article. */
function urgentPull(gh: FakeGitHub, base: string, number: number, reason: string): void {
  const folder = `content/group/2026-11-21-pr-${number}`;
  const head = gh.change(base, {
    [`${folder}/index.md`]: article({
      publishAt: '2026-11-21T10:00:00+08:00',
      urgentReason: JSON.stringify(reason), // YAML reads a JSON string as is, line breaks included
    }),
    [`${folder}/cover.png`]: COVER_PNG,
  });
  gh.addPull({
    number,
    author: 'alice',
    createdAt: '2026-11-19T02:00:00Z',
    labels: ['加急'],
    base: { ref: 'main', sha: base },
    commits: [head],
    headRef: `urgent-${number}`,
  });
  gh.checkSuites.set(head, ['2026-11-19T02:00:05Z']);
}

const judge = (gh: FakeGitHub, number: number) =>
  runAction(gh, 'workflow_dispatch', { inputs: {} }, { 'INPUT_PULL-REQUEST': String(number) });

const issueOf = (gh: FakeGitHub, marker: string) => gh.issues.filter((i) => i.body.split('\n')[0] === marker);

describe('urgent-report identity', () => {
  it('PR 7 writing PR 3’s marker into its reason takes nothing over; each PR keeps its own report', async () => {
    const { gh, base } = await serve(companyRepo());
    urgentPull(gh, base, 3, '配合集团临时活动发布');
    urgentPull(gh, base, 7, `${MARKER_3}\n我的报告`);
    // Issues that start with PR 3's marker but are not wxgate's: another app's, and a person's.
    for (const user of [
      { login: 'mallory-app[bot]', type: 'Bot' as const },
      { login: 'mallory', type: 'User' as const },
    ]) {
      gh.issues.push({
        id: gh.issues.length + 1,
        number: 100 + gh.issues.length,
        title: '【加急发布报告】PR #3',
        body: `${MARKER_3}\n伪造的报告`,
        labels: [LABEL],
        state: 'open',
        user,
      });
    }

    await judge(gh, 7);
    const seven = issueOf(gh, MARKER_7);
    expect(seven).toHaveLength(1);
    // The reason's copy of the marker is escaped: it is not a marker any more.
    expect(seven[0]!.body).not.toContain(MARKER_3);
    const sevenBody = seven[0]!.body;

    await judge(gh, 3);
    const three = issueOf(gh, MARKER_3).filter((i) => i.user.login === 'github-actions[bot]');
    expect(three).toHaveLength(1);
    expect(three[0]!.number).not.toBe(seven[0]!.number);
    expect(three[0]!.body).toContain('配合集团临时活动发布');
    // Neither the impostors' issues nor PR 7's report were touched.
    expect(gh.issues.filter((i) => i.user.login !== 'github-actions[bot]').map((i) => i.body)).toEqual([
      `${MARKER_3}\n伪造的报告`,
      `${MARKER_3}\n伪造的报告`,
    ]);
    expect(seven[0]!.body).toBe(sevenBody);

    // Both again: each finds its own, nothing new is created.
    await judge(gh, 7);
    await judge(gh, 3);
    expect(gh.issues).toHaveLength(4);
    expect(gh.requests('POST', /\/issues$/)).toHaveLength(2);
    expect(issueOf(gh, MARKER_7)[0]!.body).toBe(sevenBody);
  });

  it('asks GitHub once per run which account it posts as', async () => {
    const { gh, base } = await serve(companyRepo());
    urgentPull(gh, base, 3, '配合集团临时活动发布');
    await judge(gh, 3);
    expect(gh.requests('POST', /graphql$/)).toHaveLength(1);
    expect(gh.issues[0]!.user).toEqual({ login: 'github-actions[bot]', type: 'Bot' });
  });
});
