import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { expect } from 'vitest';
import { main } from '../../src/cli.js';

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a wxgate command in-process, as the CLI would, in `cwd`. `ask` answers the terminal's questions; `env` is
 * the environment (NO_COLOR only, unless given).
 */
export async function wx(
  args: string[],
  cwd: string,
  ask?: (q: string) => Promise<string>,
  env: Record<string, string> = {},
): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    out: (s) => {
      stdout += s;
    },
    err: (s) => {
      stderr += s;
    },
    cwd,
    isTty: false,
    env: { NO_COLOR: '1', ...env },
    ...(ask ? { ask } : {}),
  });
  return { code, stdout, stderr };
}

export function tempDir(prefix = 'wxgate-install-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** `wxgate init` into a new temp folder; fails the test unless it succeeds. */
export async function initRepo(args: string[] = []): Promise<{ dir: string; ran: Ran }> {
  const dir = tempDir();
  const ran = await wx(['init', dir, ...args], dir);
  expect(ran.code, ran.stderr).toBe(0);
  return { dir, ran };
}

/** Every file below `dir`, relative, sorted. */
export function filesIn(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const full = join(at, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
}

export function read(dir: string, path: string): string {
  return readFileSync(join(dir, path), 'utf8');
}

export function yamlOf<T = Record<string, unknown>>(dir: string, path: string): T {
  return yaml.load(read(dir, path), { schema: yaml.CORE_SCHEMA }) as T;
}

/** Replaces every placeholder the way a company would: its org, its repository, real-looking app ids and names. */
export function fillPlaceholders(dir: string, org = 'acme'): void {
  for (const path of filesIn(dir)) {
    if (!/\.(ya?ml|md|html)$|CODEOWNERS$/.test(path)) continue;
    const text = read(dir, path);
    let n = 0;
    const filled = text
      .replace(/wx-CHANGE-ME-[\w-]+/g, () => `wx${String(++n).padStart(16, '0')}`)
      .replace(/CHANGE-ME-org/g, org)
      .replace(/CHANGE-ME-owner/g, 'wxgate-org')
      .replace(/CHANGE-ME-repo/g, 'content')
      .replace(/CHANGE-ME-oauth\.example\.com/g, 'auth.acme.example')
      .replace(/CHANGE-ME-公众号名称/g, '示例公众号')
      .replace(/CHANGE-ME-公司简称/g, '示例公司');
    if (filled !== text) writeFileSync(join(dir, path), filled);
  }
}
