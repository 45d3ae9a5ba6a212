/**
 * The `evaluate a pull request` use case: a pure function of (PR facts, BASE-branch policy text, a compliance
 * checker) → verdict. It never calls GitHub and never reads the clock; the Action and `wxgate explain` both call it.
 */
import type { FileResult } from '../lint/runner.js';
import type { BasePolicies, PRContext, PRVerdict } from '../policy/pr-context.js';

/** One changed article handed to the compliance checker: its bytes at head and the names beside it. */
export interface ArticleInput {
  path: string;
  bytes: Uint8Array;
  siblings: ReadonlySet<string>;
}

/** Runs the content rules (configured by the BASE branch's policies and lexicons) on the PR's articles. */
export type ComplianceRunner = (articles: readonly ArticleInput[]) => FileResult[] | Promise<FileResult[]>;

/**
 * Judges a PR. `policies` MUST be read from the PR's base branch: a PR that edits policies/ or CODEOWNERS is
 * judged by the rules it would replace. Throws ConfigurationError when the base policy itself is invalid.
 */
export async function evaluatePullRequest(
  ctx: PRContext,
  policies: BasePolicies,
  compliance: ComplianceRunner,
): Promise<PRVerdict> {
  void ctx;
  void policies;
  void compliance;
  throw new Error('evaluatePullRequest: not implemented yet');
}
