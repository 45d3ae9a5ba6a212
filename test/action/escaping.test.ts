/**
 * Every sink the Action writes to, fed a hostile article through the real run: a path, a title, an urgent reason,
 * a department and an unknown front-matter key that try to mention people, link issues, load a tracking image,
 * link away, open raw HTML, forge a heading or a "可以合并 ✅" line, forge the urgent report's marker, and send
 * terminal escapes. Nothing of it may be live where it lands; all of it must still read.
 */
import { describe, expect, it } from 'vitest';
import { plainText, terminalText } from '../../src/text/escape.js';
import { liveConstructs, visibleText } from '../github/markdown-probe.js';
import { BASE_POLICY, companyRepo } from '../github/repo-fixture.js';
import { COVER_PNG } from '../helpers.js';
import { latestRuns, runAction, serve, useActionHarness } from './harness.js';
import { example } from './payloads.js';

useActionHarness();

const FOLDER =
  'content/group/2026-11-21-@everyone #12 ![p](https://evil.example/p.png) <img src=x>\u001b[2J\n# 可以合并 ✅';
const PATH = `${FOLDER}/index.md`;
const TITLE = '@everyone ![t](https://evil.example/t.png) <details> #12';
const REASON =
  '<!-- wxgate-urgent-report:pr-3 --> @Codertocat/admins GH-7 [修复](https://evil.example) \u001b[31m红';
const DEPARTMENT = '@Codertocat/ceo <img src=https://evil.example/d.png>';
const UNKNOWN_KEY = '@root <b>x</b>';

const yamlString = (s: string) => JSON.stringify(s).replace(/\\u001b/g, '\\e');

const ARTICLE = `---
title: ${yamlString(TITLE)}
author: 集团工会
publish_at: "2026-11-21T10:00:00+08:00"
cover: cover.png
digest: 集团秋季职工运动会在江临市体育中心举行。
department: ${yamlString(DEPARTMENT)}
${yamlString(UNKNOWN_KEY)}: 1
urgent:
  reason: ${yamlString(REASON)}
---

11 月 15 日，集团秋季职工运动会在江临市体育中心举行。
`;

const POLICY = `${BASE_POLICY}  rules:
    - name: 部门稿件须经部门负责人审核
      front_matter: department
      owners:
        市场部: "@Codertocat/market"
`;

const RUN_URL = 'https://github.example/Codertocat/Hello-World/actions/runs/4242';
const OWN_HTML = ['<!-- wxgate:pr-comment -->', '<sub>', '</sub>'];

async function hostileRun(options: { pushWhileRead?: boolean } = {}) {
  const fixture = await serve(
    companyRepo({
      labels: ['加急'],
      createdAt: '2026-11-19T02:00:00Z',
      basePolicy: POLICY,
      headChanges: {
        'content/group/2026-11-25-hello/index.md': null,
        'content/group/2026-11-25-hello/cover.png': null,
        [PATH]: ARTICLE,
        [`${FOLDER}/cover.png`]: COVER_PNG,
      },
    }),
  );
  fixture.gh.reviews.set(2, [
    { user: 'bob', state: 'APPROVED', commitId: fixture.head, submittedAt: '2026-11-19T03:00:00Z' },
  ]);
  if (options.pushWhileRead) {
    // The article changes between the first read of the PR and its file list: the log names it.
    fixture.gh.before('GET', /\/pulls\/2\/files$/, () => {
      fixture.gh.push(2, { [PATH]: ARTICLE.replace('举行。\n', '隆重举行。\n') });
    });
  }
  const outcome = await runAction(fixture.gh, 'pull_request_target', example('pull_request', 'labeled'));
  expect(outcome.exitCode).toBeUndefined();
  const verdict = outcome.judged[0]!.verdict!;
  // The article took the urgent path and was judged: every hostile field reached the verdict.
  expect(verdict.checks.schedule.urgent).toBe(true);
  expect(verdict.report).toBeDefined();
  return { ...fixture, outcome, verdict };
}

/** Our headings: the title, the next steps and one per check, whatever their icon. */
function ownHeadings(markdown: string): string[] {
  return [...markdown.matchAll(/^#{1,3} (.*)$/gm)]
    .map((m) => m[1]!)
    .filter((h) => /^(wxgate |[✅❌⏳] )/.test(h) || h === '下一步' || h === 'What to do next');
}

/** A line that reads as wxgate's own "mergeable" verdict. */
const FAKE_VERDICT_LINE = /^(?:[-*>|]\s*)*(?:#+\s*)?(?:✅\s*)?可以合并/m;

describe('hostile author input, through every sink', () => {
  it('the PR comment: nothing live, nothing forged, everything readable', async () => {
    const { gh, outcome } = await hostileRun();
    const body = gh.comments[0]!.body;
    expect(body.split('\n')[0]).toBe('<!-- wxgate:pr-comment -->');
    expect(liveConstructs(body, { headings: ownHeadings(body), html: OWN_HTML, links: [RUN_URL] })).toEqual(
      [],
    );
    expect(body).not.toMatch(FAKE_VERDICT_LINE);
    expect(body).not.toContain('\u001b');
    const seen = visibleText(body);
    expect(seen).toContain(terminalText(PATH));
    expect(seen).toContain(DEPARTMENT);
    expect(seen).toContain(UNKNOWN_KEY);

    // The job summary is the comment under a heading of its own.
    const summary = outcome.summary;
    expect(
      liveConstructs(summary, {
        headings: [...ownHeadings(summary), '拉取请求 #2'],
        html: OWN_HTML,
        links: [RUN_URL],
        references: ['#2'],
      }),
    ).toEqual([]);
    expect(summary).not.toMatch(FAKE_VERDICT_LINE);
  });

  it('the check runs: titles and summaries', async () => {
    const { gh, head } = await hostileRun();
    const runs = [...latestRuns(gh, head).values()];
    expect(runs).toHaveLength(3);
    for (const run of runs) {
      const summary = run.output.summary!;
      const digest = /<!-- wxgate:check digest=[0-9a-f]{16} -->/.exec(summary)![0];
      expect(liveConstructs(summary, { html: [digest] })).toEqual([]);
      expect(summary).not.toMatch(FAKE_VERDICT_LINE);
      expect(run.output.title).toBe(plainText(run.output.title!));
    }
    const compliance = latestRuns(gh, head).get('wxgate / compliance')!;
    expect(compliance.conclusion).toBe('failure');
    const seen = visibleText(compliance.output.summary!);
    expect(seen).toContain(terminalText(PATH));
    expect(seen).toContain(UNKNOWN_KEY);
    const approvals = visibleText(latestRuns(gh, head).get('wxgate / approvals')!.output.summary!);
    expect(approvals).toContain(DEPARTMENT);
  });

  it('the annotations: plain text without mentions, references or control characters', async () => {
    const { gh, head } = await hostileRun();
    const annotations = latestRuns(gh, head).get('wxgate / compliance')!.annotations;
    expect(annotations.length).toBeGreaterThan(0);
    for (const a of annotations) {
      for (const field of [a.message, a.title] as string[]) {
        expect(field).not.toMatch(/@[A-Za-z0-9]|#\d|GH-\d|:\/\/|[\u0000-\u0009\u000b-\u001f\u007f]/i);
      }
      // The path is where GitHub puts the annotation: the file's real path, as data.
      expect(a.path).toBe(PATH);
    }
    const unknown = annotations.find((a) =>
      String(a.message)
        .replace(/\u200B/g, '')
        .includes(UNKNOWN_KEY),
    );
    expect(unknown).toBeDefined();
  });

  it('the urgent-report issue: only the approvers are mentioned, the marker is only on the first line', async () => {
    const { gh } = await hostileRun();
    expect(gh.issues).toHaveLength(1);
    const issue = gh.issues[0]!;
    const [first, ...rest] = issue.body.split('\n');
    expect(first).toBe('<!-- wxgate-urgent-report:pr-2 -->');
    expect(rest.join('\n')).not.toContain('<!--');
    expect(
      liveConstructs(issue.body, { html: [first!], mentions: ['@Codertocat/gm'], references: ['#2'] }),
    ).toEqual([]);
    expect(issue.body).not.toMatch(FAKE_VERDICT_LINE);
    const seen = visibleText(issue.body);
    expect(seen).toContain(TITLE);
    expect(seen).toContain(terminalText(REASON));
    expect(seen).toContain(terminalText(PATH));
    // The title is plain text: only wxgate's own "PR #2" links.
    expect(issue.title.startsWith('【加急发布报告】PR #2：')).toBe(true);
    const authored = issue.title.slice('【加急发布报告】PR #2：'.length);
    expect(authored).not.toMatch(/@[A-Za-z0-9]|#\d|:\/\/|[\u0000-\u001f]/);
    expect(authored.replace(/\u200B/g, '')).toBe(TITLE);
  });

  it('the log: a path that names the moved file is shown, never sent to the terminal', async () => {
    const { outcome } = await hostileRun({ pushWhileRead: true });
    const moved = outcome.stdout.split('\n').filter((l) => l.startsWith('::warning::#2: the head'));
    expect(moved).toHaveLength(1);
    expect(moved[0]).toContain(terminalText(PATH));
    expect(outcome.stdout).not.toContain('\u001b');
  });
});
