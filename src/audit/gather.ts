import { parseAccounts } from '../config/accounts.js';
import { CODEOWNERS_LOCATIONS } from '../governance/codeowners.js';
import { parsePrPolicy } from '../governance/pr-policy.js';
import { ConfigurationError } from '../platform/errors.js';
import { contentHashOf } from '../publish/articles.js';
import { LedgerFormatError, parseRecord } from '../publish/record.js';
import { dirOf, recordInScope, wentOut } from './articles.js';
import {
  type Branch,
  type Folder,
  findCommit,
  folderAt,
  folderHistory,
  foldersEverChanged,
  indexBranch,
} from './branch.js';
import {
  CHECKPOINT_DIR,
  CHECKPOINT_TAGS,
  checkpointPath,
  type FoundCheckpoint,
  parseCheckpoint,
  periodOfTag,
} from './checkpoint.js';
import { articleAtTip, dueCandidates } from './due.js';
import type { HistoryPort } from './history.js';
import { type Period, type PeriodRequest, resolvePeriod } from './period.js';
import { baselineCheckpoint } from './rules/checkpoints.js';
import {
  type Evidence,
  folderKey,
  type PolicyFileChange,
  type PolicyVersion,
  type RecordAtTip,
  type RecordVersion,
} from './types.js';

export interface GatherRequest {
  port: HistoryPort;
  /** Refs to try for the content branch, in order (`refs/remotes/origin/main`, `refs/heads/main`). */
  contentRefs: readonly string[];
  ledgerRefs: readonly string[];
  /** The ledger branch was named on the command line: its absence is a mistake, not an empty ledger. */
  ledgerRequired: boolean;
  policiesDir: string;
  period: PeriodRequest;
  now: number;
  account?: string;
  graceMs: number;
}

const text = (bytes: Uint8Array | undefined) =>
  bytes === undefined
    ? undefined
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');

/**
 * Reads what the audit needs in a fixed number of git processes, whatever the size of the history: the refs and
 * the policy at the tip (which gives the time zone, so the period); the files at both tips, and the records and the
 * articles due, parsed while git writes the two logs; the checkpoints and the policy's versions and changes; the
 * record versions to check; the files of the folders to hash. Every log names the blob of each changed path, so
 * folders are replayed in memory and blobs read by id.
 */
export async function gatherEvidence(req: GatherRequest): Promise<Evidence> {
  const { port } = req;
  const contentRef = await firstRef(port, req.contentRefs);
  if (!contentRef) {
    throw new ConfigurationError(
      `the content branch was not found (looked for ${req.contentRefs.join(', ')})`,
    );
  }
  const ledgerRef = await firstRef(port, req.ledgerRefs);
  if (!ledgerRef && req.ledgerRequired) {
    throw new ConfigurationError(`the ledger branch was not found (looked for ${req.ledgerRefs.join(', ')})`);
  }
  const policyFile = `${req.policiesDir}/wxgate.yml`;
  const accountsFile = `${req.policiesDir}/accounts.yml`;
  const [policyBytes, accountsBytes] = await port.files([
    { commit: contentRef.tip, path: policyFile },
    { commit: contentRef.tip, path: accountsFile },
  ]);
  const tipPolicy = parsePrPolicy(`${contentRef.name}:${policyFile}`, text(policyBytes) ?? '');
  if (req.account !== undefined && accountsBytes !== undefined) {
    const registry = parseAccounts(`${contentRef.name}:${accountsFile}`, text(accountsBytes)!);
    if (!registry.accounts.has(req.account)) {
      throw new ConfigurationError(
        `--account ${req.account}: no such account (accounts: ${[...registry.accounts.keys()].join(', ')})`,
      );
    }
  }
  const period = resolvePeriod(req.period, req.now, tipPolicy.timeZone);

  // While git writes the two logs (most of git's work), read and parse what needs no log: the records at the
  // ledger's tip and the articles due in the period at the content branch's tip.
  const [tipFiles, ledgerFiles] = await Promise.all([
    port.tree(contentRef.tip),
    ledgerRef ? port.tree(ledgerRef.tip) : Promise.resolve(new Map<string, string>()),
  ]);
  const logs = Promise.all([
    port.log(contentRef.tip),
    ledgerRef ? port.log(ledgerRef.tip) : Promise.resolve([]),
    port.refs(CHECKPOINT_TAGS),
  ]);
  const recordPaths = [...ledgerFiles.keys()].filter((p) => /^records\/.+\.yml$/.test(p)).sort();
  const candidates = dueCandidates(tipFiles, period.firstDay, period.lastDay);
  const early = await port.blobs(
    [...recordPaths, ...candidates].map((p) => ledgerFiles.get(p) ?? tipFiles.get(p)!),
  );
  const parsed = new RecordCache();
  const tipRecords = await inSlices(recordPaths, (path) => ({
    path,
    ...parsed.read(path, ledgerFiles.get(path)!, early.get(ledgerFiles.get(path)!)),
  }));
  const articles = await inSlices(candidates, (path) =>
    articleAtTip(path, early.get(tipFiles.get(path)!), period.timeZone),
  );
  const [contentLog, ledgerLog, tags] = await logs;
  const content = indexBranch(contentRef.name, contentRef.tip, contentLog);
  const ledger = ledgerRef ? indexBranch(ledgerRef.name, ledgerRef.tip, ledgerLog) : undefined;
  const lastCommits = ledger ? lastCommitOf(ledger) : new Map<string, string>();
  const records = new Map<string, RecordAtTip>(
    tipRecords.map((r) => [r.path, { ...r, lastCommit: lastCommits.get(r.path) }]),
  );

  // The checkpoints, the policy's versions and the period's policy changes.
  const found = checkpointsFound(ledger, tags);
  const versionsOfPolicy = content.chain.flatMap((sha, position) => {
    const change = content.commits.get(sha)!.changes.find((c) => c.path === policyFile);
    return change ? [{ sha, position, id: change.id }] : [];
  });
  const changes = policyChangesIn(content, period, req.policiesDir);
  const blobs1 = await port.blobs(
    [
      ...found.map((c) => c.id),
      ...versionsOfPolicy.map((v) => v.id),
      ...changes.flatMap((c) => [c.before, c.after]),
    ].filter((id): id is string => Boolean(id)),
  );
  const blob = (id: string | null | undefined) => (id ? text(blobs1.get(id)) : undefined);
  await readCheckpoints(port, found, blobs1);
  const policies: PolicyVersion[] = versionsOfPolicy.map((v) => {
    try {
      const policy = parsePrPolicy(`${v.sha.slice(0, 12)}:${policyFile}`, blob(v.id) ?? '');
      return { commit: v.sha, position: v.position, policy };
    } catch (error) {
      return { commit: v.sha, position: v.position, error: (error as ConfigurationError).message };
    }
  });
  const policyChanges: PolicyFileChange[] = changes.map((c) => ({
    commit: c.commit,
    path: c.path,
    ...(c.before ? { before: blob(c.before) ?? '' } : {}),
    ...(c.after ? { after: blob(c.after) ?? '' } : {}),
  }));

  // Every record version since the newest intact checkpoint of an earlier period, parsed once per blob.
  const baseline = ledger ? baselineCheckpoint(found, ledger, period) : undefined;
  const versions = versionsSince(ledger, baseline);
  const more = await port.blobs(versions.filter((v) => v.id && !parsed.has(v.id)).map((v) => v.id!));
  await inSlices(versions, (v) => {
    if (v.id) Object.assign(v, parsed.read(v.path, v.id, more.get(v.id)));
  });

  // The folders the checks compare, replayed from the log; the files of those each record says it published,
  // hashed as the publisher hashes them.
  const folderCommits = folderHistory(content);
  const folders = new Map<string, Folder | undefined>();
  for (const r of foldersToCompare(records, content, period, req.account)) {
    folders.set(folderKey(r.commit, r.path), folderAt(content, folderCommits, r.commit, r.path));
  }
  const toHash = hashTargets(records, content, period, req.account);
  const blobs = await port.blobs(toHash.flatMap((k) => folders.get(k)?.files.map((f) => f.id) ?? []));
  const hashes = new Map<string, string>();
  for (const key of toHash) {
    const folder = folders.get(key);
    if (!folder || folder.files.some((f) => !blobs.has(f.id))) continue;
    hashes.set(key, contentHashOf(folder.files.map((f) => ({ name: f.name, bytes: blobs.get(f.id)! }))));
  }

  return {
    now: req.now,
    period,
    ...(req.account === undefined ? {} : { account: req.account }),
    graceMs: req.graceMs,
    policiesDir: req.policiesDir,
    content,
    ...(ledger ? { ledger } : {}),
    ledgerRef: ledgerRef?.name ?? req.ledgerRefs[req.ledgerRefs.length - 1] ?? 'wxgate-ledger',
    records,
    versions,
    ...(baseline ? { baseline } : {}),
    policies,
    tipPolicy,
    policyChanges,
    folders,
    hashes,
    tipFiles,
    everFolders: foldersEverChanged(content),
    folderCommits,
    articles,
    checkpoints: found,
  };
}

/**
 * Runs `fn` over the items a slice at a time, letting the event loop run between slices: git's output pipes are
 * read between them, so a log being written is never stalled by the parsing done meanwhile.
 */
async function inSlices<T, R>(items: readonly T[], fn: (item: T) => R, size = 200): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && i % size === 0) await new Promise((resolve) => setImmediate(resolve));
    out.push(fn(items[i]!));
  }
  return out;
}

async function firstRef(port: HistoryPort, refs: readonly string[]) {
  for (const name of refs) {
    const tip = await port.resolve(name);
    if (tip) return { name, tip };
  }
  return undefined;
}

/** Records parsed once per blob: the tip's version of a record is also the last version the trailer check reads. */
class RecordCache {
  private readonly byId = new Map<string, Pick<RecordAtTip, 'record' | 'error'>>();
  has(id: string | null): boolean {
    return id !== null && this.byId.has(id);
  }
  read(path: string, id: string, bytes: Uint8Array | undefined): Pick<RecordAtTip, 'record' | 'error'> {
    const known = this.byId.get(id);
    if (known) return known;
    const result = readRecord(path, bytes);
    this.byId.set(id, result);
    return result;
  }
}

function readRecord(path: string, bytes: Uint8Array | undefined): Pick<RecordAtTip, 'record' | 'error'> {
  const t = text(bytes);
  if (t === undefined) return { error: `${path} could not be read` };
  try {
    return { record: parseRecord(path, t) };
  } catch (error) {
    if (error instanceof LedgerFormatError) return { error: error.message };
    throw error;
  }
}

function lastCommitOf(ledger: Branch): Map<string, string> {
  const last = new Map<string, string>();
  for (const sha of ledger.chain) {
    for (const c of ledger.commits.get(sha)!.changes) if (!last.has(c.path)) last.set(c.path, sha);
  }
  return last;
}

/** Checkpoint files written on the ledger branch (with their blobs), and the checkpoints the tags point at. */
function checkpointsFound(
  ledger: Branch | undefined,
  tags: { name: string; target: string }[],
): (FoundCheckpoint & { id?: string })[] {
  const found = new Map<string, FoundCheckpoint & { id?: string }>();
  for (const sha of ledger?.chain ?? []) {
    for (const c of ledger!.commits.get(sha)!.changes) {
      if (c.id && c.path.startsWith(CHECKPOINT_DIR) && c.path.endsWith('.yml')) {
        found.set(`${sha}:${c.path}`, { commit: sha, path: c.path, id: c.id });
      }
    }
  }
  for (const tag of tags) {
    const period = periodOfTag(tag.name);
    if (!period) continue;
    const path = checkpointPath(period);
    const known = found.get(`${tag.target}:${path}`);
    if (known) known.tag = tag.name;
    else found.set(`${tag.target}:${path}`, { commit: tag.target, path, tag: tag.name });
  }
  return [...found.values()];
}

/** Parses each checkpoint: from its blob, or (a tag outside the ledger's history) read at its commit. */
async function readCheckpoints(
  port: HistoryPort,
  found: (FoundCheckpoint & { id?: string })[],
  blobs: Map<string, Uint8Array>,
): Promise<void> {
  const outside = found.filter((c) => !c.id);
  const read = outside.length
    ? await port.files(outside.map((c) => ({ commit: c.commit, path: c.path })))
    : [];
  for (const c of found) {
    const t = text(c.id ? blobs.get(c.id) : read[outside.indexOf(c)]);
    if (t === undefined) {
      c.problem = `${c.path} is not in commit ${c.commit.slice(0, 12)}`;
      continue;
    }
    try {
      c.checkpoint = parseCheckpoint(t);
    } catch (error) {
      c.problem = `${c.path}: ${(error as Error).message}`;
    }
  }
}

/**
 * First-parent commits of the period that changed the policy folder or a CODEOWNERS file, with the blob before
 * (the newest older change of the path on the chain) and after.
 */
function policyChangesIn(content: Branch, period: Period, policiesDir: string) {
  const out: { commit: string; path: string; before: string | null; after: string | null }[] = [];
  const governs = (path: string) =>
    path.startsWith(`${policiesDir}/`) || (CODEOWNERS_LOCATIONS as readonly string[]).includes(path);
  content.chain.forEach((sha, position) => {
    const c = content.commits.get(sha)!;
    const at = Date.parse(c.committer.at);
    if (!(at >= period.from && at < period.until)) return;
    for (const change of c.changes) {
      if (!governs(change.path)) continue;
      let before: string | null = null;
      for (let p = position + 1; p < content.chain.length; p++) {
        const older = content.commits.get(content.chain[p]!)!.changes.find((x) => x.path === change.path);
        if (older) {
          before = older.id;
          break;
        }
      }
      out.push({ commit: sha, path: change.path, before, after: change.id });
    }
  });
  return out;
}

/** Every record path each ledger commit wrote, except in the commits the baseline already covers. */
function versionsSince(ledger: Branch | undefined, baseline: string | undefined): RecordVersion[] {
  if (!ledger) return [];
  const before = new Set<string>();
  for (const stack = baseline ? [baseline] : []; stack.length > 0; ) {
    const sha = stack.pop()!;
    if (before.has(sha)) continue;
    before.add(sha);
    stack.push(...(ledger.commits.get(sha)?.parents ?? []));
  }
  const out: RecordVersion[] = [];
  for (const commit of ledger.commits.values()) {
    if (before.has(commit.sha)) continue;
    for (const c of commit.changes) {
      if (c.path.startsWith('records/'))
        out.push({ commit: commit.sha, path: c.path, status: c.status, id: c.id });
    }
  }
  return out;
}

/** Records in scope that went out: their folders at the merge commit, at each approved commit and at the tip. */
function foldersToCompare(
  records: Map<string, RecordAtTip>,
  content: Branch,
  period: Evidence['period'],
  account?: string,
) {
  const requests = new Map<string, { commit: string; path: string }>();
  // The merge (or the published commit), every approved commit still in the history, and the tip.
  const add = (sha: string | null | undefined, dir: string) => {
    const commit = findCommit(content, sha);
    if (commit) requests.set(folderKey(commit.sha, dir), { commit: commit.sha, path: dir });
  };
  for (const { record: r } of records.values()) {
    if (!r || !recordInScope(r, period, account) || !wentOut(r)) continue;
    const dir = dirOf(r.article);
    add(r.provenance.merge_commit ?? r.source_commit, dir);
    const approvals = r.provenance.approvals;
    if (approvals !== 'unknown') for (const a of approvals) add(a.commit, dir);
    add((r.provenance as { github?: { head_commit?: string } }).github?.head_commit, dir);
    add(content.tip, dir);
  }
  return [...requests.values()];
}

function hashTargets(
  records: Map<string, RecordAtTip>,
  content: Branch,
  period: Evidence['period'],
  account?: string,
) {
  const keys: string[] = [];
  for (const { record: r } of records.values()) {
    if (!r || !recordInScope(r, period, account) || !wentOut(r)) continue;
    const commit = findCommit(content, r.provenance.merge_commit ?? r.source_commit);
    if (commit) keys.push(folderKey(commit.sha, dirOf(r.article)));
  }
  return keys;
}
