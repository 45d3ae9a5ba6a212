// Timing helpers: wall time of child processes (spawn to exit, output fully read) and of in-process work,
// both with process.hrtime.bigint().
import { spawn } from 'node:child_process';

export interface ChildRun {
  ms: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Runs a command and resolves when it has exited and its output is closed. */
export function runChild(command: string, args: readonly string[], cwd: string): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      resolve({
        ms,
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

/** Runs a child and fails loudly unless it exited with one of `okCodes` (linters exit 1 when they found errors). */
export async function runChecked(
  label: string,
  command: string,
  args: readonly string[],
  cwd: string,
  okCodes: readonly number[] = [0, 1],
): Promise<ChildRun> {
  const run = await runChild(command, args, cwd);
  if (run.code === null || !okCodes.includes(run.code)) {
    throw new Error(
      `${label} exited with ${run.code}\n$ ${command} ${args.join(' ')}\n${run.stderr.slice(0, 4000)}${run.stdout.slice(0, 2000)}`,
    );
  }
  return run;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Timing {
  /** Timed runs in ms (warm-up excluded). */
  runs: number[];
  medianMs: number;
  minMs: number;
  maxMs: number;
  warmupMs?: number;
}

export function timing(runs: number[], warmupMs?: number): Timing {
  return {
    runs: runs.map(round),
    medianMs: round(median(runs)),
    minMs: round(Math.min(...runs)),
    maxMs: round(Math.max(...runs)),
    ...(warmupMs === undefined ? {} : { warmupMs: round(warmupMs) }),
  };
}

export function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
