/**
 * The `evaluate a pull request` use case: a pure function of (PR facts, BASE-branch policy text, a compliance
 * checker) → verdict. It never calls GitHub and never reads the clock; the Action and `wxgate explain` both call
 * it, so they give the same verdict.
 */
import { loadArticle } from '../article/article.js';
import type { ImageFacts } from '../article/image-header.js';
import { evaluateApprovals, Membership } from '../governance/approvals.js';
import { loadCodeowners } from '../governance/codeowners.js';
import {
  type BasePolicies,
  type ComplianceCheck,
  isArticlePath,
  type PRContext,
  type PRFile,
  type PRVerdict,
} from '../governance/pr-context.js';
import { parsePrPolicy } from '../governance/pr-policy.js';
import { buildRequirements, URGENT_SOURCE } from '../governance/requirements.js';
import { type ArticleFacts, finishSchedule, planSchedule } from '../governance/schedule.js';
import { urgentReport } from '../governance/urgent-report.js';
import { countSeverities } from '../lint/reporters/json.js';
import { type FileResult, fileError, type LintMessage, type LintSetup, lintBytes } from '../lint/runner.js';
import type { LocalizedText } from '../text/vocabulary.js';

/** One changed article handed to the compliance checker: its bytes at head and the names beside it. */
export interface ArticleInput {
  path: string;
  bytes: Uint8Array;
  siblings: ReadonlySet<string>;
  /** What the files beside it really are, when they were read (see PRFile.images). */
  images?: ReadonlyMap<string, ImageFacts>;
}

/** Runs the content rules (configured by the BASE branch's policies and lexicons) on the PR's articles. */
export type ComplianceRunner = (articles: readonly ArticleInput[]) => FileResult[] | Promise<FileResult[]>;

/** The real checker, configured by policies loaded from the base branch (`loadPolicies` or the same parsed text). */
export function complianceWith(setup: LintSetup): ComplianceRunner {
  return (articles) => articles.map((a) => lintBytes(a.path, a.bytes, setup, a.siblings, a.images));
}

/**
 * Judges a PR. `policies` MUST be read from the PR's base branch: a PR that edits policies/ or CODEOWNERS is
 * judged by the rules it would replace (and needs the admins' approval for the edit). Throws ConfigurationError
 * when the base policy itself is invalid: a broken policy fails loudly, never open.
 */
export async function evaluatePullRequest(
  ctx: PRContext,
  policies: BasePolicies,
  compliance: ComplianceRunner,
): Promise<PRVerdict> {
  const policy = parsePrPolicy(policies.wxgateYmlPath ?? 'policies/wxgate.yml', policies.wxgateYml ?? '');
  const codeowners = loadCodeowners(policies.codeowners);
  const articleFiles = ctx.files.filter((f) => isArticlePath(f.path) && f.status !== 'removed');

  const complianceCheck = await checkCompliance(articleFiles, compliance);
  const facts = articleFiles.map((f) => readFacts(f, policy.timeZone));
  const plan = planSchedule(ctx, policy, facts);

  const membership = new Membership(ctx);
  const requirements = buildRequirements(
    ctx,
    policy,
    codeowners,
    facts,
    plan.articles.filter((a) => a.urgent),
  );
  const { check: approvals, satisfied } = await evaluateApprovals(ctx, policy, requirements, membership);
  if (codeowners.errors.length > 0) {
    approvals.explanation.push({
      zh: `⚠ ${codeowners.file} 有 ${codeowners.errors.length} 行无效，已跳过（与 GitHub 相同）：${codeowners.errors.map((e) => `第 ${e.line} 行 ${e.message}`).join('；')}`,
      en: `⚠ ${codeowners.file} has ${codeowners.errors.length} invalid line(s), skipped as GitHub does: ${codeowners.errors.map((e) => `line ${e.line}: ${e.message}`).join('; ')}`,
    });
  }
  const urgentApprovedBy = satisfied.get(URGENT_SOURCE) ?? [];
  const schedule = finishSchedule(ctx, policy, plan, urgentApprovedBy);
  const report = urgentReport(ctx, policy, plan, urgentApprovedBy);

  const verdict: PRVerdict = {
    mergeable: complianceCheck.status === 'pass' && schedule.status === 'pass' && approvals.status === 'pass',
    checks: { compliance: complianceCheck, schedule, approvals },
    codeownersErrors: codeowners.errors.map((e) => ({
      file: codeowners.file ?? 'CODEOWNERS',
      line: e.line,
      message: e.message,
    })),
    evaluatedAt: ctx.evaluatedAt,
    codeownersFile: codeowners.file,
  };
  if (report) verdict.report = report;
  return verdict;
}

function bytesOf(content: Uint8Array | string): Uint8Array {
  return typeof content === 'string' ? new TextEncoder().encode(content) : content;
}

async function checkCompliance(
  files: readonly PRFile[],
  compliance: ComplianceRunner,
): Promise<ComplianceCheck> {
  const inputs: ArticleInput[] = [];
  const unreadable: FileResult[] = [];
  for (const f of files) {
    if (f.content === undefined) {
      unreadable.push(
        fileError(f.path, 1, {
          zh: '无法读取该文章在 PR 最新提交中的内容，无法检查。',
          en: 'The article content at the PR head could not be read, so it cannot be checked.',
        }),
      );
    } else
      inputs.push({
        path: f.path,
        bytes: bytesOf(f.content),
        siblings: new Set(f.siblings ?? []),
        ...(f.images ? { images: f.images } : {}),
      });
  }
  const results = [...(inputs.length > 0 ? await compliance(inputs) : []), ...unreadable].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
  const { errorCount, warningCount } = countSeverities(results);
  const perFile = results.map((r) => ({
    path: r.path,
    ...countSeverities([r]),
    findings: r.messages.map((m) => ({
      line: m.line,
      ruleId: m.ruleId,
      severity: m.severity,
      message: m.message,
      source: m.source,
    })),
  }));
  const explanation: LocalizedText[] = [];
  if (results.length === 0) {
    explanation.push({ zh: '此 PR 不含文章，无需合规检查。', en: 'This PR contains no article to check.' });
  }
  for (const [i, f] of perFile.entries()) {
    const warnings = named(results[i]!.messages.filter((m) => m.severity === 'warning'));
    explanation.push(
      f.errorCount === 0
        ? {
            zh: `✓ ${f.path}：无错误${f.warningCount ? `（${f.warningCount} 个警告：${warnings.zh}）` : ''}。`,
            en: `✓ ${f.path}: no errors${f.warningCount ? ` (${f.warningCount} warning${f.warningCount > 1 ? 's' : ''}: ${warnings.en})` : ''}.`,
          }
        : {
            zh: `✗ ${f.path}：${f.errorCount} 个错误${f.warningCount ? `、${f.warningCount} 个警告` : ''}，请修改下列各行后推送新的提交。`,
            en: `✗ ${f.path}: ${f.errorCount} error${f.errorCount > 1 ? 's' : ''}${f.warningCount ? `, ${f.warningCount} warning${f.warningCount > 1 ? 's' : ''}` : ''}; fix the lines below and push a new commit.`,
          },
    );
  }
  return {
    status: errorCount === 0 ? 'pass' : 'fail',
    errorCount,
    warningCount,
    files: perFile,
    explanation,
  };
}

/** Warnings named, not just counted: the line and what the message says first, three at most. */
function named(messages: readonly LintMessage[]): LocalizedText {
  const shown = messages.slice(0, 3);
  const more = messages.length > shown.length;
  return {
    zh: shown.map((m) => `第 ${m.line} 行 ${headline(m.message.zh)}`).join('；') + (more ? '等' : ''),
    en: shown.map((m) => `line ${m.line} ${headline(m.message.en)}`).join('; ') + (more ? ', …' : ''),
  };
}

/** What a message says before its explanation: 「中文与英文之间缺少空格」, "Missing space between …". */
function headline(message: string): string {
  const cut = message.search(/[：:（(]/);
  const head = (cut === -1 ? message : message.slice(0, cut)).trim();
  return [...head].length > 40 ? `${[...head].slice(0, 40).join('')}…` : head;
}

function readFacts(file: PRFile, zone: string): ArticleFacts {
  const none: ArticleFacts = {
    path: file.path,
    readable: false,
    title: undefined,
    publishAt: undefined,
    publishAtText: undefined,
    urgentReason: undefined,
    withdrawn: false,
    fields: {},
  };
  if (file.content === undefined) return none;
  // The guarded path: a hostile article (3,000 nested quotes) is unreadable here, never a crash of the PR check.
  const loaded = loadArticle(file.path, bytesOf(file.content), { timeZone: zone });
  if (!loaded.ok) return none;
  const fm = loaded.article.frontMatter.fields;
  return {
    path: file.path,
    readable: true,
    title: fm.title,
    publishAt: fm.publishAt,
    publishAtText: fm.publishAtText,
    urgentReason: fm.urgent?.reason,
    withdrawn: fm.status === 'withdrawn',
    fields: {
      department: fm.department,
      type: fm.type,
      author: fm.author,
      major: fm.major === undefined ? undefined : String(fm.major),
    },
  };
}
