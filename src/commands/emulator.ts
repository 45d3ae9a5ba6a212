import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Clock, ManualClock } from '../platform/clock.js';
import { parseDateTime } from '../platform/time.js';
import { DEMO_ACCOUNTS } from '../wechat/emulator/config.js';
import { type RunningEmulator, startEmulator } from '../wechat/emulator/server.js';
import { type Command, defineCommand, UsageError } from './command.js';

const HELP = `Usage: wxgate emulator [options]

Runs a local WeChat Official Account API for tests and the demo: tokens (stable_token and token, expiry and
rotation), image and cover uploads, drafts, asynchronous publish jobs, mass send, deletion, daily quotas, the IP
allow-list, the rule that unverified accounts cannot publish through the API (48001), WeChat's content filter and
field limits, and fault injection. Point wxgate at it with WECHAT_API_BASE=<the printed URL>.

Options:
  --port <n>             Port to listen on (default: 8086; 0 picks a free one)
  --host <address>       Address to listen on (default: 127.0.0.1, loopback only). Another address exposes the
                         emulator to the network; /__emulator/ still answers loopback callers only.
  --state <dir>          Keep state (tokens, media, drafts, publications, quota counters) in <dir>/state.json and
                         <dir>/media/, so it survives restarts; reads <dir>/config.json if present.
                         Without it, state lives in memory.
  --config <file>        Settings (JSON) over the defaults and over <dir>/config.json: accounts
                         [{appid, secret, type, verified, allowedIps}], tokenTtlSeconds, dailyQuotas,
                         publishSeconds, externalLinks, limits, trustForwardedFor…
  --publish-seconds <n>  How long a publish job stays "publishing" before it ends (default: 3)
  --clock <iso>          Start the emulator's clock at this time (e.g. 2026-11-21T12:00:00+08:00) and keep it
                         still: token expiry, publish jobs, quota days and fault delays then move only when
                         POST /__emulator/clock moves them (tests and drills). Default: the real clock.
  --trust-forwarded-for  Take the caller IP from X-Forwarded-For (for the IP allow-list) instead of the socket
  --quiet                Do not print one line per API call
  -h, --help             Show this help

Accounts (default; fixed demo secrets, no real credentials):
${DEMO_ACCOUNTS.map((a) => `  ${a.appid.padEnd(24)} secret ${a.secret.padEnd(35)} ${a.type}, ${a.verified ? 'verified' : 'unverified'}`).join('\n')}
(the ids of policies/accounts.yml; the publish job reads each secret from the variable named by secret_env)

Inspect and steer it over HTTP (loopback only):
  GET  /__emulator/publications   what went out: [{publish_id, article_id, title, status, deleted, …}]
  GET  /__emulator/drafts | /calls | /quotas | /accounts | /faults | /clock
  POST /__emulator/faults         {"endpoint":"/cgi-bin/draft/add","errcode":-1,"times":2}
                                  also httpStatus, delayMs, drop ("before"|"after"), publishStatus (0|2|3|4)
  POST /__emulator/accounts       {"appid":"wx…","secret":"…","verified":false,"allowedIps":["10.0.0.0/8"]}
  POST /__emulator/clock          {"advance_seconds":7200} or {"advance_ms":1500}
  POST /__emulator/tokens/expire  {"appid":"wx-demo-group"}
  POST /__emulator/publications/<publish_id>/status  {"status":5}
  POST /__emulator/reset

Stops on Ctrl-C (SIGINT) or SIGTERM.
Exit codes: 0 stopped cleanly · 2 usage error, bad config or port in use.
`;

export const emulator: Command = defineCommand(
  HELP,
  {
    port: { type: 'string' },
    host: { type: 'string' },
    state: { type: 'string' },
    config: { type: 'string' },
    'publish-seconds': { type: 'string' },
    clock: { type: 'string' },
    'trust-forwarded-for': { type: 'boolean' },
    quiet: { type: 'boolean' },
  },
  async ({ values }, io) => {
    const port = values.port === undefined ? 8086 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new UsageError(`--port must be a whole number from 0 to 65535 (got "${values.port}")`);
    }
    const settings: Record<string, unknown> = {};
    if (values.config !== undefined) {
      const file = resolve(io.cwd, String(values.config));
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        throw new UsageError(`--config: cannot read ${file} (${(error as NodeJS.ErrnoException).code})`);
      }
      try {
        Object.assign(settings, JSON.parse(text));
      } catch (error) {
        throw new UsageError(`--config: ${file} is not valid JSON (${(error as Error).message})`);
      }
    }
    if (values['publish-seconds'] !== undefined) {
      const seconds = Number(values['publish-seconds']);
      if (!Number.isFinite(seconds) || seconds < 0) {
        throw new UsageError(`--publish-seconds must be a number ≥ 0 (got "${values['publish-seconds']}")`);
      }
      settings.publishSeconds = seconds;
    }
    if (values['trust-forwarded-for']) settings.trustForwardedFor = true;
    let clock: Clock | undefined;
    if (values.clock !== undefined) {
      const start = parseDateTime(String(values.clock), 'Asia/Shanghai');
      if (!start.ok) {
        throw new UsageError(
          `--clock must be an ISO 8601 time such as 2026-11-21T12:00:00+08:00 (got "${values.clock}")`,
        );
      }
      clock = new ManualClock(start.epochMs);
    }

    const host = String(values.host ?? '127.0.0.1');
    let running: RunningEmulator;
    try {
      running = await startEmulator({
        port,
        host,
        ...(values.state === undefined ? {} : { stateDir: resolve(io.cwd, String(values.state)) }),
        config: settings,
        ...(clock ? { clock } : {}),
        ...(values.quiet ? {} : { log: (line: string) => io.err(`${line}\n`) }),
      });
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      if (e.code === 'EADDRINUSE') {
        throw new UsageError(
          `port ${port} on ${host} is in use; choose another with --port (0 picks a free one)`,
        );
      }
      if (e.code === 'EADDRNOTAVAIL' || e.code === 'EACCES' || e.code === 'ENOTFOUND') {
        throw new UsageError(`cannot listen on ${host}:${port} (${e.code})`);
      }
      throw error;
    }

    io.out(`WeChat API emulator listening on ${running.url}\n`);
    io.out(`  export WECHAT_API_BASE=${running.url}\n`);
    io.out(`  accounts: ${running.state.config.accounts.map((a) => a.appid).join(', ')}\n`);
    io.out(`  what went out: ${running.url}/__emulator/publications\n`);
    if (clock)
      io.out(`  clock: ${new Date(running.state.now()).toISOString()}, still until POST /__emulator/clock\n`);
    if (values.state !== undefined) io.out(`  state: ${resolve(io.cwd, String(values.state))}\n`);
    io.out('Press Ctrl-C to stop.\n');

    await new Promise<void>((done) => {
      const stop = (signal: NodeJS.Signals) => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        io.out(`\n${signal}: stopping the emulator\n`);
        done();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await running.close();
    return 0;
  },
);
