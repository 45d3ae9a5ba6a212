import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCheckPolicy } from '../../src/config/wxgate-yml.js';
import { DEFAULT_ADMIN_PATHS, parsePrPolicy } from '../../src/governance/pr-policy.js';
import { ConfigurationError } from '../../src/platform/errors.js';
import { RULES } from '../../src/rules/index.js';

const FILE = 'policies/wxgate.yml';

function error(yaml: string): string {
  try {
    parsePrPolicy(FILE, yaml);
  } catch (e) {
    if (e instanceof ConfigurationError) return e.describe();
    throw e;
  }
  throw new Error('expected a ConfigurationError');
}

describe('parsePrPolicy', () => {
  it('has safe defaults: 72 hours, label 加急, reset on content change, nobody to approve what needs naming', () => {
    const p = parsePrPolicy(FILE, '');
    expect(p.timeZone).toBe('Asia/Shanghai');
    expect(p.leadTime).toEqual({ kind: 'hours', hours: 72 });
    expect(p.urgent).toEqual({
      label: '加急',
      approvers: [],
      report: 'issue',
      clause: '001 第四章第2条',
      clauseText: '特殊情况下可加急处理，但需向总经理报告',
    });
    expect(p.approvals.secondReviewClause).toBe('000 三(一)4');
    expect(p.approvals.resetOnPush).toBe('content');
    expect(p.approvals.admins).toEqual([]);
    expect(p.approvals.adminPaths).toEqual([...DEFAULT_ADMIN_PATHS]);
    expect(p.approvals.rules).toEqual([]);
  });

  it('protects policies/, .github/ and every CODEOWNERS location by default; more can be added, none removed', () => {
    const p = parsePrPolicy(FILE, 'approvals:\n  admin_paths: [/action.yml]\n');
    for (const path of [
      'policies/wxgate.yml',
      'policies/lexicons/a.yml',
      '.github/CODEOWNERS',
      '.github/workflows/x.yml',
      'CODEOWNERS',
      'docs/CODEOWNERS',
      'action.yml',
    ]) {
      expect(p.approvals.isAdminPath(path), path).toBe(true);
    }
    for (const path of ['content/group/a/index.md', 'README.md', 'docs/README.md', 'policies.md']) {
      expect(p.approvals.isAdminPath(path), path).toBe(false);
    }
  });

  it('needs the admins, with no policy saying so, for everything the publish job runs or that decides it', () => {
    const p = parsePrPolicy(FILE, '');
    for (const path of [
      'dist/cli.js',
      'dist/worker.js',
      'dist/action.js',
      'action.yml',
      'action.yaml',
      'package.json',
      'package-lock.json',
      'npm-shrinkwrap.json',
      'scripts/build.mjs',
      'src/cli.ts',
      'src/publish/steps/submit.ts',
      'tsconfig.json',
      'node_modules/some-module/index.js',
      '.github/workflows/publish.yml',
      'content/group/CODEOWNERS',
    ]) {
      expect(p.approvals.isAdminPath(path), path).toBe(true);
    }
    // Anchored at the root: an article's folder may hold files of the same names.
    for (const path of [
      'content/group/2026-11-20-a/dist/chart.png',
      'content/group/2026-11-20-a/package.json',
      'content/scripts/index.md',
      'docs/src.md',
    ]) {
      expect(p.approvals.isAdminPath(path), path).toBe(false);
    }
  });

  it('reads the shipped policies/wxgate.yml', () => {
    const text = readFileSync(resolve(import.meta.dirname, '../../policies/wxgate.yml'), 'utf8');
    const p = parsePrPolicy(FILE, text);
    expect(p.leadTime).toEqual({ kind: 'hours', hours: 72 });
    expect(p.urgent.approvers.map((o) => o.text)).toEqual(['@acme/gm']);
    expect(p.approvals.admins.map((o) => o.text)).toEqual(['@acme/wxgate-admins']);
    const dept = p.approvals.rules[0]!;
    expect(dept.kind === 'front-matter' && [...dept.ownersByValue.keys()]).toEqual([
      '市场部',
      '人力资源部',
      '财务部',
      '信息技术部',
      '战略发展部',
    ]);
    // wxgate check validates the same file, pull-request sections included.
    expect(() => parseCheckPolicy(FILE, text, RULES)).not.toThrow();
  });

  it('reads working days and every kind of rule', () => {
    const p = parsePrPolicy(
      FILE,
      [
        'lead_time: {working_days: 3}',
        'urgent: {label: urgent, approvers: ["@acme/gm", "@ceo"], report: comment}',
        'approvals:',
        '  reset_on_push: any',
        '  rules:',
        '    - {name: 集团号, paths: [/content/group/], owners: "@acme/market"}',
        '    - {name: 重大, clause: "001", labels: [重大], owners: ["@acme/gm"]}',
        '    - {name: 部门, front_matter: department, owners: {市场部: "@acme/market-head"}}',
      ].join('\n'),
    );
    expect(p.leadTime).toEqual({ kind: 'working-days', days: 3 });
    expect(p.urgent.report).toBe('comment');
    expect(p.urgent.approvers.map((o) => o.kind)).toEqual(['team', 'user']);
    expect(p.approvals.resetOnPush).toBe('any');
    expect(p.approvals.rules.map((r) => [r.kind, r.source, r.clause])).toEqual([
      ['paths', 'policy:approvals.rules[0]', undefined],
      ['labels', 'policy:approvals.rules[1]', '001'],
      ['front-matter', 'policy:approvals.rules[2]', undefined],
    ]);
    const paths = p.approvals.rules[0]!;
    expect(paths.kind === 'paths' && paths.match('content/group/2026-11-20-a/index.md')).toBe(true);
    expect(paths.kind === 'paths' && paths.match('content/bu1/2026-11-20-a/index.md')).toBe(false);
  });

  it("reads the company's clauses, which every message about the urgent path and self-approval cites", () => {
    const p = parsePrPolicy(
      FILE,
      'urgent:\n  clause: 运营办法 7.2\n  clause_text: 紧急稿件可缩短提前量\napprovals:\n  second_review_clause: 审核制度 3.4\n',
    );
    expect([p.urgent.clause, p.urgent.clauseText, p.approvals.secondReviewClause]).toEqual([
      '运营办法 7.2',
      '紧急稿件可缩短提前量',
      '审核制度 3.4',
    ]);
    expect(error('urgent:\n  label: 加急\n  clause: 7\n')).toBe(
      'policies/wxgate.yml:3: field "urgent.clause": must be non-empty text',
    );
    expect(error('urgent:\n  clause_text: ""\n')).toBe(
      'policies/wxgate.yml:2: field "urgent.clause_text": must be non-empty text',
    );
    expect(error('approvals:\n  second_review_clause: [000]\n')).toBe(
      'policies/wxgate.yml:2: field "approvals.second_review_clause": must be non-empty text',
    );
  });

  it('fails loudly, with file, line and field, on every kind of mistake', () => {
    expect(error('lead_time: 72\n')).toBe(
      'policies/wxgate.yml:1: field "lead_time": must be a mapping: {hours: N} or {working_days: N}',
    );
    expect(error('lead_time:\n  days: 3\n')).toBe(
      'policies/wxgate.yml:2: field "lead_time.days": unknown setting; allowed: hours, working_days',
    );
    expect(error('lead_time:\n  hours: 72\n  working_days: 3\n')).toBe(
      'policies/wxgate.yml:1: field "lead_time": give hours or working_days, not both',
    );
    expect(error('lead_time:\n  working_days: 2.5\n')).toBe(
      'policies/wxgate.yml:2: field "lead_time.working_days": must be a whole number ≥ 1',
    );
    expect(error('lead_time:\n  hours: -1\n')).toBe(
      'policies/wxgate.yml:2: field "lead_time.hours": must be a positive number',
    );
    expect(error('urgent:\n  approvers: acme/gm\n')).toBe(
      'policies/wxgate.yml:2: field "urgent.approvers": "acme/gm" is not an owner: use @user or @org/team (as in CODEOWNERS)',
    );
    expect(error('urgent:\n  approvers: [gm@example.com]\n')).toBe(
      'policies/wxgate.yml:2: field "urgent.approvers[0]": "gm@example.com" is not an owner: use @user or @org/team (as in CODEOWNERS)',
    );
    expect(error('urgent:\n  report: email\n')).toBe(
      'policies/wxgate.yml:2: field "urgent.report": must be issue or comment',
    );
    expect(error('approvals:\n  reset_on_push: always\n')).toBe(
      'policies/wxgate.yml:2: field "approvals.reset_on_push": must be content, any or never',
    );
    expect(error('approvals:\n  admin_paths: ["!policies/"]\n')).toBe(
      'policies/wxgate.yml:2: field "approvals.admin_paths[0]": negation (!) is not supported; list the paths that need the rule',
    );
    expect(error('approvals:\n  rules:\n    - name: x\n      owners: "@a/b"\n')).toBe(
      'policies/wxgate.yml:3: field "approvals.rules[0]": give exactly one of paths, labels or front_matter',
    );
    expect(error('approvals:\n  rules:\n    - name: x\n      labels: [a]\n')).toBe(
      'policies/wxgate.yml:3: field "approvals.rules[0].owners": missing: who must approve',
    );
    expect(
      error('approvals:\n  rules:\n    - name: x\n      front_matter: dept\n      owners: {a: "@a/b"}\n'),
    ).toBe(
      'policies/wxgate.yml:4: field "approvals.rules[0].front_matter": must be one of department, type, author, major',
    );
    expect(
      error('approvals:\n  rules:\n    - name: x\n      front_matter: department\n      owners: "@a/b"\n'),
    ).toBe(
      'policies/wxgate.yml:5: field "approvals.rules[0].owners": must map each value of department to its owners, e.g. {市场部: "@org/market-head"}',
    );
    expect(error('approvals:\n  rules:\n    - name: x\n      paths: [content/]\n      ownrs: "@a/b"\n')).toBe(
      'policies/wxgate.yml:5: field "approvals.rules[0].ownrs": unknown setting; allowed: name, clause, paths, labels, front_matter, owners',
    );
    expect(error('approvals:\n  admins: []\n')).toBe(
      'policies/wxgate.yml:2: field "approvals.admins": must be an owner or a list of owners (@user, @org/team)',
    );
  });

  it('wxgate check rejects an unknown top-level setting and lists the pull-request sections as allowed', () => {
    expect(() => parseCheckPolicy(FILE, 'lead_tme: 72\n', RULES)).toThrow(
      'unknown setting; allowed: time_zone, rules, publisher, lead_time, urgent, approvals',
    );
  });
});
