import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Finding } from '../install/doctor/finding.js';
import { offlineFindings, type RepoSnapshot } from '../install/doctor/offline.js';
import type { DoctorReport } from '../install/doctor/report.js';
import { ConfigurationError } from '../platform/errors.js';
import { loadAccounts } from '../policy/accounts.js';
import { loadPolicies } from '../policy/load.js';
import { parsePrPolicy } from '../policy/pr-policy.js';
import { RULES } from '../rules/index.js';

/** The online half of the checks: given the snapshot, asks GitHub and returns what it found (src/app/doctor-online). */
export type OnlineCheck = (
  snapshot: RepoSnapshot,
) => Promise<{ repository: { name: string; defaultBranch: string }; findings: Finding[] }>;

const SETTINGS_FILES = [
  'README.md',
  '.github/CODEOWNERS',
  'CODEOWNERS',
  'docs/CODEOWNERS',
  'admin/config.yml',
];

/** Reads what the checks need from the repository folder `root`; never writes. */
export async function readSnapshot(root: string): Promise<RepoSnapshot> {
  const files = new Map<string, string>();
  const read = (path: string) => {
    const full = join(root, path);
    if (existsSync(full) && statSync(full).isFile()) files.set(path, readFileSync(full, 'utf8'));
  };
  for (const path of SETTINGS_FILES) read(path);
  const policiesDir = join(root, 'policies');
  if (existsSync(policiesDir)) {
    for (const name of readdirSync(policiesDir).sort()) if (/\.ya?ml$/.test(name)) read(`policies/${name}`);
  }
  const workflows = new Map<string, string>();
  const workflowDir = join(root, '.github/workflows');
  if (existsSync(workflowDir)) {
    for (const name of readdirSync(workflowDir).sort()) {
      if (/\.ya?ml$/.test(name))
        workflows.set(`.github/workflows/${name}`, readFileSync(join(workflowDir, name), 'utf8'));
    }
  }
  const contentDir = join(root, 'content');
  const contentFolders = existsSync(contentDir)
    ? readdirSync(contentDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  return { files, workflows, contentFolders, policies: await loadPolicyState(root, policiesDir) };
}

async function loadPolicyState(root: string, dir: string): Promise<RepoSnapshot['policies']> {
  try {
    await loadPolicies(dir, RULES);
    const wxgate = join(dir, 'wxgate.yml');
    if (existsSync(wxgate)) parsePrPolicy(wxgate, readFileSync(wxgate, 'utf8'));
    const registry = loadAccounts(dir, root);
    return {
      ok: true,
      accounts: [...registry.accounts.values()],
      accountsFile: relative(root, registry.file),
    };
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    const file = error.file === undefined ? undefined : relative(root, error.file);
    const field = error.field ? `${error.field}: ` : '';
    return {
      ok: false,
      where: { ...(file === undefined ? {} : { file }), ...(error.line ? { line: error.line } : {}) },
      message: `${field}${error.message}`,
    };
  }
}

/** `wxgate doctor`: the offline checks, then the online ones when `online` is given. */
export async function runDoctor(root: string, online?: OnlineCheck): Promise<DoctorReport> {
  const snapshot = await readSnapshot(root);
  const findings = offlineFindings(snapshot);
  if (!online) return { root, online: false, findings };
  const remote = await online(snapshot);
  return { root, online: true, repository: remote.repository, findings: [...findings, ...remote.findings] };
}
