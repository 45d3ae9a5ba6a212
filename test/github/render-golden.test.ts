/**
 * The PR comment and the check runs as reviewers read them, in both languages, compared with files under
 * test/fixtures/render reviewed by eye. Each scenario is judged by the repository's own policies and CODEOWNERS
 * with the real content rules, then rendered exactly as the Action posts it. A change of wording shows up as a
 * diff of these files; after reviewing it, regenerate them with WXGATE_WRITE_GOLDEN=1.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { complianceWith, evaluatePullRequest } from '../../src/app/evaluate-pr.js';
import { loadPolicies } from '../../src/config/load.js';
import { checkRuns, commentBody, type RenderContext } from '../../src/github/render.js';
import { isArticlePath, type PRVerdict } from '../../src/governance/pr-context.js';
import { parsePrPolicy } from '../../src/governance/pr-policy.js';
import { parseScenario, scenarioMembers } from '../../src/governance/scenario.js';
import { RULES } from '../../src/rules/index.js';
import type { Locale } from '../../src/text/vocabulary.js';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = resolve(import.meta.dirname, '../fixtures/render');

async function judged(name: string, locale: Locale) {
  const policiesDir = join(ROOT, 'policies');
  const { policy, lexicon } = await loadPolicies(policiesDir, RULES);
  const wxgateYml = readFileSync(join(policiesDir, 'wxgate.yml'), 'utf8');
  const prPolicy = parsePrPolicy('policies/wxgate.yml', wxgateYml);
  const scenario = parseScenario(
    `${name}.yml`,
    readFileSync(join(FIXTURES, `${name}.yml`), 'utf8'),
    prPolicy.timeZone,
  );
  const files = scenario.context.files.map((f) =>
    isArticlePath(f.path) ? { ...f, siblings: ['cover.png'] } : f,
  );
  const results: Parameters<typeof checkRuns>[1][number][] = [];
  const lint = complianceWith({ rules: RULES, policy, lexicon });
  const verdict: PRVerdict = await evaluatePullRequest(
    { ...scenario.context, files, members: scenarioMembers(scenario) },
    {
      wxgateYml,
      wxgateYmlPath: 'policies/wxgate.yml',
      codeowners: { '.github/CODEOWNERS': readFileSync(join(ROOT, '.github/CODEOWNERS'), 'utf8') },
    },
    async (articles) => {
      const out = await lint(articles);
      results.push(...out);
      return out;
    },
  );
  const ctx: RenderContext = {
    locale,
    headSha: scenario.context.headSha,
    baseSha: 'ba5e000aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    policiesPath: 'policies',
    timeZone: prPolicy.timeZone,
    runUrl: 'https://github.com/acme/wechat/actions/runs/1',
  };
  return { verdict, results, ctx };
}

function golden(file: string, actual: string): void {
  const path = join(FIXTURES, file);
  if (process.env.WXGATE_WRITE_GOLDEN === '1') writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe.each(['blocked', 'mergeable'])('%s pull request', (name) => {
  it.each(['zh-CN', 'en'] as const)('the comment and the check runs in %s', async (locale) => {
    const { verdict, results, ctx } = await judged(name, locale);
    const suffix = locale === 'en' ? 'en' : 'zh';
    golden(`${name}.comment.${suffix}.md`, `${commentBody(verdict, ctx)}\n`);
    const runs = checkRuns(verdict, results, ctx);
    const text = Object.values(runs)
      .map(
        (r) =>
          `<!-- check run: ${r.name} · ${r.conclusion} · ${r.annotations.length} annotation(s) -->\n# ${r.title}\n\n${r.summary}\n`,
      )
      .join('\n');
    golden(`${name}.check-runs.${suffix}.md`, text);
  });
});
