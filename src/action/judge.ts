/**
 * Judging one pull request, at one head SHA. The PR is read at the head its first read gives (files, blobs,
 * commits, labels: ../github/pr-context.ts), judged by the base branch's rules, and the three check runs are
 * posted on THAT SHA. Then the PR is read again: when its head moved meanwhile, the check runs stay on the commit
 * they are about, and the PR is judged again at its new head, at most MAX_ATTEMPTS times. A check run is never
 * put on a commit whose content was not read; the comment and the log say when the head moved.
 *
 * The sticky comment and the urgent report are found among the posts of the account this run posts as (asked
 * once per run), by a marker on their first line.
 */

import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import type { ComplianceRunner, evaluatePullRequest } from '../app/evaluate-pr.js';
import { baseBranchSha, readBaseFiles } from '../github/base-files.js';
import { publishCheckRun } from '../github/check-runs.js';
import type { GitHubClient } from '../github/client.js';
import { upsertIssue, upsertIssueComment } from '../github/comments.js';
import { HeadMovedError, IncompletePullRequestError, loadPRContext } from '../github/pr-context.js';
import {
  CHECK_NAMES,
  type CheckKey,
  COMMENT_MARKER,
  checkRuns,
  commentBody,
  failedCheckRuns,
  failureCommentBody,
  type RenderContext,
} from '../github/render.js';
import type { PRVerdict } from '../governance/pr-context.js';
import { verdictJson } from '../governance/verdict-format.js';
import { type FileResult, lintBytes } from '../lint/runner.js';
import { ConfigurationError } from '../platform/errors.js';
import { terminalText } from '../text/escape.js';
import type { LocalizedText } from '../text/vocabulary.js';
import { lintSetupFromBase } from './base-setup.js';
import type { ActionInputs } from './inputs.js';

/** Reads of a PR whose head keeps moving, before the run settles for the last one it read. */
export const MAX_ATTEMPTS = 3;

/** What judging a PR needs from the run. */
export interface Judging {
  gh: GitHubClient;
  teams: GitHubClient | undefined;
  owner: string;
  repo: string;
  inputs: ActionInputs;
  now: () => number;
  evaluate: typeof evaluatePullRequest;
  /** The login this run posts as. */
  author: () => Promise<string>;
  runUrl?: string;
}

export interface JudgedPull {
  number: number;
  /** The commit the verdict (or the failure) is about, and the check runs were posted on. */
  headSha?: string;
  verdict?: PRVerdict;
  /** Why the PR could not be judged (the checks fail with it). */
  failure?: LocalizedText;
  configurationError?: boolean;
  verdictPath?: string;
  comment?: string;
}

const short = (sha: string) => sha.slice(0, 7);

export async function judgePull(j: Judging, number: number): Promise<JudgedPull> {
  const { gh, owner, repo, inputs } = j;
  const notes: LocalizedText[] = [];
  for (let attempt = 1; ; attempt++) {
    const final = attempt >= MAX_ATTEMPTS;
    let loaded: Awaited<ReturnType<typeof loadPRContext>>;
    try {
      loaded = await loadPRContext(gh, { owner, repo, number }, j.now(), j.teams ? { teams: j.teams } : {});
    } catch (error) {
      if (error instanceof IncompletePullRequestError) return tooLarge(j, number, error);
      if (!(error instanceof HeadMovedError)) throw error;
      warn(
        `#${number}: ${error.message}${final ? '' : `; reading it again (${attempt + 1} of ${MAX_ATTEMPTS})`}`,
      );
      if (!final) {
        notes.push({
          zh: `读取提交 ${short(error.from)} 期间 PR 有新的推送，已重新读取。`,
          en: `The PR was pushed to while ${short(error.from)} was read; it was read again.`,
        });
        continue;
      }
      const message = {
        zh: `无法判定：每次读取期间 PR 都有新的推送（共 ${MAX_ATTEMPTS} 次）。下一次推送会重新检查。`,
        en: `Cannot be judged: the PR was pushed to during each of ${MAX_ATTEMPTS} reads. The next push starts a new check.`,
      };
      return postFailure(j, number, { headSha: error.from, baseSha: error.baseSha }, message, false, notes);
    }
    const { context: ctx, info } = loaded;
    if (info.state !== 'open') {
      core.info(`#${number} is ${info.state}: nothing to post`);
      return { number };
    }

    const baseSha = await baseBranchSha(gh, owner, repo, info.baseRef, info.baseSha);
    const base = await readBaseFiles(gh, owner, repo, baseSha, inputs.policiesPath);
    core.info(
      `#${number}: head ${short(ctx.headSha)}, ${ctx.files.length} changed file(s), ${ctx.reviews.length} review(s); rules from base ${short(baseSha)} (${base.policyFiles.size} policy file(s), CODEOWNERS: ${Object.keys(base.policies.codeowners)[0] ?? 'none'})`,
    );

    let timeZone: string;
    let verdict: PRVerdict;
    const linted = new Map<string, FileResult>();
    try {
      const setup = await lintSetupFromBase(base);
      timeZone = setup.policy.timeZone;
      const compliance: ComplianceRunner = (articles) =>
        articles.map((a) => {
          const result = lintBytes(a.path, a.bytes, setup, a.siblings, a.images);
          linted.set(a.path, result);
          return result;
        });
      verdict = await j.evaluate(ctx, base.policies, compliance);
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      const message = {
        zh: `目标分支上的策略配置有误，所有检查均判为不通过：${error.describe()}`,
        en: `The policy on the base branch is invalid, so every check fails: ${error.describe()}`,
      };
      return postFailure(j, number, { headSha: ctx.headSha, baseSha }, message, true, notes);
    }

    const render = (): RenderContext => ({
      locale: inputs.locale,
      headSha: ctx.headSha,
      baseSha,
      policiesPath: base.policiesPath,
      timeZone,
      notes: [...notes],
      ...(j.runUrl ? { runUrl: j.runUrl } : {}),
    });
    const files = [...linted.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    await postChecks(j, ctx.headSha, checkRuns(verdict, files, render()));

    // Read the PR again: a push during the run means the verdict is about a commit that is no longer the head.
    const { data: now } = await gh.rest.pulls.get({ owner, repo, pull_number: number });
    if (now.head.sha !== ctx.headSha) {
      const [a, b] = [short(ctx.headSha), short(now.head.sha)];
      warn(
        `#${number}: the head moved from ${a} to ${b} while ${a} was judged; the checks of ${a} stay on ${a}${final ? `; ${b} is judged by the run its push starts` : `; judging ${b} (${attempt + 1} of ${MAX_ATTEMPTS})`}`,
      );
      notes.push(
        final
          ? {
              zh: `本结果针对提交 ${a}；判定期间 PR 的最新提交又变为 ${b}（已判定 ${MAX_ATTEMPTS} 次）。${b} 由其推送触发的检查判定，${a} 的结果不会记在 ${b} 上。`,
              en: `This verdict is for ${a}; the PR's head moved to ${b} while it was judged (${MAX_ATTEMPTS} attempts). ${b} is judged by the run its push starts; the result for ${a} is never put on ${b}.`,
            }
          : {
              zh: `判定提交 ${a} 期间 PR 的最新提交变为 ${b}：${a} 的检查结果只记在 ${a} 上，已按 ${b} 重新判定。`,
              en: `The PR's head moved from ${a} to ${b} while ${a} was judged: the checks for ${a} stay on ${a}, and ${b} was judged again.`,
            },
      );
      if (!final) continue;
    }

    const body = commentBody(verdict, render());
    const author = await j.author();
    const comment = await upsertIssueComment(gh, { owner, repo, number }, COMMENT_MARKER, body, author);
    core.info(`comment ${comment.action}: ${comment.url}`);
    if (verdict.report) {
      const r = verdict.report;
      const posted =
        r.target === 'issue'
          ? await upsertIssue(
              gh,
              { owner, repo },
              r.marker,
              { title: r.title, body: r.body, label: inputs.reportLabel },
              author,
            )
          : await upsertIssueComment(gh, { owner, repo, number }, r.marker, r.body, author);
      core.info(`urgent report to ${r.mention} ${posted.action}: ${posted.url}`);
    }

    const verdictPath = join(process.env.RUNNER_TEMP || tmpdir(), `wxgate-verdict-pr-${number}.json`);
    writeFileSync(verdictPath, `${JSON.stringify(verdictJson(verdict), null, 2)}\n`);
    return { number, headSha: ctx.headSha, verdict, verdictPath, comment: body };
  }
}

/** A log line that may quote what the PR wrote: shown, never obeyed as a workflow command. */
function warn(line: string): void {
  core.warning(terminalText(line));
}

async function postChecks(
  j: Judging,
  headSha: string,
  runs: Record<CheckKey, Parameters<typeof publishCheckRun>[2]>,
): Promise<void> {
  for (const key of Object.keys(CHECK_NAMES) as CheckKey[]) {
    const run = runs[key];
    const posted = await publishCheckRun(
      j.gh,
      { owner: j.owner, repo: j.repo, headSha },
      run,
      new Date(j.now()),
    );
    core.info(
      `${run.name} on ${short(headSha)}: ${run.conclusion} (${posted.action}${posted.annotationRequests ? `, ${run.annotations.length} annotation(s) in ${posted.annotationRequests} request(s)` : ''})`,
    );
  }
}

/** More files than GitHub lists: the checks fail on the head the PR has now, with what to do. */
async function tooLarge(j: Judging, number: number, error: IncompletePullRequestError): Promise<JudgedPull> {
  const { data: pr } = await j.gh.rest.pulls.get({ owner: j.owner, repo: j.repo, pull_number: number });
  const message = {
    zh: `无法判定：本 PR 改动了 ${pr.changed_files} 个文件，GitHub 只列出前 3000 个。请拆分成较小的 PR。`,
    en: `Cannot be judged: ${error.message}`,
  };
  return postFailure(j, number, { headSha: pr.head.sha, baseSha: pr.base.sha }, message, false, []);
}

async function postFailure(
  j: Judging,
  number: number,
  at: { headSha: string; baseSha: string },
  message: LocalizedText,
  configurationError: boolean,
  notes: readonly LocalizedText[],
): Promise<JudgedPull> {
  const render: RenderContext = {
    locale: j.inputs.locale,
    ...at,
    policiesPath: j.inputs.policiesPath,
    timeZone: 'Asia/Shanghai',
    notes,
    ...(j.runUrl ? { runUrl: j.runUrl } : {}),
  };
  await postChecks(j, at.headSha, failedCheckRuns(message, render));
  const body = failureCommentBody(message, render);
  const target = { owner: j.owner, repo: j.repo, number };
  await upsertIssueComment(j.gh, target, COMMENT_MARKER, body, await j.author());
  core.error(terminalText(`#${number}: ${message.en}`));
  return { number, headSha: at.headSha, failure: message, configurationError, comment: body };
}
