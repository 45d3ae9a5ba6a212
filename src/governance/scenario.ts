/**
 * A pull request described in a YAML file (`wxgate explain <scenario.yml>`), turned into a PRContext. Format (extra
 * fields allowed, so a scenario can carry its own notes and expectations):
 *
 *   now: 2026-11-20T10:00:00+08:00          # evaluation time
 *   pr:
 *     number: 12
 *     author: alice
 *     created_at: 2026-11-16T09:00:00+08:00 # submission (a draft PR counts: draft: true)
 *     labels: [加急]
 *     head_sha: c0ffee1
 *     files:                                # content read from the working tree unless `content:` is given
 *       - path: content/group/2026-11-20-hello/index.md
 *   reviews:                                # chronological
 *     - {user: bob, state: APPROVED, commit_id: c0ffee1, submitted_at: 2026-11-17T10:00:00+08:00}
 *   teams:                                  # membership as the org has it; a team not listed cannot be read
 *     acme/market-dept: [bob, carol]
 *   team_errors: {acme/hr: forbidden}       # optional: how an unreadable team fails (default not-found)
 *   commits:                                # optional, oldest first: what each commit changed
 *     - {sha: c0ffee1, files: [content/group/2026-11-20-hello/index.md], pushed_at: 2026-11-16T09:00:00+08:00}
 *
 * Times without an offset are read in the policy's time zone. Mistakes are ConfigurationErrors with file, line and
 * field (exit 2).
 */
import { ConfigurationError } from '../platform/errors.js';
import { parseDateTime } from '../platform/time.js';
import { fieldOf, parseYaml } from '../platform/yaml.js';
import type { FileStatus, PRCommit, PRContext, PRReview, ReviewState, TeamLookup } from './pr-context.js';

export interface ScenarioFile {
  path: string;
  status: FileStatus;
  previousPath?: string;
  /** Inline content, when the scenario gives it. */
  content?: string;
}

export interface Scenario {
  context: Omit<PRContext, 'files' | 'members'> & { files: ScenarioFile[] };
  teams: Map<string, string[]>;
  teamErrors: Map<string, 'not-found' | 'forbidden' | 'error'>;
}

const STATES: readonly ReviewState[] = ['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED'];
const STATUSES: readonly FileStatus[] = [
  'added',
  'removed',
  'modified',
  'renamed',
  'copied',
  'changed',
  'unchanged',
];

export function parseScenario(file: string, text: string, zone: string): Scenario {
  const parsed = parseYaml(text);
  if (!parsed.ok) throw new ConfigurationError(parsed.message, { file, line: parsed.line });
  const fail = (path: (string | number)[], message: string): never => {
    throw new ConfigurationError(message, {
      file,
      line: parsed.lineOf(path),
      field: fieldOf(path),
    });
  };
  const map = (value: unknown, path: (string | number)[]): Record<string, unknown> => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return fail(path, 'must be a mapping');
    return value as Record<string, unknown>;
  };
  const list = (value: unknown, path: (string | number)[]): unknown[] => {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) return fail(path, 'must be a list');
    return value;
  };
  const str = (value: unknown, path: (string | number)[]): string => {
    if (typeof value === 'number') return String(value);
    if (typeof value !== 'string' || value.trim() === '') return fail(path, 'must be non-empty text');
    return value.trim();
  };
  const time = (value: unknown, path: (string | number)[]): number => {
    const t = parseDateTime(str(value, path), zone);
    if (!t.ok) return fail(path, 'must be a date and time such as 2026-11-20T10:00:00+08:00');
    return t.epochMs;
  };
  const sha = (value: unknown, path: (string | number)[]): string => {
    const s = str(value, path);
    if (!/^[0-9a-f]{4,40}$/i.test(s)) fail(path, 'must be a commit SHA (hex)');
    return s;
  };

  const root = map(parsed.value ?? {}, []);
  const now = time(root.now, ['now']);
  const pr = map(root.pr, ['pr']);
  const number = pr.number;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) {
    fail(['pr', 'number'], 'must be a whole number ≥ 1');
  }
  if (pr.draft !== undefined && typeof pr.draft !== 'boolean') fail(['pr', 'draft'], 'must be true or false');
  const labels = list(pr.labels, ['pr', 'labels']).map((l, i) => str(l, ['pr', 'labels', i]));
  const headSha = sha(pr.head_sha, ['pr', 'head_sha']);
  const files = list(pr.files, ['pr', 'files']).map((f, i): ScenarioFile => {
    const at = ['pr', 'files', i];
    const m = map(f, at);
    const out: ScenarioFile = {
      path: str(m.path, [...at, 'path']).replace(/^\.?\//, ''),
      status: 'modified',
    };
    if (m.status !== undefined) {
      if (!STATUSES.includes(m.status as FileStatus))
        fail([...at, 'status'], `must be one of ${STATUSES.join(', ')}`);
      out.status = m.status as FileStatus;
    } else if (m.content !== undefined) out.status = 'added';
    if (m.previous_path !== undefined) out.previousPath = str(m.previous_path, [...at, 'previous_path']);
    if (m.content !== undefined) {
      if (typeof m.content !== 'string') fail([...at, 'content'], 'must be text');
      out.content = m.content as string;
    }
    return out;
  });
  if (files.length === 0) fail(['pr', 'files'], 'must list at least one changed file');

  const reviews = list(root.reviews, ['reviews']).map((r, i): PRReview => {
    const at = ['reviews', i];
    const m = map(r, at);
    const state = m.state;
    if (!STATES.includes(state as ReviewState)) fail([...at, 'state'], `must be one of ${STATES.join(', ')}`);
    return {
      user: str(m.user, [...at, 'user']).replace(/^@/, ''),
      state: state as ReviewState,
      commitId: sha(m.commit_id, [...at, 'commit_id']),
      submittedAt: time(m.submitted_at, [...at, 'submitted_at']),
    };
  });
  for (let i = 1; i < reviews.length; i++) {
    if (reviews[i]!.submittedAt < reviews[i - 1]!.submittedAt) {
      fail(['reviews', i, 'submitted_at'], 'reviews must be in chronological order');
    }
  }

  const teams = new Map<string, string[]>();
  const teamsRaw = root.teams === undefined || root.teams === null ? {} : map(root.teams, ['teams']);
  for (const [team, members] of Object.entries(teamsRaw)) {
    const key = team.replace(/^@/, '').toLowerCase();
    if (!/^[^/\s]+\/[^/\s]+$/.test(key)) fail(['teams', team], 'a team is written org/team-slug');
    teams.set(
      key,
      list(members, ['teams', team]).map((m, i) => str(m, ['teams', team, i]).replace(/^@/, '')),
    );
  }
  const teamErrors = new Map<string, 'not-found' | 'forbidden' | 'error'>();
  const errorsRaw = root.team_errors === undefined ? {} : map(root.team_errors, ['team_errors']);
  for (const [team, reason] of Object.entries(errorsRaw)) {
    if (reason !== 'not-found' && reason !== 'forbidden' && reason !== 'error') {
      fail(['team_errors', team], 'must be not-found, forbidden or error');
    }
    teamErrors.set(team.replace(/^@/, '').toLowerCase(), reason as 'not-found' | 'forbidden' | 'error');
  }

  let commits: PRCommit[] | undefined;
  if (root.commits !== undefined) {
    commits = list(root.commits, ['commits']).map((c, i): PRCommit => {
      const at = ['commits', i];
      const m = map(c, at);
      const commit: PRCommit = {
        sha: sha(m.sha, [...at, 'sha']),
        files: list(m.files, [...at, 'files']).map((f, j) => str(f, [...at, 'files', j])),
      };
      if (m.pushed_at !== undefined) commit.pushedAt = time(m.pushed_at, [...at, 'pushed_at']);
      return commit;
    });
  }

  const context: Scenario['context'] = {
    evaluatedAt: now,
    number: number as number,
    author: str(pr.author, ['pr', 'author']).replace(/^@/, ''),
    createdAt: time(pr.created_at, ['pr', 'created_at']),
    draft: pr.draft === true,
    labels,
    headSha,
    base: { ref: pr.base === undefined ? 'main' : str(pr.base, ['pr', 'base']) },
    files,
    reviews,
  };
  if (commits) context.commits = commits;
  return { context, teams, teamErrors };
}

/** The scenario's team lookup: listed teams answer, others fail as `team_errors` says (default 404). */
export function scenarioMembers(scenario: Scenario): (team: string) => Promise<TeamLookup> {
  return async (team) => {
    const key = team.replace(/^@/, '').toLowerCase();
    const members = scenario.teams.get(key);
    if (members) return { ok: true, members };
    const reason = scenario.teamErrors.get(key);
    if (reason)
      return { ok: false, reason, detail: `the scenario's team_errors says the lookup of ${key} fails` };
    return {
      ok: false,
      reason: 'not-found',
      detail: `team ${key} is not listed under teams: in the scenario`,
    };
  };
}
