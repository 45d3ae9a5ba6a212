/** `wxgate emulator` as users run it: the built bundle in a child process. */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bundledCli } from '../support/bundle.js';

const root = resolve(import.meta.dirname, '../..');
let cli = '';

beforeAll(() => {
  cli = bundledCli();
});

function wxgate(args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', timeout: 15_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const children: ChildProcess[] = [];
const servers: Server[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const server of servers.splice(0)) server.close();
});

/** Starts `wxgate emulator …` and resolves with its base URL once it prints it. */
function startCli(args: string[]): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [cli, 'emulator', ...args], { cwd: root });
  children.push(child);
  let out = '';
  return new Promise((resolveStart, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m && out.includes('Press Ctrl-C to stop.'))
        resolveStart({ child, url: m[1] as string, output: () => out });
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('exit', (code) => reject(new Error(`exited ${code} before listening: ${out}`)));
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((done) => {
    // 'close' comes after the output streams ended, so every line is in.
    child.on('close', (code) => done(code));
  });
}

describe('wxgate emulator', () => {
  it('--clock: time stands still at the given instant and moves only by POST /__emulator/clock', async () => {
    const { child, url, output } = await startCli([
      '--port',
      '0',
      '--quiet',
      '--clock',
      '2026-11-21T12:00:00+08:00',
    ]);
    expect(output()).toContain('clock: 2026-11-21T04:00:00.000Z, still until POST /__emulator/clock');
    const clock = async () =>
      (await fetch(`${url}/__emulator/clock`).then((r) => r.json())) as { now: string };
    expect((await clock()).now).toBe('2026-11-21T04:00:00.000Z');
    const moved = await fetch(`${url}/__emulator/clock`, {
      method: 'POST',
      body: JSON.stringify({ advance_ms: 1500 }),
    }).then((r) => r.json());
    expect(moved).toEqual({ now: '2026-11-21T04:00:01.500Z', offset_ms: 1500 });
    expect((await clock()).now).toBe('2026-11-21T04:00:01.500Z');
    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
  });

  it('--help explains every option', () => {
    const help = wxgate(['emulator', '--help']);
    expect(help.code).toBe(0);
    for (const option of [
      '--port',
      '--host',
      '--state',
      '--config',
      '--publish-seconds',
      '--clock',
      '--trust-forwarded-for',
      '--quiet',
      'wx-demo-group',
      'wx-demo-lanchuan-pharma',
      '/__emulator/publications',
      'Exit codes',
    ]) {
      expect(help.stdout).toContain(option);
    }
    expect(wxgate(['--help']).stdout).toContain('emulator');
  });

  it.each([
    [['--port', 'eighty'], '--port must be a whole number'],
    [['--port', '70000'], '--port must be a whole number'],
    [['--publish-seconds', 'soon'], '--publish-seconds must be a number'],
    [['--colour'], 'unknown option --colour'],
    [['--config', '/no/such/file.json'], 'cannot read'],
    [['--clock', 'noon'], '--clock must be an ISO 8601 time'],
  ])('exits 2 on a bad flag: %j', (args, message) => {
    const r = wxgate(['emulator', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('exits 2 on a bad config file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wxgate-emu-cli-')), 'config.json');
    writeFileSync(file, JSON.stringify({ acounts: [] }));
    const r = wxgate(['emulator', '--config', file, '--port', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown setting "acounts"');
  });

  it('exits 2 with a clear message when the port is in use', async () => {
    const server = createServer();
    servers.push(server);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const port = (server.address() as { port: number }).port;
    const r = wxgate(['emulator', '--port', String(port)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`port ${port} on 127.0.0.1 is in use`);
  });

  it('prints its base URL, serves the API, and stops cleanly on SIGTERM and SIGINT', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const state = mkdtempSync(join(tmpdir(), 'wxgate-emu-cli-'));
      const { child, url, output } = await startCli(['--port', '0', '--state', state]);
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(output()).toContain(`export WECHAT_API_BASE=${url}`);
      const token = await fetch(`${url}/cgi-bin/stable_token`, {
        method: 'POST',
        body: JSON.stringify({
          grant_type: 'client_credential',
          appid: 'wx-demo-group',
          secret: 'wxgate-demo-secret-group',
        }),
      }).then((r) => r.json() as Promise<{ expires_in: number }>);
      expect(token.expires_in).toBe(7200);
      expect(await fetch(`${url}/__emulator/publications`).then((r) => r.json())).toEqual([]);
      child.kill(signal);
      expect(await exited(child)).toBe(0);
      expect(output()).toContain(`${signal}: stopping the emulator`);
      expect(output()).toContain('POST /cgi-bin/stable_token [wx-demo-group] → ok');
    }
  });
});
