// Timing helpers: wall time of child processes (spawn to exit, output fully read) and of in-process work,
// both with process.hrtime.bigint().
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface ChildRun {
  ms: number;
  /** User + system CPU time of the child and its threads (Linux only; undefined elsewhere). */
  cpuMs: number | undefined;
  code: number | null;
  stdout: string;
  stderr: string;
}

export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

let ticksPerSecond: number | undefined;
/**
 * CPU time of all children this process has waited for (cutime + cstime of /proc/self/stat), in ms. The difference
 * across one child run is that child's CPU time, which other processes on a busy machine barely change, unlike
 * wall time. Resolution is one clock tick (10 ms). Undefined where /proc is missing.
 */
export function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields after "(comm)" start at field 3: cutime is field 16, cstime field 17.
    const ticks = Number(fields[16 - 3]) + Number(fields[17 - 3]);
    ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    return Number.isFinite(ticks) ? (ticks * 1000) / ticksPerSecond : undefined;
  } catch {
    return undefined;
  }
}

/** Runs a command and resolves when it has exited and its output is closed. */
export function runChild(
  command: string,
  args: readonly string[],
  cwd: string,
  env: Readonly<Record<string, string>> = {},
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const cpuBefore = childrenCpuMs();
    const start = process.hrtime.bigint();
    const child = spawn(command, args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', ...env },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const cpuAfter = childrenCpuMs();
      resolve({
        ms,
        cpuMs: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore,
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
  env: Readonly<Record<string, string>> = {},
): Promise<ChildRun> {
  const run = await runChild(command, args, cwd, env);
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
  /** Median CPU time (user + system, all threads) of the timed runs, where known. */
  cpuMs?: number;
}

export function timing(runs: number[], warmupMs?: number, cpuRuns: readonly number[] = []): Timing {
  return {
    runs: runs.map(round),
    medianMs: round(median(runs)),
    minMs: round(Math.min(...runs)),
    maxMs: round(Math.max(...runs)),
    ...(warmupMs === undefined ? {} : { warmupMs: round(warmupMs) }),
    ...(cpuRuns.length === runs.length && runs.length > 0 ? { cpuMs: round(median(cpuRuns)) } : {}),
  };
}

export function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
