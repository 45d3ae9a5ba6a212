/**
 * The rules a PR is judged by, read through the git data API at a commit of the BASE branch: the policy folder
 * (`policies/` by default) and GitHub's three CODEOWNERS locations. A PR that edits any of them changes nothing
 * here: its head is never read for rules.
 */
import type { BasePolicies } from '../governance/pr-context.js';
import { type GitHubClient, httpStatus } from './client.js';
import { CommitTree, decodeBlob } from './tree.js';

/** GitHub's search order: the first that exists is used. */
export const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;

/** Policy files are YAML; anything else in the folder (an avatar image, a README) is not needed to judge. */
const POLICY_FILE = /\.ya?ml$/i;
/** A policy file larger than this is refused: a base branch could hold anything, the runner's memory cannot. */
const MAX_POLICY_BYTES = 5 * 1024 * 1024;

export interface BaseFiles {
  /** The base commit everything was read at. */
  sha: string;
  /** The policy folder as given (`policies`), without trailing slash. */
  policiesPath: string;
  /** Policy files by path relative to the policy folder (`wxgate.yml`, `lexicons/ads.yml`). */
  policyFiles: Map<string, string>;
  /** What the evaluator takes. */
  policies: BasePolicies;
}

/** The tip of the base branch now: the latest rules, even if the PR's own `base.sha` is older. */
export async function baseBranchSha(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  branch: string,
  fallback: string,
): Promise<string> {
  try {
    const { data } = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` });
    return data.object.sha;
  } catch (error) {
    if (httpStatus(error) === 404) return fallback;
    throw error;
  }
}

export async function readBaseFiles(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  sha: string,
  policiesPath = 'policies',
): Promise<BaseFiles> {
  const folder = policiesPath.replace(/^\.?\/+/, '').replace(/\/+$/, '');
  const tree = new CommitTree(octokit, owner, repo, sha);
  const blob = async (blobSha: string, path: string): Promise<string> => {
    const { data } = await octokit.rest.git.getBlob({ owner, repo, file_sha: blobSha });
    if ((data.size ?? 0) > MAX_POLICY_BYTES) throw new Error(`${path} at ${sha} is larger than 5 MB`);
    return Buffer.from(decodeBlob(data.content, data.encoding)).toString('utf8');
  };

  const policyFiles = new Map<string, string>();
  const policyTree = await tree.entry(folder);
  if (policyTree?.type === 'tree' && policyTree.sha) {
    const wanted = (await tree.list(policyTree.sha, true)).filter(
      (e) => e.type === 'blob' && e.path && e.sha && POLICY_FILE.test(e.path),
    );
    await Promise.all(
      wanted.map(async (e) => {
        policyFiles.set(e.path!, await blob(e.sha!, `${folder}/${e.path}`));
      }),
    );
  }

  const codeowners: Record<string, string> = {};
  for (const path of CODEOWNERS_PATHS) {
    const entry = await tree.entry(path);
    if (entry?.type === 'blob' && entry.sha) {
      codeowners[path] = await blob(entry.sha, path);
      break; // GitHub uses the first one it finds and ignores the others.
    }
  }

  const wxgateYml = policyFiles.get('wxgate.yml');
  return {
    sha,
    policiesPath: folder,
    policyFiles,
    policies: {
      wxgateYml,
      wxgateYmlPath: `${folder}/wxgate.yml@${sha.slice(0, 7)}`,
      codeowners,
    },
  };
}
