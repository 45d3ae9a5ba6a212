/**
 * Team membership as the approval rules need it: which of the PR's people are active members of a team the policy
 * names, read with the team token. A lookup that cannot be made fails closed and says which permission is missing.
 */
import type { TeamLookup } from '../governance/pr-context.js';
import { describeError, type GitHubClient, httpStatus } from './client.js';

/**
 * Active members of `org/slug` among the logins the evaluator can ask about (the PR author and its reviewers).
 *
 * GitHub answers 404 both for "no such team" and for "this token may not see the team", and the membership
 * endpoint answers 404 for "not a member" too. So the team itself is read first: if that fails, nothing can be
 * concluded and the lookup fails closed, naming the missing permission. Only once the team is visible does a 404
 * on `GET /orgs/{org}/teams/{slug}/memberships/{user}` mean "not a member". A pending invitation is not membership.
 */
export async function lookupTeam(
  octokit: GitHubClient,
  team: string,
  candidates: readonly string[],
): Promise<TeamLookup> {
  const [org, slug, ...rest] = team.split('/');
  if (!org || !slug || rest.length > 0) {
    return { ok: false, reason: 'error', detail: `"${team}" is not a team (expected org/team-slug)` };
  }
  const cannot = (error: unknown): TeamLookup => {
    const status = httpStatus(error);
    if (status === 404) {
      return {
        ok: false,
        reason: 'not-found',
        detail: `team @${org}/${slug} does not exist or the token cannot see it (GitHub answers 404 for both); the team token needs organisation permission "Members: read" (GitHub App) or read:org (PAT)`,
      };
    }
    if (status === 401 || status === 403) {
      return {
        ok: false,
        reason: 'forbidden',
        detail: `reading team @${org}/${slug} was refused (${describeError(error)}); the team token needs organisation permission "Members: read" (GitHub App) or read:org (PAT)`,
      };
    }
    return {
      ok: false,
      reason: 'error',
      detail: `reading team @${org}/${slug} failed: ${describeError(error)}`,
    };
  };
  try {
    await octokit.rest.teams.getByName({ org, team_slug: slug });
  } catch (error) {
    return cannot(error);
  }
  const members: string[] = [];
  const distinct = new Map(candidates.map((c) => [c.toLowerCase(), c]));
  for (const username of distinct.values()) {
    try {
      const { data } = await octokit.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username });
      if (data.state === 'active') members.push(username);
    } catch (error) {
      if (httpStatus(error) === 404) continue;
      return cannot(error);
    }
  }
  return { ok: true, members };
}
