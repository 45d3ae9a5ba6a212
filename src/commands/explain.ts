import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { complianceWith, evaluatePullRequest } from '../app/evaluate-pr.js';
import { loadPolicies } from '../config/load.js';
import { CODEOWNERS_LOCATIONS } from '../governance/codeowners.js';
import { isArticlePath, type PRContext, type PRFile } from '../governance/pr-context.js';
import { parsePrPolicy } from '../governance/pr-policy.js';
import { parseScenario, scenarioMembers } from '../governance/scenario.js';
import { formatVerdictText, verdictJson } from '../governance/verdict-format.js';
import { siblingFiles } from '../platform/files.js';
import { RULES } from '../rules/index.js';
import { type Command, defineCommand, localeOf, oneOf, UsageError } from './command.js';
import { repositoryOf } from './repository.js';

const HELP = `Usage: wxgate explain <scenario.yml> [options]

Evaluates a pull request described in a file against the repository's policies and CODEOWNERS (the working tree,
standing in for the base branch) and prints the verdict the pull-request check would post: compliance, the lead
time (with the urgent path) and the approvals, with who still has to approve and which reviews do not count.
Use it to dry-run a policy or CODEOWNERS change before merging it.

Scenario file (extra fields are allowed):
  now: 2026-11-20T10:00:00+08:00          # evaluation time
  pr:
    number: 12
    author: alice
    created_at: 2026-11-16T09:00:00+08:00 # submission time (draft: true still counts)
    labels: [加急]
    head_sha: c0ffee1
    files:                                # content from the working tree unless content: is given
      - path: content/group/2026-11-20-hello/index.md
  reviews:                                # chronological
    - {user: bob, state: APPROVED, commit_id: c0ffee1, submitted_at: 2026-11-17T10:00:00+08:00}
  teams:                                  # membership; a team not listed cannot be read
    acme/market-dept: [bob, carol]
    acme/gm: [dave]
  commits:                                # optional, oldest first (tells stale approvals apart)
    - {sha: c0ffee1, files: [content/group/2026-11-20-hello/index.md]}

Options:
  --format <text|json>   Output format (default: text). json is a stable contract.
  --locale <zh-CN|en>    Language of the text output (default: $WXGATE_LOCALE, else zh-CN)
  --policies <dir>       Policy directory (default: policies)
  --codeowners <file>    CODEOWNERS file (default: .github/CODEOWNERS, CODEOWNERS or docs/CODEOWNERS, the first
                         that exists, as on GitHub)
  -h, --help             Show this help

Exit codes: 0 mergeable · 1 not mergeable (yet) · 2 usage, scenario or configuration error.
`;

export const explain: Command = defineCommand(
  HELP,
  {
    format: { type: 'string' },
    locale: { type: 'string' },
    policies: { type: 'string' },
    codeowners: { type: 'string' },
  },
  async ({ values, positionals }, io) => {
    const format = oneOf('format', values.format, ['text', 'json'] as const, 'text');
    const locale = localeOf(values.locale, io.env);
    if (positionals.length !== 1) throw new UsageError('give exactly one scenario file');
    const scenarioPath = resolve(io.cwd, positionals[0]!);
    const scenarioText = readText(scenarioPath, 'scenario file');

    // The scenario's file paths are the repository's: read from its root, wherever the user stands.
    const repository = repositoryOf(io);
    const root = repository.root;
    const policiesDir = repository.policiesDir(values.policies);
    const { policy: checkPolicy, lexicon } = await loadPolicies(policiesDir, RULES);
    const policyFile = join(policiesDir, 'wxgate.yml');
    const wxgateYml = existsSync(policyFile) ? readFileSync(policyFile, 'utf8') : undefined;
    const prPolicy = parsePrPolicy(policyFile, wxgateYml ?? '');

    const codeowners: Record<string, string> = {};
    if (values.codeowners !== undefined) {
      const file = resolve(io.cwd, String(values.codeowners));
      codeowners[relative(io.cwd, file) || file] = readText(file, 'CODEOWNERS file');
    } else {
      for (const location of CODEOWNERS_LOCATIONS) {
        const file = join(root, location);
        if (existsSync(file)) codeowners[location] = readFileSync(file, 'utf8');
      }
    }

    const scenario = parseScenario(
      relative(io.cwd, scenarioPath) || scenarioPath,
      scenarioText,
      prPolicy.timeZone,
    );
    const listed = scenario.context.files.map((f) => f.path);
    const files = scenario.context.files.map((f): PRFile => {
      const out: PRFile = { path: f.path, status: f.status };
      if (f.previousPath !== undefined) out.previousPath = f.previousPath;
      if (f.status === 'removed') return out;
      if (f.content !== undefined) out.content = f.content;
      else {
        const full = join(root, f.path);
        if (existsSync(full) && statSync(full).isFile()) out.content = new Uint8Array(readFileSync(full));
      }
      if (isArticlePath(f.path)) {
        const dir = dirname(f.path);
        const beside = listed
          .filter((p) => p !== f.path && dirname(p) === dir)
          .map((p) => p.slice(dir.length + 1));
        out.siblings = [...new Set([...siblingFiles(join(root, dir)), ...beside])];
      }
      return out;
    });
    const context: PRContext = { ...scenario.context, files, members: scenarioMembers(scenario) };

    const verdict = await evaluatePullRequest(
      context,
      { wxgateYml, wxgateYmlPath: policyFile, codeowners },
      complianceWith({ rules: RULES, policy: checkPolicy, lexicon }),
    );
    io.out(
      format === 'json'
        ? `${JSON.stringify(verdictJson(verdict), null, 2)}\n`
        : formatVerdictText(
            verdict,
            context.number,
            locale,
            prPolicy.timeZone,
            `${relative(io.cwd, policiesDir) || '.'}/`,
          ),
    );
    return verdict.mergeable ? 0 : 1;
  },
);

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
}
