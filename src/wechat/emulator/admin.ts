/**
 * The control and inspection endpoints under `/__emulator/` (loopback callers only): what went out, the calls,
 * quotas, faults, accounts, the emulator's clock, token expiry, publication status changes, reset.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ENDPOINTS } from './api.js';
import { TOKEN_PATHS } from './auth.js';
import type { AccountConfig } from './config.js';
import { normalizeFault } from './faults.js';
import { type JsonResult, parseJson, sendJson } from './http.js';
import { normalizeIp } from './ip.js';
import type { EmulatorState } from './state.js';

export function handleAdmin(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  raw: Buffer,
  state: EmulatorState,
): void {
  const remote = normalizeIp(req.socket.remoteAddress ?? '');
  if (!(remote.startsWith('127.') || remote === '::1')) {
    sendJson(res, 403, { error: '/__emulator/ answers loopback callers only' });
    return;
  }
  const [status, body] = adminRoute(state, `${req.method ?? 'GET'} ${path}`, raw);
  sendJson(res, status, body);
}

function adminRoute(state: EmulatorState, route: string, raw: Buffer): [number, unknown] {
  const store = state.store;
  const parsed = raw.length === 0 ? ({ ok: true, value: {} } as JsonResult) : parseJson(raw, true);
  const input: unknown = parsed.ok ? parsed.value : undefined;
  const bad = (message: string): [number, unknown] => [400, { error: message }];
  if (!parsed.ok) return bad(`body is not JSON: ${parsed.hint}`);
  try {
    switch (route) {
      case 'GET /__emulator':
        return [
          200,
          {
            api_base: state.baseUrl,
            now: new Date(state.now()).toISOString(),
            accounts: store.config.accounts.map(publicAccount),
            endpoints: [...TOKEN_PATHS, ...Object.keys(ENDPOINTS)],
            inspect: [
              'GET /__emulator/publications',
              'GET /__emulator/drafts',
              'GET /__emulator/calls',
              'GET /__emulator/quotas',
              'GET|POST|DELETE /__emulator/faults',
              'GET|POST /__emulator/accounts',
              'GET|POST /__emulator/clock',
              'POST /__emulator/config',
              'POST /__emulator/tokens/expire',
              'POST /__emulator/publications/<publish_id>/status',
              'POST /__emulator/reset',
            ],
          },
        ];
      case 'GET /__emulator/publications':
        return [200, state.publications()];
      case 'GET /__emulator/drafts':
        return [200, state.drafts()];
      case 'GET /__emulator/calls':
        return [200, state.calls()];
      case 'DELETE /__emulator/calls':
        state.clearCalls();
        return [200, { ok: true }];
      case 'GET /__emulator/quotas':
        return [200, state.quotas()];
      case 'GET /__emulator/faults':
        return [200, state.faults()];
      case 'POST /__emulator/faults': {
        const list = Array.isArray(input)
          ? input
          : Array.isArray((input as { faults?: unknown }).faults)
            ? (input as { faults: unknown[] }).faults
            : [input];
        const faults = list.map((f) => normalizeFault(f as Record<string, unknown>));
        for (const f of faults) state.addFault(f);
        return [200, state.faults()];
      }
      case 'DELETE /__emulator/faults':
        state.clearFaults();
        return [200, { ok: true }];
      case 'GET /__emulator/accounts':
        return [200, store.config.accounts.map(publicAccount)];
      case 'POST /__emulator/accounts': {
        const list = Array.isArray(input) ? input : [input];
        for (const a of list) state.upsertAccount(a as Record<string, unknown>);
        return [200, store.config.accounts.map(publicAccount)];
      }
      case 'GET /__emulator/clock':
        return [200, clockView(state)];
      case 'POST /__emulator/clock': {
        const body = input as { advance_seconds?: unknown; advance_ms?: unknown };
        const ms =
          typeof body.advance_ms === 'number' ? body.advance_ms : Number(body.advance_seconds) * 1000;
        if (!Number.isFinite(ms) || ms < 0) return bad('give advance_seconds or advance_ms (≥ 0)');
        state.advanceClock(ms);
        return [200, clockView(state)];
      }
      case 'POST /__emulator/config':
        state.configure(input);
        return [200, { ...store.config, accounts: store.config.accounts.map(publicAccount) }];
      case 'POST /__emulator/tokens/expire': {
        const appid = (input as { appid?: unknown }).appid;
        state.expireTokens(typeof appid === 'string' ? appid : undefined);
        return [200, { ok: true }];
      }
      case 'POST /__emulator/reset':
        state.reset();
        return [200, { ok: true }];
    }
    const status = /^POST \/__emulator\/publications\/([^/]+)\/status$/.exec(route);
    if (status) {
      const value = Number((input as { status?: unknown }).status);
      return [200, state.setPublicationStatus(decodeURIComponent(status[1] as string), value)];
    }
    return [404, { error: `no such emulator endpoint: ${route}` }];
  } catch (error) {
    return bad((error as Error).message);
  }
}

function clockView(state: EmulatorState) {
  return { now: new Date(state.now()).toISOString(), offset_ms: state.clock.offsetMs };
}

export function publicAccount(a: AccountConfig): Omit<AccountConfig, 'secret'> {
  const { secret: _secret, ...rest } = a;
  return rest;
}
