import yaml from 'js-yaml';
import { parseYaml } from '../platform/yaml.js';

/**
 * An audit checkpoint: the tips of the content and ledger branches an audit covered, written by `wxgate audit
 * --checkpoint` as `audits/<period>.yml` in a commit on the ledger branch, and pointed at by a tag
 * `wxgate-audit/<period>/<commit>`. Commit ids chain every earlier commit, so while a checkpoint's tips are still
 * ancestors of the branches, nothing before them was rewritten; the next audit checks exactly that. The tag keeps
 * the checkpoint findable when the branch itself is rewritten past it.
 */
export interface Checkpoint {
  period: string;
  from: string;
  until: string;
  generated_at: string;
  /** Who ran the audit (the workflow's actor, or git's user.name). */
  by: string;
  /** The workflow run, when the audit ran in GitHub Actions. */
  run: string | null;
  content_ref: string;
  content_tip: string;
  ledger_ref: string;
  ledger_tip: string | null;
  anomalies: { error: number; warning: number; info: number };
  wxgate: string;
}

/** A checkpoint as found in the repository: on the ledger branch, through its tag, or both. */
export interface FoundCheckpoint {
  /** The ledger commit that wrote the checkpoint file. */
  commit: string;
  path: string;
  tag?: string;
  checkpoint?: Checkpoint;
  /** Why the file could not be read. */
  problem?: string;
}

export const CHECKPOINT_DIR = 'audits/';
export const CHECKPOINT_TAGS = 'refs/tags/wxgate-audit/';

export function checkpointPath(period: string): string {
  return `${CHECKPOINT_DIR}${period}.yml`;
}

/** `refs/tags/wxgate-audit/2026Q4/1a2b3c4d5e6f`: one tag per checkpoint, never moved or reused. */
export function checkpointTag(period: string, commit: string): string {
  return `${CHECKPOINT_TAGS}${period}/${commit.slice(0, 12)}`;
}

/** The period of a checkpoint tag, or undefined for any other ref. */
export function periodOfTag(ref: string): string | undefined {
  const m = /^refs\/tags\/wxgate-audit\/([A-Za-z0-9_-]+)\/[0-9a-f]+$/.exec(ref);
  return m?.[1];
}

const HEADER =
  '# wxgate audit checkpoint: the tips this audit covered. The next audit checks they are still in the history.\n';

export function formatCheckpoint(c: Checkpoint): string {
  return HEADER + yaml.dump(c, { schema: yaml.CORE_SCHEMA, lineWidth: -1, noRefs: true, sortKeys: false });
}

export function parseCheckpoint(text: string): Checkpoint {
  const parsed = parseYaml(text);
  if (!parsed.ok) throw new Error(`line ${parsed.line}: ${parsed.message}`);
  const c = parsed.value as Partial<Checkpoint> | null;
  const sha = (v: unknown) => typeof v === 'string' && /^[0-9a-f]{40,64}$/.test(v);
  if (
    !c ||
    typeof c !== 'object' ||
    typeof c.period !== 'string' ||
    typeof c.generated_at !== 'string' ||
    !sha(c.content_tip) ||
    !(c.ledger_tip === null || sha(c.ledger_tip))
  ) {
    throw new Error('not a wxgate audit checkpoint (period, generated_at, content_tip, ledger_tip)');
  }
  return c as Checkpoint;
}

/** The checkpoint commit's message: what it covered in trailers, signed off by whoever ran the audit. */
export function checkpointMessage(c: Checkpoint): string {
  const one = (s: string) => s.replace(/[\r\n\t]+/g, ' ').trim();
  const lines = [
    `Wxgate-Audit-Period: ${c.period}`,
    `Wxgate-Audit-Content-Tip: ${c.content_tip}`,
    `Wxgate-Audit-Ledger-Tip: ${c.ledger_tip ?? 'none'}`,
    `Wxgate-Audit-Anomalies: ${c.anomalies.error} error(s), ${c.anomalies.warning} warning(s), ${c.anomalies.info} info`,
    ...(c.run ? [`Wxgate-Audit-Run: ${one(c.run)}`] : []),
    `Signed-off-by: ${one(c.by)}`,
  ];
  return `audit: checkpoint ${c.period}\n\nThe audit of ${c.period} covered these tips; the next audit checks they are still in the history.\n\n${lines.join('\n')}\n`;
}
