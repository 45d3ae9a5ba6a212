import { decodeArticle } from '../article/decode.js';
import { parseFrontMatter } from '../article/front-matter.js';
import { ConfigurationError } from '../platform/errors.js';
import { parseAccounts } from '../policy/accounts.js';
import { CODEOWNERS_LOCATIONS } from '../policy/codeowners.js';
import { parsePrPolicy } from '../policy/pr-policy.js';
import { contentHashOf } from '../publish/articles.js';
import { LedgerFormatError, parseRecord } from '../publish/record.js';
import { dirOf, recordInScope, wentOut } from './articles.js';
import {
  type Branch,
  filesAtTip,
  findCommit,
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
import type { HistoryPort } from './history.js';
import { type PeriodRequest, resolvePeriod } from './period.js';
import { baselineCheckpoint } from './rules/checkpoints.js';
import {
  type ArticleAtTip,
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
 * Reads what the audit needs in a fixed number of rounds: refs, one log per branch, the checkpoint tags, then
 * `cat-file` for the files (records, checkpoints, policy versions, articles due), the record versions and folders
 * the checks need, and the blobs to hash.
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
  const [policyBytes, accountsBytes] = await port.files([
    { commit: contentRef.tip, path: policyFile },
    { commit: contentRef.tip, path: `${req.policiesDir}/accounts.yml` },
  ]);
  const tipPolicy = parsePrPolicy(`${contentRef.name}:${policyFile}`, text(policyBytes) ?? '');
  if (req.account !== undefined && accountsBytes) {
    const registry = parseAccounts(
      `${contentRef.name}:${req.policiesDir}/accounts.yml`,
      text(accountsBytes)!,
    );
    if (!registry.accounts.has(req.account)) {
      throw new ConfigurationError(
        `--account ${req.account}: no such account (accounts: ${[...registry.accounts.keys()].join(', ')})`,
      );
    }
  }
  const period = resolvePeriod(req.period, req.now, tipPolicy.timeZone);
  const [contentLog, ledgerLog, tags] = await Promise.all([
    port.log(contentRef.tip),
    ledgerRef ? port.log(ledgerRef.tip) : Promise.resolve([]),
    port.refs(CHECKPOINT_TAGS),
  ]);
  const content = indexBranch(contentRef.name, contentRef.tip, contentLog);
  const ledger = ledgerRef ? indexBranch(ledgerRef.name, ledgerRef.tip, ledgerLog) : undefined;
  const tipFiles = filesAtTip(content);

  // Round 1: records at the ledger tip, checkpoints, policy versions and changes, articles due in the period.
  const reads = new Reads();
  const recordPaths = ledger
    ? [...filesAtTip(ledger)].filter((p) => /^records\/.+\.yml$/.test(p)).sort()
    : [];
  const recordReads = recordPaths.map((p) => reads.add(ledger!.tip, p));
  const found = checkpointsFound(ledger, tags);
  const checkpointReads = found.map((c) => reads.add(c.commit, c.path));
  const policyVersions = content.chain.flatMap((sha, position) =>
    content.commits.get(sha)!.changes.some((c) => c.path === policyFile) ? [{ sha, position }] : [],
  );
  const policyReads = policyVersions.map((v) => reads.add(v.sha, policyFile));
  const changes = policyChangesIn(content, period, req.policiesDir);
  const changeReads = changes.map((c) => ({
    before: c.parent ? reads.add(c.parent, c.path) : undefined,
    after: reads.add(c.commit, c.path),
  }));
  const candidates = dueCandidates(tipFiles, period.firstDay, period.lastDay);
  const candidateReads = candidates.map((path) => reads.add(content.tip, path));
  const round1 = await reads.run(port);

  const records = new Map<string, RecordAtTip>();
  const lastCommits = ledger ? lastCommitOf(ledger) : new Map<string, string>();
  recordPaths.forEach((path, i) => {
    records.set(path, {
      path,
      ...readRecord(path, round1[recordReads[i]!]),
      lastCommit: lastCommits.get(path),
    });
  });
  found.forEach((c, i) => {
    const t = text(round1[checkpointReads[i]!]);
    if (t === undefined) c.problem = `${c.path} is not in commit ${c.commit.slice(0, 12)}`;
    else {
      try {
        c.checkpoint = parseCheckpoint(t);
      } catch (error) {
        c.problem = `${c.path}: ${(error as Error).message}`;
      }
    }
  });
  const policies: PolicyVersion[] = policyVersions.map((v, i) => {
    const t = text(round1[policyReads[i]!]);
    try {
      return {
        commit: v.sha,
        position: v.position,
        policy: parsePrPolicy(`${v.sha.slice(0, 12)}:${policyFile}`, t ?? ''),
      };
    } catch (error) {
      return { commit: v.sha, position: v.position, error: (error as ConfigurationError).message };
    }
  });
  const policyChanges: PolicyFileChange[] = changes.map((c, i) => {
    const before = changeReads[i]!.before;
    return {
      commit: c.commit,
      path: c.path,
      ...(before === undefined || round1[before] === undefined ? {} : { before: text(round1[before]) }),
      ...(round1[changeReads[i]!.after] === undefined ? {} : { after: text(round1[changeReads[i]!.after]) }),
    };
  });
  const articles = candidates.map((path, i) =>
    articleAtTip(path, round1[candidateReads[i]!], period.timeZone),
  );

  // Round 2: the record versions since the last verified checkpoint; the folders the checks compare.
  const baseline = ledger ? baselineCheckpoint(found, ledger, content, period) : undefined;
  const versions = versionsSince(ledger, baseline, records);
  const versionReads = versions.filter(
    (v) => v.record === undefined && v.error === undefined && v.status !== 'D',
  );
  const folderRequests = foldersToRead(records, content, period, req.account);
  const [versionBytes, folderList] = await Promise.all([
    port.files(versionReads.map((v) => ({ commit: v.commit, path: v.path }))),
    port.folders(folderRequests),
  ]);
  versionReads.forEach((v, i) => {
    Object.assign(v, readRecord(v.path, versionBytes[i]));
  });
  const folders = new Map(folderRequests.map((r, i) => [folderKey(r.commit, r.path), folderList[i]]));

  // Round 3: the blobs of the folders each record says it published, hashed as the publisher hashes them.
  const toHash = hashTargets(records, content, period, req.account);
  const blobIds = toHash.flatMap((k) => folders.get(k)?.files.map((f) => f.id) ?? []);
  const blobs = await port.blobs(blobIds);
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
    folderCommits: folderHistory(content),
    articles,
    checkpoints: found,
  };
}

async function firstRef(port: HistoryPort, refs: readonly string[]) {
  for (const name of refs) {
    const tip = await port.resolve(name);
    if (tip) return { name, tip };
  }
  return undefined;
}

/** Collects `<commit>:<path>` reads for one cat-file round; returns each read's index. */
class Reads {
  private readonly list: { commit: string; path: string }[] = [];
  add(commit: string, path: string): number {
    this.list.push({ commit, path });
    return this.list.length - 1;
  }
  run(port: HistoryPort): Promise<(Uint8Array | undefined)[]> {
    return this.list.length === 0 ? Promise.resolve([]) : port.files(this.list);
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

/** Checkpoint files written on the ledger branch, and the checkpoints the tags point at. */
function checkpointsFound(
  ledger: Branch | undefined,
  tags: { name: string; target: string }[],
): FoundCheckpoint[] {
  const found = new Map<string, FoundCheckpoint>();
  for (const sha of ledger?.chain ?? []) {
    for (const c of ledger!.commits.get(sha)!.changes) {
      if (c.status !== 'D' && c.path.startsWith(CHECKPOINT_DIR) && c.path.endsWith('.yml')) {
        found.set(`${sha}:${c.path}`, { commit: sha, path: c.path });
      }
    }
  }
  for (const tag of tags) {
    const period = periodOfTag(tag.name);
    if (!period) continue;
    const path = checkpointPath(period);
    const key = `${tag.target}:${path}`;
    const known = found.get(key);
    if (known) known.tag = tag.name;
    else found.set(key, { commit: tag.target, path, tag: tag.name });
  }
  return [...found.values()];
}

/** First-parent commits of the period that changed the policy folder or a CODEOWNERS file. */
function policyChangesIn(content: Branch, period: Evidence['period'], policiesDir: string) {
  const out: { commit: string; parent: string | undefined; path: string }[] = [];
  for (const sha of content.chain) {
    const c = content.commits.get(sha)!;
    const at = Date.parse(c.committer.at);
    if (!(at >= period.from && at < period.until)) continue;
    for (const change of c.changes) {
      if (
        change.path.startsWith(`${policiesDir}/`) ||
        (CODEOWNERS_LOCATIONS as readonly string[]).includes(change.path)
      ) {
        out.push({
          commit: sha,
          parent: change.status === 'A' ? undefined : c.parents[0],
          path: change.path,
        });
      }
    }
  }
  return out;
}

/**
 * The articles on the tip whose folder date lies in the period (a day either side). The folder date must equal
 * publish_at's date (format/article-path, an error that blocks the merge), so nothing due in the period is missed
 * while 5,000 other articles are never read.
 */
function dueCandidates(files: ReadonlySet<string>, firstDay: string, lastDay: string): string[] {
  const shift = (day: string, days: number) =>
    new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const low = shift(firstDay, -1);
  const high = shift(lastDay, 1);
  const out: string[] = [];
  for (const path of files) {
    const m = /^content\/[^/]+\/(\d{4}-\d{2}-\d{2})-[^/]+\/index\.md$/.exec(path);
    if (m && m[1]! >= low && m[1]! <= high) out.push(path);
  }
  return out.sort();
}

function articleAtTip(path: string, bytes: Uint8Array | undefined, zone: string): ArticleAtTip {
  const dir = dirOf(path);
  const account = path.split('/')[1] ?? '';
  const decoded = bytes ? decodeArticle(bytes) : undefined;
  if (!decoded?.ok) {
    return { dir, path, account, fields: {}, problems: [decoded ? decoded.problem.en : 'not readable'] };
  }
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(decoded.text.replace(/^\uFEFF/, ''));
  const fm = parseFrontMatter(m?.[1], 2, zone);
  return {
    dir,
    path,
    account,
    fields: fm.fields,
    problems: fm.problems.map((p) => `${p.field}: ${p.message.en}`),
  };
}

/** Ledger commits that are not ancestors of the baseline, with every record path each one wrote. */
function versionsSince(
  ledger: Branch | undefined,
  baseline: string | undefined,
  records: Map<string, RecordAtTip>,
): RecordVersion[] {
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
      if (!c.path.startsWith('records/')) continue;
      const v: RecordVersion = { commit: commit.sha, path: c.path, status: c.status };
      const atTip = records.get(c.path);
      if (atTip?.lastCommit === commit.sha) Object.assign(v, { record: atTip.record, error: atTip.error });
      out.push(v);
    }
  }
  return out;
}

/** Records in scope that went out: their folders at the merge commit, at each approved commit and at the tip. */
function foldersToRead(
  records: Map<string, RecordAtTip>,
  content: Branch,
  period: Evidence['period'],
  account?: string,
) {
  const requests = new Map<string, { commit: string; path: string }>();
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
