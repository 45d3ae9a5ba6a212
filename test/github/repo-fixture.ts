/**
 * A company repository on the fake GitHub, shaped like the template: policies on `main`, CODEOWNERS, teams, and a
 * PR that adds one article (and, in some tests, edits the policy and CODEOWNERS to loosen them).
 */

import { COVER_PNG } from '../helpers.js';
import { FakeGitHub } from './fake-github.js';

export const REPO_TOKEN = 'ghs_repoTOKENdoNotLeak0123456789';
export const TEAM_TOKEN = 'ghs_teamTOKENdoNotLeak9876543210';

export const ARTICLE_PATH = 'content/group/2026-11-25-hello/index.md';

export function article(options: { publishAt?: string; urgentReason?: string; body?: string } = {}): string {
  return `---
title: 集团举办秋季职工运动会
author: 集团工会
publish_at: "${options.publishAt ?? '2026-11-25T10:00:00+08:00'}"
cover: cover.png
digest: 集团秋季职工运动会在江临市体育中心举行，十二支代表队参加了比赛。
${options.urgentReason ? `urgent:\n  reason: ${options.urgentReason}\n` : ''}---

${
  options.body ??
  `11 月 15 日，集团秋季职工运动会在江临市体育中心举行。来自各业务单位的十二支代表队参加了比赛。

本次运动会设有拔河、接力跑和趣味投篮等项目。职工们在比赛中互相鼓励，赛场气氛热烈。`
}
`;
}

export const BASE_POLICY = `time_zone: Asia/Shanghai
rules:
  wechat/title-length: { severity: error, max: 32 }
lead_time:
  hours: 72
urgent:
  label: 加急
  approvers: ['@Codertocat/gm']
  report: issue
approvals:
  admins: ['@Codertocat/admins']
`;

export const BASE_CODEOWNERS = `# Market department reviews everything; admins own the rules.
* @Codertocat/market
/policies/ @Codertocat/admins
/.github/ @Codertocat/admins
`;

export interface Fixture {
  gh: FakeGitHub;
  base: string;
  head: string;
}

/** `main` with the base policy; PR #2 (the number the webhook examples use) adds the article. */
export function companyRepo(
  options: {
    headChanges?: Record<string, string | Uint8Array | null>;
    basePolicy?: string;
    labels?: string[];
    createdAt?: string;
  } = {},
): Fixture {
  const gh = new FakeGitHub('Codertocat/Hello-World');
  gh.tokens.set(REPO_TOKEN, { login: 'github-actions[bot]', type: 'Bot' });
  gh.tokens.set(TEAM_TOKEN, { login: 'wxgate-teams[bot]', type: 'Bot' });
  const base = gh.commit(
    {
      'README.md': '# 公众号内容仓库\n',
      'policies/wxgate.yml': options.basePolicy ?? BASE_POLICY,
      'policies/lexicons/company.yml': 'rule: law/prohibited-content\nentries: []\n',
      'policies/README.md': '# 策略\n',
      '.github/CODEOWNERS': BASE_CODEOWNERS,
      CODEOWNERS: '* @Codertocat/nobody\n', // ignored: .github/CODEOWNERS comes first
      'content/group/2026-11-12-old/index.md': article({ publishAt: '2026-11-12T10:00:00+08:00' }),
      'content/group/2026-11-12-old/cover.png': COVER_PNG,
    },
    undefined,
    'base',
  );
  gh.refs.set('main', base);
  const head = gh.change(
    base,
    {
      [ARTICLE_PATH]: article(),
      'content/group/2026-11-25-hello/cover.png': COVER_PNG,
      ...options.headChanges,
    },
    'add article',
  );
  gh.addPull({
    number: 2,
    author: 'alice',
    createdAt: options.createdAt ?? '2026-11-16T01:00:00Z',
    labels: options.labels ?? [],
    base: { ref: 'main', sha: base },
    commits: [head],
    headRef: 'changes',
  });
  gh.checkSuites.set(head, ['2026-11-16T01:00:05Z']);
  gh.addTeam('Codertocat/market', { bob: 'active', carol: 'active', erin: 'pending' }, [TEAM_TOKEN]);
  gh.addTeam('Codertocat/gm', { dave: 'active' }, [TEAM_TOKEN]);
  gh.addTeam('Codertocat/admins', { root: 'active' }, [TEAM_TOKEN]);
  return { gh, base, head };
}
